#pragma once

#include <nlohmann/json.hpp>

namespace dtdb {

// A decoded JSON value. Objects keep insertion order (Python dicts do, and exported snapshots
// must match the reference's key order); integers stay integers (int64, or uint64 above
// INT64_MAX) and never become doubles.
using Value = nlohmann::ordered_json;

} // namespace dtdb
