// Verify: intact reference server folders are consistent; removing one logged write between
// two backups is caught in that segment.

#include "fixtures.h"
#include "historyloader.h"
#include "verifier.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace dtdb;
using namespace dtdb::history;

class TestVerifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void intactFoldersAreConsistent_data();
    void intactFoldersAreConsistent();
    void aRemovedWriteIsCaught_data() { intactFoldersAreConsistent_data(); }
    void aRemovedWriteIsCaught();
    void backupsWithoutEntriesBetweenThem();
};

namespace {

std::shared_ptr<const Timeline> open(const QString &folder)
{
    const LoadResult loaded = loadHistory({folder});
    return loaded.history ? Timeline::build(loaded.history) : nullptr;
}

bool copyFolder(const QString &from, const QString &to)
{
    const QDir source(from);
    if (!QDir().mkpath(to)) return false;
    for (const QString &name : source.entryList(QDir::Files))
        if (!QFile::copy(source.filePath(name), to + QLatin1Char('/') + name)) return false;
    for (const QString &sub : source.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (!copyFolder(source.filePath(sub), to + QLatin1Char('/') + sub)) return false;
    return true;
}

} // namespace

void TestVerifier::intactFoldersAreConsistent_data()
{
    QTest::addColumn<QString>("scenario");
    for (const QString &name : testutil::scenarioNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestVerifier::intactFoldersAreConsistent()
{
    QFETCH(QString, scenario);
    const auto timeline =
        open(testutil::fixturesDir() + QLatin1Char('/') + scenario + QStringLiteral("/server"));
    QVERIFY(timeline);
    const VerifyReport report = verify(*timeline);
    QCOMPARE(report.segments.size(), timeline->history().anchors.size() - 1);
    QVERIFY(report.consistent());
}

void TestVerifier::aRemovedWriteIsCaught()
{
    QFETCH(QString, scenario);
    QTemporaryDir dir;
    const QString folder = dir.path() + QStringLiteral("/server");
    QVERIFY(copyFolder(
        testutil::fixturesDir() + QLatin1Char('/') + scenario + QStringLiteral("/server"), folder));
    const auto intact = open(folder);
    QVERIFY(intact && intact->history().anchors.size() >= 3);
    // The last successful entry of the second segment that changed items: later entries are
    // least likely to hide its effect before the snapshot.
    const std::size_t from = intact->history().anchors[1].position;
    const std::size_t to = intact->history().anchors[2].position;
    std::optional<std::size_t> victim;
    for (std::size_t i = to; i-- > from && !victim;)
        if (intact->info(i).success && intact->info(i).touched > 0) victim = i;
    QVERIFY(victim);
    const Entry &entry = intact->history().entries[*victim];
    QVERIFY(QFile::remove(intact->history().files[entry.file].path));

    const auto damaged = open(folder);
    QVERIFY(damaged);
    const VerifyReport report = verify(*damaged);
    QVERIFY(!report.consistent());
    QVERIFY(report.segments[0].consistent);
    const SegmentReport &segment = report.segments[1];
    QVERIFY(!segment.consistent);
    if (segment.divergence) {
        QVERIFY(!segment.differences.empty());
        QVERIFY(segment.lastTouch);
        // Positions in the damaged history: the segment now ends one entry earlier.
        QVERIFY(*segment.lastTouch >= from && *segment.lastTouch < to);
    } else {
        QVERIFY(!segment.resultMismatches.empty());
    }
    for (std::size_t s = 2; s < report.segments.size(); ++s)
        QVERIFY(report.segments[s].consistent);
}

// Snapshots with nothing logged between them that differ: the state changed outside the log.
void TestVerifier::backupsWithoutEntriesBetweenThem()
{
    const auto timeline =
        open(testutil::fixturesDir() + QStringLiteral("/basic_crud/server/backups"));
    QVERIFY(timeline);
    QCOMPARE(timeline->size(), std::size_t(0));
    const VerifyReport report = verify(*timeline);
    QCOMPARE(report.segments.size(), std::size_t(3));
    QVERIFY(!report.consistent());
    for (const SegmentReport &s : report.segments) {
        QVERIFY(s.divergence);
        QVERIFY(!s.lastTouch);
    }
}

QTEST_APPLESS_MAIN(TestVerifier)
#include "tst_verifier.moc"
