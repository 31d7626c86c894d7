#include "jsonio.h"

#include "database.h"
#include "item.h"
#include "jsonio_p.h"
#include "jsontest.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>
#include <string>

using dtdb::Value;
using testutil::parseOrFail;
using testutil::strictlyEqual;
using testutil::view;
namespace json = dtdb::json;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) qFatal("cannot open %s", qPrintable(path));
    return file.readAll();
}

QStringList fixtureDirs()
{
    const QDir root(QStringLiteral(DTDB_FIXTURES_DIR));
    QStringList dirs;
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        dirs << root.filePath(name);
    return dirs;
}

QByteArray nested(char open, char close, int depth)
{
    return QByteArray(depth, open) + QByteArray(depth, close);
}

// Sets the two-thread threshold for the lifetime of the guard.
class ParallelThreshold
{
public:
    explicit ParallelThreshold(std::size_t elements) : saved_(json::detail::parallelThreshold())
    {
        json::detail::setParallelThreshold(elements);
    }
    ~ParallelThreshold() { json::detail::setParallelThreshold(saved_); }
    ParallelThreshold(const ParallelThreshold &) = delete;
    ParallelThreshold &operator=(const ParallelThreshold &) = delete;

private:
    std::size_t saved_;
};

// The fast reader, with large arrays split or not, must give exactly what the hand-written
// one gives, or refuse. Returns an empty string on success, else what went wrong.
std::string compareReaders(std::string_view text)
{
    const std::optional<Value> exact = json::detail::parseExact(text, nullptr);
    for (const std::size_t threshold : {std::size_t(2), std::numeric_limits<std::size_t>::max()}) {
        const ParallelThreshold guard(threshold);
        const std::optional<Value> fast = json::detail::parseFast(text);
        if (!fast) continue; // refused: json::parse asks the exact reader
        if (!exact) return "the fast reader accepts what the exact one refuses";
        std::string where;
        if (!strictlyEqual(*fast, *exact, where)) return where;
    }
    const std::optional<Value> parsed = json::parse(text);
    std::string where;
    if (parsed.has_value() != exact.has_value() ||
        (parsed && !strictlyEqual(*parsed, *exact, where)))
        return std::string("json::parse differs from the exact reader: ").append(where);
    return {};
}

// A generated database exercising every kind of value the writer handles.
Value generatedSnapshot(int items)
{
    Value data = Value::array();
    for (int i = 0; i < items; ++i) {
        Value item = Value::object();
        item["id"] = i;
        std::string name = "user ";
        name.append(std::to_string(i));
        if (i % 7 == 0) name.append(" \"quoted\"\n\t\x01\\");
        item["name"] = name;
        item["unicode"] = i % 3 == 0 ? "田中 🙂 é" : "plain";
        item["score"] = i * 0.37 - 1000.0;
        item["tiny"] = i * 1e-7;
        item["big"] = static_cast<std::uint64_t>(i) + 9223372036854775808ULL;
        item["flag"] = i % 2 == 0;
        item["none"] = nullptr;
        item["tags"] = Value::array({"a", i, 1.5, Value::object()});
        item["nested"] = {{"depth", {{"more", Value::array({Value::array(), i})}}}};
        data.push_back(std::move(item));
    }
    Value users = {{"className", "Collection"},
                   {"version", "17"},
                   {"data", std::move(data)},
                   {"serialNum", items}};
    return {{"className", "DeltaTraceDatabase"},
            {"version", "16"},
            {"collections", {{"users", std::move(users)}, {"empty", {{"data", Value::array()}}}}}};
}

} // namespace

class TestJsonIo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseValues_data();
    void parseValues();
    void parseErrors_data();
    void parseErrors();
    void emptyView();
    void duplicateKeys_data();
    void duplicateKeys();
    void largeObjectDuplicateKeys();
    void integerExtremes();
    void specialFloats();
    void strings_data();
    void strings();
    void nesting_data();
    void nesting();
    void writeCompact_data();
    void writeCompact();
    void writeIndent2_data();
    void writeIndent2();
    void floatRepr_data();
    void floatRepr();
    void snapshotRoundTrip_data();
    void snapshotRoundTrip();
    void jsonlRoundTrip_data();
    void jsonlRoundTrip();
    void fastReaderMatchesFixtures_data();
    void fastReaderMatchesFixtures();
    void fastReaderEdgeCases_data();
    void fastReaderEdgeCases();
    void fastReaderRefuses_data();
    void fastReaderRefuses();
    void fastReaderDuplicateKeys();
    void fastReaderNesting();
    void fastReaderSplitsLargeArrays();
    void parallelWriteIsIdentical();
    void parallelWriteBlocks_data();
    void parallelWriteBlocks();
    void packedWriteOfLargeValues_data();
    void packedWriteOfLargeValues();
};

