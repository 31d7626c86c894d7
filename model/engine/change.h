#pragma once

#include "collection.h"
#include "itemstore.h"
#include "value.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace dtdb {

// A collection's internal key and its name as written in JSON, shared by the collection's slot
// and every recorded op on it.
struct CollectionId
{
    std::string key;
    std::string name;
};

// What only some kinds of op carry, one type per kind. Kept apart so that the common item ops
// stay small (a timeline keeps the ops of every entry of a history, 10^6 of them and more), and
// apart from each other: an add records two of them, and one struct for every kind cost it
// ~750 bytes where these cost ~100.
struct ChangePayload
{
    virtual ~ChangePayload() = default;
};
struct RemovedCollection final : ChangePayload
{
    explicit RemovedCollection(Collection c) : collection(std::move(c)) {}
    Collection collection;
};
struct ClearedItems final : ChangePayload
{
    explicit ClearedItems(ItemStore s) : items(std::move(s)) {}
    ItemStore items;
};
struct AppendedItems final : ChangePayload
{
    std::vector<StoredItem> items;
};
struct SerialChange final : ChangePayload
{
    SerialChange(Value b, Value a) : before(std::move(b)), after(std::move(a)) {}
    Value before, after;
};

// One primitive mutation of a database, with what it needs to be re-applied or undone.
struct ChangeOp
{
    enum class Kind : std::uint8_t
    {
        CreateCollection, // the collection created at index `position` (always the end)
        RemoveCollection, // removed from index `position`; payload: the collection
        InsertItem,       // `after` inserted at `position` with sequence number `seq`
        AppendItems,      // payload: the items added at the end (one op for a whole add)
        RemoveItem,       // `before` (sequence `seq`) removed from `position`
        ReplaceItem,      // `before` replaced by `after` at `position`
        ClearItems,       // all items removed; payload: them
        SetSerial,        // payload: serialNum before and after
        MarkTooDeep,      // the collection may now hold items too deep to copy (was not)
    };

    Kind kind = Kind::InsertItem;
    std::size_t position = 0;
    std::uint64_t seq = 0;
    ItemPtr before;
    ItemPtr after;
    std::shared_ptr<const CollectionId> id;
    std::shared_ptr<const ChangePayload> payload; // only for the kinds that say so

    const std::string &key() const { return id->key; }   // internal collection key
    const std::string &name() const { return id->name; } // as written in JSON
    // The payload's parts, or null for an op of another kind.
    const Collection *collection() const
    {
        return kind == Kind::RemoveCollection && payload
                   ? &static_cast<const RemovedCollection &>(*payload).collection
                   : nullptr;
    }
    const ItemStore *items() const
    {
        return kind == Kind::ClearItems && payload
                   ? &static_cast<const ClearedItems &>(*payload).items
                   : nullptr;
    }
    const std::vector<StoredItem> *appended() const
    {
        return kind == Kind::AppendItems && payload
                   ? &static_cast<const AppendedItems &>(*payload).items
                   : nullptr;
    }
    // SetSerial only.
    const Value &serialBefore() const { return static_cast<const SerialChange &>(*payload).before; }
    const Value &serialAfter() const { return static_cast<const SerialChange &>(*payload).after; }
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
