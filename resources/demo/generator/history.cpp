#include "history.h"

#include "jsonio.h"

#include <stdexcept>

namespace demo {

History::History(const Value &snapshot)
    : m_snapshot(snapshot), m_db(dtdb::Database::fromJson(snapshot))
{
}

dtdb::ExecutionResult History::submit(const Value &entry, Micros fileTime)
{
    if (fileTime <= lastFileTime()) throw std::logic_error("file times must strictly increase");
    const std::string text = dtdb::json::write(entry);
    std::optional<Value> parsed = dtdb::json::parse(text);
    if (!parsed) throw std::logic_error("generated entry is not JSON");
    dtdb::ExecutionResult result = m_db.execute(dtdb::parseLogEntry(std::move(*parsed)));
    m_records.push_back({entry, fileTime, result.isSuccess()});
    return result;
}

} // namespace demo