// Each input is parsed, its runtime type checked and the value written back compactly, which is
// what Python's json.dumps(json.loads(input), separators=(",", ":")) gives.
void TestJsonIo::parseValues_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("type");
    QTest::addColumn<QByteArray>("compact");

    using T = Value::value_t;
    const auto row = [](const char *name, const char *input, T type, const char *compact) {
        QTest::newRow(name) << QByteArray(input) << static_cast<int>(type) << QByteArray(compact);
    };
    row("zero", "0", T::number_integer, "0");
    row("minus zero is int", "-0", T::number_integer, "0");
    row("int", "12", T::number_integer, "12");
    row("negative int", "-7", T::number_integer, "-7");
    row("int64 max", "9223372036854775807", T::number_integer, "9223372036854775807");
    row("int64 min", "-9223372036854775808", T::number_integer, "-9223372036854775808");
    row("above int64 is uint64", "9223372036854775808", T::number_unsigned, "9223372036854775808");
    row("uint64 max", "18446744073709551615", T::number_unsigned, "18446744073709551615");
    row("above uint64 is double", "18446744073709551616", T::number_float,
        "1.8446744073709552e+19");
    row("below int64 is double", "-9223372036854775809", T::number_float, "-9.223372036854776e+18");
    row("2^53+1 stays int", "9007199254740993", T::number_integer, "9007199254740993");
    row("float", "1.0", T::number_float, "1.0");
    row("exponent is float", "1e2", T::number_float, "100.0");
    row("upper exponent", "1E+2", T::number_float, "100.0");
    row("negative exponent", "25e-1", T::number_float, "2.5");
    row("minus zero float", "-0.0", T::number_float, "-0.0");
    row("overflow", "1e400", T::number_float, "Infinity");
    row("negative overflow", "-1e400", T::number_float, "-Infinity");
    row("underflow", "1e-400", T::number_float, "0.0");
    row("negative underflow", "-1e-400", T::number_float, "-0.0");
    row("denormal min", "5e-324", T::number_float, "5e-324");
    row("double max", "1.7976931348623157e308", T::number_float, "1.7976931348623157e+308");
    row("point one", "0.1", T::number_float, "0.1");
    row("NaN", "NaN", T::number_float, "NaN");
    row("Infinity", "Infinity", T::number_float, "Infinity");
    row("-Infinity", "-Infinity", T::number_float, "-Infinity");
    row("surrounding whitespace", " \t\r\n 42 \n", T::number_integer, "42");
    row("true", "true", T::boolean, "true");
    row("false", "false", T::boolean, "false");
    row("null", "null", T::null, "null");
    row("string", "\"x\"", T::string, "\"x\"");
    row("empty array", "[ ]", T::array, "[]");
    row("empty object", "{ }", T::object, "{}");
    row("spaced object", " { \"a\" : [ 1 , 2 ] , \"b\" : { } } ", T::object,
        "{\"a\":[1,2],\"b\":{}}");
    row("key order kept", "{\"z\":1,\"a\":2,\"m\":3}", T::object, "{\"z\":1,\"a\":2,\"m\":3}");
}

void TestJsonIo::parseValues()
{
    QFETCH(QByteArray, input);
    QFETCH(int, type);
    QFETCH(QByteArray, compact);

    json::ParseError error;
    const auto value = json::parse(view(input), &error);
    QVERIFY2(value, error.message.c_str());
    QCOMPARE(static_cast<int>(value->type()), type);
    QCOMPARE(QByteArray::fromStdString(json::write(*value)), compact);
}

