#include "pyregex.h"

#include "errors.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <vector>

// Python's `re` is not PCRE. Rather than patching a few spellings, the pattern is parsed with
// the rules of CPython 3.12's re/_parser.py (tokens, escapes, sets, quantifiers, groups, flags,
// look-behind widths) so that exactly the patterns Python rejects are rejected, and a PCRE2
// pattern with the same meaning is emitted. Everything whose meaning differs between the two
// engines is spelled out explicitly: Python's Unicode \s set (it includes U+001C..U+001F), \w
// as [\p{L}\p{N}_] (PCRE2 10.43+ widened its \w), \b/\B as look-arounds (Python's \B never
// matches in an empty string), \Z as \z, named groups as plain numbered groups with \g{N}
// references (Python allows Unicode group names, older PCRE2 does not), and every literal
// escaped so that PCRE2-only syntax ([[:alpha:]], {,n}, ...) cannot leak through.

namespace dtdb::py {

namespace {

// ---------------------------------------------------------------------------------------------
// Constants of CPython's _sre module (64-bit build).

constexpr std::uint64_t kMaxRepeat = 4294967295u;
constexpr std::uint64_t kMaxGroups = 1073741823u;
constexpr std::uint64_t kMaxCode = 4294967295u;
constexpr std::uint64_t kMaxWidth = UINT64_MAX; // stands in for Python's MAXWIDTH (1 << 64)

enum Flag : unsigned
{
    kIgnoreCase = 1u << 0,
    kMultiline = 1u << 1,
    kDotAll = 1u << 2,
    kVerbose = 1u << 3,
    kAscii = 1u << 4,
    kUnicode = 1u << 5,
    kTemplate = 1u << 6,
    kLocale = 1u << 7,
};
constexpr unsigned kTypeFlags = kAscii | kUnicode | kLocale;
constexpr unsigned kGlobalOnlyFlags = kTemplate;

std::optional<unsigned> flagFor(char32_t c)
{
    switch (c) {
    case 'i':
        return kIgnoreCase;
    case 'L':
        return kLocale;
    case 'm':
        return kMultiline;
    case 's':
        return kDotAll;
    case 'x':
        return kVerbose;
    case 'a':
        return kAscii;
    case 't':
        return kTemplate;
    case 'u':
        return kUnicode;
    default:
        return std::nullopt;
    }
}

// re.error and OverflowError surface as "Unexpected Error" in the reference; only fix_flags
// raises a ValueError ("ASCII and UNICODE flags are incompatible").
struct PatternError
{
    std::string message;
    bool valueError = false;
};

// ---------------------------------------------------------------------------------------------
// UTF-8 helpers.

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

std::string toUtf8(std::u32string_view s)
{
    std::string out;
    for (const char32_t c : s)
        appendUtf8(out, c);
    return out;
}

// Strict decoder (no overlongs, no surrogates, nothing above U+10FFFF). With `replace`, each
// bad sequence (a bad byte plus the continuation bytes after it) becomes one U+FFFD; without
// it, invalid input yields nullopt.
std::optional<std::u32string> decodeUtf8(std::string_view s, bool replace)
{
    std::u32string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b0 = static_cast<unsigned char>(s[i]);
        std::size_t len = 0;
        char32_t cp = 0;
        char32_t min = 0;
        if (b0 < 0x80) {
            len = 1;
            cp = b0;
        } else if (b0 >= 0xC2 && b0 <= 0xDF) {
            len = 2;
            cp = b0 & 0x1F;
            min = 0x80;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            len = 3;
            cp = b0 & 0x0F;
            min = 0x800;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            len = 4;
            cp = b0 & 0x07;
            min = 0x10000;
        }
        bool ok = len != 0 && i + len <= s.size();
        for (std::size_t k = 1; ok && k < len; ++k) {
            const auto b = static_cast<unsigned char>(s[i + k]);
            ok = (b & 0xC0) == 0x80;
            cp = (cp << 6) | (b & 0x3F);
        }
        ok = ok && cp >= min && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
        if (!ok) {
            if (!replace) return std::nullopt;
            out += U'\uFFFD';
            ++i;
            while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80)
                ++i;
            continue;
        }
        out += cp;
        i += len;
    }
    return out;
}

std::string hex(std::uint32_t v)
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    do {
        out.insert(out.begin(), digits[v & 0xF]);
        v >>= 4;
    } while (v != 0);
    return out;
}

bool isSurrogate(char32_t c)
{
    return c >= 0xD800 && c <= 0xDFFF;
}

bool isAsciiDigit(char32_t c)
{
    return c >= '0' && c <= '9';
}

bool isOctDigit(char32_t c)
{
    return c >= '0' && c <= '7';
}

