#include "activitychartview.h"

#include "activitylabels.h"
#include "activityoverlay.h"
#include "activityticks.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QGraphicsLayout>
#include <QHelpEvent>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace dtdb::views {

namespace {

// Wheel notches: each zooms by this factor, or pans by this share of the visible span.
constexpr double ZoomPerNotch = 0.8;
constexpr double PanPerNotch = 0.1;
// Roughly the width an axis label needs, so that labels never collide.
constexpr int PixelsPerTick = 110;
// How close (in pixels) the mouse must be to a snapshot for its tooltip.
constexpr qreal SnapshotReach = 5.0;

// A y range with room above the highest bucket, split at round counts.
struct YScale
{
    std::uint32_t max = 1;
    int ticks = 2;
};

// The smallest 1-2-5 interval that splits [0, top] in at most 4.
std::uint64_t niceInterval(double top)
{
    for (std::uint64_t decade = 1;; decade *= 10)
        for (const std::uint64_t m : {1, 2, 5})
            if (top <= 4.0 * double(decade * m)) return decade * m;
}

YScale yScale(std::uint32_t highest)
{
    const double top = std::max(1.0, std::ceil(highest * 1.08));
    const std::uint64_t interval = niceInterval(top);
    const auto intervals = std::uint64_t(std::ceil(top / double(interval)));
    return {std::uint32_t(intervals * interval), int(intervals) + 1};
}

} // namespace

ActivityChartView::ActivityChartView(QWidget *parent) : QChartView(parent)
{
    auto *chart = new QChart;
    chart->legend()->hide(); // the timeline shows its own, one line above the chart
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 10, 12, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::NoFocus); // keys belong to the timeline around it
    setMinimumHeight(120);

    m_axisX = new QCategoryAxis; // the chart takes both axes
    m_axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_axisY = new QValueAxis;
    m_axisY->setLabelFormat(QStringLiteral("%d"));
    m_axisY->setMinorTickCount(0);
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);

    for (std::size_t level = 0; level < m_layers.size(); ++level) {
        Layer &layer = m_layers[level];
        layer.upper = new QLineSeries;
        layer.lower = new QLineSeries;
        layer.area = new QAreaSeries(layer.upper, layer.lower);
        layer.area->setName(ActivityLabels::categoryName(ActivityLabels::StackOrder[level]));
        chart->addSeries(layer.area); // the chart owns the area, the area its two lines
        layer.upper->setParent(layer.area);
        layer.lower->setParent(layer.area);
        layer.area->attachAxis(m_axisX);
        layer.area->attachAxis(m_axisY);
    }

    m_overlay = new ActivityOverlay(chart);
    connect(chart, &QChart::plotAreaChanged, this, [this] { m_overlay->plotAreaChanged(); });
    applyPalette();
    updateAxes();
}

void ActivityChartView::setActivity(const document::Activity &activity, std::int64_t base,
                                    QStringList snapshotToolTips)
{
    m_activity = activity;
    m_base = base;
    m_snapshotToolTips = std::move(snapshotToolTips);

    // Step-shaped outlines: each bucket is a flat top from its start to its end, so the areas
    // read as a histogram. Each layer lies on the running sum of the layers below it.
    const std::size_t n = m_activity.buckets.size();
    std::vector<double> stacked(n, 0.0);
    for (std::size_t level = 0; level < m_layers.size(); ++level) {
        QList<QPointF> lower, upper;
        lower.reserve(qsizetype(2 * n));
        upper.reserve(qsizetype(2 * n));
        for (std::size_t k = 0; k < n; ++k) {
            const document::ActivityBucket &b = m_activity.buckets[k];
            const double x0 = double(b.start - m_base), x1 = double(b.end - m_base);
            lower << QPointF(x0, stacked[k]) << QPointF(x1, stacked[k]);
            stacked[k] += b.count(ActivityLabels::StackOrder[level]);
            upper << QPointF(x0, stacked[k]) << QPointF(x1, stacked[k]);
        }
        m_layers[level].lower->replace(lower);
        m_layers[level].upper->replace(upper);
    }

    QList<qreal> snapshots;
    for (const document::SnapshotMarker &s : m_activity.snapshots)
        snapshots << qreal(s.x - m_base);
    m_overlay->setSnapshots(snapshots);
    updateAxes();
}

void ActivityChartView::setCursorX(std::optional<std::int64_t> x)
{
    m_overlay->setCursor(x ? std::optional<qreal>(qreal(*x - m_base)) : std::nullopt);
}

void ActivityChartView::updateAxes()
{
    const std::int64_t from = m_activity.from;
    const std::int64_t to = std::max(m_activity.to, from + 1);
    const qreal min = qreal(from - m_base), max = qreal(to - m_base);
    m_axisX->setRange(min, max);
    m_overlay->setRange(min, max);

    // Category labels must be unique, and the categories follow each other from the start.
    for (const QString &label : m_axisX->categoriesLabels())
        m_axisX->remove(label);
    m_axisX->setStartValue(min);
    if (!m_activity.buckets.empty()) {
        const int maxTicks = std::max(2, width() / PixelsPerTick);
        for (const AxisTick &tick : activityTicks(m_activity.axis, from, to, maxTicks)) {
            const qreal x = qreal(tick.x - m_base);
            if (x > min && !m_axisX->categoriesLabels().contains(tick.label))
                m_axisX->append(tick.label, x);
        }
    }

    const YScale y = yScale(m_activity.maxTotal());
    m_axisY->setRange(0, y.max);
    m_axisY->setTickCount(y.ticks);
}