// Messages follow Python's JSONDecodeError; positions are what Python reports (columns in bytes).
void TestJsonIo::parseErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("offset");

    const auto row = [](const char *name, QByteArray input, const char *message, int line,
                        int column, int offset) {
        QTest::newRow(name) << input << QString::fromUtf8(message) << line << column << offset;
    };
    row("empty", "", "Expecting value", 1, 1, 0);
    row("only whitespace", "  \n ", "Expecting value", 2, 2, 4);
    row("value on line 2", "  \n  x", "Expecting value", 2, 3, 5);
    row("trailing comma in array", "[1,]", "Expecting value", 1, 4, 3);
    row("trailing comma in object", "{\"a\":1,}",
        "Expecting property name enclosed in double quotes", 1, 8, 7);
    row("missing colon", "{\"a\" 1}", "Expecting ':' delimiter", 1, 6, 5);
    row("missing comma in object", "{\"a\":1 \"b\":2}", "Expecting ',' delimiter", 1, 8, 7);
    row("missing comma in array", "[1 2]", "Expecting ',' delimiter", 1, 4, 3);
    row("missing comma on line 3", "[\n  1,\n  2 3]", "Expecting ',' delimiter", 3, 5, 11);
    row("non-string key", "{1:2}", "Expecting property name enclosed in double quotes", 1, 2, 1);
    row("unterminated string", "\"abc", "Unterminated string starting at", 1, 1, 0);
    row("unterminated escape", "[\"ab\\", "Unterminated string starting at", 1, 2, 1);
    row("bad escape", "\"a\\x\"", "Invalid \\escape", 1, 3, 2);
    row("bad unicode escape", "\"\\u12G4\"", "Invalid \\uXXXX escape", 1, 3, 2);
    row("short unicode escape", "\"ab\\u12\"", "Invalid \\uXXXX escape", 1, 5, 4);
    row("control character", "\"\x01\"", "Invalid control character at", 1, 2, 1);
    row("raw newline in string", "[\"a\nb\"]", "Invalid control character at", 1, 4, 3);
    row("extra data", "[1]x", "Extra data", 1, 4, 3);
    row("two values", "1 2", "Extra data", 1, 3, 2);
    row("leading zero", "01", "Extra data", 1, 2, 1);
    row("point without digits", "1.", "Extra data", 1, 2, 1);
    row("point before exponent", "1.e5", "Extra data", 1, 2, 1);
    row("exponent without digits", "[1e]", "Expecting ',' delimiter", 1, 3, 2);
    row("lone minus", "-", "Expecting value", 1, 1, 0);
    row("minus letter", "-x", "Expecting value", 1, 1, 0);
    row("plus sign", "+1", "Expecting value", 1, 1, 0);
    row("truncated literal", "nul", "Expecting value", 1, 1, 0);
    row("lower-case nan", "nan", "Expecting value", 1, 1, 0);
    row("single quotes", "['a']", "Expecting value", 1, 2, 1);
    row("open array", "[", "Expecting value", 1, 2, 1);
    row("open object", "{", "Expecting property name enclosed in double quotes", 1, 2, 1);
    row("missing member value", "{\"a\":", "Expecting value", 1, 6, 5);
    row("unclosed array", "[1", "Expecting ',' delimiter", 1, 3, 2);
    row("column counts bytes", "[\"日本\" x]", "Expecting ',' delimiter", 1, 11, 10);
    row("byte order mark", "\xEF\xBB\xBF{}", "Unexpected UTF-8 BOM (decode using utf-8-sig)", 1, 1,
        0);
    row("invalid UTF-8 byte", "\"a\xFF\"", "Invalid UTF-8 in string", 1, 3, 2);
    row("truncated UTF-8", "\"\xE6\x97\"", "Invalid UTF-8 in string", 1, 2, 1);
    row("overlong UTF-8", "\"\xC0\xAF\"", "Invalid UTF-8 in string", 1, 2, 1);
    row("encoded surrogate", "\"\xED\xA0\x80\"", "Invalid UTF-8 in string", 1, 2, 1);
    row("above U+10FFFF", "\"\xF4\x90\x80\x80\"", "Invalid UTF-8 in string", 1, 2, 1);
    row("UTF-8 outside string", "\xC3\xA9", "Expecting value", 1, 1, 0);
    row("NUL byte", QByteArray("[1,\0]", 5), "Expecting value", 1, 4, 3);
}

void TestJsonIo::parseErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, offset);

    json::ParseError error;
    QVERIFY(!json::parse(view(input), &error));
    QCOMPARE(QString::fromStdString(error.message), message);
    QCOMPARE(error.line, static_cast<std::size_t>(line));
    QCOMPARE(error.column, static_cast<std::size_t>(column));
    QCOMPARE(error.offset, static_cast<std::size_t>(offset));
    QVERIFY(!json::parse(view(input))); // no error sink needed
}

void TestJsonIo::emptyView()
{
    json::ParseError error;
    QVERIFY(!json::parse(std::string_view(), &error));
    QCOMPARE(error.message, std::string("Expecting value"));
    QCOMPARE(error.offset, std::size_t(0));
}

// Python dicts keep the first key's position and the last value.
void TestJsonIo::duplicateKeys_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("compact");

    QTest::newRow("last value wins")
        << QByteArray(R"({"a":1,"b":2,"a":3})") << QByteArray(R"({"a":3,"b":2})");
    QTest::newRow("container replaced by scalar")
        << QByteArray(R"({"a":{"x":[1,2]},"b":0,"a":[2]})") << QByteArray(R"({"a":[2],"b":0})");
    QTest::newRow("three times") << QByteArray(R"({"k":1,"k":2,"k":{"z":null}})")
                                 << QByteArray(R"({"k":{"z":null}})");
    QTest::newRow("nested object")
        << QByteArray(R"([{"a":1,"a":2},{"a":3}])") << QByteArray(R"([{"a":2},{"a":3}])");
}

void TestJsonIo::duplicateKeys()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, compact);
    QCOMPARE(QByteArray::fromStdString(json::write(parseOrFail(input))), compact);
}

// Objects large enough to use the parser's key index must behave exactly like small ones.
void TestJsonIo::largeObjectDuplicateKeys()
{
    QByteArray input = "{";
    QByteArray expected = "{";
    for (int i = 0; i < 1000; ++i) {
        const QByteArray member = "\"k" + QByteArray::number(i) + "\":" + QByteArray::number(i);
        input += member + ",";
        expected += (i == 5 ? QByteArray("\"k5\":\"dup\"") : member) + (i < 999 ? "," : "}");
    }
    input += "\"k5\":\"dup\"}";
    const Value value = parseOrFail(input);
    QCOMPARE(value.size(), std::size_t(1000));
    QCOMPARE(QByteArray::fromStdString(json::write(value)), expected);
}

