#include "workload.h"

#include "jsonio.h"

#include <random>

namespace workload {

namespace {

std::string isoTime(std::int64_t secondsSince2025)
{
    const std::int64_t day = secondsSince2025 / 86400;
    const std::int64_t rest = secondsSince2025 % 86400;
    char buf[40];
    std::snprintf(buf, sizeof buf, "2025-%02d-%02dT%02d:%02d:%02d+00:00", int(1 + (day / 28) % 12),
                  int(1 + day % 28), int(rest / 3600), int((rest / 60) % 60), int(rest % 60));
    return buf;
}

// "prefix" + number, built with append: GCC 12 warns falsely on operator+ with to_string.
std::string numbered(const char *prefix, std::uint64_t n)
{
    std::string s(prefix);
    s.append(std::to_string(n));
    return s;
}

dtdb::Value cause(std::mt19937_64 &rng, std::int64_t step)
{
    static const char *const actors[] = {"u-1001", "u-1002", "ai-helper", "sys-batch"};
    static const char *const types[] = {"human", "human", "ai", "system"};
    const int a = int(rng() % 4);
    dtdb::Value who = {{"className", "Actor"},
                       {"version", "6"},
                       {"type", types[a]},
                       {"id", actors[a]},
                       {"collectionPermissions", nullptr},
                       {"context", nullptr},
                       {"name", actors[a]},
                       {"email", nullptr},
                       {"createdAt", "2024-01-01T00:00:00+00:00"},
                       {"updatedAt", "2024-01-01T00:00:00+00:00"},
                       {"lastAccess", nullptr},
                       {"lastAccessDay", nullptr},
                       {"operationInDay", nullptr},
                       {"deviceIds", nullptr}};
    dtdb::Value node = {{"className", "TimestampNode"},
                        {"version", "1"},
                        {"timestamp", isoTime(step * 7)},
                        {"location", "client"},
                        {"context", dtdb::Value::object()}};
    return {{"className", "Cause"},
            {"version", "1"},
            {"serial", numbered("op-", std::uint64_t(step))},
            {"chainParentSerial", nullptr},
            {"who", std::move(who)},
            {"when", {{"className", "TemporalTrace"}, {"version", "1"}, {"nodes", {node}}}},
            {"what", "benchmark operation"},
            {"why", "load test"},
            {"from", "bench"},
            {"context", nullptr},
            {"confidenceScore", a == 2 ? 0.8 : 1.0}};
}

dtdb::Value query(const char *type, dtdb::Value node = nullptr)
{
    dtdb::Value q = dtdb::Value::object();
    q["className"] = "Query";
    q["version"] = "7";
    q["target"] = "users";
    q["type"] = type;
    q["queryNode"] = std::move(node);
    return q;
}

dtdb::Value cmp(const char *type, const char *field, dtdb::Value value)
{
    return {{"type", type},
            {"field", field},
            {"value", std::move(value)},
            {"vType", "auto_"},
            {"version", "2"}};
}

} // namespace

dtdb::Value makeRecord(std::int64_t id, std::uint64_t seed)
{
    std::mt19937_64 rng(seed ^ std::uint64_t(id) * 0x9e3779b97f4a7c15ULL);
    dtdb::Value r = dtdb::Value::object();
    r["id"] = id;
    r["name"] = numbered("sample", std::uint64_t(id));
    r["age"] = std::int64_t(18 + rng() % 72);
    r["group"] = numbered("g", rng() % 1000);
    r["score"] = double(rng() % 10000) / 100.0;
    r["createdAt"] = isoTime(std::int64_t(rng() % 30000000));
    r["updatedAt"] = isoTime(std::int64_t(rng() % 30000000));
    r["nestedObj"] = {{"a", std::int64_t(rng() % 100)}, {"b", "text"}};
    return r;
}

dtdb::Value makeSnapshot(std::int64_t records, std::uint64_t seed)
{
    dtdb::Value data = dtdb::Value::array();
    for (std::int64_t i = 0; i < records; ++i)
        data.push_back(makeRecord(i, seed));
    dtdb::Value users = {{"className", "Collection"},
                         {"version", "17"},
                         {"data", std::move(data)},
                         {"serialNum", records}};
    return {{"className", "DeltaTraceDatabase"},
            {"version", "16"},
            {"collections", {{"users", std::move(users)}}}};
}

std::string makeLog(std::int64_t records, std::int64_t entries, std::uint64_t seed,
                    const LogMix &mix)
{
    std::mt19937_64 rng(seed);
    std::string out;
    std::int64_t nextId = records;
    for (std::int64_t step = 0; step < entries; ++step) {
        const int roll = int(rng() % 100);
        const std::int64_t id = std::int64_t(rng() % std::uint64_t(nextId));
        dtdb::Value q;
        if (roll < mix.searchPercent) {
            q = query("search",
                      {{"type", "and_"},
                       {"conditions",
                        {cmp("equals_", "group", numbered("g", rng() % 1000)),
                         cmp("greaterThanOrEqual_", "age", std::int64_t(18 + rng() % 60))}},
                       {"version", "1"}});
            q["sortObj"] = {{"className", "SingleSort"},
                            {"version", "5"},
                            {"field", "age"},
                            {"reversed", false},
                            {"vType", "auto_"}};
            q["limit"] = 20;
        } else if (roll < mix.searchPercent + mix.updateOnePercent) {
            q = query("updateOne", cmp("equals_", "id", id));
            q["overrideData"] = {{"score", double(rng() % 10000) / 100.0},
                                 {"updatedAt", isoTime(step)}};
        } else if (roll < mix.searchPercent + mix.updateOnePercent + mix.addPercent) {
            q = query("add");
            q["addData"] = {makeRecord(-1, rng())};
            q["serialKey"] = "id";
            ++nextId;
        } else if (roll < mix.searchPercent + mix.updateOnePercent + mix.addPercent +
                              mix.deleteOnePercent) {
            q = query("deleteOne", cmp("equals_", "id", id));
        } else {
            q = query("update",
                      {{"type", "and_"},
                       {"conditions",
                        {cmp("greaterThanOrEqual_", "id", id), cmp("lessThan_", "id", id + 20)}},
                       {"version", "1"}});
            q["overrideData"] = {{"flagged", true}};
        }
        q["mustAffectAtLeastOne"] = false;
        q["cause"] = cause(rng, step);
        dtdb::json::write(out, q);
        out += '\n';
    }
    return out;
}

} // namespace workload
