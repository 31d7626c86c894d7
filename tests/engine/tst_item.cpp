// Packed items (item.h): what goes in comes out, as a Value and as JSON text, and the packed
// form can be read in place, edited (withMembers), built by hand and shared between threads.

#include "item.h"

#include "jsonio.h"
#include "jsontest.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <latch>
#include <limits>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

using dtdb::Item;
using dtdb::ItemPtr;
using dtdb::PackedValue;
using dtdb::PackedWriter;
using dtdb::Value;
using testutil::parseOrFail;
using testutil::strictlyEqual;
using testutil::view;
namespace json = dtdb::json;

namespace {

QByteArray compact(const Value &v)
{
    return QByteArray::fromStdString(json::write(v));
}

// `depth` arrays around `inner`: nestedArrays(2, "1") is [[1]].
QByteArray nestedArrays(int depth, const QByteArray &inner = {})
{
    return QByteArray(depth, '[') + inner + QByteArray(depth, ']');
}

// A JSON string literal holding exactly `bytes` bytes (a few of them escaped in the text).
QByteArray stringOfLength(std::size_t bytes)
{
    std::string s;
    for (std::size_t i = 0; i < bytes; ++i)
        s.push_back(i % 61 == 60 ? '\n' : i % 47 == 46 ? '"' : char('a' + i % 26));
    std::string literal;
    json::writeString(literal, s);
    return QByteArray::fromStdString(literal);
}

QByteArray objectWithKeys(int keys)
{
    QByteArray text = "{";
    for (int i = 0; i < keys; ++i) {
        if (i > 0) text += ',';
        text += "\"key" + QByteArray::number(i) + "\":";
        text += i % 3 == 0 ? QByteArray("[" + QByteArray::number(i) + ",{}]")
                           : QByteArray::number(i * 1.5);
    }
    return text + "}";
}

// The reference for Item::nesting(): how many levels below v its deepest value lies.
std::uint32_t valueNesting(const Value &v)
{
    std::uint32_t deepest = 0;
    if (v.is_structured())
        for (const Value &child : v)
            deepest = std::max(deepest, 1 + valueNesting(child));
    return deepest;
}

// What withMembers must give, done on a Value.
Value assignedMembers(const Value &v, const Value &overrides)
{
    Value next = v;
    for (const auto &[key, member] : overrides.items())
        next[key] = member;
    return next;
}

} // namespace

class TestItem : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void unsignedBelowInt64MaxIsSigned();
    void scalarTypes_data();
    void scalarTypes();
    void stringLengthPrefix_data();
    void stringLengthPrefix();
    void nesting_data();
    void nesting();
    void find_data();
    void find();
    void findOnNonObject_data();
    void findOnNonObject();
    void containerSizes_data();
    void containerSizes();
    void forEachMemberInOrder();
    void forEachElementInOrder();
    void endStepsOverValues();
    void withMembers_data();
    void withMembers();
    void withMembersOnNonObject_data();
    void withMembersOnNonObject();
    void writerByHand();
    void writerRaw();
    void writerClearAndReuse();
    void itemPtrBasics();
    void itemPtrAssignment();
    void itemPtrConcurrentCopies();
    void itemPtrLastReferenceInAnotherThread();
};

// Every row is parsed, packed and decoded again (same value, same types) and written (same text
// as json::write of the value, in both styles, at the top level and nested).
void TestItem::roundTrip_data()
{
    QTest::addColumn<QByteArray>("text");

    const auto row = [](const char *name, const QByteArray &text) { QTest::newRow(name) << text; };
    row("null", "null");
    row("true", "true");
    row("false", "false");
    row("zero", "0");
    row("minus zero int", "-0");
    row("minus one", "-1");
    row("int64 min", "-9223372036854775808");
    row("int64 max", "9223372036854775807");
    row("above int64", "9223372036854775808");
    row("uint64 max", "18446744073709551615");
    row("float", "1.5");
    row("minus zero float", "-0.0");
    row("1e300", "1e300");
    row("denormal", "5e-324");
    row("point one", "0.1");
    row("NaN", "NaN");
    row("Infinity", "Infinity");
    row("-Infinity", "-Infinity");
    row("specials in array", "[NaN,Infinity,-Infinity,-0.0]");
    row("empty string", R"("")");
    row("escapes", R"("\"\\\/\b\f\n\r\t")");
    row("unicode", "\"田中 🙂 é\"");
    row("unicode escapes", R"("\u0041\u00e9\u65E5\ud83d\ude42")");
    row("lone surrogate", R"("\ud800x")");
    row("control characters", R"("\u0000\u0001\u001f\u007f")");
    row("127-byte string", stringOfLength(127));
    row("128-byte string", stringOfLength(128));
    row("200-byte string", stringOfLength(200));
    row("20000-byte string", stringOfLength(20000));
    row("200-byte key", "{" + stringOfLength(200) + ":1}");
    row("empty array", "[]");
    row("empty object", "{}");
    row("flat array", R"([1,"two",3.0,null,true,false])");
    row("flat object", R"({"b":1,"a":"x","c":null})");
    row("nested", R"({"a":{"b":[1,{"c":[]},{}],"d":{"e":{"f":"g"}}},"h":[[],[[]]]})");
    row("array of objects", R"([{"id":1,"tags":["x"]},{"id":2,"tags":[]},{}])");
    row("duplicate keys", R"({"a":1,"b":2,"a":{"x":3}})");
    row("40 keys", objectWithKeys(40));
    row("depth 150", nestedArrays(150, "1"));
    row("depth 150 empty", nestedArrays(150));
    // The deepest documents json::parse accepts (1000 levels) pack and write back too.
    row("depth 1000 arrays", nestedArrays(1000));
    row("depth 1000 objects",
        QByteArray(R"({"k":)").repeated(999) + "{}" + QByteArray("}").repeated(999));
    row("deep mixed",
        QByteArray(R"({"a":)").repeated(60) + "[1,{}]" + QByteArray("}").repeated(60));
}

