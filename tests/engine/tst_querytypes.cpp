// The 15 query types and transactions (spec §3, §4, §12): one row = a starting database, one
// entry, the exact result the reference returns, and the database afterwards.

#include "database.h"
#include "fixtures.h"
#include "jsondiff.h"

#include <QTest>

using namespace dtdb;

class TestQueryTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void execute_data();
    void execute();
    void changeCostAndRoundTrip_data();
    void changeCostAndRoundTrip();
};

namespace {

// Compact notation for the tables: a database of collections {"name": [items], ...} with
// serialNum 0 unless given as {"name": {"data":[...],"serialNum":n}}.
Value makeDb(const QString &spec)
{
    Value collections = Value::object();
    const Value parsed = testutil::parseJson(spec.toStdString());
    for (const auto &[name, v] : parsed.items()) {
        Value data = v.is_array() ? v : v["data"];
        Value serial = v.is_array() ? Value(0) : v["serialNum"];
        collections[name] = {{"className", "Collection"},
                             {"version", "17"},
                             {"data", std::move(data)},
                             {"serialNum", std::move(serial)}};
    }
    return {{"className", "DeltaTraceDatabase"}, {"version", "16"}, {"collections", collections}};
}

QString q(const char *target, const char *type, const QString &rest = {})
{
    return QStringLiteral(R"({"className":"Query","target":"%1","type":"%2"%3%4})")
        .arg(QLatin1String(target), QLatin1String(type),
             rest.isEmpty() ? QString() : QStringLiteral(","), rest);
}

QString q(const char *target, const char *type, const char *rest)
{
    return q(target, type, QString::fromUtf8(rest));
}

QString eq(const char *field, const char *value)
{
    return QStringLiteral(
               R"("queryNode":{"type":"equals_","field":"%1","value":%2,"vType":"auto_"})")
        .arg(QLatin1String(field), QLatin1String(value));
}

QString result(const char *type, bool ok, const char *items, int dbLength, int update, int hit,
               const char *error = nullptr, const char *target = "t")
{
    return QStringLiteral(
               R"({"className":"QueryResult","version":"6","isSuccess":%1,"target":"%2","type":"%3","result":%4,"dbLength":%5,"updateCount":%6,"hitCount":%7,"errorMessage":%8})")
        .arg(ok ? QStringLiteral("true") : QStringLiteral("false"), QLatin1String(target),
             QLatin1String(type), QLatin1String(items))
        .arg(dbLength)
        .arg(update)
        .arg(hit)
        .arg(error ? QStringLiteral("\"%1\"").arg(QLatin1String(error)) : QStringLiteral("null"));
}

const char *const MustAffect = "No data matched the condition (mustAffectAtLeastOne=True)";
const char *const Unexpected = "execute_query Unexpected Error";

} // namespace

