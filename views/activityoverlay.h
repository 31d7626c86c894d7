#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QList>

#include <optional>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace dtdb::views {

// Drawn over a chart's plot area: the snapshots as dashed lines with a diamond at the top, and
// the cursor as a solid line with a handle. Positions are chart x values; drawing them here,
// instead of as series, keeps them out of the axes' ranges and redraws only this item when the
// cursor moves.
class ActivityOverlay : public QGraphicsItem
{
public:
    explicit ActivityOverlay(QChart *chart);

    // The x values at the plot's left and right edges.
    void setRange(qreal min, qreal max);
    void setCursor(std::optional<qreal> x);
    void setSnapshots(QList<qreal> xs);
    void setColors(const QColor &cursor, const QColor &snapshot);
    // The chart's plot area moved or changed size.
    void plotAreaChanged();

    // The horizontal coordinate, in the chart item, of a chart x value.
    qreal plotX(qreal x) const;
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QChart *m_chart;
    QRectF m_plot;
    qreal m_min = 0, m_max = 1;
    std::optional<qreal> m_cursor;
    QList<qreal> m_snapshots;
    QColor m_cursorColor = Qt::black, m_snapshotColor = Qt::darkCyan;
};

} // namespace dtdb::views
