#pragma once

#include <memory>
#include <nlohmann/json.hpp>

namespace dtdb {

// A decoded JSON value. Objects keep insertion order (Python dicts do, and exported snapshots
// must match the reference's key order); integers stay integers (int64, or uint64 above
// INT64_MAX) and never become doubles.
using Value = nlohmann::ordered_json;

// A stored item. Items are immutable once stored and shared between database states, so that a
// checkpoint of a collection copies pointers, never values.
using ItemPtr = std::shared_ptr<const Value>;

inline ItemPtr makeItem(Value v)
{
    return std::make_shared<const Value>(std::move(v));
}

} // namespace dtdb
