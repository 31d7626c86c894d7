#pragma once

#include "errors.h"
#include "value.h"

#include <string>
#include <string_view>

namespace dtdb {

// Reading keys as the reference's from_dict methods do: src[key] raises when the key is
// missing, so the entry cannot be loaded; src.get(key, fallback) does not.
// The error for a missing required key.
inline LoadError lacksKey(const char *owner, std::string_view key)
{
    return LoadError(std::string(owner) + " lacks '" + std::string(key) + "'");
}

inline const Value &requiredKey(const Value &src, const char *key, const char *owner)
{
    if (!src.is_object()) throw LoadError(std::string(owner) + " is not an object");
    const auto it = src.find(key);
    if (it == src.end()) throw lacksKey(owner, key);
    return *it;
}

inline Value optionalKey(const Value &src, const char *key, Value fallback = nullptr)
{
    const auto it = src.find(key);
    return it == src.end() ? fallback : *it;
}

} // namespace dtdb
