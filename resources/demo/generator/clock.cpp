#include "clock.h"

#include <cstdio>

namespace demo {

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
std::int64_t daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

struct Civil
{
    int year, month, day, hour, minute, second, micro;
};

Civil civilFromMicros(Micros t)
{
    std::int64_t days = t / kDay;
    Micros rest = t % kDay;
    if (rest < 0) {
        rest += kDay;
        --days;
    }
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const std::int64_t doe = days - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    const int y = int(yoe + era * 400 + (m <= 2));
    return {y,
            m,
            d,
            int(rest / kHour),
            int(rest % kHour / kMinute),
            int(rest % kMinute / kSecond),
            int(rest % kSecond)};
}

} // namespace

Micros utcTime(int year, int month, int day, int hour, int minute, int second)
{
    return daysFromCivil(year, month, day) * kDay + hour * kHour + minute * kMinute +
           second * kSecond;
}

Micros startOfDay(Micros t)
{
    return t - ((t % kDay) + kDay) % kDay;
}

std::string isoUtc(Micros t)
{
    const Civil c = civilFromMicros(t);
    char buf[64];
    if (c.micro != 0)
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%06d+00:00", c.year, c.month,
                      c.day, c.hour, c.minute, c.second, c.micro);
    else
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d+00:00", c.year, c.month,
                      c.day, c.hour, c.minute, c.second);
    return buf;
}

std::string fileStamp(Micros t)
{
    const Civil c = civilFromMicros(t);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d%02d%02dT%02d%02d%02d%06d", c.year, c.month, c.day, c.hour,
                  c.minute, c.second, c.micro);
    return buf;
}

std::string isoDate(Micros t)
{
    const Civil c = civilFromMicros(t);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year, c.month, c.day);
    return buf;
}

} // namespace demo
