#pragma once

#include "collection.h"
#include "itemstore.h"
#include "value.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace dtdb {

// One primitive mutation of a database, with what it needs to be re-applied or undone.
struct ChangeOp
{
    enum class Kind
    {
        CreateCollection, // key/name created at index `position` (always the end)
        RemoveCollection, // key/name removed from index `position`; `collection` holds it
        InsertItem,       // `after` inserted at `position` with sequence number `seq`
        AppendItems,      // `appended` added at the end (one op for a whole add)
        RemoveItem,       // `before` (sequence `seq`) removed from `position`
        ReplaceItem,      // `before` replaced by `after` at `position`
        ClearItems,       // all items removed; `items` holds them
        SetSerial,        // serialNum `serialBefore` -> `serialAfter`
    };

    Kind kind = Kind::InsertItem;
    std::string key;  // internal collection key
    std::string name; // the collection's name as written in JSON
    std::size_t position = 0;
    std::uint64_t seq = 0;
    ItemPtr before;
    ItemPtr after;
    std::shared_ptr<const Collection> collection;
    std::shared_ptr<const ItemStore> items;
    std::shared_ptr<const std::vector<StoredItem>> appended;
    Value serialBefore;
    Value serialAfter;
};

// Everything one log entry changed, in the order it happened. Applying it forwards to the state
// before the entry gives the state after it; reverting it does the opposite. Both cost
// O(size of the change), never a replay.
struct Change
{
    std::vector<ChangeOp> ops;

    bool empty() const { return ops.empty(); }

    // Summary counts, for timelines and inspectors.
    std::size_t itemsInserted() const;
    std::size_t itemsRemoved() const;
    std::size_t itemsReplaced() const;
    // The work of applying or reverting it, in item moves: one per op, plus one per item of a
    // whole collection or item list it appends, clears or removes.
    std::size_t cost() const;
};

} // namespace dtdb
