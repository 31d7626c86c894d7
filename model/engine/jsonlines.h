#pragma once

#include "query.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dtdb {

// One line of a JSON Lines query log: the parsed entry, or why it could not be read.
struct LogLine
{
    std::size_t line = 0; // 1-based line number in the file
    std::optional<LogEntry> entry;
    std::size_t column = 0; // 1-based, when the entry is unreadable
    std::string error;      // empty when readable
};

// Splits a JSON Lines text into entries. Blank lines are skipped; a line that is not JSON, or
// not a query the reference could load, is returned with its position and reason, and reading
// goes on with the next line.
std::vector<LogLine> readJsonLines(std::string_view text);

// Parses one entry from JSON text; on failure fills column/error of `out`.
void parseLogLine(std::string_view text, LogLine &out);

} // namespace dtdb
