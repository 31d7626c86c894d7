#include "errors.h"
#include "jsonio.h"
#include "pyvalue.h"

#include <QTest>

#include <cmath>
#include <limits>

using dtdb::Value;
namespace json = dtdb::json;
namespace py = dtdb::py;

Q_DECLARE_METATYPE(dtdb::Value)

namespace {

Value parsed(const QByteArray &text)
{
    json::ParseError error;
    auto value = json::parse(std::string_view(text.constData(), text.size()), &error);
    if (!value) qFatal("bad test JSON %s: %s", text.constData(), error.message.c_str());
    return *value;
}

const char *orderName(std::partial_ordering o)
{
    if (o == std::partial_ordering::less) return "less";
    if (o == std::partial_ordering::greater) return "greater";
    if (o == std::partial_ordering::equivalent) return "equal";
    return "unordered";
}

// {"k0":0,...} with the keys in forward or reverse order, large enough for indexed lookups.
Value bigObject(int size, bool reversed, int changedValue = -1)
{
    Value object = Value::object();
    for (int n = 0; n < size; ++n) {
        const int i = reversed ? size - 1 - n : n;
        std::string key = "k"; // (not "k" + ...: GCC 12 warns falsely on that with -O2)
        key += std::to_string(i);
        object[key] = i == changedValue ? -1 : i;
    }
    return object;
}

Value nestedObjects(int count)
{
    Value v = 0;
    for (int i = 0; i < count; ++i)
        v = Value{{"n", std::move(v)}};
    return v;
}

Value nestedArrays(int count)
{
    Value v = Value::array();
    for (int i = 1; i < count; ++i)
        v = Value::array({std::move(v)});
    return v;
}

} // namespace

class TestPyValue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equality_data();
    void equality();
    void bigObjects();
    void ordering_data();
    void ordering();
    void orderingErrorMessage();
    void truthiness_data();
    void truthiness();
    void strAndRepr_data();
    void strAndRepr();
    void parseInt_data();
    void parseInt();
    void parseFloat_data();
    void parseFloat();
    void toInt_data();
    void toInt();
    void toFloat_data();
    void toFloat();
    void copyDepth_data();
    void copyDepth();
};

// Expected results are Python's a == b on json.loads of both texts.
void TestPyValue::equality_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");

    const auto row = [](const char *name, const char *a, const char *b, bool equal) {
        QTest::newRow(name) << QByteArray(a) << QByteArray(b) << equal;
    };
    row("int float", "1", "1.0", true);
    row("int bool", "1", "true", true);
    row("zero false", "0", "false", true);
    row("bool float", "true", "1.0", true);
    row("false zero float", "false", "0.0", true);
    row("true false", "true", "false", false);
    row("int vs fraction", "2", "2.5", false);
    row("minus zero", "-0.0", "0", true);
    row("2^53+1 vs 2^53 float", "9007199254740993", "9007199254740992.0", false);
    row("2^53 vs 2^53 float", "9007199254740992", "9007199254740992.0", true);
    row("int64 max vs 2^63 float", "9223372036854775807", "9223372036854775808.0", false);
    row("uint 2^63 vs float", "9223372036854775808", "9223372036854775808.0", true);
    row("int64 min vs float", "-9223372036854775808", "-9223372036854775808.0", true);
    row("uint64 max vs 2^64 float", "18446744073709551615", "18446744073709551616.0", false);
    row("uint vs int", "9223372036854775808", "-9223372036854775808", false);
    row("negative vs uint", "-1", "18446744073709551615", false);
    row("NaN", "NaN", "NaN", false);
    row("NaN in arrays", "[NaN]", "[NaN]", false);
    row("infinities", "Infinity", "Infinity", true);
    row("infinity vs big int", "Infinity", "18446744073709551615", false);
    row("string vs number", "\"1\"", "1", false);
    row("strings", "\"é\"", "\"\\u00e9\"", true);
    row("case matters", "\"a\"", "\"A\"", false);
    row("null null", "null", "null", true);
    row("null zero", "null", "0", false);
    row("null false", "null", "false", false);
    row("null empty string", "null", "\"\"", false);
    row("array vs object", "[]", "{}", false);
    row("nested arrays", "[1,[2,3]]", "[1.0,[2,3.0]]", true);
    row("array order", "[1,2]", "[2,1]", false);
    row("array length", "[1]", "[1,1]", false);
    row("array of null", "[null]", "[null]", true);
    row("object key order", R"({"a":1,"b":[1,2]})", R"({"b":[1.0,2],"a":true})", true);
    row("object extra key", R"({"a":1})", R"({"a":1,"b":2})", false);
    row("object other key", R"({"a":1})", R"({"b":1})", false);
    row("object value", R"({"a":{"x":null}})", R"({"a":{"x":0}})", false);
    row("empty objects", "{}", "{}", true);
}

