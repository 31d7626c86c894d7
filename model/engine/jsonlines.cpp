#include "jsonlines.h"

#include "errors.h"
#include "jsonio.h"

namespace dtdb {

void parseLogLine(std::string_view text, LogLine &out)
{
    json::ParseError error;
    std::optional<Value> value = json::parse(text, &error);
    if (!value) {
        out.column = error.column;
        out.error = error.message;
        return;
    }
    try {
        out.entry = parseLogEntry(std::move(*value));
    } catch (const LoadError &e) {
        out.column = 1;
        out.error = e.what();
    }
}

std::vector<LogLine> readJsonLines(std::string_view text)
{
    std::vector<LogLine> out;
    std::size_t lineNo = 0;
    while (!text.empty()) {
        ++lineNo;
        const std::size_t nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
        LogLine entry;
        entry.line = lineNo;
        parseLogLine(line, entry);
        out.push_back(std::move(entry));
    }
    return out;
}

} // namespace dtdb
