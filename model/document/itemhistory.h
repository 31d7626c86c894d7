#pragma once

#include "localentry.h"
#include "statediff.h"

#include <cstddef>
#include <functional>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

namespace dtdb::document {

// The row an item history follows. Items have no identity of their own across updates (an
// update stores a new version), so a row is named the way its users name it: in one
// collection, the items whose identity field holds one value. Values are compared as JSON
// (1 and 1.0 differ, as in the diffs), by their packed bytes.
struct ItemIdentity
{
    std::string collectionKey;  // internal key
    std::string collectionName; // as written in JSON
    std::string field;
    std::string packedValue; // the field's value, packed (see PackedValue)

    bool matches(const Item &item) const;
    friend bool operator==(const ItemIdentity &, const ItemIdentity &) = default;
    // The value as compact JSON, for labels: "42", "\"alice\"".
    std::string valueText() const;
};

// The identity of `item` among the items of collection `key` in `state`: the collection's
// identity field (chooseIdentityField over all its items) and the item's value of it. nullopt
// when the collection is missing, the item is not an object, or no field identifies its items.
std::optional<ItemIdentity> identityOf(const Database &state, const std::string &key,
                                       const Item &item);

// One entry (or snapshot) that made a new version of the row.
struct ItemEvent
{
    enum class Kind
    {
        Added,   // added by an add (or a merge, or a transaction's net effect)
        Changed, // replaced by an update, also one that moved an item into or out of the row
                 // by changing its identity field; its fields may be unchanged
        Removed, // deleted, cleared with its collection, or the collection removed
        Snapshot // a later snapshot holds another version than the replay reached
    };
    Kind kind = Kind::Changed;
    // The entry (0-based) that made the version; for Snapshot, the anchor's position.
    std::size_t entry = 0;
    ItemPtr before;                // null when added
    ItemPtr after;                 // null when removed
    std::vector<FieldDiff> fields; // Changed and Snapshot: what differs (see fieldDiffs)

    // Where the cursor stands to show the version this event made.
    std::size_t position() const { return kind == Kind::Snapshot ? entry : entry + 1; }
};

struct ItemHistory
{
    ItemIdentity identity;
    ItemPtr initial;               // the row in the first snapshot, null when it is not there
    std::vector<ItemEvent> events; // in history order
    bool complete = true;          // false when stopped before the end

    // The index of the last event at or before `position` (the version shown there), or -1
    // when the row is at its initial version there.
    int eventAt(std::size_t position) const;
};

// Follows a row through a history from its first snapshot to its end, and through the entries
// appended in the app after it, from the changes the timeline recorded: no entry is executed.
// An entry that touched the row several times (a transaction) is one event, from its first
// version to its last. Checks `stop` and reports progress (entries done, total) every few
// thousand entries.
ItemHistory
traceItem(const history::Timeline &timeline, const LocalEntries &locals,
          const ItemIdentity &identity, std::stop_token stop = {},
          const std::function<void(std::size_t done, std::size_t total)> &progress = {});

} // namespace dtdb::document