bool isHexDigit(char32_t c)
{
    return isAsciiDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isAsciiLetter(char32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::uint32_t hexValue(char32_t c)
{
    if (isAsciiDigit(c)) return c - '0';
    return (c | 0x20) - 'a' + 10;
}

// ---------------------------------------------------------------------------------------------
// PCRE2 spelling of single code points.

std::string pcreCodePoint(char32_t c)
{
    return "\\x{" + hex(c) + "}";
}

// A literal outside a set. Lone surrogates (reachable through \ud800) cannot occur in UTF-8
// subjects, and PCRE2 refuses them in UTF mode: they become a never-matching item.
std::string pcreLiteral(char32_t c)
{
    if (isSurrogate(c)) return "(?!)";
    if (isAsciiLetter(c) || isAsciiDigit(c)) return std::string(1, static_cast<char>(c));
    if (c > 0x20 && c < 0x7F)
        return std::string{'\\', static_cast<char>(c)}; // backslash + punctuation is literal
    return pcreCodePoint(c);
}

// Python's Unicode whitespace (str.isspace), which PCRE2's \s does not reproduce exactly.
constexpr const char *kUnicodeSpace = "\\x{9}-\\x{d}\\x{1c}-\\x{20}\\x{85}\\x{a0}\\x{1680}"
                                      "\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}"
                                      "\\x{3000}";
constexpr const char *kUnicodeNotSpace =
    "\\x{0}-\\x{8}\\x{e}-\\x{1b}\\x{21}-\\x{84}\\x{86}-\\x{9f}\\x{a1}-\\x{167f}"
    "\\x{1681}-\\x{1fff}\\x{200b}-\\x{2027}\\x{202a}-\\x{202e}\\x{2030}-\\x{205e}"
    "\\x{2060}-\\x{2fff}\\x{3001}-\\x{d7ff}\\x{e000}-\\x{10ffff}";
constexpr const char *kUnicodeWord = "\\p{L}\\p{N}_";
constexpr const char *kAsciiDigit = "0-9";
constexpr const char *kAsciiNotDigit = "\\x{0}-\\x{2f}\\x{3a}-\\x{d7ff}\\x{e000}-\\x{10ffff}";
constexpr const char *kAsciiWord = "0-9A-Z_a-z";
constexpr const char *kAsciiNotWord = "\\x{0}-\\x{2f}\\x{3a}-\\x{40}\\x{5b}-\\x{5e}\\x{60}"
                                      "\\x{7b}-\\x{d7ff}\\x{e000}-\\x{10ffff}";
constexpr const char *kAsciiSpace = "\\x{9}-\\x{d}\\x{20}";
constexpr const char *kAsciiNotSpace = "\\x{0}-\\x{8}\\x{e}-\\x{1f}\\x{21}-\\x{d7ff}"
                                       "\\x{e000}-\\x{10ffff}";

// A category escape (\d \D \s \S \w \W) as the body of a PCRE2 set. Only Unicode \W has no
// positive spelling; it is returned as a body to complement.
struct SetBody
{
    std::string body;
    bool complement = false;
};

SetBody categoryBody(char32_t letter, bool ascii)
{
    switch (letter) {
    case 'd':
        return {ascii ? kAsciiDigit : "\\p{Nd}"};
    case 'D':
        return {ascii ? kAsciiNotDigit : "\\P{Nd}"};
    case 's':
        return {ascii ? kAsciiSpace : kUnicodeSpace};
    case 'S':
        return {ascii ? kAsciiNotSpace : kUnicodeNotSpace};
    case 'w':
        return {ascii ? kAsciiWord : kUnicodeWord};
    default: // 'W'
        if (ascii) return {kAsciiNotWord};
        return {kUnicodeWord, true};
    }
}

std::string wordBoundary(bool ascii, bool negated)
{
    const std::string w = std::string("[") + (ascii ? kAsciiWord : kUnicodeWord) + "]";
    if (!negated) return "(?:(?<=" + w + ")(?!" + w + ")|(?<!" + w + ")(?=" + w + "))";
    // SRE's \B fails outright when the whole subject is empty.
    return "(?!\\A\\z)(?:(?<=" + w + ")(?=" + w + ")|(?<!" + w + ")(?!" + w + "))";
}

// ---------------------------------------------------------------------------------------------
// Width arithmetic of SubPattern.getwidth, saturating instead of using big integers.

struct Width
{
    std::uint64_t lo = 0, hi = 0;
};

std::uint64_t satAdd(std::uint64_t a, std::uint64_t b)
{
    return a > kMaxWidth - b ? kMaxWidth : a + b;
}

std::uint64_t satMul(std::uint64_t a, std::uint64_t b)
{
    if (a == 0 || b == 0) return 0;
    return a > kMaxWidth / b ? kMaxWidth : a * b;
}

Width operator+(Width a, Width b)
{
    return {satAdd(a.lo, b.lo), satAdd(a.hi, b.hi)};
}

// ---------------------------------------------------------------------------------------------
// Tokenizer of re/_parser.py: a token is one character, or a backslash and the next one.

struct Token
{
    char32_t ch = 0;
    bool escaped = false;
    bool eof = true;

    bool is(char32_t c) const { return !eof && !escaped && ch == c; }
    std::size_t length() const { return eof ? 0 : (escaped ? 2 : 1); }
    std::u32string text() const
    {
        if (eof) return {};
        return escaped ? std::u32string{U'\\', ch} : std::u32string{ch};
    }
};

class Tokenizer
{
public:
    explicit Tokenizer(std::u32string s) : m_s(std::move(s)) { advance(); }

    const Token &next() const { return m_next; }
    Token get()
    {
        Token t = m_next;
        advance();
        return t;
    }
    bool match(char32_t c)
    {
        if (!m_next.is(c)) return false;
        advance();
        return true;
    }
    std::size_t tell() const { return m_index - m_next.length(); }
    void seek(std::size_t index)
    {
        m_index = index;
        advance();
    }

    PatternError error(const std::string &msg, std::size_t offset = 0) const
    {
        const std::size_t pos = tell() >= offset ? tell() - offset : 0;
        return {msg + " at position " + std::to_string(pos)};
    }

private:
    void advance()
    {
        if (m_index >= m_s.size()) {
            m_next = Token{};
            return;
        }
        Token t;
        t.eof = false;
        t.ch = m_s[m_index];
        if (t.ch == U'\\') {
            if (m_index + 1 >= m_s.size())
                throw PatternError{"bad escape (end of pattern) at position " +
                                   std::to_string(m_s.size() - 1)};
            t.escaped = true;
            t.ch = m_s[++m_index];
        }
        m_index += 1;
        m_next = t;
    }

    std::u32string m_s;
    std::size_t m_index = 0;
    Token m_next;
};

// ---------------------------------------------------------------------------------------------
// str.isidentifier for group names. ASCII is decided directly; other characters are classified
// by Unicode general category through PCRE2 (ID_Start ~ L, Nl; ID_Continue adds Mn Mc Nd Pc).

bool unicodeCharMatches(bool identifierStart, char32_t c)
{
    struct Compiled
    {
        pcre2_code *code = nullptr;
        explicit Compiled(const char *pattern)
        {
            int err = 0;
            PCRE2_SIZE off = 0;
            code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern), PCRE2_ZERO_TERMINATED,
                                 PCRE2_UTF | PCRE2_UCP, &err, &off, nullptr);
        }
        ~Compiled() { pcre2_code_free(code); }
        Compiled(const Compiled &) = delete;
        Compiled &operator=(const Compiled &) = delete;
    };
    static const Compiled start("^[\\p{L}\\p{Nl}_]$");
    static const Compiled cont("^[\\p{L}\\p{Nl}\\p{Mn}\\p{Mc}\\p{Nd}\\p{Pc}]$");
    const pcre2_code *code = identifierStart ? start.code : cont.code;
    if (code == nullptr) return false;
    std::string utf8;
    appendUtf8(utf8, c);
    pcre2_match_data *md = pcre2_match_data_create(1, nullptr);
    const int rc = pcre2_match(code, reinterpret_cast<PCRE2_SPTR>(utf8.data()), utf8.size(), 0, 0,
                               md, nullptr);
    pcre2_match_data_free(md);
    return rc >= 0;
}

