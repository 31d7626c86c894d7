#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace dtdb::py {

// A compiled regular expression with Python `re` (3.12) semantics, implemented on PCRE2:
// Unicode-aware \d \w \s \b, '.' not matching '\n', '$' matching at the end or before a final
// '\n', \Z as the absolute end, (?P<name>...) and (?P=name) supported, while syntax Python
// rejects ((?<name>...), \p{...}, global inline flags not at the start, ...) is rejected too.
class Regex
{
public:
    ~Regex();
    Regex(const Regex &) = delete;
    Regex &operator=(const Regex &) = delete;

    // Compiles (or fetches from a process-wide, thread-safe cache) a pattern. Throws PyTypeError
    // (from errors.h) with a message naming the problem when Python's re.compile would raise.
    static std::shared_ptr<const Regex> compile(std::string_view pattern);

    // re.search(pattern, subject) is not None. subject is UTF-8.
    bool search(std::string_view subject) const;

private:
    struct Impl;
    explicit Regex(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace dtdb::py
