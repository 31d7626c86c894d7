#pragma once

// The shop's database when the history starts: customers, products, last month's orders and
// an empty inventory log.

#include "actors.h"
#include "rng.h"

#include <cstdint>
#include <map>

namespace demo {

struct SeedData
{
    Value snapshot;                                 // DeltaTraceDatabase JSON
    std::map<std::int64_t, ActorProfile> customers; // customer id -> actor
};

// Everything in the snapshot happened before March 2025.
SeedData makeSeed(Rng &rng);

// A products item as stored before the schema cleanup (with legacySku) or after it.
Value productItem(std::int64_t id, const struct ProductSpec &spec, Micros updatedAt, bool legacy);

} // namespace demo
