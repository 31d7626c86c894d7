#include "timelinewidget.h"

#include <QCoreApplication>

#include "activitychartview.h"
#include "activitylabels.h"
#include "gotodialog.h"
#include "historydocument.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageWriter>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QSaveFile>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace dtdb::views {

using document::ActivityAxis;
using document::ActivityCategory;

namespace {

// Buckets narrower than this many pixels would blur into each other.
constexpr int MinBucketPixels = 5;
// The narrowest zoom: 1 s of time, or 10 entries.
constexpr std::int64_t MinTimeSpan = 1'000'000;
constexpr std::int64_t MinPositionSpan = 10;

QString legendHtml()
{
    QString html;
    const auto chip = [&html](const QColor &color, const QString &symbol, const QString &name) {
        if (!html.isEmpty()) html += QStringLiteral("&nbsp;&nbsp;&nbsp;");
        html += QStringLiteral("<span style=\"color:%1\">%2</span>&nbsp;%3")
                    .arg(color.name(), symbol, name.toHtmlEscaped());
    };
    for (const ActivityCategory c :
         {ActivityCategory::Add, ActivityCategory::Update, ActivityCategory::Delete,
          ActivityCategory::Read, ActivityCategory::Structure, ActivityCategory::Failed})
        chip(ActivityLabels::categoryColor(c), QStringLiteral("&#9632;"),
             ActivityLabels::categoryName(c));
    chip(ActivityLabels::snapshotColor(), QStringLiteral("&#9670;"),
         QCoreApplication::translate("dtdb::views::TimelineWidget", "Snapshot"));
    return html;
}

} // namespace

TimelineWidget::TimelineWidget(document::HistoryDocument *doc, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_chart(new ActivityChartView(this)),
      m_slider(new QSlider(Qt::Horizontal, this)), m_legend(new QLabel(this)),
      m_bucketLabel(new QLabel(this)), m_cursorLabel(new QLabel(this)),
      m_resetZoom(new QToolButton(this)), m_goTo(new QToolButton(this))
{
    setFocusPolicy(Qt::StrongFocus); // clicks on the chart or the slider focus the timeline
    m_slider->setFocusPolicy(Qt::NoFocus);
    m_resetZoom->setFocusPolicy(Qt::NoFocus);
    m_goTo->setFocusPolicy(Qt::NoFocus);

    m_legend->setTextFormat(Qt::RichText);
    m_bucketLabel->setToolTip(
        tr("Wheel: zoom · Shift+wheel: scroll · Double-click: the whole history"));
    m_resetZoom->setText(tr("Whole History"));
    m_resetZoom->setToolTip(tr("Show the whole history (double-click the chart)"));
    m_resetZoom->setAutoRaise(true);
    m_goTo->setText(tr("Go To…"));
    m_goTo->setToolTip(tr("Go to an entry number or a date-time"));
    m_goTo->setAutoRaise(true);
    m_cursorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cursorLabel->setFocusPolicy(Qt::NoFocus);
    m_chart->setAccessibleName(tr("Activity chart"));
    m_slider->setAccessibleName(tr("Cursor"));
    m_legend->setText(legendHtml());

    auto *header = new QHBoxLayout;
    header->addWidget(m_legend);
    header->addStretch();
    header->addWidget(m_bucketLabel);
    header->addWidget(m_resetZoom);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_cursorLabel);
    footer->addStretch();
    footer->addWidget(m_goTo);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_slider);
    layout->addLayout(footer);

    connect(m_chart, &ActivityChartView::cursorDragged, this,
            [this](std::int64_t x) { moveCursor(m_index.positionAtX(x), false); });
    connect(m_chart, &ActivityChartView::zoomRequested, this, &TimelineWidget::zoom);
    connect(m_chart, &ActivityChartView::panRequested, this, &TimelineWidget::pan);
    connect(m_chart, &ActivityChartView::resetZoomRequested, this, &TimelineWidget::resetZoom);
    connect(m_slider, &QSlider::valueChanged, this,
            [this](int value) { moveCursor(std::size_t(value), true); });
    connect(m_resetZoom, &QToolButton::clicked, this, &TimelineWidget::resetZoom);
    connect(m_goTo, &QToolButton::clicked, this, &TimelineWidget::goTo);

    connect(m_doc, &document::HistoryDocument::opened, this, &TimelineWidget::historyOpened);
    connect(m_doc, &document::HistoryDocument::entriesChanged, this,
            &TimelineWidget::entriesChanged);
    connect(m_doc, &document::HistoryDocument::momentChanged, this, &TimelineWidget::showCursor);
    // Failed reads are only known once the reads' results are in.
    connect(m_doc, &document::HistoryDocument::readResultsChanged, this, [this](int permille) {
        if (permille < 1000) return;
        m_index = document::ActivityIndex(*m_doc);
        refreshActivity();
    });
    historyOpened();
}

