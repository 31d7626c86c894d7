#pragma once

#include "textcursor_p.h"
#include "value.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dtdb {

namespace json {
enum class Style;
}

class Item;

// A shared, immutable item. Items are shared between database states, checkpoints and recorded
// changes, so that a checkpoint of a collection copies pointers, never values. The count is
// atomic: states are read by several threads at once.
class ItemPtr
{
public:
    ItemPtr() = default;
    ItemPtr(std::nullptr_t) {}
    ItemPtr(const ItemPtr &other) : m_item(other.m_item) { retain(); }
    ItemPtr(ItemPtr &&other) noexcept : m_item(std::exchange(other.m_item, nullptr)) {}
    ItemPtr &operator=(const ItemPtr &other)
    {
        ItemPtr(other).swap(*this);
        return *this;
    }
    ItemPtr &operator=(ItemPtr &&other) noexcept
    {
        ItemPtr(std::move(other)).swap(*this);
        return *this;
    }
    ~ItemPtr() { release(); }

    void swap(ItemPtr &other) noexcept { std::swap(m_item, other.m_item); }
    const Item *get() const { return m_item; }
    const Item &operator*() const { return *m_item; }
    const Item *operator->() const { return m_item; }
    explicit operator bool() const { return m_item != nullptr; }
    friend bool operator==(const ItemPtr &a, const ItemPtr &b) { return a.m_item == b.m_item; }
    friend bool operator==(const ItemPtr &a, std::nullptr_t) { return a.m_item == nullptr; }

private:
    friend class Item;
    explicit ItemPtr(Item *adopted) : m_item(adopted) {}
    inline void retain() const;
    inline void release();

    Item *m_item = nullptr;
};

// A read-only position in a packed value (see Item): what it is, its scalar, its members or
// elements. Valid as long as the Item it points into.
class PackedValue
{
public:
    enum class Type : std::uint8_t
    {
        Null,
        False,
        True,
        Int,    // int64
        UInt,   // uint64 above INT64_MAX
        Double, // float
        String,
        Array,
        Object,
    };

    explicit PackedValue(const char *at) : m_at(at) {}

    Type type() const { return Type(std::uint8_t(*m_at)); }
    bool isObject() const { return type() == Type::Object; }
    bool isArray() const { return type() == Type::Array; }
    bool isString() const { return type() == Type::String; }
    bool isNull() const { return type() == Type::Null; }

    std::int64_t asInt() const { return load<std::int64_t>(m_at + 1); }
    std::uint64_t asUInt() const { return load<std::uint64_t>(m_at + 1); }
    double asDouble() const { return load<double>(m_at + 1); }
    std::string_view asString() const;

    // Elements of an array or members of an object.
    std::size_t size() const { return load<std::uint32_t>(m_at + 5); }
    // The member named key of an object (the first, as keys are unique), nullopt when missing
    // or when this is not an object.
    std::optional<PackedValue> find(std::string_view key) const;

    // Calls f(std::string_view key, PackedValue value) for every member of an object, in order.
    template <typename F>
    void forEachMember(F &&f) const
    {
        const char *p = m_at + ContainerHeader;
        for (std::size_t i = 0, n = size(); i < n; ++i) {
            const std::string_view key = readString(p);
            p = key.data() + key.size();
            const PackedValue value(p);
            f(key, value);
            p = value.end();
        }
    }
    // Calls f(PackedValue element) for every element of an array, in order.
    template <typename F>
    void forEachElement(F &&f) const
    {
        const char *p = m_at + ContainerHeader;
        for (std::size_t i = 0, n = size(); i < n; ++i) {
            const PackedValue element(p);
            f(element);
            p = element.end();
        }
    }

    // The decoded value.
    Value toValue() const;
    // Writes the value as json::write would write toValue(), nested `depth` levels deep.
    void write(std::string &out, json::Style style, std::size_t depth = 0) const;
    // Where the packed bytes of this value end.
    const char *end() const;
    const char *begin() const { return m_at; }

    // Tag, byte size of the contents (u32), element or member count (u32).
    static constexpr std::size_t ContainerHeader = 9;

    template <typename T>
    static T load(const char *p)
    {
        T v;
        std::memcpy(&v, p, sizeof v);
        return v;
    }
    // A length-prefixed string starting at p: LEB128 of (length << 1 | plain), then the bytes.
    // `plain`: no byte of it needs escaping in JSON, so a writer copies it as it is.
    static std::string_view readString(const char *p, bool *plain = nullptr);

private:
    const char *m_at;
};

// An item stored in a collection: one JSON value (usually an object) packed into a single
// allocation of a few hundred bytes, instead of a tree of nodes, strings and member vectors.
// A packed item is read in place (fields for filters, sorts and indexes), written as JSON text
// directly, and decoded into a Value only where a whole value is needed (query results, edits).
//
// Objects keep their member order; keys are unique (decoding a text keeps the first position
// and the last value of a repeated key, as Python does, before packing).
class Item
{
public:
    Item(const Item &) = delete;
    Item &operator=(const Item &) = delete;

