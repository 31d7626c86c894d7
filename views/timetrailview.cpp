#include "timetrailview.h"

#include "valuetext.h"

#include <QColor>
#include <QHeaderView>

#include <algorithm>
#include <tuple>

namespace dtdb::views {

TimeTrailView::TimeTrailView(QWidget *parent) : QTreeWidget(parent)
{
    setHeaderLabels({tr("Time (UTC)"), tr("Location"), tr("Latency"), tr("Context")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    // Sized to fit a narrow dock: times and latencies whole, locations and contexts share the
    // rest (elided; the tooltips have them whole).
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(LocationColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(LatencyColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(ContextColumn, QHeaderView::Stretch);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

QString TimeTrailView::formatLatency(std::int64_t micros)
{
    const QString sign = micros < 0 ? QString(QChar(0x2212)) : QStringLiteral("+");
    const std::int64_t a = micros < 0 ? -micros : micros;
    constexpr std::int64_t ms = 1000, s = 1000 * ms, min = 60 * s, h = 60 * min, d = 24 * h;
    QString text;
    if (a < ms)
        text = tr("%1 µs").arg(a);
    else if (a < s)
        text = tr("%1 ms").arg(double(a) / double(ms), 0, 'f', a < 10 * ms ? 1 : 0);
    else if (a < min)
        text = tr("%1 s").arg(double(a) / double(s), 0, 'f', a < 10 * s ? 2 : 1);
    else if (a < h)
        text = tr("%1 min %2 s").arg(a / min).arg((a % min) / s);
    else if (a < d)
        text = tr("%1 h %2 min").arg(a / h).arg((a % h) / min);
    else
        text = tr("%1 d %2 h").arg(a / d).arg((a % d) / h);
    return sign + text;
}

QString TimeTrailView::formatTimestamp(const py::DateTime &timestamp, bool withDate)
{
    const py::DateTime utc = py::toUtc(timestamp);
    QString text = QStringLiteral("%1:%2:%3")
                       .arg(utc.hour, 2, 10, QLatin1Char('0'))
                       .arg(utc.minute, 2, 10, QLatin1Char('0'))
                       .arg(utc.second, 2, 10, QLatin1Char('0'));
    if (utc.microsecond) {
        QString fraction = QStringLiteral("%1").arg(utc.microsecond, 6, 10, QLatin1Char('0'));
        while (fraction.endsWith(QLatin1Char('0')))
            fraction.chop(1);
        text += QLatin1Char('.') + fraction;
    }
    if (!withDate) return text;
    return QStringLiteral("%1-%2-%3 ")
               .arg(utc.year, 4, 10, QLatin1Char('0'))
               .arg(utc.month, 2, 10, QLatin1Char('0'))
               .arg(utc.day, 2, 10, QLatin1Char('0')) +
           text;
}

void TimeTrailView::setTrail(const TemporalTrace &trail)
{
    clear();
    const auto &nodes = trail.nodes;
    // Hops of one day show their time of day only; the day is in the summary.
    const auto day = [](const py::DateTime &t) {
        const py::DateTime utc = py::toUtc(t);
        return std::tuple(utc.year, utc.month, utc.day);
    };
    const bool oneDay = std::all_of(nodes.begin(), nodes.end(), [&](const TimestampNode &hop) {
        return day(hop.timestamp) == day(nodes.front().timestamp);
    });
    bool anyContext = false;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const TimestampNode &hop = nodes[i];
        auto *row = new QTreeWidgetItem(this);
        row->setText(TimeColumn, formatTimestamp(hop.timestamp, !oneDay));
        row->setToolTip(TimeColumn, QString::fromStdString(py::isoformat(hop.timestamp)));
        row->setText(LocationColumn, document::displayText(hop.location));
        row->setToolTip(LocationColumn, document::displayText(hop.location, 2000));
        if (i > 0) {
            const std::int64_t latency =
                hop.timestamp.utcMicroseconds() - nodes[i - 1].timestamp.utcMicroseconds();
            row->setText(LatencyColumn, formatLatency(latency));
            if (latency < 0) {
                row->setForeground(LatencyColumn, QColor(0xc0, 0x39, 0x2b));
                row->setToolTip(LatencyColumn,
                                tr("Earlier than the hop before it: the clocks disagree."));
            }
        }
        if (!hop.context.is_null() && !(hop.context.is_structured() && hop.context.empty())) {
            anyContext = true;
            row->setText(ContextColumn, document::compactText(hop.context, 200));
            row->setToolTip(ContextColumn, document::compactText(hop.context, 4000));
        }
    }
    setColumnHidden(ContextColumn, !anyContext);

    if (nodes.empty()) {
        m_summary = tr("The trail has no hops: the Cause gives no time.");
        return;
    }
    const py::DateTime first = py::toUtc(nodes.front().timestamp);
    const QString date = QStringLiteral("%1-%2-%3")
                             .arg(first.year, 4, 10, QLatin1Char('0'))
                             .arg(first.month, 2, 10, QLatin1Char('0'))
                             .arg(first.day, 2, 10, QLatin1Char('0'));
    if (nodes.size() == 1) {
        m_summary = tr("One hop, on %1.").arg(date);
        return;
    }
    const std::int64_t span =
        nodes.back().timestamp.utcMicroseconds() - nodes.front().timestamp.utcMicroseconds();
    const QString length = formatLatency(span);
    m_summary = (oneDay ? tr("%1 hops over %2, on %3.") : tr("%1 hops over %2, from %3."))
                    .arg(nodes.size())
                    .arg(span < 0 ? length : length.mid(1), date);
}

} // namespace dtdb::views
