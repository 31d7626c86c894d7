// Opening histories in every shape users have them, and bad input: each problem is named by
// file and place, and everything else still loads.

#include "aesgcm.h"
#include "fixtures.h"
#include "historyloader.h"
#include "sourcetext.h"
#include "timeline.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dtdb;
using namespace dtdb::history;

class TestHistoryLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badInputIsNamedAndTheRestLoads_data();
    void badInputIsNamedAndTheRestLoads();
    void encryptedSnapshots();
    void jsonArrayAndSingleQueryFiles();
    void plainFolderOrder_data();
    void plainFolderOrder();
    void partialServerFolders_data();
    void partialServerFolders();
    void permissionsDenyEntries();
    void longLogsAreReadInBlocks();
    void entriesAreReadAgainFromTheirFiles();
    void contentDigestIgnoresHowBytesAreFed();

private:
    QTemporaryDir m_dir;
    QString write(const QString &name, const QByteArray &bytes);
};

namespace {

const QString Fixtures = testutil::fixturesDir();

QByteArray read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

const char *const Count = R"({"className":"Query","target":"c","type":"count"})";
const char *const Add = R"({"className":"Query","target":"c","type":"add","addData":[{"v":1}]})";

} // namespace

QString TestHistoryLoader::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

void TestHistoryLoader::badInputIsNamedAndTheRestLoads_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<int>("entries"); // entries in the history (unreadable ones included)
    QTest::addColumn<int>("readable");
    QTest::addColumn<QString>("where"); // expected start of the problem text after the file name
    QTest::newRow("broken JSONL line")
        << "log.jsonl" << QByteArray(Add) + "\n{\"className\":\"Query\",\"tar\n" + Count << 3 << 2
        << ":2:";
    QTest::newRow("wrong className")
        << "log.jsonl"
        << QByteArray(Add) + "\n{\"className\":\"Querry\",\"target\":\"c\",\"type\":\"count\"}\n"
        << 2 << 1 << ":2:1: not a query the reference can load: Unsupported query class";
    QTest::newRow("unknown query type")
        << "log.jsonl"
        << QByteArray(Count) + "\n" + Count +
               "\n{\"className\":\"Query\",\"target\":\"c\",\"type\":\"upsert\"}"
        << 3 << 2 << ":3:1:";
    QTest::newRow("truncated .q file")
        << "server/success_query/q_20250101T000000000001_0000abcd.q"
        << QByteArray("{\n  \"className\": \"Query\",\n  \"target\"") << 1 << 0 << ":3:";
    QTest::newRow("snapshot that is not JSON")
        << "snap.dtdb" << QByteArray("\x01\x02\x03not json at all, not encrypted either.......")
        << 0 << 0 << ": not JSON; if it is encrypted, give its key";
    QTest::newRow("snapshot without collections")
        << "snap.dtdb" << QByteArray(R"({"className":"DeltaTraceDatabase"})") << 0 << 0
        << ": not a DeltaTraceDB snapshot: Invalid format: 'collections' should be a dict";
    QTest::newRow("truncated snapshot")
        << "snap.dtdb" << read(Fixtures + QStringLiteral("/basic_crud/snapshot.dtdb")).left(500)
        << 0 << 0 << ":";
}

