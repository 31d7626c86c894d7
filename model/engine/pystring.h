#pragma once

#include <string>
#include <string_view>

namespace dtdb::py {

// Python str.lower() for UTF-8 text (simple per-code-point case mapping).
std::string lower(std::string_view s);

} // namespace dtdb::py