bool isIdentifier(std::u32string_view name)
{
    if (name.empty()) return false;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const char32_t c = name[i];
        if (c < 0x80) {
            const bool ok = isAsciiLetter(c) || c == '_' || (i > 0 && isAsciiDigit(c));
            if (!ok) return false;
        } else if (isSurrogate(c) || !unicodeCharMatches(i == 0, c)) {
            return false;
        }
    }
    return true;
}

std::string pyQuoted(std::u32string_view s)
{
    return "'" + toUtf8(s) + "'";
}

// Parses a decimal string with saturation (Python would build a big integer).
std::uint64_t saturatingDecimal(std::u32string_view digits)
{
    std::uint64_t v = 0;
    for (const char32_t c : digits)
        v = std::min<std::uint64_t>(v * 10 + (c - '0'), kMaxWidth / 16);
    return v;
}

// ---------------------------------------------------------------------------------------------
// Parser / translator.

enum class ItemKind
{
    Other,
    At,
    Repeat
};

struct Item
{
    ItemKind kind = ItemKind::Other;
    std::string text; // PCRE2 spelling
    Width width;
};

struct Sub
{
    std::string text;
    Width width;
};

// Which set of \d \w \s \b applies: the pattern's global type, or one forced by (?a:...) /
// (?u:...).
enum class TypeScope
{
    Inherit,
    Ascii,
    Unicode
};

struct Translation
{
    std::string pattern;
    std::uint32_t options = 0;
};

class Translator
{
public:
    explicit Translator(std::u32string pattern) : m_src(std::move(pattern)) {}

    Translation run()
    {
        const Sub top = parseSub(false, 0, TypeScope::Inherit);
        fixFlags();
        if (!m_src.next().eof) throw m_src.error("unbalanced parenthesis");
        for (const auto &[group, pos] : m_conditionRefs) {
            if (group >= groups())
                throw PatternError{"invalid group reference " + std::to_string(group) +
                                   " at position " + std::to_string(pos)};
        }
        // Errors that sre_compile raises after parsing.
        if (!m_compileError.empty()) throw PatternError{m_compileError};
        if ((m_flags & kTemplate) && m_sawRepeat)
            throw PatternError{"internal: unsupported template operator MAX_REPEAT"};

        Translation t;
        t.pattern = top.text;
        if (m_flags & kIgnoreCase) t.options |= PCRE2_CASELESS;
        if (m_flags & kMultiline) t.options |= PCRE2_MULTILINE;
        if (m_flags & kDotAll) t.options |= PCRE2_DOTALL;
        return t;
    }

private:
    std::uint64_t groups() const { return m_groupWidths.size(); }

    bool ascii(TypeScope scope) const
    {
        return scope == TypeScope::Ascii || (scope == TypeScope::Inherit && (m_flags & kAscii));
    }

    void fixFlags()
    {
        if ((m_flags & kAscii) && (m_flags & kUnicode))
            throw PatternError{"ASCII and UNICODE flags are incompatible", true};
    }

    // State.checkgroup: the group exists and is closed.
    bool groupClosed(std::uint64_t gid) const
    {
        return gid < groups() && m_groupWidths[gid].has_value();
    }

    void checkLookbehindGroup(std::uint64_t gid) const
    {
        if (!m_lookbehindGroups) return;
        if (!groupClosed(gid)) throw m_src.error("cannot refer to an open group");
        if (gid >= *m_lookbehindGroups)
            throw m_src.error("cannot refer to group defined in the same lookbehind subpattern");
    }

    void checkGroupName(std::u32string_view name, std::size_t offset) const
    {
        if (!isIdentifier(name))
            throw m_src.error("bad character in group name " + pyQuoted(name),
                              name.size() + offset);
    }

    std::u32string getUntil(char32_t terminator, const std::string &what)
    {
        std::u32string result;
        for (;;) {
            const Token c = m_src.get();
            if (c.eof) {
                if (result.empty()) throw m_src.error("missing " + what);
                throw m_src.error("missing " + toUtf8(std::u32string(1, terminator)) +
                                      ", unterminated name",
                                  result.size());
            }
            if (c.is(terminator)) {
                if (result.empty()) throw m_src.error("missing " + what, 1);
                return result;
            }
            result += c.text();
        }
    }

    std::u32string getWhile(std::size_t n, bool (*pred)(char32_t))
    {
        std::u32string result;
        for (std::size_t i = 0; i < n; ++i) {
            const Token &c = m_src.next();
            if (c.eof || c.escaped || !pred(c.ch)) break;
            result += c.ch;
            m_src.get();
        }
        return result;
    }

    // --- escapes ---------------------------------------------------------------------------

    // \x.. \u.... \U........ \N{...}: shared by both escape contexts. Returns nullopt if `c`
    // is none of those.
    std::optional<char32_t> parseCodePointEscape(char32_t c)
    {
        const std::string esc = std::string("\\") + static_cast<char>(c);
        std::size_t digits = 0;
        if (c == 'x')
            digits = 2;
        else if (c == 'u')
            digits = 4;
        else if (c == 'U')
            digits = 8;
        if (digits != 0) {
            const std::u32string h = getWhile(digits, isHexDigit);
            if (h.size() != digits)
                throw m_src.error("incomplete escape " + esc + toUtf8(h), 2 + h.size());
            std::uint32_t v = 0;
            for (const char32_t d : h)
                v = v * 16 + hexValue(d);
            if (v > 0x10FFFF) throw m_src.error("bad escape " + esc + toUtf8(h), 2 + h.size());
            return static_cast<char32_t>(v);
        }
        if (c == 'N') {
            if (!m_src.match('{')) throw m_src.error("missing {");
            const std::u32string name = getUntil('}', "character name");
            // Resolving names needs the Unicode name database, which neither we nor PCRE2
            // carry; refuse loudly rather than guess.
            throw m_src.error("\\N{" + toUtf8(name) +
                                  "} (named Unicode characters) is not "
                                  "supported by this engine",
                              name.size() + 4);
        }
        return std::nullopt;
    }

