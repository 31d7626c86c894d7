#pragma once

// Deterministic generated data for benchmarks: records shaped like the reference's own speed
// test, and query logs with the mix the engine benchmark replays.

#include "value.h"

#include <cstdint>
#include <string>
#include <vector>

namespace workload {

// One record: {"id", "name", "age", "group", "score", "createdAt", "updatedAt", "nestedObj"}.
dtdb::Value makeRecord(std::int64_t id, std::uint64_t seed);

// {"className":"DeltaTraceDatabase",...} with `records` users with ids 0..records-1 (serial
// counter = records).
dtdb::Value makeSnapshot(std::int64_t records, std::uint64_t seed);

struct LogMix
{
    int searchPercent = 40;     // and_(group == g, age >= a), sorted by age, limit 20
    int updateOnePercent = 30;  // updateOne by id
    int addPercent = 15;        // add one record with serialKey "id"
    int deleteOnePercent = 10;  // deleteOne by id
    int rangeUpdatePercent = 5; // update where id in [a, a + 20)
};

// A JSON Lines log of `entries` queries on the "users" collection of makeSnapshot(records),
// each with a compact Cause. Ids referenced exist with high probability.
std::string makeLog(std::int64_t records, std::int64_t entries, std::uint64_t seed,
                    const LogMix &mix = {});

} // namespace workload
