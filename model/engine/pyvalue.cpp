#include "pyvalue.h"

#include "errors.h"
#include "jsonio.h"
#include "numparse_p.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <unordered_map>

namespace dtdb::py {

namespace {

using Object = Value::object_t;
using Array = Value::array_t;

// Python's deep-copy nesting limit (UtilCopy._max_depth).
constexpr int kMaxCopyDepth = 100;

// Python's default limit on the number of digits int() accepts.
constexpr std::size_t kMaxIntDigits = 4300;

constexpr double kTwo63 = 9223372036854775808.0;
constexpr double kTwo64 = 18446744073709551616.0;

// ---------------------------------------------------------------------------------------------
// Numbers: nlohmann keeps int64, uint64 and double apart, and Python adds bool as an int.

struct Number
{
    enum class Kind
    {
        Signed,
        Unsigned,
        Float
    } kind;
    std::int64_t i = 0;
    std::uint64_t u = 0;
    double d = 0.0;
};

Number toNumber(const Value &v)
{
    switch (v.type()) {
    case Value::value_t::boolean:
        return {Number::Kind::Signed, v.get<bool>() ? 1 : 0};
    case Value::value_t::number_integer:
        return {Number::Kind::Signed, v.get<std::int64_t>()};
    case Value::value_t::number_unsigned:
        return {Number::Kind::Unsigned, 0, v.get<std::uint64_t>()};
    default:
        return {Number::Kind::Float, 0, 0, v.get<double>()};
    }
}

// Exact comparison of an integer with a double: the double is split into its integral part
// (exactly representable as an integer inside the range checks) and its fraction, so the integer
// is never rounded.
std::partial_ordering compareSignedFloat(std::int64_t i, double d)
{
    if (std::isnan(d)) return std::partial_ordering::unordered;
    if (d >= kTwo63) return std::partial_ordering::less;
    if (d < -kTwo63) return std::partial_ordering::greater;
    const auto whole = static_cast<std::int64_t>(d);
    if (i != whole) return i <=> whole;
    return 0.0 <=> d - static_cast<double>(whole);
}

std::partial_ordering compareUnsignedFloat(std::uint64_t u, double d)
{
    if (std::isnan(d)) return std::partial_ordering::unordered;
    if (d < 0) return std::partial_ordering::greater;
    if (d >= kTwo64) return std::partial_ordering::less;
    const auto whole = static_cast<std::uint64_t>(d);
    if (u != whole) return u <=> whole;
    return 0.0 <=> d - static_cast<double>(whole);
}

std::partial_ordering compareSignedUnsigned(std::int64_t i, std::uint64_t u)
{
    if (i < 0) return std::partial_ordering::less;
    return static_cast<std::uint64_t>(i) <=> u;
}

std::partial_ordering reversed(std::partial_ordering o)
{
    return 0 <=> o;
}

std::partial_ordering compareNumbers(const Number &a, const Number &b)
{
    using K = Number::Kind;
    switch (a.kind) {
    case K::Signed:
        if (b.kind == K::Signed) return a.i <=> b.i;
        if (b.kind == K::Unsigned) return compareSignedUnsigned(a.i, b.u);
        return compareSignedFloat(a.i, b.d);
    case K::Unsigned:
        if (b.kind == K::Signed) return reversed(compareSignedUnsigned(b.i, a.u));
        if (b.kind == K::Unsigned) return a.u <=> b.u;
        return compareUnsignedFloat(a.u, b.d);
    case K::Float:
        break;
    }
    if (b.kind == K::Signed) return reversed(compareSignedFloat(b.i, a.d));
    if (b.kind == K::Unsigned) return reversed(compareUnsignedFloat(b.u, a.d));
    return a.d <=> b.d;
}

// ---------------------------------------------------------------------------------------------
// Hashing

std::size_t mix(std::uint64_t x)
{
    // splitmix64 finaliser: cheap and spreads small integers over all bits.
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return static_cast<std::size_t>(x ^ (x >> 31));
}

std::size_t hashNumber(const Number &n)
{
    // Every integral value hashes by its two's complement bits, whatever its storage, so that
    // 1, 1.0 and true (or 2^63 as uint64 and as double) agree.
    switch (n.kind) {
    case Number::Kind::Signed:
        return mix(static_cast<std::uint64_t>(n.i));
    case Number::Kind::Unsigned:
        return mix(n.u);
    case Number::Kind::Float:
        break;
    }
    const double d = n.d;
    if (std::isnan(d)) return mix(0x7FF8000000000000ULL);
    if (d == std::trunc(d) && d >= -kTwo63 && d < kTwo64) {
        if (d < kTwo63) return mix(static_cast<std::uint64_t>(static_cast<std::int64_t>(d)));
        return mix(static_cast<std::uint64_t>(d));
    }
    return std::hash<double>{}(d);
}

// ---------------------------------------------------------------------------------------------
// Equality

const Value *findMember(const Object &o, const std::string &key)
{
    for (const auto &member : o) {
        if (member.first == key) return &member.second;
    }
    return nullptr;
}

bool objectsEqual(const Object &a, const Object &b)
{
    if (a.size() != b.size()) return false;
    // Small objects: linear lookups; large ones get an index to stay linear overall.
    if (a.size() <= 16) {
        for (const auto &[key, value] : a) {
            const Value *other = findMember(b, key);
            if (!other || !equals(value, *other)) return false;
        }
        return true;
    }
    std::unordered_map<std::string_view, const Value *> index;
    index.reserve(b.size());
    for (const auto &[key, value] : b)
        index.emplace(key, &value);
    for (const auto &[key, value] : a) {
        const auto it = index.find(key);
        if (it == index.end() || !equals(value, *it->second)) return false;
    }
    return true;
}

bool arraysEqual(const Array &a, const Array &b)
{
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (!equals(a[i], b[i])) return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// Error messages

const char *pythonTypeName(const Value &v)
{
    switch (v.type()) {
    case Value::value_t::null:
        return "NoneType";
    case Value::value_t::boolean:
        return "bool";
    case Value::value_t::number_integer:
    case Value::value_t::number_unsigned:
        return "int";
    case Value::value_t::number_float:
        return "float";
    case Value::value_t::string:
        return "str";
    case Value::value_t::array:
        return "list";
    case Value::value_t::object:
        return "dict";
    default:
        return "object";
    }
}

[[noreturn]] void throwNotComparable(const Value &a, const Value &b)
{
    throw PyTypeError(std::string("'<' not supported between instances of '") + pythonTypeName(a) +
                      "' and '" + pythonTypeName(b) + "'");
}

// ---------------------------------------------------------------------------------------------
// UTF-8 and Unicode character properties

// Decodes one code point at s[i], advancing i. Invalid bytes come back as themselves with
// `valid` false (Python strings cannot hold them; callers decide). Surrogates encoded in the
// generalised form the parser produces for lone \uD800 escapes decode to their code point.
std::uint32_t decodeUtf8(std::string_view s, std::size_t &i, bool &valid)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = byte(i);
    valid = true;
    if (c < 0x80) {
        ++i;
        return c;
    }
    std::size_t length = 0;
    std::uint32_t cp = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        cp = c & 0x07;
    }
    if (length == 0 || i + length > s.size()) {
        valid = false;
        ++i;
        return c;
    }
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) {
            valid = false;
            ++i;
            return c;
        }
        cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    const std::uint32_t minimum = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
    if (cp < minimum || cp > 0x10FFFF) {
        valid = false;
        ++i;
        return c;
    }
    i += length;
    return cp;
}

