#pragma once

#include "errors.h"
#include "value.h"

#include <string>

namespace dtdb {

// Reading keys as the reference's from_dict methods do: src[key] raises when the key is
// missing, so the entry cannot be loaded; src.get(key, fallback) does not.
inline const Value &requiredKey(const Value &src, const char *key, const char *owner)
{
    if (!src.is_object()) throw LoadError(std::string(owner) + " is not an object");
    const auto it = src.find(key);
    if (it == src.end()) throw LoadError(std::string(owner) + " lacks '" + key + "'");
    return *it;
}

inline Value optionalKey(const Value &src, const char *key, Value fallback = nullptr)
{
    const auto it = src.find(key);
    return it == src.end() ? fallback : *it;
}

// requiredKey and optionalKey for a source that is thrown away afterwards: the value is moved
// out of it.
inline Value takeRequiredKey(Value &src, const char *key, const char *owner)
{
    return std::move(const_cast<Value &>(requiredKey(src, key, owner)));
}

inline Value takeKey(Value &src, const char *key, Value fallback = nullptr)
{
    const auto it = src.find(key);
    return it == src.end() ? std::move(fallback) : std::move(*it);
}

} // namespace dtdb
