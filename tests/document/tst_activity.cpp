// The activity of a history: every entry lands in exactly one bucket of a nice size, failures
// count as failures only, snapshots are marked where they are, and bucket steps move the cursor
// from bucket boundary to bucket boundary.

#include "activity.h"
#include "demo.h"
#include "fixtures.h"
#include "historydocument.h"

#include "documentwait.h"
#include <QDateTime>
#include <QFile>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

#include <algorithm>
#include <map>
#include <memory>

using namespace dtdb;
using namespace dtdb::document;

Q_DECLARE_METATYPE(dtdb::QueryType)
Q_DECLARE_METATYPE(dtdb::document::ActivityCategory)
Q_DECLARE_METATYPE(dtdb::document::ActivityAxis)

class TestActivity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void categoryOfEntries_data();
    void categoryOfEntries();
    void niceGridIsTheFinestThatFits_data();
    void niceGridIsTheFinestThatFits();
    void bucketsHoldEveryEntryOnce_data();
    void bucketsHoldEveryEntryOnce();
    void failuresCountOnlyAsFailed_data();
    void failuresCountOnlyAsFailed();
    void snapshotsAreMarked_data();
    void snapshotsAreMarked();
    void positionsAgreeWithTheDocument_data();
    void positionsAgreeWithTheDocument();
    void bucketStepsVisitEveryBoundary_data();
    void bucketStepsVisitEveryBoundary();
    void historyWithoutTimesUsesPositions();
    void appendedEntriesAreIndexed();

private:
    HistoryDocument &doc(const QString &layout) { return *m_docs.at(layout); }
    static void addLayoutColumn();

    std::map<QString, std::unique_ptr<HistoryDocument>> m_docs;
};

namespace {

using testutil::openAndWait;

constexpr qint64 Second = 1'000'000;
constexpr qint64 Day = 86'400 * Second;

QStringList layoutPaths(const QString &layout)
{
    if (layout == QLatin1String("server")) return {testutil::demoServer()};
    return {testutil::demoDir() + QStringLiteral("/snapshot.dtdb"),
            testutil::demoDir() + QStringLiteral("/log.jsonl")};
}

std::size_t countIf(const HistoryDocument &doc, ActivityCategory c)
{
    std::size_t n = 0;
    for (std::size_t i = 0; i < doc.entryCount(); ++i)
        n += activityCategory(doc.info(i)) == c;
    return n;
}

} // namespace

void TestActivity::initTestCase()
{
    for (const QString &layout : {QStringLiteral("server"), QStringLiteral("jsonl")}) {
        auto d = std::make_unique<HistoryDocument>();
        QVERIFY2(openAndWait(*d, layoutPaths(layout)), qPrintable(layout));
        QVERIFY(d->hasTimes());
        m_docs.emplace(layout, std::move(d));
    }
}

void TestActivity::addLayoutColumn()
{
    QTest::addColumn<QString>("layout");
}

// ---- Categories ----

void TestActivity::categoryOfEntries_data()
{
    QTest::addColumn<QueryType>("type");
    QTest::addColumn<bool>("success");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<ActivityCategory>("expected");
    using C = ActivityCategory;
    const std::pair<QueryType, ActivityCategory> table[] = {
        {QueryType::Add, C::Add},
        {QueryType::Update, C::Update},
        {QueryType::UpdateOne, C::Update},
        {QueryType::Delete, C::Delete},
        {QueryType::DeleteOne, C::Delete},
        {QueryType::Search, C::Read},
        {QueryType::SearchOne, C::Read},
        {QueryType::GetAll, C::Read},
        {QueryType::Count, C::Read},
        {QueryType::ConformToTemplate, C::Structure},
        {QueryType::RenameField, C::Structure},
        {QueryType::Clear, C::Structure},
        {QueryType::ClearAdd, C::Structure},
        {QueryType::RemoveCollection, C::Structure},
        {QueryType::Merge, C::Structure},
    };
    static_assert(std::size(table) == QueryTypeCount);
    for (const auto &[type, category] : table) {
        const std::string name(toString(type));
        QTest::addRow("%s", name.c_str()) << type << true << true << category;
        QTest::addRow("%s failed", name.c_str()) << type << false << true << C::Failed;
        QTest::addRow("%s unreadable", name.c_str()) << type << true << false << C::Failed;
    }
}

