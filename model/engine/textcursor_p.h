#pragma once

// Private to the engine: a raw write position for JSON writers that emit many small pieces.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>

namespace dtdb::detail {

// A growing buffer written through a raw pointer. A writer makes room once per piece (need)
// and then writes without updating a size and a terminator for every character, which is what
// std::string's push_back and append cost: most of the time of writing packed items as JSON.
class TextCursor
{
public:
    // Makes room for n more bytes at at().
    void need(std::size_t n)
    {
        if (std::size_t(m_end - m_at) < n) grow(n);
    }
    // Writers write at the position themselves and say where they stopped.
    char *at() { return m_at; }
    char *end() { return m_end; }
    void moveTo(char *at) { m_at = at; }

    std::string_view text() const { return {m_buffer.get(), std::size_t(m_at - m_buffer.get())}; }
    // The text written so far, to change in place.
    char *begin() { return m_buffer.get(); }
    // Forgets the text; keeps the buffer unless it grew beyond `keep` bytes.
    void clear(std::size_t keep = SIZE_MAX)
    {
        if (std::size_t(m_end - m_buffer.get()) > keep) {
            m_buffer.reset();
            m_end = nullptr;
        }
        m_at = m_buffer.get();
    }

private:
    void grow(std::size_t n)
    {
        const std::size_t used = std::size_t(m_at - m_buffer.get());
        const std::size_t capacity = std::size_t(m_end - m_buffer.get());
        const std::size_t wanted = std::max({capacity * 2, used + n, std::size_t(4096)});
        auto bigger = std::make_unique_for_overwrite<char[]>(wanted);
        if (used > 0) std::memcpy(bigger.get(), m_buffer.get(), used);
        m_buffer = std::move(bigger);
        m_at = m_buffer.get() + used;
        m_end = m_buffer.get() + wanted;
    }

    std::unique_ptr<char[]> m_buffer;
    char *m_at = nullptr;
    char *m_end = nullptr;
};

} // namespace dtdb::detail
