#include "activityticks.h"

#include <QCoreApplication>

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace dtdb::views {

namespace {

using namespace document::micros;

QDateTime utc(std::int64_t micros)
{
    return QDateTime::fromMSecsSinceEpoch(micros / 1000 - (micros % 1000 < 0 ? 1 : 0),
                                          QTimeZone::utc());
}

QString timeLabel(const QLocale &locale, std::int64_t x, std::int64_t step, bool manyDays,
                  bool manyYears)
{
    const QDateTime t = utc(x);
    // Date formats per language (Japanese writes "3月3日", "2025年3月3日").
    const QString date =
        manyYears ? QCoreApplication::translate("dtdb::views::ActivityTicks", "MMM d yyyy")
                  : QCoreApplication::translate("dtdb::views::ActivityTicks", "MMM d");
    if (step % Day == 0 || (t.time() == QTime(0, 0) && step >= Minute))
        return locale.toString(t, date);
    QString time = step < Second   ? QStringLiteral("HH:mm:ss.zzz")
                   : step < Minute ? QStringLiteral("HH:mm:ss")
                                   : QStringLiteral("HH:mm");
    // Over more than a day the same time of day comes back: the date tells them apart.
    if (manyDays) time = date + QLatin1Char(' ') + time;
    return locale.toString(t, time);
}

} // namespace

std::vector<AxisTick> activityTicks(document::ActivityAxis axis, std::int64_t from, std::int64_t to,
                                    int maxTicks)
{
    std::vector<AxisTick> ticks;
    if (to <= from) return ticks;
    document::ActivityGrid grid = document::niceGrid(axis, from, to + 1, std::max(maxTicks, 1));
    const QLocale locale;
    if (axis == document::ActivityAxis::Position) {
        grid.origin = 0; // round entry numbers, whatever the buckets' alignment
        for (std::int64_t k = grid.bucketOf(from); grid.startOf(k) <= to; ++k)
            if (const std::int64_t x = grid.startOf(k); x >= from)
                ticks.push_back({x, locale.toString(qint64(x))});
        return ticks;
    }
    const bool manyDays = to - from >= Day;
    const bool manyYears = utc(from).date().year() != utc(to).date().year();
    for (std::int64_t k = grid.bucketOf(from); grid.startOf(k) <= to; ++k)
        if (const std::int64_t x = grid.startOf(k); x >= from)
            ticks.push_back({x, timeLabel(locale, x, grid.step, manyDays, manyYears)});
    return ticks;
}

} // namespace dtdb::views
