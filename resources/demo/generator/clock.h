#pragma once

// UTC instants as microseconds since the Unix epoch, and the two spellings the reference uses.

#include <cstdint>
#include <string>

namespace demo {

using Micros = std::int64_t;

inline constexpr Micros kMilli = 1000;
inline constexpr Micros kSecond = 1000 * kMilli;
inline constexpr Micros kMinute = 60 * kSecond;
inline constexpr Micros kHour = 60 * kMinute;
inline constexpr Micros kDay = 24 * kHour;

Micros utcTime(int year, int month, int day, int hour = 0, int minute = 0, int second = 0);
Micros startOfDay(Micros t);

// Python datetime.isoformat() of an aware UTC value: "2025-03-03T09:15:00+00:00", with
// ".ffffff" only when the microseconds are not zero.
std::string isoUtc(Micros t);
// The reference server's file-name time: "20250303T091500123456".
std::string fileStamp(Micros t);
// "2025-03-03".
std::string isoDate(Micros t);

} // namespace demo