struct Range
{
    std::uint32_t lo;
    std::uint32_t hi;
};

bool inRanges(const Range *begin, const Range *end, std::uint32_t cp)
{
    const Range *it =
        std::upper_bound(begin, end, cp, [](std::uint32_t c, const Range &r) { return c < r.lo; });
    return it != begin && cp <= (it - 1)->hi;
}

// Non-ASCII code points str.isprintable() rejects: controls (Cc), format characters (Cf),
// separators other than ' ' (Zs, Zl, Zp), surrogates (Cs), private use (Co) and the large
// unassigned (Cn) areas. Unassigned code points scattered inside assigned blocks are not listed.
constexpr Range kNonPrintable[] = {
    {0x0080, 0x00A0},   {0x00AD, 0x00AD},   {0x0600, 0x0605},   {0x061C, 0x061C},
    {0x06DD, 0x06DD},   {0x070F, 0x070F},   {0x0890, 0x0891},   {0x08E2, 0x08E2},
    {0x1680, 0x1680},   {0x180E, 0x180E},   {0x2000, 0x200F},   {0x2028, 0x202F},
    {0x205F, 0x2064},   {0x2066, 0x206F},   {0x3000, 0x3000},   {0xD800, 0xF8FF},
    {0xFDD0, 0xFDEF},   {0xFEFF, 0xFEFF},   {0xFFF0, 0xFFFB},   {0xFFFE, 0xFFFF},
    {0x110BD, 0x110BD}, {0x110CD, 0x110CD}, {0x13430, 0x1343F}, {0x1BCA0, 0x1BCA3},
    {0x1D173, 0x1D17A}, {0x2FA20, 0x2FFFF}, {0x323B0, 0xE00FF}, {0xE01F0, 0x10FFFF},
};

