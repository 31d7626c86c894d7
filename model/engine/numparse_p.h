#pragma once

// Private helper shared by jsonio.cpp and pyvalue.cpp; not part of the engine's interface.

#include <charconv>
#include <limits>
#include <optional>
#include <string_view>
#include <system_error>

namespace dtdb::detail {

// Converts an already validated decimal literal ('-'?, digits with an optional '.', optional
// exponent) to the nearest double. Python's float() never fails on magnitude: too large gives
// ±inf and too small ±0.0, where std::from_chars reports result_out_of_range instead.
inline std::optional<double> decimalToDouble(std::string_view text)
{
    double value = 0.0;
    const char *first = text.data();
    const char *last = first + text.size();
    const auto [ptr, ec] = std::from_chars(first, last, value, std::chars_format::general);
    if (ec == std::errc() && ptr == last) return value;
    if (ec != std::errc::result_out_of_range) return std::nullopt;

    // Out of range: the position of the decimal point relative to the first significant digit
    // tells overflow (> 0) from underflow.
    const bool negative = !text.empty() && text.front() == '-';
    long long pointPos = 0; // digits before the point, counted from the first significant one
    bool seenSignificant = false;
    bool inFraction = false;
    std::size_t i = negative ? 1 : 0;
    for (; i < text.size() && text[i] != 'e' && text[i] != 'E'; ++i) {
        const char c = text[i];
        if (c == '.') {
            inFraction = true;
        } else if (!seenSignificant && c == '0') {
            if (inFraction) --pointPos;
        } else {
            seenSignificant = true;
            if (!inFraction) ++pointPos;
        }
    }
    long long exponent = 0;
    if (i < text.size()) {
        ++i;
        bool expNegative = false;
        if (i < text.size() && (text[i] == '+' || text[i] == '-')) expNegative = text[i++] == '-';
        for (; i < text.size(); ++i) {
            if (exponent < 1'000'000'000) exponent = exponent * 10 + (text[i] - '0');
        }
        if (expNegative) exponent = -exponent;
    }
    const double magnitude =
        seenSignificant && pointPos + exponent > 0 ? std::numeric_limits<double>::infinity() : 0.0;
    return negative ? -magnitude : magnitude;
}

} // namespace dtdb::detail
