// The timeline dock: keys, the slider and the chart move the document's cursor; the chart
// follows it, zooms and exports; the go-to dialog reads entry numbers and ISO date-times.

#include "activitychartview.h"
#include "demo.h"
#include "gotodialog.h"
#include "historydocument.h"
#include "servernames.h"
#include "timelinewidget.h"

#include "documentwait.h"
#include <QApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QPushButton>

#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QUndoStack>
#include <QWheelEvent>

#include <memory>

using namespace dtdb;
using namespace dtdb::document;
using namespace dtdb::views;

class TestTimelineWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void followsTheDocumentFromBeforeItOpens();

    void keysMoveTheCursor_data();
    void keysMoveTheCursor();
    void sliderAndCursorFollowEachOther();
    void clicksAndDragsOnTheChart();
    void wheelZoomsAndDoubleClickResets();
    void editsExtendTheRanges();
    void saveChartPng();
    void goToResolves_data();
    void goToResolves();
    void goToDialogMovesTheCursor();

private:
    bool moveAndWait(std::size_t position);
    QSlider *slider() const { return m_timeline->findChild<QSlider *>(); }
    QWidget *plot() const { return m_timeline->chartView()->viewport(); }

    HistoryDocument m_doc;
    std::unique_ptr<TimelineWidget> m_timeline;
};

namespace {

using testutil::openAndWait;

constexpr qint64 Hour = 3600LL * 1'000'000;

QString isoNaive(std::int64_t micros)
{
    return QDateTime::fromMSecsSinceEpoch(micros / 1000, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
}

std::int64_t wholeSeconds(std::int64_t micros)
{
    return micros / 1'000'000 * 1'000'000;
}

void sendMouse(QWidget *target, QEvent::Type type, const QPointF &pos, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, target->mapToGlobal(pos), Qt::LeftButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(target, &event);
}

} // namespace

void TestTimelineWidget::initTestCase()
{
    QVERIFY(openAndWait(m_doc, {testutil::demoServer()}));
    m_timeline = std::make_unique<TimelineWidget>(&m_doc);
    m_timeline->resize(1200, 300);
    m_timeline->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_timeline.get()));
    QVERIFY(m_timeline->isEnabled());
    QCOMPARE(m_timeline->activityIndex().entryCount(), m_doc.entryCount());
}

void TestTimelineWidget::cleanupTestCase()
{
    m_timeline.reset();
}

void TestTimelineWidget::followsTheDocumentFromBeforeItOpens()
{
    HistoryDocument doc;
    TimelineWidget timeline(&doc);
    QVERIFY(!timeline.isEnabled());
    QVERIFY(timeline.activity().buckets.empty());
    QTest::keyClick(&timeline, Qt::Key_End);
    QCOMPARE(doc.requestedPosition(), std::size_t(0));

    QVERIFY(openAndWait(doc, {testutil::demoServer()}));
    QVERIFY(timeline.isEnabled());
    QCOMPARE(timeline.activityIndex().entryCount(), doc.entryCount());
    QVERIFY(!timeline.activity().buckets.empty());
    QVERIFY(!timeline.isZoomed());
    // The document opens at its newest state; the slider shows it.
    QTRY_COMPARE(timeline.findChild<QSlider *>()->value(), int(doc.entryCount()));
}

bool TestTimelineWidget::moveAndWait(std::size_t position)
{
    m_doc.setPosition(position);
    return QTest::qWaitFor([&] { return m_doc.moment() && m_doc.moment()->position == position; },
                           60000);
}

// ---- Keys ----

void TestTimelineWidget::keysMoveTheCursor_data()
{
    QTest::addColumn<qulonglong>("start");
    QTest::addColumn<int>("key");
    QTest::addColumn<qulonglong>("expected");
    const ActivityIndex &index = m_timeline->activityIndex();
    const ActivityGrid grid = m_timeline->activity().grid;
    const qulonglong n = m_doc.entryCount();
    QTest::newRow("Right") << 100ULL << int(Qt::Key_Right) << 101ULL;
    QTest::newRow("Left") << 100ULL << int(Qt::Key_Left) << 99ULL;
    QTest::newRow("Left at the start") << 0ULL << int(Qt::Key_Left) << 0ULL;
    QTest::newRow("Right at the end") << n << int(Qt::Key_Right) << n;
    QTest::newRow("End") << 100ULL << int(Qt::Key_End) << n;
    QTest::newRow("Home") << 100ULL << int(Qt::Key_Home) << 0ULL;
    QTest::newRow("PgDn") << 100ULL << int(Qt::Key_PageDown)
                          << qulonglong(index.nextBucketPosition(grid, 100));
    QTest::newRow("PgUp") << 100ULL << int(Qt::Key_PageUp)
                          << qulonglong(index.previousBucketPosition(grid, 100));
    QTest::newRow("PgDn at the end") << n << int(Qt::Key_PageDown) << n;
    QTest::newRow("PgUp at the start") << 0ULL << int(Qt::Key_PageUp) << 0ULL;
}

