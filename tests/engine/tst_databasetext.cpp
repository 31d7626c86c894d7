// Database::fromText packs items straight from simdjson's parse. Whatever the text, it must give
// exactly what the way through a Value gives: the same database written back byte for byte,
// or the same LoadError, or a parse failure.

#include "database.h"
#include "errors.h"
#include "jsonio.h"
#include "jsonio_p.h"

#include "fixtures.h"

#include <QTest>

#include <functional>
#include <optional>
#include <string>

using dtdb::Database;
using dtdb::Value;
namespace json = dtdb::json;

namespace {

// The outcome of reading a snapshot text: its compact JSON, "LoadError: …" or "not JSON".
std::string outcome(const std::function<std::optional<Database>()> &read)
{
    try {
        const std::optional<Database> db = read();
        if (!db) return "not JSON";
        std::string out;
        db->write(out);
        return out;
    } catch (const dtdb::LoadError &e) {
        return std::string("LoadError: ") + e.what();
    }
}

std::string throughValue(const std::string &text)
{
    return outcome([&]() -> std::optional<Database> {
        std::optional<Value> v = json::parse(text);
        if (!v) return std::nullopt;
        return Database::fromJson(std::move(*v));
    });
}

std::string direct(const std::string &text)
{
    return outcome([&] { return Database::fromText(text); });
}

std::string nested(int levels)
{
    return std::string(std::size_t(levels), '[') + "1" + std::string(std::size_t(levels), ']');
}

std::string manyKeys(int n, int repeatAt = -1)
{
    std::string out = "{";
    for (int i = 0; i < n; ++i) {
        if (i > 0) out += ',';
        out += "\"k" + std::to_string(i == repeatAt ? 0 : i) + "\":" + std::to_string(i);
    }
    return out + "}";
}

std::string snapshotOf(const std::string &items, const std::string &extra = {})
{
    return R"({"className":"DeltaTraceDatabase","version":"16","collections":{"c":{)"
           R"("className":"Collection","version":"17","data":[)" +
           items + R"(],"serialNum":3)" + extra + "}}}";
}

} // namespace

class TestDatabaseText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsThroughValue_data();
    void sameAsThroughValue();
    void fixtureSnapshots_data();
    void fixtureSnapshots();
    void largeCollectionOnTwoThreads();
    void largeTextParsedFresh();
};

void TestDatabaseText::sameAsThroughValue_data()
{
    QTest::addColumn<QByteArray>("text");
    const auto row = [](const char *name, const std::string &text) {
        QTest::newRow(name) << QByteArray::fromStdString(text);
    };
    row("usual items", snapshotOf(R"({"id":1,"name":"a"},{"id":2,"name":"b\"q","x":[1,2.5]})"));
    row("scalar and array items", snapshotOf(R"(1,"s",null,true,[],{})"));
    row("escapes and unicode", snapshotOf(R"({"t":"line\nbreak \u00e9 \ud83d\ude00"})"));
    row("big integers", snapshotOf(R"({"u":18446744073709551615,"i":-9223372036854775808})"));
    row("integer beyond 64 bits", snapshotOf(R"({"big":123456789012345678901234567890})"));
    row("NaN", snapshotOf(R"({"f":NaN})"));
    row("17 keys", snapshotOf(manyKeys(17)));
    row("40 keys", snapshotOf(manyKeys(40)));
    row("repeated key in a small item", snapshotOf(manyKeys(5, 3)));
    row("repeated key in a large item", snapshotOf(manyKeys(40, 30)));
    row("repeated key in a nested object", snapshotOf(R"({"a":{"x":1,"x":2}})"));
    row("items 99 levels deep", snapshotOf(nested(99)));
    row("items 100 levels deep", snapshotOf(nested(100)));
    row("items 150 levels deep", snapshotOf(nested(150)));
    // Members that are not read are held to json::parse's depth limit all the same.
    for (const int levels : {999, 1000, 1001, 1024, 1030}) {
        const std::string name = "unread member " + std::to_string(levels) + " levels deep";
        row(name.c_str(), R"({"collections":{},"x":)" + nested(levels) + "}");
        const std::string inCollection = "collection className " + std::to_string(levels);
        row(inCollection.c_str(),
            R"({"collections":{"c":{"className":)" + nested(levels) + R"(,"data":[]}}})");
    }
    row("no data", R"({"collections":{"c":{"serialNum":5}}})");
    row("no serialNum", R"({"collections":{"c":{"data":[{"a":1}]}}})");
    row("serialNum float", R"({"collections":{"c":{"data":[],"serialNum":2.5}}})");
    row("data not a list", R"({"collections":{"c":{"data":{"a":1},"serialNum":1}}})");
    row("collection not a dict", R"({"collections":{"c":[1]}})");
    row("collections not a dict", R"({"collections":[1]})");
    row("no collections", R"({"className":"DeltaTraceDatabase"})");
    row("root not a dict", R"([1,2])");
    row("repeated collection", R"({"collections":{"c":{"data":[1]},"c":{"data":[2]}}})");
    row("repeated collections key", R"({"collections":{"a":{}},"collections":{"b":{}}})");
    row("repeated data key", R"({"collections":{"c":{"data":[1],"data":[2,3]}}})");
    const auto collections = [](int n, int repeatAt) {
        std::string out = R"({"collections":{)";
        for (int i = 0; i < n; ++i) {
            if (i > 0) out += ',';
            out += "\"c";
            out += std::to_string(i == repeatAt ? 0 : i);
            out += R"(":{"data":[)";
            out += std::to_string(i);
            out += "]}";
        }
        return out + "}}";
    };
    row("40 collections", collections(40, -1));
    row("40 collections, one repeated", collections(40, 30));
    row("several collections", R"({"collections":{"b":{"data":[1]},"a":{"data":[{"k":[]}]}}})");
    row("truncated", snapshotOf(R"({"id":1})").substr(0, 60));
    row("empty", "");
    row("whitespace around", "  \n" + snapshotOf(R"({"id":1})") + "\n ");
}

void TestDatabaseText::sameAsThroughValue()
{
    QFETCH(QByteArray, text);
    const std::string s = text.toStdString();
    QCOMPARE(direct(s), throughValue(s));
}

void TestDatabaseText::fixtureSnapshots_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &name : testutil::scenarioNames())
        QTest::newRow(qPrintable(name)) << testutil::fixturesDir() + QStringLiteral("/") + name +
                                               QStringLiteral("/snapshot.dtdb");
}