bool isPrintable(std::uint32_t cp)
{
    if (cp < 0x80) return cp >= 0x20 && cp < 0x7F;
    // Every plane ends with two noncharacters.
    if ((cp & 0xFFFE) == 0xFFFE) return false;
    return !inRanges(std::begin(kNonPrintable), std::end(kNonPrintable), cp);
}

// The whitespace int() and float() skip: ASCII space and \t\n\v\f\r (CPython passes other ASCII
// through untouched, so \x1c-\x1f are not skipped) plus non-ASCII Unicode whitespace.
bool isPythonSpace(std::uint32_t cp)
{
    switch (cp) {
    case 0x09:
    case 0x0A:
    case 0x0B:
    case 0x0C:
    case 0x0D:
    case 0x20:
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
        return true;
    default:
        return cp >= 0x2000 && cp <= 0x200A;
    }
}

// The zero of every block of Unicode decimal digits (category Nd, Unicode 15); each block holds
// ten consecutive digits.
constexpr std::uint32_t kDigitZeros[] = {
    0x0030,  0x0660,  0x06F0,  0x07C0,  0x0966,  0x09E6,  0x0A66,  0x0AE6,  0x0B66,  0x0BE6,
    0x0C66,  0x0CE6,  0x0D66,  0x0DE6,  0x0E50,  0x0ED0,  0x0F20,  0x1040,  0x1090,  0x17E0,
    0x1810,  0x1946,  0x19D0,  0x1A80,  0x1A90,  0x1B50,  0x1BB0,  0x1C40,  0x1C50,  0xA620,
    0xA8D0,  0xA900,  0xA9D0,  0xA9F0,  0xAA50,  0xABF0,  0xFF10,  0x104A0, 0x10D30, 0x11066,
    0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0,
    0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x11F50, 0x16A60, 0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8,
    0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E4F0, 0x1E950, 0x1FBF0,
};

int decimalDigitValue(std::uint32_t cp)
{
    const auto *it = std::upper_bound(std::begin(kDigitZeros), std::end(kDigitZeros), cp);
    if (it == std::begin(kDigitZeros)) return -1;
    const std::uint32_t zero = *(it - 1);
    return cp - zero < 10 ? static_cast<int>(cp - zero) : -1;
}

// CPython first maps Unicode whitespace to ' ' and Unicode decimal digits to ASCII digits, then
// parses the ASCII text; any other non-ASCII character makes the literal invalid. The ASCII
// result is returned with surrounding spaces removed.
std::optional<std::string> toAsciiNumberText(std::string_view s)
{
    std::string ascii;
    ascii.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        bool valid = true;
        const std::uint32_t cp = decodeUtf8(s, i, valid);
        if (!valid) return std::nullopt;
        if (isPythonSpace(cp)) {
            ascii.push_back(' ');
        } else if (cp < 0x80) {
            ascii.push_back(static_cast<char>(cp));
        } else if (const int digit = decimalDigitValue(cp); digit >= 0) {
            ascii.push_back(static_cast<char>('0' + digit));
        } else {
            return std::nullopt;
        }
    }
    const std::size_t first = ascii.find_first_not_of(' ');
    if (first == std::string::npos) return std::string();
    const std::size_t last = ascii.find_last_not_of(' ');
    return ascii.substr(first, last - first + 1);
}

bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Removes underscores, which Python allows only between two digits.
std::optional<std::string> removeUnderscores(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '_') {
            out.push_back(s[i]);
            continue;
        }
        if (i == 0 || i + 1 == s.size() || !isAsciiDigit(s[i - 1]) || !isAsciiDigit(s[i + 1]))
            return std::nullopt;
    }
    return out;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return (x >= 'A' && x <= 'Z' ? x - 'A' + 'a' : x) == y;
           });
}

// Python's strtod grammar: digits with an optional '.', at least one digit, optional exponent.
bool isDecimalLiteral(std::string_view s)
{
    std::size_t i = 0;
    std::size_t digits = 0;
    while (i < s.size() && isAsciiDigit(s[i])) {
        ++i;
        ++digits;
    }
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && isAsciiDigit(s[i])) {
            ++i;
            ++digits;
        }
    }
    if (digits == 0) return false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
        if (i == s.size() || !isAsciiDigit(s[i])) return false;
        while (i < s.size() && isAsciiDigit(s[i]))
            ++i;
    }
    return i == s.size();
}

// ---------------------------------------------------------------------------------------------
// str() / repr()

void appendHexEscape(std::string &out, char kind, std::uint32_t cp, int width)
{
    static constexpr char hex[] = "0123456789abcdef";
    out.push_back('\\');
    out.push_back(kind);
    for (int shift = (width - 1) * 4; shift >= 0; shift -= 4)
        out.push_back(hex[(cp >> shift) & 0xF]);
}

void appendStringRepr(std::string &out, std::string_view s)
{
    const bool hasSingle = s.find('\'') != std::string_view::npos;
    const bool hasDouble = s.find('"') != std::string_view::npos;
    const char quote = hasSingle && !hasDouble ? '"' : '\'';
    out.push_back(quote);
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t start = i;
        bool valid = true;
        const std::uint32_t cp = decodeUtf8(s, i, valid);
        if (!valid) {
            appendHexEscape(out, 'x', cp, 2);
        } else if (cp == static_cast<unsigned char>(quote) || cp == '\\') {
            out.push_back('\\');
            out.push_back(static_cast<char>(cp));
        } else if (cp == '\t') {
            out += "\\t";
        } else if (cp == '\n') {
            out += "\\n";
        } else if (cp == '\r') {
            out += "\\r";
        } else if (isPrintable(cp)) {
            out.append(s.substr(start, i - start));
        } else if (cp <= 0xFF) {
            appendHexEscape(out, 'x', cp, 2);
        } else if (cp <= 0xFFFF) {
            appendHexEscape(out, 'u', cp, 4);
        } else {
            appendHexEscape(out, 'U', cp, 8);
        }
    }
    out.push_back(quote);
}

void appendRepr(std::string &out, const Value &v)
{
    switch (v.type()) {
    case Value::value_t::null:
        out += "None";
        break;
    case Value::value_t::boolean:
        out += v.get<bool>() ? "True" : "False";
        break;
    case Value::value_t::number_integer:
        out += std::to_string(v.get<std::int64_t>());
        break;
    case Value::value_t::number_unsigned:
        out += std::to_string(v.get<std::uint64_t>());
        break;
    case Value::value_t::number_float:
        out += json::pythonFloatRepr(v.get<double>());
        break;
    case Value::value_t::string:
        appendStringRepr(out, v.get_ref<const std::string &>());
        break;
    case Value::value_t::array: {
        out.push_back('[');
        bool first = true;
        for (const Value &element : v.get_ref<const Array &>()) {
            if (!first) out += ", ";
            first = false;
            appendRepr(out, element);
        }
        out.push_back(']');
        break;
    }
    case Value::value_t::object: {
        out.push_back('{');
        bool first = true;
        for (const auto &[key, member] : v.get_ref<const Object &>()) {
            if (!first) out += ", ";
            first = false;
            appendStringRepr(out, key);
            out += ": ";
            appendRepr(out, member);
        }
        out.push_back('}');
        break;
    }
    default:
        out += "None";
        break;
    }
}

} // namespace