void TestActivity::categoryOfEntries()
{
    QFETCH(QueryType, type);
    QFETCH(bool, success);
    QFETCH(bool, readable);
    QFETCH(ActivityCategory, expected);
    history::EntryInfo info;
    info.type = type;
    info.success = success;
    info.readable = readable;
    QCOMPARE(activityCategory(info), expected);
}

// ---- Grids ----

void TestActivity::niceGridIsTheFinestThatFits_data()
{
    QTest::addColumn<ActivityAxis>("axis");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("span");
    QTest::addColumn<int>("maxBuckets");
    const qint64 t0 = 1'740'000'000LL * Second + 123'456; // early 2025, off every boundary
    QTest::newRow("time 90 ms") << ActivityAxis::Time << t0 << 90'000LL << 120;
    QTest::newRow("time 10 s") << ActivityAxis::Time << t0 << 10 * Second << 120;
    QTest::newRow("time 1 h") << ActivityAxis::Time << t0 << 3600 * Second << 120;
    QTest::newRow("time 1 day") << ActivityAxis::Time << t0 << Day << 120;
    QTest::newRow("time 5 weeks") << ActivityAxis::Time << t0 << 35 * Day << 120;
    QTest::newRow("time 5 weeks, 10 buckets") << ActivityAxis::Time << t0 << 35 * Day << 10;
    QTest::newRow("time 3 years") << ActivityAxis::Time << t0 << 3 * 365 * Day << 120;
    QTest::newRow("time 400 years") << ActivityAxis::Time << t0 << 400 * 365 * Day << 120;
    QTest::newRow("time before 1970") << ActivityAxis::Time << -t0 << 20 * Day << 120;
    QTest::newRow("positions 7") << ActivityAxis::Position << 0LL << 7LL << 120;
    QTest::newRow("positions 2567") << ActivityAxis::Position << 0LL << 2567LL << 120;
    QTest::newRow("positions 10^6") << ActivityAxis::Position << 1234LL << 1'000'000LL << 120;
    QTest::newRow("positions, 1 bucket") << ActivityAxis::Position << 3LL << 500LL << 1;
}

void TestActivity::niceGridIsTheFinestThatFits()
{
    QFETCH(ActivityAxis, axis);
    QFETCH(qint64, from);
    QFETCH(qint64, span);
    QFETCH(int, maxBuckets);
    const std::int64_t to = from + span;
    const ActivityGrid grid = niceGrid(axis, from, to, maxBuckets);
    const auto steps = niceSteps(axis);
    const auto it = std::find(steps.begin(), steps.end(), grid.step);
    QVERIFY2(it != steps.end(), "the step is one of the nice steps");
    QVERIFY(grid.countIn(from, to) <= maxBuckets);
    QVERIFY(grid.countIn(from, to) >= 1);
    if (it != steps.begin()) {
        const ActivityGrid previous = alignedGrid(axis, *(it - 1));
        QVERIFY2(previous.countIn(from, to) > maxBuckets, "no finer nice step fits");
    }
    // Boundaries fall where a reader expects them: on midnights (UTC) for day-sized buckets,
    // on Mondays for week-sized ones.
    const std::int64_t boundary = grid.startOf(grid.bucketOf(from));
    QVERIFY(boundary <= from && from < boundary + grid.step);
    if (axis == ActivityAxis::Time && grid.step % Day == 0) {
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(boundary / 1000, QTimeZone::utc());
        QCOMPARE(start.time(), QTime(0, 0));
        if (grid.step % (7 * Day) == 0) QCOMPARE(start.date().dayOfWeek(), int(Qt::Monday));
    }
}

// ---- Buckets ----

void TestActivity::bucketsHoldEveryEntryOnce_data()
{
    addLayoutColumn();
    QTest::addColumn<double>("start"); // fractions of the history's x range
    QTest::addColumn<double>("end");
    for (const char *layout : {"server", "jsonl"}) {
        QTest::addRow("%s whole", layout) << QString::fromLatin1(layout) << 0.0 << 1.0;
        QTest::addRow("%s first half", layout) << QString::fromLatin1(layout) << 0.0 << 0.5;
        QTest::addRow("%s middle", layout) << QString::fromLatin1(layout) << 0.37 << 0.41;
        QTest::addRow("%s narrow", layout) << QString::fromLatin1(layout) << 0.6 << 0.6001;
    }
}

