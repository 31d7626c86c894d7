// The fast JSON reader: simdjson parses the text into its DOM at GB/s, which is then converted
// into a Value. Whatever simdjson refuses goes to the hand-written reader, so this file only has
// to give the same value for everything it accepts (see jsonio.h for the contract).
//
// Where the two could differ and how it is handled:
//  * duplicate keys: simdjson keeps every member; the conversion keeps the first position and
//    the last value, like Parser::memberSlot;
//  * numbers: simdjson classifies integers the same way (int64, then uint64, "-0" is the integer
//    0) but refuses integers beyond 64 bits and floats beyond double's range, which Python turns
//    into doubles: those documents are left to the hand-written reader;
//  * NaN, Infinity, a UTF-8 BOM, lone surrogates and invalid UTF-8 are refused by simdjson;
//  * nesting: simdjson allows 1024 levels, the conversion refuses more than kMaxDepth.

#include "fastjson_p.h"
#include "jsonio_p.h"
#include "presentmemory_p.h"
#include "twothreads_p.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <memory>
#include <unordered_map>
#include <vector>

namespace dtdb::json::detail {

namespace {

namespace dom = simdjson::dom;
using Object = Value::object_t;
using Array = Value::array_t;

// Documents up to this size are parsed by a parser kept per thread (JSON Lines logs parse
// thousands of small lines); larger ones get a parser of their own, so that its buffers, a
// dozen times the size of the text, are not kept alive afterwards.
constexpr std::size_t kReusedParserLimit = 64 * 1024;

// Calls convert(first, last, index) on the two halves of an array of `size` elements, the
// second half on another thread; true when both halves return true.
template <typename Convert>
bool onTwoHalves(dom::array array, std::size_t size, const Convert &convert)
{
    auto middle = array.begin();
    const std::size_t half = size / 2;
    for (std::size_t i = 0; i < half; ++i)
        ++middle;
    bool firstOk = false, secondOk = false;
    dtdb::detail::runOnTwoThreads([&] { firstOk = convert(array.begin(), middle, std::size_t(0)); },
                                  [&] { secondOk = convert(middle, array.end(), half); });
    return firstOk && secondOk;
}

// Element or member count: dom::array::size() and dom::object::size() saturate at 0xFFFFFF.
template <typename Container>
std::size_t exactSize(const Container &container)
{
    std::size_t size = container.size();
    if (size < 0xFFFFFF) return size;
    size = 0;
    for (auto it = container.begin(); it != container.end(); ++it)
        ++size;
    return size;
}

class Converter
{
public:
    // A converter that may hand half of a large array to a second thread.
    explicit Converter(bool mayUseThread) : mayUseThread_(mayUseThread) {}

    // Converts e into slot, a value nested `depth` containers deep. False when the document is
    // deeper than kMaxDepth.
    bool convert(dom::element e, Value &slot, std::size_t depth);

private:
    struct Frame
    {
        Array *array = nullptr;              // set for arrays
        Object::Container *object = nullptr; // set for objects
        dom::array::iterator element;
        dom::array::iterator elementsEnd;
        dom::object::iterator member;
        dom::object::iterator membersEnd;
        // Built once an object has kIndexThreshold members; keys point into simdjson's strings.
        std::unique_ptr<std::unordered_map<std::string_view, std::size_t>> index;
    };

    // Gives slot the value of e when it is a scalar or an empty container; pushes a frame for
    // any other container. False on excessive depth.
    bool begin(dom::element e, Value &slot, std::size_t depth);
    bool convertSplit(dom::array array, std::size_t size, Array &target, std::size_t depth);
    Value &memberSlot(Frame &frame, std::string_view key);

