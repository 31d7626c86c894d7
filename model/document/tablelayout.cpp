#include "tablelayout.h"

#include "jsonio.h"

#include <algorithm>
#include <cctype>
#include <limits>

namespace dtdb::document {

namespace {

constexpr std::size_t npos = std::numeric_limits<std::size_t>::max();

// Adds the fields of `item` to `columns`. Items of one collection mostly share their field
// order, so the next expected column is tried before searching.
void addFields(const Value &item, std::vector<std::string> &columns)
{
    if (!item.is_object()) return;
    std::size_t expected = 0;
    for (const auto &[key, value] : item.items()) {
        if (expected < columns.size() && columns[expected] == key) {
            ++expected;
            continue;
        }
        const auto it = std::find(columns.begin(), columns.end(), key);
        if (it == columns.end()) {
            columns.push_back(key);
            expected = columns.size();
        } else {
            expected = std::size_t(it - columns.begin()) + 1;
        }
    }
}

std::string lowered(std::string s)
{
    for (char &c : s)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

bool matches(const Value &item, const std::string &needle)
{
    return lowered(json::write(item)).find(needle) != std::string::npos;
}

// A total order for sorting a column: missing, null, booleans, numbers, strings, then arrays
// and objects by their JSON text.
int rank(const Value *v)
{
    if (!v) return 0;
    if (v->is_null()) return 1;
    if (v->is_boolean()) return 2;
    if (v->is_number()) return 3;
    if (v->is_string()) return 4;
    return 5;
}

bool less(const Value *a, const Value *b)
{
    const int ra = rank(a), rb = rank(b);
    if (ra != rb) return ra < rb;
    switch (ra) {
    case 2:
        return !a->get<bool>() && b->get<bool>();
    case 3:
        return a->get<double>() < b->get<double>();
    case 4:
        return a->get_ref<const std::string &>() < b->get_ref<const std::string &>();
    case 5:
        return json::write(*a) < json::write(*b);
    default:
        return false;
    }
}

} // namespace

const Value *fieldOf(const Value &item, const std::string &name)
{
    if (!item.is_object()) return nullptr;
    const auto it = item.find(name);
    return it == item.end() ? nullptr : &*it;
}

std::size_t TableLayout::itemRowCount() const
{
    if (!identity) return rows.size();
    return collection ? collection->size() : 0;
}

std::size_t TableLayout::positionAt(std::size_t row) const
{
    if (isRemovedRow(row)) return npos;
    return identity ? row : rows[row];
}

const Value *TableLayout::itemAt(std::size_t row) const
{
    if (isRemovedRow(row)) return removed[row - itemRowCount()].get();
    return collection->items().at(positionAt(row)).item.get();
}

ItemPtr TableLayout::itemPtrAt(std::size_t row) const
{
    if (isRemovedRow(row)) return removed[row - itemRowCount()];
    return collection->items().at(positionAt(row)).item;
}

std::shared_ptr<const TableLayout> TableLayout::compute(const Request &request)
{
    auto layout = std::make_shared<TableLayout>();
    layout->moment = request.moment;
    layout->key = request.key;
    if (!request.moment) return layout;
    layout->collection = request.moment->state->find(request.key);
    if (const TouchedItems *t = request.moment->touchedIn(request.key))
        layout->removed = t->removed;

    if (layout->collection)
        layout->collection->items().forEach([&](const StoredItem &s) {
            addFields(*s.item, layout->columns);
            return true;
        });
    for (const ItemPtr &item : layout->removed)
        addFields(*item, layout->columns);

    const std::string needle = lowered(request.filter);
    if (!needle.empty()) {
        std::erase_if(layout->removed,
                      [&](const ItemPtr &item) { return !matches(*item, needle); });
    }
    if (!layout->collection || (needle.empty() && request.sortField.empty())) return layout;

    layout->identity = false;
    const ItemStore &items = layout->collection->items();
    std::uint32_t position = 0;
    items.forEach([&](const StoredItem &s) {
        if (needle.empty() || matches(*s.item, needle)) layout->rows.push_back(position);
        ++position;
        return true;
    });
    if (!request.sortField.empty()) {
        std::vector<std::pair<const Value *, std::uint32_t>> keyed;
        keyed.reserve(layout->rows.size());
        for (std::uint32_t p : layout->rows)
            keyed.emplace_back(fieldOf(*items.at(p).item, request.sortField), p);
        std::stable_sort(keyed.begin(), keyed.end(), [&](const auto &a, const auto &b) {
            return request.descending ? less(b.first, a.first) : less(a.first, b.first);
        });
        for (std::size_t i = 0; i < keyed.size(); ++i)
            layout->rows[i] = keyed[i].second;
    }
    return layout;
}

} // namespace dtdb::document
