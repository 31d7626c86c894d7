#pragma once

#include "activity.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace dtdb::views {

// The words and colours of the activity chart, shared by the chart, its legend, its tooltips
// and the timeline's cursor label. Times are shown in UTC, as the history records them.
class ActivityLabels
{
    Q_DECLARE_TR_FUNCTIONS(dtdb::views::ActivityLabels)
public:
    // Bottom to top in the stacked chart: failures first, so that they are never hidden above a
    // tall stack, reads last, as the least telling.
    static constexpr document::ActivityCategory StackOrder[] = {
        document::ActivityCategory::Failed,    document::ActivityCategory::Add,
        document::ActivityCategory::Update,    document::ActivityCategory::Delete,
        document::ActivityCategory::Structure, document::ActivityCategory::Read};

    static QString categoryName(document::ActivityCategory category);
    static QColor categoryColor(document::ActivityCategory category);
    static QColor snapshotColor();

    // "15 min", "1 day", "4 weeks", "500 entries" (English plurals come from the translation).
    static QString stepName(document::ActivityAxis axis, std::int64_t step);
    // "2025-03-02 16:00:00.000 UTC": the time as every view shows it, with its zone.
    static QString dateTime(std::int64_t utcMicros);
    // "Entry 1,234 / 2,566 · 2025-03-14 09:30:00 UTC" (without the time when it is NoTime).
    static QString cursorText(std::size_t position, std::size_t count, std::int64_t utcMicros);
    // The span of a bucket: "2025-03-02 12:00 – 18:00 UTC", "Entries 101–200".
    static QString bucketSpan(document::ActivityAxis axis, const document::ActivityBucket &bucket);
    // A bucket's counts per category, as rich text for a tooltip.
    static QString bucketToolTip(document::ActivityAxis axis,
                                 const document::ActivityBucket &bucket);
};

} // namespace dtdb::views