void TestTimelineWidget::keysMoveTheCursor()
{
    QFETCH(qulonglong, start);
    QFETCH(int, key);
    QFETCH(qulonglong, expected);
    m_doc.setPosition(start);
    QTest::keyClick(m_timeline.get(), Qt::Key(key));
    QCOMPARE(qulonglong(m_doc.requestedPosition()), expected);
    QCOMPARE(qulonglong(slider()->value()), expected);

    // A bucket step lands on the boundary of a bucket of the chart as it is shown.
    const ActivityIndex &index = m_timeline->activityIndex();
    const ActivityGrid &grid = m_timeline->activity().grid;
    if (key == Qt::Key_PageDown && start < m_doc.entryCount()) {
        QVERIFY(expected > start);
        const std::int64_t bucket = grid.bucketOf(index.entryX(start));
        QCOMPARE(grid.bucketOf(index.entryX(expected - 1)), bucket);
        if (expected < m_doc.entryCount()) QVERIFY(grid.bucketOf(index.entryX(expected)) > bucket);
    }
    if (key == Qt::Key_PageUp && start > 0) {
        QVERIFY(expected < start);
        const std::int64_t bucket = grid.bucketOf(index.entryX(start - 1));
        QCOMPARE(grid.bucketOf(index.entryX(expected)), bucket);
        if (expected > 0) QVERIFY(grid.bucketOf(index.entryX(expected - 1)) < bucket);
    }
}

// ---- Slider ----

void TestTimelineWidget::sliderAndCursorFollowEachOther()
{
    QCOMPARE(slider()->maximum(), int(m_doc.entryCount()));
    // Another view moves the cursor: the slider and the label follow once the Moment is there.
    QVERIFY(moveAndWait(777));
    QCOMPARE(slider()->value(), 777);
    const QString label = QLocale().toString(777);
    bool shown = false;
    for (const QLabel *l : m_timeline->findChildren<QLabel *>())
        shown = shown || l->text().contains(label);
    QVERIFY2(shown, "the cursor's entry number is shown");
    // The slider moves the cursor.
    slider()->setValue(1500);
    QCOMPARE(m_doc.requestedPosition(), std::size_t(1500));
    QVERIFY(QTest::qWaitFor([&] { return m_doc.position() == 1500; }, 60000));
}

// ---- Chart ----

void TestTimelineWidget::clicksAndDragsOnTheChart()
{
    m_timeline->resetZoom();
    ActivityChartView *chart = m_timeline->chartView();
    const ActivityIndex &index = m_timeline->activityIndex();
    const QRectF area = chart->plotRect();
    QVERIFY(area.width() > 500);

    std::size_t previous = 0;
    for (const double f : {0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0}) {
        const QPoint p(int(area.left() + f * area.width()), int(area.center().y()));
        QTest::mouseClick(plot(), Qt::LeftButton, {}, p);
        const std::int64_t x = chart->xAt(p);
        QCOMPARE(m_doc.requestedPosition(), index.positionAtX(x));
        QCOMPARE(m_doc.requestedPosition(), m_doc.positionAtTime(x));
        QVERIFY(m_doc.requestedPosition() >= previous);
        previous = m_doc.requestedPosition();
        QCOMPARE(slider()->value(), int(previous));
    }
    // A click on the chart gives the keys to the timeline.
    QCOMPARE(m_timeline->focusWidget(), m_timeline.get());

    // The history's x range is padded on both sides: the edges are before the first entry and
    // after the last, and the middle holds about the middle of a steady history.
    QTest::mouseClick(plot(), Qt::LeftButton, {}, area.topLeft().toPoint() + QPoint(1, 5));
    QCOMPARE(m_doc.requestedPosition(), std::size_t(0));
    QTest::mouseClick(plot(), Qt::LeftButton, {}, area.bottomRight().toPoint() - QPoint(1, 5));
    QCOMPARE(m_doc.requestedPosition(), m_doc.entryCount());
    QTest::mouseClick(plot(), Qt::LeftButton, {}, area.center().toPoint());
    const double middle = double(m_doc.requestedPosition()) / double(m_doc.entryCount());
    QVERIFY2(middle > 0.3 && middle < 0.7, qPrintable(QString::number(middle)));
    // The click lands where the mouse is: pointAt and xAt agree.
    const std::int64_t x = chart->xAt(area.center());
    QVERIFY(std::abs(chart->pointAt(x).x() - area.center().x()) <= 1.0);

    // Dragging moves the cursor at every step, before any Moment arrives.
    const QPointF a(area.left() + 0.2 * area.width(), area.center().y());
    const QPointF b(area.left() + 0.6 * area.width(), area.center().y());
    sendMouse(plot(), QEvent::MouseButtonPress, a, Qt::LeftButton);
    QCOMPARE(m_doc.requestedPosition(), index.positionAtX(chart->xAt(a)));
    sendMouse(plot(), QEvent::MouseMove, b, Qt::LeftButton);
    QCOMPARE(m_doc.requestedPosition(), index.positionAtX(chart->xAt(b)));
    sendMouse(plot(), QEvent::MouseButtonRelease, b, Qt::NoButton);
    QVERIFY(QTest::qWaitFor([&] { return m_doc.position() == index.positionAtX(chart->xAt(b)); },
                            60000));
}

