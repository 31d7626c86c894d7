// Replays every reference-generated fixture and checks every result and every recorded state.

#include "database.h"
#include "fixtures.h"
#include "jsondiff.h"
#include "jsonlines.h"

#include <QTest>

#include <map>

using namespace dtdb;

class TestConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replayMatchesReference_data();
    void replayMatchesReference();
    void stateOnlyReplayGivesSameStates_data() { replayMatchesReference_data(); }
    void stateOnlyReplayGivesSameStates();
    void revertingEveryChangeRestoresTheSnapshot_data() { replayMatchesReference_data(); }
    void revertingEveryChangeRestoresTheSnapshot();
};

namespace {

struct Scenario
{
    std::vector<std::string> resultLines;
    Value snapshot;
    std::vector<LogLine> log;
    std::vector<Value> results;
    std::map<std::size_t, Value> states;
};

Scenario loadScenario(const QString &name)
{
    const QString dir = testutil::fixturesDir() + QLatin1Char('/') + name + QLatin1Char('/');
    Scenario s;
    s.snapshot = testutil::parseJson(testutil::readFile(dir + QStringLiteral("snapshot.dtdb")));
    s.log = readJsonLines(testutil::readFile(dir + QStringLiteral("log.jsonl")));
    s.resultLines = testutil::readLines(dir + QStringLiteral("results.jsonl"));
    for (const std::string &line : s.resultLines)
        s.results.push_back(testutil::parseJson(line));
    for (const std::string &line : testutil::readLines(dir + QStringLiteral("states.jsonl"))) {
        Value state = testutil::parseJson(line);
        s.states[state["step"].get<std::size_t>()] = std::move(state["db"]);
    }
    return s;
}

} // namespace

void TestConformance::replayMatchesReference_data()
{
    QTest::addColumn<QString>("scenario");
    for (const QString &name : testutil::scenarioNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestConformance::replayMatchesReference()
{
    QFETCH(QString, scenario);
    const Scenario s = loadScenario(scenario);
    QCOMPARE(s.log.size(), s.results.size());
    Database db = Database::fromJson(s.snapshot);
    QVERIFY(!testutil::jsonDifference(s.states.at(0), db.toJson()));
    std::size_t statesChecked = 0;
    for (std::size_t i = 0; i < s.log.size(); ++i) {
        const std::size_t step = i + 1;
        const LogLine &line = s.log[i];
        QVERIFY2(line.entry, qPrintable(QStringLiteral("step %1 unreadable: %2")
                                            .arg(step)
                                            .arg(QString::fromStdString(line.error))));
        const ExecutionResult r = db.execute(*line.entry);
        if (auto d = testutil::jsonDifference(s.results[i], r.toJson()))
            QFAIL(qPrintable(
                QStringLiteral("step %1 result: %2").arg(step).arg(QString::fromStdString(*d))));
        // The streamed text is the reference's own line, byte for byte.
        std::string written;
        r.write(written);
        QCOMPARE(QString::fromStdString(written), QString::fromStdString(s.resultLines[i]));
        if (const auto it = s.states.find(step); it != s.states.end()) {
            if (auto d = testutil::jsonDifference(it->second, db.toJson()))
                QFAIL(qPrintable(
                    QStringLiteral("step %1 state: %2").arg(step).arg(QString::fromStdString(*d))));
            std::string compact, indented;
            db.write(compact);
            db.write(indented, json::Style::Indent2);
            QCOMPARE(QString::fromStdString(compact),
                     QString::fromStdString(json::write(db.toJson())));
            QCOMPARE(QString::fromStdString(indented),
                     QString::fromStdString(json::write(db.toJson(), json::Style::Indent2)));
            ++statesChecked;
        }
    }
    QCOMPARE(statesChecked + 1, s.states.size());
}

void TestConformance::stateOnlyReplayGivesSameStates()
{
    QFETCH(QString, scenario);
    const Scenario s = loadScenario(scenario);
    Database db = Database::fromJson(s.snapshot);
    ExecOptions options;
    options.computeReads = false;
    for (std::size_t i = 0; i < s.log.size(); ++i) {
        db.execute(*s.log[i].entry, options);
        if (const auto it = s.states.find(i + 1); it != s.states.end())
            if (auto d = testutil::jsonDifference(it->second, db.toJson()))
                QFAIL(qPrintable(QStringLiteral("step %1 state: %2")
                                     .arg(i + 1)
                                     .arg(QString::fromStdString(*d))));
    }
}

// The recorded changes must step backwards exactly: undo every entry from the end and compare
// with each recorded state on the way back.
void TestConformance::revertingEveryChangeRestoresTheSnapshot()
{
    QFETCH(QString, scenario);
    const Scenario s = loadScenario(scenario);
    Database db = Database::fromJson(s.snapshot);
    std::vector<Change> changes(s.log.size());
    for (std::size_t i = 0; i < s.log.size(); ++i)
        db.execute(*s.log[i].entry, {}, &changes[i]);
    for (std::size_t i = s.log.size(); i-- > 0;) {
        db.revert(changes[i]);
        if (const auto it = s.states.find(i); it != s.states.end())
            if (auto d = testutil::jsonDifference(it->second, db.toJson()))
                QFAIL(qPrintable(QStringLiteral("after undoing step %1: %2")
                                     .arg(i + 1)
                                     .arg(QString::fromStdString(*d))));
    }
    // ...and forwards again by applying them.
    for (std::size_t i = 0; i < s.log.size(); ++i) {
        db.apply(changes[i]);
        if (const auto it = s.states.find(i + 1); it != s.states.end())
            if (auto d = testutil::jsonDifference(it->second, db.toJson()))
                QFAIL(qPrintable(QStringLiteral("after re-applying step %1: %2")
                                     .arg(i + 1)
                                     .arg(QString::fromStdString(*d))));
    }
}

QTEST_APPLESS_MAIN(TestConformance)
#include "tst_conformance.moc"
