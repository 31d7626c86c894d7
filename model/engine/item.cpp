// Packed items. The layout of a value, all integers little-endian as the machine stores them:
//   null, false, true      1 byte: the type
//   int, uint, float       the type, then the 8 bytes of the int64 / uint64 / double
//   string                 the type, then (length << 1 | plain) as LEB128 and the UTF-8 bytes;
//                          plain: nothing in it needs escaping in JSON (most strings), so
//                          writing it is a copy
//   array, object          the type, the byte size of what follows the header (u32), the
//                          element or member count (u32), then the elements, or for each
//                          member its key (as a string, without the type) and its value
// The byte size lets a reader step over a container without walking it.

#include "item.h"

#include "jsonio.h"
#include "jsonio_p.h"
#include "textcursor_p.h"

#include <algorithm>
#include <new>
#include <stdexcept>

namespace dtdb {

namespace {

using Type = PackedValue::Type;

std::size_t scalarSize(Type t)
{
    switch (t) {
    case Type::Int:
    case Type::UInt:
    case Type::Double:
        return 9;
    default:
        return 1;
    }
}

// Writes packed values as JSON text, compact or indented (`Indented`) as json::write lays
// them out, for a root nested `depth` containers deep in its document. The write position is
// passed along as a plain pointer, not kept in the cursor: stores through a char pointer may
// alias anything, so a position in memory would be reloaded after every character.
template <bool Indented>
class PackedJsonWriter
{
public:
    PackedJsonWriter(detail::TextCursor &out, std::size_t depth) : m_out(out), m_depth(depth) {}

    void write(PackedValue v) { m_out.moveTo(value(m_out.at(), v, 0)); }

private:
    char *value(char *at, PackedValue v, std::size_t level)
    {
        using json::detail::kMaxScalarText;
        switch (v.type()) {
        case Type::Null:
            return put(at, "null");
        case Type::False:
            return put(at, "false");
        case Type::True:
            return put(at, "true");
        case Type::Int:
            return json::detail::writeScalarInt(need(at, kMaxScalarText), v.asInt());
        case Type::UInt:
            return json::detail::writeScalarUInt(need(at, kMaxScalarText), v.asUInt());
        case Type::Double:
            return json::detail::writeScalarFloat(need(at, kMaxScalarText), v.asDouble());
        case Type::String:
            return string(at, v.begin() + 1, 0).first;
        case Type::Array:
            return array(at, v, level);
        case Type::Object:
            return object(at, v, level);
        }
        return at;
    }

    char *array(char *at, PackedValue v, std::size_t level)
    {
        if (v.size() == 0) return put(at, "[]");
        at = put(at, "[");
        bool first = true;
        v.forEachElement([&](PackedValue e) {
            at = value(separator(at, !first, level + 1), e, level + 1);
            first = false;
        });
        return close(at, ']', level);
    }

    char *object(char *at, PackedValue v, std::size_t level)
    {
        if (v.size() == 0) return put(at, "{}");
        at = put(at, "{");
        const char *p = v.begin() + PackedValue::ContainerHeader;
        for (std::size_t i = 0, n = v.size(); i < n; ++i) {
            at = separator(at, i > 0, level + 1);
            // The key and its colon, in the room made for the key.
            const auto [afterKey, member] = string(at, p, 2);
            at = afterKey;
            *at++ = ':';
            if constexpr (Indented) *at++ = ' ';
            const PackedValue value(member);
            at = this->value(at, value, level + 1);
            p = value.end();
        }
        return close(at, '}', level);
    }

    // Writes the length-prefixed string at p, with `extra` bytes of room after it. Returns
    // where the text ends and where the string's packed bytes end.
    std::pair<char *, const char *> string(char *at, const char *p, std::size_t extra)
    {
        bool plain = false;
        const std::string_view s = PackedValue::readString(p, &plain);
        const char *end = s.data() + s.size();
        if (!plain)
            return {json::detail::writeScalarString(need(at, 6 * s.size() + 2 + extra), s), end};
        at = need(at, s.size() + 2 + extra);
        *at++ = '"';
        at = copySmall(at, s);
        *at++ = '"';
        return {at, end};
    }

    // Most strings are short: copied without a call to memcpy for a variable length.
    static char *copySmall(char *at, std::string_view s)
    {
        const std::size_t n = s.size();
        if (n >= 8 && n <= 16) {
            std::memcpy(at, s.data(), 8);
            std::memcpy(at + n - 8, s.data() + n - 8, 8);
        } else if (n >= 4 && n < 8) {
            std::memcpy(at, s.data(), 4);
            std::memcpy(at + n - 4, s.data() + n - 4, 4);
        } else {
            std::memcpy(at, s.data(), n);
        }
        return at + n;
    }

    char *separator(char *at, bool comma, std::size_t level)
    {
        at = need(at, 2 + indent(level));
        if (comma) *at++ = ',';
        if constexpr (Indented) at = newline(at, level);
        return at;
    }