void TestTimelineWidget::wheelZoomsAndDoubleClickResets()
{
    m_timeline->resetZoom();
    ActivityChartView *chart = m_timeline->chartView();
    const Activity whole = m_timeline->activity();
    const QRectF area = chart->plotRect();
    const QPointF at(area.left() + 0.3 * area.width(), area.center().y());
    const std::int64_t xBefore = chart->xAt(at);
    for (int i = 0; i < 6; ++i) {
        QWheelEvent wheel(at, plot()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(plot(), &wheel);
    }
    QVERIFY(m_timeline->isZoomed());
    const Activity &zoomed = m_timeline->activity();
    QVERIFY(zoomed.to - zoomed.from < (whole.to - whole.from) / 3);
    QVERIFY2(zoomed.grid.step < whole.grid.step, "finer buckets when zoomed in");
    QVERIFY(zoomed.buckets.size() <= std::size_t(ActivityIndex::DefaultMaxBuckets));
    // The x under the mouse stays under it (to the nearest pixel).
    const double pixel = double(zoomed.to - zoomed.from) / area.width();
    QVERIFY(std::abs(double(chart->xAt(at) - xBefore)) <= 2 * pixel);

    // The cursor moved by keys out of the zoomed range brings the range along.
    QTest::keyClick(m_timeline.get(), Qt::Key_End);
    const std::int64_t end = m_timeline->activityIndex().cursorX(m_doc.entryCount());
    QVERIFY(m_timeline->activity().from <= end && end < m_timeline->activity().to);

    QTest::mouseDClick(plot(), Qt::LeftButton, {}, area.center().toPoint());
    QVERIFY(!m_timeline->isZoomed());
    QCOMPARE(m_timeline->activity().from, whole.from);
    QCOMPARE(m_timeline->activity().to, whole.to);
}

void TestTimelineWidget::editsExtendTheRanges()
{
    HistoryDocument doc;
    QVERIFY(openAndWait(doc, {testutil::demoDir() + QStringLiteral("/snapshot.dtdb"),
                              testutil::demoDir() + QStringLiteral("/log.jsonl")}));
    TimelineWidget timeline(&doc);
    QVERIFY(QTest::qWaitFor([&] { return doc.canEdit(); }, 60000));
    auto *bar = timeline.findChild<QSlider *>();
    const std::size_t before = doc.entryCount();
    QCOMPARE(bar->maximum(), int(before));
    const Value add = {{"className", "Query"},
                       {"target", "customers"},
                       {"type", "add"},
                       {"addData", Value::array({{{"name", "Timeline Test"}}})}};
    QCOMPARE(doc.runEntry(add, QStringLiteral("add a customer"), {}), QString());
    QCOMPARE(timeline.activityIndex().entryCount(), before + 1);
    QCOMPARE(bar->maximum(), int(before + 1));
    QTRY_COMPARE(bar->value(), int(before + 1)); // the document moves to the new head
    std::size_t total = 0;
    for (const ActivityBucket &b : timeline.activity().buckets)
        total += b.total();
    QCOMPARE(total, before + 1);
    doc.undoStack()->undo();
    QCOMPARE(bar->maximum(), int(before));
    QCOMPARE(timeline.activityIndex().entryCount(), before);
}

void TestTimelineWidget::saveChartPng()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("chart.png"));
    QString error;
    QVERIFY2(m_timeline->saveChartPng(path, &error), qPrintable(error));
    QVERIFY(QFileInfo(path).size() > 0);
    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= m_timeline->chartView()->width());
    // Not a blank picture: the chart draws in several colours.
    QSet<QRgb> colours;
    for (int x = 0; x < image.width(); x += 7)
        colours.insert(image.pixel(x, image.height() / 2));
    QVERIFY(colours.size() > 3);

    QVERIFY(!m_timeline->saveChartPng(dir.filePath(QStringLiteral("missing/chart.png")), &error));
    QVERIFY(!error.isEmpty());
}

