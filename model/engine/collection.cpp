#include "collection.h"

#include "errors.h"
#include "itemstext_p.h"
#include "jsonio_p.h"
#include "pyvalue.h"

namespace dtdb {

Collection::Collection(const Collection &other)
    : m_items(other.m_items), m_serialNum(other.m_serialNum), m_nextSeq(other.m_nextSeq),
      m_invalidData(other.m_invalidData), m_mayHoldTooDeep(other.m_mayHoldTooDeep)
{
}

Collection &Collection::operator=(const Collection &other)
{
    if (this != &other) {
        m_items = other.m_items;
        m_serialNum = other.m_serialNum;
        m_nextSeq = other.m_nextSeq;
        m_invalidData = other.m_invalidData;
        m_mayHoldTooDeep = other.m_mayHoldTooDeep;
        m_indexes.clear();
    }
    return *this;
}

Collection Collection::fromJson(const Value &src)
{
    return fromJson(Value(src));
}

Collection Collection::fromJson(Value &&src)
{
    Collection c;
    if (const auto serial = src.find("serialNum"); serial != src.end()) c.m_serialNum = *serial;
    const auto data = src.find("data");
    if (data == src.end()) return c;
    // from_dict deep-copies the list: the list is depth 0, each item depth 1.
    py::checkCopyDepth(*data, 0);
    if (!data->is_array()) {
        c.m_invalidData = *data;
        return c;
    }
    for (const Value &item : *data)
        c.append(Item::pack(item));
    return c;
}

Value Collection::toJson() const
{
    Value data = Value::array();
    if (m_invalidData) {
        data = *m_invalidData;
    } else {
        m_items.forEach([&](const StoredItem &s) {
            data.push_back(s.item->toValue());
            return true;
        });
    }
    Value out = Value::object();
    out["className"] = "Collection";
    out["version"] = "17";
    out["data"] = std::move(data);
    out["serialNum"] = m_serialNum;
    return out;
}

void Collection::write(std::string &out, json::Style style, std::size_t depth) const
{
    json::Layout layout(out, style);
    out += '{';
    layout.key(depth + 1, "className");
    out += "\"Collection\",";
    layout.key(depth + 1, "version");
    out += "\"17\",";
    layout.key(depth + 1, "data");
    if (m_invalidData) {
        json::write(out, *m_invalidData, style, depth + 1);
    } else if (m_items.empty()) {
        out += "[]";
    } else {
        out += '[';
        detail::writeItemsText(out, m_items, 0, m_items.size(), style, depth + 2);
        layout.newline(depth + 1);
        out += ']';
    }
    out += ',';
    layout.key(depth + 1, "serialNum");
    json::write(out, m_serialNum, style, depth + 1);
    layout.newline(depth);
    out += '}';
}

std::size_t Collection::size() const
{
    if (m_invalidData) {
        if (m_invalidData->is_object() || m_invalidData->is_string()) return m_invalidData->size();
        throw PyTypeError("object of this type has no len()");
    }
    return m_items.size();
}

std::uint64_t Collection::append(ItemPtr item)
{
    const std::uint64_t seq = m_nextSeq++;
    for (auto &[_, index] : m_indexes)
        index->add(seq, *item);
    m_items.pushBack({seq, std::move(item)});
    return seq;
}

void Collection::insert(std::size_t position, StoredItem item)
{
    for (auto &[_, index] : m_indexes)
        index->add(item.seq, *item.item);
    m_nextSeq = std::max(m_nextSeq, item.seq + 1);
    m_items.insert(position, std::move(item));
}

StoredItem Collection::erase(std::size_t position)
{
    StoredItem removed = m_items.erase(position);
    for (auto &[_, index] : m_indexes)
        index->remove(removed.seq, *removed.item);
    return removed;
}

ItemPtr Collection::replace(std::size_t position, ItemPtr item)
{
    const std::uint64_t seq = m_items.at(position).seq;
    ItemPtr before = m_items.replace(position, item);
    for (auto &[_, index] : m_indexes)
        index->replace(seq, *before, *item);
    return before;
}

ItemStore Collection::takeItems()
{
    ItemStore old = std::move(m_items);
    m_items = ItemStore();
    dropIndexes();
    return old;
}

void Collection::restoreItems(ItemStore items)
{
    m_items = std::move(items);
    m_items.forEach([this](const StoredItem &s) {
        m_nextSeq = std::max(m_nextSeq, s.seq + 1);
        return true;
    });
    dropIndexes();
}

const FieldIndex *Collection::index(const FieldPath &path) const
{
    if (!path.valid() || m_invalidData) return nullptr;
    const auto it = m_indexes.find(path.raw().get_ref<const std::string &>());
    return it == m_indexes.end() ? nullptr : it->second.get();
}

void Collection::noteFilteredField(const FieldPath &path) const
{
    if (!path.valid() || m_invalidData) return;
    const std::string &key = path.raw().get_ref<const std::string &>();
    // Building an index costs about as much as IndexAfterScans filtered scans of the same items
    // (both are linear). Building it once that many scans have been paid for keeps any
    // sequence of queries within twice the cost of the best choice in hindsight: long replays
    // get their index early on, while a seek that replays a few entries on a fresh copy of a
    // checkpoint (copies drop indexes) never pays for an index it would hardly use.
    if (m_indexes.contains(key) || ++m_indexRequests[key] < IndexAfterScans) return;
    auto index = std::make_unique<FieldIndex>(path);
    index->build(m_items);
    m_indexes.emplace(key, std::move(index));
}

} // namespace dtdb