void TestJsonIo::integerExtremes()
{
    const Value v = parseOrFail(
        "[9223372036854775807,-9223372036854775808,18446744073709551615,9007199254740993,-0]");
    QCOMPARE(v[0].get<std::int64_t>(), std::numeric_limits<std::int64_t>::max());
    QCOMPARE(v[1].get<std::int64_t>(), std::numeric_limits<std::int64_t>::min());
    QVERIFY(v[2].is_number_unsigned());
    QCOMPARE(v[2].get<std::uint64_t>(), std::numeric_limits<std::uint64_t>::max());
    QVERIFY(v[3].is_number_integer());
    QCOMPARE(v[3].get<std::int64_t>(), std::int64_t{9007199254740993});
    QVERIFY(v[4].is_number_integer());
    QCOMPARE(v[4].get<std::int64_t>(), std::int64_t{0});
}

void TestJsonIo::specialFloats()
{
    const QByteArray text = "[NaN,Infinity,-Infinity,-0.0]";
    const Value v = parseOrFail(text);
    QVERIFY(std::isnan(v[0].get<double>()));
    QCOMPARE(v[1].get<double>(), std::numeric_limits<double>::infinity());
    QCOMPARE(v[2].get<double>(), -std::numeric_limits<double>::infinity());
    QVERIFY(v[3].get<double>() == 0.0 && std::signbit(v[3].get<double>()));
    QCOMPARE(QByteArray::fromStdString(json::write(v)), text);
}

// Decoded string contents (as UTF-8 bytes).
void TestJsonIo::strings_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("decoded");

    QTest::newRow("plain") << QByteArray(R"("abc")") << QByteArray("abc");
    QTest::newRow("empty") << QByteArray(R"("")") << QByteArray("");
    QTest::newRow("simple escapes")
        << QByteArray(R"("\"\\\/\b\f\n\r\t")") << QByteArray("\"\\/\b\f\n\r\t");
    QTest::newRow("unicode escapes")
        << QByteArray(R"("\u0041\u00e9\u65E5")") << QByteArray("A\xC3\xA9\xE6\x97\xA5");
    QTest::newRow("NUL escape") << QByteArray(R"("a\u0000b")") << QByteArray("a\0b", 3);
    QTest::newRow("surrogate pair")
        << QByteArray(R"("\ud83d\ude42")") << QByteArray("\xF0\x9F\x99\x82");
    QTest::newRow("lone high surrogate")
        << QByteArray(R"("\ud800x")") << QByteArray("\xED\xA0\x80x");
    QTest::newRow("lone low surrogate") << QByteArray(R"("\udc00")") << QByteArray("\xED\xB0\x80");
    QTest::newRow("high then non-surrogate") << QByteArray(R"("\ud800\u0041")")
                                             << QByteArray("\xED\xA0\x80"
                                                           "A");
    QTest::newRow("raw UTF-8") << QByteArray("\"田中 🙂 é\"") << QByteArray("田中 🙂 é");
    QTest::newRow("DEL kept") << QByteArray("\"\x7F\"") << QByteArray("\x7F");
}

void TestJsonIo::strings()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, decoded);
    const Value v = parseOrFail(input);
    QVERIFY(v.is_string());
    QCOMPARE(QByteArray::fromStdString(v.get<std::string>()), decoded);
}

void TestJsonIo::nesting_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("arrays at the limit") << nested('[', ']', 1000) << true;
    QTest::newRow("arrays beyond the limit") << nested('[', ']', 1001) << false;
    QTest::newRow("million open brackets") << QByteArray(1000000, '[') << false;
    QByteArray objects;
    for (int i = 0; i < 1000; ++i)
        objects += "{\"a\":";
    objects += "0" + QByteArray(1000, '}');
    QTest::newRow("objects at the limit") << objects << true;
    QTest::newRow("objects beyond the limit") << "[" + objects + "]" << false;
}

void TestJsonIo::nesting()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, accepted);

    json::ParseError error;
    const auto value = json::parse(view(input), &error);
    QCOMPARE(value.has_value(), accepted);
    if (accepted)
        QCOMPARE(QByteArray::fromStdString(json::write(*value)), input);
    else
        QCOMPARE(error.message, std::string("Nesting too deep"));
}

// Expected texts are Python's json.dumps(json.loads(input), separators=(",", ":"),
// ensure_ascii=False).
void TestJsonIo::writeCompact_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("nested") << QByteArray(R"( {"a" : [ ], "b":{ },"c":[1, {"d":null}]} )")
                            << QByteArray(R"({"a":[],"b":{},"c":[1,{"d":null}]})");
    QTest::newRow("escapes") << QByteArray(
                                    R"(["\u0000\u0001\u001f\u007f\"\\\n\r\t\b\f\/é日本🙂"])")
                             << QByteArray("[\"\\u0000\\u0001\\u001f\x7F\\\"\\\\\\n\\r\\t\\b\\f/"
                                           "é日本🙂\"]");
    QTest::newRow("escaped keys") << QByteArray(R"({"a\"b\n":1})") << QByteArray(R"({"a\"b\n":1})");
    QTest::newRow("non-ASCII escapes become raw")
        << QByteArray(R"("\u00e9\u3042\ud83d\ude00")") << QByteArray("\"é\xE3\x81\x82😀\"");
    QTest::newRow("numbers")
        << QByteArray("[NaN,Infinity,-Infinity,1e16,1e15,1e-5,1e-4,-0.0,5e-324,"
                      "1.7976931348623157e308,0.30000000000000004,123456789012345678.0,1.5e300,"
                      "2.0,9007199254740993,-9223372036854775808,18446744073709551615]")
        << QByteArray("[NaN,Infinity,-Infinity,1e+16,1000000000000000.0,1e-05,0.0001,-0.0,5e-324,"
                      "1.7976931348623157e+308,0.30000000000000004,1.2345678901234568e+17,"
                      "1.5e+300,2.0,9007199254740993,-9223372036854775808,18446744073709551615]");
    QTest::newRow("literals") << QByteArray("[true, false, null]")
                              << QByteArray("[true,false,null]");
    QTest::newRow("scalar string") << QByteArray(R"("x")") << QByteArray(R"("x")");
}