    // _escape: an escape outside a set.
    Item parseEscape(const Token &tok, TypeScope scope)
    {
        const char32_t c = tok.ch;
        const bool asc = ascii(scope);
        switch (c) {
        case 'A':
            return {ItemKind::At, "\\A", {}};
        case 'Z':
            return {ItemKind::At, "\\z", {}};
        case 'b':
            return {ItemKind::At, wordBoundary(asc, false), {}};
        case 'B':
            return {ItemKind::At, wordBoundary(asc, true), {}};
        case 'd':
        case 'D':
        case 's':
        case 'S':
        case 'w':
        case 'W': {
            const SetBody body = categoryBody(c, asc);
            return unit(std::string(body.complement ? "[^" : "[") + body.body + "]");
        }
        case 'a':
            return literal(0x07);
        case 'f':
            return literal(0x0C);
        case 'n':
            return literal(0x0A);
        case 'r':
            return literal(0x0D);
        case 't':
            return literal(0x09);
        case 'v':
            return literal(0x0B);
        default:
            break;
        }
        if (const auto cp = parseCodePointEscape(c)) return literal(*cp);
        if (c == '0') {
            const std::u32string oct = getWhile(2, isOctDigit);
            std::uint32_t v = 0;
            for (const char32_t d : oct)
                v = v * 8 + (d - '0');
            return literal(v);
        }
        if (isAsciiDigit(c)) return parseDigitEscape(c);
        if (isAsciiLetter(c)) throw m_src.error("bad escape \\" + toUtf8(std::u32string(1, c)), 2);
        return literal(c);
    }

    // "\1".."\99" are group references, unless three octal digits make an octal escape.
    Item parseDigitEscape(char32_t first)
    {
        std::u32string digits(1, first);
        const Token &n = m_src.next();
        if (!n.eof && !n.escaped && isAsciiDigit(n.ch)) {
            digits += m_src.get().ch;
            const Token &third = m_src.next();
            if (isOctDigit(digits[0]) && isOctDigit(digits[1]) && !third.eof && !third.escaped &&
                isOctDigit(third.ch)) {
                digits += m_src.get().ch;
                const std::uint32_t v =
                    (digits[0] - '0') * 64 + (digits[1] - '0') * 8 + (digits[2] - '0');
                if (v > 0377)
                    throw m_src.error("octal escape value \\" + toUtf8(digits) +
                                          " outside of range 0-0o377",
                                      digits.size() + 1);
                return literal(v);
            }
        }
        const std::uint64_t group = saturatingDecimal(digits);
        if (group < groups()) {
            if (!groupClosed(group))
                throw m_src.error("cannot refer to an open group", digits.size() + 1);
            checkLookbehindGroup(group);
            return groupRef(group);
        }
        throw m_src.error("invalid group reference " + std::to_string(group), digits.size());
    }

    // _class_escape: an escape inside a set. Either a code point or a category body.
    struct SetAtom
    {
        bool isCategory = false;
        char32_t cp = 0;
        char32_t category = 0;
    };

    SetAtom parseSetEscape(const Token &tok)
    {
        const char32_t c = tok.ch;
        switch (c) {
        case 'a':
            return {false, 0x07, 0};
        case 'b':
            return {false, 0x08, 0};
        case 'f':
            return {false, 0x0C, 0};
        case 'n':
            return {false, 0x0A, 0};
        case 'r':
            return {false, 0x0D, 0};
        case 't':
            return {false, 0x09, 0};
        case 'v':
            return {false, 0x0B, 0};
        case 'd':
        case 'D':
        case 's':
        case 'S':
        case 'w':
        case 'W':
            return {true, 0, c};
        default:
            break;
        }
        if (const auto cp = parseCodePointEscape(c)) return {false, *cp, 0};
        const std::string esc = "\\" + toUtf8(std::u32string(1, c));
        if (isOctDigit(c)) {
            const std::u32string more = getWhile(2, isOctDigit);
            std::uint32_t v = c - '0';
            for (const char32_t d : more)
                v = v * 8 + (d - '0');
            if (v > 0377)
                throw m_src.error("octal escape value " + esc + toUtf8(more) +
                                      " outside of range 0-0o377",
                                  2 + more.size());
            return {false, v, 0};
        }
        if (isAsciiDigit(c) || isAsciiLetter(c)) throw m_src.error("bad escape " + esc, 2);
        return {false, c, 0};
    }

    // --- items -----------------------------------------------------------------------------

    static Item unit(std::string text) { return {ItemKind::Other, std::move(text), {1, 1}}; }
    static Item literal(char32_t c) { return unit(pcreLiteral(c)); }

    Item groupRef(std::uint64_t gid) const
    {
        return {ItemKind::Other, "\\g{" + std::to_string(gid) + "}", *m_groupWidths[gid]};
    }

    // --- sets ------------------------------------------------------------------------------

