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
void addFields(const Item &item, std::vector<std::string> &columns)
{
    if (!item.isObject()) return;
    std::size_t expected = 0;
    item.root().forEachMember([&](std::string_view key, PackedValue) {
        if (expected < columns.size() && columns[expected] == key) {
            ++expected;
            return;
        }
        const auto it = std::find(columns.begin(), columns.end(), key);
        if (it == columns.end()) {
            columns.emplace_back(key);
            expected = columns.size();
        } else {
            expected = std::size_t(it - columns.begin()) + 1;
        }
    });
}

std::string lowered(std::string s)
{
    for (char &c : s)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

bool matches(const Item &item, const std::string &needle)
{
    std::string text;
    item.write(text, json::Style::Compact);
    return lowered(std::move(text)).find(needle) != std::string::npos;
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

std::optional<Value> fieldOf(const Item &item, const std::string &name)
{
    const std::optional<PackedValue> v = item.member(name);
    if (!v) return std::nullopt;
    return v->toValue();
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

const Item *TableLayout::itemAt(std::size_t row) const
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
        std::vector<std::pair<std::optional<Value>, std::uint32_t>> keyed;
        keyed.reserve(layout->rows.size());
        for (std::uint32_t p : layout->rows)
            keyed.emplace_back(fieldOf(*items.at(p).item, request.sortField), p);
        std::stable_sort(keyed.begin(), keyed.end(), [&](const auto &a, const auto &b) {
            const Value *ka = a.first ? &*a.first : nullptr;
            const Value *kb = b.first ? &*b.first : nullptr;
            return request.descending ? less(kb, ka) : less(ka, kb);
        });
        for (std::size_t i = 0; i < keyed.size(); ++i)
            layout->rows[i] = keyed[i].second;
    }
    return layout;
}

} // namespace dtdb::document
