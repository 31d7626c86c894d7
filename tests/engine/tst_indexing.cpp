// Indexes must never change a result: a random workload over values that stress Python
// equality and ordering (1 / 1.0 / true, null vs missing, NaN, 2^53+1, -0.0, containers) is
// executed on two databases, one that may use indexes and one that always scans, and every
// result and the final state must be identical.

#include "database.h"
#include "fixtures.h"

#include <QTest>

#include <random>

using namespace dtdb;

class TestIndexing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void indexedAndScannedAgree_data();
    void indexedAndScannedAgree();
};

namespace {

const char *const TrickyValues[] = {
    "1",
    "1.0",
    "true",
    "false",
    "0",
    "-0.0",
    "null",
    "2",
    "2.5",
    "\"1\"",
    "\"a\"",
    "\"b\"",
    "[1]",
    "[1.0]",
    "{\"a\":1}",
    "NaN",
    "9007199254740993",
    "9007199254740992.0",
    "-1",
    "1e300",
    "18446744073709551615",
};

// Concatenation by appending (GCC 12 warns falsely on chains of operator+ with temporaries).
template <typename... Parts>
std::string cat(const Parts &...parts)
{
    std::string out;
    (out.append(parts), ...);
    return out;
}

std::string randomValue(std::mt19937_64 &rng)
{
    return TrickyValues[rng() % std::size(TrickyValues)];
}

std::string randomItem(std::mt19937_64 &rng, int id)
{
    std::string item = cat("{\"id\":", std::to_string(id));
    for (const char *field : {"a", "b"})
        if (rng() % 8 != 0) // sometimes missing
            item.append(cat(",\"", field, "\":", randomValue(rng)));
    item.append(cat(",\"n\":{\"a\":", randomValue(rng), "}}"));
    return item;
}

std::string randomLeaf(std::mt19937_64 &rng)
{
    static const char *const fields[] = {"a", "b", "id", "n.a", "missing"};
    static const char *const ops[] = {
        "equals_",          "equals_",   "greaterThan_", "lessThan_", "greaterThanOrEqual_",
        "lessThanOrEqual_", "notEquals_"};
    const std::string field = fields[rng() % std::size(fields)];
    if (rng() % 5 == 0) {
        const std::string values = cat("[", randomValue(rng), ",", randomValue(rng), "]");
        return cat(R"({"type":"in_","field":")", field, R"(","values":)", values, "}");
    }
    return cat(R"({"type":")", ops[rng() % std::size(ops)], R"(","field":")", field,
               R"(","value":)", randomValue(rng), R"(,"vType":"auto_"})");
}

std::string randomNode(std::mt19937_64 &rng)
{
    switch (rng() % 4) {
    case 0:
        return randomLeaf(rng);
    case 1:
        return cat(R"({"type":"and_","conditions":[)", randomLeaf(rng), ",", randomLeaf(rng), "]}");
    case 2:
        return cat(R"({"type":"or_","conditions":[)", randomLeaf(rng), ",", randomLeaf(rng), "]}");
    default:
        return cat(R"({"type":"and_","conditions":[)", randomLeaf(rng), ",", randomLeaf(rng), ",",
                   randomLeaf(rng), "]}");
    }
}

std::string randomQuery(std::mt19937_64 &rng, int &nextId)
{
    static const char *const types[] = {"search", "search",    "searchOne", "update", "updateOne",
                                        "delete", "deleteOne", "add",       "count"};
    const std::string type = types[rng() % std::size(types)];
    std::string q = cat(R"({"className":"Query","target":"t","type":")", type, "\"");
    if (type == "add") return cat(q, R"(,"addData":[)", randomItem(rng, nextId++), "]}");
    q.append(cat(",\"queryNode\":", randomNode(rng)));
    if (type == "update" || type == "updateOne")
        q.append(cat(R"(,"overrideData":{"a":)", randomValue(rng), "}"));
    if (type == "search" && rng() % 2) q += R"(,"limit":5)";
    if (rng() % 3 == 0) q += R"(,"returnData":true)";
    q.append("}");
    return q;
}

} // namespace

void TestIndexing::indexedAndScannedAgree_data()
{
    QTest::addColumn<int>("seed");
    for (int seed = 1; seed <= 6; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void TestIndexing::indexedAndScannedAgree()
{
    QFETCH(int, seed);
    std::mt19937_64 rng{static_cast<std::uint64_t>(seed)};
    int nextId = 0;
    std::string data;
    for (int i = 0; i < 400; ++i)
        data.append(cat(i ? "," : "", randomItem(rng, nextId++)));
    const Value snapshot =
        testutil::parseJson(cat(R"({"collections":{"t":{"data":[)", data, R"(],"serialNum":0}}})"));
    Database indexed = Database::fromJson(snapshot);
    Database scanned = Database::fromJson(snapshot);
    scanned.setIndexingEnabled(false);
    for (int i = 0; i < 1500; ++i) {
        const std::string text = randomQuery(rng, nextId);
        const LogEntry entry = parseLogEntry(testutil::parseJson(text));
        std::string a, b;
        indexed.execute(entry).write(a);
        scanned.execute(entry).write(b);
        if (a != b)
            QFAIL(qPrintable(QStringLiteral("query %1 differs: %2\nindexed: %3\nscanned: %4")
                                 .arg(i)
                                 .arg(QString::fromStdString(text), QString::fromStdString(a),
                                      QString::fromStdString(b))));
    }
    std::string a, b;
    indexed.write(a);
    scanned.write(b);
    QCOMPARE(QString::fromStdString(a), QString::fromStdString(b));
}

QTEST_APPLESS_MAIN(TestIndexing)
#include "tst_indexing.moc"