    Item parseSet(TypeScope scope)
    {
        const std::size_t here = m_src.tell() - 1;
        const bool asc = ascii(scope);
        const bool negate = m_src.match('^');
        std::string positive;              // bracket body of ranges and positive categories
        std::vector<std::string> negative; // bodies whose complement is a member
        bool any = false;                  // `set` non-empty in Python's terms

        auto addRange = [&](char32_t lo, char32_t hi) {
            // Surrogates cannot occur in UTF-8 subjects and PCRE2 rejects them: clip them out.
            if (lo <= 0xDFFF && hi >= 0xD800) {
                if (lo < 0xD800) positive += pcreCodePoint(lo) + "-" + pcreCodePoint(0xD7FF);
                if (hi > 0xDFFF) positive += pcreCodePoint(0xE000) + "-" + pcreCodePoint(hi);
                return;
            }
            positive += pcreCodePoint(lo);
            if (hi != lo) positive += "-" + pcreCodePoint(hi);
        };
        auto addAtom = [&](const SetAtom &a) {
            if (!a.isCategory) {
                addRange(a.cp, a.cp);
                return;
            }
            SetBody b = categoryBody(a.category, asc);
            if (b.complement)
                negative.push_back(std::move(b.body));
            else
                positive += b.body;
        };
        auto unterminated = [&] {
            return m_src.error("unterminated character set", m_src.tell() - here);
        };

        for (;;) {
            const Token tok = m_src.get();
            if (tok.eof) throw unterminated();
            if (tok.is(']') && any) break;
            const SetAtom first = tok.escaped ? parseSetEscape(tok) : SetAtom{false, tok.ch, 0};
            any = true;
            if (!m_src.match('-')) {
                addAtom(first);
                continue;
            }
            const Token that = m_src.get();
            if (that.eof) throw unterminated();
            if (that.is(']')) {
                addAtom(first);
                addRange('-', '-');
                break;
            }
            const SetAtom second = that.escaped ? parseSetEscape(that) : SetAtom{false, that.ch, 0};
            if (first.isCategory || second.isCategory || second.cp < first.cp)
                throw m_src.error("bad character range " + toUtf8(tok.text()) + "-" +
                                      toUtf8(that.text()),
                                  tok.length() + 1 + that.length());
            addRange(first.cp, second.cp);
        }
        return unit(setPattern(positive, negative, negate));
    }

    // A Python set is a union of members; PCRE2 sets cannot hold the complement of a union,
    // so those members become alternatives (or look-aheads when the set is negated).
    static std::string setPattern(const std::string &positive,
                                  const std::vector<std::string> &negative, bool negate)
    {
        if (negative.empty()) {
            if (positive.empty()) return negate ? "(?s:.)" : "(?!)";
            return (negate ? "[^" : "[") + positive + "]";
        }
        std::string out = "(?:";
        if (!negate) {
            if (!positive.empty()) out += "[" + positive + "]|";
            for (std::size_t i = 0; i < negative.size(); ++i)
                out += (i ? "|[^" : "[^") + negative[i] + "]";
        } else {
            // Not in any member: outside `positive` and inside every complemented body.
            if (!positive.empty()) out += "(?![" + positive + "])";
            for (std::size_t i = 1; i < negative.size(); ++i)
                out += "(?=[" + negative[i] + "])";
            out += "[" + negative[0] + "]";
        }
        return out + ")";
    }

    // --- quantifiers -----------------------------------------------------------------------

    // Handles a repeat character; returns false when '{' turned out to be a literal.
    bool parseRepeat(char32_t ch, std::vector<Item> &items)
    {
        const std::size_t here = m_src.tell();
        std::uint64_t min = 0, max = kMaxRepeat;
        if (ch == '?') {
            max = 1;
        } else if (ch == '+') {
            min = 1;
        } else if (ch == '{') {
            if (m_src.next().is('}')) {
                items.push_back(literal('{'));
                return false;
            }
            const std::u32string lo = getWhile(SIZE_MAX, isAsciiDigit);
            std::u32string hi;
            if (m_src.match(','))
                hi = getWhile(SIZE_MAX, isAsciiDigit);
            else
                hi = lo;
            if (!m_src.match('}')) {
                items.push_back(literal('{'));
                m_src.seek(here);
                return false;
            }
            if (!lo.empty()) {
                min = saturatingDecimal(lo);
                if (min >= kMaxRepeat) throw PatternError{"the repetition number is too large"};
            }
            if (!hi.empty()) {
                max = saturatingDecimal(hi);
                if (max >= kMaxRepeat) throw PatternError{"the repetition number is too large"};
                if (max < min)
                    throw m_src.error("min repeat greater than max repeat", m_src.tell() - here);
            }
        }
        if (items.empty() || items.back().kind == ItemKind::At)
            throw m_src.error("nothing to repeat", m_src.tell() - here + 1);
        if (items.back().kind == ItemKind::Repeat)
            throw m_src.error("multiple repeat", m_src.tell() - here + 1);

        std::string suffix;
        if (m_src.match('?'))
            suffix = "?";
        else if (m_src.match('+'))
            suffix = "+";

        Item &item = items.back();
        const Width w = item.width;
        Width rw;
        rw.lo = satMul(w.lo, min);
        rw.hi = (max == kMaxRepeat && w.hi != 0) ? kMaxWidth : satMul(w.hi, max);
        item.text = "(?:" + item.text + ")" + quantifier(min, max) + suffix;
        item.width = rw;
        item.kind = ItemKind::Repeat;
        m_sawRepeat = true;
        return true;
    }

    static std::string quantifier(std::uint64_t min, std::uint64_t max)
    {
        if (max == kMaxRepeat) {
            if (min == 0) return "*";
            if (min == 1) return "+";
            return "{" + std::to_string(min) + ",}";
        }
        if (min == 0 && max == 1) return "?";
        if (min == max) return "{" + std::to_string(min) + "}";
        return "{" + std::to_string(min) + "," + std::to_string(max) + "}";
    }

    // --- flags -----------------------------------------------------------------------------

    struct ScopedFlags
    {
        unsigned add = 0, del = 0;
    };