void TestPyValue::equality()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);

    const Value x = parsed(a);
    const Value y = parsed(b);
    QCOMPARE(py::equals(x, y), equal);
    QCOMPARE(py::equals(y, x), equal);
    if (equal) QCOMPARE(py::hash(x), py::hash(y));
}

void TestPyValue::bigObjects()
{
    const Value forward = bigObject(100, false);
    const Value backward = bigObject(100, true);
    QVERIFY(py::equals(forward, backward));
    QCOMPARE(py::hash(forward), py::hash(backward));
    QVERIFY(!py::equals(forward, bigObject(100, true, 42)));
    QVERIFY(!py::equals(forward, bigObject(99, false)));
}

// Expected results are Python's a < b / a > b on json.loads of both texts; "error" means
// TypeError.
void TestPyValue::ordering_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, const char *a, const char *b, const char *expected) {
        QTest::newRow(name) << QByteArray(a) << QByteArray(b) << QString::fromLatin1(expected);
    };
    row("ints", "1", "2", "less");
    row("int float equal", "1", "1.0", "equal");
    row("bool int", "true", "2", "less");
    row("bools", "true", "false", "greater");
    row("float bool", "1.5", "true", "greater");
    row("float int", "2.5", "2", "greater");
    row("2^53+1 vs 2^53 float", "9007199254740993", "9007199254740992.0", "greater");
    row("2^53 float vs 2^53+1", "9007199254740992.0", "9007199254740993", "less");
    row("uint64 max vs 2^64 float", "18446744073709551615", "18446744073709551616.0", "less");
    row("negative vs uint", "-1", "18446744073709551615", "less");
    row("uint vs int", "9223372036854775808", "9223372036854775807", "greater");
    row("huge float vs int64", "1e300", "9223372036854775807", "greater");
    row("tiny float vs int64 min", "-1e300", "-9223372036854775808", "less");
    row("negative fraction", "-2", "-1.5", "less");
    row("negative fraction reversed", "-1.5", "-2", "greater");
    row("infinity vs uint", "Infinity", "18446744073709551615", "greater");
    row("NaN vs int", "NaN", "1", "unordered");
    row("int vs NaN", "1", "NaN", "unordered");
    row("strings", "\"a\"", "\"b\"", "less");
    row("strings equal", "\"a\"", "\"a\"", "equal");
    row("upper before lower", "\"Z\"", "\"a\"", "less");
    row("code point order", "\"é\"", "\"z\"", "greater");
    row("BMP before astral", "\"\\uffff\"", "\"🙂\"", "less");
    row("prefix", "\"\"", "\"a\"", "less");
    row("arrays", "[1,2]", "[1,3]", "less");
    row("array length", "[1,2]", "[1,2,0]", "less");
    row("array first element decides", "[2]", "[1,9]", "greater");
    row("empty arrays", "[]", "[]", "equal");
    row("[None] vs [None]", "[null]", "[null]", "equal");
    row("[None,1] vs [None,2]", "[null,1]", "[null,2]", "less");
    row("equal objects skipped", "[{}]", "[{}]", "equal");
    row("nested arrays", "[[1,2]]", "[[1,3]]", "less");
    row("mixed elements", "[1,\"a\"]", "[1,\"b\"]", "less");
    row("array int float", "[1,2]", "[1.0,2.0]", "equal");
    row("NaN element", "[NaN]", "[1]", "unordered");
    row("None element vs int", "[null]", "[1]", "error");
    row("different objects", R"([{"a":1}])", R"([{"a":2}])", "error");
    row("str element vs int", "[1]", "[\"a\"]", "error");
    row("None vs None", "null", "null", "error");
    row("objects", "{}", "{}", "error");
    row("string vs int", "\"1\"", "1", "error");
    row("array vs int", "[1]", "1", "error");
    row("None vs int", "null", "1", "error");
}

