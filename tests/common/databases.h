#pragma once

// Small databases written compactly in tests: {"name": [items], ...}, or
// {"name": {"data": [...], "serialNum": n}} where the serial counter matters.

#include "database.h"
#include "fixtures.h"

#include <QString>

namespace testutil {

inline dtdb::Database makeDatabase(const QString &spec)
{
    using dtdb::Value;
    Value collections = Value::object();
    const Value parsed = parseJson(spec.toStdString());
    for (const auto &[name, v] : parsed.items()) {
        const bool plain = v.is_array();
        collections[name] = {{"className", "Collection"},
                             {"version", "17"},
                             {"data", plain ? v : v["data"]},
                             {"serialNum", plain ? Value(0) : v["serialNum"]}};
    }
    return dtdb::Database::fromJson(Value{
        {"className", "DeltaTraceDatabase"}, {"version", "16"}, {"collections", collections}});
}

} // namespace testutil