    // _parse_flags. Returns nullopt for a global flags group "(?aiLmsux)".
    std::optional<ScopedFlags> parseFlags(Token tok)
    {
        ScopedFlags f;
        auto unknownOr = [&](const Token &t, const std::string &otherwise) {
            const bool alpha = !t.escaped && (isAsciiLetter(t.ch) || t.ch > 0x7F);
            return m_src.error(alpha ? "unknown flag" : otherwise, t.length());
        };
        if (!tok.is('-')) {
            for (;;) {
                const unsigned flag = *flagFor(tok.ch);
                if (tok.ch == 'L')
                    throw m_src.error("bad inline flags: cannot use 'L' flag with a str pattern");
                f.add |= flag;
                if ((flag & kTypeFlags) && (f.add & kTypeFlags) != flag)
                    throw m_src.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
                tok = m_src.get();
                if (tok.eof) throw m_src.error("missing -, : or )");
                if (tok.is(')') || tok.is('-') || tok.is(':')) break;
                if (tok.escaped || !flagFor(tok.ch)) throw unknownOr(tok, "missing -, : or )");
            }
        }
        if (tok.is(')')) {
            m_flags |= f.add;
            return std::nullopt;
        }
        if (f.add & kGlobalOnlyFlags)
            throw m_src.error("bad inline flags: cannot turn on global flag", 1);
        if (tok.is('-')) {
            tok = m_src.get();
            if (tok.eof) throw m_src.error("missing flag");
            if (tok.escaped || !flagFor(tok.ch)) throw unknownOr(tok, "missing flag");
            for (;;) {
                const unsigned flag = *flagFor(tok.ch);
                if (flag & kTypeFlags)
                    throw m_src.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
                f.del |= flag;
                tok = m_src.get();
                if (tok.eof) throw m_src.error("missing :");
                if (tok.is(':')) break;
                if (tok.escaped || !flagFor(tok.ch)) throw unknownOr(tok, "missing :");
            }
        }
        if (f.del & kGlobalOnlyFlags)
            throw m_src.error("bad inline flags: cannot turn off global flag", 1);
        if (f.add & f.del) throw m_src.error("bad inline flags: flag turned on and off", 1);
        return f;
    }

    // i, m and s map onto PCRE2's scoped options; a, u and x are handled by the translator.
    static std::string pcreFlagLetters(unsigned flags)
    {
        std::string out;
        if (flags & kIgnoreCase) out += 'i';
        if (flags & kMultiline) out += 'm';
        if (flags & kDotAll) out += 's';
        return out;
    }

    // --- groups ----------------------------------------------------------------------------

    // Handles everything after '('. Returns false when nothing was appended (comments, global
    // flags).
    bool parseGroup(std::vector<Item> &items, bool &verbose, int nested, bool first,
                    TypeScope scope)
    {
        const std::size_t start = m_src.tell() - 1;
        bool capture = true;
        bool atomic = false;
        std::optional<std::u32string> name;
        ScopedFlags flags;

        if (m_src.match('?')) {
            const Token c = m_src.get();
            if (c.eof) throw m_src.error("unexpected end of pattern");
            if (c.is('P')) {
                if (m_src.match('<')) {
                    name = getUntil('>', "group name");
                    checkGroupName(*name, 1);
                } else if (m_src.match('=')) {
                    const std::u32string ref = getUntil(')', "group name");
                    checkGroupName(ref, 1);
                    const auto it = m_groupDict.find(ref);
                    if (it == m_groupDict.end())
                        throw m_src.error("unknown group name " + pyQuoted(ref), ref.size() + 1);
                    if (!groupClosed(it->second))
                        throw m_src.error("cannot refer to an open group", ref.size() + 1);
                    checkLookbehindGroup(it->second);
                    items.push_back(groupRef(it->second));
                    return true;
                } else {
                    const Token n = m_src.get();
                    if (n.eof) throw m_src.error("unexpected end of pattern");
                    throw m_src.error("unknown extension ?P" + toUtf8(n.text()), n.length() + 2);
                }
            } else if (c.is(':')) {
                capture = false;
            } else if (c.is('#')) {
                for (;;) {
                    if (m_src.next().eof)
                        throw m_src.error("missing ), unterminated comment", m_src.tell() - start);
                    if (m_src.get().is(')')) break;
                }
                return false;
            } else if (c.is('=') || c.is('!') || c.is('<')) {
                items.push_back(parseLookaround(c, verbose, nested, start, scope));
                return true;
            } else if (c.is('(')) {
                items.push_back(parseConditional(verbose, nested, start, scope));
                return true;
            } else if (c.is('>')) {
                capture = false;
                atomic = true;
            } else if (!c.escaped && (c.ch == '-' || flagFor(c.ch))) {
                const auto parsed = parseFlags(c);
                if (!parsed) {
                    if (!first || !items.empty())
                        throw m_src.error("global flags not at the start of the expression",
                                          m_src.tell() - start);
                    verbose = (m_flags & kVerbose) != 0;
                    return false;
                }
                flags = *parsed;
                capture = false;
            } else {
                throw m_src.error("unknown extension ?" + toUtf8(c.text()), c.length() + 1);
            }
        }

        std::uint64_t gid = 0;
        if (capture) gid = openGroup(name);
        const bool subVerbose = (verbose || (flags.add & kVerbose)) && !(flags.del & kVerbose);
        TypeScope subScope = scope;
        if (flags.add & kAscii)
            subScope = TypeScope::Ascii;
        else if (flags.add & kUnicode)
            subScope = TypeScope::Unicode;
        const Sub p = parseSub(subVerbose, nested + 1, subScope);
        if (!m_src.match(')'))
            throw m_src.error("missing ), unterminated subpattern", m_src.tell() - start);

        Item item;
        item.width = p.width;
        if (capture) {
            m_groupWidths[gid] = p.width;
            item.text = "(" + p.text + ")";
        } else if (atomic) {
            item.text = "(?>" + p.text + ")";
        } else {
            const std::string on = pcreFlagLetters(flags.add);
            const std::string off = pcreFlagLetters(flags.del);
            item.text = "(?" + on + (off.empty() ? "" : "-" + off) + ":" + p.text + ")";
        }
        items.push_back(std::move(item));
        return true;
    }

    std::uint64_t openGroup(const std::optional<std::u32string> &name)
    {
        const std::uint64_t gid = groups();
        m_groupWidths.emplace_back();
        if (groups() > kMaxGroups) throw m_src.error("too many groups");
        if (name) {
            const auto it = m_groupDict.find(*name);
            if (it != m_groupDict.end())
                throw m_src.error("redefinition of group name " + pyQuoted(*name) + " as group " +
                                      std::to_string(gid) + "; was group " +
                                      std::to_string(it->second),
                                  name->size() + 1);
            m_groupDict.emplace(*name, gid);
        }
        return gid;
    }

