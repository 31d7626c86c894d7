#pragma once

// Private to the engine: the simdjson side of the fast reader, for readers that look at part of
// a document in place and convert only the rest into Values (see entryscan.cpp).

#include "item.h"
#include "value.h"

#include <simdjson.h>

#include <memory>
#include <optional>
#include <string_view>
#include <unordered_set>

namespace dtdb::json::detail {

// The keys of one object as they are met, telling a repeated one: a linear check for the usual
// small objects, a hash set beyond, so that objects with many keys stay linear in time.
class KeySet
{
public:
    // False when `key` was inserted before.
    bool insert(std::string_view key);

private:
    static constexpr std::size_t Linear = 16;
    // Left uninitialised: a set is made for every object read, most hold a few keys.
    struct Key
    {
        const char *data;
        std::size_t size;
    };
    Key m_first[Linear];
    std::size_t m_count = 0;
    std::unique_ptr<std::unordered_set<std::string_view>> m_many;
};

// The value of the last member of `object` named key (a repeated key's last value wins, as in
// a Python dict), or nothing.
std::optional<simdjson::dom::element> lastMember(simdjson::dom::object object,
                                                 std::string_view key);

// Parses text with this thread's parser: root stays valid until the thread parses again. False
// when simdjson refuses the text (the exact reader may still accept it).
bool parseElement(std::string_view text, simdjson::dom::element &root);

// Parses a large text with a parser made for it (parser.allocate(text.size(), ...) called
// before), as parser.parse(text, size, copy) does. A fresh parser's buffers are new memory,
// and their first touches cost more than the parsing itself on virtual machines (~2 µs per
// 4 KB page): the second thread makes them present ahead of the parser meanwhile.
simdjson::error_code parseFresh(simdjson::dom::parser &parser, std::string_view text, bool copy,
                                simdjson::dom::element &root);

// Converts e, a value nested `depth` containers deep in its document, into out exactly as
// parseFast converts a whole document (duplicate keys keep the first position and the last
// value). False when the document is deeper than kMaxDepth.
bool convertElement(simdjson::dom::element e, Value &out, std::size_t depth);
// Packs every element of an array in order, as Item::pack(convert(element)) would, straight
// from the DOM; the two halves of a large array on two threads. False when an element holds an
// object with a repeated key or lies more than maxNesting levels deep (callers then take the
// way through a Value, which has the exact rules and errors).
bool packElements(simdjson::dom::array array, std::vector<ItemPtr> &out, std::uint32_t maxNesting);

} // namespace dtdb::json::detail
