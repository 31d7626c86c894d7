// The fast reading of log entries for indexing (scanLogEntry) against the full one
// (json::parse + parseLogEntry): whatever the scan accepts, the full reading accepts too and
// gives the same query, with a Cause that summarises the same. Checked on every fixture entry,
// on hand-made Causes of every shape Cause::fromJson refuses or accepts, and on mutated entries.

#include "entryscan.h"
#include "fixtures.h"
#include "jsonio.h"

#include <QTest>

#include <random>

using namespace dtdb;

class TestEntryScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtureEntriesScanLikeTheFullReading_data();
    void fixtureEntriesScanLikeTheFullReading();
    void causeShapes_data();
    void causeShapes();
    void filterShapes_data();
    void filterShapes();
    void queryShapes_data();
    void queryShapes();
    void mutatedEntriesNeverScanDifferently();
};

Q_DECLARE_METATYPE(std::string)

namespace {

// Compares the scan of text with the full reading; true when the scan accepted it.
bool scanAgreesWithFullReading(const std::string &text)
{
    const auto scanned = scanLogEntry(text);
    if (!scanned) return false;
    const auto value = json::parse(text);
    if (!value) {
        QTest::qFail("scanned, but json::parse refuses it", __FILE__, __LINE__);
        return true;
    }
    LogEntry full;
    try {
        full = parseLogEntry(*value);
    } catch (const std::exception &e) {
        QTest::qFail(qPrintable(QStringLiteral("scanned, but parseLogEntry refuses it: %1")
                                    .arg(QString::fromUtf8(e.what()))),
                     __FILE__, __LINE__);
        return true;
    }
    const Cause *cause = causeOf(full);
    if (!cause) {
        QTest::qFail("scanned, but the full reading has no Cause", __FILE__, __LINE__);
        return true;
    }
    const CauseSummary expected = CauseSummary::of(*cause);
    const CauseSummary &actual = scanned->cause;
    const bool sameCause =
        actual.actorType == expected.actorType && actual.actorId == expected.actorId &&
        actual.actorName == expected.actorName &&
        actual.lastTimestamp.has_value() == expected.lastTimestamp.has_value() &&
        (!actual.lastTimestamp ||
         py::isoformat(*actual.lastTimestamp) == py::isoformat(*expected.lastTimestamp)) &&
        json::write(actual.serial) == json::write(expected.serial) &&
        json::write(actual.chainParentSerial) == json::write(expected.chainParentSerial);
    if (!sameCause) QTest::qFail("the Cause summaries differ", __FILE__, __LINE__);
    std::get<Query>(full).cause.reset();
    const py::DateTime now;
    if (json::write(toJson(scanned->entry, now)) != json::write(toJson(full, now)))
        QTest::qFail("the queries differ", __FILE__, __LINE__);
    return true;
}

// The first fixture entry with a Cause of two hops, as a Value to vary.
Value sampleEntry()
{
    for (const std::string &line :
         testutil::readLines(testutil::fixturesDir() + QStringLiteral("/basic_crud/log.jsonl"))) {
        Value v = testutil::parseJson(line);
        if (v["cause"].is_object() && v["cause"]["when"]["nodes"].size() >= 2) return v;
    }
    qFatal("no fixture entry with a Cause");
}

} // namespace

