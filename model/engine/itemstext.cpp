// Writing many items as JSON text on two threads, in order.
//
// The text goes into one std::string, which only its owner may extend. The owner (this thread)
// and a helper take blocks of items in turn from a shared counter. The owner writes a block
// straight into the string when it is the next one due, and otherwise into a buffer; the helper
// always writes into one of a few small buffers, which the owner copies in when their turn
// comes. Copying a buffer (still in cache) costs far less than writing its text, and the
// owner copies whatever is ready before taking a block itself, so the work balances on its
// own: where first touches of memory are dear (virtual machines), the owner, who touches all
// of the string, writes fewer blocks.

#include "itemstext_p.h"

#include "jsonio_p.h"
#include "presentmemory_p.h"
#include "twothreads_p.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <map>
#include <mutex>
#include <vector>

namespace dtdb::detail {

namespace {

// Writes [first, last) one after the other (see writeItemsText).
void writeRange(std::string &out, const ItemStore &items, std::size_t first, std::size_t last,
                json::Style style, std::size_t depth)
{
    const bool indented = style == json::Style::Indent2;
    // Items lie apart in memory: the next ones are fetched while this one is written.
    constexpr std::size_t kAhead = 8;
    std::size_t start = 0; // position of the chunk's first item
    for (std::size_t c = 0; c < items.chunkCount() && start < last; ++c) {
        const std::vector<StoredItem> &chunk = items.chunk(c);
        const std::size_t from = first > start ? first - start : 0;
        const std::size_t to = std::min(chunk.size(), last - start);
        for (std::size_t i = from; i < to; ++i) {
            if (i + kAhead < to) {
                const char *next = reinterpret_cast<const char *>(chunk[i + kAhead].item.get());
                for (int line = 0; line < 4; ++line) // most items are a few hundred bytes
                    __builtin_prefetch(next + 64 * line);
            }
            if (start + i > 0) out += ',';
            if (indented) {
                out += '\n';
                out.append(depth * 2, ' ');
            }
            chunk[i].item->write(out, style, depth);
        }
        start += chunk.size();
    }
}

// Makes up to `bytes` of s's room, from its end on, present (see makePresent).
void prefaultRoom(const std::string &s, std::size_t bytes)
{
    makePresent(s.data() + s.size(), std::min(s.capacity() - s.size(), bytes));
}

// Blocks written out of turn, until the owner copies them in.
class Handover
{
public:
    explicit Handover(std::size_t blocks) : m_blocks(blocks) {}

    // The next block nobody has taken, or `blocks` when none is left.
    std::size_t take() { return std::min(m_next.fetch_add(1), m_blocks); }

    // An empty buffer to write a block into, with room for `size` bytes. With `limit`, waits
    // while that many written blocks are waiting. False when the other side gave up.
    bool buffer(std::string &into, std::size_t size, std::size_t limit = SIZE_MAX)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_abandoned || m_ready.size() < limit; });
        if (m_abandoned) return false;
        if (!m_spare.empty()) {
            into = std::move(m_spare.back());
            m_spare.pop_back();
        }
        lock.unlock();
        into.clear();
        into.reserve(size);
        return true;
    }

    void put(std::size_t block, std::string text)
    {
        {
            std::lock_guard lock(m_mutex);
            m_ready.emplace(block, std::move(text));
        }
        m_changed.notify_all();
    }

    // Appends block `block` to out when it is ready; with `wait`, waits until it is. False
    // when it is not there (or the other side gave up).
    bool copy(std::size_t block, std::string &out, bool wait)
    {
        std::unique_lock lock(m_mutex);
        if (wait) m_changed.wait(lock, [&] { return m_abandoned || m_ready.contains(block); });
        const auto it = m_ready.find(block);
        if (it == m_ready.end()) return false;
        std::string text = std::move(it->second);
        m_ready.erase(it);
        lock.unlock();
        out += text;
        lock.lock();
        m_spare.push_back(std::move(text));
        lock.unlock();
        m_changed.notify_all();
        return true;
    }

    // The other side stops waiting: one side failed.
    void abandon()
    {
        {
            std::lock_guard lock(m_mutex);
            m_abandoned = true;
        }
        m_changed.notify_all();
    }