const document::Activity &TimelineWidget::activity() const
{
    return m_chart->activity();
}

// ---- Following the document ----

void TimelineWidget::historyOpened()
{
    m_index = document::ActivityIndex(*m_doc);
    m_base = m_doc->isOpen() ? m_index.startX() : 0;
    setEnabled(m_doc->isOpen());
    resetZoom();
}

void TimelineWidget::entriesChanged()
{
    m_index.refreshLocal(*m_doc);
    if (m_zoomed)
        setView(m_from, m_to); // still within the history, which may have shrunk
    else
        resetZoom(); // the whole history, which may have grown
    // The document moves its cursor to the new head right after telling; no signal says so
    // until the Moment is there, so look again once it has.
    QMetaObject::invokeMethod(this, &TimelineWidget::showCursor, Qt::QueuedConnection);
}

void TimelineWidget::showCursor()
{
    const std::size_t count = m_index.entryCount();
    const std::size_t position = std::min(m_doc->requestedPosition(), count);
    {
        const QSignalBlocker blocker(m_slider);
        m_slider->setRange(0, int(count));
        m_slider->setValue(int(position));
        m_slider->setPageStep(std::max(1, int(count / 20)));
    }
    if (!m_doc->isOpen()) {
        m_chart->setCursorX(std::nullopt);
        m_cursorLabel->setText(tr("No history open"));
        return;
    }
    m_chart->setCursorX(m_index.cursorX(position));
    m_cursorLabel->setText(
        ActivityLabels::cursorText(position, count, m_doc->timeAtPosition(position)));
}

void TimelineWidget::moveCursor(std::size_t position, bool keepInView)
{
    if (!m_doc->isOpen()) return;
    position = std::min(position, m_index.entryCount());
    // Seeks are asynchronous and superseded ones are dropped, so every drag step may ask.
    if (position != m_doc->requestedPosition()) m_doc->setPosition(position);
    if (keepInView && m_zoomed) {
        const std::int64_t x = m_index.cursorX(position);
        if (x < m_from || x >= m_to) {
            const std::int64_t half = (m_to - m_from) / 2;
            setView(x - half, x - half + (m_to - m_from));
        }
    }
    showCursor();
}

// ---- Zoom ----

std::pair<std::int64_t, std::int64_t> TimelineWidget::fullRange() const
{
    if (!m_doc->isOpen()) return {0, 1};
    const std::int64_t start = m_index.startX(), end = m_index.endX() + 1;
    const std::int64_t pad = (end - start) / 50; // keeps the ends off the chart's edges
    return {start - pad, end + pad};
}

std::int64_t TimelineWidget::minSpan() const
{
    return m_index.axis() == ActivityAxis::Time ? MinTimeSpan : MinPositionSpan;
}

void TimelineWidget::resetZoom()
{
    m_zoomed = false;
    std::tie(m_from, m_to) = fullRange();
    refreshActivity();
}

void TimelineWidget::zoomTo(std::int64_t from, std::int64_t to)
{
    setView(from, std::max(to, from + minSpan()));
}

void TimelineWidget::setView(std::int64_t from, std::int64_t to)
{
    const auto [fullFrom, fullTo] = fullRange();
    const std::int64_t span = to - from;
    if (span >= fullTo - fullFrom) return resetZoom();
    // Slide the range back inside the history rather than shrink it.
    if (from < fullFrom) std::tie(from, to) = std::pair(fullFrom, fullFrom + span);
    if (to > fullTo) std::tie(from, to) = std::pair(fullTo - span, fullTo);
    m_zoomed = true;
    m_from = from;
    m_to = to;
    refreshActivity();
}

