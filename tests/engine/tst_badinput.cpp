// Bad input never crashes or hangs the engine: every fixture input truncated at every 97th
// byte and mutated by random byte flips (fixed seed) is either loaded or rejected with a
// message, and whatever loads can be executed. Run under the asan preset in CI.

#include "database.h"
#include "errors.h"
#include "fixtures.h"
#include "jsonlines.h"

#include <QTest>

#include <random>

using namespace dtdb;

class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snapshotErrorsNameTheProblem_data();
    void snapshotErrorsNameTheProblem();
    void truncatedSnapshots_data();
    void truncatedSnapshots();
    void truncatedLogs_data() { truncatedSnapshots_data(); }
    void truncatedLogs();
    void flippedBytes_data() { truncatedSnapshots_data(); }
    void flippedBytes();
    void unreadableLinesAreReportedAndSkipped();
};

namespace {

constexpr std::size_t CutEvery = 97;

// Loads a snapshot text; returns whether it loaded. Must never throw anything else.
bool tryLoadSnapshot(std::string_view text, Database *out = nullptr)
{
    const auto value = json::parse(text);
    if (!value) return false;
    try {
        Database db = Database::fromJson(*value);
        db.toJson();
        if (out) *out = std::move(db);
        return true;
    } catch (const LoadError &) {
        return false;
    }
}

void executeIfReadable(Database &db, std::string_view line)
{
    LogLine parsed;
    parseLogLine(line, parsed);
    if (parsed.entry) {
        const ExecutionResult r = db.execute(*parsed.entry);
        r.toJson();
    } else {
        QVERIFY(!parsed.error.empty());
    }
}

} // namespace

void TestBadInput::snapshotErrorsNameTheProblem_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << "{\"collections\": {"
                              << "";
    QTest::newRow("no collections") << R"({"className":"DeltaTraceDatabase"})"
                                    << "Invalid format: 'collections' should be a dict";
    QTest::newRow("collections is a list") << R"({"collections":[]})"
                                           << "Invalid format: 'collections' should be a dict";
    QTest::newRow("collection is a string") << R"({"collections":{"a":"x"}})"
                                            << "Invalid format: target is not a dict";
    QTest::newRow("root is an array") << "[1,2]"
                                      << "Invalid format: 'collections' should be a dict";
}

void TestBadInput::snapshotErrorsNameTheProblem()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const std::string s = text.toStdString();
    json::ParseError error;
    const auto value = json::parse(s, &error);
    if (message.isEmpty()) {
        QVERIFY(!value);
        QVERIFY(!error.message.empty());
        QCOMPARE(error.line, std::size_t(1));
        QVERIFY(error.column > 0);
        return;
    }
    QVERIFY(value);
    try {
        Database::fromJson(*value);
        QFAIL("expected a LoadError");
    } catch (const LoadError &e) {
        QCOMPARE(QString::fromUtf8(e.what()), message);
    }
}

