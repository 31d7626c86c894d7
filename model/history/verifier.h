#pragma once

#include "timeline.h"

#include <optional>
#include <string>
#include <vector>

namespace dtdb::history {

// Where a replayed state first differs from a snapshot.
struct Divergence
{
    std::string collection;
    std::optional<std::size_t> item; // item index, when the difference is inside an item
    std::string field;               // top-level field, when inside an item
    std::string expected;            // compact JSON (or a description)
    std::string actual;
};

// The check of one pair of consecutive snapshots.
struct SegmentReport
{
    std::size_t fromAnchor = 0, toAnchor = 0; // indexes into History::anchors
    bool consistent = true;
    std::optional<Divergence> divergence; // the first difference
    std::vector<Divergence> differences;  // the first difference of every collection
    // For each differing item, the replay's last entry that changed it: after that entry
    // nothing in the log changes the item again, so from there on the replay can no longer
    // match. This is the earliest such entry (0-based index). A lost or reordered entry that
    // touched the item directly lies after it; one that changed data the item was derived
    // from (a merge's sources) lies before it.
    std::optional<std::size_t> lastTouch;
    // Entries whose replayed result disagrees with the folder they were logged in
    // (success_query / error_query): also a sign of a lost or reordered entry.
    std::vector<std::size_t> resultMismatches;
};

struct VerifyReport
{
    std::vector<SegmentReport> segments;
    bool consistent() const;
};

// Replays from each snapshot to the position of the next one and compares (spec §11).
// Needs at least two snapshots to say anything.
VerifyReport verify(const Timeline &timeline);

// The first difference between two states, if any.
std::optional<Divergence> firstDifference(const Database &expected, const Database &actual);
// The first difference inside each collection (and collections present on one side only).
std::vector<Divergence> collectionDifferences(const Database &expected, const Database &actual);

} // namespace dtdb::history
