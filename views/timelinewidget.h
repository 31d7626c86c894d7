#pragma once

#include "activity.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QSlider;
class QToolButton;
QT_END_NAMESPACE

namespace dtdb::document {
class HistoryDocument;
}

namespace dtdb::views {

class ActivityChartView;

// The timeline dock's content: the activity chart of the history over a zoomable range, a
// slider over all entries and the cursor's entry and time. The chart and the slider share the
// document's cursor: clicking or dragging either moves it, and both follow it when anything
// else moves it. Keys (when it has focus): Left/Right one entry, PgUp/PgDn one bucket,
// Home/End the start and the newest state.
class TimelineWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineWidget(document::HistoryDocument *doc, QWidget *parent = nullptr);

    const document::ActivityIndex &activityIndex() const { return m_index; }
    // The buckets of the visible range.
    const document::Activity &activity() const;
    ActivityChartView *chartView() const { return m_chart; }

    // Shows [from, to) of the x axis, kept within the history.
    void zoomTo(std::int64_t from, std::int64_t to);
    bool isZoomed() const { return m_zoomed; }

    // Writes the chart, as shown, to a PNG file (atomically: an existing file is replaced only
    // by a complete image). Returns false with *error set when it cannot.
    bool saveChartPng(const QString &path, QString *error = nullptr);

public Q_SLOTS:
    // Asks for an entry number or a date-time and moves the cursor there.
    void goTo();
    // Shows the whole history.
    void resetZoom();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void historyOpened();
    void entriesChanged();
    void moveCursor(std::size_t position, bool keepInView);
    void showCursor();
    void setView(std::int64_t from, std::int64_t to);
    void zoom(std::int64_t around, double factor);
    void pan(double fraction);
    void refreshActivity();
    int maxBuckets() const;
    std::pair<std::int64_t, std::int64_t> fullRange() const;
    std::int64_t minSpan() const;
    QStringList snapshotToolTips(const document::Activity &activity) const;

    document::HistoryDocument *m_doc;
    document::ActivityIndex m_index;
    std::int64_t m_base = 0;           // the chart's x origin, fixed while a history is open
    std::int64_t m_from = 0, m_to = 1; // the visible range
    bool m_zoomed = false;
    ActivityChartView *m_chart;
    QSlider *m_slider;
    QLabel *m_legend, *m_bucketLabel, *m_cursorLabel;
    QToolButton *m_resetZoom, *m_goTo;
};

} // namespace dtdb::views