    static ItemPtr pack(const Value &v);
    // An item from bytes a PackedWriter produced (see below).
    static ItemPtr adopt(std::string_view packed, std::uint32_t nesting);

    PackedValue root() const { return PackedValue(data()); }
    bool isObject() const { return root().isObject(); }
    std::optional<PackedValue> member(std::string_view key) const { return root().find(key); }
    bool contains(std::string_view key) const { return member(key).has_value(); }
    // The member's value decoded, null when missing or when this is not an object: reads of
    // one field without decoding the whole item.
    Value operator[](std::string_view key) const
    {
        const std::optional<PackedValue> v = member(key);
        return v ? v->toValue() : Value();
    }
    Value toValue() const { return root().toValue(); }

    // How many levels the deepest value lies below the item itself (0 for a scalar, 1 for the
    // members of a flat object): what the reference's deep copy depth limit looks at.
    std::uint32_t nesting() const { return m_nesting; }
    std::size_t packedSize() const { return m_size; }
    std::string_view packed() const { return {data(), m_size}; }

    // Writes the item as json::write would write toValue(), nested `depth` levels deep.
    void write(std::string &out, json::Style style, std::size_t depth = 0) const;

    // A copy with the members of `overrides` (an object) assigned: existing keys keep their
    // position, new ones follow in the order of `overrides`. Null when this is not an object.
    ItemPtr withMembers(const Value &overrides) const;

private:
    friend class ItemPtr;
    Item(std::uint32_t size, std::uint32_t nesting) : m_size(size), m_nesting(nesting) {}
    const char *data() const { return reinterpret_cast<const char *>(this + 1); }
    char *data() { return reinterpret_cast<char *>(this + 1); }
    static void destroy(Item *item);

    mutable std::atomic<std::uint32_t> m_refs{1};
    std::uint32_t m_size;
    std::uint32_t m_nesting;
    std::uint32_t m_reserved = 0;
};

inline void ItemPtr::retain() const
{
    if (m_item) m_item->m_refs.fetch_add(1, std::memory_order_relaxed);
}

inline void ItemPtr::release()
{
    if (m_item && m_item->m_refs.fetch_sub(1, std::memory_order_acq_rel) == 1)
        Item::destroy(m_item);
    m_item = nullptr;
}

// Builds packed bytes piece by piece, for readers that pack straight from their own parse
// (no Value in between). Containers are opened, filled and closed; scalars are appended.
class PackedWriter
{
public:
    void clear()
    {
        m_bytes.clear();
        m_open.clear();
        m_nesting = 0;
    }
    void null() { tag(PackedValue::Type::Null); }
    void boolean(bool b) { tag(b ? PackedValue::Type::True : PackedValue::Type::False); }
    void integer(std::int64_t i) { scalar(PackedValue::Type::Int, i); }
    void unsignedInteger(std::uint64_t u) { scalar(PackedValue::Type::UInt, u); }
    void floating(double d) { scalar(PackedValue::Type::Double, d); }
    void string(std::string_view s) { text(s, true); }
    void key(std::string_view k) { text(k, false); }
    void openArray() { open(PackedValue::Type::Array); }
    void openObject() { open(PackedValue::Type::Object); }
    // Closes the innermost container, which holds `count` elements or members.
    void close(std::uint32_t count);
    // Appends a packed value as it is.
    void raw(PackedValue v, std::uint32_t nestingBelow);
    void value(const Value &v);

    std::string_view bytes() const { return m_bytes.text(); }
    std::uint32_t nesting() const { return m_nesting; }
    ItemPtr finish() const { return Item::adopt(bytes(), m_nesting); }

private:
    // The bytes are written through a local pointer, stored back once (see TextCursor).
    char *room(std::size_t n)
    {
        m_bytes.need(n);
        return m_bytes.at();
    }
    void tag(PackedValue::Type t)
    {
        char *at = room(1);
        *at = char(t);
        m_bytes.moveTo(at + 1);
        if (m_open.size() > m_nesting) m_nesting = std::uint32_t(m_open.size());
    }
    template <typename T>
    void scalar(PackedValue::Type t, T v)
    {
        tag(t);
        char *at = room(sizeof v);
        std::memcpy(at, &v, sizeof v);
        m_bytes.moveTo(at + sizeof v);
    }
    // A string (with its type tag) or a key (without).
    void text(std::string_view s, bool tagged);
    void open(PackedValue::Type t);

    detail::TextCursor m_bytes;
    std::vector<std::size_t> m_open; // where the open containers start
    std::uint32_t m_nesting = 0;
};

} // namespace dtdb
