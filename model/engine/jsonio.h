#pragma once

#include "value.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace dtdb::json {

struct ParseError
{
    std::string message;    // what is wrong, e.g. "expected ',' or '}' after an object member"
    std::size_t line = 0;   // 1-based
    std::size_t column = 0; // 1-based, counted in bytes from the start of the line
    std::size_t offset = 0; // 0-based byte offset into the text
};

// Parses one JSON text as Python's json.loads does:
//  * NaN, Infinity and -Infinity are accepted as floats;
//  * duplicate object keys keep the position of the first and the value of the last;
//  * numbers without '.', 'e' or 'E' are integers (int64; uint64 when above INT64_MAX; a larger
//    integer becomes a double), all others doubles; "-0" is the integer 0;
//  * strings must be valid UTF-8; \u escapes including surrogate pairs are decoded;
//  * leading and trailing whitespace is allowed, anything else after the value is an error.
// Returns nullopt and fills *error on failure. Never throws for malformed input.
// Texts simdjson accepts are read by it (a large array's elements converted by two threads);
// all others by a hand-written reader that also gives the error positions.
std::optional<Value> parse(std::string_view text, ParseError *error = nullptr);

// The layouts the reference writes.
enum class Style
{
    Compact, // json.dumps(separators=(",", ":"), ensure_ascii=False): log and result lines
    Indent2, // json.dumps(indent=2, ensure_ascii=False): server backups and .q files
};

// Writes v as Python's json.dumps(ensure_ascii=False) would: floats in repr form ("1.0",
// "1e-05", "1e+16"), NaN/Infinity/-Infinity spelled that way, non-ASCII kept as UTF-8, control
// characters escaped (\n \r \t \b \f or \u00XX).
std::string write(const Value &v, Style style = Style::Compact);
void write(std::string &out, const Value &v, Style style = Style::Compact);
// Writes v as a value nested `depth` levels deep in an Indent2 document, for writers that
// stream the enclosing structure themselves (Compact ignores depth).
void write(std::string &out, const Value &v, Style style, std::size_t depth);
// Appends s as a JSON string literal.
void writeString(std::string &out, std::string_view s);

// Punctuation of a document laid out in a Style, for writers that stream the structure
// themselves (a database, a collection) instead of building one big Value.
class Layout
{
public:
    Layout(std::string &out, Style style) : m_out(out), m_indented(style == Style::Indent2) {}

    // A line break and the indentation of nesting `level` (nothing in Compact style).
    void newline(std::size_t level);
    // newline(level), then the key and its separator: "key": (Indent2) or "key": (Compact).
    void key(std::size_t level, std::string_view name);

private:
    std::string &m_out;
    bool m_indented;
};

// Python repr() of a float: shortest round-trip digits, fixed notation when the decimal
// exponent is in [-4, 16), otherwise "d[.ddd]e±XX"; fixed notation always has a '.'
// ("2.0"); "inf", "-inf", "nan".
std::string pythonFloatRepr(double d);

} // namespace dtdb::json
