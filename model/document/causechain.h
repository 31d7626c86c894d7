#pragma once

#include "cause.h"

#include <cstddef>
#include <vector>

namespace dtdb::document {

class HistoryDocument;

// One entry of a Cause chain (spec §8.1: serial / chainParentSerial).
struct ChainLink
{
    enum class Role
    {
        Ancestor,
        Current,
        Descendant
    };
    std::size_t entry = 0; // 0-based entry index
    int parent = -1;       // index in the chain of the link this one answers; -1 for the root
    Role role = Role::Current;
    Cause cause; // the entry's Cause (the first inner query's for a transaction)
};

// The Cause chain through `entry`: its ancestors found by following chainParentSerial (root
// first), the entry itself, then its descendants depth-first in position order. When several
// entries carry a parent's serial, the last one before the child is taken (a resent query
// repeats its serial). Cycles are cut, and at most `limit` links are listed. Empty when the
// entry has no Cause.
std::vector<ChainLink> causeChain(const HistoryDocument &doc, std::size_t entry,
                                  std::size_t limit = 500);

} // namespace dtdb::document