private:
    const std::size_t m_blocks;
    std::atomic<std::size_t> m_next{0};
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::map<std::size_t, std::string> m_ready; // by block
    std::vector<std::string> m_spare;           // buffers to reuse
    bool m_abandoned = false;
};

} // namespace

void writeItemsText(std::string &out, const ItemStore &items, std::size_t first, std::size_t last,
                    json::Style style, std::size_t depth)
{
    if (first >= last) return;
    // The first items tell how long the text of all will be: room is made for it at once.
    constexpr std::size_t kSample = 64;
    const std::size_t sampled = std::min(last, first + kSample);
    const std::size_t start = out.size();
    writeRange(out, items, first, sampled, style, depth);
    const std::size_t perItem = (out.size() - start) / (sampled - first) + 1;
    // Room for the text of n items, with an eighth to spare.
    const auto roomFor = [perItem](std::size_t n) { return n * perItem + n * perItem / 8; };
    const std::size_t rest = last - sampled;
    out.reserve(out.size() + roomFor(rest));
    if (!json::detail::splitForThreads(rest)) {
        prefaultRoom(out, out.capacity());
        writeRange(out, items, sampled, last, style, depth);
        return;
    }

    // Blocks of a few tens of KB: small enough to stay in cache until copied, large enough
    // that taking and handing them over costs nothing in comparison.
    constexpr std::size_t kBlock = 256;
    constexpr std::size_t kWaiting = 8; // blocks the helper may write ahead
    const std::size_t blocks = (rest + kBlock - 1) / kBlock;
    const auto range = [&](std::size_t block) {
        const std::size_t from = sampled + block * kBlock;
        return std::pair(from, std::min(last, from + kBlock));
    };
    const std::size_t blockSize = roomFor(kBlock);
    Handover handover(blocks);
    // Writes a block into a buffer of the handover, for the owner to copy in its turn.
    const auto writeAside = [&](std::size_t block, std::string buffer) {
        const auto [from, to] = range(block);
        writeRange(buffer, items, from, to, style, depth);
        handover.put(block, std::move(buffer));
    };
    runOnTwoThreads(
        [&] {
            try {
                std::size_t due = 0;     // the next block the string lacks
                std::size_t present = 0; // blocks from 0 with room made present
                while (due < blocks) {
                    if (due == present) { // room for the next few, in one call
                        prefaultRoom(out, kWaiting * kBlock * perItem);
                        present += kWaiting;
                    }
                    if (handover.copy(due, out, false)) {
                        ++due;
                        continue;
                    }
                    const std::size_t block = handover.take();
                    if (block == blocks) { // all taken: the helper writes the ones due
                        if (!handover.copy(due, out, true)) return;
                        ++due;
                    } else if (block == due) {
                        const auto [from, to] = range(block);
                        writeRange(out, items, from, to, style, depth);
                        ++due;
                    } else { // the helper still writes an earlier one
                        std::string buffer;
                        if (!handover.buffer(buffer, blockSize)) return;
                        writeAside(block, std::move(buffer));
                    }
                }
            } catch (...) {
                handover.abandon();
                throw;
            }
        },
        [&] {
            try {
                for (;;) {
                    // The buffer first, then the block: a block taken is always being written,
                    // never waiting for room while the owner waits for it.
                    std::string buffer;
                    if (!handover.buffer(buffer, blockSize, kWaiting)) return;
                    const std::size_t block = handover.take();
                    if (block == blocks) return;
                    writeAside(block, std::move(buffer));
                }
            } catch (...) {
                handover.abandon();
                throw;
            }
        });
}

} // namespace dtdb::detail
