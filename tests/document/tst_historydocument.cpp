// The opened document: cursor moves publish the replayed state, edits are logged queries that
// undo and redo through the log, and saving writes them where the history came from.

#include "demo.h"
#include "exporter.h"
#include "exportfile.h"
#include "historydocument.h"
#include "historyloader.h"
#include "jsonio.h"

#include "documentwait.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <random>

using namespace dtdb;
using namespace dtdb::document;

class TestHistoryDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensAtTheNewestState_data();
    void opensAtTheNewestState();
    void seeksPublishReplayedStates();
    void readResultsArriveAfterOpening();
    void rapidRequestsEndAtTheLastOne();
    void editsInThePastAreRefused();
    void undoRedoRoundTrip();
    void itemEditsBecomeQueries();
    void invalidQueryIsRejected();
    void saveAndReopen_data();
    void saveAndReopen();
    void unreadableInputFails();
    void encryptedSnapshotAsksForTheKey();
    void exports_data();
    void exports();
};

namespace {

using testutil::moveAndWait;
using testutil::openAndWait;

std::string text(const Database &db)
{
    std::string out;
    db.write(out);
    return out;
}

bool waitForHead(HistoryDocument &doc)
{
    return QTest::qWaitFor([&] { return doc.canEdit(); }, 60000);
}

QStringList demoPaths(const QString &layout)
{
    if (layout == QLatin1String("server")) return {testutil::demoServer()};
    return {testutil::demoDir() + QStringLiteral("/snapshot.dtdb"),
            testutil::demoDir() + QStringLiteral("/log.jsonl")};
}

Value addQuery(const std::string &target, Value item)
{
    return {{"className", "Query"},
            {"target", target},
            {"type", "add"},
            {"addData", Value::array({std::move(item)})}};
}

} // namespace

void TestHistoryDocument::opensAtTheNewestState_data()
{
    QTest::addColumn<QString>("layout");
    QTest::newRow("server folder") << QStringLiteral("server");
    QTest::newRow("snapshot + log") << QStringLiteral("jsonl");
}

void TestHistoryDocument::opensAtTheNewestState()
{
    QFETCH(QString, layout);
    HistoryDocument doc;
    QVERIFY(openAndWait(doc, demoPaths(layout)));
    QVERIFY(doc.entryCount() > 1000);
    QVERIFY(doc.moment());
    QCOMPARE(doc.moment()->position, doc.entryCount());
    QCOMPARE(text(*doc.moment()->state), text(doc.timeline().stateAt(doc.entryCount())));
    QVERIFY(doc.hasTimes());
    QVERIFY(doc.firstTime() < doc.lastTime());
    QCOMPARE(doc.positionAtTime(doc.lastTime()), doc.entryCount());
    QCOMPARE(doc.positionAtTime(doc.firstTime() - 1), std::size_t(0));
    QVERIFY(!doc.isModified());
}

void TestHistoryDocument::seeksPublishReplayedStates()
{
    HistoryDocument doc;
    QVERIFY(openAndWait(doc, demoPaths(QStringLiteral("server"))));
    std::mt19937 rng(7);
    std::uniform_int_distribution<std::size_t> pick(0, doc.entryCount());
    for (int i = 0; i < 12; ++i) {
        const std::size_t p = i % 3 == 2 ? doc.position() - 1 : pick(rng); // some single steps
        QVERIFY(moveAndWait(doc, p));
        const auto &m = *doc.moment();
        QCOMPARE(text(*m.state), text(doc.timeline().stateAt(p)));
        QCOMPARE(bool(m.change), p > 0);
        if (p > 0) {
            // What the Moment says the entry touched agrees with the index.
            std::size_t touched = 0;
            for (const auto &[key, t] : m.touched)
                touched += t.added.size() + t.modified.size() + t.removed.size();
            QVERIFY(touched <= doc.info(p - 1).touched);
        }
    }
}

