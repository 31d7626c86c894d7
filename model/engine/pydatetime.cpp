#include "pydatetime.h"

#include "errors.h"

#include <array>
#include <cstddef>
#include <cstdio>
#include <cstdlib>

// The reference runs CPython 3.12, where `datetime` is the C accelerator module
// (Modules/_datetimemodule.c), not Lib/_pydatetime.py. The two disagree on many malformed
// inputs (the pure-Python parser goes through int(), so it accepts " 1", "+1", "1_0" and
// non-ASCII digits; the C parser has its own quirks such as ignoring junk before an offset).
// Replays must agree with what the reference actually did, so this is a port of the C parser's
// logic, verified against CPython 3.12 on a large generated corpus.

namespace dtdb::py {

namespace {

constexpr int kMinYear = 1;
constexpr int kMaxYear = 9999;
constexpr std::int64_t kUsPerSecond = 1'000'000;
constexpr std::int64_t kUsPerDay = 86'400 * kUsPerSecond;

// ---------------------------------------------------------------------------------------------
// Proleptic Gregorian calendar helpers (ordinal 1 = 0001-01-01, as in Python).

bool isLeap(int year)
{
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

int daysInMonth(int year, int month)
{
    static constexpr std::array<int, 13> days{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeap(year) ? 29 : days[static_cast<std::size_t>(month)];
}

int daysBeforeMonth(int year, int month)
{
    static constexpr std::array<int, 13> before{0,   0,   31,  59,  90,  120, 151,
                                                181, 212, 243, 273, 304, 334};
    return before[static_cast<std::size_t>(month)] + (month > 2 && isLeap(year) ? 1 : 0);
}

int daysBeforeYear(int year)
{
    const int y = year - 1;
    return y * 365 + y / 4 - y / 100 + y / 400;
}

int ymdToOrd(int year, int month, int day)
{
    return daysBeforeYear(year) + daysBeforeMonth(year, month) + day;
}

// Inverse of ymdToOrd; `ordinal` must be >= 1.
void ordToYmd(int ordinal, int &year, int &month, int &day)
{
    constexpr int di400y = 146097, di100y = 36524, di4y = 1461;
    int n = ordinal - 1;
    const int n400 = n / di400y;
    n %= di400y;
    const int n100 = n / di100y;
    n %= di100y;
    const int n4 = n / di4y;
    n %= di4y;
    const int n1 = n / 365;
    n %= 365;
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1;
    if (n1 == 4 || n100 == 4) {
        // The last day of a 4- or 400-year cycle: December 31 of the previous year.
        year -= 1;
        month = 12;
        day = 31;
        return;
    }
    month = (n + 50) >> 5; // an estimate that is either right or one too large
    int preceding = daysBeforeMonth(year, month);
    if (preceding > n) {
        --month;
        preceding = daysBeforeMonth(year, month);
    }
    day = n - preceding + 1;
}

int isoWeek1Monday(int year)
{
    const int firstDay = ymdToOrd(year, 1, 1);
    const int firstWeekday = (firstDay + 6) % 7; // Monday = 0
    int week1Monday = firstDay - firstWeekday;
    if (firstWeekday > 3) // Jan 1 is Fri/Sat/Sun: week 1 starts the following Monday
        week1Monday += 7;
    return week1Monday;
}

// date.fromisocalendar rules: week 53 only exists in years starting on a Thursday, or leap
// years starting on a Wednesday.
bool isoToYmd(int isoYear, int week, int weekday, int &year, int &month, int &day)
{
    if (isoYear < kMinYear || isoYear > kMaxYear) return false;
    if (week <= 0 || week >= 53) {
        if (week != 53) return false;
        const int firstWeekday = (ymdToOrd(isoYear, 1, 1) + 6) % 7;
        if (!(firstWeekday == 3 || (firstWeekday == 2 && isLeap(isoYear)))) return false;
    }
    if (weekday <= 0 || weekday >= 8) return false;
    ordToYmd(isoWeek1Monday(isoYear) + (week - 1) * 7 + weekday - 1, year, month, day);
    return true;
}

// ---------------------------------------------------------------------------------------------
// Port of the C parser. It walks a NUL-terminated UTF-8 buffer and relies on reading the
// terminator (and stops at embedded NULs, which Python strings may contain). Cursor::at()
// reproduces that: positions at or past the end read as '\0'.

struct Cursor
{
    std::string_view s;
    char at(std::size_t i) const { return i < s.size() ? s[i] : '\0'; }
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads exactly `count` ASCII digits at `pos`, accumulating into `value`.
bool parseDigits(const Cursor &c, std::size_t &pos, int &value, std::size_t count)
{
    for (std::size_t i = 0; i < count; ++i, ++pos) {
        const char ch = c.at(pos);
        if (!isDigit(ch)) return false;
        value = value * 10 + (ch - '0');
    }
    return true;
}

// _find_isoformat_datetime_separator: where the date ends, judged from characters 4 and 5 and
// the run of digits after a basic-format week date. -1 means "cannot be valid".
std::ptrdiff_t findSeparator(std::string_view s)
{
    const std::size_t len = s.size();
    if (len == 7) return 7;
    if (s[4] == '-') {
        if (s[5] != 'W') return 10; // YYYY-MM-DD
        if (len > 8 && s[8] == '-') {
            if (len == 9) return -1;
            // YYYY-Www-D or YYYY-Www-HH: the C code bets on a '-' separator when a digit
            // follows the day position.
            if (len > 10 && isDigit(s[10])) return 8;
            return 10;
        }
        return 8; // YYYY-Www
    }
    if (s[4] == 'W') {
        std::size_t idx = 7;
        while (idx < len && isDigit(s[idx]))
            ++idx;
        if (idx < 9) return static_cast<std::ptrdiff_t>(idx);
        // Time components come in pairs, so an even end of the digit run means YYYYWww.
        return idx % 2 == 0 ? 7 : 8;
    }
    return 8; // YYYYMMDD
}

bool parseDate(const Cursor &c, std::size_t dateLen, int &year, int &month, int &day)
{
    std::size_t p = 0;
    year = month = day = 0;
    if (!parseDigits(c, p, year, 4)) return false;
    const bool usesSeparator = c.at(p) == '-';
    if (usesSeparator) ++p;

    if (c.at(p) == 'W') {
        ++p;
        int week = 0, weekday = 0;
        if (!parseDigits(c, p, week, 2)) return false;
        if (p < dateLen) {
            if (usesSeparator && c.at(p++) != '-') return false;
            if (!parseDigits(c, p, weekday, 1)) return false;
        } else {
            weekday = 1;
        }
        return isoToYmd(year, week, weekday, year, month, day);
    }

    if (!parseDigits(c, p, month, 2)) return false;
    if (usesSeparator && c.at(p++) != '-') return false;
    return parseDigits(c, p, day, 2);
}

enum class HmsResult
{
    Error,
    End,
    TrailingJunk
};

struct Hms
{
    int hour = 0, minute = 0, second = 0, microsecond = 0;
};

// parse_hh_mm_ss_ff over [begin, end): HH[:?MM[:?SS]] then an optional fraction. Returns
// TrailingJunk where the C code returns 1 ("not at the end of the string"); callers decide
// whether that matters (it does not before an offset — a C quirk we keep).
HmsResult parseHmsf(const Cursor &c, std::size_t begin, std::size_t end, Hms &out)
{
    out = Hms{};
    std::array<int *, 3> fields{&out.hour, &out.minute, &out.second};
    std::size_t p = begin;
    bool hasSeparator = true;

    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (!parseDigits(c, p, *fields[i], 2)) return HmsResult::Error;
        const char ch = c.at(p++);
        if (i == 0) hasSeparator = ch == ':';
        if (p >= end) return ch != '\0' ? HmsResult::TrailingJunk : HmsResult::End;
        if (hasSeparator && ch == ':') continue;
        if (ch == '.' || ch == ',') break;
        if (hasSeparator) return HmsResult::Error;
        --p; // basic format: the character belongs to the next component
    }

    // Fraction of any length; digits beyond microseconds are dropped (truncation).
    const std::size_t remains = p < end ? end - p : 0;
    const std::size_t toParse = remains >= 6 ? 6 : remains;
    if (!parseDigits(c, p, out.microsecond, toParse)) return HmsResult::Error;
    for (std::size_t k = toParse; k < 6; ++k)
        out.microsecond *= 10;
    while (isDigit(c.at(p)))
        ++p;
    return c.at(p) != '\0' ? HmsResult::TrailingJunk : HmsResult::End;
}

struct TimePart
{
    Hms hms;
    bool hasOffset = false;
    std::int64_t offsetSeconds = 0;
    std::int64_t offsetMicroseconds = 0; // the fractional part, signed like the offset
};

// parse_isoformat_time over [begin, size): the offset starts at the first 'Z', '+' or '-'.
bool parseTime(const Cursor &c, std::size_t begin, TimePart &out)
{
    const std::size_t end = c.s.size();
    std::size_t tzPos = begin;
    do {
        const char ch = c.at(tzPos);
        if (ch == 'Z' || ch == '+' || ch == '-') break;
    } while (++tzPos < end);

    const HmsResult timeResult = parseHmsf(c, begin, tzPos, out.hms);
    if (timeResult == HmsResult::Error) return false;
    if (tzPos == end) return timeResult == HmsResult::End;

    out.hasOffset = true;
    if (c.at(tzPos) == 'Z') return c.at(tzPos + 1) == '\0';

    const int sign = c.at(tzPos) == '-' ? -1 : 1;
    Hms tz;
    if (parseHmsf(c, tzPos + 1, end, tz) != HmsResult::End) return false;
    out.offsetSeconds = sign * (tz.hour * 3600LL + tz.minute * 60LL + tz.second);
    out.offsetMicroseconds = sign * static_cast<std::int64_t>(tz.microsecond);
    return true;
}

// Byte length of the separator character: the C code looks only at the lead byte.
std::size_t separatorWidth(unsigned char lead)
{
    if ((lead & 0x80) == 0) return 1;
    switch (lead & 0xF0) {
    case 0xE0:
        return 3;
    case 0xF0:
        return 4;
    default:
        return 2;
    }
}

std::size_t codePointCount(std::string_view s)
{
    std::size_t n = 0;
    for (const char ch : s)
        n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
    return n;
}

bool validDateTimeFields(const DateTime &dt)
{
    return dt.year >= kMinYear && dt.year <= kMaxYear && dt.month >= 1 && dt.month <= 12 &&
           dt.day >= 1 && dt.day <= daysInMonth(dt.year, dt.month) && dt.hour >= 0 &&
           dt.hour <= 23 && dt.minute >= 0 && dt.minute <= 59 && dt.second >= 0 && dt.second <= 59;
}

DateTime fromWallMicroseconds(std::int64_t us)
{
    DateTime dt;
    const std::int64_t days = us / kUsPerDay;
    std::int64_t rest = us % kUsPerDay;
    ordToYmd(static_cast<int>(days) + 1, dt.year, dt.month, dt.day);
    dt.hour = static_cast<int>(rest / (3600 * kUsPerSecond));
    rest %= 3600 * kUsPerSecond;
    dt.minute = static_cast<int>(rest / (60 * kUsPerSecond));
    rest %= 60 * kUsPerSecond;
    dt.second = static_cast<int>(rest / kUsPerSecond);
    dt.microsecond = static_cast<int>(rest % kUsPerSecond);
    return dt;
}

// timezone.__str__ / utcoffset formatting used by isoformat: +HH:MM[:SS[.ffffff]].
std::string formatOffset(std::int64_t offsetUs)
{
    const char sign = offsetUs < 0 ? '-' : '+';
    const std::int64_t absUs = offsetUs < 0 ? -offsetUs : offsetUs;
    const int micro = static_cast<int>(absUs % kUsPerSecond);
    std::int64_t seconds = absUs / kUsPerSecond;
    const int hours = static_cast<int>(seconds / 3600);
    const int minutes = static_cast<int>(seconds / 60 % 60);
    seconds %= 60;

    std::array<char, 32> buf{};
    if (micro != 0)
        std::snprintf(buf.data(), buf.size(), "%c%02d:%02d:%02d.%06d", sign, hours, minutes,
                      static_cast<int>(seconds), micro);
    else if (seconds != 0)
        std::snprintf(buf.data(), buf.size(), "%c%02d:%02d:%02d", sign, hours, minutes,
                      static_cast<int>(seconds));
    else
        std::snprintf(buf.data(), buf.size(), "%c%02d:%02d", sign, hours, minutes);
    return buf.data();
}

} // namespace

std::int64_t DateTime::wallMicroseconds() const
{
    const std::int64_t days = ymdToOrd(year, month, day) - 1;
    const std::int64_t seconds = days * 86'400 + hour * 3600LL + minute * 60LL + second;
    return seconds * kUsPerSecond + microsecond;
}

std::int64_t DateTime::utcMicroseconds() const
{
    return wallMicroseconds() - offsetMicroseconds.value_or(0);
}

std::optional<DateTime> parseIsoDateTime(std::string_view s)
{
    // Every valid form has at least 7 characters (code points, as Python counts them).
    if (codePointCount(s) < 7) return std::nullopt;
    const Cursor c{s};

    const std::ptrdiff_t sep = findSeparator(s);
    if (sep < 0) return std::nullopt;
    const auto dateLen = static_cast<std::size_t>(sep);

    DateTime dt;
    if (!parseDate(c, dateLen, dt.year, dt.month, dt.day)) return std::nullopt;

    if (s.size() > dateLen) {
        // Any single character separates date and time, including a multi-byte one.
        const std::size_t timeBegin =
            dateLen + separatorWidth(static_cast<unsigned char>(s[dateLen]));
        if (timeBegin > s.size())
            return std::nullopt; // truncated UTF-8; Python strings cannot get here
        TimePart time;
        if (!parseTime(c, timeBegin, time)) return std::nullopt;
        dt.hour = time.hms.hour;
        dt.minute = time.hms.minute;
        dt.second = time.hms.second;
        dt.microsecond = time.hms.microsecond;
        if (time.hasOffset) {
            // CPython maps a zero whole-second offset straight to timezone.utc, silently
            // dropping any fraction ("+00:00:00.5" is UTC).
            const std::int64_t offsetUs =
                time.offsetSeconds == 0
                    ? 0
                    : time.offsetSeconds * kUsPerSecond + time.offsetMicroseconds;
            if (offsetUs <= -kUsPerDay || offsetUs >= kUsPerDay)
                return std::nullopt; // timezone() requires strictly within +-24h
            dt.offsetMicroseconds = offsetUs;
        }
    }

    if (!validDateTimeFields(dt)) return std::nullopt;
    return dt;
}

bool equals(const DateTime &a, const DateTime &b)
{
    if (a.aware() != b.aware()) return false;
    return a.utcMicroseconds() == b.utcMicroseconds();
}

std::strong_ordering compare(const DateTime &a, const DateTime &b)
{
    if (a.aware() != b.aware())
        throw PyTypeError("can't compare offset-naive and offset-aware datetimes");
    return a.utcMicroseconds() <=> b.utcMicroseconds();
}

std::string isoformat(const DateTime &dt)
{
    std::array<char, 48> buf{};
    if (dt.microsecond != 0)
        std::snprintf(buf.data(), buf.size(), "%04d-%02d-%02dT%02d:%02d:%02d.%06d", dt.year,
                      dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond);
    else
        std::snprintf(buf.data(), buf.size(), "%04d-%02d-%02dT%02d:%02d:%02d", dt.year, dt.month,
                      dt.day, dt.hour, dt.minute, dt.second);
    std::string out = buf.data();
    if (dt.aware()) out += formatOffset(*dt.offsetMicroseconds);
    return out;
}

DateTime toUtc(const DateTime &dt)
{
    const std::int64_t utc = dt.utcMicroseconds();
    // Python's astimezone raises OverflowError when the instant leaves years 1..9999.
    const std::int64_t maxUs = static_cast<std::int64_t>(ymdToOrd(kMaxYear, 12, 31)) * kUsPerDay;
    if (utc < 0 || utc >= maxUs) throw PyTypeError("date value out of range");
    DateTime out = fromWallMicroseconds(utc);
    out.offsetMicroseconds = 0;
    return out;
}

} // namespace dtdb::py