void TestItem::roundTrip()
{
    QFETCH(QByteArray, text);
    const Value v = parseOrFail(text);
    const ItemPtr item = Item::pack(v);
    QVERIFY(item);

    std::string where;
    QVERIFY2(strictlyEqual(item->toValue(), v, where), where.c_str());
    // nlohmann equality as well, where it is defined (NaN is unequal to itself).
    if (v == v) QVERIFY(item->toValue() == v);

    // The packed bytes are exactly one value.
    QCOMPARE(item->packed().size(), item->packedSize());
    // (QVERIFY: QCOMPARE would compare char pointers as C strings.)
    QVERIFY(item->root().begin() == item->packed().data());
    QVERIFY(item->root().end() == item->packed().data() + item->packedSize());
    QCOMPARE(item->nesting(), valueNesting(v));
    QCOMPARE(item->isObject(), v.is_object());

    for (const json::Style style : {json::Style::Compact, json::Style::Indent2}) {
        for (const std::size_t depth : {std::size_t(0), std::size_t(2)}) {
            // Both append to what is there already.
            std::string packed = "prefix";
            std::string expected = "prefix";
            item->write(packed, style, depth);
            json::write(expected, v, style, depth);
            QCOMPARE(packed, expected);
        }
    }
    // The default depth is the top level.
    std::string packed;
    item->write(packed, json::Style::Indent2);
    QCOMPARE(packed, json::write(v, json::Style::Indent2));
}

// Built values may hold uint64 below INT64_MAX; packed, they are ints, and still compare equal.
void TestItem::unsignedBelowInt64MaxIsSigned()
{
    for (const std::uint64_t u : {std::uint64_t(0), std::uint64_t(42),
                                  std::uint64_t(std::numeric_limits<std::int64_t>::max())}) {
        const Value v = u;
        QVERIFY(v.is_number_unsigned());
        const ItemPtr item = Item::pack(v);
        QCOMPARE(item->root().type(), PackedValue::Type::Int);
        QCOMPARE(item->root().asInt(), std::int64_t(u));
        const Value back = item->toValue();
        QVERIFY(back.is_number_integer() && !back.is_number_unsigned());
        QVERIFY(back == v);
        std::string text;
        item->write(text, json::Style::Compact);
        QCOMPARE(text, json::write(v));
    }
    // Inside containers too.
    const Value object = {{"n", std::uint64_t(7)}, {"a", Value::array({std::uint64_t(8)})}};
    QVERIFY(Item::pack(object)->toValue() == object);
    // Just above INT64_MAX stays unsigned.
    const std::uint64_t above = std::uint64_t(std::numeric_limits<std::int64_t>::max()) + 1;
    const ItemPtr item = Item::pack(Value(above));
    QCOMPARE(item->root().type(), PackedValue::Type::UInt);
    QCOMPARE(item->root().asUInt(), above);
    QVERIFY(item->toValue().is_number_unsigned());
}

void TestItem::scalarTypes_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("packedSize"); // tag, then 8 bytes for numbers

    using T = PackedValue::Type;
    const auto row = [](const char *text, T type, int size) {
        QTest::newRow(text) << QByteArray(text) << int(type) << size;
    };
    row("null", T::Null, 1);
    row("false", T::False, 1);
    row("true", T::True, 1);
    row("0", T::Int, 9);
    row("-9223372036854775808", T::Int, 9);
    row("9223372036854775807", T::Int, 9);
    row("9223372036854775808", T::UInt, 9);
    row("18446744073709551615", T::UInt, 9);
    row("18446744073709551616", T::Double, 9); // beyond uint64: a double
    row("-1.5", T::Double, 9);
    row("\"abc\"", T::String, 5);
    row("[]", T::Array, 9);
    row("{}", T::Object, 9);
}

