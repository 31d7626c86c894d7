#pragma once

#include "timeline.h"
#include "value.h"

#include <QString>

namespace dtdb::document {

// How values, times and entries read in the views (one place, so every view agrees).

// "2025-03-01 18:01:16.086" (UTC, milliseconds); "—" for NoTime.
QString displayTime(std::int64_t utcMicros);
// A cell: strings as they are, everything else as compact JSON, cut at `limit` characters.
QString displayValue(const Value &value, int limit = 200);
// The full value for a tooltip or detail pane: indented JSON, cut at `limit` characters.
QString fullValue(const Value &value, int limit = 20000);
// A value as compact JSON text for a cell where the JSON type matters (diffs, JSON trees):
// unlike displayValue, strings keep their quotes, so "1" and 1 read apart.
QString compactText(const Value &value, int limit = 300);
// The kind of a JSON value as users of the database know it: object, array, string, integer,
// float, boolean, null.
QString jsonTypeName(const Value &value);
QString displayType(QueryType type);
QString displayActor(const history::ActorInfo &actor); // "Name (human)", "—" for none
// The Cause's *what* of an entry as the log and the item history show it; empty without one.
QString displayWhat(const LogEntry &entry);
// "ok · 3 updated", "failed: Operation not permitted."
QString displayResult(const history::EntryInfo &info, const std::string &error);

} // namespace dtdb::document
