// Opening the fixtures as histories (a snapshot + JSON Lines log, and the reference server's
// folder) and seeking: every recorded state is reached, in any order, by seeks and by steps.

#include "fixtures.h"
#include "historyloader.h"
#include "timeline.h"

#include <QTest>

#include <algorithm>
#include <map>
#include <random>
#include <thread>

using namespace dtdb;
using namespace dtdb::history;

class TestTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seeksReachRecordedStates_data();
    void seeksReachRecordedStates();
    void stepsReachRecordedStates_data() { seeksReachRecordedStates_data(); }
    void stepsReachRecordedStates();
    void indexMatchesReferenceResults_data();
    void indexMatchesReferenceResults();
    void serverLayoutPlacesBackups_data();
    void serverLayoutPlacesBackups();
};

namespace {

std::map<std::size_t, std::string> recordedStates(const QString &scenario)
{
    std::map<std::size_t, std::string> states;
    const QString path =
        testutil::fixturesDir() + QLatin1Char('/') + scenario + QStringLiteral("/states.jsonl");
    for (const std::string &line : testutil::readLines(path)) {
        Value v = testutil::parseJson(line);
        states[v["step"].get<std::size_t>()] = json::write(v["db"]);
    }
    return states;
}

QStringList pathsFor(const QString &scenario, const QString &layout)
{
    const QString dir = testutil::fixturesDir() + QLatin1Char('/') + scenario + QLatin1Char('/');
    if (layout == QLatin1String("server")) return {dir + QStringLiteral("server")};
    return {dir + QStringLiteral("snapshot.dtdb"), dir + QStringLiteral("log.jsonl")};
}

std::string text(const Database &db)
{
    std::string out;
    db.write(out);
    return out;
}

// checkpointEvery 0 spaces checkpoints by change volume (a fixture gets one or two); 7 makes
// seeks start from many different checkpoints.
std::shared_ptr<const Timeline> open(const QString &scenario, const QString &layout,
                                     std::size_t checkpointEvery = 7, bool deferReads = false)
{
    const LoadResult loaded = loadHistory(pathsFor(scenario, layout));
    if (!loaded.history || !loaded.history->problems.empty()) return nullptr;
    TimelineOptions options;
    options.checkpointEvery = checkpointEvery;
    options.deferReads = deferReads;
    return Timeline::build(loaded.history, options);
}

// How the reads' results are computed: while indexing, afterwards on another thread (read
// meanwhile), or in a pass cancelled after its first block and then resumed.
enum class Reads
{
    Inline,
    Background,
    Resumed,
};

} // namespace

Q_DECLARE_METATYPE(Reads)

void TestTimeline::seeksReachRecordedStates_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("layout");
    QTest::addColumn<int>("checkpointEvery");
    for (const QString &name : testutil::scenarioNames())
        for (const char *layout : {"jsonl", "server"})
            for (const int every : {7, 0})
                QTest::newRow(qPrintable(name + QLatin1Char('/') + QLatin1String(layout) +
                                         QStringLiteral("/every %1").arg(every)))
                    << name << QString::fromLatin1(layout) << every;
}

void TestTimeline::seeksReachRecordedStates()
{
    QFETCH(QString, scenario);
    QFETCH(QString, layout);
    QFETCH(int, checkpointEvery);
    const auto timeline = open(scenario, layout, std::size_t(checkpointEvery));
    QVERIFY(timeline);
    const auto states = recordedStates(scenario);
    QCOMPARE(timeline->size(), states.rbegin()->first);
    std::vector<std::size_t> steps;
    for (const auto &[step, _] : states)
        steps.push_back(step);
    std::mt19937 rng(7);
    std::shuffle(steps.begin(), steps.end(), rng);
    Cursor cursor(timeline);
    for (const std::size_t step : steps) {
        QCOMPARE(QString::fromStdString(text(timeline->stateAt(step))),
                 QString::fromStdString(states.at(step)));
        cursor.seek(step);
        QCOMPARE(cursor.position(), step);
        QCOMPARE(QString::fromStdString(text(cursor.state())),
                 QString::fromStdString(states.at(step)));
    }
}

void TestTimeline::stepsReachRecordedStates()
{
    QFETCH(QString, scenario);
    QFETCH(QString, layout);
    QFETCH(int, checkpointEvery);
    const auto timeline = open(scenario, layout, std::size_t(checkpointEvery));
    QVERIFY(timeline);
    const auto states = recordedStates(scenario);
    Cursor cursor(timeline);
    std::mt19937 rng(11);
    // Forwards to the end, backwards to the start, then a random walk.
    for (std::size_t i = 0; i < timeline->size(); ++i) {
        cursor.stepForward();
        if (const auto it = states.find(cursor.position()); it != states.end())
            QCOMPARE(QString::fromStdString(text(cursor.state())),
                     QString::fromStdString(it->second));
    }
    for (std::size_t i = 0; i < timeline->size(); ++i) {
        cursor.stepBack();
        if (const auto it = states.find(cursor.position()); it != states.end())
            QCOMPARE(QString::fromStdString(text(cursor.state())),
                     QString::fromStdString(it->second));
    }
    QCOMPARE(cursor.position(), std::size_t(0));
    for (int i = 0; i < 3000; ++i) {
        const auto roll = rng() % 10;
        if (roll < 5)
            cursor.stepForward();
        else if (roll < 9)
            cursor.stepBack();
        else
            cursor.seek(rng() % (timeline->size() + 1));
        if (const auto it = states.find(cursor.position()); it != states.end())
            QCOMPARE(QString::fromStdString(text(cursor.state())),
                     QString::fromStdString(it->second));
    }
}