// ---- Go to ----

void TestTimelineWidget::goToResolves_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qulonglong>("expected");
    const qulonglong n = m_doc.entryCount();
    const std::int64_t t = m_doc.timeAtPosition(500);
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(t / 1000, QTimeZone::utc());
    QTest::newRow("entry") << QStringLiteral("12") << true << 12ULL;
    QTest::newRow("start") << QStringLiteral("0") << true << 0ULL;
    QTest::newRow("hash") << QStringLiteral("#12") << true << 12ULL;
    QTest::newRow("spaces") << QStringLiteral("  42 ") << true << 42ULL;
    QTest::newRow("grouped") << QLocale().toString(1234) << true << 1234ULL;
    QTest::newRow("beyond the end") << QString::number(n + 100) << true << n;
    QTest::newRow("ISO with offset, as the logs write it")
        << history::isoUtc(t) << true << qulonglong(m_doc.positionAtTime(t));
    QTest::newRow("ISO naive is UTC")
        << isoNaive(t) << true << qulonglong(m_doc.positionAtTime(wholeSeconds(t)));
    QTest::newRow("ISO Z") << isoNaive(t) + QLatin1Char('Z') << true
                           << qulonglong(m_doc.positionAtTime(wholeSeconds(t)));
    QTest::newRow("ISO +02:00") << utc.toOffsetFromUtc(7200).toString(Qt::ISODate) << true
                                << qulonglong(m_doc.positionAtTime(wholeSeconds(t)));
    QTest::newRow("ISO 2 hours later at +02:00")
        << utc.addSecs(7200).toOffsetFromUtc(7200).toString(Qt::ISODate) << true
        << qulonglong(m_doc.positionAtTime(wholeSeconds(t) + 2 * Hour));
    const QDate day = utc.date();
    QTest::newRow("date only")
        << day.toString(Qt::ISODate) << true
        << qulonglong(m_doc.positionAtTime(
               QDateTime(day, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch() * 1000));
    QTest::newRow("before the history") << QStringLiteral("1999-01-01T00:00:00") << true << 0ULL;
    QTest::newRow("after the history") << QStringLiteral("2999-01-01") << true << n;
    QTest::newRow("empty") << QString() << false << 0ULL;
    QTest::newRow("negative") << QStringLiteral("-5") << false << 0ULL;
    QTest::newRow("words") << QStringLiteral("yesterday") << false << 0ULL;
    QTest::newRow("bad date") << QStringLiteral("2025-02-30") << false << 0ULL;
}

void TestTimelineWidget::goToResolves()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qulonglong, expected);
    QString why;
    const auto position = GoToDialog::resolve(m_doc, text, &why);
    QCOMPARE(position.has_value(), valid);
    if (valid)
        QCOMPARE(qulonglong(*position), expected);
    else
        QVERIFY(!why.isEmpty());

    GoToDialog dialog(&m_doc);
    dialog.setText(text);
    QCOMPARE(dialog.position(), position);
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QCOMPARE(buttons->button(QDialogButtonBox::Ok)->isEnabled(), valid);
}

void TestTimelineWidget::goToDialogMovesTheCursor()
{
    m_doc.setPosition(10);
    bool seen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<GoToDialog *>(QApplication::activeModalWidget());
        if (!dialog) return;
        seen = true;
        QCOMPARE(dialog->text(), QStringLiteral("10")); // it starts at the cursor
        dialog->setText(QStringLiteral("2000"));
        dialog->accept();
    });
    m_timeline->goTo();
    QVERIFY(seen);
    QCOMPARE(m_doc.requestedPosition(), std::size_t(2000));
    QCOMPARE(slider()->value(), 2000);
}

QTEST_MAIN(TestTimelineWidget)
#include "tst_timelinewidget.moc"
