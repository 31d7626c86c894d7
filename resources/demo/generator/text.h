#pragma once

// String concatenation without operator+ chains (GCC 12 warns falsely on those in release).

#include <string>
#include <string_view>

namespace demo {

template <typename... Parts>
std::string cat(const Parts &...parts)
{
    std::string s;
    (s.append(std::string_view(parts)), ...);
    return s;
}

inline std::string num(long long n)
{
    return std::to_string(n);
}

} // namespace demo
