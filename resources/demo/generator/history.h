#pragma once

// The history being generated: the starting database and every entry, executed by the engine
// as it is added so that success and failure are real.

#include "clock.h"
#include "database.h"

#include <string>
#include <vector>

namespace demo {

using dtdb::Value;

struct Record
{
    Value entry;          // the Query or TransactionQuery as sent
    Micros fileTime = 0;  // when the server wrote its .q file
    bool success = false; // isSuccess as executed
};

class History
{
public:
    explicit History(const Value &snapshot);

    // Executes `entry` (parsed back from its compact text, as a server receives it) and
    // records it. File times must strictly increase.
    dtdb::ExecutionResult submit(const Value &entry, Micros fileTime);

    const dtdb::Database &db() const { return m_db; }
    const Value &snapshot() const { return m_snapshot; }
    const std::vector<Record> &records() const { return m_records; }
    Micros lastFileTime() const { return m_records.empty() ? 0 : m_records.back().fileTime; }

private:
    Value m_snapshot;
    dtdb::Database m_db;
    std::vector<Record> m_records;
};

} // namespace demo
