#include "database.h"

#include "errors.h"
#include "fastjson_p.h"
#include "jsonio.h"
#include "jsonio_p.h"
#include "pyvalue.h"

#include <cmath>

namespace dtdb {

namespace {

constexpr char NonStringKeyMark = '\x1f';

} // namespace

std::optional<std::string> collectionKey(const Value &target)
{
    if (target.is_string()) return target.get<std::string>();
    if (target.is_array() || target.is_object()) return std::nullopt;
    if (target.is_null()) return std::string(1, NonStringKeyMark) + "None";
    // True == 1 == 1.0 are one dict key in Python.
    if (target.is_boolean())
        return std::string(1, NonStringKeyMark) + (target.get<bool>() ? "1" : "0");
    if (target.is_number_float()) {
        const double d = target.get<double>();
        if (std::isfinite(d) && d == std::trunc(d) && std::abs(d) < 9.2e18)
            return std::string(1, NonStringKeyMark) + std::to_string(static_cast<std::int64_t>(d));
        return std::string(1, NonStringKeyMark) + json::pythonFloatRepr(d);
    }
    return std::string(1, NonStringKeyMark) + json::write(target);
}

std::string collectionJsonName(const Value &target)
{
    if (target.is_string()) return target.get<std::string>();
    if (target.is_number_float()) return json::pythonFloatRepr(target.get<double>());
    return json::write(target); // null, true/false, integers
}

Database Database::fromJson(const Value &root)
{
    return fromJson(Value(root));
}

Database Database::fromJson(Value &&root)
{
    const auto cols = root.is_object() ? root.find("collections") : root.end();
    if (!root.is_object() || cols == root.end() || !cols->is_object())
        throw LoadError("Invalid format: 'collections' should be a dict");
    Database db;
    for (auto &[name, value] : cols->items()) {
        if (!value.is_object()) throw LoadError("Invalid format: target is not a dict");
        try {
            db.m_slots.push_back({name, name, Collection::fromJson(std::move(value)),
                                  std::make_shared<const CollectionId>(CollectionId{name, name})});
        } catch (const PyValueError &e) {
            throw LoadError(e.what());
        }
    }
    return db;
}

const std::size_t Database::kTextPadding = simdjson::SIMDJSON_PADDING;

std::optional<Database> Database::fromText(std::string_view text, json::ParseError *error,
                                           std::size_t readableAfter)
{
    if (std::optional<Database> db = readPacked(text, readableAfter >= kTextPadding)) return db;
    std::optional<Value> root = json::parse(text, error);
    if (!root) return std::nullopt;
    return fromJson(std::move(*root));
}

namespace {

// The members of an object, or nothing when a key repeats (Python keeps the last value there,
// which the way through a Value handles).
std::optional<std::vector<simdjson::dom::key_value_pair>> uniqueMembers(simdjson::dom::object o)
{
    std::vector<simdjson::dom::key_value_pair> members;
    json::detail::KeySet keys;
    for (const simdjson::dom::key_value_pair m : o) {
        if (!keys.insert(m.key)) return std::nullopt;
        members.push_back(m);
    }
    return members;
}

} // namespace

std::optional<Database> Database::readPacked(std::string_view text, bool padded)
{
    namespace dom = simdjson::dom;
    if (text.empty()) return std::nullopt;
    // Its own parser: a snapshot's buffers are not worth keeping afterwards. Refusing what is
    // nested deeper than json::parse allows keeps members that are not read (className, ...)
    // to the same limit.
    dom::parser parser;
    if (parser.allocate(text.size(), json::detail::kMaxDepth)) return std::nullopt;
    dom::element root;
    dom::object rootObject, collections;
    if (json::detail::parseFresh(parser, text, !padded, root) || root.get_object().get(rootObject))
        return std::nullopt;
    const auto rootMembers = uniqueMembers(rootObject);
    if (!rootMembers) return std::nullopt;
    bool found = false;
    for (const auto &m : *rootMembers)
        if (m.key == "collections") found = !m.value.get_object().get(collections);
    if (!found) return std::nullopt;
    const auto named = uniqueMembers(collections);
    if (!named) return std::nullopt;

    // from_dict deep-copies each list: items lie one level down, and nothing may be deeper
    // than the copy allows.
    constexpr std::uint32_t maxItemNesting = 99;
    Database db;
    for (const auto &[name, value] : *named) {
        dom::object fields;
        if (value.get_object().get(fields)) return std::nullopt;
        const auto members = uniqueMembers(fields);
        if (!members) return std::nullopt;
        Collection c;
        for (const auto &[key, field] : *members) {
            if (key == "serialNum") {
                Value serial;
                if (!json::detail::convertElement(field, serial, 3)) return std::nullopt;
                c.setSerialNum(std::move(serial));
            } else if (key == "data") {
                dom::array data;
                if (field.get_array().get(data)) return std::nullopt;
                std::vector<ItemPtr> items;
                if (!json::detail::packElements(data, items, maxItemNesting)) return std::nullopt;
                for (ItemPtr &item : items)
                    c.append(std::move(item));
            }
        }
        const std::string key(name);
        db.m_slots.push_back(
            {key, key, std::move(c), std::make_shared<const CollectionId>(CollectionId{key, key})});
    }
    return db;
}

Value Database::toJson() const
{
    Value collections = Value::object();
    for (const Slot &s : m_slots)
        collections[s.name] = s.collection.toJson();
    Value out = Value::object();
    out["className"] = "DeltaTraceDatabase";
    out["version"] = "16";
    out["collections"] = std::move(collections);
    return out;
}

void Database::write(std::string &out, json::Style style) const
{
    json::Layout layout(out, style);
    out += '{';
    layout.key(1, "className");
    out += "\"DeltaTraceDatabase\",";
    layout.key(1, "version");
    out += "\"16\",";
    layout.key(1, "collections");
    if (m_slots.empty()) {
        out += "{}";
    } else {
        out += '{';
        for (std::size_t i = 0; i < m_slots.size(); ++i) {
            if (i > 0) out += ',';
            layout.key(2, m_slots[i].name);
            m_slots[i].collection.write(out, style, 2);
        }
        layout.newline(1);
        out += '}';
    }
    layout.newline(0);
    out += '}';
}

std::size_t Database::indexOf(const std::string &key) const
{
    for (std::size_t i = 0; i < m_slots.size(); ++i)
        if (m_slots[i].key == key) return i;
    return std::string::npos;
}

const Collection *Database::find(const std::string &key) const
{
    const std::size_t i = indexOf(key);
    return i == std::string::npos ? nullptr : &m_slots[i].collection;
}

Collection *Database::find(const std::string &key)
{
    const std::size_t i = indexOf(key);
    return i == std::string::npos ? nullptr : &m_slots[i].collection;
}

Database::Slot &Database::slot(const std::string &key)
{
    const std::size_t i = indexOf(key);
    if (i == std::string::npos) throw std::logic_error("no such collection: " + key);
    return m_slots[i];
}

Collection &Database::getOrCreate(const std::string &key, const std::string &name, Change &change)
{
    if (Collection *c = find(key)) return *c;
    ChangeOp op;
    op.kind = ChangeOp::Kind::CreateCollection;
    op.id = std::make_shared<const CollectionId>(CollectionId{key, name});
    op.position = m_slots.size();
    applyOp(op);
    change.ops.push_back(std::move(op));
    return m_slots.back().collection;
}

void Database::removeCollection(const std::string &key, Change &change)
{
    const std::size_t i = indexOf(key);
    if (i == std::string::npos) return;
    ChangeOp op;
    op.kind = ChangeOp::Kind::RemoveCollection;
    op.id = m_slots[i].id;
    op.position = i;
    op.payload = std::make_shared<const RemovedCollection>(m_slots[i].collection);
    applyOp(op);
    change.ops.push_back(std::move(op));
}

void Database::appendItem(const std::string &key, ItemPtr item, Change &change)
{
    Slot &s = slot(key);
    Collection &c = s.collection;
    ChangeOp op;
    op.kind = ChangeOp::Kind::InsertItem;
    op.id = s.id;
    op.position = c.size();
    op.after = item;
    op.seq = c.append(std::move(item));
    change.ops.push_back(std::move(op));
}

void Database::appendItems(const std::string &key, const std::vector<ItemPtr> &items,
                           Change &change)
{
    if (items.empty()) return;
    Slot &s = slot(key);
    Collection &c = s.collection;
    auto payload = std::make_shared<AppendedItems>();
    payload->items.reserve(items.size());
    for (const ItemPtr &item : items)
        payload->items.push_back({c.append(item), item});
    ChangeOp op;
    op.kind = ChangeOp::Kind::AppendItems;
    op.id = s.id;
    op.payload = std::move(payload);
    change.ops.push_back(std::move(op));
}

void Database::eraseItem(const std::string &key, std::size_t position, Change &change)
{
    Slot &s = slot(key);
    StoredItem removed = s.collection.erase(position);
    ChangeOp op;
    op.kind = ChangeOp::Kind::RemoveItem;
    op.id = s.id;
    op.position = position;
    op.seq = removed.seq;
    op.before = std::move(removed.item);
    change.ops.push_back(std::move(op));
}

void Database::replaceItem(const std::string &key, std::size_t position, ItemPtr item,
                           Change &change)
{
    Slot &s = slot(key);
    ChangeOp op;
    op.kind = ChangeOp::Kind::ReplaceItem;
    op.id = s.id;
    op.position = position;
    op.after = item;
    op.before = s.collection.replace(position, std::move(item));
    change.ops.push_back(std::move(op));
}

void Database::clearItems(const std::string &key, Change &change)
{
    Slot &s = slot(key);
    auto payload = std::make_shared<ClearedItems>(s.collection.takeItems());
    ChangeOp op;
    op.kind = ChangeOp::Kind::ClearItems;
    op.id = s.id;
    op.payload = std::move(payload);
    change.ops.push_back(std::move(op));
}

void Database::setSerial(const std::string &key, Value serial, Change &change)
{
    Slot &s = slot(key);
    auto payload = std::make_shared<SerialChange>(s.collection.serialNum(), serial);
    ChangeOp op;
    op.kind = ChangeOp::Kind::SetSerial;
    op.id = s.id;
    op.payload = std::move(payload);
    s.collection.setSerialNum(std::move(serial));
    change.ops.push_back(std::move(op));
}

void Database::markTooDeep(const std::string &key, Change &change)
{
    Slot &s = slot(key);
    if (s.collection.mayHoldTooDeepItems()) return;
    s.collection.setMayHoldTooDeepItems(true);
    ChangeOp op;
    op.kind = ChangeOp::Kind::MarkTooDeep;
    op.id = s.id;
    change.ops.push_back(std::move(op));
}

void Database::applyOp(const ChangeOp &op)
{
    switch (op.kind) {
    case ChangeOp::Kind::CreateCollection:
        m_slots.push_back({op.key(), op.name(), Collection(), op.id});
        break;
    case ChangeOp::Kind::RemoveCollection:
        m_slots.erase(m_slots.begin() + static_cast<std::ptrdiff_t>(op.position));
        break;
    case ChangeOp::Kind::InsertItem:
        slot(op.key()).collection.insert(op.position, {op.seq, op.after});
        break;
    case ChangeOp::Kind::AppendItems: {
        Collection &c = slot(op.key()).collection;
        for (const StoredItem &s : *op.appended())
            c.insert(c.size(), s);
        break;
    }
    case ChangeOp::Kind::RemoveItem:
        slot(op.key()).collection.erase(op.position);
        break;
    case ChangeOp::Kind::ReplaceItem:
        slot(op.key()).collection.replace(op.position, op.after);
        break;
    case ChangeOp::Kind::ClearItems:
        slot(op.key()).collection.takeItems();
        break;
    case ChangeOp::Kind::SetSerial:
        slot(op.key()).collection.setSerialNum(op.serialAfter());
        break;
    case ChangeOp::Kind::MarkTooDeep:
        slot(op.key()).collection.setMayHoldTooDeepItems(true);
        break;
    }
}

void Database::revertOp(const ChangeOp &op)
{
    switch (op.kind) {
    case ChangeOp::Kind::CreateCollection:
        m_slots.erase(m_slots.begin() + static_cast<std::ptrdiff_t>(indexOf(op.key())));
        break;
    case ChangeOp::Kind::RemoveCollection:
        m_slots.insert(m_slots.begin() + static_cast<std::ptrdiff_t>(op.position),
                       Slot{op.key(), op.name(), *op.collection(), op.id});
        break;
    case ChangeOp::Kind::InsertItem:
        slot(op.key()).collection.erase(op.position);
        break;
    case ChangeOp::Kind::AppendItems: {
        Collection &c = slot(op.key()).collection;
        for (std::size_t n = op.appended()->size(); n > 0; --n)
            c.erase(c.size() - 1);
        break;
    }
    case ChangeOp::Kind::RemoveItem:
        slot(op.key()).collection.insert(op.position, {op.seq, op.before});
        break;
    case ChangeOp::Kind::ReplaceItem:
        slot(op.key()).collection.replace(op.position, op.before);
        break;
    case ChangeOp::Kind::ClearItems:
        slot(op.key()).collection.restoreItems(*op.items());
        break;
    case ChangeOp::Kind::SetSerial:
        slot(op.key()).collection.setSerialNum(op.serialBefore());
        break;
    case ChangeOp::Kind::MarkTooDeep:
        slot(op.key()).collection.setMayHoldTooDeepItems(false);
        break;
    }
}

void Database::apply(const Change &change)
{
    for (const ChangeOp &op : change.ops)
        applyOp(op);
}

void Database::revert(const Change &change)
{
    for (auto it = change.ops.rbegin(); it != change.ops.rend(); ++it)
        revertOp(*it);
}

void Database::revertTo(Change &change, std::size_t mark)
{
    while (change.ops.size() > mark) {
        revertOp(change.ops.back());
        change.ops.pop_back();
    }
}

} // namespace dtdb