    Item parseLookaround(Token c, bool verbose, int nested, std::size_t start, TypeScope scope)
    {
        bool behind = false;
        std::optional<std::uint64_t> savedLookbehind = m_lookbehindGroups;
        if (c.is('<')) {
            c = m_src.get();
            if (c.eof) throw m_src.error("unexpected end of pattern");
            if (!c.is('=') && !c.is('!'))
                throw m_src.error("unknown extension ?<" + toUtf8(c.text()), c.length() + 2);
            behind = true;
            if (!m_lookbehindGroups) m_lookbehindGroups = groups();
        }
        const Sub p = parseSub(verbose, nested + 1, scope);
        if (behind && !savedLookbehind) m_lookbehindGroups.reset();
        if (!m_src.match(')'))
            throw m_src.error("missing ), unterminated subpattern", m_src.tell() - start);

        if (behind && m_compileError.empty()) {
            if (p.width.lo > kMaxCode)
                m_compileError = "looks too much behind";
            else if (p.width.lo != p.width.hi)
                m_compileError = "look-behind requires fixed-width pattern";
        }
        const bool positive = c.is('=');
        std::string open = behind ? (positive ? "(?<=" : "(?<!") : (positive ? "(?=" : "(?!");
        return {ItemKind::Other, open + p.text + ")", {}};
    }

    Item parseConditional(bool verbose, int nested, std::size_t start, TypeScope scope)
    {
        const std::u32string condName = getUntil(')', "group name");
        const bool numeric = std::all_of(condName.begin(), condName.end(), isAsciiDigit);
        std::uint64_t group = 0;
        if (!numeric) {
            checkGroupName(condName, 1);
            const auto it = m_groupDict.find(condName);
            if (it == m_groupDict.end())
                throw m_src.error("unknown group name " + pyQuoted(condName), condName.size() + 1);
            group = it->second;
        } else {
            group = saturatingDecimal(condName);
            if (group == 0) throw m_src.error("bad group number", condName.size() + 1);
            if (group >= kMaxGroups)
                throw m_src.error("invalid group reference " + std::to_string(group),
                                  condName.size() + 1);
            m_conditionRefs.emplace(group, m_src.tell() - condName.size() - 1);
        }
        checkLookbehindGroup(group);
        const Sub yes = parseSeq(verbose, nested + 1, false, scope);
        std::optional<Sub> no;
        if (m_src.match('|')) {
            no = parseSeq(verbose, nested + 1, false, scope);
            if (m_src.next().is('|'))
                throw m_src.error("conditional backref with more than two branches");
        }
        if (!m_src.match(')'))
            throw m_src.error("missing ), unterminated subpattern", m_src.tell() - start);

        Width w = yes.width;
        if (no) {
            w.lo = std::min(w.lo, no->width.lo);
            w.hi = std::max(w.hi, no->width.hi);
        } else {
            w.lo = 0;
        }
        std::string text = "(?(" + std::to_string(group) + ")" + yes.text;
        if (no) text += "|" + no->text;
        return {ItemKind::Other, text + ")", w};
    }

    // --- sequences and alternations ----------------------------------------------------------

    // _parse_sub: alternatives separated by '|'.
    Sub parseSub(bool verbose, int nested, TypeScope scope)
    {
        std::vector<Sub> alternatives;
        for (;;) {
            alternatives.push_back(
                parseSeq(verbose, nested + 1, nested == 0 && alternatives.empty(), scope));
            if (!m_src.match('|')) break;
            if (nested == 0) verbose = (m_flags & kVerbose) != 0;
        }
        if (alternatives.size() == 1) return alternatives.front();
        Sub out;
        out.width.lo = kMaxWidth;
        for (std::size_t i = 0; i < alternatives.size(); ++i) {
            if (i) out.text += '|';
            out.text += alternatives[i].text;
            out.width.lo = std::min(out.width.lo, alternatives[i].width.lo);
            out.width.hi = std::max(out.width.hi, alternatives[i].width.hi);
        }
        return out;
    }

    // _parse: a sequence of items up to '|', ')' or the end.
    Sub parseSeq(bool verbose, int nested, bool first, TypeScope scope)
    {
        std::vector<Item> items;
        for (;;) {
            const Token tok = m_src.next();
            if (tok.eof || tok.is('|') || tok.is(')')) break;
            m_src.get();

            if (verbose && !tok.escaped) {
                if (tok.ch == ' ' || (tok.ch >= '\t' && tok.ch <= '\r')) continue;
                if (tok.ch == '#') {
                    for (;;) {
                        const Token t = m_src.get();
                        if (t.eof || t.is('\n')) break;
                    }
                    continue;
                }
            }

            if (tok.escaped) {
                items.push_back(parseEscape(tok, scope));
                continue;
            }
            switch (tok.ch) {
            case '[':
                items.push_back(parseSet(scope));
                break;
            case '?':
            case '*':
            case '+':
            case '{':
                parseRepeat(tok.ch, items);
                break;
            case '.':
                items.push_back(unit("."));
                break;
            case '(':
                parseGroup(items, verbose, nested, first, scope);
                break;
            case '^':
                items.push_back({ItemKind::At, "^", {}});
                break;
            case '$':
                items.push_back({ItemKind::At, "$", {}});
                break;
            default:
                items.push_back(literal(tok.ch));
                break;
            }
        }
        Sub out;
        for (const Item &item : items) {
            out.text += item.text;
            out.width = out.width + item.width;
        }
        return out;
    }

    Tokenizer m_src;
    unsigned m_flags = 0; // state.flags: the global flags
    // State.groupwidths: index = group number; nullopt while the group is open (and for 0).
    std::vector<std::optional<Width>> m_groupWidths{std::nullopt};
    std::map<std::u32string, std::uint64_t> m_groupDict;
    std::optional<std::uint64_t> m_lookbehindGroups;
    std::map<std::uint64_t, std::size_t> m_conditionRefs; // group -> position (grouprefpos)
    std::string m_compileError;
    bool m_sawRepeat = false;
};

std::string pcreErrorMessage(int code)
{
    std::array<PCRE2_UCHAR, 256> buf{};
    if (pcre2_get_error_message(code, buf.data(), buf.size()) < 0)
        return "PCRE2 error " + std::to_string(code);
    return reinterpret_cast<const char *>(buf.data());
}