// The timeline is shown before the reads are evaluated; their results then arrive in the
// background, the same as those of a replay that runs every entry in order.
void TestHistoryDocument::readResultsArriveAfterOpening()
{
    const QStringList paths = demoPaths(QStringLiteral("server"));
    HistoryDocument doc;
    QSignalSpy opened(&doc, &HistoryDocument::opened);
    QSignalSpy results(&doc, &HistoryDocument::readResultsChanged);
    doc.open(paths);
    QVERIFY(opened.wait(60000));
    QVERIFY(QTest::qWaitFor([&] { return doc.readResultsComplete(); }, 60000));
    QVERIFY(!results.isEmpty());
    QCOMPARE(results.last().at(0).toInt(), 1000);

    Database live;
    std::size_t reads = 0;
    for (std::size_t i = 0; i < doc.entryCount(); ++i) {
        if (const Database *anchor = doc.timeline().anchorAt(i)) live = *anchor;
        const auto entry = doc.parseEntry(i);
        QVERIFY(entry);
        const ExecutionResult expected = live.execute(*entry);
        const history::EntryInfo shown = doc.info(i);
        QVERIFY(!shown.pending);
        reads += !isWriteType(shown.type);
        QCOMPARE(shown.success, expected.isSuccess());
        if (!expected.isTransaction) {
            QCOMPARE(shown.hitCount, expected.query.hitCount);
            QCOMPARE(shown.dbLength, expected.query.dbLength);
        }
        QCOMPARE(doc.name(shown.error), expected.errorMessage().value_or(std::string()));
    }
    QVERIFY(reads > 100);
}

void TestHistoryDocument::rapidRequestsEndAtTheLastOne()
{
    HistoryDocument doc;
    QVERIFY(openAndWait(doc, demoPaths(QStringLiteral("server"))));
    QSignalSpy moments(&doc, &HistoryDocument::momentChanged);
    // A drag: many requests in a row; superseded ones are dropped, the last one is shown.
    for (std::size_t p = 0; p < doc.entryCount(); p += 97)
        doc.setPosition(p);
    doc.setPosition(1234);
    QVERIFY(QTest::qWaitFor([&] { return doc.moment()->position == 1234; }, 60000));
    QVERIFY(moments.count() < int(doc.entryCount() / 97));
    QCOMPARE(text(*doc.moment()->state), text(doc.timeline().stateAt(1234)));
}

void TestHistoryDocument::editsInThePastAreRefused()
{
    HistoryDocument doc;
    QVERIFY(openAndWait(doc, demoPaths(QStringLiteral("server"))));
    QVERIFY(moveAndWait(doc, 10));
    QVERIFY(!doc.canEdit());
    const QString error =
        doc.runEntry(addQuery("customers", {{"id", -1}}), QStringLiteral("x"), {});
    QVERIFY(error.contains(QStringLiteral("past")));
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(doc.entryCount(), doc.baseEntryCount());
}

