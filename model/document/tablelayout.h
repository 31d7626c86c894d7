#pragma once

#include "moment.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace dtdb::document {

// The top-level field `name` of an item, decoded; nullopt when it is missing (or the item is
// no object).
std::optional<Value> fieldOf(const Item &item, const std::string &name);

// What a collection table shows for one Moment: its columns and which items in which order.
// Computing it reads every item, so for big collections it runs off the GUI thread.
struct TableLayout
{
    struct Request
    {
        std::shared_ptr<const Moment> moment;
        std::string key;       // the collection's internal key
        std::string filter;    // case-insensitive text the item's JSON must contain
        std::string sortField; // empty: the collection's order
        bool descending = false;
    };

    std::shared_ptr<const Moment> moment;
    std::string key;
    const Collection *collection = nullptr; // null when the state has no such collection
    // The union of the items' top-level fields in first-seen order (removed items included).
    std::vector<std::string> columns;
    bool identity = true;            // rows are the collection's own order, all of them
    std::vector<std::uint32_t> rows; // positions in the collection when !identity
    std::vector<ItemPtr> removed;    // items the entry at the cursor removed, shown last

    std::size_t itemRowCount() const;
    std::size_t rowCount() const { return itemRowCount() + removed.size(); }
    // The item shown in `row`, and its position in the collection (npos for removed ones).
    const Item *itemAt(std::size_t row) const;
    ItemPtr itemPtrAt(std::size_t row) const;
    std::size_t positionAt(std::size_t row) const;
    bool isRemovedRow(std::size_t row) const { return row >= itemRowCount(); }

    static std::shared_ptr<const TableLayout> compute(const Request &request);
};

} // namespace dtdb::document