void TestQueryTypes::execute_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("expectedResult");
    QTest::addColumn<QString>("after");

    const QString two = QStringLiteral(R"({"t":[{"id":0,"a":1,"s":"x"},{"id":1,"a":2,"s":"y"}]})");

    QTest::newRow("add with serialKey overwrites the key")
        << R"({"t":[]})"
        << q("t", "add",
             R"("serialKey":"id","returnData":true,"addData":[{"id":-1,"name":"A"},{"name":"B","id":null}])")
        << result("add", true, R"([{"id":0,"name":"A"},{"name":"B","id":1}])", 2, 2, 0)
        << R"({"t":{"data":[{"id":0,"name":"A"},{"name":"B","id":1}],"serialNum":2}})";
    QTest::newRow("add lacking serialKey adds nothing")
        << R"({"t":[]})" << q("t", "add", R"("serialKey":"id","addData":[{"id":1},{"x":2}])")
        << result("add", false, "[]", 0, 0, 0, "The target serialKey does not exist")
        << R"({"t":[]})";
    QTest::newRow("add [] creates the collection and fails")
        << R"({})" << q("t", "add", R"("addData":[])")
        << result("add", false, "[]", 0, 0, 0, MustAffect) << R"({"t":[]})";
    QTest::newRow("add with a float serial counter")
        << R"({"t":{"data":[],"serialNum":2.5}})"
        << q("t", "add", R"("serialKey":"id","addData":[{"id":0}])")
        << result("add", true, "[]", 1, 1, 0) << R"({"t":{"data":[{"id":2.5}],"serialNum":3.5}})";
    QTest::newRow("update keeps key order, appends new keys")
        << R"({"t":[{"id":0,"b":2,"a":1}]})"
        << q("t", "update", eq("id", "0") + QStringLiteral(R"(,"overrideData":{"z":9,"b":20})"))
        << result("update", true, "[]", 1, 1, 1) << R"({"t":[{"id":0,"b":20,"a":1,"z":9}]})";
    QTest::newRow("update partial write before a raising node")
        << two
        << q("t", "update",
             QStringLiteral(
                 R"("queryNode":{"type":"or_","conditions":[{"type":"equals_","field":"a","value":1,"vType":"auto_"},{"type":"regex_","field":"s","pattern":"["}]},"overrideData":{"u":true})"))
        << result("update", false, "[]", -1, 0, 0, Unexpected)
        << R"({"t":[{"id":0,"a":1,"s":"x","u":true},{"id":1,"a":2,"s":"y"}]})";
    QTest::newRow("update returnData sorted")
        << two
        << q("t", "update",
             QStringLiteral(
                 R"("queryNode":{"type":"and_","conditions":[]},"overrideData":{"k":1},"returnData":true,"sortObj":{"className":"SingleSort","field":"a","reversed":true})"))
        << result("update", true, R"([{"id":1,"a":2,"s":"y","k":1},{"id":0,"a":1,"s":"x","k":1}])",
                  2, 2, 2)
        << R"({"t":[{"id":0,"a":1,"s":"x","k":1},{"id":1,"a":2,"s":"y","k":1}]})";
    QTest::newRow("updateOne first match only")
        << two
        << q("t", "updateOne",
             QStringLiteral(
                 R"("queryNode":{"type":"and_","conditions":[]},"overrideData":{"k":1})"))
        << result("updateOne", true, "[]", 2, 1, 1)
        << R"({"t":[{"id":0,"a":1,"s":"x","k":1},{"id":1,"a":2,"s":"y"}]})";
    QTest::newRow("update without queryNode on a non-empty collection")
        << two << q("t", "update", R"("overrideData":{"k":1})")
        << result("update", false, "[]", -1, 0, 0, Unexpected) << two;
    QTest::newRow("update without queryNode on an empty collection")
        << R"({"t":[]})"
        << q("t", "update", R"("overrideData":{"k":1},"mustAffectAtLeastOne":false)")
        << result("update", true, "[]", 0, 0, 0) << R"({"t":[]})";
    QTest::newRow("delete with failing sort keeps the deletion")
        << R"({"t":[{"a":1},{"a":"str"},{"a":2}]})"
        << q("t", "delete",
             QStringLiteral(
                 R"("queryNode":{"type":"not_","condition":{"type":"equals_","field":"a","value":2,"vType":"auto_"}},"returnData":true,"sortObj":{"className":"SingleSort","field":"a"})"))
        << result("delete", false, "[]", -1, 0, 0, Unexpected) << R"({"t":[{"a":2}]})";
    QTest::newRow("deleteOne returns the item without returnData")
        << two << q("t", "deleteOne", eq("a", "2") + QStringLiteral(R"(,"returnData":false)"))
        << result("deleteOne", true, R"([{"id":1,"a":2,"s":"y"}])", 1, 1, 1)
        << R"({"t":[{"id":0,"a":1,"s":"x"}]})";
    QTest::newRow("search paging: startAfter and limit")
        << R"({"t":[{"id":0},{"id":1},{"id":2},{"id":3},{"id":4},{"id":5}]})"
        << q("t", "search",
             R"("queryNode":{"type":"and_","conditions":[]},"startAfter":{"id":1.0},"limit":2)")
        << result("search", true, R"([{"id":2},{"id":3}])", 6, 0, 6)
        << R"({"t":[{"id":0},{"id":1},{"id":2},{"id":3},{"id":4},{"id":5}]})";
    QTest::newRow("search paging: endBefore tail limit")
        << R"({"t":[{"id":0},{"id":1},{"id":2},{"id":3},{"id":4},{"id":5}]})"
        << q("t", "getAll", R"("endBefore":{"id":4},"limit":2)")
        << result("getAll", true, R"([{"id":2},{"id":3}])", 6, 0, 6)
        << R"({"t":[{"id":0},{"id":1},{"id":2},{"id":3},{"id":4},{"id":5}]})";
    QTest::newRow("search paging: negative limit, offset disables startAfter")
        << R"({"t":[{"id":0},{"id":1},{"id":2},{"id":3},{"id":4},{"id":5}]})"
        << q("t", "getAll", R"("offset":0,"startAfter":{"id":3},"limit":-2)")
        << result("getAll", true, R"([{"id":0},{"id":1},{"id":2},{"id":3}])", 6, 0, 6)
        << R"({"t":[{"id":0},{"id":1},{"id":2},{"id":3},{"id":4},{"id":5}]})";
    QTest::newRow("search with a float limit")
        << two << q("t", "getAll", R"("limit":1.5)")
        << result("getAll", false, "[]", -1, 0, 0, Unexpected) << two;
    QTest::newRow("searchOne ignores sort")
        << two
        << q("t", "searchOne",
             R"("queryNode":{"type":"and_","conditions":[]},"sortObj":{"className":"SingleSort","field":"a","reversed":true})")
        << result("searchOne", true, R"([{"id":0,"a":1,"s":"x"}])", 2, 0, 1) << two;
    QTest::newRow("count on a missing collection creates it")
        << R"({"x":[]})" << q("t", "count") << result("count", true, "[]", 0, 0, 0)
        << R"({"x":[],"t":[]})";
    QTest::newRow("conformToTemplate reshapes every item")
        << R"({"t":[{"id":0,"a":1,"z":9,"bb":20}]})"
        << q("t", "conformToTemplate", R"("template":{"q":0,"a":0,"id":0,"bb":1})")
        << result("conformToTemplate", true, "[]", 1, 1, 1)
        << R"({"t":[{"id":0,"a":1,"bb":20,"q":0}]})";
    QTest::newRow("renameField moves the key to the end")
        << R"({"t":[{"id":0,"b":20,"a":1,"z":9}]})"
        << q("t", "renameField", R"("renameBefore":"b","renameAfter":"bb","returnData":true)")
        << result("renameField", true, R"([{"id":0,"a":1,"z":9,"bb":20}])", 1, 1, 1)
        << R"({"t":[{"id":0,"a":1,"z":9,"bb":20}]})";
    QTest::newRow("renameField onto itself fails")
        << two << q("t", "renameField", R"("renameBefore":"a","renameAfter":"a")")
        << result("renameField", false, "[]", 2, 0, 0,
                  "An existing key was specified as the new key")
        << two;
    QTest::newRow("clear with resetSerial on an empty collection")
        << R"({"t":{"data":[],"serialNum":2}})" << q("t", "clear", R"("resetSerial":true)")
        << result("clear", false, "[]", 0, 0, 0, MustAffect)
        << R"({"t":{"data":[],"serialNum":0}})";
    QTest::newRow("clearAdd into an empty collection stores and fails")
        << R"({})" << q("t", "clearAdd", R"("addData":[{"v":1}])")
        << result("clearAdd", false, "[]", 1, 0, 0, MustAffect)
        << R"({"t":{"data":[{"v":1}],"serialNum":0}})";
    QTest::newRow("clearAdd counts removed items")
        << R"({"t":{"data":[{"v":0}],"serialNum":5}})"
        << q("t", "clearAdd",
             R"("addData":[{"id":0},{"id":0}],"serialKey":"id","resetSerial":true,"returnData":true)")
        << result("clearAdd", true, R"([{"id":0},{"id":1}])", 2, 1, 1)
        << R"({"t":{"data":[{"id":0},{"id":1}],"serialNum":2}})";
    QTest::newRow("removeCollection of a missing collection")
        << R"({"x":[]})" << q("t", "removeCollection")
        << result("removeCollection", false, "[]", 0, 0, 0, MustAffect) << R"({"x":[]})";
    QTest::newRow("removeCollection")
        << R"({"t":[{"a":1}],"x":[]})" << q("t", "removeCollection")
        << result("removeCollection", true, "[]", 0, 1, 0) << R"({"x":[]})";
    QTest::newRow("mustAffectAtLeastOne string is truthy")
        << two
        << q("t", "update",
             eq("a", "9") + QStringLiteral(R"(,"overrideData":{},"mustAffectAtLeastOne":"false")"))
        << result("update", false, "[]", 2, 0, 0, MustAffect) << two;
    QTest::newRow("merge with serialKey")
        << R"({"u":[{"id":0,"n":"A"},{"id":1,"n":"B"}],"d":[{"uid":1,"mail":"b@x"}]})"
        << q("u", "merge",
             R"j("mergeQueryParams":{"base":"u","source":["d"],"relationKey":"id","sourceKeys":["uid"],"dslTmp":{"k":-1,"name":"base.n","mail":"0.mail","tag":"str(x)"},"output":"out","serialKey":"k"})j")
        << result("merge", true, "[]", 2, 2, 0, nullptr, "u")
        << R"({"u":[{"id":0,"n":"A"},{"id":1,"n":"B"}],"d":[{"uid":1,"mail":"b@x"}],"out":{"data":[{"k":0,"name":"A","mail":null,"tag":"x"},{"k":1,"name":"B","mail":"b@x","tag":"x"}],"serialNum":2}})";
    QTest::newRow("merge with a bad DSL expression")
        << R"({"u":[{"id":0}]})"
        << q("u", "merge",
             R"("mergeQueryParams":{"base":"u","source":[],"relationKey":"id","sourceKeys":[],"dslTmp":{"a":"hello"},"output":"out"})")
        << result("merge", false, "[]", 0, 0, 0, "Merge failed", "u") << R"({"u":[{"id":0}]})";
    QTest::newRow("merge with an empty base leaves the output")
        << R"({})"
        << q("eb", "merge",
             R"("mergeQueryParams":{"base":"eb","source":[],"relationKey":"id","sourceKeys":[],"dslTmp":{},"output":"out"})")
        << result("merge", false, "[]", 0, 0, 0, MustAffect, "eb") << R"({"eb":[],"out":[]})";
    QTest::newRow("transaction rolls back and removes new collections")
        << R"({"a":{"data":[],"serialNum":0}})"
        << R"({"className":"TransactionQuery","version":"1","queries":[
              {"className":"Query","target":"a","type":"add","addData":[{"id":-1,"x":2}],"serialKey":"id"},
              {"className":"Query","target":"b","type":"add","addData":[{"y":1}]},
              {"className":"Query","target":"a","type":"update","queryNode":{"type":"equals_","field":"x","value":99,"vType":"auto_"},"overrideData":{"z":1}}]})"
        << R"({"className":"TransactionQueryResult","version":"3","isSuccess":false,"results":[],"errorMessage":"Transaction failed"})"
        << R"({"a":{"data":[],"serialNum":0}})";
    QTest::newRow("transaction rejects merge before running anything")
        << R"({})"
        << R"({"className":"TransactionQuery","queries":[{"className":"Query","target":"a","type":"count"},{"className":"Query","target":"a","type":"merge"}]})"
        << R"({"className":"TransactionQueryResult","version":"3","isSuccess":false,"results":[],"errorMessage":"The query contains a type that is not permitted to be executed within a transaction."})"
        << R"({})";
    QTest::newRow("committed transaction keeps a read-created collection")
        << R"({})"
        << R"({"className":"TransactionQuery","queries":[{"className":"Query","target":"r","type":"count"}]})"
        << R"({"className":"TransactionQueryResult","version":"3","isSuccess":true,"results":[{"className":"QueryResult","version":"6","isSuccess":true,"target":"r","type":"count","result":[],"dbLength":0,"updateCount":0,"hitCount":0,"errorMessage":null}],"errorMessage":null})"
        << R"({"r":[]})";
}