void ActivityChartView::applyPalette()
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    QColor grid = text;
    grid.setAlpha(28);
    QColor axisLine = text;
    axisLine.setAlpha(90);
    QColor labels = text;
    labels.setAlpha(190);
    QFont labelFont = font();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.9);

    chart()->setBackgroundBrush(pal.base());
    chart()->setBackgroundPen(Qt::NoPen);
    setBackgroundBrush(pal.base());
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_axisX), static_cast<QAbstractAxis *>(m_axisY)}) {
        axis->setLabelsColor(labels);
        axis->setLabelsFont(labelFont);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(axisLine);
    }
    for (std::size_t level = 0; level < m_layers.size(); ++level) {
        const QColor color = ActivityLabels::categoryColor(ActivityLabels::StackOrder[level]);
        m_layers[level].area->setColor(color);
        QPen border(color.darker(118), 1.0);
        border.setCosmetic(true);
        m_layers[level].area->setPen(border);
    }
    // The snapshots' dark teal would sink into a dark background.
    const QColor snapshot = ActivityLabels::snapshotColor();
    m_overlay->setColors(text, pal.color(QPalette::Base).lightness() < 128 ? snapshot.lighter(170)
                                                                           : snapshot);
}

QRectF ActivityChartView::plotRect() const
{
    const QRectF scene = chart()->mapRectToScene(chart()->plotArea());
    return QRectF(mapFromScene(scene.topLeft()), mapFromScene(scene.bottomRight()));
}

std::int64_t ActivityChartView::xAt(const QPointF &viewportPoint) const
{
    const QRectF plot = plotRect();
    if (plot.width() <= 0) return m_activity.from;
    const double f = std::clamp((viewportPoint.x() - plot.left()) / plot.width(), 0.0, 1.0);
    return m_activity.from + std::llround(f * double(m_activity.to - m_activity.from));
}

QPointF ActivityChartView::pointAt(std::int64_t x) const
{
    const QRectF plot = plotRect();
    const double span = double(std::max<std::int64_t>(m_activity.to - m_activity.from, 1));
    return {plot.left() + double(x - m_activity.from) / span * plot.width(), plot.center().y()};
}

void ActivityChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) return QChartView::mousePressEvent(event);
    m_dragging = true;
    QToolTip::hideText();
    Q_EMIT cursorDragged(xAt(event->position()));
    event->accept();
}

void ActivityChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging) return QChartView::mouseMoveEvent(event);
    Q_EMIT cursorDragged(xAt(event->position()));
    event->accept();
}

void ActivityChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) return QChartView::mouseReleaseEvent(event);
    m_dragging = false;
    event->accept();
}

void ActivityChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) return QChartView::mouseDoubleClickEvent(event);
    Q_EMIT resetZoomRequested();
    event->accept();
}

void ActivityChartView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    const bool sideways = std::abs(delta.x()) > std::abs(delta.y());
    if (sideways || event->modifiers() & Qt::ShiftModifier) {
        const int notches = sideways ? -delta.x() : -delta.y();
        Q_EMIT panRequested(notches / 120.0 * PanPerNotch);
    } else if (delta.y() != 0) {
        Q_EMIT zoomRequested(xAt(event->position()), std::pow(ZoomPerNotch, delta.y() / 120.0));
    }
    event->accept();
}

void ActivityChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    updateAxes(); // the number of labels that fit follows the width
}

void ActivityChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPalette();
}

bool ActivityChartView::viewportEvent(QEvent *event)
{
    if (event->type() != QEvent::ToolTip) return QChartView::viewportEvent(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const QPointF pos = help->pos();
    const QRectF plot = plotRect();
    if (m_dragging || !plot.contains(pos)) {
        QToolTip::hideText();
        return true;
    }
    // A snapshot under the mouse tells which file it is; elsewhere the bucket tells its counts.
    for (std::size_t i = 0; i < m_activity.snapshots.size(); ++i) {
        const qreal sx = pointAt(m_activity.snapshots[i].x).x();
        if (std::abs(sx - pos.x()) <= SnapshotReach && qsizetype(i) < m_snapshotToolTips.size()) {
            const QRect area(int(sx - SnapshotReach), int(plot.top()), int(2 * SnapshotReach + 1),
                             int(plot.height()));
            QToolTip::showText(help->globalPos(), m_snapshotToolTips[qsizetype(i)], viewport(),
                               area);
            return true;
        }
    }
    if (const document::ActivityBucket *b = m_activity.bucketAt(xAt(pos))) {
        const qreal left = std::max(pointAt(b->start).x(), plot.left());
        const qreal right = std::min(pointAt(b->end).x(), plot.right());
        const QRect area(int(left), int(plot.top()), std::max(1, int(right - left)),
                         int(plot.height()));
        QToolTip::showText(help->globalPos(), ActivityLabels::bucketToolTip(m_activity.axis, *b),
                           viewport(), area);
        return true;
    }
    QToolTip::hideText();
    return true;
}

} // namespace dtdb::views