bool truthy(const Value &v)
{
    switch (v.type()) {
    case Value::value_t::null:
        return false;
    case Value::value_t::boolean:
        return v.get<bool>();
    case Value::value_t::number_integer:
        return v.get<std::int64_t>() != 0;
    case Value::value_t::number_unsigned:
        return v.get<std::uint64_t>() != 0;
    case Value::value_t::number_float:
        return v.get<double>() != 0.0; // NaN is true
    case Value::value_t::string:
        return !v.get_ref<const std::string &>().empty();
    case Value::value_t::array:
    case Value::value_t::object:
        return !v.empty();
    default:
        return false;
    }
}

bool equals(const Value &a, const Value &b)
{
    if (isNumber(a) && isNumber(b))
        return compareNumbers(toNumber(a), toNumber(b)) == std::partial_ordering::equivalent;
    if (a.type() != b.type()) return false;
    switch (a.type()) {
    case Value::value_t::null:
        return true;
    case Value::value_t::string:
        return a.get_ref<const std::string &>() == b.get_ref<const std::string &>();
    case Value::value_t::array:
        return arraysEqual(a.get_ref<const Array &>(), b.get_ref<const Array &>());
    case Value::value_t::object:
        return objectsEqual(a.get_ref<const Object &>(), b.get_ref<const Object &>());
    default:
        return false;
    }
}

std::size_t hash(const Value &v)
{
    if (isNumber(v)) return hashNumber(toNumber(v));
    switch (v.type()) {
    case Value::value_t::string:
        return std::hash<std::string_view>{}(v.get_ref<const std::string &>());
    case Value::value_t::array: {
        std::size_t h = mix(0xA5A5A5A5ULL);
        for (const Value &element : v.get_ref<const Array &>())
            h = mix(h ^ hash(element));
        return h;
    }
    case Value::value_t::object: {
        // Key order does not take part in equality, so members are combined commutatively.
        std::size_t h = mix(0x5A5A5A5AULL + v.size());
        for (const auto &[key, member] : v.get_ref<const Object &>())
            h += mix(std::hash<std::string_view>{}(key) ^ (hash(member) * 31));
        return h;
    }
    default:
        return mix(0); // null, and the kinds JSON never produces
    }
}

std::partial_ordering compare(const Value &a, const Value &b)
{
    if (isNumber(a) && isNumber(b)) return compareNumbers(toNumber(a), toNumber(b));
    if (a.is_string() && b.is_string()) {
        // Byte order of UTF-8 is code point order.
        return a.get_ref<const std::string &>().compare(b.get_ref<const std::string &>()) <=> 0;
    }
    if (a.is_array() && b.is_array()) {
        // Python compares the first pair of elements that are not ==; only that pair has to be
        // orderable.
        const Array &x = a.get_ref<const Array &>();
        const Array &y = b.get_ref<const Array &>();
        const std::size_t common = std::min(x.size(), y.size());
        for (std::size_t i = 0; i < common; ++i) {
            if (!equals(x[i], y[i])) return compare(x[i], y[i]);
        }
        return x.size() <=> y.size();
    }
    throwNotComparable(a, b);
}

std::string str(const Value &v)
{
    if (v.is_string()) return v.get<std::string>();
    std::string out;
    appendRepr(out, v);
    return out;
}

std::string repr(const Value &v)
{
    std::string out;
    appendRepr(out, v);
    return out;
}

