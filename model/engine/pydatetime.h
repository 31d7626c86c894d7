#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dtdb::py {

// A Python datetime as produced by datetime.fromisoformat (Python 3.12): naive (no offset) or
// aware (with a UTC offset).
struct DateTime
{
    int year = 1, month = 1, day = 1;
    int hour = 0, minute = 0, second = 0, microsecond = 0;
    std::optional<std::int64_t> offsetMicroseconds; // set for aware values

    bool aware() const { return offsetMicroseconds.has_value(); }

    // Microseconds since 0001-01-01T00:00:00 of the wall-clock fields (offset ignored).
    std::int64_t wallMicroseconds() const;
    // For aware values: microseconds since 0001-01-01T00:00:00 UTC; for naive ones the same as
    // wallMicroseconds() (the reference treats naive values as UTC when it has to).
    std::int64_t utcMicroseconds() const;
};

// datetime.fromisoformat of Python 3.12 (spec §0.3): YYYY-MM-DD, YYYYMMDD, ISO week dates,
// optional separator (any single character) and time HH[:MM[:SS[.f+]]] or HHMMSS, fraction
// after '.' or ',' truncated to microseconds, offset Z / ±HH / ±HH:MM / ±HHMM (seconds and
// fraction allowed). Returns nullopt where Python raises ValueError.
std::optional<DateTime> parseIsoDateTime(std::string_view s);

// Python ==: naive vs aware is false; aware values compare as instants; naive field-wise.
bool equals(const DateTime &a, const DateTime &b);

// Python ordering; naive vs aware throws PyTypeError.
std::strong_ordering compare(const DateTime &a, const DateTime &b);

// datetime.isoformat(): "YYYY-MM-DDTHH:MM:SS", ".ffffff" when microseconds != 0, then the
// offset for aware values ("+00:00", "-05:30", "+05:30:15" when it has seconds).
std::string isoformat(const DateTime &dt);

// The value converted to UTC (naive values are taken to be UTC), as an aware DateTime.
DateTime toUtc(const DateTime &dt);

} // namespace dtdb::py
