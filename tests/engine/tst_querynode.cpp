// Filter nodes (spec §5): one row per node type x value type x notable case.

#include "errors.h"
#include "fixtures.h"
#include "querynode.h"

#include <QTest>

using namespace dtdb;

class TestQueryNode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data();
    void evaluate();
    void raises_data();
    void raises();
    void writesBackAsTheReference_data();
    void writesBackAsTheReference();
};

namespace {

Value j(const char *text)
{
    return testutil::parseJson(text);
}

QString cmp(const char *type, const char *value, const char *vType, const char *field = "f")
{
    return QStringLiteral(R"({"type":"%1","field":"%2","value":%3,"vType":"%4"})")
        .arg(QLatin1String(type), QLatin1String(field), QLatin1String(value), QLatin1String(vType));
}

} // namespace

void TestQueryNode::evaluate_data()
{
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("node");
    QTest::addColumn<bool>("expected");

    // auto_: Python equality and ordering
    QTest::newRow("auto equals int/float")
        << R"({"f":1})" << cmp("equals_", "1.0", "auto_") << true;
    QTest::newRow("auto equals bool/int")
        << R"({"f":true})" << cmp("equals_", "1", "auto_") << true;
    QTest::newRow("auto equals 2^53+1 vs float")
        << R"({"f":9007199254740993})" << cmp("equals_", "9007199254740992.0", "auto_") << false;
    QTest::newRow("auto equals missing vs null")
        << R"({})" << cmp("equals_", "null", "auto_") << true;
    QTest::newRow("auto equals nested object any order")
        << R"({"f":{"a":1,"b":[1,2]}})" << cmp("equals_", R"({"b":[1,2.0],"a":1})", "auto_")
        << true;
    QTest::newRow("auto notEquals missing") << R"({})" << cmp("notEquals_", "3", "auto_") << true;
    QTest::newRow("auto greaterThan strings")
        << R"({"f":"b"})" << cmp("greaterThan_", R"("a")", "auto_") << true;
    QTest::newRow("auto greaterThan upper vs lower")
        << R"({"f":"B"})" << cmp("greaterThan_", R"("a")", "auto_") << false;
    QTest::newRow("auto greaterThan incomparable")
        << R"({"f":2})" << cmp("greaterThan_", R"("1")", "auto_") << false;
    QTest::newRow("auto greaterThan bool vs int")
        << R"({"f":true})" << cmp("greaterThan_", "0", "auto_") << true;
    QTest::newRow("auto greaterThan lists")
        << R"({"f":[1,3]})" << cmp("greaterThan_", "[1,2]", "auto_") << true;
    QTest::newRow("auto greaterThan objects")
        << R"({"f":{"a":2}})" << cmp("greaterThan_", R"({"a":1})", "auto_") << false;
    QTest::newRow("auto lessThanOrEqual missing")
        << R"({})" << cmp("lessThanOrEqual_", "5", "auto_") << false;
    QTest::newRow("auto greaterThanOrEqual null value")
        << R"({"f":1})" << cmp("greaterThanOrEqual_", "null", "auto_") << false;
    // datetime_
    QTest::newRow("datetime equals across offsets")
        << R"({"f":"2025-01-01T09:00:00+09:00"})"
        << cmp("equals_", R"("2025-01-01T00:00:00Z")", "datetime_") << true;
    QTest::newRow("datetime naive vs aware equals")
        << R"({"f":"2025-01-01T00:00:00"})"
        << cmp("equals_", R"("2025-01-01T00:00:00Z")", "datetime_") << false;
    QTest::newRow("datetime naive vs aware notEquals")
        << R"({"f":"2025-01-01T00:00:00"})"
        << cmp("notEquals_", R"("2025-01-01T00:00:00Z")", "datetime_") << true;
    QTest::newRow("datetime naive vs aware ordering")
        << R"({"f":"2025-01-01T00:00:00"})"
        << cmp("lessThan_", R"("2026-01-01T00:00:00Z")", "datetime_") << false;
    QTest::newRow("datetime date-only equals midnight")
        << R"({"f":"2025-01-01"})" << cmp("equals_", R"("2025-01-01T00:00:00")", "datetime_")
        << true;
    QTest::newRow("datetime missing notEquals")
        << R"({})" << cmp("notEquals_", R"("2025-01-01")", "datetime_") << false;
    QTest::newRow("datetime epoch number")
        << R"({"f":1735689600})" << cmp("equals_", R"("2025-01-01")", "datetime_") << false;
    QTest::newRow("datetime greaterThanOrEqual")
        << R"({"f":"2025-01-02T00:00:00+00:00"})"
        << cmp("greaterThanOrEqual_", R"("2025-01-02T09:00:00+09:00")", "datetime_") << true;
    // int_
    QTest::newRow("int value truncated") << R"({"f":1})" << cmp("equals_", "1.9", "int_") << true;
    QTest::newRow("int float field fails")
        << R"({"f":1.0})" << cmp("equals_", "1", "int_") << false;
    QTest::newRow("int underscores") << R"({"f":"1_0"})" << cmp("equals_", "10", "int_") << true;
    QTest::newRow("int plus sign and zeros")
        << R"({"f":"+007"})" << cmp("equals_", "7", "int_") << true;
    QTest::newRow("int bool field fails")
        << R"({"f":true})" << cmp("equals_", "1", "int_") << false;
    QTest::newRow("int notEquals on failure")
        << R"({"f":"x"})" << cmp("notEquals_", "1", "int_") << false;
    QTest::newRow("int greaterThan")
        << R"({"f":"12"})" << cmp("greaterThan_", "11", "int_") << true;
    // floatStrict_ / floatEpsilon12_
    QTest::newRow("floatStrict string field")
        << R"({"f":"1.0"})" << cmp("equals_", "1", "floatStrict_") << true;
    QTest::newRow("floatStrict nan never equal")
        << R"({"f":"nan"})" << cmp("equals_", "1", "floatStrict_") << false;
    QTest::newRow("floatStrict bool field fails")
        << R"({"f":true})" << cmp("equals_", "1", "floatStrict_") << false;
    QTest::newRow("floatEpsilon equal")
        << R"({"f":0.30000000000000004})" << cmp("equals_", "0.3", "floatEpsilon12_") << true;
    QTest::newRow("floatEpsilon greaterThan within eps")
        << R"({"f":0.30000000000000004})" << cmp("greaterThan_", "0.3", "floatEpsilon12_") << false;
    QTest::newRow("floatEpsilon greaterThanOrEqual")
        << R"({"f":0.3})" << cmp("greaterThanOrEqual_", "0.30000000000000004", "floatEpsilon12_")
        << true;
    // boolean_
    QTest::newRow("boolean case-insensitive strings")
        << R"({"f":"yes"})" << cmp("equals_", R"("YES")", "boolean_") << true;
    QTest::newRow("boolean True vs true")
        << R"({"f":true})" << cmp("equals_", R"("TRUE")", "boolean_") << true;
    QTest::newRow("boolean missing equals null")
        << R"({})" << cmp("equals_", "null", "boolean_") << true;
    QTest::newRow("boolean ordering always false")
        << R"({"f":2})" << cmp("greaterThan_", "1", "boolean_") << false;
    // string_
    QTest::newRow("string float form")
        << R"({"f":1.0})" << cmp("equals_", R"("1.0")", "string_") << true;
    QTest::newRow("string True") << R"({"f":true})" << cmp("equals_", R"("True")", "string_")
                                 << true;
    QTest::newRow("string missing is None")
        << R"({})" << cmp("equals_", R"("None")", "string_") << true;
    QTest::newRow("string list repr")
        << R"({"f":[1,"x"]})" << cmp("equals_", R"("[1, 'x']")", "string_") << true;
    QTest::newRow("string dict repr")
        << R"({"f":{"k":1}})" << cmp("equals_", R"("{'k': 1}")", "string_") << true;
    QTest::newRow("string ordering by code point")
        << R"({"f":"é"})" << cmp("greaterThan_", R"("z")", "string_") << true;
    // regex_, contains_, in_, notIn_, startsWith_, endsWith_
    QTest::newRow("regex unanchored") << R"({"f":"Taro"})"
                                      << R"({"type":"regex_","field":"f","pattern":"ar"})" << true;
    QTest::newRow("regex on int string form")
        << R"({"f":123})"
        << R"({"type":"regex_","field":"f","pattern":"^12"})" << true;
    QTest::newRow("regex on True") << R"({"f":true})"
                                   << R"({"type":"regex_","field":"f","pattern":"^True$"})" << true;
    QTest::newRow("regex missing field")
        << R"({})"
        << R"({"type":"regex_","field":"f","pattern":"["})" << false;
    QTest::newRow("contains in list by equality")
        << R"({"f":[1,2]})"
        << R"({"type":"contains_","field":"f","value":1.0})" << true;
    QTest::newRow("contains true in [1]")
        << R"({"f":[1]})"
        << R"({"type":"contains_","field":"f","value":true})" << true;
    QTest::newRow("contains nested list")
        << R"({"f":[[1]]})"
        << R"({"type":"contains_","field":"f","value":[1]})" << true;
    QTest::newRow("contains null in list")
        << R"({"f":[null]})"
        << R"({"type":"contains_","field":"f","value":null})" << true;
    QTest::newRow("contains substring")
        << R"({"f":"hello"})"
        << R"({"type":"contains_","field":"f","value":"ell"})" << true;
    QTest::newRow("contains empty substring")
        << R"({"f":"x"})"
        << R"({"type":"contains_","field":"f","value":""})" << true;
    QTest::newRow("contains object field")
        << R"({"f":{"a":1}})"
        << R"({"type":"contains_","field":"f","value":"a"})" << false;
    QTest::newRow("in with null matches missing")
        << R"({})"
        << R"({"type":"in_","field":"f","values":["a",null]})" << true;
    QTest::newRow("in string values are characters")
        << R"({"f":"a"})"
        << R"({"type":"in_","field":"f","values":"abc"})" << true;
    QTest::newRow("in object values are keys")
        << R"({"f":"k"})"
        << R"({"type":"in_","field":"f","values":{"k":1}})" << true;
    QTest::newRow("notIn missing") << R"({})"
                                   << R"({"type":"notIn_","field":"f","values":["a"]})" << true;
    QTest::newRow("startsWith int") << R"({"f":12})"
                                    << R"({"type":"endsWith_","field":"f","value":"2"})" << true;
    QTest::newRow("startsWith float")
        << R"({"f":1.0})"
        << R"({"type":"startsWith_","field":"f","value":"1."})" << true;
    QTest::newRow("startsWith True")
        << R"({"f":true})"
        << R"({"type":"startsWith_","field":"f","value":"Tr"})" << true;
    QTest::newRow("startsWith empty") << R"({"f":"x"})"
                                      << R"({"type":"startsWith_","field":"f","value":""})" << true;
    QTest::newRow("startsWith missing with bad value")
        << R"({})"
        << R"({"type":"startsWith_","field":"f","value":5})" << false;
    // paths
    QTest::newRow("nested path") << R"({"a":{"b":{"c":1}}})"
                                 << cmp("equals_", "1", "auto_", "a.b.c") << true;
    QTest::newRow("no array indexing")
        << R"({"a":[1]})" << cmp("equals_", "1", "auto_", "a.0") << false;
    QTest::newRow("dotted key unreachable")
        << R"({"a.b":1})" << cmp("equals_", "1", "auto_", "a.b") << false;
    // logical
    QTest::newRow("and empty") << R"({})"
                               << R"({"type":"and_","conditions":[]})" << true;
    QTest::newRow("or empty") << R"({})"
                              << R"({"type":"or_","conditions":[]})" << false;
    QTest::newRow("not")
        << R"({"f":1})"
        << QStringLiteral(R"({"type":"not_","condition":%1})").arg(cmp("equals_", "2", "auto_"))
        << true;
    QTest::newRow("or short-circuits before a bad regex")
        << R"({"f":1,"s":"x"})"
        << QStringLiteral(
               R"({"type":"or_","conditions":[%1,{"type":"regex_","field":"s","pattern":"["}]})")
               .arg(cmp("equals_", "1", "auto_"))
        << true;
}

void TestQueryNode::evaluate()
{
    QFETCH(QString, item);
    QFETCH(QString, node);
    QFETCH(bool, expected);
    const auto n = QueryNode::fromJson(j(node.toUtf8().constData()));
    QCOMPARE(n->evaluate(j(item.toUtf8().constData())), expected);
}

void TestQueryNode::raises_data()
{
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("node");
    QTest::newRow("invalid regex on a value") << R"({"s":"x"})"
                                              << R"({"type":"regex_","field":"s","pattern":"["})";
    QTest::newRow("startsWith non-string value")
        << R"({"s":"x"})"
        << R"({"type":"startsWith_","field":"s","value":5})";
    QTest::newRow("endsWith list value") << R"({"s":"x"})"
                                         << R"({"type":"endsWith_","field":"s","value":["x"]})";
    QTest::newRow("Python-only regex syntax is required")
        << R"({"s":"x"})"
        << R"j({"type":"regex_","field":"s","pattern":"(?<n>x)"})j";
}

void TestQueryNode::raises()
{
    QFETCH(QString, item);
    QFETCH(QString, node);
    const auto n = QueryNode::fromJson(j(node.toUtf8().constData()));
    QVERIFY(n->canRaise());
    QVERIFY_THROWS_EXCEPTION(PyError, n->evaluate(j(item.toUtf8().constData())));
}

void TestQueryNode::writesBackAsTheReference_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");
    QTest::newRow("comparison key order")
        << R"({"vType":"auto_","value":1,"field":"a","type":"equals_"})"
        << R"({"type":"equals_","field":"a","value":1,"vType":"auto_","version":"2"})";
    QTest::newRow("datetime re-emitted as isoformat")
        << R"({"type":"equals_","field":"a","value":"2025-01-01T00:00:00.000Z","vType":"datetime_"})"
        << R"({"type":"equals_","field":"a","value":"2025-01-01T00:00:00+00:00","vType":"datetime_","version":"2"})";
    QTest::newRow("notIn version 2, values as list")
        << R"({"type":"notIn_","field":"a","values":"ab"})"
        << R"({"type":"notIn_","field":"a","values":["a","b"],"version":"2"})";
    QTest::newRow("regex") << R"({"type":"regex_","field":"a","pattern":"^x"})"
                           << R"({"type":"regex_","field":"a","pattern":"^x","version":"1"})";
    QTest::newRow("not")
        << R"({"type":"not_","condition":{"type":"contains_","field":"a","value":1}})"
        << R"({"type":"not_","condition":{"type":"contains_","field":"a","value":1,"version":"1"},"version":"1"})";
}

void TestQueryNode::writesBackAsTheReference()
{
    QFETCH(QString, input);
    QFETCH(QString, output);
    const auto n = QueryNode::fromJson(j(input.toUtf8().constData()));
    QCOMPARE(QString::fromStdString(json::write(n->toJson())), output);
}

QTEST_APPLESS_MAIN(TestQueryNode)
#include "tst_querynode.moc"
