#pragma once

// Private to the engine (and its tests): the two JSON readers behind json::parse and the knob
// that decides when reading and writing use a second thread.

#include "jsonio.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dtdb::json::detail {

// Deeper documents are refused instead of exhausting memory or the stack of recursive users
// (nlohmann's copy and destruction recurse, and worker threads have small stacks). Python's
// own json.loads gives up near 1000 levels, so nothing the reference wrote is deeper.
inline constexpr std::size_t kMaxDepth = 1000;

// ordered_json finds keys by linear scan; beyond this many members duplicate detection switches
// to a hash index so that hostile objects with many keys stay linear.
inline constexpr std::size_t kIndexThreshold = 32;

// The hand-written reader: implements json::parse's whole contract, with error positions.
std::optional<Value> parseExact(std::string_view text, ParseError *error);

// The fast reader (simdjson), giving exactly the value parseExact gives, or nullopt whenever
// simdjson refuses the text for any reason (malformed input, but also NaN/Infinity, integers
// beyond 64 bits, lone surrogates, ...): json::parse then asks parseExact.
std::optional<Value> parseFast(std::string_view text);

// Arrays (when read) and collections (when written) with at least this many elements are split
// in two halves handled by two threads, when the machine has more than one core. Tests change it
// to compare both paths; the default suits snapshots.
std::size_t parallelThreshold();
void setParallelThreshold(std::size_t elements);
// Whether a sequence of n elements is worth splitting between two threads.
bool splitForThreads(std::size_t n);

// The scalar spellings of json::write, for writers of other representations (packed items):
// each writes at `at` and returns the end. Numbers need kMaxScalarText bytes of room at most
// ("-1.7976931348623157e+308", "-9223372036854775808"); a string 6 per byte, plus 2 (every byte
// may become a \u00XX escape).
inline constexpr std::size_t kMaxScalarText = 32;
char *writeScalarInt(char *at, std::int64_t v);
char *writeScalarUInt(char *at, std::uint64_t v);
char *writeScalarFloat(char *at, double v);
char *writeScalarString(char *at, std::string_view s);

} // namespace dtdb::json::detail