void TestItem::scalarTypes()
{
    QFETCH(QByteArray, text);
    QFETCH(int, type);
    QFETCH(int, packedSize);

    const Value v = parseOrFail(text);
    const ItemPtr item = Item::pack(v);
    QCOMPARE(int(item->root().type()), type);
    QCOMPARE(item->packedSize(), std::size_t(packedSize));
    switch (item->root().type()) {
    case PackedValue::Type::Int:
        QCOMPARE(item->root().asInt(), v.get<std::int64_t>());
        break;
    case PackedValue::Type::UInt:
        QCOMPARE(item->root().asUInt(), v.get<std::uint64_t>());
        break;
    case PackedValue::Type::Double:
        QCOMPARE(item->root().asDouble(), v.get<double>());
        break;
    case PackedValue::Type::String:
        QCOMPARE(item->root().asString(), std::string_view(v.get_ref<const std::string &>()));
        break;
    default:
        break;
    }
    QCOMPARE(item->root().isNull(), v.is_null());
    QCOMPARE(item->root().isString(), v.is_string());
    QCOMPARE(item->root().isArray(), v.is_array());
    QCOMPARE(item->root().isObject(), v.is_object());
}

// Lengths are LEB128: 7 bits a byte, low bits first, the high bit set on all but the last.
void TestItem::stringLengthPrefix_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<QByteArray>("prefix");

    // LEB128 of (length << 1 | plain); these strings are plain (nothing to escape).
    QTest::newRow("0") << 0 << QByteArray("\x01");
    QTest::newRow("1") << 1 << QByteArray("\x03");
    QTest::newRow("63") << 63 << QByteArray("\x7f");
    QTest::newRow("64") << 64 << QByteArray("\x81\x01");
    QTest::newRow("127") << 127 << QByteArray("\xff\x01");
    QTest::newRow("128") << 128 << QByteArray("\x81\x02");
    QTest::newRow("200") << 200 << QByteArray("\x91\x03");
    QTest::newRow("16383") << 16383 << QByteArray("\xff\xff\x01");
    QTest::newRow("16384") << 16384 << QByteArray("\x81\x80\x02");
    QTest::newRow("20000") << 20000 << QByteArray("\xc1\xb8\x02");
    QTest::newRow("2097152") << 2097152 << QByteArray("\x81\x80\x80\x02");
}

void TestItem::stringLengthPrefix()
{
    QFETCH(int, length);
    QFETCH(QByteArray, prefix);

    std::string s(std::size_t(length), 'x');
    if (length > 0) s.back() = 'y'; // the last byte is inside the string
    const ItemPtr item = Item::pack(Value(s));
    const std::string_view packed = item->packed();
    QCOMPARE(packed.size(), 1 + std::size_t(prefix.size()) + s.size());
    QCOMPARE(packed.substr(1, std::size_t(prefix.size())), view(prefix));
    QCOMPARE(item->root().asString().size(), s.size());
    QVERIFY(item->root().asString() == s);
    QVERIFY(item->root().end() == packed.data() + packed.size());

    // Keys use the same prefix.
    const ItemPtr object = Item::pack(Value{{s, 1}});
    std::string_view key;
    object->root().forEachMember([&](std::string_view k, PackedValue) { key = k; });
    QVERIFY(key == s);
    QVERIFY(object->contains(s));
    QCOMPARE(object->member(s)->asInt(), std::int64_t(1));

    // A string with something to escape is not plain: the low bit stays clear.
    const ItemPtr quoted = Item::pack(Value(s + "\""));
    QCOMPARE(std::uint8_t(quoted->packed()[1]) & 1, 0);
    QVERIFY(quoted->root().asString() == s + "\"");
}

// Nesting: how many levels the deepest value lies below the root (level 0).
void TestItem::nesting_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("nesting");

    QTest::newRow("scalar") << QByteArray("1") << 0;
    QTest::newRow("string") << QByteArray("\"s\"") << 0;
    QTest::newRow("empty object") << QByteArray("{}") << 0;
    QTest::newRow("empty array") << QByteArray("[]") << 0;
    QTest::newRow("flat object") << QByteArray(R"({"a":1})") << 1;
    QTest::newRow("object holding {}") << QByteArray(R"({"a":{}})") << 1;
    QTest::newRow("two levels") << QByteArray(R"({"a":{"b":1}})") << 2;
    QTest::newRow("deepest last") << QByteArray(R"({"a":1,"b":[2],"c":{"d":[[]]}})") << 3;
    QTest::newRow("deepest first") << QByteArray(R"([[[[1]]],2,{"x":3}])") << 4;
    QTest::newRow("[[[1]]]") << QByteArray("[[[1]]]") << 3;
    QTest::newRow("[[[]]]") << QByteArray("[[[]]]") << 2;
    // 150 arrays around 1: the 1 lies 150 levels below the root.
    QTest::newRow("150 arrays around 1") << nestedArrays(150, "1") << 150;
    // 150 arrays, the innermost empty: it is the deepest value, 149 levels down.
    QTest::newRow("150 arrays") << nestedArrays(150) << 149;
}