    char *close(char *at, char bracket, std::size_t level)
    {
        at = need(at, 2 + indent(level));
        if constexpr (Indented) at = newline(at, level);
        *at++ = bracket;
        return at;
    }

    std::size_t indent(std::size_t level) const { return Indented ? (level + m_depth) * 2 : 0; }

    char *newline(char *at, std::size_t level)
    {
        *at++ = '\n';
        std::memset(at, ' ', indent(level));
        return at + indent(level);
    }

    char *put(char *at, std::string_view literal)
    {
        at = need(at, literal.size());
        std::memcpy(at, literal.data(), literal.size());
        return at + literal.size();
    }

    // At least n bytes of room at the returned position, which is `at` unless the buffer grew.
    char *need(char *at, std::size_t n)
    {
        if (std::size_t(m_out.end() - at) >= n) [[likely]]
            return at;
        m_out.moveTo(at);
        m_out.need(n);
        return m_out.at();
    }

    detail::TextCursor &m_out;
    std::size_t m_depth;
};

// How many levels the deepest value inside v lies below v.
std::uint32_t nestingBelow(PackedValue v)
{
    std::uint32_t deepest = 0;
    if (v.isArray())
        v.forEachElement([&](PackedValue e) { deepest = std::max(deepest, 1 + nestingBelow(e)); });
    else if (v.isObject())
        v.forEachMember([&](std::string_view, PackedValue m) {
            deepest = std::max(deepest, 1 + nestingBelow(m));
        });
    return deepest;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// PackedValue

std::string_view PackedValue::readString(const char *p, bool *plain)
{
    std::size_t length = 0;
    int shift = 0;
    for (;;) {
        const auto byte = std::uint8_t(*p++);
        length |= std::size_t(byte & 0x7f) << shift;
        if (!(byte & 0x80)) break;
        shift += 7;
    }
    if (plain) *plain = length & 1;
    return {p, length >> 1};
}

std::string_view PackedValue::asString() const
{
    return readString(m_at + 1);
}

const char *PackedValue::end() const
{
    switch (type()) {
    case Type::String: {
        const std::string_view s = asString();
        return s.data() + s.size();
    }
    case Type::Array:
    case Type::Object:
        return m_at + ContainerHeader + load<std::uint32_t>(m_at + 1);
    default:
        return m_at + scalarSize(type());
    }
}

std::optional<PackedValue> PackedValue::find(std::string_view key) const
{
    if (!isObject()) return std::nullopt;
    const char *p = m_at + ContainerHeader;
    for (std::size_t i = 0, n = size(); i < n; ++i) {
        const std::string_view k = readString(p);
        const PackedValue value(k.data() + k.size());
        if (k == key) return value;
        p = value.end();
    }
    return std::nullopt;
}

Value PackedValue::toValue() const
{
    switch (type()) {
    case Type::Null:
        return nullptr;
    case Type::False:
        return false;
    case Type::True:
        return true;
    case Type::Int:
        return asInt();
    case Type::UInt:
        return asUInt();
    case Type::Double:
        return asDouble();
    case Type::String:
        return Value::string_t(asString());
    case Type::Array: {
        Value out = Value::array();
        Value::array_t &elements = *out.get_ptr<Value::array_t *>();
        elements.reserve(size());
        forEachElement([&](PackedValue e) { elements.push_back(e.toValue()); });
        return out;
    }
    case Type::Object: {
        Value out = Value::object();
        // ordered_map's own emplace scans for the key; packed keys are unique already.
        Value::object_t::Container &members = *out.get_ptr<Value::object_t *>();
        members.reserve(size());
        forEachMember([&](std::string_view key, PackedValue member) {
            members.emplace_back(std::string(key), member.toValue());
        });
        return out;
    }
    }
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Item

ItemPtr Item::adopt(std::string_view packed, std::uint32_t nesting)
{
    if (packed.size() > UINT32_MAX) throw std::length_error("item larger than 4 GB");
    void *memory = ::operator new(sizeof(Item) + packed.size());
    Item *item = new (memory) Item(std::uint32_t(packed.size()), nesting);
    std::memcpy(item->data(), packed.data(), packed.size());
    return ItemPtr(item);
}

void Item::destroy(Item *item)
{
    item->~Item();
    ::operator delete(item);
}

ItemPtr Item::pack(const Value &v)
{
    thread_local PackedWriter writer;
    writer.clear();
    writer.value(v);
    return writer.finish();
}

void PackedValue::write(std::string &out, json::Style style, std::size_t depth) const
{
    // Written through this thread's cursor, then appended in one piece. The cursor keeps its
    // buffer for the next item unless one item made it large.
    thread_local detail::TextCursor cursor;
    cursor.clear(std::size_t(1) << 20);
    if (style == json::Style::Indent2)
        PackedJsonWriter<true>(cursor, depth).write(*this);
    else
        PackedJsonWriter<false>(cursor, depth).write(*this);
    out.append(cursor.text());
}

void Item::write(std::string &out, json::Style style, std::size_t depth) const
{
    root().write(out, style, depth);
}

ItemPtr Item::withMembers(const Value &overrides) const
{
    const PackedValue object = root();
    if (!object.isObject() || !overrides.is_object()) return nullptr;
    thread_local PackedWriter writer;
    writer.clear();
    writer.openObject();
    std::uint32_t count = 0;
    object.forEachMember([&](std::string_view key, PackedValue member) {
        writer.key(key);
        const auto it = overrides.find(key);
        if (it != overrides.end())
            writer.value(*it);
        else
            writer.raw(member, nestingBelow(member));
        ++count;
    });
    for (const auto &[key, value] : overrides.items()) {
        if (object.find(key)) continue;
        writer.key(key);
        writer.value(value);
        ++count;
    }
    writer.close(count);
    ItemPtr item = writer.finish();
    return item;
}

// ---------------------------------------------------------------------------------------------
// PackedWriter

namespace {

// Whether no byte of s needs escaping in JSON (below 0x20, '"' or '\\'), eight bytes at a time.
bool isPlain(std::string_view s)
{
    constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    const auto hasZeroByte = [](std::uint64_t w) { return (w - ones) & ~w & highs; };
    const char *p = s.data();
    const char *end = p + s.size();
    for (; end - p >= 8; p += 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        // A byte below 0x20 (without a high bit), or one equal to '"' or '\\'.
        const std::uint64_t below = (w - ones * 0x20) & ~w & highs;
        if (below | hasZeroByte(w ^ (ones * '"')) | hasZeroByte(w ^ (ones * '\\'))) return false;
    }
    for (; p != end; ++p)
        if (static_cast<unsigned char>(*p) < 0x20 || *p == '"' || *p == '\\') return false;
    return true;
}

} // namespace

void PackedWriter::text(std::string_view s, bool tagged)
{
    // Type tag, LEB128 of the length (at most 10 bytes), the bytes.
    char *at = room(1 + 10 + s.size());
    if (tagged) {
        *at++ = char(PackedValue::Type::String);
        if (m_open.size() > m_nesting) m_nesting = std::uint32_t(m_open.size());
    }
    std::size_t n = s.size() << 1 | std::size_t(isPlain(s));
    while (n >= 0x80) {
        *at++ = char(std::uint8_t(n) | 0x80);
        n >>= 7;
    }
    *at++ = char(n);
    std::memcpy(at, s.data(), s.size());
    m_bytes.moveTo(at + s.size());
}

void PackedWriter::open(PackedValue::Type t)
{
    tag(t);
    m_open.push_back(m_bytes.text().size() - 1);
    m_bytes.moveTo(room(8) + 8); // size and count, written by close()
}

void PackedWriter::close(std::uint32_t count)
{
    const std::size_t start = m_open.back();
    m_open.pop_back();
    const std::size_t contents = m_bytes.text().size() - start - PackedValue::ContainerHeader;
    if (contents > UINT32_MAX) throw std::length_error("item larger than 4 GB");
    const auto size = std::uint32_t(contents);
    std::memcpy(m_bytes.begin() + start + 1, &size, 4);
    std::memcpy(m_bytes.begin() + start + 5, &count, 4);
}

void PackedWriter::raw(PackedValue v, std::uint32_t nestingBelow)
{
    const auto n = std::size_t(v.end() - v.begin());
    char *at = room(n);
    std::memcpy(at, v.begin(), n);
    m_bytes.moveTo(at + n);
    const auto depth = std::uint32_t(m_open.size()) + nestingBelow;
    if (depth > m_nesting) m_nesting = depth;
}

void PackedWriter::value(const Value &v)
{
    switch (v.type()) {
    case Value::value_t::null:
    case Value::value_t::binary:
    case Value::value_t::discarded:
        null();
        return;
    case Value::value_t::boolean:
        boolean(v.get<bool>());
        return;
    case Value::value_t::number_integer:
        integer(v.get<std::int64_t>());
        return;
    case Value::value_t::number_unsigned: {
        // Values read from JSON are int64 unless above INT64_MAX; built ones may be unsigned
        // below it. Both mean the same Python int.
        const auto u = v.get<std::uint64_t>();
        if (u <= std::uint64_t(INT64_MAX))
            integer(std::int64_t(u));
        else
            unsignedInteger(u);
        return;
    }
    case Value::value_t::number_float:
        floating(v.get<double>());
        return;
    case Value::value_t::string:
        string(v.get_ref<const std::string &>());
        return;
    case Value::value_t::array:
        openArray();
        for (const Value &e : v)
            value(e);
        close(std::uint32_t(v.size()));
        return;
    case Value::value_t::object:
        openObject();
        for (const auto &[k, member] : v.items()) {
            key(k);
            value(member);
        }
        close(std::uint32_t(v.size()));
        return;
    }
}

} // namespace dtdb
