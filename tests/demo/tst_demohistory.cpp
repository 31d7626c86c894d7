// The bundled demo history (resources/demo): it is exactly what the generator writes for the
// default seed, its server folders agree with a replay of its log, and it has the content the
// demo is meant to show.

#include "database.h"
#include "fixtures.h"
#include "jsonlines.h"
#include "pydatetime.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

using namespace dtdb;

class TestDemoHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void regeneratingGivesTheCommittedFiles();
    void serverFoldersMatchTheReplay();
    void backupsAreTheStateAtTheirTime();
    void causeTimesPrecedeFileTimes();
    void contentCoversTheDemoStory();
};

namespace {

QString demoDir()
{
    return QStringLiteral(DTDB_DEMO_DIR);
}

QString demoPath(const QString &relative)
{
    return demoDir() + QLatin1Char('/') + relative;
}

// Every file under `root`, as sorted paths relative to it.
QStringList filesUnder(const QString &root, const QStringList &skipDirs = {})
{
    QStringList files;
    const QDir base(root);
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = base.relativeFilePath(it.next());
        if (!skipDirs.contains(relative.section(QLatin1Char('/'), 0, 0))) files << relative;
    }
    files.sort();
    return files;
}

// Names in a server folder, sorted (file-name order is time order).
QStringList namesIn(const QString &folder)
{
    return QDir(demoPath(folder)).entryList(QDir::Files, QDir::Name);
}

struct ServerEntry
{
    QString name; // q_<TS>_<ID>.q
    bool success = false;
};

// success_query and error_query together, in file-name (time) order.
std::vector<ServerEntry> serverEntries()
{
    std::vector<ServerEntry> entries;
    for (const QString &name : namesIn(QStringLiteral("server/success_query")))
        entries.push_back({name, true});
    for (const QString &name : namesIn(QStringLiteral("server/error_query")))
        entries.push_back({name, false});
    std::sort(entries.begin(), entries.end(),
              [](const ServerEntry &a, const ServerEntry &b) { return a.name < b.name; });
    return entries;
}

// Microseconds since 0001-01-01 UTC of a file name's <TS> (q_<TS>_<ID>.q, backup_<TS>_...).
std::int64_t fileTime(const QString &name)
{
    const QString ts = name.section(QLatin1Char('_'), 1, 1);
    QString iso = ts.mid(0, 4) + QLatin1Char('-') + ts.mid(4, 2) + QLatin1Char('-') + ts.mid(6, 2) +
                  QLatin1Char('T') + ts.mid(9, 2) + QLatin1Char(':') + ts.mid(11, 2) +
                  QLatin1Char(':') + ts.mid(13, 2) + QLatin1Char('.') + ts.mid(15, 6) +
                  QStringLiteral("+00:00");
    const auto dt = py::parseIsoDateTime(iso.toStdString());
    if (!dt) qFatal("bad file time in %s", qPrintable(name));
    return dt->utcMicroseconds();
}

std::vector<LogLine> demoLog()
{
    return readJsonLines(testutil::readFile(demoPath(QStringLiteral("log.jsonl"))));
}

std::string stateText(const Database &db)
{
    std::string text;
    db.write(text, json::Style::Indent2);
    return text;
}

Database demoSnapshot()
{
    return Database::fromJson(
        testutil::parseJson(testutil::readFile(demoPath(QStringLiteral("snapshot.dtdb")))));
}

std::vector<const Value *> causesOf(const Value &entry)
{
    std::vector<const Value *> causes;
    if (entry.contains("queries")) {
        for (const Value &q : entry["queries"])
            if (q.contains("cause") && !q["cause"].is_null()) causes.push_back(&q["cause"]);
    } else if (entry.contains("cause") && !entry["cause"].is_null()) {
        causes.push_back(&entry["cause"]);
    }
    return causes;
}

} // namespace

void TestDemoHistory::regeneratingGivesTheCommittedFiles()
{
    QTemporaryDir out;
    QVERIFY(out.isValid());
    QProcess generator;
    generator.start(QStringLiteral(DTDB_DEMO_GENERATOR), {out.path()});
    QVERIFY(generator.waitForFinished(10 * 60 * 1000));
    QCOMPARE(generator.exitStatus(), QProcess::NormalExit);
    QCOMPARE(generator.exitCode(), 0);
    QVERIFY(generator.readAllStandardOutput().contains("entries"));

    const QStringList generated = filesUnder(out.path());
    const QStringList committed = filesUnder(demoDir(), {QStringLiteral("generator")});
    QCOMPARE(generated, committed);
    for (const QString &file : generated) {
        const bool same = testutil::readFile(out.path() + QLatin1Char('/') + file) ==
                          testutil::readFile(demoPath(file));
        if (!same) QFAIL(qPrintable(file + QStringLiteral(" differs from the committed file")));
    }
}

void TestDemoHistory::serverFoldersMatchTheReplay()
{
    const std::vector<LogLine> log = demoLog();
    const std::vector<std::string> lines =
        testutil::readLines(demoPath(QStringLiteral("log.jsonl")));
    const std::vector<ServerEntry> server = serverEntries();
    QCOMPARE(server.size(), log.size());
    QCOMPARE(lines.size(), log.size());

    Database db = demoSnapshot();
    for (std::size_t i = 0; i < log.size(); ++i) {
        QVERIFY2(log[i].entry.has_value(), log[i].error.c_str());
        const QString folder =
            server[i].success ? QStringLiteral("success_query") : QStringLiteral("error_query");
        const Value fromFile = testutil::parseJson(testutil::readFile(
            demoPath(QStringLiteral("server/") + folder + QLatin1Char('/') + server[i].name)));
        QCOMPARE(json::write(fromFile), lines[i]); // the same entry in both places
        const ExecutionResult result = db.execute(*log[i].entry);
        if (result.isSuccess() != server[i].success)
            QFAIL(qPrintable(QStringLiteral("line %1 (%2): replay gives isSuccess=%3")
                                 .arg(i + 1)
                                 .arg(server[i].name)
                                 .arg(result.isSuccess())));
    }
}