void TestJsonIo::writeCompact()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const Value v = parseOrFail(input);
    QCOMPARE(QByteArray::fromStdString(json::write(v, json::Style::Compact)), expected);
    QCOMPARE(QByteArray::fromStdString(json::write(v)), expected); // Compact is the default

    std::string appended = "prefix:";
    json::write(appended, v);
    QCOMPARE(QByteArray::fromStdString(appended), "prefix:" + expected);
}

// Expected texts are Python's json.dumps(json.loads(input), indent=2, ensure_ascii=False).
void TestJsonIo::writeIndent2_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("nested") << QByteArray(R"({"a":[],"b":{},"c":[1,{"d":null}]})")
                            << QByteArray(
                                   "{\n  \"a\": [],\n  \"b\": {},\n  \"c\": [\n    1,\n    {\n"
                                   "      \"d\": null\n    }\n  ]\n}");
    QTest::newRow("empty array") << QByteArray("[]") << QByteArray("[]");
    QTest::newRow("empty object") << QByteArray("{}") << QByteArray("{}");
    QTest::newRow("array of empty array") << QByteArray("[[]]") << QByteArray("[\n  []\n]");
    QTest::newRow("scalar") << QByteArray(R"("x")") << QByteArray(R"("x")");
    QTest::newRow("object with array")
        << QByteArray(R"({"k":[1,2]})") << QByteArray("{\n  \"k\": [\n    1,\n    2\n  ]\n}");
    QTest::newRow("strings and floats")
        << QByteArray(R"({"name":"田中\t健太","score":1e-7})")
        << QByteArray("{\n  \"name\": \"田中\\t健太\",\n  \"score\": 1e-07\n}");
}

void TestJsonIo::writeIndent2()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(QByteArray::fromStdString(json::write(parseOrFail(input), json::Style::Indent2)),
             expected);
}

// Expected texts are Python's repr(float).
void TestJsonIo::floatRepr_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, double value, const char *expected) {
        QTest::newRow(name) << value << QString::fromLatin1(expected);
    };
    constexpr double inf = std::numeric_limits<double>::infinity();
    row("small scientific", 1e-05, "1e-05");
    row("large scientific", 1e16, "1e+16");
    row("last fixed", 1e15, "1000000000000000.0");
    row("largest fixed", 9999999999999998.0, "9999999999999998.0");
    row("two", 2.0, "2.0");
    row("hundred", 100.0, "100.0");
    row("sum", 0.1 + 0.2, "0.30000000000000004");
    row("point one", 0.1, "0.1");
    row("half", 0.5, "0.5");
    row("third", 1.0 / 3.0, "0.3333333333333333");
    row("zero", 0.0, "0.0");
    row("minus zero", -0.0, "-0.0");
    row("smallest fixed", 0.0001, "0.0001");
    row("small fixed digits", 0.00012345, "0.00012345");
    row("small scientific digits", 2.5e-05, "2.5e-05");
    row("fraction", 123456789.123, "123456789.123");
    row("fixed 17 digits", 1234567890123456.8, "1234567890123456.8");
    row("scientific 17 digits", 12345678901234567.0, "1.2345678901234568e+16");
    row("tiny", 1.2345678901234566e-07, "1.2345678901234566e-07");
    row("big exponent", 1.5e300, "1.5e+300");
    row("negative tiny", -1.5e-300, "-1.5e-300");
    row("1e22", 1e22, "1e+22");
    row("denormal min", 5e-324, "5e-324");
    row("normal min", 2.2250738585072014e-308, "2.2250738585072014e-308");
    row("max", 1.7976931348623157e308, "1.7976931348623157e+308");
    row("inf", inf, "inf");
    row("-inf", -inf, "-inf");
    row("nan", std::numeric_limits<double>::quiet_NaN(), "nan");
}

void TestJsonIo::floatRepr()
{
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(json::pythonFloatRepr(value)), expected);
}

// Every file the reference wrote with json.dumps(indent=2, ensure_ascii=False): the starting
// snapshot, server backups and the per-query .q files.
void TestJsonIo::snapshotRoundTrip_data()
{
    QTest::addColumn<QStringList>("files");

    for (const QString &dir : fixtureDirs()) {
        const QString name = QFileInfo(dir).fileName();
        QTest::addRow("%s/snapshot.dtdb", qPrintable(name))
            << QStringList{QDir(dir).filePath(QStringLiteral("snapshot.dtdb"))};
        for (const char *sub : {"server/backups", "server/success_query", "server/error_query"}) {
            const QDir folder(QDir(dir).filePath(QString::fromLatin1(sub)));
            QStringList files;
            for (const QString &file : folder.entryList(QDir::Files, QDir::Name))
                files << folder.filePath(file);
            QTest::addRow("%s/%s", qPrintable(name), sub) << files;
        }
    }
}