void TestItem::nesting()
{
    QFETCH(QByteArray, text);
    QFETCH(int, nesting);
    const Value v = parseOrFail(text);
    QCOMPARE(valueNesting(v), std::uint32_t(nesting)); // the reference agrees with the table
    QCOMPARE(Item::pack(v)->nesting(), std::uint32_t(nesting));
}

void TestItem::find_data()
{
    QTest::addColumn<QByteArray>("object");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<bool>("present");
    QTest::addColumn<QByteArray>("value"); // compact, when present

    const QByteArray object =
        R"({"first":1,"nested":{"first":"inner","deep":[1,[2,{"x":3}]]},"":"empty key",)"
        R"("s":"a string","last":[null]})";
    const auto row = [&](const char *name, const QByteArray &key, bool present,
                         const QByteArray &value) {
        QTest::newRow(name) << object << key << present << value;
    };
    row("first member", "first", true, "1");
    row("container member", "nested", true, R"({"first":"inner","deep":[1,[2,{"x":3}]]})");
    // Found after stepping over a container: "first" inside it is not a member of the root.
    row("after a container", "", true, "\"empty key\"");
    row("string member", "s", true, "\"a string\"");
    row("last member", "last", true, "[null]");
    row("missing", "absent", false, "");
    row("only nested", "deep", false, "");
    row("prefix of a key", "firs", false, "");
    row("key plus more", "first!", false, "");
    row("case differs", "First", false, "");
    QTest::newRow("empty object") << QByteArray("{}") << QByteArray("") << false << QByteArray();
    QTest::newRow("long key") << QByteArray("{\"a\":0," + stringOfLength(300) + ":[1]}")
                              << QByteArray::fromStdString(
                                     parseOrFail(stringOfLength(300)).get<std::string>())
                              << true << QByteArray("[1]");
    QTest::newRow("key with NUL") << QByteArray(R"({"a":1,"a\u0000b":2})") << QByteArray("a\0b", 3)
                                  << true << QByteArray("2");
}

void TestItem::find()
{
    QFETCH(QByteArray, object);
    QFETCH(QByteArray, key);
    QFETCH(bool, present);
    QFETCH(QByteArray, value);

    const ItemPtr item = Item::pack(parseOrFail(object));
    const std::optional<PackedValue> found = item->root().find(view(key));
    QCOMPARE(found.has_value(), present);
    QCOMPARE(item->member(view(key)).has_value(), present);
    QCOMPARE(item->contains(view(key)), present);
    if (present) QCOMPARE(compact(found->toValue()), value);
}

// find() on anything but an object finds nothing, even where the key appears inside.
void TestItem::findOnNonObject_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("array of strings") << QByteArray(R"(["a","b"])");
    QTest::newRow("array holding an object") << QByteArray(R"([{"a":1}])");
    QTest::newRow("empty array") << QByteArray("[]");
    QTest::newRow("string") << QByteArray(R"("a")");
    QTest::newRow("int") << QByteArray("1");
    QTest::newRow("null") << QByteArray("null");
}

void TestItem::findOnNonObject()
{
    QFETCH(QByteArray, text);
    const ItemPtr item = Item::pack(parseOrFail(text));
    QVERIFY(!item->root().find("a"));
    QVERIFY(!item->member("a"));
    QVERIFY(!item->contains("a"));
    QVERIFY(!item->isObject());
}

void TestItem::containerSizes_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("size");
    QTest::newRow("[]") << QByteArray("[]") << 0;
    QTest::newRow("{}") << QByteArray("{}") << 0;
    QTest::newRow("[1]") << QByteArray("[1]") << 1;
    QTest::newRow("nested elements count once") << QByteArray("[[1,2,3],{\"a\":[4]},5]") << 3;
    QTest::newRow("duplicate keys count once") << QByteArray(R"({"a":1,"b":2,"a":3})") << 2;
    QTest::newRow("40 keys") << objectWithKeys(40) << 40;
    QTest::newRow("1000 elements")
        << QByteArray("[" + QByteArray("0,").repeated(999) + "0]") << 1000;
}

