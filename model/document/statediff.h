#pragma once

#include "database.h"

#include <cstddef>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

namespace dtdb::document {

struct Moment;

// One top-level field of an item that differs between two versions, decoded; nullopt means
// the field is missing on that side. An empty name stands for the whole value of an item that
// is not an object.
struct FieldDiff
{
    std::string name;
    std::optional<Value> before;
    std::optional<Value> after;
};

enum class DiffKind
{
    Added,
    Removed,
    Changed
};

struct ItemDiff
{
    DiffKind kind = DiffKind::Changed;
    ItemPtr before; // null when added
    ItemPtr after;  // null when removed
    // Changed items only: the fields whose compact JSON differs, in the after item's key order,
    // then the ones only the before item has. Empty when both versions have the same fields
    // with the same values (an update that wrote what was there, or only the key order moved).
    std::vector<FieldDiff> fields;
};

struct CollectionDiff
{
    enum class Presence
    {
        Both,
        BeforeOnly, // removed: all its items are listed as removed
        AfterOnly   // created: all its items are listed as added
    };
    std::string key;  // internal collection key
    std::string name; // as written in JSON
    Presence presence = Presence::Both;
    // The field that identifies items in this collection (for pairing and for labels), empty
    // when no field qualifies.
    std::string identityField;
    Value serialBefore, serialAfter; // serialNum on each side (null on a missing side)
    // Changed items first, then added, then removed; each group in storage order (compareStates)
    // or in the order the entry touched them (entryDiff).
    std::vector<ItemDiff> items;

    bool serialChanged() const;
    std::size_t count(DiffKind kind) const;
};

struct StateDiff
{
    std::vector<CollectionDiff> collections; // collections that differ, in storage order
    bool complete = true; // false when the computation was stopped before it ended

    bool empty() const { return collections.empty(); }
    std::size_t count(DiffKind kind) const;
};

// What the entry at the cursor changed, from the items it touched: before -> after per item
// and field. Empty at position 0. An item the entry replaced is "changed" even when its new
// version equals the old one (an update that wrote what was there), unlike in compareStates.
StateDiff entryDiff(const Moment &moment);

// What differs between two states, per collection. Items whose address is on both sides are
// equal (states derived from one another share unchanged items); the others are compared by
// their compact JSON text. Items left unmatched are paired into "changed" by the collection's
// identity field: the first top-level field present in all of them whose values are unique on
// each side. The rest are added or removed. Checks `stop` between pieces of work; a stopped
// comparison returns what it had with complete == false.
StateDiff compareStates(const Database &before, const Database &after, std::stop_token stop = {});

// The first top-level field (in the key order of the first item) that every item on both sides
// has, with values unique on each side: pairing by it cannot match one item twice. Empty when
// no field qualifies (or the first item is not an object).
std::string chooseIdentityField(const std::vector<const Item *> &before,
                                const std::vector<const Item *> &after);

// The top-level fields that differ between two versions of an item (see ItemDiff::fields).
std::vector<FieldDiff> fieldDiffs(const Item &before, const Item &after);

} // namespace dtdb::document