void TestHistoryDocument::undoRedoRoundTrip()
{
    HistoryDocument doc;
    QVERIFY(openAndWait(doc, demoPaths(QStringLiteral("server"))));
    const std::size_t base = doc.entryCount();
    const std::string before = text(*doc.moment()->state);

    QVERIFY(waitForHead(doc));
    doc.setLocalActor({ActorType::Human, QStringLiteral("tester"), QStringLiteral("Test Er"), {}});
    QCOMPARE(doc.runEntry(addQuery("customers", {{"id", 900001}, {"name", "Round Trip"}}),
                          QStringLiteral("Add a test customer"), QStringLiteral("testing")),
             QString());
    QCOMPARE(doc.entryCount(), base + 1);
    QVERIFY(doc.isModified());
    QVERIFY(moveAndWait(doc, base + 1));
    const std::string after = text(*doc.moment()->state);
    QVERIFY(after != before);
    QVERIFY(after.find("Round Trip") != std::string::npos);
    // The appended entry is a logged query with the local actor's Cause.
    const auto entry = doc.parseEntry(base);
    QVERIFY(entry);
    const Cause *cause = causeOf(*entry);
    QVERIFY(cause);
    QVERIFY(cause->who.id == Value("tester"));
    QVERIFY(cause->why == Value("testing"));
    QVERIFY(cause->from == Value("DeltaTrace History"));
    QVERIFY(doc.info(base).success);
    QCOMPARE(doc.actor(doc.info(base).actor).name, std::string("Test Er"));
    // The added item is marked at the cursor.
    QCOMPARE(doc.moment()->touched.size(), std::size_t(1));

    doc.undoStack()->undo();
    QCOMPARE(doc.entryCount(), base);
    QVERIFY(moveAndWait(doc, base));
    QCOMPARE(text(*doc.moment()->state), before);
    QVERIFY(!doc.isModified());

    doc.undoStack()->redo();
    QVERIFY(moveAndWait(doc, base + 1));
    QCOMPARE(text(*doc.moment()->state), after);
    // Replaying the logged entry from the state before gives the same state.
    Database replayed = doc.timeline().stateAt(base);
    replayed.execute(*entry);
    QCOMPARE(text(replayed), after);
}

void TestHistoryDocument::itemEditsBecomeQueries()
{
    HistoryDocument doc;
    QVERIFY(openAndWait(doc, demoPaths(QStringLiteral("server"))));
    QVERIFY(waitForHead(doc));
    const auto moment = doc.moment(); // keeps the state (and `slot`) alive
    const Database::Slot &slot = moment->state->slots().front();
    QVERIFY(slot.collection.size() > 2);
    const ItemPtr second = slot.collection.items().at(1).item;
    const std::string field = second->toValue().begin().key();

    QCOMPARE(doc.setField(slot.key, second.get(), field, Value("edited"), {}), QString());
    QVERIFY(waitForHead(doc));
    const Collection *c = doc.moment()->state->find(slot.key);
    QVERIFY((*c->items().at(1).item)[field] == Value("edited"));
    QCOMPARE(doc.moment()->markOf(slot.key, c->items().at(1).item.get()), ItemMark::Modified);

    const std::size_t size = c->size();
    QCOMPARE(doc.deleteItem(slot.key, c->items().at(1).item.get(), {}), QString());
    QVERIFY(waitForHead(doc));
    QCOMPARE(doc.moment()->state->find(slot.key)->size(), size - 1);
    QCOMPARE(doc.moment()->touchedIn(slot.key)->removed.size(), std::size_t(1));

    QCOMPARE(doc.addItem(slot.key, {{"note", "new"}}, QStringLiteral("why not")), QString());
    QVERIFY(waitForHead(doc));
    QCOMPARE(doc.moment()->state->find(slot.key)->size(), size);
    QCOMPARE(doc.undoStack()->count(), 3);
}

void TestHistoryDocument::invalidQueryIsRejected()
{
    HistoryDocument doc;
    QVERIFY(openAndWait(doc, demoPaths(QStringLiteral("jsonl"))));
    QVERIFY(waitForHead(doc));
    const QString error = doc.runEntry(
        Value{{"className", "Query"}, {"target", "x"}, {"type", "noSuchType"}}, {}, {});
    QVERIFY(error.startsWith(QStringLiteral("Not a valid query")));
    QCOMPARE(doc.entryCount(), doc.baseEntryCount());
}

void TestHistoryDocument::saveAndReopen_data()
{
    QTest::addColumn<QString>("layout");
    QTest::newRow("server folder") << QStringLiteral("server");
    QTest::newRow("snapshot + log") << QStringLiteral("jsonl");
    QTest::newRow("snapshot only") << QStringLiteral("snapshot");
}