void TestItem::containerSizes()
{
    QFETCH(QByteArray, text);
    QFETCH(int, size);
    const ItemPtr item = Item::pack(parseOrFail(text));
    QCOMPARE(item->root().size(), std::size_t(size));
    std::size_t visited = 0;
    if (item->root().isObject())
        item->root().forEachMember([&](std::string_view, PackedValue) { ++visited; });
    else
        item->root().forEachElement([&](PackedValue) { ++visited; });
    QCOMPARE(visited, std::size_t(size));
}

void TestItem::forEachMemberInOrder()
{
    const Value v = parseOrFail("{\"z\":1,\"a\":[1,{\"q\":2}],\"m\":{\"x\":\"y\"},\"long\":" +
                                stringOfLength(20000) + ",\"\":null,\"é\":-2.5,\"after\":true}");
    const ItemPtr item = Item::pack(v);

    std::vector<std::string> keys;
    std::vector<Value> values;
    item->root().forEachMember([&](std::string_view key, PackedValue member) {
        keys.emplace_back(key);
        values.push_back(member.toValue());
    });
    QCOMPARE(keys.size(), v.size());
    std::size_t i = 0;
    for (const auto &[key, member] : v.items()) {
        QCOMPARE(keys[i], key);
        QVERIFY(values[i] == member);
        ++i;
    }
    // The long string member is read in place, whole.
    QVERIFY(item->member("long")->asString() == v["long"].get<std::string>());
    QCOMPARE(item->member("long")->asString().size(), std::size_t(20000));
    QCOMPARE(item->member("after")->type(), PackedValue::Type::True);
}

void TestItem::forEachElementInOrder()
{
    const Value v = parseOrFail("[" + stringOfLength(200) +
                                R"(,[],[[1]],{"k":[2]},-0.0,18446744073709551615,-7,"é",null,)" +
                                stringOfLength(20000) + ",false]");
    const ItemPtr item = Item::pack(v);
    std::vector<Value> elements;
    item->root().forEachElement([&](PackedValue e) { elements.push_back(e.toValue()); });
    QCOMPARE(elements.size(), v.size());
    for (std::size_t i = 0; i < elements.size(); ++i) {
        std::string where;
        QVERIFY2(strictlyEqual(elements[i], v[i], where), where.c_str());
    }
    // Nested elements are visited by their own container, not the outer one.
    std::vector<Value> inner;
    std::size_t index = 0;
    item->root().forEachElement([&](PackedValue e) {
        if (index++ == 2) e.forEachElement([&](PackedValue x) { inner.push_back(x.toValue()); });
    });
    QCOMPARE(inner.size(), std::size_t(1));
    QCOMPARE(compact(inner[0]), QByteArray("[1]"));
}

// end() of each value is where the next one begins, whatever the value: containers are stepped
// over by their byte size, strings by their length.
void TestItem::endStepsOverValues()
{
    const Value v = parseOrFail(R"([null,true,false,1,18446744073709551615,2.5,"",)" +
                                stringOfLength(200) + "," + stringOfLength(20000) +
                                R"(,[],{},[1,[2,[3]]],{"a":{"b":{"c":[]}},"d":"e"},"tail"])");
    const ItemPtr item = Item::pack(v);
    const PackedValue root = item->root();
    const char *expectedBegin = root.begin() + PackedValue::ContainerHeader;
    std::size_t i = 0;
    root.forEachElement([&](PackedValue e) {
        QVERIFY(e.begin() == expectedBegin);
        // Each element on its own packs to the same bytes, so it is as long as its own item.
        const ItemPtr alone = Item::pack(v[i]);
        QCOMPARE(std::size_t(e.end() - e.begin()), alone->packedSize());
        QVERIFY(std::string_view(e.begin(), std::size_t(e.end() - e.begin())) == alone->packed());
        expectedBegin = e.end();
        ++i;
    });
    QCOMPARE(i, v.size());
    QVERIFY(expectedBegin == root.end());
    QVERIFY(root.end() == item->packed().data() + item->packedSize());

    // Container header: the size field counts what follows the header.
    std::uint32_t contents = 0;
    std::memcpy(&contents, root.begin() + 1, 4);
    QCOMPARE(std::size_t(contents), item->packedSize() - PackedValue::ContainerHeader);
}