void TimelineWidget::zoom(std::int64_t around, double factor)
{
    const auto [fullFrom, fullTo] = fullRange();
    const double span = double(m_to - m_from);
    const double wanted = std::clamp(span * factor, double(minSpan()), double(fullTo - fullFrom));
    // The x under the mouse stays under the mouse.
    const double share = double(around - m_from) / span;
    const std::int64_t from = around - std::llround(share * wanted);
    setView(from, from + std::llround(wanted));
}

void TimelineWidget::pan(double fraction)
{
    if (!m_zoomed) return;
    const std::int64_t shift = std::llround(fraction * double(m_to - m_from));
    setView(m_from + shift, m_to + shift);
}

int TimelineWidget::maxBuckets() const
{
    return std::clamp(m_chart->width() / MinBucketPixels, 12,
                      document::ActivityIndex::DefaultMaxBuckets);
}

void TimelineWidget::refreshActivity()
{
    // Nothing open, nothing drawn: not even an empty bucket.
    const document::Activity activity =
        m_doc->isOpen() ? m_index.activity(m_from, m_to, maxBuckets()) : document::Activity{};
    m_chart->setActivity(activity, m_base, snapshotToolTips(activity));
    m_bucketLabel->setText(
        m_doc->isOpen()
            ? tr("Buckets of %1").arg(ActivityLabels::stepName(activity.axis, activity.grid.step))
            : QString());
    m_resetZoom->setEnabled(m_zoomed);
    showCursor();
}

QStringList TimelineWidget::snapshotToolTips(const document::Activity &activity) const
{
    QStringList tips;
    const QLocale locale;
    for (const document::SnapshotMarker &s : activity.snapshots) {
        QString tip =
            tr("Snapshot %1\nThe state after entry %2")
                .arg(QFileInfo(m_doc->history().files[std::size_t(s.file)].path).fileName(),
                     locale.toString(qulonglong(s.position)));
        if (activity.axis == ActivityAxis::Time)
            tip += QLatin1Char('\n') + ActivityLabels::dateTime(s.x);
        tips << tip;
    }
    return tips;
}

// ---- Input ----

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (!plain || !m_doc->isOpen()) return QWidget::keyPressEvent(event);
    const std::size_t count = m_index.entryCount();
    const std::size_t position = std::min(m_doc->requestedPosition(), count);
    const document::ActivityGrid &grid = activity().grid;
    std::size_t target = position;
    switch (event->key()) {
    case Qt::Key_Left:
        target = position > 0 ? position - 1 : 0;
        break;
    case Qt::Key_Right:
        target = std::min(position + 1, count);
        break;
    case Qt::Key_PageUp:
        target = m_index.previousBucketPosition(grid, position);
        break;
    case Qt::Key_PageDown:
        target = m_index.nextBucketPosition(grid, position);
        break;
    case Qt::Key_Home:
        target = 0;
        break;
    case Qt::Key_End:
        target = count;
        break;
    default:
        return QWidget::keyPressEvent(event);
    }
    moveCursor(target, true);
    event->accept();
}

void TimelineWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Wider, the chart has room for finer buckets; narrower, it needs coarser ones.
    if (niceGrid(m_index.axis(), m_from, m_to, maxBuckets()).step != activity().grid.step)
        refreshActivity();
}

void TimelineWidget::goTo()
{
    if (!m_doc->isOpen()) return;
    GoToDialog dialog(m_doc, this);
    dialog.setText(QString::number(std::min(m_doc->requestedPosition(), m_index.entryCount())));
    if (dialog.exec() != QDialog::Accepted) return;
    if (const auto position = dialog.position()) moveCursor(*position, true);
}

bool TimelineWidget::saveChartPng(const QString &path, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error) *error = why;
        return false;
    };
    const QImage image = m_chart->grab().toImage();
    if (image.isNull()) return fail(tr("The chart has nothing to show."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    QImageWriter writer(&file, "png");
    if (!writer.write(image))
        return fail(tr("Cannot write %1: %2").arg(path, writer.errorString()));
    if (!file.commit()) return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

} // namespace dtdb::views
