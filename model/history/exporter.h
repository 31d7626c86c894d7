#pragma once

#include "database.h"
#include "history.h"

#include <optional>
#include <string>

namespace dtdb::history {

// The whole state as a .dtdb file: the reference server's format (Python indent-2 JSON, no
// trailing newline); AES-GCM encrypted as DeltaTraceStudio does when a hex key is given.
// nullopt for a bad key.
std::optional<std::string> exportSnapshot(const Database &db, const std::string &hexKey = {});

// One collection's items as a JSON array (indent-2).
std::string exportCollectionJson(const Collection &c);

// One collection as CSV (RFC 4180): columns are the union of the items' top-level fields in
// first-seen order; strings are written as they are, other values as compact JSON, missing
// fields as empty cells.
std::string exportCollectionCsv(const Collection &c);

// Entries [from, to) of a history as JSON Lines (each entry compact, one per line).
std::string exportLogSlice(const History &h, std::size_t from, std::size_t to);

} // namespace dtdb::history