void TestQueryTypes::execute()
{
    QFETCH(QString, before);
    QFETCH(QString, entry);
    QFETCH(QString, expectedResult);
    QFETCH(QString, after);
    Database db = Database::fromJson(makeDb(before));
    const LogEntry e = parseLogEntry(testutil::parseJson(entry.toStdString()));
    const ExecutionResult r = db.execute(e);
    if (auto d =
            testutil::jsonDifference(testutil::parseJson(expectedResult.toStdString()), r.toJson()))
        QFAIL(("result " + *d).c_str());
    if (auto d = testutil::jsonDifference(makeDb(after), db.toJson()))
        QFAIL(("state " + *d).c_str());
}

void TestQueryTypes::changeCostAndRoundTrip_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("entry");
    QTest::addColumn<int>("cost"); // Change::cost(): ops plus items of whole lists moved

    const QString three = QStringLiteral(R"({"t":[{"a":1},{"a":2},{"a":3}]})");
    QTest::newRow("search changes nothing") << three << q("t", "search", eq("a", "1")) << 0;
    QTest::newRow("search creates a missing collection")
        << QStringLiteral("{}") << q("u", "search", eq("a", "1")) << 1;
    QTest::newRow("add appends its items in one op")
        << three << q("t", "add", R"("addData":[{"a":4},{"a":5}])") << 3;
    QTest::newRow("updateOne replaces one item")
        << three << q("t", "updateOne", eq("a", "2") + QStringLiteral(R"(,"overrideData":{"b":1})"))
        << 1;
    QTest::newRow("delete removes each match")
        << three
        << q("t", "delete",
             R"("queryNode":{"type":"greaterThan_","field":"a","value":1,"vType":"auto_"})")
        << 2;
    QTest::newRow("clear moves every item") << three << q("t", "clear") << 4;
    QTest::newRow("removeCollection moves the whole collection")
        << three << q("t", "removeCollection") << 4;
}

// Applying a recorded change to the state before gives the state after, and reverting it gives
// the state before again: seeks and steps rely on both.
void TestQueryTypes::changeCostAndRoundTrip()
{
    QFETCH(QString, before);
    QFETCH(QString, entry);
    QFETCH(int, cost);
    const Database start = Database::fromJson(makeDb(before));
    Database db = start;
    Change change;
    db.execute(parseLogEntry(testutil::parseJson(entry.toStdString())), {}, &change);
    QCOMPARE(change.cost(), std::size_t(cost));
    Database applied = start;
    applied.apply(change);
    if (auto d = testutil::jsonDifference(db.toJson(), applied.toJson()))
        QFAIL(("apply " + *d).c_str());
    db.revert(change);
    if (auto d = testutil::jsonDifference(start.toJson(), db.toJson()))
        QFAIL(("revert " + *d).c_str());
}

QTEST_APPLESS_MAIN(TestQueryTypes)
#include "tst_querytypes.moc"