std::optional<std::int64_t> parseInt(std::string_view s)
{
    const auto text = toAsciiNumberText(s);
    if (!text) return std::nullopt;
    std::string_view rest = *text;
    bool negative = false;
    if (!rest.empty() && (rest.front() == '+' || rest.front() == '-')) {
        negative = rest.front() == '-';
        rest.remove_prefix(1);
    }
    const auto digits = removeUnderscores(rest);
    if (!digits || digits->empty() || digits->size() > kMaxIntDigits) return std::nullopt;

    std::uint64_t magnitude = 0;
    constexpr std::uint64_t kLimit = std::uint64_t{1} << 63; // |INT64_MIN|
    for (const char c : *digits) {
        if (!isAsciiDigit(c)) return std::nullopt;
        magnitude = magnitude * 10 + static_cast<std::uint64_t>(c - '0');
        if (magnitude > kLimit) return std::nullopt;
    }
    if (!negative && magnitude == kLimit) return std::nullopt;
    return negative ? static_cast<std::int64_t>(~magnitude + 1)
                    : static_cast<std::int64_t>(magnitude);
}

std::optional<double> parseFloat(std::string_view s)
{
    const auto text = toAsciiNumberText(s);
    if (!text) return std::nullopt;
    const auto cleaned = removeUnderscores(*text);
    if (!cleaned) return std::nullopt;
    std::string_view rest = *cleaned;
    bool negative = false;
    if (!rest.empty() && (rest.front() == '+' || rest.front() == '-')) {
        negative = rest.front() == '-';
        rest.remove_prefix(1);
    }
    double value = 0.0;
    if (equalsIgnoreCase(rest, "inf") || equalsIgnoreCase(rest, "infinity")) {
        value = std::numeric_limits<double>::infinity();
    } else if (equalsIgnoreCase(rest, "nan")) {
        value = std::numeric_limits<double>::quiet_NaN();
    } else if (isDecimalLiteral(rest)) {
        const auto parsed = detail::decimalToDouble(rest);
        if (!parsed) return std::nullopt;
        value = *parsed;
    } else {
        return std::nullopt;
    }
    return negative ? -value : value;
}

std::optional<std::int64_t> toInt(const Value &v)
{
    switch (v.type()) {
    case Value::value_t::boolean:
        return v.get<bool>() ? 1 : 0;
    case Value::value_t::number_integer:
        return v.get<std::int64_t>();
    case Value::value_t::number_unsigned: {
        const auto u = v.get<std::uint64_t>();
        if (u > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
            return std::nullopt;
        return static_cast<std::int64_t>(u);
    }
    case Value::value_t::number_float: {
        const double d = v.get<double>();
        if (std::isnan(d) || d < -kTwo63 || d >= kTwo63) return std::nullopt;
        return static_cast<std::int64_t>(d); // truncates toward zero, like int(float)
    }
    case Value::value_t::string:
        return parseInt(v.get_ref<const std::string &>());
    default:
        return std::nullopt;
    }
}

std::optional<double> toFloat(const Value &v)
{
    switch (v.type()) {
    case Value::value_t::boolean:
        return v.get<bool>() ? 1.0 : 0.0;
    case Value::value_t::number_integer:
        return static_cast<double>(v.get<std::int64_t>());
    case Value::value_t::number_unsigned:
        return static_cast<double>(v.get<std::uint64_t>());
    case Value::value_t::number_float:
        return v.get<double>();
    case Value::value_t::string:
        return parseFloat(v.get_ref<const std::string &>());
    default:
        return std::nullopt;
    }
}

void checkCopyDepth(const Value &v, int depth)
{
    if (depth > kMaxCopyDepth) throw PyValueError("Exceeded max allowed nesting depth");
    if (v.is_array()) {
        for (const Value &element : v.get_ref<const Array &>())
            checkCopyDepth(element, depth + 1);
    } else if (v.is_object()) {
        for (const auto &member : v.get_ref<const Object &>())
            checkCopyDepth(member.second, depth + 1);
    }
}

void checkCopyDepth(const Item &item, int depth)
{
    if (std::int64_t(depth) + item.nesting() > kMaxCopyDepth)
        throw PyValueError("Exceeded max allowed nesting depth");
}

} // namespace dtdb::py
