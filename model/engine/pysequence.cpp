#include "pysequence.h"

namespace dtdb::py {

namespace {

std::size_t utf8SequenceLength(unsigned char lead)
{
    if (lead < 0x80) return 1;
    if ((lead >> 5) == 0x6) return 2;
    if ((lead >> 4) == 0xe) return 3;
    return 4;
}

} // namespace

std::optional<std::vector<Value>> iterate(const Value &v)
{
    std::vector<Value> out;
    if (v.is_array()) {
        out.assign(v.begin(), v.end());
    } else if (v.is_object()) {
        for (const auto &[key, _] : v.items())
            out.emplace_back(key);
    } else if (v.is_string()) {
        const std::string &s = v.get_ref<const std::string &>();
        for (std::size_t i = 0; i < s.size();) {
            const std::size_t n =
                std::min(utf8SequenceLength(static_cast<unsigned char>(s[i])), s.size() - i);
            out.emplace_back(s.substr(i, n));
            i += n;
        }
    } else {
        return std::nullopt;
    }
    return out;
}

std::optional<std::size_t> length(const Value &v)
{
    if (v.is_array() || v.is_object()) return v.size();
    if (v.is_string()) {
        std::size_t n = 0;
        for (const char c : v.get_ref<const std::string &>())
            n += (static_cast<unsigned char>(c) & 0xc0) != 0x80;
        return n;
    }
    return std::nullopt;
}

} // namespace dtdb::py
