#pragma once

#include "value.h"

#include <optional>
#include <vector>

namespace dtdb::py {

// Python list(v) / iteration over a decoded JSON value: an array gives its elements, a string
// its characters (code points, as one-character strings), an object its keys. nullopt where
// Python raises TypeError (null, numbers, booleans).
std::optional<std::vector<Value>> iterate(const Value &v);

// Python len(v) for the same kinds of values.
std::optional<std::size_t> length(const Value &v);

} // namespace dtdb::py