// withMembers on a packed object gives what assigning the members on the Value gives.
void TestItem::withMembers_data()
{
    QTest::addColumn<QByteArray>("object");
    QTest::addColumn<QByteArray>("overrides");

    const auto row = [](const char *name, const QByteArray &object, const QByteArray &overrides) {
        QTest::newRow(name) << object << overrides;
    };
    row("empty overrides", R"({"a":1,"b":{"c":[1,2]}})", "{}");
    row("empty object, empty overrides", "{}", "{}");
    row("empty object, new keys", "{}", R"({"x":1,"y":[2]})");
    row("override keeps position", R"({"a":1,"b":2,"c":3})", R"({"b":"two"})");
    row("override first and last", R"({"a":1,"b":2,"c":3})", R"({"c":30,"a":10})");
    row("new keys in overrides order", R"({"a":1})", R"({"z":1,"m":2,"b":3})");
    row("mixed", R"({"a":1,"b":2})", R"({"new1":true,"b":null,"new2":"x"})");
    row("scalar replaced by deep", R"({"a":1,"b":[1]})", R"({"a":{"x":{"y":{"z":[[]]}}}})");
    row("deep replaced by scalar", R"({"a":{"x":{"y":[1]}},"b":[1]})", R"({"a":0})");
    row("deepest member kept", R"({"a":{"x":{"y":[1]}},"b":1})", R"({"b":{"c":2}})");
    row("deep untouched members", R"({"a":[[[[1]]]],"b":{"c":{"d":{}}},"e":"f"})", R"({"g":1})");
    row("long strings", "{\"s\":" + stringOfLength(200) + "}",
        "{\"t\":" + stringOfLength(20000) + ",\"s\":" + stringOfLength(300) + "}");
    row("long keys", "{" + stringOfLength(150) + ":1}", "{" + stringOfLength(150) + ":2}");
    row("new long key", R"({"a":1})", "{" + stringOfLength(200) + ":[2]}");
    row("numbers", R"({"i":-1,"u":18446744073709551615,"f":1.5})",
        R"({"u":-0.0,"f":9223372036854775808,"i":NaN})");
    row("40 keys", objectWithKeys(40), R"({"key39":"last","key0":"first","key40":"new"})");
    row("depth 150 override", R"({"a":1})", "{\"b\":" + nestedArrays(149, "1") + "}");
}

void TestItem::withMembers()
{
    QFETCH(QByteArray, object);
    QFETCH(QByteArray, overrides);

    const Value v = parseOrFail(object);
    const Value patch = parseOrFail(overrides);
    const Value next = assignedMembers(v, patch);
    const ItemPtr item = Item::pack(v);
    const ItemPtr edited = item->withMembers(patch);
    QVERIFY(edited);
    QVERIFY(edited != item);

    std::string where;
    QVERIFY2(strictlyEqual(edited->toValue(), next, where), where.c_str());
    const ItemPtr expected = Item::pack(next);
    QCOMPARE(edited->nesting(), expected->nesting());
    // Members copied as they are and members packed anew give the same bytes.
    QVERIFY(edited->packed() == expected->packed());
    std::string text;
    edited->write(text, json::Style::Indent2, 1);
    std::string expectedText;
    json::write(expectedText, next, json::Style::Indent2, 1);
    QCOMPARE(text, expectedText);

    // The original is untouched.
    QVERIFY2(strictlyEqual(item->toValue(), v, where), where.c_str());
}

void TestItem::withMembersOnNonObject_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty array") << QByteArray("[]");
    QTest::newRow("array of objects") << QByteArray(R"([{"a":1}])");
    QTest::newRow("string") << QByteArray(R"("a")");
    QTest::newRow("int") << QByteArray("1");
    QTest::newRow("null") << QByteArray("null");
}

void TestItem::withMembersOnNonObject()
{
    QFETCH(QByteArray, text);
    const ItemPtr item = Item::pack(parseOrFail(text));
    QVERIFY(!item->withMembers(Value{{"a", 1}}));
    QVERIFY(item->withMembers(Value{{"a", 1}}) == nullptr);
    QVERIFY(!item->withMembers(Value::object()));
}

// A reader packing straight from its own parse gives the same item as packing the Value.
void TestItem::writerByHand()
{
    const Value v = parseOrFail(
        R"({"id":7,"name":"x","tags":["a",true,null,false],)"
        R"("n":{"u":18446744073709551615,"f":1.5,"neg":-3,"deep":[[]]},"e":{},"z":[]})");

    PackedWriter w;
    w.openObject();
    w.key("id");
    w.integer(7);
    w.key("name");
    w.string("x");
    w.key("tags");
    w.openArray();
    w.string("a");
    w.boolean(true);
    w.null();
    w.boolean(false);
    w.close(4);
    w.key("n");
    w.openObject();
    w.key("u");
    w.unsignedInteger(std::numeric_limits<std::uint64_t>::max());
    w.key("f");
    w.floating(1.5);
    w.key("neg");
    w.integer(-3);
    w.key("deep");
    w.openArray();
    w.openArray();
    w.close(0);
    w.close(1);
    w.close(4);
    w.key("e");
    w.openObject();
    w.close(0);
    w.key("z");
    w.openArray();
    w.close(0);
    w.close(6);

    const ItemPtr expected = Item::pack(v);
    QCOMPARE(w.nesting(), expected->nesting());
    QVERIFY(w.bytes() == expected->packed());
    const ItemPtr built = w.finish();
    QVERIFY(built != expected); // a new item, not a shared one
    QVERIFY(built->packed() == expected->packed());
    QCOMPARE(built->nesting(), std::uint32_t(3));
    QVERIFY(built->toValue() == v);
    // finish() leaves the writer as it was: a second finish gives an equal item.
    const ItemPtr again = w.finish();
    QVERIFY(again->packed() == built->packed());

    // Item::adopt takes the same bytes directly.
    const ItemPtr adopted = Item::adopt(w.bytes(), w.nesting());
    QVERIFY(adopted->toValue() == v);
    QCOMPARE(adopted->nesting(), built->nesting());

    // value() inside an open container packs like the rest.
    PackedWriter mixed;
    mixed.openArray();
    mixed.integer(1);
    mixed.value(v);
    mixed.value(Value::array());
    mixed.close(3);
    const Value mixedValue = Value::array({1, v, Value::array()});
    QVERIFY(mixed.finish()->packed() == Item::pack(mixedValue)->packed());
    QCOMPARE(mixed.nesting(), valueNesting(mixedValue));
}