void TestDatabaseText::fixtureSnapshots()
{
    QFETCH(QString, path);
    const std::string text = testutil::readFile(path);
    QCOMPARE(direct(text), throughValue(text));
}

// Large data arrays are packed by two threads; the items keep their order.
void TestDatabaseText::largeCollectionOnTwoThreads()
{
    std::string items;
    for (int i = 0; i < 5000; ++i) {
        if (i > 0) items += ',';
        items += R"({"id":)" + std::to_string(i) + R"(,"v":")" + std::to_string(i * 7) + "\"}";
    }
    const std::size_t saved = json::detail::parallelThreshold();
    json::detail::setParallelThreshold(100);
    const std::string text = snapshotOf(items);
    const std::string viaText = direct(text);
    json::detail::setParallelThreshold(saved);
    QCOMPARE(viaText, throughValue(text));
    // And one item that cannot be packed directly sends the whole text the other way.
    const std::string withRepeat = snapshotOf(items + "," + manyKeys(3, 2));
    QCOMPARE(direct(withRepeat), throughValue(withRepeat));
}

// Texts of a megabyte and more are parsed while a second thread makes the parser's memory
// present: in place (with room after the text) or copied, the database is the same, and a
// text broken near its end is still refused.
void TestDatabaseText::largeTextParsedFresh()
{
    std::string items;
    for (int i = 0; i < 30000; ++i) {
        if (i > 0) items += ',';
        items += R"({"id":)" + std::to_string(i) + R"(,"name":"user )" + std::to_string(i) +
                 R"(","score":)" + std::to_string(i) + R"(.25,"tags":["a","b\n"],"o":{"k":null}})";
    }
    std::string text = snapshotOf(items);
    QVERIFY(text.size() > (std::size_t(1) << 21));
    const std::string expected = throughValue(text);
    QVERIFY(expected.rfind("{\"className\"", 0) == 0);
    QCOMPARE(direct(text), expected);
    text.reserve(text.size() + Database::kTextPadding);
    const std::string inPlace =
        outcome([&] { return Database::fromText(text, nullptr, text.capacity() - text.size()); });
    QCOMPARE(inPlace, expected);
    const std::string broken = text.substr(0, text.size() - 3);
    QCOMPARE(direct(broken), std::string("not JSON"));
}

QTEST_APPLESS_MAIN(TestDatabaseText)
#include "tst_databasetext.moc"