void TestActivity::bucketsHoldEveryEntryOnce()
{
    QFETCH(QString, layout);
    QFETCH(double, start);
    QFETCH(double, end);
    const HistoryDocument &d = doc(layout);
    const ActivityIndex index(d);
    QCOMPARE(index.axis(), ActivityAxis::Time);
    QCOMPARE(index.entryCount(), d.entryCount());

    const double span = double(index.endX() + 1 - index.startX());
    const std::int64_t from = index.startX() + std::int64_t(start * span);
    const std::int64_t to = index.startX() + std::int64_t(end * span);
    const Activity a = index.activity(from, to);
    QVERIFY(!a.buckets.empty());
    QVERIFY(a.buckets.size() <= std::size_t(ActivityIndex::DefaultMaxBuckets));
    QVERIFY(a.buckets.front().start <= from && a.buckets.back().end >= to);

    std::array<std::size_t, ActivityCategoryCount> sums{};
    for (std::size_t k = 0; k < a.buckets.size(); ++k) {
        const ActivityBucket &b = a.buckets[k];
        QCOMPARE(b.end - b.start, a.grid.step);
        QCOMPARE(std::size_t(b.total()), b.entries.size());
        if (k > 0) {
            QCOMPARE(b.start, a.buckets[k - 1].end);
            QCOMPARE(b.entries.begin, a.buckets[k - 1].entries.end);
        }
        for (std::size_t i = b.entries.begin; i < b.entries.end; ++i) {
            QVERIFY(index.entryX(i) >= b.start && index.entryX(i) < b.end);
            ++sums[std::size_t(index.category(i))];
        }
        for (int c = 0; c < ActivityCategoryCount; ++c)
            sums[std::size_t(c)] -= b.counts[std::size_t(c)];
        QCOMPARE(a.bucketAt(b.start), &b);
        QCOMPARE(a.bucketAt(b.end - 1), &b);
    }
    QVERIFY2(std::all_of(sums.begin(), sums.end(), [](std::size_t s) { return s == 0; }),
             "each bucket counts the categories of its own entries");

    // The buckets hold exactly the entries whose x lies in them, none before nor after.
    const std::size_t first = a.buckets.front().entries.begin;
    const std::size_t last = a.buckets.back().entries.end;
    QVERIFY(first == 0 || index.entryX(first - 1) < a.buckets.front().start);
    QVERIFY(last == d.entryCount() || index.entryX(last) >= a.buckets.back().end);
    if (start == 0.0 && end == 1.0) {
        QCOMPARE(first, std::size_t(0));
        QCOMPARE(last, d.entryCount());
        for (int c = 0; c < ActivityCategoryCount; ++c) {
            std::size_t total = 0;
            for (const ActivityBucket &b : a.buckets)
                total += b.counts[std::size_t(c)];
            QCOMPARE(total, countIf(d, ActivityCategory(c)));
        }
    }
}

void TestActivity::failuresCountOnlyAsFailed_data()
{
    addLayoutColumn();
    QTest::newRow("server") << QStringLiteral("server");
    QTest::newRow("jsonl") << QStringLiteral("jsonl");
}

void TestActivity::failuresCountOnlyAsFailed()
{
    QFETCH(QString, layout);
    const HistoryDocument &d = doc(layout);
    const ActivityIndex index(d);
    std::size_t failed = 0;
    for (std::size_t i = 0; i < d.entryCount(); ++i) {
        const history::EntryInfo &info = d.info(i);
        const bool isFailure = !info.success || !info.readable;
        failed += isFailure;
        QCOMPARE(index.category(i) == ActivityCategory::Failed, isFailure);
        // What the server filed as an error is a failure on replay too.
        if (d.entryFromErrorFolder(i)) QCOMPARE(index.category(i), ActivityCategory::Failed);
    }
    QVERIFY2(failed > 0, "the demo history has failed queries");
    const Activity a = index.activity(index.startX(), index.endX() + 1);
    std::size_t counted = 0;
    for (const ActivityBucket &b : a.buckets)
        counted += b.count(ActivityCategory::Failed);
    QCOMPARE(counted, failed);
}

void TestActivity::snapshotsAreMarked_data()
{
    addLayoutColumn();
    QTest::newRow("server") << QStringLiteral("server");
    QTest::newRow("jsonl") << QStringLiteral("jsonl");
}