void TestDemoHistory::backupsAreTheStateAtTheirTime()
{
    const QStringList backups = namesIn(QStringLiteral("server/backups"));
    QCOMPARE(backups.size(), 3);
    const std::vector<LogLine> log = demoLog();
    const std::vector<ServerEntry> server = serverEntries();
    QCOMPARE(server.size(), log.size());

    QCOMPARE(testutil::readFile(demoPath(QStringLiteral("server/backups/") + backups.front())),
             testutil::readFile(demoPath(QStringLiteral("snapshot.dtdb"))));
    Database db = demoSnapshot();
    std::size_t next = 0;
    for (const QString &backup : backups) {
        const std::int64_t at = fileTime(backup);
        while (next < log.size() && fileTime(server[next].name) < at)
            db.execute(*log[next++].entry);
        const std::string expected =
            testutil::readFile(demoPath(QStringLiteral("server/backups/") + backup));
        if (stateText(db) != expected)
            QFAIL(qPrintable(backup + QStringLiteral(" is not the replayed state")));
    }
    QCOMPARE(next, log.size()); // the last backup follows the last entry
}

void TestDemoHistory::causeTimesPrecedeFileTimes()
{
    const std::vector<LogLine> log = demoLog();
    const std::vector<ServerEntry> server = serverEntries();
    QCOMPARE(server.size(), log.size());
    const std::vector<std::string> lines =
        testutil::readLines(demoPath(QStringLiteral("log.jsonl")));
    std::int64_t previous = fileTime(namesIn(QStringLiteral("server/backups")).front());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::int64_t file = fileTime(server[i].name);
        QVERIFY(file > previous);
        const Value entry = testutil::parseJson(lines[i]);
        for (const Value *cause : causesOf(entry)) {
            std::int64_t last = previous;
            for (const Value &node : (*cause)["when"]["nodes"]) {
                const auto t = py::parseIsoDateTime(node["timestamp"].get<std::string>());
                QVERIFY(t && t->aware());
                QVERIFY(t->utcMicroseconds() > last);
                last = t->utcMicroseconds();
            }
            QVERIFY(last < file);
        }
        previous = file;
    }
}

void TestDemoHistory::contentCoversTheDemoStory()
{
    const std::vector<std::string> lines =
        testutil::readLines(demoPath(QStringLiteral("log.jsonl")));
    QVERIFY(lines.size() >= 2500 && lines.size() <= 3500);
    const std::vector<ServerEntry> server = serverEntries();
    QCOMPARE(server.size(), lines.size());

    std::set<std::string> actorTypes, queryTypes;
    std::size_t committedTransactions = 0, rolledBackTransactions = 0, failures = 0;
    std::size_t causeless = 0, chained = 0, fractionalAi = 0;
    Database db = demoSnapshot();
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const Value entry = testutil::parseJson(lines[i]);
        const ExecutionResult result = db.execute(parseLogEntry(entry));
        failures += result.isSuccess() ? 0 : 1;
        if (entry["className"] == "TransactionQuery") {
            if (result.isSuccess())
                ++committedTransactions;
            else if (result.errorMessage() == std::optional<std::string>("Transaction failed"))
                ++rolledBackTransactions;
            for (const Value &q : entry["queries"])
                queryTypes.insert(q["type"].get<std::string>());
        } else {
            queryTypes.insert(entry["type"].get<std::string>());
        }
        const std::vector<const Value *> causes = causesOf(entry);
        causeless += causes.empty() ? 1 : 0;
        for (const Value *cause : causes) {
            const std::string type = (*cause)["who"]["type"].get<std::string>();
            actorTypes.insert(type);
            chained += (*cause)["chainParentSerial"].is_string() ? 1 : 0;
            const double confidence = (*cause)["confidenceScore"].get<double>();
            if (type == "ai" && confidence > 0.0 && confidence < 1.0) ++fractionalAi;
            const std::size_t nodes = (*cause)["when"]["nodes"].size();
            QVERIFY(nodes >= 1 && nodes <= 3);
        }
    }
    QCOMPARE(actorTypes, (std::set<std::string>{"ai", "human", "system"}));
    QVERIFY(committedTransactions > 0);
    QVERIFY(rolledBackTransactions > 0);
    QVERIFY(failures > 0 && failures < lines.size() / 10);
    QVERIFY(causeless > 0 && causeless < lines.size() / 20);
    QVERIFY(chained > lines.size() / 4);
    QVERIFY(fractionalAi > 0);
    for (const char *type : {"add", "updateOne", "update", "deleteOne", "search", "searchOne",
                             "getAll", "count", "conformToTemplate", "renameField"})
        QVERIFY2(queryTypes.count(type), type);

    std::vector<std::string> names;
    for (const Database::Slot &slot : db.slots())
        names.push_back(slot.name);
    QCOMPARE(names, (std::vector<std::string>{"customers", "products", "orders", "inventory_log"}));
}

QTEST_APPLESS_MAIN(TestDemoHistory)
#include "tst_demohistory.moc"
