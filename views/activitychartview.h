#pragma once

#include "activity.h"

#include <QChartView>
#include <QStringList>

#include <array>
#include <optional>

QT_BEGIN_NAMESPACE
class QAreaSeries;
class QCategoryAxis;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace dtdb::views {

class ActivityOverlay;

// The activity histogram: one stacked area per category over the buckets, the snapshots and the
// cursor drawn over it, a tooltip per bucket. It only shows what it is given and reports what
// the mouse asks for (move the cursor, zoom, pan); the timeline decides.
class ActivityChartView : public QChartView
{
    Q_OBJECT
public:
    explicit ActivityChartView(QWidget *parent = nullptr);

    // Shows `activity` over its range [from, to). Chart x values are model x minus `base`, so
    // that doubles hold every microsecond exactly. One tooltip per snapshot of the activity.
    void setActivity(const document::Activity &activity, std::int64_t base,
                     QStringList snapshotToolTips);
    const document::Activity &activity() const { return m_activity; }
    void setCursorX(std::optional<std::int64_t> x);

    // The plot area in viewport coordinates.
    QRectF plotRect() const;
    // The model x under a viewport point, the point clamped into the plot horizontally.
    std::int64_t xAt(const QPointF &viewportPoint) const;
    // The viewport point of a model x, at the plot's vertical middle.
    QPointF pointAt(std::int64_t x) const;

Q_SIGNALS:
    void cursorDragged(std::int64_t x);                      // left button pressed or dragging
    void zoomRequested(std::int64_t aroundX, double factor); // factor < 1 zooms in
    void panRequested(double fraction);                      // of the visible span, > 0 later
    void resetZoomRequested();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void applyPalette();
    void updateAxes();

    struct Layer
    {
        QAreaSeries *area = nullptr;
        QLineSeries *upper = nullptr;
        QLineSeries *lower = nullptr;
    };
    std::array<Layer, document::ActivityCategoryCount> m_layers;
    QCategoryAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    ActivityOverlay *m_overlay = nullptr;
    document::Activity m_activity;
    std::int64_t m_base = 0;
    QStringList m_snapshotToolTips;
    bool m_dragging = false;
};

} // namespace dtdb::views