void TestHistoryLoader::badInputIsNamedAndTheRestLoads()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, contents);
    QFETCH(int, entries);
    QFETCH(int, readable);
    QFETCH(QString, where);
    QVERIFY(m_dir.isValid());
    const QString sub = QStringLiteral("case%1").arg(
        QTest::currentDataTag() ? qHash(QString::fromLatin1(QTest::currentDataTag())) : 0);
    const QString path = write(sub + QLatin1Char('/') + name, contents);
    // A good log next to it always loads.
    const QString good = write(sub + QStringLiteral("/good.jsonl"), Count);
    const LoadResult loaded = loadHistory({path, good});
    QVERIFY(loaded.history);
    const History &h = *loaded.history;
    QCOMPARE(int(h.entries.size()), entries + 1);
    // Entries are parsed (and unreadable ones found) while the timeline is built; the rest
    // replays.
    const auto timeline = Timeline::build(loaded.history);
    QVERIFY(timeline);
    QCOMPARE(timeline->size(), h.entries.size());
    int readableCount = 0;
    for (const Entry &e : h.entries)
        readableCount += e.readable;
    QCOMPARE(readableCount, readable + 1);
    QCOMPARE(h.problems.size(), std::size_t(1));
    const QString problem = h.problems.front().toString();
    QVERIFY2(problem.startsWith(path + where), qPrintable(problem));
    for (std::size_t i = 0; i < h.entries.size(); ++i)
        QCOMPARE(timeline->info(i).readable, h.entries[i].readable);
}

void TestHistoryLoader::encryptedSnapshots()
{
    const std::string key = "000102030405060708090a0b0c0d0e0f";
    const QByteArray plain = read(Fixtures + QStringLiteral("/basic_crud/snapshot.dtdb"));
    const auto encrypted =
        aesgcm::encrypt(std::string_view(plain.constData(), std::size_t(plain.size())), key);
    QVERIFY(encrypted);
    const QString path = write(QStringLiteral("enc/snap.dtdb"),
                               QByteArray(reinterpret_cast<const char *>(encrypted->data()),
                                          qsizetype(encrypted->size())));
    const QString log = Fixtures + QStringLiteral("/basic_crud/log.jsonl");
    LoadOptions options;
    options.keyFor = [&](const QString &) { return QString::fromStdString(key); };
    const LoadResult ok = loadHistory({path, log}, options);
    QVERIFY(ok.history->problems.empty());
    QCOMPARE(ok.history->anchors.front().file, 0);
    options.keyFor = [](const QString &) {
        return QStringLiteral("ffffffffffffffffffffffffffffffff");
    };
    const LoadResult wrong = loadHistory({path, log}, options);
    QCOMPARE(wrong.history->problems.size(), std::size_t(1));
    QCOMPARE(wrong.history->problems.front().toString(),
             path + QStringLiteral(": wrong key or damaged file"));
    QCOMPARE(wrong.history->entries.size(), ok.history->entries.size());
}

void TestHistoryLoader::jsonArrayAndSingleQueryFiles()
{
    const QString array =
        write(QStringLiteral("array/log.json"), QByteArray("[\n ") + Add + ",\n " + Count + "\n]");
    const QString single = write(QStringLiteral("array/one.q"), QByteArray(Add));
    const LoadResult loaded = loadHistory({array, single});
    QVERIFY(loaded.history->problems.empty());
    QCOMPARE(loaded.history->entries.size(), std::size_t(3));
    const auto timeline = Timeline::build(loaded.history);
    std::string state;
    timeline->stateAt(3).write(state);
    QVERIFY(
        QString::fromStdString(state).contains(QStringLiteral("\"data\":[{\"v\":1},{\"v\":1}]")));
}

void TestHistoryLoader::plainFolderOrder_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QList<int>>("anchorPositions"); // of the snapshots, in file order
    // One snapshot is where the log starts, whatever the names.
    QTest::newRow("snapshot named after its log")
        << QStringList{QStringLiteral("log.jsonl"), QStringLiteral("snapshot.dtdb")}
        << QList<int>{0};
    QTest::newRow("snapshot named before its log")
        << QStringList{QStringLiteral("base.dtdb"), QStringLiteral("queries.jsonl")}
        << QList<int>{0};
    // Several snapshots and logs interleave in name order.
    QTest::newRow("several snapshots")
        << QStringList{QStringLiteral("1-snapshot.dtdb"), QStringLiteral("2-log.jsonl"),
                       QStringLiteral("3-snapshot.dtdb"), QStringLiteral("4-log.jsonl")}
        << QList<int>{0, 2};
    // Name order decides as soon as the folder holds more than a snapshot and its log.
    QTest::newRow("one snapshot between logs")
        << QStringList{QStringLiteral("1-log.jsonl"), QStringLiteral("2-snapshot.dtdb"),
                       QStringLiteral("3-log.jsonl")}
        << QList<int>{2};
}

