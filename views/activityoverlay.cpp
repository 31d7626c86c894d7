#include "activityoverlay.h"

#include <QChart>
#include <QPainter>
#include <QPainterPath>

namespace dtdb::views {

namespace {

// Room above and below the plot area for the cursor's handle and the snapshot diamonds.
constexpr qreal Handle = 5.0;

} // namespace

ActivityOverlay::ActivityOverlay(QChart *chart) : QGraphicsItem(chart), m_chart(chart)
{
    setZValue(100); // above the series and the grid
    setAcceptedMouseButtons(Qt::NoButton);
    m_plot = chart->plotArea();
}

void ActivityOverlay::setRange(qreal min, qreal max)
{
    m_min = min;
    m_max = max > min ? max : min + 1;
    update();
}

void ActivityOverlay::setCursor(std::optional<qreal> x)
{
    if (x == m_cursor) return;
    m_cursor = x;
    update();
}

void ActivityOverlay::setSnapshots(QList<qreal> xs)
{
    m_snapshots = std::move(xs);
    update();
}

void ActivityOverlay::setColors(const QColor &cursor, const QColor &snapshot)
{
    m_cursorColor = cursor;
    m_snapshotColor = snapshot;
    update();
}

void ActivityOverlay::plotAreaChanged()
{
    prepareGeometryChange();
    m_plot = m_chart->plotArea();
}

qreal ActivityOverlay::plotX(qreal x) const
{
    return m_plot.left() + (x - m_min) / (m_max - m_min) * m_plot.width();
}

QRectF ActivityOverlay::boundingRect() const
{
    return m_plot.adjusted(-Handle - 1, -Handle - 1, Handle + 1, Handle + 1);
}

void ActivityOverlay::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_plot.isEmpty()) return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const auto visible = [&](qreal sx) {
        return sx >= m_plot.left() - 0.5 && sx <= m_plot.right() + 0.5;
    };

    QPen dashed(m_snapshotColor, 1.0, Qt::DashLine);
    dashed.setCosmetic(true);
    for (const qreal x : std::as_const(m_snapshots)) {
        const qreal sx = plotX(x);
        if (!visible(sx)) continue;
        painter->setPen(dashed);
        painter->drawLine(QPointF(sx, m_plot.top()), QPointF(sx, m_plot.bottom()));
        QPainterPath diamond;
        const qreal top = m_plot.top();
        diamond.moveTo(sx, top - Handle);
        diamond.lineTo(sx + Handle, top);
        diamond.lineTo(sx, top + Handle);
        diamond.lineTo(sx - Handle, top);
        diamond.closeSubpath();
        painter->setPen(Qt::NoPen);
        painter->fillPath(diamond, m_snapshotColor);
    }

    if (m_cursor && visible(plotX(*m_cursor))) {
        const qreal sx = plotX(*m_cursor);
        painter->setPen(QPen(m_cursorColor, 2.0));
        painter->drawLine(QPointF(sx, m_plot.top()), QPointF(sx, m_plot.bottom()));
        // A handle below the plot shows the cursor can be grabbed.
        QPainterPath handle;
        const qreal bottom = m_plot.bottom();
        handle.moveTo(sx, bottom - Handle);
        handle.lineTo(sx + Handle, bottom + Handle);
        handle.lineTo(sx - Handle, bottom + Handle);
        handle.closeSubpath();
        painter->setPen(Qt::NoPen);
        painter->fillPath(handle, m_cursorColor);
    }
    painter->restore();
}

} // namespace dtdb::views