void TestPyValue::ordering()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(QString, expected);

    const Value x = parsed(a);
    const Value y = parsed(b);
    if (expected == QLatin1String("error")) {
        QVERIFY_THROWS_EXCEPTION(dtdb::PyTypeError, py::compare(x, y));
        QVERIFY_THROWS_EXCEPTION(dtdb::PyTypeError, py::compare(y, x));
        return;
    }
    QCOMPARE(QString::fromLatin1(orderName(py::compare(x, y))), expected);
    const auto reversed = py::compare(y, x);
    if (expected == QLatin1String("less"))
        QVERIFY(reversed == std::partial_ordering::greater);
    else if (expected == QLatin1String("greater"))
        QVERIFY(reversed == std::partial_ordering::less);
    else
        QCOMPARE(QString::fromLatin1(orderName(reversed)), expected);
}

void TestPyValue::orderingErrorMessage()
{
    try {
        py::compare(Value("x"), Value(1));
        QFAIL("no exception");
    } catch (const dtdb::PyTypeError &e) {
        QCOMPARE(QString::fromUtf8(e.what()),
                 QStringLiteral("'<' not supported between instances of 'str' and 'int'"));
    }
}

void TestPyValue::truthiness_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("truthy");

    const auto row = [](const char *name, const char *value, bool truthy) {
        QTest::newRow(name) << QByteArray(value) << truthy;
    };
    row("null", "null", false);
    row("false", "false", false);
    row("true", "true", true);
    row("zero", "0", false);
    row("zero float", "0.0", false);
    row("minus zero float", "-0.0", false);
    row("one", "1", true);
    row("negative", "-1", true);
    row("uint", "18446744073709551615", true);
    row("small float", "0.1", true);
    row("NaN", "NaN", true);
    row("empty string", "\"\"", false);
    row("string false", "\"false\"", true);
    row("string zero", "\"0\"", true);
    row("empty array", "[]", false);
    row("array of zero", "[0]", true);
    row("empty object", "{}", false);
    row("object with null", R"({"a":null})", true);
}

void TestPyValue::truthiness()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, truthy);
    QCOMPARE(py::truthy(parsed(value)), truthy);
}

