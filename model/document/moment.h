#pragma once

#include "database.h"

#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace dtdb::document {

// How one entry touched the items of one collection. Items are immutable and shared between
// states, so an item is recognised by its address.
struct TouchedItems
{
    std::unordered_set<const Item *> added;             // items as they are after the entry
    std::unordered_map<const Item *, ItemPtr> modified; // after -> before
    std::vector<ItemPtr> removed;                       // items gone after the entry
    bool created = false;                               // the collection was created
    bool dropped = false;                               // the collection was removed
};

enum class ItemMark
{
    None,
    Added,
    Modified,
    Removed
};

// Per internal collection key, what a change did.
using TouchedMap = std::unordered_map<std::string, TouchedItems>;
TouchedMap touchedBy(const Change &change);

// What the views show: the state after `position` entries and what the entry at the cursor
// (entry position - 1) changed. Immutable once published; shared with worker threads.
struct Moment
{
    std::size_t position = 0;
    std::shared_ptr<const Database> state;
    std::shared_ptr<const Change> change; // null at position 0
    TouchedMap touched;

    ItemMark markOf(const std::string &collectionKey, const Item *item) const;
    const TouchedItems *touchedIn(const std::string &collectionKey) const;
};

} // namespace dtdb::document