// raw() appends a packed value as it is; the caller gives its nesting.
void TestItem::writerRaw()
{
    const Value source = parseOrFail(R"({"flat":"s","deep":{"a":[1,[2,{"b":null}]]},"e":[]})");
    const ItemPtr item = Item::pack(source);

    // Every member of the source, copied into an array after a scalar.
    for (const auto &[key, member] : source.items()) {
        PackedWriter w;
        w.openArray();
        w.integer(0);
        w.raw(*item->member(key), valueNesting(member));
        w.close(2);
        const Value expected = Value::array({0, member});
        const ItemPtr built = w.finish();
        QVERIFY2(built->packed() == Item::pack(expected)->packed(), key.c_str());
        QCOMPARE(built->nesting(), valueNesting(expected));
        QVERIFY(built->toValue() == expected);
    }

    // A whole item at the top level.
    PackedWriter top;
    top.raw(item->root(), item->nesting());
    QVERIFY(top.finish()->packed() == item->packed());
    QCOMPARE(top.nesting(), item->nesting());

    // A shallow raw value after a deep one does not lower the nesting.
    PackedWriter w;
    w.openObject();
    w.key("deep");
    w.raw(*item->member("deep"), valueNesting(source["deep"]));
    w.key("flat");
    w.raw(*item->member("flat"), 0);
    w.close(2);
    const Value expected = {{"deep", source["deep"]}, {"flat", "s"}};
    QVERIFY(w.finish()->toValue() == expected);
    QCOMPARE(w.nesting(), valueNesting(expected));
}

void TestItem::writerClearAndReuse()
{
    PackedWriter w;
    w.openArray();
    w.openArray();
    w.openArray();
    w.integer(1);
    w.close(1);
    w.close(1);
    w.close(1);
    QCOMPARE(w.nesting(), std::uint32_t(3));

    // clear() forgets bytes, nesting and open containers.
    w.clear();
    QVERIFY(w.bytes().empty());
    QCOMPARE(w.nesting(), std::uint32_t(0));
    w.openObject();
    w.key("k");
    w.string("v");
    w.close(1);
    const Value expected = {{"k", "v"}};
    QVERIFY(w.finish()->packed() == Item::pack(expected)->packed());
    QCOMPARE(w.nesting(), std::uint32_t(1));

    // A scalar alone.
    w.clear();
    w.floating(-0.0);
    const ItemPtr zero = w.finish();
    QVERIFY(std::signbit(zero->root().asDouble()));
    QCOMPARE(zero->nesting(), std::uint32_t(0));

    // Packing reuses a writer per thread; items packed one after the other stay independent.
    const ItemPtr first = Item::pack(parseOrFail(R"({"a":[1,2,3],"b":"long enough string"})"));
    const ItemPtr second = Item::pack(Value(1));
    QCOMPARE(compact(first->toValue()), QByteArray(R"({"a":[1,2,3],"b":"long enough string"})"));
    QCOMPARE(compact(second->toValue()), QByteArray("1"));
    QCOMPARE(first->nesting(), std::uint32_t(2));
    QCOMPARE(second->nesting(), std::uint32_t(0));
}

