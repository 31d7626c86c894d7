#pragma once

#include "item.h"
#include "value.h"

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// Python semantics applied to decoded JSON values (spec §0.3). The reference applies Python
// operators directly to json.loads output, so replay must reproduce them exactly.
namespace dtdb::py {

// Python truthiness: null, false, 0, 0.0, "", [], {} are false; everything else is true
// (including the string "false").
bool truthy(const Value &v);

// Python ==: numbers by mathematical value across int/float/bool (exact, no rounding of big
// ints to double; NaN never equal); strings by code points; arrays element-wise; objects by key
// set and values (order irrelevant); null only equals null.
bool equals(const Value &a, const Value &b);

// A hash consistent with equals(): equal values hash equally (1, 1.0 and true alike).
std::size_t hash(const Value &v);

// Python ordering. Numbers (int/float/bool) numerically, NaN unordered; strings by code point;
// arrays lexicographically (first index whose elements are not equal decides, recursively,
// then length). Every other combination (including null vs null) throws PyTypeError.
std::partial_ordering compare(const Value &a, const Value &b);

// Python str(v) (spec §0.3 "S(v)"): None, True/False, ints, float repr, strings verbatim,
// containers with repr() of their elements: [1, 'x', None], {'k': 1}.
std::string str(const Value &v);

// Python repr(v): like str() but strings are quoted and escaped the way Python does.
std::string repr(const Value &v);

// Python int(s) for a string: surrounding whitespace, sign, decimal digits (Unicode decimal
// digits count), single underscores between digits. nullopt when Python would raise or when
// the value does not fit in int64.
std::optional<std::int64_t> parseInt(std::string_view s);

// Python float(s) for a string: whitespace, sign, digits with optional '.' and exponent,
// underscores between digits, case-insensitive inf/infinity/nan.
std::optional<double> parseFloat(std::string_view s);

// Python int(v): bool -> 0/1, int -> itself, float -> truncated (nan/inf fail), string ->
// parseInt, anything else fails.
std::optional<std::int64_t> toInt(const Value &v);

// Python float(v): bool -> 0.0/1.0, int -> nearest double, float -> itself, string ->
// parseFloat, anything else fails.
std::optional<double> toFloat(const Value &v);

// Python isinstance checks as the reference uses them.
inline bool isNumber(const Value &v)
{
    return v.is_number() || v.is_boolean();
}

// The reference's jsonable_deep_copy refuses values nested deeper than 100: counting the
// copied value as depth `depth`, any value (container or scalar) at depth > 100 raises
// ValueError("Exceeded max allowed nesting depth"). Throws PyValueError in that case.
void checkCopyDepth(const Value &v, int depth = 0);
// The same for a stored item, from the nesting it was packed with.
void checkCopyDepth(const Item &item, int depth);

} // namespace dtdb::py