void TestHistoryLoader::plainFolderOrder()
{
    QFETCH(QStringList, files);
    QFETCH(QList<int>, anchorPositions);
    const QString folder =
        QStringLiteral("plain-%1").arg(QLatin1String(QTest::currentDataTag())).replace(u' ', u'-');
    for (const QString &name : files)
        write(folder + u'/' + name,
              name.endsWith(QLatin1String(".dtdb"))
                  ? QByteArray(
                        R"({"className":"DeltaTraceDatabase","version":"16","collections":{}})")
                  : QByteArray(Add) + '\n' + Count + '\n');
    const LoadResult loaded = loadHistory({m_dir.filePath(folder)});
    QVERIFY(loaded.history->problems.empty());
    QList<int> actual;
    for (const Anchor &a : loaded.history->anchors)
        if (a.file >= 0) actual << int(a.position);
    QCOMPARE(actual, anchorPositions);
    // No empty start when a snapshot is at 0.
    QCOMPARE(loaded.history->anchors.front().file >= 0, anchorPositions.front() == 0);
}

void TestHistoryLoader::partialServerFolders_data()
{
    QTest::addColumn<QString>("sub");
    QTest::addColumn<int>("anchors");
    QTest::newRow("success_query only") << "success_query" << 1;
    QTest::newRow("backups only") << "backups" << 4;
    QTest::newRow("error_query only") << "error_query" << 1;
}

void TestHistoryLoader::partialServerFolders()
{
    QFETCH(QString, sub);
    QFETCH(int, anchors);
    const LoadResult loaded = loadHistory({Fixtures + QStringLiteral("/basic_crud/server/") + sub});
    QVERIFY(loaded.history->problems.empty());
    QCOMPARE(int(loaded.history->anchors.size()), anchors);
    for (const Entry &e : loaded.history->entries)
        QCOMPARE(e.fromErrorFolder, sub == QLatin1String("error_query"));
    const QString empty = m_dir.filePath(QStringLiteral("nothing-here"));
    QDir().mkpath(empty);
    write(QStringLiteral("nothing-here/readme.txt"), "hello");
    const LoadResult none = loadHistory({empty});
    QCOMPARE(none.history->problems.size(), std::size_t(1));
    QVERIFY(
        none.history->problems.front().message.startsWith(QStringLiteral("no recognisable files")));
}

void TestHistoryLoader::permissionsDenyEntries()
{
    const QString log =
        write(QStringLiteral("perm/log.jsonl"),
              QByteArray(Add) + "\n" +
                  R"({"className":"Query","target":"d","type":"add","addData":[{"v":2}]})");
    const LoadResult loaded = loadHistory({log});
    TimelineOptions options;
    options.permissions = permissionMapFromJson(
        testutil::parseJson(R"({"c":{"className":"Permission","allows":["add"]}})"));
    const auto timeline = Timeline::build(loaded.history, options);
    QVERIFY(timeline->info(0).success);
    QVERIFY(!timeline->info(1).success);
    QCOMPARE(QString::fromStdString(timeline->names()[timeline->info(1).error]),
             QStringLiteral("Operation not permitted."));
    QVERIFY(!timeline->stateAt(2).find("d"));
}