void TestActivity::snapshotsAreMarked()
{
    QFETCH(QString, layout);
    const HistoryDocument &d = doc(layout);
    const ActivityIndex index(d);
    std::vector<const history::Anchor *> files;
    for (const history::Anchor &a : d.history().anchors)
        if (a.file >= 0) files.push_back(&a);
    QVERIFY(!files.empty());
    QCOMPARE(index.snapshots().size(), files.size());
    for (std::size_t k = 0; k < files.size(); ++k) {
        const SnapshotMarker &m = index.snapshots()[k];
        QCOMPARE(m.position, files[k]->position);
        QCOMPARE(m.file, files[k]->file);
        QCOMPARE(m.x,
                 files[k]->time != history::NoTime ? files[k]->time : index.cursorX(m.position));
        QVERIFY(m.x >= index.startX() && m.x <= index.endX());
    }
    // A view of the whole history shows every snapshot; a view before the first shows none.
    QCOMPARE(index.activity(index.startX(), index.endX() + 1).snapshots.size(), files.size());
    const std::int64_t firstX = index.snapshots().front().x;
    QVERIFY(index.activity(firstX - Day, firstX).snapshots.empty());
}

void TestActivity::positionsAgreeWithTheDocument_data()
{
    failuresCountOnlyAsFailed_data();
}

void TestActivity::positionsAgreeWithTheDocument()
{
    QFETCH(QString, layout);
    const HistoryDocument &d = doc(layout);
    const ActivityIndex index(d);
    QCOMPARE(index.cursorX(0), d.timeAtPosition(0));
    for (std::size_t p = 1; p <= d.entryCount(); p += 7) {
        QCOMPARE(index.cursorX(p), d.timeAtPosition(p));
        for (const std::int64_t delta : {-1, 0, 1}) {
            const std::int64_t x = index.cursorX(p) + delta;
            QCOMPARE(index.positionAtX(x), d.positionAtTime(x));
        }
    }
    QCOMPARE(index.positionAtX(index.endX()), d.entryCount());
    QCOMPARE(index.positionAtX(index.startX() - 1), std::size_t(0));
    for (std::size_t i = 1; i < d.entryCount(); ++i)
        QVERIFY(index.entryX(i - 1) <= index.entryX(i));
}

void TestActivity::bucketStepsVisitEveryBoundary_data()
{
    addLayoutColumn();
    QTest::addColumn<qint64>("step");
    QTest::newRow("server, 12 h") << QStringLiteral("server") << 12 * 3600 * Second;
    QTest::newRow("server, 1 week") << QStringLiteral("server") << 7 * Day;
    QTest::newRow("jsonl, 15 min") << QStringLiteral("jsonl") << 15 * 60 * Second;
}

void TestActivity::bucketStepsVisitEveryBoundary()
{
    QFETCH(QString, layout);
    QFETCH(qint64, step);
    const HistoryDocument &d = doc(layout);
    const ActivityIndex index(d);
    const ActivityGrid grid = alignedGrid(ActivityAxis::Time, step);

    // Forwards from the start: every step moves, and lands after the last entry of a bucket.
    std::vector<std::size_t> forwards{0};
    while (forwards.back() < d.entryCount()) {
        const std::size_t p = index.nextBucketPosition(grid, forwards.back());
        QVERIFY(p > forwards.back());
        QVERIFY(p == d.entryCount() ||
                grid.bucketOf(index.entryX(p)) != grid.bucketOf(index.entryX(p - 1)));
        const std::int64_t bucket = index.bucketOfPosition(grid, p);
        QCOMPARE(index.positionsOfBucket(grid, bucket).end, p);
        forwards.push_back(p);
    }
    QCOMPARE(index.nextBucketPosition(grid, d.entryCount()), d.entryCount());
    // Backwards from the end visits the same boundaries.
    std::vector<std::size_t> backwards{d.entryCount()};
    while (backwards.back() > 0) {
        const std::size_t p = index.previousBucketPosition(grid, backwards.back());
        QVERIFY(p < backwards.back());
        backwards.push_back(p);
    }
    std::reverse(backwards.begin(), backwards.end());
    QCOMPARE(backwards, forwards);
    // One step per bucket that holds entries.
    std::size_t nonEmpty = 0;
    for (std::int64_t b = grid.bucketOf(index.entryX(0));
         b <= grid.bucketOf(index.entryX(d.entryCount() - 1)); ++b)
        nonEmpty += index.positionsOfBucket(grid, b).size() > 0;
    QCOMPARE(forwards.size() - 1, nonEmpty);
}

