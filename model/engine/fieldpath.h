#pragma once

#include "item.h"
#include "value.h"

#include <optional>

#include <string>
#include <string_view>
#include <vector>

namespace dtdb {

// A dot path into an item, resolved as the reference's UtilField.get_nested_field_value does:
// split on every '.', each segment must name a key of the current object, anything else
// (arrays, scalars, a missing key) yields null. A path given as a non-string (a malformed
// query) is accepted at load time and raises when it is used, as in Python.
class FieldPath
{
public:
    FieldPath() = default;
    explicit FieldPath(const Value &raw);

    const Value &raw() const { return m_raw; }
    bool valid() const { return m_valid; }
    const std::vector<std::string> &segments() const { return m_segments; }

    // The value at the path, or nullptr when missing or null. Throws PyTypeError when the path
    // itself is not a string.
    const Value *resolve(const Value &item) const;
    // The same for a stored item: the packed value there, or decoded.
    std::optional<PackedValue> find(const Item &item) const;
    std::optional<Value> resolve(const Item &item) const;

private:
    Value m_raw;
    std::vector<std::string> m_segments;
    bool m_valid = false;
};

// The null value, for call sites that want a reference for "missing".
const Value &nullValue();

} // namespace dtdb
