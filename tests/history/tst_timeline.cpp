// Opening the fixtures as histories (a snapshot + JSON Lines log, and the reference server's
// folder) and seeking: every recorded state is reached, in any order, by seeks and by steps.

#include "fixtures.h"
#include "historyloader.h"
#include "timeline.h"

#include <QTemporaryDir>
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
    void readsSeeFlagsSetByEarlierWrites_data();
    void readsSeeFlagsSetByEarlierWrites();
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
    const auto results = testutil::readLines(testutil::fixturesDir() + QLatin1Char('/') + scenario +
                                             QStringLiteral("/results.jsonl"));
    QCOMPARE(timeline->size(), results.size());
    // What differs between entry i's info and the reference's result ("" when nothing).
    const auto difference = [&](std::size_t i, const EntryInfo &info) -> std::string {
        const Value expected = testutil::parseJson(results[i]);
        if (info.success != expected["isSuccess"].get<bool>()) return "isSuccess";
        if (layout == QLatin1String("server") &&
            timeline->history().entries[i].fromErrorFolder == info.success)
            return "folder";
        if (expected.contains("hitCount") &&
            (info.hitCount != expected["hitCount"].get<std::int64_t>() ||
             info.updateCount != expected["updateCount"].get<std::int64_t>()))
            return "counts";
        const std::string message = expected["errorMessage"].is_null()
                                        ? std::string()
                                        : expected["errorMessage"].get<std::string>();
        if (timeline->names()[info.error] != message) return "errorMessage";
        return {};
    };

    std::size_t pending = 0;
    for (std::size_t i = 0; i < timeline->size(); ++i)
        pending += timeline->info(i).pending;
    QCOMPARE(timeline->readsEvaluated(), pending == 0);
    if (reads == Reads::Inline) QCOMPARE(pending, std::size_t(0));
    if (reads == Reads::Background) {
        std::atomic<bool> passed{false};
        std::thread pass([&] { passed = timeline->evaluateReads(); });
        // Results are only published final: whatever is no longer pending is the reference's.
        std::size_t early = 0;
        while (!timeline->readsEvaluated())
            for (std::size_t i = 0; i < timeline->size(); ++i)
                if (const EntryInfo info = timeline->info(i); !info.pending)
                    early += !difference(i, info).empty();
        pass.join();
        QVERIFY(passed);
        QCOMPARE(early, std::size_t(0));
    }
    if (reads == Reads::Resumed) {
        QVERIFY(!timeline->evaluateReads([](qint64, qint64) { return false; }) || pending == 0);
        QVERIFY(timeline->evaluateReads());
    }
    QVERIFY(timeline->readsEvaluated());
    for (std::size_t i = 0; i < results.size(); ++i) {
        const EntryInfo info = timeline->info(i);
        QVERIFY(!info.pending);
        QCOMPARE(QString::fromStdString(difference(i, info)), QString());
    }
}

void TestTimeline::readsSeeFlagsSetByEarlierWrites_data()
{
    QTest::addColumn<Reads>("reads");
    QTest::addColumn<int>("checkpointEvery");
    QTest::newRow("inline, one checkpoint") << Reads::Inline << 0;
    QTest::newRow("background, one checkpoint") << Reads::Background << 0;
    QTest::newRow("background, a checkpoint per entry") << Reads::Background << 1;
}

// An update that stores an item too deep for the reference to copy makes later reads of the
// collection fail (spec §12). Reads evaluated after indexing, from checkpoints and recorded
// changes, must see that too: compared with a replay that runs everything in order.
void TestTimeline::readsSeeFlagsSetByEarlierWrites()
{
    QFETCH(Reads, reads);
    QFETCH(int, checkpointEvery);
    Value deep = Value::array();
    for (int i = 1; i < 100; ++i) // 100 levels: copyable in a query, too deep in an item
        deep = Value::array({deep});
    const Value isOne = {{"type", "equals_"}, {"field", "k"}, {"value", 1}, {"vType", "auto_"}};
    const auto query = [](const char *type) {
        return Value{{"className", "Query"}, {"target", "c"}, {"type", type}};
    };
    std::vector<Value> log;
    log.push_back(query("search")); // creates c
    log.push_back(query("add"));
    log.back()["addData"] = Value::array({{{"k", 1}}});
    log.push_back(query("count"));
    log.push_back(query("update"));
    log.back()["queryNode"] = isOne;
    log.back()["overrideData"] = {{"deep", deep}};
    log.push_back(query("search"));
    log.back()["queryNode"] = isOne;
    log.push_back(query("getAll"));
    log.push_back(query("count"));
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("log.jsonl")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (const Value &entry : log)
        file.write(QByteArray::fromStdString(json::write(entry) + '\n'));
    file.close();

    const LoadResult loaded = loadHistory({file.fileName()});
    TimelineOptions options;
    options.checkpointEvery = std::size_t(checkpointEvery);
    options.deferReads = reads != Reads::Inline;
    const auto timeline = Timeline::build(loaded.history, options);
    QVERIFY(timeline);
    QVERIFY(timeline->evaluateReads());
    Database live;
    std::size_t failures = 0;
    for (std::size_t i = 0; i < log.size(); ++i) {
        const ExecutionResult expected = live.execute(parseLogEntry(log[i]));
        const EntryInfo info = timeline->info(i);
        QCOMPARE(info.success, expected.isSuccess());
        QCOMPARE(timeline->names()[info.error], expected.errorMessage().value_or(std::string()));
        QCOMPARE(info.hitCount, expected.query.hitCount);
        failures += !info.success;
    }
    QCOMPARE(failures, std::size_t(2)); // the search and the getAll after the update
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