void TestBadInput::truncatedSnapshots_data()
{
    QTest::addColumn<QString>("scenario");
    for (const QString &name : testutil::scenarioNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestBadInput::truncatedSnapshots()
{
    QFETCH(QString, scenario);
    const std::string text = testutil::readFile(testutil::fixturesDir() + QLatin1Char('/') +
                                                scenario + QStringLiteral("/snapshot.dtdb"));
    QVERIFY(tryLoadSnapshot(text));
    std::size_t rejected = 0;
    for (std::size_t cut = 0; cut < text.size(); cut += CutEvery)
        rejected += !tryLoadSnapshot(std::string_view(text).substr(0, cut));
    // Every strict prefix of a JSON object is incomplete.
    QCOMPARE(rejected, (text.size() + CutEvery - 1) / CutEvery);
}

// Truncating a JSON Lines log at byte k leaves the lines before intact and cuts one line; so
// each line is checked cut at every multiple of 97 that falls inside it, then executed.
void TestBadInput::truncatedLogs()
{
    QFETCH(QString, scenario);
    const QString dir = testutil::fixturesDir() + QLatin1Char('/') + scenario + QLatin1Char('/');
    Database base;
    QVERIFY(tryLoadSnapshot(testutil::readFile(dir + QStringLiteral("snapshot.dtdb")), &base));
    const std::string log = testutil::readFile(dir + QStringLiteral("log.jsonl"));
    const std::vector<LogLine> intact = readJsonLines(log);
    std::size_t lineStart = 0;
    std::size_t cuts = 0;
    Database db = base;
    while (lineStart < log.size()) {
        std::size_t lineEnd = log.find('\n', lineStart);
        if (lineEnd == std::string::npos) lineEnd = log.size();
        for (std::size_t cut = (lineStart + CutEvery - 1) / CutEvery * CutEvery; cut < lineEnd;
             cut += CutEvery) {
            const std::string_view truncated(log.data() + lineStart, cut - lineStart);
            Database scratch = db;
            executeIfReadable(scratch, truncated);
            ++cuts;
        }
        executeIfReadable(db, std::string_view(log.data() + lineStart, lineEnd - lineStart));
        lineStart = lineEnd + 1;
    }
    QVERIFY(cuts >= log.size() / CutEvery / 2);
    // The readable prefix of a truncated file is exactly the lines before the cut.
    const std::vector<LogLine> half =
        readJsonLines(std::string_view(log).substr(0, log.size() / 2));
    QVERIFY(!half.empty());
    for (std::size_t i = 0; i + 1 < half.size(); ++i)
        QVERIFY(half[i].entry.has_value() == intact[i].entry.has_value());
}

void TestBadInput::flippedBytes()
{
    QFETCH(QString, scenario);
    const QString dir = testutil::fixturesDir() + QLatin1Char('/') + scenario + QLatin1Char('/');
    std::mt19937_64 rng(20261124);
    const std::string snapshot = testutil::readFile(dir + QStringLiteral("snapshot.dtdb"));
    for (int i = 0; i < 300; ++i) {
        std::string mutated = snapshot;
        mutated[rng() % mutated.size()] ^= char(1u << (rng() % 8));
        tryLoadSnapshot(mutated);
    }
    Database base;
    QVERIFY(tryLoadSnapshot(snapshot, &base));
    const std::vector<std::string> lines = testutil::readLines(dir + QStringLiteral("log.jsonl"));
    for (int i = 0; i < 300; ++i) {
        std::string line = lines[rng() % lines.size()];
        for (int flips = 1 + int(rng() % 3); flips > 0; --flips)
            line[rng() % line.size()] ^= char(1u << (rng() % 8));
        Database db = base;
        executeIfReadable(db, line);
    }
}

void TestBadInput::unreadableLinesAreReportedAndSkipped()
{
    const std::string log = "{\"className\":\"Query\",\"target\":\"a\",\"type\":\"count\"}\n"
                            "{\"className\":\"Query\",\"target\":\n"
                            "\n"
                            "{\"className\":\"Nope\"}\n"
                            "{\"className\":\"Query\",\"target\":\"b\",\"type\":\"count\"}";
    const std::vector<LogLine> lines = readJsonLines(log);
    QCOMPARE(lines.size(), std::size_t(4));
    QVERIFY(lines[0].entry);
    QVERIFY(!lines[1].entry);
    QCOMPARE(lines[1].line, std::size_t(2));
    QVERIFY(lines[1].column > 1);
    QVERIFY(!lines[2].entry);
    QCOMPARE(lines[2].line, std::size_t(4));
    QCOMPARE(QString::fromStdString(lines[2].error), QStringLiteral("Unsupported query class"));
    QVERIFY(lines[3].entry);
    QCOMPARE(lines[3].line, std::size_t(5));
}

QTEST_APPLESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
