#pragma once

#include "cause.h"

#include <QTreeWidget>

namespace dtdb::views {

// The hops of a TemporalTrace (spec §8.4), one row each: when, where, how long after the hop
// before it, and the hop's context. A hop earlier than the one before it (clocks disagree) is
// marked.
class TimeTrailView : public QTreeWidget
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        LocationColumn,
        LatencyColumn,
        ContextColumn
    };

    explicit TimeTrailView(QWidget *parent = nullptr);

    void setTrail(const TemporalTrace &trail);
    // "3 hops over 1.25 s on 2025-03-02", or why there is no time.
    QString summary() const { return m_summary; }

    // A duration for people: "+250 ms", "+1.25 s", "+3 min 5 s", "+2 h 3 min", "+4 d 1 h".
    static QString formatLatency(std::int64_t micros);
    // A timestamp in UTC to the microsecond the log has, e.g. "2025-03-02 17:01:19.0062", or
    // only the time of day ("17:01:19.0062").
    static QString formatTimestamp(const py::DateTime &timestamp, bool withDate = true);

private:
    QString m_summary;
};

} // namespace dtdb::views
