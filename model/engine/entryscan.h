#pragma once

#include "query.h"

#include <optional>
#include <string>
#include <string_view>

namespace dtdb {

// What indexing needs of an entry's Cause: who acted, when (the last hop of its time trail),
// and the serials that chain Causes together (spec §8).
struct CauseSummary
{
    ActorType actorType = ActorType::Human;
    std::string actorId;   // the id as text: itself when a string, else its compact JSON
    std::string actorName; // the name when it is a string, else the id
    std::optional<py::DateTime> lastTimestamp;
    Value serial, chainParentSerial;

    static CauseSummary of(const Cause &cause);
};

// A log entry read for indexing: the query as parseLogEntry builds it, less its Cause, which
// is only summarised.
struct ScannedEntry
{
    LogEntry entry;
    CauseSummary cause;
};

// The fast reading of a log entry. A Cause is most of an entry's text and indexing needs five
// of its fields, so the Cause is checked and summarised where simdjson parsed it, never built.
//
// It only takes entries it is sure of: a Query whose Cause has the usual shape (the checks
// are sufficient conditions for Cause::fromJson to succeed, not the same ones), read by
// simdjson. For anything else, including every entry parseLogEntry refuses, it gives nullopt
// and the caller takes the full path with its error messages. Whatever it accepts,
// parseLogEntry accepts, builds the same query from, and gives a Cause that summarises alike.
std::optional<ScannedEntry> scanLogEntry(std::string_view text);

} // namespace dtdb
