#include "servernames.h"

#include <QRegularExpression>

#include <chrono>

namespace dtdb::history {

std::int64_t unixMicros(int year, int month, int day, int hour, int minute, int second,
                        int microsecond)
{
    using namespace std::chrono;
    const sys_days date{std::chrono::year{year} / std::chrono::month{unsigned(month)} /
                        std::chrono::day{unsigned(day)}};
    const auto seconds =
        date.time_since_epoch() + hours{hour} + minutes{minute} + std::chrono::seconds{second};
    return duration_cast<microseconds>(seconds).count() + microsecond;
}

namespace {

// The calendar fields of a UTC time.
struct UtcFields
{
    int year;
    unsigned month, day;
    int hour, minute, second;
    long long micros;
};

UtcFields utcFields(std::int64_t utcMicros)
{
    using namespace std::chrono;
    const sys_time<microseconds> t{microseconds{utcMicros}};
    const auto days = floor<std::chrono::days>(t);
    const year_month_day ymd{days};
    const hh_mm_ss hms{t - days};
    return {int(ymd.year()),
            unsigned(ymd.month()),
            unsigned(ymd.day()),
            int(hms.hours().count()),
            int(hms.minutes().count()),
            int(hms.seconds().count()),
            static_cast<long long>(hms.subseconds().count())};
}

} // namespace

QString isoUtc(std::int64_t utcMicros)
{
    const UtcFields f = utcFields(utcMicros);
    QString s = QString::asprintf("%04d-%02u-%02uT%02d:%02d:%02d", f.year, f.month, f.day, f.hour,
                                  f.minute, f.second);
    if (f.micros != 0) s += QString::asprintf(".%06lld", f.micros);
    return s + QStringLiteral("+00:00");
}

QString serverTimestamp(std::int64_t utcMicros)
{
    const UtcFields f = utcFields(utcMicros);
    return QString::asprintf("%04d%02u%02uT%02d%02d%02d%06lld", f.year, f.month, f.day, f.hour,
                             f.minute, f.second, f.micros);
}

std::optional<ServerFileName> parseServerFileName(const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(backup|q|log)_(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{6})_([0-9a-f]{8})\.(dtdb|q|log)$)"));
    const QRegularExpressionMatch m = pattern.match(fileName);
    if (!m.hasMatch()) return std::nullopt;
    const QString prefix = m.captured(1);
    const QString extension = m.captured(10);
    ServerFileName name;
    if (prefix == QLatin1String("backup") && extension == QLatin1String("dtdb"))
        name.kind = ServerFileName::Kind::Backup;
    else if (prefix == QLatin1String("q") && extension == QLatin1String("q"))
        name.kind = ServerFileName::Kind::Query;
    else if (prefix == QLatin1String("log") && extension == QLatin1String("log"))
        name.kind = ServerFileName::Kind::Log;
    else
        return std::nullopt;
    const int month = m.captured(3).toInt(), day = m.captured(4).toInt();
    const int hour = m.captured(5).toInt(), minute = m.captured(6).toInt();
    const int second = m.captured(7).toInt();
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    name.utcMicros =
        unixMicros(m.captured(2).toInt(), month, day, hour, minute, second, m.captured(8).toInt());
    name.id = m.captured(9);
    return name;
}

} // namespace dtdb::history