// ---------------------------------------------------------------------------------------------
// Per-thread matching resources: match data cannot be shared between concurrent matches, and a
// JIT stack larger than the default keeps deep patterns on the fast path.

struct ThreadMatchResources
{
    pcre2_match_data *matchData = pcre2_match_data_create(1, nullptr);
    pcre2_match_context *context = pcre2_match_context_create(nullptr);
    pcre2_jit_stack *jitStack = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, nullptr);

    ThreadMatchResources()
    {
        if (context != nullptr && jitStack != nullptr)
            pcre2_jit_stack_assign(context, nullptr, jitStack);
    }
    ~ThreadMatchResources()
    {
        pcre2_match_data_free(matchData);
        pcre2_match_context_free(context);
        pcre2_jit_stack_free(jitStack);
    }
    ThreadMatchResources(const ThreadMatchResources &) = delete;
    ThreadMatchResources &operator=(const ThreadMatchResources &) = delete;
};

ThreadMatchResources &threadResources()
{
    thread_local ThreadMatchResources resources;
    return resources;
}

// ---------------------------------------------------------------------------------------------
// Process-wide cache, like re's own (_MAXCACHE = 512, oldest evicted first). Failures are cached
// too, so an invalid pattern evaluated against every item is parsed only once.

struct CacheEntry
{
    std::shared_ptr<const Regex> regex;
    PatternError error;
};

class PatternCache
{
public:
    static constexpr std::size_t kCapacity = 512;

    std::optional<CacheEntry> find(const std::string &pattern)
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_entries.find(pattern);
        if (it == m_entries.end()) return std::nullopt;
        return it->second;
    }

    void insert(const std::string &pattern, CacheEntry entry)
    {
        std::lock_guard lock(m_mutex);
        if (!m_entries.emplace(pattern, std::move(entry)).second)
            return; // another thread compiled it meanwhile
        m_order.push_back(pattern);
        if (m_order.size() > kCapacity) {
            m_entries.erase(m_order.front());
            m_order.pop_front();
        }
    }

private:
    std::mutex m_mutex;
    std::unordered_map<std::string, CacheEntry> m_entries;
    std::deque<std::string> m_order;
};

PatternCache &cache()
{
    static PatternCache instance;
    return instance;
}

[[noreturn]] void raise(const PatternError &e)
{
    if (e.valueError) throw PyValueError(e.message);
    throw PyTypeError("invalid regular expression: " + e.message);
}

} // namespace

// ---------------------------------------------------------------------------------------------

struct Regex::Impl
{
    pcre2_code *code = nullptr;
    ~Impl() { pcre2_code_free(code); }
};

Regex::Regex(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

Regex::~Regex() = default;

std::shared_ptr<const Regex> Regex::compile(std::string_view pattern)
{
    const std::string key(pattern);
    if (const auto hit = cache().find(key)) {
        if (hit->regex) return hit->regex;
        raise(hit->error);
    }

    CacheEntry entry;
    try {
        const auto decoded = decodeUtf8(pattern, false);
        if (!decoded) throw PatternError{"pattern is not valid UTF-8"};
        const Translation t = Translator(*decoded).run();

        pcre2_compile_context *ctx = pcre2_compile_context_create(nullptr);
        if (ctx == nullptr) throw PatternError{"out of memory"};
        pcre2_set_newline(ctx, PCRE2_NEWLINE_LF);
        int errorCode = 0;
        PCRE2_SIZE errorOffset = 0;
        // ALT_CIRCUMFLEX: Python's multiline '^' also matches after a final newline.
        // NO_START_OPTIMIZE: PCRE2 before 10.45 derives wrong first/last code units next to
        // look-aheads ("(?=a)x*a" fails on "a"); correctness beats the skip-ahead speed-up.
        constexpr std::uint32_t baseOptions =
            PCRE2_UTF | PCRE2_UCP | PCRE2_ALT_CIRCUMFLEX | PCRE2_NO_START_OPTIMIZE;
        pcre2_code *code =
            pcre2_compile(reinterpret_cast<PCRE2_SPTR>(t.pattern.data()), t.pattern.size(),
                          baseOptions | t.options, &errorCode, &errorOffset, ctx);
        pcre2_compile_context_free(ctx);
        if (code == nullptr)
            throw PatternError{"pattern not supported by the regex engine: " +
                               pcreErrorMessage(errorCode)};
        pcre2_jit_compile(code, PCRE2_JIT_COMPLETE); // optional speed-up; failure is harmless

        auto impl = std::make_unique<Impl>();
        impl->code = code;
        entry.regex = std::shared_ptr<const Regex>(new Regex(std::move(impl)));
    } catch (const PatternError &e) {
        entry.error = e;
    }
    cache().insert(key, entry);
    if (!entry.regex) raise(entry.error);
    return entry.regex;
}

bool Regex::search(std::string_view subject) const
{
    ThreadMatchResources &res = threadResources();
    if (res.matchData == nullptr) throw PyTypeError("regex: out of memory");

    std::string sanitized;
    auto run = [&](std::string_view s, std::uint32_t options) {
        static const char empty[] = "";
        const char *data = s.data() != nullptr ? s.data() : empty;
        return pcre2_match(m_impl->code, reinterpret_cast<PCRE2_SPTR>(data), s.size(), 0, options,
                           res.matchData, res.context);
    };

    int rc = run(subject, 0);
    if (rc <= PCRE2_ERROR_UTF8_ERR1 && rc >= PCRE2_ERROR_UTF8_ERR21) {
        // Python strings are always valid; treat stray bytes as U+FFFD rather than fail.
        sanitized = toUtf8(*decodeUtf8(subject, true));
        subject = sanitized;
        rc = run(subject, 0);
    }
    if (rc == PCRE2_ERROR_JIT_STACKLIMIT) rc = run(subject, PCRE2_NO_JIT);
    if (rc >= 0) return true; // 0 only means the ovector was too small to report the groups
    if (rc == PCRE2_ERROR_NOMATCH) return false;
    throw PyTypeError("regex match failed: " + pcreErrorMessage(rc));
}

} // namespace dtdb::py