void TestEntryScan::fixtureEntriesScanLikeTheFullReading_data()
{
    QTest::addColumn<QString>("scenario");
    for (const QString &name : testutil::scenarioNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestEntryScan::fixtureEntriesScanLikeTheFullReading()
{
    QFETCH(QString, scenario);
    std::size_t scanned = 0, withCause = 0;
    for (const std::string &line : testutil::readLines(testutil::fixturesDir() + QLatin1Char('/') +
                                                       scenario + QStringLiteral("/log.jsonl"))) {
        scanned += scanAgreesWithFullReading(line);
        if (QTest::currentTestFailed()) QFAIL(line.c_str());
        const Value v = testutil::parseJson(line);
        withCause += v.value("className", "") == "Query" && v.contains("cause") &&
                     v["cause"].is_object() && !v["cause"].empty();
    }
    // The fixtures' Causes have the usual shape: all of them take the fast path.
    QCOMPARE(scanned, withCause);
}

void TestEntryScan::causeShapes_data()
{
    QTest::addColumn<std::string>("text");
    QTest::addColumn<bool>("scans");
    const Value base = sampleEntry();
    const auto row = [&](const char *name, bool scans, auto &&vary) {
        Value v = base;
        vary(v);
        QTest::newRow(name) << json::write(v) << scans;
    };
    const auto erase = [](const char *key) { return [key](Value &v) { v["cause"].erase(key); }; };
    row("usual", true, [](Value &) {});
    row("numeric actor id", true, [](Value &v) { v["cause"]["who"]["id"] = 1234; });
    row("object actor id", true, [](Value &v) { v["cause"]["who"]["id"] = {{"k", 1.5}}; });
    row("no actor name", true, [](Value &v) { v["cause"]["who"].erase("name"); });
    row("numeric actor name", true, [](Value &v) { v["cause"]["who"]["name"] = 7; });
    row("no time trail nodes", true, [](Value &v) { v["cause"]["when"].erase("nodes"); });
    row("empty time trail", true, [](Value &v) { v["cause"]["when"]["nodes"] = Value::array(); });
    row("naive timestamp", true,
        [](Value &v) { v["cause"]["when"]["nodes"][1]["timestamp"] = "2025-01-25T00:43:30"; });
    row("serials of other types", true, [](Value &v) {
        v["cause"]["serial"] = 12;
        v["cause"]["chainParentSerial"] = {1, "two"};
    });
    row("no serial keys", true, [](Value &v) {
        v["cause"].erase("serial");
        v["cause"].erase("chainParentSerial");
    });
    row("null what", true, [](Value &v) { v["cause"]["what"] = nullptr; });
    // Actor dates are lenient: one with no UTC equivalent is absent, not a load error.
    row("actor date before year 1 in UTC", true,
        [](Value &v) { v["cause"]["who"]["createdAt"] = "0001-01-01T00:00:00+01:00"; });
    row("last hop before year 1 in UTC", true, [](Value &v) {
        v["cause"]["when"]["nodes"][1]["timestamp"] = "0001-01-01T00:00:00+01:00";
    });
    // json::parse takes at most 1,000 levels of nesting; `what` sits two levels down.
    const auto nestedWhat = [](int levels) {
        return [levels](Value &v) {
            Value what = Value::array();
            for (int i = 1; i < levels; ++i)
                what = Value::array({what});
            v["cause"]["what"] = what;
        };
    };
    row("what 998 levels deep", true, nestedWhat(998));
    row("what 999 levels deep", false, nestedWhat(999));
    row("no what", false, erase("what"));
    row("no why", false, erase("why"));
    row("no from", false, erase("from"));
    row("no who", false, erase("who"));
    row("no when", false, erase("when"));
    row("who not an object", false, [](Value &v) { v["cause"]["who"] = "u-1"; });
    row("unknown actor type", false, [](Value &v) { v["cause"]["who"]["type"] = "robot"; });
    row("actor type not a string", false, [](Value &v) { v["cause"]["who"]["type"] = 1; });
    row("no actor id", false, [](Value &v) { v["cause"]["who"].erase("id"); });
    row("permission map", true, [](Value &v) {
        v["cause"]["who"]["collectionPermissions"] = {
            {"users", {{"className", "Permission"}, {"allows", {"search", "updateOne"}}}},
            {"logs", {{"className", "Permission"}}}};
    });
    row("permission map not an object", false,
        [](Value &v) { v["cause"]["who"]["collectionPermissions"] = "all"; });
    row("permission not an object", false, [](Value &v) {
        v["cause"]["who"]["collectionPermissions"] = {{"users", true}};
    });
    row("permission allows not a list", false, [](Value &v) {
        v["cause"]["who"]["collectionPermissions"] = {{"users", {{"allows", "search"}}}};
    });
    row("permission allows an unknown type", false, [](Value &v) {
        v["cause"]["who"]["collectionPermissions"] = {{"users", {{"allows", {"search", "peek"}}}}};
    });
    row("nodes not a list", false, [](Value &v) { v["cause"]["when"]["nodes"] = 3; });
    row("node not an object", false, [](Value &v) { v["cause"]["when"]["nodes"][0] = 3; });
    row("bad timestamp", false,
        [](Value &v) { v["cause"]["when"]["nodes"][0]["timestamp"] = "yesterday"; });
    row("timestamp not a string", false,
        [](Value &v) { v["cause"]["when"]["nodes"][1]["timestamp"] = 1700000000; });
    row("node without location", false,
        [](Value &v) { v["cause"]["when"]["nodes"][1].erase("location"); });
    row("null cause", false, [](Value &v) { v["cause"] = nullptr; });
    row("empty cause", false, [](Value &v) { v["cause"] = Value::object(); });
    row("no cause", false, [](Value &v) { v.erase("cause"); });
    row("cause not an object", false, [](Value &v) { v["cause"] = "because"; });
    row("transaction", false, [](Value &v) {
        Value inner = v;
        v = {{"className", "TransactionQuery"}, {"version", "1"}, {"queries", {inner}}};
    });
    row("unknown query type", false, [](Value &v) { v["type"] = "upsert"; });
    row("bad query node", false, [](Value &v) { v["queryNode"] = {{"type", "nope_"}}; });

    // Repeated keys: the last value counts, as in a Python dict.
    std::string text = json::write(base);
    QTest::newRow("repeated target") << R"({"target":"first",)" + text.substr(1) << true;
    QTest::newRow("repeated className, last one a transaction")
        << text.substr(0, text.size() - 1) + R"(,"className":"TransactionQuery"})" << false;
    const std::size_t cause = text.find("\"cause\":");
    QTest::newRow("repeated cause, last one broken")
        << text.substr(0, cause) + "\"cause\":" + json::write(base["cause"]) + ",\"cause\":{}}"
        << false;
    QTest::newRow("repeated cause, last one usual")
        << text.substr(0, cause) + "\"cause\":null,\"cause\":" + json::write(base["cause"]) + "}"
        << true;
    const std::size_t type = text.find("\"type\":\"human\"");
    QVERIFY(type != std::string::npos);
    QTest::newRow("repeated actor type, last one unknown")
        << text.substr(0, type) + "\"type\":\"human\",\"type\":\"robot\"" + text.substr(type + 14)
        << false;
    QTest::newRow("repeated actor type, last one known")
        << text.substr(0, type) + "\"type\":\"robot\",\"type\":\"ai\"" + text.substr(type + 14)
        << true;
}

void TestEntryScan::causeShapes()
{
    QFETCH(std::string, text);
    QFETCH(bool, scans);
    QCOMPARE(scanAgreesWithFullReading(text), scans);
}

// Filters are read straight from the document (QueryNode::fromDocument): every node type and
// the shapes it leaves to the Value (refused, falsy, or only sure through the Value) agree.
void TestEntryScan::filterShapes_data()
{
    QTest::addColumn<std::string>("text");
    QTest::addColumn<bool>("scans");
    const Value base = sampleEntry();
    const auto withNode = [&](const std::string &node) {
        Value v = base;
        v["type"] = "search";
        v["queryNode"] = "NODE";
        std::string text = json::write(v);
        text.replace(text.find("\"NODE\""), 6, node);
        return text;
    };
    const auto row = [&](const char *name, bool scans, const std::string &node) {
        QTest::newRow(name) << withNode(node) << scans;
    };
    const std::string leaf = R"({"type":"equals_","field":"age","value":30,"vType":"auto_"})";
    row("equals_", true, leaf);
    row("and_ of or_ and not_", true,
        R"({"type":"and_","conditions":[{"type":"or_","conditions":[)" + leaf +
            R"(,{"type":"lessThan_","field":"n.x","value":2.5,"vType":"floatEpsilon12_"}]},
              {"type":"not_","condition":)" +
            leaf + "}]}");
    row("every comparison", true,
        R"({"type":"or_","conditions":[
            {"type":"notEquals_","field":"a","value":"x","vType":"string_"},
            {"type":"lessThan_","field":"a","value":0.5,"vType":"floatStrict_"},
            {"type":"greaterThan_","field":"a","value":true,"vType":"boolean_"},
            {"type":"greaterThanOrEqual_","field":"a","value":1,"vType":"int_"},
            {"type":"lessThanOrEqual_","field":"a","value":null,"vType":"auto_"},
            {"type":"equals_","field":"at","value":"2025-01-02T03:04:05+09:00","vType":"datetime_"}]})");
    row("string tests", true,
        R"({"type":"and_","conditions":[
            {"type":"regex_","field":"name","pattern":"^a.*z$"},
            {"type":"regex_","field":"name","pattern":"(unclosed"},
            {"type":"contains_","field":"tags","value":"x"},
            {"type":"startsWith_","field":"name","value":"sa"},
            {"type":"endsWith_","field":"name","value":7}]})");
    row("in_ and notIn_", true,
        R"({"type":"and_","conditions":[
            {"type":"in_","field":"g","values":[1,"a",{"k":[2]}]},
            {"type":"notIn_","field":"g","values":"abc"},
            {"type":"in_","field":"g","values":{"k":1}}]})");
    row("nested value", true,
        R"({"type":"equals_","field":"o","value":{"a":[1,{"b":2}]},"vType":"auto_"})");
    row("repeated member, the last one wins", true,
        R"({"type":"equals_","field":"a","value":1,"vType":"auto_","value":2})");
    row("repeated queryNode, the last one wins", true, leaf + R"(,"queryNode":)" + leaf);
    std::string deep = leaf;
    for (int i = 0; i < 300; ++i)
        deep = R"({"type":"not_","condition":)" + deep + "}";
    row("300 not_ deep", true, deep);
    // Falsy filters are no filters; the Value reads them.
    row("empty object", true, "{}");
    row("null", true, "null");
    row("empty list", true, "[]");
    // Conditions that are not a list: iterated as Python would (a dict's keys, a str's
    // characters) by the Value only.
    row("conditions an empty dict", false, R"({"type":"and_","conditions":{}})");
    row("conditions a dict", false, R"({"type":"and_","conditions":{"k":1}})");
    row("conditions a string", false, R"({"type":"or_","conditions":"ab"})");
    // Refused either way.
    row("unknown type", false, R"({"type":"near_","field":"a","value":1})");
    row("type not a string", false, R"({"type":3,"field":"a","value":1})");
    row("no field", false, R"({"type":"equals_","value":1,"vType":"auto_"})");
    row("unknown vType", false, R"({"type":"equals_","field":"a","value":1,"vType":"x_"})");
    row("bad datetime", false,
        R"({"type":"equals_","field":"a","value":"yesterday","vType":"datetime_"})");
    row("condition not an object", false, R"({"type":"not_","condition":[1]})");
    row("child not an object", false, R"({"type":"and_","conditions":[1]})");
    row("a list", false, "[1]");
    row("a string", false, R"("equals")");
}