void TestTimeline::indexMatchesReferenceResults_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("layout");
    QTest::addColumn<Reads>("reads");
    for (const QString &name : testutil::scenarioNames())
        for (const char *layout : {"jsonl", "server"})
            for (const auto &[reads, label] :
                 {std::pair(Reads::Inline, "inline"), std::pair(Reads::Background, "background"),
                  std::pair(Reads::Resumed, "resumed")})
                QTest::newRow(qPrintable(name + QLatin1Char('/') + QLatin1String(layout) +
                                         QLatin1Char('/') + QLatin1String(label)))
                    << name << QString::fromLatin1(layout) << reads;
}

void TestTimeline::indexMatchesReferenceResults()
{
    QFETCH(QString, scenario);
    QFETCH(QString, layout);
    QFETCH(Reads, reads);
    const auto timeline = open(scenario, layout, 7, reads != Reads::Inline);
    QVERIFY(timeline);
    std::size_t pending = 0;
    for (std::size_t i = 0; i < timeline->size(); ++i)
        pending += timeline->info(i).pending;
    QCOMPARE(timeline->readsEvaluated(), pending == 0);
    if (reads == Reads::Inline) QCOMPARE(pending, std::size_t(0));
    if (reads == Reads::Background) {
        std::thread pass([&] { QVERIFY(timeline->evaluateReads()); });
        // Results are only ever reported complete: a read is pending or has its final result.
        while (!timeline->readsEvaluated())
            for (std::size_t i = 0; i < timeline->size(); ++i)
                if (!timeline->info(i).pending) QVERIFY(timeline->info(i).readable);
        pass.join();
    }
    if (reads == Reads::Resumed) {
        QVERIFY(!timeline->evaluateReads([](qint64, qint64) { return false; }) || pending == 0);
        QVERIFY(timeline->evaluateReads());
    }
    QVERIFY(timeline->readsEvaluated());
    const auto results = testutil::readLines(testutil::fixturesDir() + QLatin1Char('/') + scenario +
                                             QStringLiteral("/results.jsonl"));
    QCOMPARE(timeline->size(), results.size());
    for (std::size_t i = 0; i < results.size(); ++i) {
        const Value expected = testutil::parseJson(results[i]);
        const EntryInfo &info = timeline->info(i);
        QVERIFY(!info.pending);
        QCOMPARE(info.success, expected["isSuccess"].get<bool>());
        if (layout == QLatin1String("server"))
            QCOMPARE(timeline->history().entries[i].fromErrorFolder, !info.success);
        if (expected.contains("hitCount")) {
            QCOMPARE(info.hitCount, expected["hitCount"].get<std::int64_t>());
            QCOMPARE(info.updateCount, expected["updateCount"].get<std::int64_t>());
        }
        const std::string message = expected["errorMessage"].is_null()
                                        ? std::string()
                                        : expected["errorMessage"].get<std::string>();
        QCOMPARE(QString::fromStdString(timeline->names()[info.error]),
                 QString::fromStdString(message));
    }
}

void TestTimeline::serverLayoutPlacesBackups_data()
{
    QTest::addColumn<QString>("scenario");
    for (const QString &name : testutil::scenarioNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestTimeline::serverLayoutPlacesBackups()
{
    QFETCH(QString, scenario);
    const LoadResult loaded = loadHistory(pathsFor(scenario, QStringLiteral("server")));
    QVERIFY(loaded.history);
    const Value meta = testutil::parseJson(testutil::readFile(
        testutil::fixturesDir() + QLatin1Char('/') + scenario + QStringLiteral("/meta.json")));
    std::vector<std::size_t> expected;
    for (const Value &b : meta["backups"])
        expected.push_back(b["afterStep"].get<std::size_t>());
    std::vector<std::size_t> actual;
    for (const Anchor &a : loaded.history->anchors)
        actual.push_back(a.position);
    QCOMPARE(actual, expected);
    // Cause times are read when the entries are first parsed, while indexing.
    QVERIFY(Timeline::build(loaded.history));
    std::vector<std::size_t> causeless;
    for (const Value &step : meta["causelessSteps"])
        causeless.push_back(step.get<std::size_t>());
    for (std::size_t i = 0; i < loaded.history->entries.size(); ++i) {
        const Entry &e = loaded.history->entries[i];
        QVERIFY(e.fileTime != NoTime);
        const bool hasCause =
            std::find(causeless.begin(), causeless.end(), i + 1) == causeless.end();
        QCOMPARE(e.causeTime != NoTime, hasCause);
        QCOMPARE(e.time(), e.fileTime);
        if (hasCause) // the fixtures' Causes lie no later than the file time
            QVERIFY(e.causeTime <= e.fileTime);
    }
}

QTEST_APPLESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
