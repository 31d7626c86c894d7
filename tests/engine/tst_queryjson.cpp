// Query / TransactionQuery JSON: every fixture log line parses, and writing it back gives the
// reference's own line byte for byte (except lines the fixtures mark as written by another
// client, which the reference itself normalises).

#include "fixtures.h"
#include "jsonlines.h"

#include <QTest>

using namespace dtdb;

class TestQueryJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logLinesRoundTrip_data();
    void logLinesRoundTrip();
    void rejectsWhatTheReferenceCannotLoad_data();
    void rejectsWhatTheReferenceCannotLoad();
    void appliesDefaults();
};

void TestQueryJson::logLinesRoundTrip_data()
{
    QTest::addColumn<QString>("scenario");
    for (const QString &name : testutil::scenarioNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestQueryJson::logLinesRoundTrip()
{
    QFETCH(QString, scenario);
    const QString dir = testutil::fixturesDir() + QLatin1Char('/') + scenario + QLatin1Char('/');
    const Value meta = testutil::parseJson(testutil::readFile(dir + QStringLiteral("meta.json")));
    const std::vector<std::string> lines = testutil::readLines(dir + QStringLiteral("log.jsonl"));
    for (std::size_t i = 0; i < lines.size(); ++i) {
        LogLine parsed;
        parseLogLine(lines[i], parsed);
        QVERIFY2(parsed.entry, parsed.error.c_str());
        if (meta["nonCanonicalSteps"].contains(std::to_string(i + 1))) continue;
        const std::string written = json::write(toJson(*parsed.entry));
        QCOMPARE(QString::fromStdString(written), QString::fromStdString(lines[i]));
    }
}

void TestQueryJson::rejectsWhatTheReferenceCannotLoad_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no className") << R"({"target":"a","type":"count"})"
                                  << "Unsupported query class";
    QTest::newRow("wrong className") << R"({"className":"Foo","target":"a","type":"count"})"
                                     << "Unsupported query class";
    QTest::newRow("no target") << R"({"className":"Query","type":"count"})"
                               << "target";
    QTest::newRow("unknown type") << R"({"className":"Query","target":"a","type":"upsert"})"
                                  << "unknown query type";
    QTest::newRow("unknown node type")
        << R"({"className":"Query","target":"a","type":"search","queryNode":{"type":"like_","field":"a","value":1}})"
        << "unknown query node type";
    QTest::newRow("node without vType")
        << R"({"className":"Query","target":"a","type":"search","queryNode":{"type":"equals_","field":"a","value":1}})"
        << "vType";
    QTest::newRow("stringIgnoreCase_ node")
        << R"({"className":"Query","target":"a","type":"search","queryNode":{"type":"equals_","field":"a","value":"x","vType":"stringIgnoreCase_"}})"
        << "unknown vType";
    QTest::newRow("bad datetime value")
        << R"({"className":"Query","target":"a","type":"search","queryNode":{"type":"equals_","field":"a","value":"2025-13-01","vType":"datetime_"}})"
        << "isoformat";
    QTest::newRow("unknown sort class")
        << R"({"className":"Query","target":"a","type":"getAll","sortObj":{"className":"Sorter","field":"a"}})"
        << "Unknown sort class";
    QTest::newRow("cause without why")
        << R"({"className":"Query","target":"a","type":"count","cause":{"who":{"type":"human","id":"x"},"when":{"nodes":[]},"what":"w","from":"f"}})"
        << "why";
    QTest::newRow("unknown actor type")
        << R"({"className":"Query","target":"a","type":"count","cause":{"who":{"type":"robot","id":"x"},"when":{},"what":"w","why":"y","from":"f"}})"
        << "actor type";
    QTest::newRow("transaction without queries") << R"({"className":"TransactionQuery"})"
                                                 << "queries";
    QTest::newRow("in_ with number values")
        << R"({"className":"Query","target":"a","type":"search","queryNode":{"type":"in_","field":"a","values":5}})"
        << "values";
}

void TestQueryJson::rejectsWhatTheReferenceCannotLoad()
{
    QFETCH(QString, entry);
    QFETCH(QString, reason);
    LogLine parsed;
    parseLogLine(entry.toStdString(), parsed);
    QVERIFY(!parsed.entry);
    QVERIFY2(QString::fromStdString(parsed.error).contains(reason), parsed.error.c_str());
}

void TestQueryJson::appliesDefaults()
{
    LogLine parsed;
    parseLogLine(
        R"({"className":"Query","target":"users","type":"count","queryNode":{},"sortObj":{},"cause":{}})",
        parsed);
    QVERIFY(parsed.entry);
    const Query &q = std::get<Query>(*parsed.entry);
    QVERIFY(!q.queryNode);
    QVERIFY(!q.sortObj);
    QVERIFY(!q.cause);
    QVERIFY(q.mustAffect());
    QVERIFY(!q.returnsData());
    const Value written = q.toJson();
    QCOMPARE(written.size(), std::size_t(21));
    QCOMPARE(QString::fromStdString(written["returnData"].dump()), QStringLiteral("false"));
    QCOMPARE(QString::fromStdString(written["mustAffectAtLeastOne"].dump()),
             QStringLiteral("true"));
    QCOMPARE(QString::fromStdString(written["resetSerial"].dump()), QStringLiteral("false"));
}

QTEST_APPLESS_MAIN(TestQueryJson)
#include "tst_queryjson.moc"