// Expected texts are Python's str(v) and repr(v) for v = json.loads(value).
void TestPyValue::strAndRepr_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("str");
    QTest::addColumn<QString>("repr");

    const auto row = [](const char *name, const char *value, const char *str, const char *repr) {
        QTest::newRow(name) << QByteArray(value) << QString::fromUtf8(str)
                            << QString::fromUtf8(repr);
    };
    row("null", "null", "None", "None");
    row("true", "true", "True", "True");
    row("false", "false", "False", "False");
    row("int", "-7", "-7", "-7");
    row("uint", "18446744073709551615", "18446744073709551615", "18446744073709551615");
    row("float two", "2.0", "2.0", "2.0");
    row("small float", "1e-5", "1e-05", "1e-05");
    row("large float", "1e16", "1e+16", "1e+16");
    row("last fixed float", "1e15", "1000000000000000.0", "1000000000000000.0");
    row("sum", "0.30000000000000004", "0.30000000000000004", "0.30000000000000004");
    row("minus zero", "-0.0", "-0.0", "-0.0");
    row("big exponent", "1.5e300", "1.5e+300", "1.5e+300");
    row("inf", "Infinity", "inf", "inf");
    row("-inf", "-Infinity", "-inf", "-inf");
    row("nan", "NaN", "nan", "nan");
    row("string", "\"x\"", "x", "'x'");
    row("empty string", "\"\"", "", "''");
    row("list", "[1,\"x\",null]", "[1, 'x', None]", "[1, 'x', None]");
    row("dict", R"({"k":1})", "{'k': 1}", "{'k': 1}");
    row("quote in list", R"(["a","b'c"])", "['a', \"b'c\"]", "['a', \"b'c\"]");
    row("single quote", R"("b'c")", "b'c", "\"b'c\"");
    row("double quote", R"("a\"b")", "a\"b", "'a\"b'");
    row("both quotes", R"("a'\"b")", "a'\"b", "'a\\'\"b'");
    row("backslash", R"("\\")", "\\", "'\\\\'");
    row("whitespace escapes", R"("\n\r\t")", "\n\r\t", "'\\n\\r\\t'");
    row("control characters", R"("\u0000\u0007\u001b\u007f")", nullptr, // str() holds a NUL
        "'\\x00\\x07\\x1b\\x7f'");
    row("printable non-ASCII", "\"é日🙂\"", "é日🙂", "'é日🙂'");
    row("non-printable non-ASCII", R"("\u0085\u00a0\u00ad\u3000\u200b\u2028\ufeff\uffff")",
        "\u0085\u00a0\u00ad\u3000\u200b\u2028\ufeff\uffff",
        "'\\x85\\xa0\\xad\\u3000\\u200b\\u2028\\ufeff\\uffff'");
    row("astral non-printable", R"("\udb40\udc01\udb80\udc00")", "\U000E0001\U000F0000",
        "'\\U000e0001\\U000f0000'");
    row("lone surrogate", R"("\ud800")", nullptr, "'\\ud800'");
    row("nested", R"({"a":[true,{"b":1.0}],"c":"d"})", "{'a': [True, {'b': 1.0}], 'c': 'd'}",
        "{'a': [True, {'b': 1.0}], 'c': 'd'}");
    row("empty containers", "[[],{}]", "[[], {}]", "[[], {}]");
    row("escaped in list", R"(["\n"])", "['\\n']", "['\\n']");
    row("key repr", R"({"it's":null})", "{\"it's\": None}", "{\"it's\": None}");
}

void TestPyValue::strAndRepr()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, str);
    QFETCH(QString, repr);

    const Value v = parsed(value);
    if (!str.isNull()) QCOMPARE(QString::fromStdString(py::str(v)), str);
    QCOMPARE(QString::fromStdString(py::repr(v)), repr);
}

// Expected values are Python's int(s); "fits" is false where Python raises or the result does
// not fit in int64.
void TestPyValue::parseInt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("fits");
    QTest::addColumn<qint64>("value");

    const auto ok = [](const char *name, const char *text, qint64 value) {
        QTest::newRow(name) << QString::fromUtf8(text) << true << value;
    };
    const auto bad = [](const char *name, const char *text) {
        QTest::newRow(name) << QString::fromUtf8(text) << false << qint64(0);
    };
    ok("underscores", "1_000", 1000);
    ok("spaces and sign", " -7 ", -7);
    ok("arabic-indic digit", "٣", 3);
    ok("arabic-indic number", "١٢٣", 123);
    ok("fullwidth digits", "１２", 12);
    ok("mathematical digit", "𝟗", 9);
    ok("plus", "+12", 12);
    ok("leading zeros", "007", 7);
    ok("zero underscore zero", "0_0", 0);
    ok("unicode whitespace", "\t\n42\u3000", 42);
    ok("no-break space", "\u00a0 5", 5);
    ok("int64 max", "9223372036854775807", std::numeric_limits<qint64>::max());
    ok("int64 min", "-9223372036854775808", std::numeric_limits<qint64>::min());
    bad("float text", "1.0");
    bad("double underscore", "1__0");
    bad("leading underscore", "_1");
    bad("trailing underscore", "1_");
    bad("underscore after sign", "+_1");
    bad("empty", "");
    bad("only space", " ");
    bad("space after sign", "- 7");
    bad("space inside", "1 2");
    bad("two signs", "+-1");
    bad("hex", "0x10");
    bad("exponent", "1e3");
    bad("letters", "12a");
    bad("superscript", "²");
    bad("zero-width space", "\u200b5");
    bad("file separator is not space", "\x1c"
                                       "5");
    bad("above int64", "9223372036854775808");
    bad("below int64", "-9223372036854775809");
}