void TestJsonIo::snapshotRoundTrip()
{
    QFETCH(QStringList, files);
    for (const QString &path : files) {
        const QByteArray text = readFile(path);
        const std::string written = json::write(parseOrFail(text), json::Style::Indent2);
        if (written != view(text))
            QFAIL(qPrintable(QStringLiteral("%1 does not round-trip").arg(path)));
    }
}

// Every line of the compact files (log, results, states) must come back byte for byte.
void TestJsonIo::jsonlRoundTrip_data()
{
    QTest::addColumn<QString>("path");

    for (const QString &dir : fixtureDirs()) {
        for (const char *file : {"log.jsonl", "results.jsonl", "states.jsonl"}) {
            QTest::addRow("%s/%s", qPrintable(QFileInfo(dir).fileName()), file)
                << QDir(dir).filePath(QString::fromLatin1(file));
        }
    }
}

void TestJsonIo::jsonlRoundTrip()
{
    QFETCH(QString, path);
    const QByteArray text = readFile(path);
    int lineNumber = 0;
    for (const QByteArray &line : text.split('\n')) {
        ++lineNumber;
        if (line.isEmpty()) continue;
        const std::string written = json::write(parseOrFail(line), json::Style::Compact);
        if (written != view(line))
            QFAIL(
                qPrintable(QStringLiteral("%1:%2 does not round-trip").arg(path).arg(lineNumber)));
    }
    QVERIFY(lineNumber > 1);
}

// Every JSON text the reference wrote: snapshots, backups and .q files whole, JSON Lines files
// line by line.
void TestJsonIo::fastReaderMatchesFixtures_data()
{
    QTest::addColumn<QString>("path");

    const QDir root(QStringLiteral(DTDB_FIXTURES_DIR));
    QDirIterator it(root.path(),
                    {QStringLiteral("*.dtdb"), QStringLiteral("*.q"), QStringLiteral("*.jsonl")},
                    QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    files.sort();
    QVERIFY(files.size() > 100);
    for (const QString &file : files)
        QTest::addRow("%s", qPrintable(root.relativeFilePath(file))) << file;
}

void TestJsonIo::fastReaderMatchesFixtures()
{
    QFETCH(QString, path);
    const QByteArray text = readFile(path);
    QVERIFY(json::detail::parseFast(view(text)) || !path.endsWith(QStringLiteral(".dtdb")));
    if (!path.endsWith(QStringLiteral(".jsonl"))) {
        const std::string difference = compareReaders(view(text));
        QVERIFY2(difference.empty(), difference.c_str());
        return;
    }
    int lineNumber = 0;
    for (const QByteArray &line : text.split('\n')) {
        ++lineNumber;
        if (line.isEmpty()) continue;
        const std::string difference = compareReaders(view(line));
        if (!difference.empty())
            QFAIL(qPrintable(QStringLiteral("line %1: %2")
                                 .arg(lineNumber)
                                 .arg(QString::fromStdString(difference))));
    }
}

// Inputs the fast reader accepts: its value must be the exact reader's, type included.
void TestJsonIo::fastReaderEdgeCases_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("type");

    using T = Value::value_t;
    const auto row = [](const char *name, const char *input, T type) {
        QTest::newRow(name) << QByteArray(input) << static_cast<int>(type);
    };
    row("minus zero is int", "-0", T::number_integer);
    row("minus zero in array", "[-0,0,-0.0]", T::array);
    row("minus zero float", "-0.0", T::number_float);
    row("one point zero", "1.0", T::number_float);
    row("exponent", "1E2", T::number_float);
    row("int64 max", "9223372036854775807", T::number_integer);
    row("int64 min", "-9223372036854775808", T::number_integer);
    row("above int64", "9223372036854775808", T::number_unsigned);
    row("uint64 max", "18446744073709551615", T::number_unsigned);
    row("underflow", "[1e-400,-1e-400]", T::array);
    row("long mantissa", "0.10000000000000000555111512312578270211815834045410156250001",
        T::number_float);
    row("denormal", "4.9406564584124654e-324", T::number_float);
    row("surrogate pair", R"("\ud83d\ude42")", T::string);
    row("escapes", R"("\"\\\/\b\f\n\r\t\u0000\u00e9")", T::string);
    row("raw UTF-8", "\"田中 🙂 é\x7F\"", T::string);
    row("whitespace", " \t\r\n {\"a\" : [ 1 , 2 ] } \n", T::object);
    row("empty containers", R"({"a":[],"b":{},"c":[[],{}]})", T::object);
    row("literals", "[true,false,null]", T::array);
}

void TestJsonIo::fastReaderEdgeCases()
{
    QFETCH(QByteArray, input);
    QFETCH(int, type);
    const std::optional<Value> fast = json::detail::parseFast(view(input));
    QVERIFY(fast);
    QCOMPARE(static_cast<int>(fast->type()), type);
    const std::string difference = compareReaders(view(input));
    QVERIFY2(difference.empty(), difference.c_str());
}