// ---- Without times, and with edits ----

void TestActivity::historyWithoutTimesUsesPositions()
{
    // A log without Causes: no entry has a time.
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString log = tmp.filePath(QStringLiteral("log.jsonl"));
    {
        QFile f(log);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const char *adds[] = {
            R"({"className":"Query","target":"t","type":"add","addData":[{"n":1}]})",
            R"({"className":"Query","target":"t","type":"add","addData":[{"n":2}]})",
            R"({"className":"Query","target":"t","type":"count"})",
        };
        for (int round = 0; round < 4; ++round)
            for (const char *line : adds)
                f.write(QByteArray(line) + '\n');
        f.write(R"({"className":"Query","target":"t","type":"delete","queryNode":)"
                R"({"type":"equals_","field":"n","value":9},"mustAffectAtLeastOne":true})"
                "\n");
    }
    HistoryDocument d;
    QVERIFY(openAndWait(d, {log}));
    QVERIFY(!d.hasTimes());
    const ActivityIndex index(d);
    const std::size_t n = d.entryCount();
    QCOMPARE(n, std::size_t(13));
    QCOMPARE(index.axis(), ActivityAxis::Position);
    QCOMPARE(index.startX(), std::int64_t(0));
    QCOMPARE(index.endX(), std::int64_t(n));
    for (std::size_t p = 0; p <= n; ++p) {
        QCOMPARE(index.cursorX(p), std::int64_t(p));
        QCOMPARE(index.positionAtX(std::int64_t(p)), p);
    }
    const Activity a = index.activity(0, std::int64_t(n) + 1, 5);
    QCOMPARE(a.grid.step, std::int64_t(5)); // x 0 … 13: 8 buckets of 2, 4 of 5
    std::array<std::uint32_t, ActivityCategoryCount> totals{};
    for (const ActivityBucket &b : a.buckets)
        for (int c = 0; c < ActivityCategoryCount; ++c)
            totals[std::size_t(c)] += b.counts[std::size_t(c)];
    QCOMPARE(totals[std::size_t(ActivityCategory::Add)], 8u);
    QCOMPARE(totals[std::size_t(ActivityCategory::Read)], 4u);
    QCOMPARE(totals[std::size_t(ActivityCategory::Failed)], 1u); // deleted nothing
    // Entry numbers k*step+1 … (k+1)*step share a bucket: position 0 is before the first.
    QCOMPARE(a.buckets.front().start, std::int64_t(-4));
    QCOMPARE(a.buckets.front().entries.begin, std::size_t(0));
    QCOMPARE(a.buckets[1].entries.begin, std::size_t(0));
    QCOMPARE(a.buckets[1].entries.end, std::size_t(5));
    QCOMPARE(index.nextBucketPosition(a.grid, 0), std::size_t(5));
    QCOMPARE(index.nextBucketPosition(a.grid, 5), std::size_t(10));
    QCOMPARE(index.previousBucketPosition(a.grid, 7), std::size_t(5));
}

void TestActivity::appendedEntriesAreIndexed()
{
    HistoryDocument d;
    QVERIFY(openAndWait(d, {testutil::demoDir() + QStringLiteral("/snapshot.dtdb"),
                            testutil::demoDir() + QStringLiteral("/log.jsonl")}));
    QVERIFY(QTest::qWaitFor([&] { return d.canEdit(); }, 60000));
    ActivityIndex index(d);
    const std::size_t before = index.entryCount();
    const Value add = {{"className", "Query"},
                       {"target", "customers"},
                       {"type", "add"},
                       {"addData", Value::array({{{"name", "Activity Test"}}})}};
    QCOMPARE(d.runEntry(add, QStringLiteral("add a customer"), {}), QString());
    index.refreshLocal(d);
    QCOMPARE(index.entryCount(), before + 1);
    QCOMPARE(index.category(before), activityCategory(d.info(before)));
    QCOMPARE(index.entryX(before), std::max(index.entryX(before - 1), d.entryTime(before)));
    QCOMPARE(index.positionAtX(index.endX()), before + 1);

    d.undoStack()->undo();
    index.refreshLocal(d);
    QCOMPARE(index.entryCount(), before);
    QCOMPARE(index.endX(), ActivityIndex(d).endX());
}

QTEST_GUILESS_MAIN(TestActivity)
#include "tst_activity.moc"