    bool mayUseThread_;
    std::vector<Frame> stack_;
};

bool Converter::convert(dom::element e, Value &slot, std::size_t depth)
{
    const std::size_t base = stack_.size();
    if (!begin(e, slot, depth)) return false;
    while (stack_.size() > base) {
        Frame &top = stack_.back();
        const std::size_t childDepth = depth + (stack_.size() - base);
        if (top.array) {
            if (top.element == top.elementsEnd) {
                stack_.pop_back();
                continue;
            }
            const dom::element child = *top.element;
            ++top.element;
            // begin() may push onto stack_: nothing refers to `top` afterwards.
            if (!begin(child, top.array->emplace_back(), childDepth)) return false;
        } else {
            if (top.member == top.membersEnd) {
                stack_.pop_back();
                continue;
            }
            const std::string_view key = top.member.key();
            const dom::element child = top.member.value();
            ++top.member;
            if (!begin(child, memberSlot(top, key), childDepth)) return false;
        }
    }
    return true;
}

bool Converter::begin(dom::element e, Value &slot, std::size_t depth)
{
    switch (e.type()) {
    case dom::element_type::ARRAY: {
        if (depth >= kMaxDepth) return false;
        const dom::array array = e.get_array().value_unsafe();
        slot = Value(Value::value_t::array);
        Array &target = *slot.get_ptr<Array *>();
        const std::size_t size = exactSize(array);
        if (size == 0) return true;
        if (mayUseThread_ && splitForThreads(size))
            return convertSplit(array, size, target, depth + 1);
        target.reserve(size);
        Frame frame;
        frame.array = &target;
        frame.element = array.begin();
        frame.elementsEnd = array.end();
        stack_.push_back(std::move(frame));
        return true;
    }
    case dom::element_type::OBJECT: {
        if (depth >= kMaxDepth) return false;
        const dom::object object = e.get_object().value_unsafe();
        slot = Value(Value::value_t::object);
        // ordered_map hides the vector's emplace_back behind its own key-scanning emplace.
        Object::Container &target = *slot.get_ptr<Object *>();
        const std::size_t size = exactSize(object);
        if (size == 0) return true;
        // Reserved exactly (duplicates only make it smaller): a member's type pair<const
        // std::string, Value> cannot be moved, so a reallocation would deep-copy every member,
        // and the duplicate index points at the members' keys.
        target.reserve(size);
        Frame frame;
        frame.object = &target;
        frame.member = object.begin();
        frame.membersEnd = object.end();
        stack_.push_back(std::move(frame));
        return true;
    }
    case dom::element_type::INT64:
        slot = e.get_int64().value_unsafe();
        return true;
    case dom::element_type::UINT64:
        slot = e.get_uint64().value_unsafe();
        return true;
    case dom::element_type::DOUBLE:
        slot = e.get_double().value_unsafe();
        return true;
    case dom::element_type::STRING: {
        const std::string_view s = e.get_string().value_unsafe();
        slot = Value::string_t(s);
        return true;
    }
    case dom::element_type::BOOL:
        slot = e.get_bool().value_unsafe();
        return true;
    case dom::element_type::NULL_VALUE:
        slot = nullptr;
        return true;
    }
    return false;
}

// A repeated key reuses the first member's position and its value is overwritten, as a Python
// dict does.
Value &Converter::memberSlot(Frame &frame, std::string_view key)
{
    Object::Container &members = *frame.object;
    if (frame.index) {
        const auto [it, inserted] = frame.index->try_emplace(key, members.size());
        if (!inserted) {
            Value &existing = members[it->second].second;
            existing = nullptr;
            return existing;
        }
    } else {
        for (auto &member : members) {
            if (member.first == key) {
                member.second = nullptr;
                return member.second;
            }
        }
        if (members.size() + 1 >= kIndexThreshold) {
            frame.index = std::make_unique<std::unordered_map<std::string_view, std::size_t>>();
            for (std::size_t i = 0; i < members.size(); ++i)
                frame.index->emplace(members[i].first, i);
            frame.index->emplace(key, members.size());
        }
    }
    return members.emplace_back(std::string(key), nullptr).second;
}

// Converts the elements of a large array in two halves, the second one on another thread.
// Neither half splits again.
bool Converter::convertSplit(dom::array array, std::size_t size, Array &target, std::size_t depth)
{
    target.resize(size);
    return onTwoHalves(
        array, size,
        [&target, depth](dom::array::iterator first, dom::array::iterator last, std::size_t index) {
            Converter converter(false);
            for (; first != last; ++first, ++index)
                if (!converter.convert(*first, target[index], depth)) return false;
            return true;
        });
}

// The parser of parseElement, whose callers read parts in place instead of converting them:
// it refuses what is nested deeper than kMaxDepth, which the conversion would refuse. It may
// refuse a little more (simdjson counts an object's nesting one deeper than an array's); such
// documents then take the full way.
dom::parser &inPlaceParser()
{
    thread_local dom::parser parser = [] {
        dom::parser p;
        // It grows with the documents, keeping the depth; without memory for 4 KB, parsing
        // fails later anyway.
        [[maybe_unused]] const auto error = p.allocate(4096, kMaxDepth);
        return p;
    }();
    return parser;
}

std::optional<Value> convertDocument(dom::element root)
{
    Value value;
    if (!Converter(true).convert(root, value, 0)) return std::nullopt;
    return value;
}

} // namespace

namespace {

// Packs e into w; false on a repeated key or beyond maxNesting.
bool packInto(dom::element e, PackedWriter &w, std::uint32_t depth, std::uint32_t maxNesting)
{
    if (depth > maxNesting) return false;
    switch (e.type()) {
    case dom::element_type::ARRAY: {
        const dom::array array = e.get_array().value_unsafe();
        w.openArray();
        std::uint32_t count = 0;
        for (const dom::element child : array) {
            if (!packInto(child, w, depth + 1, maxNesting)) return false;
            ++count;
        }
        w.close(count);
        return true;
    }
    case dom::element_type::OBJECT: {
        const dom::object object = e.get_object().value_unsafe();
        w.openObject();
        std::uint32_t count = 0;
        KeySet keys; // a repeated key (rare) is left to the way through a Value
        for (const dom::key_value_pair member : object) {
            if (!keys.insert(member.key)) return false;
            w.key(member.key);
            if (!packInto(member.value, w, depth + 1, maxNesting)) return false;
            ++count;
        }
        w.close(count);
        return true;
    }
    case dom::element_type::INT64:
        w.integer(e.get_int64().value_unsafe());
        return true;
    case dom::element_type::UINT64:
        w.unsignedInteger(e.get_uint64().value_unsafe());
        return true;
    case dom::element_type::DOUBLE:
        w.floating(e.get_double().value_unsafe());
        return true;
    case dom::element_type::STRING:
        w.string(e.get_string().value_unsafe());
        return true;
    case dom::element_type::BOOL:
        w.boolean(e.get_bool().value_unsafe());
        return true;
    case dom::element_type::NULL_VALUE:
        w.null();
        return true;
    }
    return false;
}

bool packRange(dom::array::iterator first, dom::array::iterator last, ItemPtr *out,
               std::uint32_t maxNesting)
{
    PackedWriter writer;
    for (; first != last; ++first, ++out) {
        writer.clear();
        if (!packInto(*first, writer, 0, maxNesting)) return false;
        *out = writer.finish();
    }
    return true;
}

} // namespace

bool KeySet::insert(std::string_view key)
{
    if (m_count < Linear) {
        for (std::size_t i = 0; i < m_count; ++i)
            if (m_first[i].size == key.size() &&
                std::memcmp(m_first[i].data, key.data(), key.size()) == 0)
                return false;
        m_first[m_count++] = {key.data(), key.size()};
        return true;
    }
    if (!m_many) {
        m_many = std::make_unique<std::unordered_set<std::string_view>>();
        for (const Key &k : m_first)
            m_many->emplace(k.data, k.size);
    }
    return m_many->insert(key).second;
}

bool packElements(dom::array array, std::vector<ItemPtr> &out, std::uint32_t maxNesting)
{
    const std::size_t size = exactSize(array);
    const std::size_t base = out.size();
    if (size == 0) return true;
    out.resize(base + size);
    ItemPtr *slots = out.data() + base;
    if (!splitForThreads(size)) return packRange(array.begin(), array.end(), slots, maxNesting);
    return onTwoHalves(array, size,
                       [slots, maxNesting](dom::array::iterator first, dom::array::iterator last,
                                           std::size_t index) {
                           return packRange(first, last, slots + index, maxNesting);
                       });
}

std::optional<dom::element> lastMember(dom::object object, std::string_view key)
{
    std::optional<dom::element> found;
    for (const dom::key_value_pair member : object)
        if (member.key == key) found = member.value;
    return found;
}

bool parseElement(std::string_view text, dom::element &root)
{
    // Only texts small enough for the thread's parser: root must outlive this call.
    if (text.empty() || text.size() > kReusedParserLimit) return false;
    return !inPlaceParser().parse(text.data(), text.size()).get(root);
}

bool convertElement(dom::element e, Value &out, std::size_t depth)
{
    return Converter(false).convert(e, out, depth);
}

simdjson::error_code parseFresh(dom::parser &parser, std::string_view text, bool copy,
                                dom::element &root)
{
    // Below this, a page fault per page costs less than a second thread.
    constexpr std::size_t kFrom = 1 << 20;
    if (text.size() < kFrom || !splitForThreads(text.size()) || !parser.implementation)
        return parser.parse(text.data(), text.size(), copy).get(root);
    // The document's buffers are otherwise made by parse() itself.
    if (parser.doc.capacity() < text.size())
        if (const auto error = parser.doc.allocate(text.size())) return error;
    // simdjson's buffers (public members, documented as private): the structural indexes that
    // stage 1 fills first, then the tape and the strings that stage 2 fills side by side. How
    // much of each a text needs per byte, in snapshots of records (measured: 0.92, 1.18, 1.05
    // bytes), a little more; beyond that, pages fault in as usual.
    struct Buffer
    {
        char *begin;
        std::size_t bytes;
    };
    const std::size_t n = text.size();
    const Buffer indexes{reinterpret_cast<char *>(parser.implementation->structural_indexes.get()),
                         n};
    const Buffer tape{reinterpret_cast<char *>(parser.doc.tape.get()), n * 3 / 2};
    const Buffer strings{reinterpret_cast<char *>(parser.doc.string_buf.get()), n * 5 / 4};
    std::atomic<bool> parsed{false};
    simdjson::error_code error = simdjson::SUCCESS;
    dtdb::detail::runOnTwoThreads(
        [&] {
            error = parser.parse(text.data(), text.size(), copy).get(root);
            parsed = true;
        },
        [&] {
            // In slices, so as to stop soon once the parser is done.
            constexpr std::size_t kSlice = 256 << 10;
            const double share = double(strings.bytes) / double(tape.bytes);
            for (std::size_t at = 0; at < indexes.bytes && !parsed; at += kSlice)
                dtdb::detail::makePresent(indexes.begin + at, std::min(kSlice, indexes.bytes - at));
            for (std::size_t at = 0; at < tape.bytes && !parsed; at += kSlice) {
                dtdb::detail::makePresent(tape.begin + at, std::min(kSlice, tape.bytes - at));
                dtdb::detail::makePresent(strings.begin + std::size_t(double(at) * share),
                                          std::size_t(double(kSlice) * share));
            }
        });
    return error;
}

std::optional<Value> parseFast(std::string_view text)
{
    // Not valid JSON, and a default string_view's null data must not reach simdjson's memcpy.
    if (text.empty()) return std::nullopt;
    dom::element root;
    if (text.size() <= kReusedParserLimit) {
        thread_local dom::parser parser;
        if (parser.parse(text.data(), text.size()).get(root)) return std::nullopt;
        return convertDocument(root);
    }
    dom::parser parser;
    if (parser.allocate(text.size()) || parseFresh(parser, text, true, root)) return std::nullopt;
    return convertDocument(root);
}

} // namespace dtdb::json::detail
