#pragma once

#include "timeline.h"

#include <cstdint>
#include <memory>
#include <string>

namespace dtdb::document {

// An entry appended in the app (an edit): executed once at the head of the history, then kept
// with what it changed so that undo and redo cost O(size of the change).
struct LocalEntry
{
    std::string text; // the logged entry, compact JSON (a Query or TransactionQuery with Cause)
    history::EntryInfo info;
    std::shared_ptr<const Change> change;
    std::int64_t time = history::NoTime; // UTC microseconds when it ran
};

using LocalEntries = std::vector<std::shared_ptr<const LocalEntry>>;

} // namespace dtdb::document