void TestPyValue::parseInt()
{
    QFETCH(QString, text);
    QFETCH(bool, fits);
    QFETCH(qint64, value);

    const auto result = py::parseInt(text.toStdString());
    QCOMPARE(result.has_value(), fits);
    if (fits) QCOMPARE(*result, value);
}

// Expected values are Python's float(s).
void TestPyValue::parseFloat_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("value");

    constexpr double inf = std::numeric_limits<double>::infinity();
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    const auto ok = [](const char *name, const char *text, double value) {
        QTest::newRow(name) << QString::fromUtf8(text) << true << value;
    };
    const auto bad = [](const char *name, const char *text) {
        QTest::newRow(name) << QString::fromUtf8(text) << false << 0.0;
    };
    ok("exponent", "1e3", 1000.0);
    ok("inf with spaces", " inf ", inf);
    ok("nan", "nan", nan);
    ok("signed nan", "+nan", nan);
    ok("underscores", "1_0.5", 10.5);
    ok("-Infinity", "-Infinity", -inf);
    ok("upper INF", "INF", inf);
    ok("trailing point", "1.", 1.0);
    ok("leading point", ".5", 0.5);
    ok("signed exponent", "1.5e+3", 1500.0);
    ok("negative small", "-.5e-3", -0.0005);
    ok("plus", "+1.5", 1.5);
    ok("underscore in exponent", "1e1_0", 1e10);
    ok("overflow", "1e400", inf);
    ok("negative overflow", "-1e400", -inf);
    ok("underflow", "1e-400", 0.0);
    ok("minus zero", " -0.0 ", -0.0);
    ok("unicode digits", "٣.5", 3.5);
    ok("rounds to double", "9007199254740993", 9007199254740992.0);
    bad("partial infinity", "infinit");
    bad("point only", ".");
    bad("exponent without digits", "1e");
    bad("exponent sign without digits", "1e+");
    bad("exponent only", "e5");
    bad("underscore before point", "1_.5");
    bad("underscore before exponent", "1_e5");
    bad("double underscore", "1__0");
    bad("underscore in inf", "in_f");
    bad("hex float", "0x1p3");
    bad("empty", "");
}

void TestPyValue::parseFloat()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(double, value);

    const auto result = py::parseFloat(text.toStdString());
    QCOMPARE(result.has_value(), valid);
    if (!valid) return;
    if (std::isnan(value)) {
        QVERIFY(std::isnan(*result));
    } else {
        QCOMPARE(*result, value);
        QCOMPARE(std::signbit(*result), std::signbit(value));
    }
}