void TestEntryScan::filterShapes()
{
    QFETCH(std::string, text);
    QFETCH(bool, scans);
    QCOMPARE(scanAgreesWithFullReading(text), scans);
}

// The rest of a query is read from the document too (Query::fromDocument): every member, in
// the shapes the reference writes and in odd ones, agrees with the Value's reading or steps
// aside for it.
void TestEntryScan::queryShapes_data()
{
    QTest::addColumn<std::string>("text");
    QTest::addColumn<bool>("scans");
    const Value base = sampleEntry();
    // The sample with `members` (a JSON object's inside) added at its end.
    const auto row = [&](const char *name, bool scans, const char *type,
                         const std::string &members) {
        Value v = base;
        v["type"] = type;
        std::string text = json::write(v);
        text.insert(text.size() - 1, "," + members);
        QTest::newRow(name) << text << scans;
    };
    row("add, a list of items", true, "add",
        R"("addData":[{"id":1,"n":{"a":[1,2.5,"x",null,true]}},{"id":2,"s":"a\"b\u0001"}])");
    row("add, an empty list", true, "add", R"("addData":[])");
    row("add, items not objects", true, "add", R"("addData":[1,"two",[3],null])");
    row("add, not a list", true, "add", R"("addData":{"id":1})");
    row("add, a string", true, "add", R"("addData":"abc")");
    std::string deepItem = "1";
    for (int i = 0; i < 150; ++i)
        deepItem = "[" + deepItem + "]";
    row("add, an item 150 levels deep", true, "add", R"("addData":[)" + deepItem + "]");
    row("add, an item with a repeated key", false, "add", R"("addData":[{"a":1,"a":2}])");
    row("updateOne, overrideData and template", true, "updateOne",
        R"("overrideData":{"score":1.5,"at":"2025-01-01T00:00:00+00:00","o":{"x":[]}},)"
        R"("template":{"k":null})");
    row("SingleSort", true, "search",
        R"("sortObj":{"className":"SingleSort","version":"5","field":"age","reversed":true,)"
        R"("vType":"int_"})");
    row("MultiSort", true, "search",
        R"("sortObj":{"className":"MultiSort","sortOrders":[{"className":"SingleSort",)"
        R"("field":"a"},{"className":"SingleSort","field":"b","reversed":1}]})");
    row("falsy sortObj", true, "search", R"("sortObj":{})");
    row("unknown sort class", false, "search", R"("sortObj":{"className":"Sideways"})");
    row("paging members", true, "search",
        R"("offset":3,"startAfter":{"id":2},"endBefore":null,"limit":10)");
    row("flags as written", true, "update",
        R"("returnData":"yes","mustAffectAtLeastOne":0,"resetSerial":[],"serialKey":"sid")");
    row("rename members", true, "renameField", R"("renameBefore":"a","renameAfter":"b")");
    row("merge parameters", true, "merge",
        R"("mergeQueryParams":{"base":"users","source":["orders"],"relationKey":"id",)"
        R"("sourceKeys":["uid"],"output":"out","dslTmp":{"a":"0.a"},"serialBase":null,)"
        R"("serialKey":null})");
    row("merge parameters not an object", false, "merge", R"("mergeQueryParams":[1])");
    row("repeated target, the last one wins", true, "search", R"("target":"second")");
    row("repeated type, the last one wins", true, "search", R"("type":"count")");
    row("unknown members", true, "search", R"("extra":{"deep":[1,2]},"version":"99")");
    row("unknown type", false, "search", R"("type":"teleport")");
    row("type not a string", false, "search", R"("type":7)");
    row("integer beyond 64 bits", false, "search", R"("limit":123456789012345678901234567890)");
    QTest::newRow("no target") << [&] {
        Value v = base;
        v.erase("target");
        return json::write(v);
    }() << false;
    QTest::newRow("no type") << [&] {
        Value v = base;
        v.erase("type");
        return json::write(v);
    }() << false;
}

void TestEntryScan::queryShapes()
{
    QFETCH(std::string, text);
    QFETCH(bool, scans);
    QCOMPARE(scanAgreesWithFullReading(text), scans);
}

// Truncations and byte flips of an entry (fixed seed): the scan refuses or agrees.
void TestEntryScan::mutatedEntriesNeverScanDifferently()
{
    const std::string text = json::write(sampleEntry());
    std::mt19937 rng(97);
    std::size_t accepted = 0;
    for (std::size_t cut = 0; cut < text.size(); cut += 7)
        accepted += scanAgreesWithFullReading(text.substr(0, cut));
    for (int i = 0; i < 3000; ++i) {
        std::string mutated = text;
        for (int flips = 1 + int(rng() % 3); flips > 0; --flips)
            mutated[rng() % mutated.size()] = char(rng() % 128);
        accepted += scanAgreesWithFullReading(mutated);
        if (QTest::currentTestFailed()) QFAIL(mutated.c_str());
    }
    QVERIFY(accepted > 100); // flips inside strings keep many entries valid
}

QTEST_APPLESS_MAIN(TestEntryScan)
#include "tst_entryscan.moc"
