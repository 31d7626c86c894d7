#include "activitylabels.h"

#include "displaytext.h"
#include "history.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <climits>

namespace dtdb::views {

using document::ActivityAxis;
using document::ActivityCategory;

namespace {

using namespace document::micros;

QDateTime utc(std::int64_t micros)
{
    // Floor, so that times before 1970 do not round towards it.
    const std::int64_t ms = micros / 1000 - (micros % 1000 < 0 ? 1 : 0);
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

// The precision a bucket of `step` needs to be told apart from its neighbours.
QString timeFormat(std::int64_t step)
{
    if (step < Second) return QStringLiteral("HH:mm:ss.zzz");
    if (step < Minute) return QStringLiteral("HH:mm:ss");
    return QStringLiteral("HH:mm");
}

} // namespace

QString ActivityLabels::categoryName(ActivityCategory category)
{
    switch (category) {
    case ActivityCategory::Add:
        return tr("Add");
    case ActivityCategory::Update:
        return tr("Update");
    case ActivityCategory::Delete:
        return tr("Delete");
    case ActivityCategory::Read:
        return tr("Read");
    case ActivityCategory::Structure:
        return tr("Structure");
    case ActivityCategory::Failed:
        break;
    }
    return tr("Failed");
}

QColor ActivityLabels::categoryColor(ActivityCategory category)
{
    // Muted hues that stay apart for the common colour-vision deficiencies; only failures are
    // red, and reads, the most frequent and least telling, are the palest.
    switch (category) {
    case ActivityCategory::Add:
        return QColor(0x59, 0xa1, 0x4f);
    case ActivityCategory::Update:
        return QColor(0x4e, 0x79, 0xa7);
    case ActivityCategory::Delete:
        return QColor(0xf2, 0x8e, 0x2b);
    case ActivityCategory::Read:
        return QColor(0xa9, 0xbc, 0xd0);
    case ActivityCategory::Structure:
        return QColor(0xb0, 0x7a, 0xa1);
    case ActivityCategory::Failed:
        break;
    }
    return QColor(0xd6, 0x27, 0x28);
}

QColor ActivityLabels::snapshotColor()
{
    return QColor(0x0f, 0x76, 0x6e);
}

QString ActivityLabels::stepName(ActivityAxis axis, std::int64_t step)
{
    if (axis == ActivityAxis::Position)
        return tr("%Ln entries", nullptr, int(std::min<std::int64_t>(step, INT_MAX)));
    if (step % Week == 0) return tr("%Ln week(s)", nullptr, int(step / Week));
    if (step % Day == 0) return tr("%Ln day(s)", nullptr, int(step / Day));
    if (step % Hour == 0) return tr("%1 h").arg(step / Hour);
    if (step % Minute == 0) return tr("%1 min").arg(step / Minute);
    if (step % Second == 0) return tr("%1 s").arg(step / Second);
    if (step % Millisecond == 0) return tr("%1 ms").arg(step / Millisecond);
    return tr("%1 µs").arg(step);
}

QString ActivityLabels::dateTime(std::int64_t utcMicros)
{
    return tr("%1 UTC").arg(document::displayTime(utcMicros));
}

QString ActivityLabels::cursorText(std::size_t position, std::size_t count, std::int64_t utcMicros)
{
    const QLocale locale;
    const QString entry =
        tr("Entry %1 / %2")
            .arg(locale.toString(qulonglong(position)), locale.toString(qulonglong(count)));
    if (utcMicros == history::NoTime) return entry;
    return tr("%1 · %2").arg(entry, dateTime(utcMicros));
}

QString ActivityLabels::bucketSpan(ActivityAxis axis, const document::ActivityBucket &bucket)
{
    const std::int64_t step = bucket.end - bucket.start;
    if (axis == ActivityAxis::Position) {
        const QLocale locale;
        if (step == 1) return tr("Entry %1").arg(locale.toString(qint64(bucket.start)));
        return tr("Entries %1–%2")
            .arg(locale.toString(qint64(bucket.start)), locale.toString(qint64(bucket.end - 1)));
    }
    const QString date = QStringLiteral("yyyy-MM-dd");
    if (step % Day == 0) {
        const QString first = utc(bucket.start).toString(date);
        if (step == Day) return first;
        return tr("%1 – %2").arg(first, utc(bucket.end - Day).toString(date));
    }
    const QString time = timeFormat(step);
    return tr("%1 – %2 UTC")
        .arg(utc(bucket.start).toString(date + QLatin1Char(' ') + time),
             utc(bucket.end).toString(time));
}

QString ActivityLabels::bucketToolTip(ActivityAxis axis, const document::ActivityBucket &bucket)
{
    const QLocale locale;
    const std::uint32_t total = bucket.total();
    QString text = QStringLiteral("<b>") + bucketSpan(axis, bucket).toHtmlEscaped() +
                   QStringLiteral("</b><br>") + tr("%Ln entries", nullptr, int(total));
    if (total == 0) return text;
    text += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
    // Listed top to bottom as they are stacked.
    for (auto it = std::rbegin(StackOrder); it != std::rend(StackOrder); ++it) {
        const std::uint32_t n = bucket.count(*it);
        if (n == 0) continue;
        text += QStringLiteral("<tr><td><span style=\"color:%1\">&#9632;</span> %2</td>"
                               "<td align=\"right\">&nbsp;&nbsp;%3</td></tr>")
                    .arg(categoryColor(*it).name(), categoryName(*it).toHtmlEscaped(),
                         locale.toString(n));
    }
    return text + QStringLiteral("</table>");
}

} // namespace dtdb::views
