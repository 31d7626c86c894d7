#pragma once

// Deterministic random numbers: std::mt19937_64 is specified exactly by the standard, but the
// standard distributions are not, so every distribution used by the generator is written here.

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace demo {

class Rng
{
public:
    explicit Rng(std::uint64_t seed) : m_engine(seed) {}

    std::uint64_t bits() { return m_engine(); }

    // Uniform in [0, n), n > 0 (rejection sampling, no modulo bias).
    std::uint64_t below(std::uint64_t n)
    {
        const std::uint64_t limit = UINT64_MAX - UINT64_MAX % n;
        std::uint64_t x = m_engine();
        while (x >= limit)
            x = m_engine();
        return x % n;
    }

    // Uniform in [lo, hi].
    std::int64_t range(std::int64_t lo, std::int64_t hi)
    {
        return lo + std::int64_t(below(std::uint64_t(hi - lo) + 1));
    }

    // Uniform in [0, 1) with 53 random bits.
    double real() { return double(m_engine() >> 11) * (1.0 / 9007199254740992.0); }

    bool chance(double p) { return real() < p; }

    template <typename T>
    const T &pick(const std::vector<T> &v)
    {
        return v[below(v.size())];
    }

    // `digits` lower-case hex digits.
    std::string hex(int digits)
    {
        static constexpr char kHex[] = "0123456789abcdef";
        std::string s;
        for (int i = 0; i < digits; ++i)
            s.push_back(kHex[below(16)]);
        return s;
    }

    // A version-4 UUID in canonical text form.
    std::string uuid()
    {
        std::string s = hex(8);
        s.append("-").append(hex(4)).append("-4").append(hex(3)).append("-");
        s.push_back("89ab"[below(4)]);
        s.append(hex(3)).append("-").append(hex(12));
        return s;
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace demo