void TestPyValue::toInt_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("expected");

    const auto ok = [](const char *name, const char *value, qint64 expected) {
        QTest::newRow(name) << QByteArray(value) << true << expected;
    };
    const auto bad = [](const char *name, const char *value) {
        QTest::newRow(name) << QByteArray(value) << false << qint64(0);
    };
    ok("true", "true", 1);
    ok("false", "false", 0);
    ok("int", "5", 5);
    ok("uint in range", "9223372036854775807", std::numeric_limits<qint64>::max());
    ok("float truncates", "1.9", 1);
    ok("negative float truncates", "-1.9", -1);
    ok("minus zero", "-0.0", 0);
    ok("large float", "9.2233720368547748e18", Q_INT64_C(9223372036854774784));
    ok("string", "\"12\"", 12);
    ok("string with plus and zeros", "\"+007\"", 7);
    bad("float string", "\"12.5\"");
    bad("NaN", "NaN");
    bad("Infinity", "Infinity");
    bad("uint above int64", "18446744073709551615");
    bad("float above int64", "1e19");
    bad("null", "null");
    bad("array", "[1]");
    bad("object", "{}");
}

void TestPyValue::toInt()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, valid);
    QFETCH(qint64, expected);

    const auto result = py::toInt(parsed(value));
    QCOMPARE(result.has_value(), valid);
    if (valid) QCOMPARE(*result, expected);
}

void TestPyValue::toFloat_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("expected");

    const auto ok = [](const char *name, const char *value, double expected) {
        QTest::newRow(name) << QByteArray(value) << true << expected;
    };
    const auto bad = [](const char *name, const char *value) {
        QTest::newRow(name) << QByteArray(value) << false << 0.0;
    };
    ok("true", "true", 1.0);
    ok("false", "false", 0.0);
    ok("int", "7", 7.0);
    ok("2^53+1 rounds", "9007199254740993", 9007199254740992.0);
    ok("uint64 max", "18446744073709551615", 18446744073709551616.0);
    ok("float", "2.5", 2.5);
    ok("string", "\"1e3\"", 1000.0);
    ok("string with spaces", "\" 1_5 \"", 15.0);
    bad("bad string", "\"abc\"");
    bad("null", "null");
    bad("array", "[1]");
    bad("object", "{\"a\":1}");
}

void TestPyValue::toFloat()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, valid);
    QFETCH(double, expected);

    const auto result = py::toFloat(parsed(value));
    QCOMPARE(result.has_value(), valid);
    if (valid) QCOMPARE(*result, expected);
}

// UtilCopy.jsonable_deep_copy(value, depth) raises once any value sits deeper than 100.
void TestPyValue::copyDepth_data()
{
    QTest::addColumn<Value>("value");
    QTest::addColumn<int>("depth");
    QTest::addColumn<bool>("throws");

    QTest::newRow("scalar at 100") << Value(1) << 100 << false;
    QTest::newRow("scalar at 101") << Value(1) << 101 << true;
    QTest::newRow("item with 99 nested objects") << nestedObjects(99) << 1 << false;
    QTest::newRow("item with 100 nested objects") << nestedObjects(100) << 1 << true;
    QTest::newRow("list of item with 99") << Value::array({nestedObjects(99)}) << 0 << false;
    QTest::newRow("list of item with 100") << Value::array({nestedObjects(100)}) << 0 << true;
    QTest::newRow("100 objects from depth 0") << nestedObjects(100) << 0 << false;
    QTest::newRow("101 objects from depth 0") << nestedObjects(101) << 0 << true;
    QTest::newRow("101 empty arrays") << nestedArrays(101) << 0 << false;
    QTest::newRow("102 empty arrays") << nestedArrays(102) << 0 << true;
    QTest::newRow("empty object at 100") << Value::object() << 100 << false;
    QTest::newRow("non-empty object at 100") << Value{{"a", 1}} << 100 << true;
}

void TestPyValue::copyDepth()
{
    QFETCH(Value, value);
    QFETCH(int, depth);
    QFETCH(bool, throws);

    if (!throws) {
        py::checkCopyDepth(value, depth);
        return;
    }
    try {
        py::checkCopyDepth(value, depth);
        QFAIL("no exception");
    } catch (const dtdb::PyValueError &e) {
        QCOMPARE(QString::fromUtf8(e.what()), QStringLiteral("Exceeded max allowed nesting depth"));
    }
}

QTEST_APPLESS_MAIN(TestPyValue)
#include "tst_pyvalue.moc"