// A log longer than the loader's read block, with CRLF line ends, blank lines and no newline
// after the last line: every entry keeps its line number and exact text.
void TestHistoryLoader::longLogsAreReadInBlocks()
{
    QByteArray bytes;
    std::vector<std::pair<std::uint32_t, QByteArray>> expected; // line, text
    std::uint32_t line = 0;
    for (int i = 0; bytes.size() < (9 << 20); ++i) {
        ++line;
        if (i % 1000 == 999) {
            bytes += "  \r\n"; // blank: no entry
            continue;
        }
        const QByteArray text =
            QByteArray(R"({"className":"Query","target":"c","type":"add","addData":[{"v":)") +
            QByteArray::number(i) + R"(,"pad":")" + QByteArray(i % 97, 'x') + R"("}]})";
        expected.emplace_back(line, text);
        bytes += text;
        bytes += (i % 2) ? "\r\n" : "\n";
    }
    ++line;
    const QByteArray last(Count);
    expected.emplace_back(line, last);
    bytes += last; // no newline at the end
    const QString path = write(QStringLiteral("long/log.jsonl"), bytes);

    const LoadResult loaded = loadHistory({path});
    QVERIFY(loaded.history);
    const History &h = *loaded.history;
    QVERIFY(h.problems.empty());
    QCOMPARE(h.entries.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); i += 1 + i / 50) {
        QCOMPARE(h.entries[i].line, expected[i].first);
        QCOMPARE(QByteArray::fromStdString(h.text(i)), expected[i].second);
    }
    QCOMPARE(QByteArray::fromStdString(h.text(expected.size() - 1)), last);
    QCOMPARE(h.files.front().size, std::uint64_t(bytes.size()));
}

// Entries are not kept in memory: a log cut short after opening makes its lost entries
// unreadable with a message naming the file, and nothing else breaks.
void TestHistoryLoader::entriesAreReadAgainFromTheirFiles()
{
    const QByteArray first = QByteArray(Add) + "\n";
    const QString path = write(QStringLiteral("cut/log.jsonl"), first + Add + "\n" + Count + "\n");
    const LoadResult loaded = loadHistory({path});
    QVERIFY(loaded.history && loaded.history->problems.empty());
    const History &h = *loaded.history;
    QCOMPARE(h.entries.size(), std::size_t(3));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(first.size()));
    }
    QVERIFY(h.parse(0));
    Problem problem;
    QVERIFY(!h.parse(2, &problem));
    QCOMPARE(problem.file, path);
    QCOMPARE(problem.line, std::size_t(3));
    QVERIFY2(problem.message.contains(QStringLiteral("shorter")), qPrintable(problem.message));
    QVERIFY(h.text(2).empty());
    QVERIFY(QFile::remove(path));
    QVERIFY(!h.parse(0, &problem));
    QVERIFY2(problem.message.contains(QStringLiteral("cannot open")), qPrintable(problem.message));
}

void TestHistoryLoader::contentDigestIgnoresHowBytesAreFed()
{
    std::string bytes;
    for (int i = 0; bytes.size() < 3 * (1 << 20) + 12345; ++i)
        bytes += std::to_string(static_cast<long long>(i) * 7919) + ',';
    ContentDigest whole;
    whole.add(bytes);
    ContentDigest pieces;
    for (std::size_t at = 0, step = 1; at < bytes.size(); at += step, step = step * 3 + 1)
        pieces.add(std::string_view(bytes).substr(at, step));
    QCOMPARE(pieces.size(), whole.size());
    QCOMPARE(pieces.finish(), whole.finish());
    const QString path = write(QStringLiteral("digest/bytes"), QByteArray::fromStdString(bytes));
    const auto ofFile = ContentDigest::ofFile(path);
    QVERIFY(ofFile);
    QCOMPARE(ofFile->first, whole.size());
    QCOMPARE(ofFile->second, whole.finish());
    std::string changed = bytes;
    changed[2 * (1 << 20) + 7] ^= 1;
    ContentDigest other;
    other.add(changed);
    QVERIFY(other.finish() != whole.finish());
    ContentDigest longer;
    longer.add(bytes + ' ');
    QVERIFY(longer.finish() != whole.finish());
}

QTEST_APPLESS_MAIN(TestHistoryLoader)
#include "tst_historyloader.moc"