// Inputs simdjson refuses although Python accepts them, or refuses with no position: json::parse
// must give the hand-written reader's value or error.
void TestJsonIo::fastReaderRefuses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("error"); // empty when the text is valid

    const auto row = [](const char *name, QByteArray input, const char *error) {
        QTest::newRow(name) << input << QString::fromUtf8(error);
    };
    row("NaN", "[NaN]", "");
    row("Infinity", "{\"a\":Infinity}", "");
    row("-Infinity", "[-Infinity]", "");
    row("above uint64", "18446744073709551616", "");
    row("below int64", "[-9223372036854775809]", "");
    row("huge integer", "123456789012345678901234567890", "");
    row("overflow", "[1e400]", "");
    row("lone high surrogate", R"("\ud800x")", "");
    row("lone low surrogate", R"("\udc00")", "");
    row("high then non-surrogate", R"("\ud800\u0041")", "");
    row("invalid UTF-8", "[\"a\xFF\"]", "Invalid UTF-8 in string");
    row("encoded surrogate", "\"\xED\xA0\x80\"", "Invalid UTF-8 in string");
    row("overlong UTF-8", "\"\xC0\xAF\"", "Invalid UTF-8 in string");
    row("byte order mark", "\xEF\xBB\xBF{}", "Unexpected UTF-8 BOM (decode using utf-8-sig)");
    row("control character", "\"\x01\"", "Invalid control character at");
    row("trailing comma", "[1,]", "Expecting value");
    row("extra data", "[1]x", "Extra data");
    row("empty", "", "Expecting value");
}

void TestJsonIo::fastReaderRefuses()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, error);
    QVERIFY(!json::detail::parseFast(view(input)));
    json::ParseError parseError;
    const std::optional<Value> parsed = json::parse(view(input), &parseError);
    const std::optional<Value> exact = json::detail::parseExact(view(input), nullptr);
    QCOMPARE(parsed.has_value(), error.isEmpty());
    QCOMPARE(exact.has_value(), error.isEmpty());
    if (parsed) {
        std::string where;
        QVERIFY2(strictlyEqual(*parsed, *exact, where), where.c_str());
    } else {
        QCOMPARE(QString::fromStdString(parseError.message), error);
    }
}

void TestJsonIo::fastReaderDuplicateKeys()
{
    const auto check = [](const QByteArray &input, const QByteArray &expected) {
        const std::optional<Value> fast = json::detail::parseFast(view(input));
        QVERIFY(fast);
        QCOMPARE(QByteArray::fromStdString(json::write(*fast)), expected);
        const std::string difference = compareReaders(view(input));
        QVERIFY2(difference.empty(), difference.c_str());
    };
    check(R"({"a":1,"b":2,"a":3})", R"({"a":3,"b":2})");
    check(R"({"a":{"x":[1,2]},"b":0,"a":[2]})", R"({"a":[2],"b":0})");
    check(R"({"k":1,"k":2,"k":{"z":null}})", R"({"k":{"z":null}})");
    check(R"([{"a":1,"a":2},{"a":3}])", R"([{"a":2},{"a":3}])");

    // Large enough for the key index, duplicates before and after it is built.
    QByteArray input = "{\"k40\":\"first\",";
    QByteArray expected = "{\"k40\":\"last\",";
    for (int i = 0; i < 100; ++i) {
        if (i == 40) continue;
        const QByteArray member = "\"k" + QByteArray::number(i) + "\":" + QByteArray::number(i);
        input += member + ",";
        expected += (i == 3 ? QByteArray("\"k3\":\"dup\"") : member) + (i < 99 ? "," : "}");
        if (i == 10) input += "\"k3\":\"early\",";
    }
    input += "\"k3\":\"dup\",\"k40\":\"last\"}";
    check(input, expected);
}

void TestJsonIo::fastReaderNesting()
{
    for (const std::size_t threshold : {std::size_t(2), std::numeric_limits<std::size_t>::max()}) {
        const ParallelThreshold guard(threshold);
        QVERIFY(json::detail::parseFast(view(nested('[', ']', 1000))));
        QVERIFY(!json::detail::parseFast(view(nested('[', ']', 1001))));
        QVERIFY(!json::detail::parseFast(view(nested('[', ']', 1024))));
        QVERIFY(!json::detail::parseFast(view(nested('[', ']', 1025))));
        // Beyond the limit inside the second half of a split array.
        const QByteArray deepInArray = "[1,2,3," + nested('[', ']', 1000) + "]";
        QVERIFY(!json::detail::parseFast(view(deepInArray)));
        QByteArray objects;
        for (int i = 0; i < 1000; ++i)
            objects += "{\"a\":";
        objects += "0" + QByteArray(1000, '}');
        QVERIFY(json::detail::parseFast(view(objects)));
        QVERIFY(!json::detail::parseFast(view("[" + objects + "]")));

        json::ParseError error;
        QVERIFY(!json::parse(view(deepInArray), &error));
        QCOMPARE(error.message, std::string("Nesting too deep"));
    }
}