void TestHistoryDocument::saveAndReopen()
{
    QFETCH(QString, layout);
    QTemporaryDir dir;
    QStringList paths;
    if (layout == QLatin1String("server")) {
        paths << testutil::copyInto(testutil::demoServer(), dir.path());
    } else {
        paths << testutil::copyInto(testutil::demoDir() + QStringLiteral("/snapshot.dtdb"),
                                    dir.path());
        if (layout == QLatin1String("jsonl"))
            paths << testutil::copyInto(testutil::demoDir() + QStringLiteral("/log.jsonl"),
                                        dir.path());
    }
    HistoryDocument doc;
    QVERIFY(openAndWait(doc, paths));
    const std::size_t base = doc.entryCount();
    QVERIFY(waitForHead(doc));
    QCOMPARE(doc.runEntry(addQuery("customers", {{"id", 1}}), QStringLiteral("one"), {}),
             QString());
    QVERIFY(waitForHead(doc));
    // A failing query is logged too (in error_query/ for a server folder).
    QCOMPARE(doc.runEntry(Value{{"className", "Query"},
                                {"target", "customers"},
                                {"type", "deleteOne"},
                                {"queryNode",
                                 {{"type", "equals_"},
                                  {"field", "id"},
                                  {"value", "no such id"},
                                  {"vType", "auto_"}}}},
                          QStringLiteral("two"), {}),
             QString());
    QVERIFY(waitForHead(doc));
    QVERIFY(!doc.info(base + 1).success);
    const std::string expected = text(*doc.moment()->state);
    QCOMPARE(doc.save(), QString());
    QVERIFY(!doc.isModified());
    QCOMPARE(doc.undoStack()->count(), 0);

    QStringList reopenPaths = paths;
    if (layout == QLatin1String("snapshot")) {
        QCOMPARE(doc.saveTarget().kind, SaveTarget::Kind::AppendJsonLines);
        reopenPaths << doc.saveTarget().path;
    }
    HistoryDocument again;
    QVERIFY(openAndWait(again, reopenPaths));
    QCOMPARE(again.entryCount(), base + 2);
    QCOMPARE(again.problems().size(), doc.problems().size());
    QCOMPARE(text(*again.moment()->state), expected);
    QVERIFY(again.info(base).success);
    QVERIFY(!again.info(base + 1).success);
    if (layout == QLatin1String("server")) QVERIFY(again.entryFromErrorFolder(base + 1));

    // A second save appends after the first.
    QVERIFY(waitForHead(again));
    QCOMPARE(again.runEntry(addQuery("customers", {{"id", 2}}), QStringLiteral("three"), {}),
             QString());
    QCOMPARE(again.save(), QString());
    HistoryDocument third;
    QVERIFY(openAndWait(third, reopenPaths));
    QCOMPARE(third.entryCount(), base + 3);

    // A JSON Lines log changed by someone else since it was opened is left alone.
    if (third.saveTarget().kind != SaveTarget::Kind::AppendJsonLines) return;
    QVERIFY(waitForHead(third));
    QCOMPARE(third.runEntry(addQuery("customers", {{"id", 3}}), QStringLiteral("four"), {}),
             QString());
    const QString log = third.saveTarget().path;
    {
        QFile f(log);
        QVERIFY(f.open(QIODevice::Append));
        f.write("{\"className\":\"Query\",\"target\":\"c\",\"type\":\"count\"}\n");
    }
    QFile before(log);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray onDisk = before.readAll();
    const QString error = third.save();
    QVERIFY2(error.contains(QStringLiteral("changed on disk")), qPrintable(error));
    QVERIFY(third.isModified());
    QFile after(log);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), onDisk);
}

void TestHistoryDocument::unreadableInputFails()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.dtdb"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{ not json");
    f.close();
    HistoryDocument doc;
    QSignalSpy failed(&doc, &HistoryDocument::openFailed);
    doc.open({path});
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.front().front().toString().contains(QStringLiteral("broken.dtdb")));
    QVERIFY(!doc.isOpen());
}