void TestItem::itemPtrBasics()
{
    const ItemPtr empty;
    QVERIFY(!empty);
    QVERIFY(empty == nullptr);
    QVERIFY(nullptr == empty);
    QVERIFY(empty.get() == nullptr);
    const ItemPtr fromNull = nullptr;
    QVERIFY(fromNull == empty); // all null pointers are equal

    const Value v = {{"a", 1}};
    const ItemPtr item = Item::pack(v);
    QVERIFY(item);
    QVERIFY(item != nullptr);
    QVERIFY(item != empty);
    QVERIFY(&*item == item.get());
    QVERIFY(item.operator->() == item.get());

    // Equality is identity: the same value packed twice gives two different items.
    const ItemPtr twin = Item::pack(v);
    QVERIFY(twin != item);
    QVERIFY(twin->packed() == item->packed());

    // Copies share the item.
    const ItemPtr copy = item;
    QVERIFY(copy == item);
    QVERIFY(copy.get() == item.get());

    // A move takes it and leaves the source null.
    ItemPtr source = item;
    const ItemPtr moved = std::move(source);
    QVERIFY(moved == item);
    QVERIFY(!source); // NOLINT(bugprone-use-after-move): moved-from is null by contract
    QVERIFY(item->toValue() == v);

    // Copies of null are null.
    const ItemPtr nullCopy = empty;
    QVERIFY(!nullCopy);
    ItemPtr nullSource;
    const ItemPtr nullMoved = std::move(nullSource);
    QVERIFY(!nullMoved);

    // swap
    ItemPtr a = item;
    ItemPtr b = twin;
    a.swap(b);
    QVERIFY(a == twin);
    QVERIFY(b == item);
}

void TestItem::itemPtrAssignment()
{
    const Value v = parseOrFail(R"({"a":[1,2],"b":"text"})");
    const ItemPtr item = Item::pack(v);
    const ItemPtr other = Item::pack(Value("other"));

    // Copy assignment over an item, over null, of null.
    ItemPtr p = other;
    p = item;
    QVERIFY(p == item);
    ItemPtr q;
    q = item;
    QVERIFY(q == item);
    q = ItemPtr();
    QVERIFY(!q);
    q = nullptr;
    QVERIFY(!q);

    // Move assignment releases what was held and takes the other's.
    ItemPtr r = other;
    ItemPtr s = item;
    r = std::move(s);
    QVERIFY(r == item);
    QVERIFY(!s); // NOLINT(bugprone-use-after-move)
    QCOMPARE(other->root().asString(), std::string_view("other"));

    // Self-assignment keeps the item (through references, as code would meet it).
    ItemPtr self = Item::pack(v); // the only reference: a wrong release would free it
    const Item *held = self.get();
    ItemPtr &alias = self;
    self = alias;
    QVERIFY(self.get() == held);
    QVERIFY(self->toValue() == v);
    self = std::move(alias);
    QVERIFY(self.get() == held);
    QVERIFY(self->toValue() == v);

    // Null self-assignment.
    ItemPtr none;
    ItemPtr &noneAlias = none;
    none = noneAlias;
    none = std::move(noneAlias);
    QVERIFY(!none);

    // The last reference dropped by assignment frees the item; the survivor is intact
    // (AddressSanitizer reports a double free or leak otherwise).
    ItemPtr last = Item::pack(v);
    last = other;
    QVERIFY(last == other);
    QCOMPARE(last->root().asString(), std::string_view("other"));
}

// The count is atomic: threads copying and dropping one item leave it alive and intact.
void TestItem::itemPtrConcurrentCopies()
{
    const Value v = parseOrFail(R"({"shared":[1,2,3],"by":"threads"})");
    const ItemPtr original = Item::pack(v);
    constexpr int kThreads = 4;
    constexpr int kRounds = 100000;

    std::vector<std::thread> threads;
    std::vector<int> mismatches(kThreads, 0);
    std::latch start(kThreads); // all threads copy at once, not one after the other
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&original, &mismatches, &start, t] {
            start.arrive_and_wait();
            for (int i = 0; i < kRounds; ++i) {
                ItemPtr copy = original;
                ItemPtr moved = std::move(copy);
                ItemPtr assigned;
                assigned = moved;
                if (assigned != original || !assigned->isObject()) ++mismatches[std::size_t(t)];
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();

    for (int t = 0; t < kThreads; ++t)
        QCOMPARE(mismatches[std::size_t(t)], 0);
    QVERIFY(original);
    QVERIFY(original->toValue() == v);
    QCOMPARE(original->member("by")->asString(), std::string_view("threads"));
}

// The item is freed by whichever thread drops the last reference, not necessarily its creator.
void TestItem::itemPtrLastReferenceInAnotherThread()
{
    constexpr int kThreads = 4;
    for (int round = 0; round < 50; ++round) {
        ItemPtr item = Item::pack(Value{{"round", round}, {"data", Value::array({1, 2, 3})}});
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([held = item] {
                for (int i = 0; i < 1000; ++i) {
                    const ItemPtr copy = held;
                    if (!copy->contains("data")) std::abort(); // never: the item is alive
                }
            });
        }
        item = nullptr; // the threads now hold the only references
        for (std::thread &thread : threads)
            thread.join();
    }
}

QTEST_APPLESS_MAIN(TestItem)
#include "tst_item.moc"