void TestJsonIo::fastReaderSplitsLargeArrays()
{
    const std::string text = json::write(generatedSnapshot(3000), json::Style::Compact);
    const std::optional<Value> exact = json::detail::parseExact(text, nullptr);
    QVERIFY(exact);
    for (const std::size_t threshold : {std::size_t(2), std::size_t(1000), std::size_t(3000),
                                        std::numeric_limits<std::size_t>::max()}) {
        const ParallelThreshold guard(threshold);
        const std::optional<Value> fast = json::detail::parseFast(text);
        QVERIFY(fast);
        std::string where;
        QVERIFY2(strictlyEqual(*fast, *exact, where), where.c_str());
    }
    // Arrays of one and two elements, split at the lowest threshold.
    const ParallelThreshold guard(2);
    const std::string difference = compareReaders(R"([[1],[1,2],[[3,4],[5]],{"a":[6,7,8]}])");
    QVERIFY2(difference.empty(), difference.c_str());
}

// Collections large enough are written by two threads; the text must not change.
void TestJsonIo::parallelWriteIsIdentical()
{
    const dtdb::Database db = dtdb::Database::fromJson(generatedSnapshot(50000));
    for (const json::Style style : {json::Style::Compact, json::Style::Indent2}) {
        std::string sequential = "prefix";
        {
            const ParallelThreshold guard(std::numeric_limits<std::size_t>::max());
            db.write(sequential, style);
        }
        std::string parallel = "prefix";
        {
            const ParallelThreshold guard(2);
            db.write(parallel, style);
        }
        std::string byDefault = "prefix";
        db.write(byDefault, style);
        QVERIFY(sequential.size() > 50000 * 100);
        QVERIFY(sequential == parallel);
        QVERIFY(sequential == byDefault);
        // And it reads back as what was written.
        const std::optional<Value> back = json::parse(std::string_view(sequential).substr(6));
        QVERIFY(back);
        QCOMPARE(json::write(*back, style), sequential.substr(6));
    }
}

// Two threads share a collection's items in blocks, the first items written alone to size the
// text: every count around those boundaries gives the text one thread gives.
void TestJsonIo::parallelWriteBlocks_data()
{
    QTest::addColumn<int>("items");
    for (const int n : {1, 2, 63, 64, 65, 66, 319, 320, 321, 576, 577, 2113, 9000})
        QTest::addRow("%d items", n) << n;
}

void TestJsonIo::parallelWriteBlocks()
{
    QFETCH(int, items);
    const dtdb::Database db = dtdb::Database::fromJson(generatedSnapshot(items));
    for (const json::Style style : {json::Style::Compact, json::Style::Indent2}) {
        std::string sequential, parallel;
        {
            const ParallelThreshold guard(std::numeric_limits<std::size_t>::max());
            db.write(sequential, style);
        }
        {
            const ParallelThreshold guard(2);
            db.write(parallel, style);
        }
        QVERIFY(sequential == parallel);
        QCOMPARE(json::write(db.toJson(), style), sequential);
    }
}

// Packed items are written through a buffer that grows as needed: values far larger than the
// usual item, long strings that all need escaping, and deep indentation.
void TestJsonIo::packedWriteOfLargeValues_data()
{
    QTest::addColumn<QByteArray>("item");
    QTest::newRow("long plain string") << ("{\"s\":\"" + QByteArray(3000000, 'x') + "\"}");
    QByteArray controls;
    for (int i = 0; i < 400000; ++i)
        controls += i % 2 ? "\\u0001" : "\\\"";
    QTest::newRow("long string all escapes") << ("{\"s\":\"" + controls + "\"}");
    QTest::newRow("deep arrays") << nested('[', ']', 98);
    QByteArray objects;
    for (int i = 0; i < 98; ++i)
        objects += "{\"k\":[1.5e300,-0.0,\"\\n\",";
    objects += "{}";
    for (int i = 0; i < 98; ++i)
        objects += "]}";
    QTest::newRow("deep objects") << objects;
    QByteArray many = "[";
    for (int i = 0; i < 200000; ++i)
        many += (i ? "," : "") + QByteArray::number(-9223372036854775807LL + i);
    QTest::newRow("many numbers") << (many + "]");
}

void TestJsonIo::packedWriteOfLargeValues()
{
    QFETCH(QByteArray, item);
    const std::optional<Value> value = json::parse(view(item));
    QVERIFY(value);
    const dtdb::ItemPtr packed = dtdb::Item::pack(*value);
    for (const json::Style style : {json::Style::Compact, json::Style::Indent2}) {
        for (const std::size_t depth : {std::size_t(0), std::size_t(3)}) {
            std::string viaPacked = "prefix", viaValue = "prefix";
            packed->write(viaPacked, style, depth);
            json::write(viaValue, *value, style, depth);
            QVERIFY(viaPacked == viaValue);
            // Twice: the second write reuses (or replaces) the buffer the first one grew.
            std::string again;
            packed->write(again, style, depth);
            QVERIFY(again == viaPacked.substr(6));
        }
    }
}

QTEST_APPLESS_MAIN(TestJsonIo)
#include "tst_jsonio.moc"