void TestHistoryDocument::encryptedSnapshotAsksForTheKey()
{
    const QString key = QStringLiteral("00112233445566778899aabbccddeeff");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secret.dtdb"));
    Database db = Database::fromJson(*json::parse(
        R"j({"className":"DeltaTraceDatabase","version":"1","collections":{"a":{"className":"Collection","version":"17","data":[{"x":1}],"serialNum":0}}})j"));
    const auto bytes = history::exportSnapshot(db, key.toStdString());
    QVERIFY(bytes);
    QCOMPARE(writeFileAtomically(path, QByteArray::fromStdString(*bytes)), QString());

    // Asked on this thread while the loader waits; the right key opens it.
    HistoryDocument doc;
    QStringList asked;
    doc.setKeyProvider([&](const QString &file) {
        asked << file;
        return key;
    });
    QVERIFY(openAndWait(doc, {path}));
    QCOMPARE(asked, QStringList{path});
    QCOMPARE(text(*doc.moment()->state), text(db));

    // A wrong key names the file and says what is wrong; nothing is opened.
    HistoryDocument wrong;
    wrong.setKeyProvider(
        [](const QString &) { return QStringLiteral("ffeeddccbbaa99887766554433221100"); });
    QSignalSpy failed(&wrong, &HistoryDocument::openFailed);
    wrong.open({path});
    QVERIFY(failed.wait(10000));
    const QString message = failed.front().front().toString();
    QVERIFY(message.contains(QStringLiteral("secret.dtdb")));
    QVERIFY(message.contains(QStringLiteral("wrong key")));
}

void TestHistoryDocument::exports_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("key");
    QTest::newRow("snapshot") << int(ExportRequest::Kind::Snapshot) << QString();
    QTest::newRow("encrypted snapshot")
        << int(ExportRequest::Kind::Snapshot)
        << QStringLiteral("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    QTest::newRow("collection json") << int(ExportRequest::Kind::CollectionJson) << QString();
    QTest::newRow("collection csv") << int(ExportRequest::Kind::CollectionCsv) << QString();
    QTest::newRow("log slice") << int(ExportRequest::Kind::LogSlice) << QString();
}

void TestHistoryDocument::exports()
{
    QFETCH(int, kind);
    QFETCH(QString, key);
    HistoryDocument doc;
    QVERIFY(openAndWait(doc, demoPaths(QStringLiteral("server"))));
    QTemporaryDir dir;
    ExportRequest request;
    request.kind = ExportRequest::Kind(kind);
    request.path = dir.filePath(QStringLiteral("out"));
    request.position = 1000;
    request.collectionKey = "orders";
    request.hexKey = key;
    request.from = 10;
    request.to = 20;
    QCOMPARE(runExport(doc, request), QString());
    QFile file(request.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const Database expected = doc.timeline().stateAt(1000);
    switch (request.kind) {
    case ExportRequest::Kind::Snapshot: {
        // Reading the export back gives the state at the position.
        history::Problem problem;
        const auto state = history::readSnapshot(
            request.path, bytes, [&](const QString &) { return key; }, &problem);
        QVERIFY2(state, qPrintable(problem.message));
        QCOMPARE(text(*state), text(expected));
        break;
    }
    case ExportRequest::Kind::CollectionJson: {
        const auto items = json::parse(bytes.toStdString());
        QVERIFY(items);
        QVERIFY(*items == expected.find("orders")->toJson()["data"]);
        break;
    }
    case ExportRequest::Kind::CollectionCsv:
        // A header line, then one line per item (no item of the demo has a newline in it).
        QCOMPARE(bytes.count('\n'), qsizetype(expected.find("orders")->size() + 1));
        break;
    case ExportRequest::Kind::LogSlice: {
        const QList<QByteArray> lines = bytes.trimmed().split('\n');
        QCOMPARE(lines.size(), 10);
        QVERIFY(*json::parse(lines.front().toStdString()) == *json::parse(doc.entryText(10)));
        break;
    }
    }
}

QTEST_GUILESS_MAIN(TestHistoryDocument)
#include "tst_historydocument.moc"
