#include "jsonio.h"

#include "jsonio_p.h"
#include "numparse_p.h"

#include <array>
#include <atomic>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <memory>
#include <thread>
#include <unordered_map>
#include <vector>

namespace dtdb::json {

namespace {

using Object = Value::object_t;
using Array = Value::array_t;
using detail::kIndexThreshold;
using detail::kMaxDepth;

// Below this many elements a second thread costs more than it saves.
constexpr std::size_t kDefaultParallelThreshold = 8192;
std::atomic<std::size_t> parallelThresholdSetting{kDefaultParallelThreshold};

constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

constexpr bool isJsonSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// Bytes that can be copied verbatim inside a string: everything but '"', '\\', control
// characters and non-ASCII (which needs UTF-8 validation).
constexpr std::array<bool, 256> makePlainTable()
{
    std::array<bool, 256> table{};
    for (int c = 0x20; c < 0x80; ++c)
        table[c] = c != '"' && c != '\\';
    return table;
}
constexpr std::array<bool, 256> kPlain = makePlainTable();

void appendUtf8(std::string &out, std::uint32_t cp)
{
    // Lone surrogates (legal in Python strings) are kept in the same generalised encoding.
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

// Length of the valid UTF-8 sequence starting at p (lead byte >= 0x80), or 0 when invalid
// (overlong forms, surrogates and code points above U+10FFFF are rejected like Python does).
std::size_t utf8SequenceLength(const unsigned char *p, const unsigned char *end)
{
    const auto cont = [&](std::size_t i, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
        return i < static_cast<std::size_t>(end - p) && p[i] >= lo && p[i] <= hi;
    };
    const unsigned char c = p[0];
    if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
    if (c == 0xE0) return cont(1, 0xA0) && cont(2) ? 3 : 0;
    if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) return cont(1) && cont(2) ? 3 : 0;
    if (c == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
    if (c == 0xF0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    if (c >= 0xF1 && c <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (c == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
    return 0;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

class Parser
{
public:
    explicit Parser(std::string_view text)
        : begin_(text.data()), p_(text.data()), end_(text.data() + text.size())
    {
    }

    bool parseDocument(Value &root);
    void fillError(ParseError *error) const;

private:
    // Object members are collected here and moved into the object when it closes: growing an
    // ordered_map in place would deep-copy every member on reallocation, because its element
    // type pair<const std::string, Value> cannot be moved.
    using Members = std::vector<std::pair<std::string, Value>>;

    struct Frame
    {
        Value *container;
        Array *array;     // set for arrays
        Members *members; // set for objects
        std::unique_ptr<std::unordered_map<std::string, std::size_t>> index;
    };

    bool fail(const char *at, const char *message)
    {
        failed_ = true;
        errorAt_ = at;
        errorMessage_ = message;
        return false;
    }

    void skipSpace()
    {
        while (p_ != end_ && isJsonSpace(*p_))
            ++p_;
    }

    bool startsWith(std::string_view word) const
    {
        return static_cast<std::size_t>(end_ - p_) >= word.size() &&
               std::memcmp(p_, word.data(), word.size()) == 0;
    }

    Value *openContainer(std::vector<Frame> &stack, Value &slot, bool isObject);
    Members *membersForDepth(std::size_t depth);
    static void closeContainer(Frame &frame);
    Value *nextSlot(Frame &frame);
    Value *memberSlot(Frame &frame);
    bool parseScalar(Value &slot);
    bool parseLiteral(Value &slot);
    bool parseNumber(Value &slot);
    bool parseString(std::string &out);
    bool parseEscape(const char *&q, std::string &out);
    bool parseHex4(const char *q, std::uint32_t &cp) const;

    const char *begin_;
    const char *p_;
    const char *end_;
    bool failed_ = false;
    const char *errorAt_ = nullptr;
    const char *errorMessage_ = "";
    std::string key_; // reused for every object key to avoid an allocation per member
    std::vector<std::unique_ptr<Members>> membersPool_; // one per depth, reused across objects
};

bool Parser::parseDocument(Value &root)
{
    if (startsWith("\xEF\xBB\xBF"))
        return fail(p_, "Unexpected UTF-8 BOM (decode using utf-8-sig)");

    // Iterative descent: containers are kept on an explicit stack so hostile nesting cannot
    // overflow the call stack.
    std::vector<Frame> stack;
    Value *slot = &root;
    for (;;) {
        skipSpace();
        if (p_ != end_ && (*p_ == '{' || *p_ == '[')) {
            slot = openContainer(stack, *slot, *p_ == '{');
            if (failed_) return false;
            if (slot) continue;
        } else if (!parseScalar(*slot)) {
            return false;
        }

        // A value is complete: close finished containers until one wants another member.
        slot = nullptr;
        while (!slot) {
            skipSpace();
            if (stack.empty()) {
                if (p_ != end_) return fail(p_, "Extra data");
                return true;
            }
            Frame &top = stack.back();
            const char close = top.members ? '}' : ']';
            if (p_ != end_ && *p_ == close) {
                ++p_;
                closeContainer(top);
                stack.pop_back();
            } else if (p_ != end_ && *p_ == ',') {
                ++p_;
                slot = nextSlot(top);
                if (!slot) return false;
            } else {
                return fail(p_, "Expecting ',' delimiter");
            }
        }
    }
}

// Makes slot an empty container at p_. Returns the slot of its first member, or nullptr when
// the container is empty (already closed) or on error (failed_ set).
Value *Parser::openContainer(std::vector<Frame> &stack, Value &slot, bool isObject)
{
    if (stack.size() >= kMaxDepth) {
        fail(p_, "Nesting too deep");
        return nullptr;
    }
    ++p_;
    slot = isObject ? Value(Value::value_t::object) : Value(Value::value_t::array);
    Frame frame{&slot, nullptr, nullptr, nullptr};
    if (isObject)
        frame.members = membersForDepth(stack.size());
    else
        frame.array = slot.get_ptr<Array *>();

    skipSpace();
    if (p_ != end_ && *p_ == (isObject ? '}' : ']')) {
        ++p_;
        return nullptr;
    }
    stack.push_back(std::move(frame));
    return nextSlot(stack.back());
}

Parser::Members *Parser::membersForDepth(std::size_t depth)
{
    while (membersPool_.size() <= depth)
        membersPool_.push_back(std::make_unique<Members>());
    Members *members = membersPool_[depth].get();
    members->clear();
    return members;
}

void Parser::closeContainer(Frame &frame)
{
    if (!frame.members) return;
    // ordered_map hides the vector's emplace_back behind its own key-scanning emplace.
    Object::Container &object = *frame.container->get_ptr<Object *>();
    object.reserve(frame.members->size());
    for (auto &[key, value] : *frame.members)
        object.emplace_back(std::move(key), std::move(value));
    frame.members->clear();
}

Value *Parser::nextSlot(Frame &frame)
{
    if (frame.array) return &frame.array->emplace_back();
    return memberSlot(frame);
}

// Parses `"key":` and returns where its value goes. A repeated key reuses the first member's
// position and its value is overwritten, as a Python dict does.
Value *Parser::memberSlot(Frame &frame)
{
    skipSpace();
    if (p_ == end_ || *p_ != '"') {
        fail(p_, "Expecting property name enclosed in double quotes");
        return nullptr;
    }
    key_.clear();
    if (!parseString(key_)) return nullptr;
    skipSpace();
    if (p_ == end_ || *p_ != ':') {
        fail(p_, "Expecting ':' delimiter");
        return nullptr;
    }
    ++p_;

    Members &members = *frame.members;
    if (frame.index) {
        const auto [it, inserted] = frame.index->try_emplace(key_, members.size());
        if (!inserted) {
            Value &existing = members[it->second].second;
            existing = nullptr;
            return &existing;
        }
    } else {
        for (auto &member : members) {
            if (member.first == key_) {
                member.second = nullptr;
                return &member.second;
            }
        }
        if (members.size() + 1 >= kIndexThreshold) {
            frame.index = std::make_unique<std::unordered_map<std::string, std::size_t>>();
            for (std::size_t i = 0; i < members.size(); ++i)
                frame.index->emplace(members[i].first, i);
            frame.index->emplace(key_, members.size());
        }
    }
    return &members.emplace_back(key_, nullptr).second;
}

bool Parser::parseScalar(Value &slot)
{
    if (p_ == end_) return fail(p_, "Expecting value");
    const char c = *p_;
    if (c == '"') {
        slot = Value::string_t();
        return parseString(*slot.get_ptr<Value::string_t *>());
    }
    if (c == '-' || isDigit(c)) return parseNumber(slot);
    return parseLiteral(slot);
}

bool Parser::parseLiteral(Value &slot)
{
    struct Literal
    {
        std::string_view text;
        Value value;
    };
    static const Literal literals[] = {
        {"null", Value(nullptr)},
        {"true", Value(true)},
        {"false", Value(false)},
        {"NaN", Value(std::numeric_limits<double>::quiet_NaN())},
        {"Infinity", Value(std::numeric_limits<double>::infinity())},
    };
    for (const Literal &literal : literals) {
        if (startsWith(literal.text)) {
            slot = literal.value;
            p_ += literal.text.size();
            return true;
        }
    }
    return fail(p_, "Expecting value");
}

// Python's NUMBER_RE: -?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)? — a '.' or exponent without
// digits is not part of the number and is left for the caller to reject.
bool Parser::parseNumber(Value &slot)
{
    const char *start = p_;
    const bool negative = *p_ == '-';
    if (negative) {
        ++p_;
        if (startsWith("Infinity")) {
            p_ += 8;
            slot = -std::numeric_limits<double>::infinity();
            return true;
        }
        if (p_ == end_ || !isDigit(*p_)) return fail(start, "Expecting value");
    }
    const char *digits = p_;
    if (*p_ == '0') {
        ++p_;
    } else {
        while (p_ != end_ && isDigit(*p_))
            ++p_;
    }
    const char *digitsEnd = p_;

    bool isFloat = false;
    if (end_ - p_ >= 2 && *p_ == '.' && isDigit(p_[1])) {
        p_ += 2;
        while (p_ != end_ && isDigit(*p_))
            ++p_;
        isFloat = true;
    }
    if (p_ != end_ && (*p_ == 'e' || *p_ == 'E')) {
        const char *q = p_ + 1;
        if (q != end_ && (*q == '+' || *q == '-')) ++q;
        if (q != end_ && isDigit(*q)) {
            while (q != end_ && isDigit(*q))
                ++q;
            p_ = q;
            isFloat = true;
        }
    }

    if (!isFloat) {
        std::uint64_t magnitude = 0;
        bool overflow = false;
        for (const char *d = digits; d != digitsEnd; ++d) {
            const auto digit = static_cast<std::uint64_t>(*d - '0');
            if (magnitude > (std::numeric_limits<std::uint64_t>::max() - digit) / 10) {
                overflow = true;
                break;
            }
            magnitude = magnitude * 10 + digit;
        }
        constexpr std::uint64_t kInt64Max = std::numeric_limits<std::int64_t>::max();
        if (!overflow && !negative) {
            if (magnitude <= kInt64Max)
                slot = static_cast<std::int64_t>(magnitude);
            else
                slot = magnitude;
            return true;
        }
        if (!overflow && magnitude <= kInt64Max + 1) {
            // Modular conversion (well defined since C++20) also covers INT64_MIN.
            slot = static_cast<std::int64_t>(~magnitude + 1);
            return true;
        }
        // Too large for 64 bits: the header's contract is to fall back to a double.
    }
    const auto value = dtdb::detail::decimalToDouble(std::string_view(start, p_ - start));
    if (!value) return fail(start, "Expecting value");
    slot = *value;
    return true;
}

bool Parser::parseString(std::string &out)
{
    const char *open = p_;
    const char *q = p_ + 1;
    const char *run = q;
    for (;;) {
        while (q != end_ && kPlain[static_cast<unsigned char>(*q)])
            ++q;
        if (q == end_) return fail(open, "Unterminated string starting at");
        const auto c = static_cast<unsigned char>(*q);
        if (c >= 0x80) {
            const std::size_t length =
                utf8SequenceLength(reinterpret_cast<const unsigned char *>(q),
                                   reinterpret_cast<const unsigned char *>(end_));
            if (length == 0) return fail(q, "Invalid UTF-8 in string");
            q += length;
            continue;
        }
        out.append(run, q);
        if (c == '"') {
            p_ = q + 1;
            return true;
        }
        if (c != '\\') return fail(q, "Invalid control character at");
        if (!parseEscape(q, out)) return false;
        run = q;
    }
}

bool Parser::parseHex4(const char *q, std::uint32_t &cp) const
{
    if (end_ - q < 4) return false;
    cp = 0;
    for (int i = 0; i < 4; ++i) {
        const int h = hexValue(q[i]);
        if (h < 0) return false;
        cp = cp * 16 + static_cast<std::uint32_t>(h);
    }
    return true;
}

// q points at a backslash; on success it is advanced past the escape.
bool Parser::parseEscape(const char *&q, std::string &out)
{
    if (end_ - q < 2) return fail(p_, "Unterminated string starting at");
    if (q[1] != 'u') {
        // One-letter escapes map position for position onto their characters.
        static constexpr std::string_view letters = "\"\\/bfnrt";
        static constexpr std::string_view meanings = "\"\\/\b\f\n\r\t";
        const std::size_t which = letters.find(q[1]);
        if (which == std::string_view::npos) return fail(q, "Invalid \\escape");
        out.push_back(meanings[which]);
        q += 2;
        return true;
    }
    std::uint32_t cp = 0;
    if (!parseHex4(q + 2, cp)) return fail(q + 1, "Invalid \\uXXXX escape");
    q += 6;
    // A high surrogate followed by an escaped low one forms a pair; any other surrogate is kept
    // alone, as Python does.
    std::uint32_t low = 0;
    if (cp >= 0xD800 && cp <= 0xDBFF && end_ - q >= 2 && q[0] == '\\' && q[1] == 'u' &&
        parseHex4(q + 2, low) && low >= 0xDC00 && low <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        q += 6;
    }
    appendUtf8(out, cp);
    return true;
}

void Parser::fillError(ParseError *error) const
{
    if (!error) return;
    const auto offset = static_cast<std::size_t>(errorAt_ - begin_);
    std::size_t line = 1;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (begin_[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    error->message = errorMessage_;
    error->line = line;
    error->column = offset - lineStart + 1;
    error->offset = offset;
}

// ---------------------------------------------------------------------------------------------

template <typename Int>
void appendInteger(std::string &out, Int value)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr);
}

// Writes Python's repr() of a finite double at `at` (room: detail::kMaxScalarText); returns the
// end.
char *writeFiniteRepr(char *at, double d)
{
    // Scientific form gives the shortest round-trip digits and the decimal exponent, which are
    // then laid out as Python's float_repr_style 'short' does.
    char buffer[40];
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, d, std::chars_format::scientific);
    const char *p = buffer;
    const char *end = result.ptr;
    if (*p == '-') {
        *at++ = '-';
        ++p;
    }
    char digits[24];
    int ndigits = 0;
    for (; p != end && *p != 'e'; ++p) {
        if (*p != '.') digits[ndigits++] = *p;
    }
    int exponent = 0;
    std::from_chars(p + 1 + (p[1] == '+'), end, exponent);
    const int decpt = exponent + 1; // digits[0] sits just before this position
    const auto copy = [&at](const char *from, int count) {
        std::memcpy(at, from, std::size_t(count));
        at += count;
    };
    const auto zeros = [&at](int count) {
        std::memset(at, '0', std::size_t(count));
        at += count;
    };

    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            copy("0.", 2);
            zeros(-decpt);
            copy(digits, ndigits);
        } else if (decpt >= ndigits) {
            copy(digits, ndigits);
            zeros(decpt - ndigits);
            copy(".0", 2);
        } else {
            copy(digits, decpt);
            *at++ = '.';
            copy(digits + decpt, ndigits - decpt);
        }
        return at;
    }
    *at++ = digits[0];
    if (ndigits > 1) {
        *at++ = '.';
        copy(digits + 1, ndigits - 1);
    }
    *at++ = 'e';
    *at++ = exponent < 0 ? '-' : '+';
    const int absExponent = exponent < 0 ? -exponent : exponent;
    if (absExponent < 10) *at++ = '0';
    return std::to_chars(at, at + 4, absExponent).ptr;
}

// Characters json.dumps escapes: '"', '\\' and everything below 0x20.
constexpr std::array<bool, 256> makeEscapeTable()
{
    std::array<bool, 256> table{};
    for (int c = 0; c < 0x20; ++c)
        table[c] = true;
    table['"'] = true;
    table['\\'] = true;
    return table;
}
constexpr std::array<bool, 256> kNeedsEscape = makeEscapeTable();

// The escape json.dumps writes for c, a byte of kNeedsEscape, at `at`; returns the end.
char *writeEscape(char *at, unsigned char c)
{
    const auto two = [at](char second) {
        at[0] = '\\';
        at[1] = second;
        return at + 2;
    };
    switch (c) {
    case '"':
        return two('"');
    case '\\':
        return two('\\');
    case '\n':
        return two('n');
    case '\r':
        return two('r');
    case '\t':
        return two('t');
    case '\b':
        return two('b');
    case '\f':
        return two('f');
    default: {
        static constexpr char hex[] = "0123456789abcdef";
        const char escape[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
        std::memcpy(at, escape, sizeof escape);
        return at + sizeof escape;
    }
    }
}

// Walks s as json.dumps escapes it: copy(run) for each run of bytes written as they are (most
// strings are one run), escape(c) for each byte of kNeedsEscape between them.
template <typename Copy, typename Escape>
void forEachRun(std::string_view s, Copy &&copy, Escape &&escape)
{
    const char *p = s.data();
    const char *end = p + s.size();
    while (p != end) {
        const char *run = p;
        while (p != end && !kNeedsEscape[static_cast<unsigned char>(*p)])
            ++p;
        copy(std::string_view(run, std::size_t(p - run)));
        if (p != end) escape(static_cast<unsigned char>(*p++));
    }
}

// Writes the JSON literal of s at `at` (room: 6 bytes per byte of s, plus 2); returns the end.
char *writeJsonString(char *at, std::string_view s)
{
    *at++ = '"';
    forEachRun(
        s,
        [&at](std::string_view run) {
            std::memcpy(at, run.data(), run.size());
            at += run.size();
        },
        [&at](unsigned char c) { at = writeEscape(at, c); });
    *at++ = '"';
    return at;
}

void appendJsonString(std::string &out, std::string_view s)
{
    out.push_back('"');
    forEachRun(
        s, [&out](std::string_view run) { out.append(run); },
        [&out](unsigned char c) {
            char escape[6];
            out.append(escape, writeEscape(escape, c));
        });
    out.push_back('"');
}

char *writeJsonFloat(char *at, double d)
{
    const auto copy = [at](std::string_view text) {
        std::memcpy(at, text.data(), text.size());
        return at + text.size();
    };
    if (std::isnan(d)) return copy("NaN");
    if (std::isinf(d)) return copy(d > 0 ? "Infinity" : "-Infinity");
    return writeFiniteRepr(at, d);
}

void appendJsonFloat(std::string &out, double d)
{
    char buffer[detail::kMaxScalarText];
    out.append(buffer, writeJsonFloat(buffer, d));
}

// Python's json.dumps layouts. Compact: "," and ":" with nothing around them. Indent2: each
// member on its own line indented by two spaces per level, ",\n" between members, ": " after
// keys, the closing bracket on its own line; empty containers stay "[]" / "{}".
class Writer
{
public:
    Writer(std::string &out, Style style, std::size_t depth = 0)
        : out_(out), indented_(style == Style::Indent2), depth_(depth)
    {
    }

    // Iterative, like the parser, so that every document parse() accepts can be written back
    // without exhausting the call stack.
    void write(const Value &root)
    {
        begin(root);
        while (!stack_.empty()) {
            Open &top = stack_.back();
            const std::size_t level = stack_.size();
            if (top.next == top.size) {
                if (indented_) newline(level - 1);
                out_.push_back(top.object ? '}' : ']');
                stack_.pop();
                continue;
            }
            if (top.next > 0) out_.push_back(',');
            if (indented_) newline(level);
            const Value *child = nullptr;
            if (top.object) {
                const auto &[key, member] = (*top.object)[top.next];
                appendJsonString(out_, key);
                if (indented_)
                    out_.append(": ", 2);
                else
                    out_.push_back(':');
                child = &member;
            } else {
                child = &(*top.array)[top.next];
            }
            ++top.next;
            begin(*child); // may reallocate the stack: `top` is not used afterwards
        }
    }

private:
    // A container whose members are being written.
    struct Open
    {
        const Object::Container *object; // ordered_map hides the vector's index operator
        const Array *array;
        std::size_t size;
        std::size_t next;
    };

    // The containers being written: the first levels live inline, so that writing a usual
    // value allocates nothing (a snapshot writes its items one call each).
    class OpenStack
    {
    public:
        bool empty() const { return size_ == 0; }
        std::size_t size() const { return size_; }
        Open &back() { return size_ <= kInline ? inline_[size_ - 1] : spill_.back(); }
        void push(const Open &open)
        {
            if (size_ < kInline)
                inline_[size_] = open;
            else
                spill_.push_back(open);
            ++size_;
        }
        void pop()
        {
            if (size_ > kInline) spill_.pop_back();
            --size_;
        }

    private:
        static constexpr std::size_t kInline = 16;
        std::array<Open, kInline> inline_; // left uninitialised: written before read
        std::vector<Open> spill_;
        std::size_t size_ = 0;
    };

    // Writes a scalar or an empty container completely; opens any other container.
    void begin(const Value &v)
    {
        switch (v.type()) {
        case Value::value_t::object: {
            const Object::Container &object = *v.get_ptr<const Object *>();
            if (object.empty()) {
                out_.append("{}", 2);
            } else {
                out_.push_back('{');
                stack_.push({&object, nullptr, object.size(), 0});
            }
            break;
        }
        case Value::value_t::array: {
            const Array &array = *v.get_ptr<const Array *>();
            if (array.empty()) {
                out_.append("[]", 2);
            } else {
                out_.push_back('[');
                stack_.push({nullptr, &array, array.size(), 0});
            }
            break;
        }
        case Value::value_t::string:
            appendJsonString(out_, *v.get_ptr<const Value::string_t *>());
            break;
        case Value::value_t::boolean:
            if (*v.get_ptr<const Value::boolean_t *>())
                out_.append("true", 4);
            else
                out_.append("false", 5);
            break;
        case Value::value_t::number_integer:
            appendInteger(out_, *v.get_ptr<const Value::number_integer_t *>());
            break;
        case Value::value_t::number_unsigned:
            appendInteger(out_, *v.get_ptr<const Value::number_unsigned_t *>());
            break;
        case Value::value_t::number_float:
            appendJsonFloat(out_, *v.get_ptr<const Value::number_float_t *>());
            break;
        case Value::value_t::null:
        case Value::value_t::binary:
        case Value::value_t::discarded:
            out_.append("null", 4);
            break;
        }
    }

    void newline(std::size_t level)
    {
        out_.push_back('\n');
        out_.append((level + depth_) * 2, ' ');
    }

    std::string &out_;
    bool indented_;
    std::size_t depth_;
    OpenStack stack_;
};

} // namespace

namespace detail {

char *writeScalarInt(char *at, std::int64_t v)
{
    return std::to_chars(at, at + kMaxScalarText, v).ptr;
}

char *writeScalarUInt(char *at, std::uint64_t v)
{
    return std::to_chars(at, at + kMaxScalarText, v).ptr;
}

char *writeScalarFloat(char *at, double v)
{
    return writeJsonFloat(at, v);
}

char *writeScalarString(char *at, std::string_view s)
{
    return writeJsonString(at, s);
}

std::optional<Value> parseExact(std::string_view text, ParseError *error)
{
    Parser parser(text);
    Value root;
    if (!parser.parseDocument(root)) {
        parser.fillError(error);
        return std::nullopt;
    }
    return root;
}

std::size_t parallelThreshold()
{
    return parallelThresholdSetting.load(std::memory_order_relaxed);
}

void setParallelThreshold(std::size_t elements)
{
    parallelThresholdSetting.store(elements, std::memory_order_relaxed);
}

bool splitForThreads(std::size_t n)
{
    static const bool severalCores = std::thread::hardware_concurrency() > 1;
    return severalCores && n >= parallelThreshold() && n >= 2;
}

} // namespace detail

std::optional<Value> parse(std::string_view text, ParseError *error)
{
    // The fast reader refuses everything it cannot read exactly as the contract says, and gives
    // no error positions: the hand-written reader then decides. It pays off on log entries and
    // query files; on large documents its working memory (a copy of the input, the tape) costs
    // more in first-touch page faults than its speed saves, measured on 18 MB snapshots.
    constexpr std::size_t FastPathLimit = 1 << 20;
    if (text.size() <= FastPathLimit)
        if (std::optional<Value> value = detail::parseFast(text)) return value;
    return detail::parseExact(text, error);
}

std::string write(const Value &v, Style style)
{
    std::string out;
    write(out, v, style);
    return out;
}

void write(std::string &out, const Value &v, Style style)
{
    Writer(out, style).write(v);
}

void write(std::string &out, const Value &v, Style style, std::size_t depth)
{
    Writer(out, style, depth).write(v);
}

void writeString(std::string &out, std::string_view s)
{
    appendJsonString(out, s);
}

void Layout::newline(std::size_t level)
{
    if (m_indented) {
        m_out.push_back('\n');
        m_out.append(level * 2, ' ');
    }
}

void Layout::key(std::size_t level, std::string_view name)
{
    newline(level);
    writeString(m_out, name);
    m_out += m_indented ? ": " : ":";
}

std::string pythonFloatRepr(double d)
{
    if (std::isnan(d)) return "nan";
    if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
    char buffer[detail::kMaxScalarText];
    return std::string(buffer, writeFiniteRepr(buffer, d));
}

} // namespace dtdb::json
