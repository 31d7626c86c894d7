#include "itemstore.h"

#include <algorithm>
#include <stdexcept>

namespace dtdb {

void ItemStore::refreshFrom(std::size_t from)
{
    m_starts.resize(m_chunks.size());
    m_lastSeqs.resize(m_chunks.size());
    std::size_t start = from == 0 ? 0 : m_starts[from - 1] + m_chunks[from - 1]->size();
    for (std::size_t c = from; c < m_chunks.size(); ++c) {
        m_starts[c] = start;
        m_lastSeqs[c] = m_chunks[c]->back().seq;
        start += m_chunks[c]->size();
    }
}

ItemStore::Location ItemStore::locate(std::size_t position) const
{
    if (position >= m_size) throw std::out_of_range("item position out of range");
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), position);
    const auto c = static_cast<std::size_t>(it - m_starts.begin()) - 1;
    return {c, position - m_starts[c], position};
}

const StoredItem &ItemStore::at(std::size_t position) const
{
    return at(locate(position));
}

std::optional<ItemStore::Location> ItemStore::find(std::uint64_t seq) const
{
    const auto it = std::lower_bound(m_lastSeqs.begin(), m_lastSeqs.end(), seq);
    if (it == m_lastSeqs.end()) return std::nullopt;
    const auto c = static_cast<std::size_t>(it - m_lastSeqs.begin());
    const Chunk &chunk = *m_chunks[c];
    const auto item =
        std::lower_bound(chunk.begin(), chunk.end(), seq,
                         [](const StoredItem &s, std::uint64_t v) { return s.seq < v; });
    if (item == chunk.end() || item->seq != seq) return std::nullopt;
    const auto offset = static_cast<std::size_t>(item - chunk.begin());
    return Location{c, offset, m_starts[c] + offset};
}

ItemStore::Chunk &ItemStore::mutableChunk(std::size_t index)
{
    auto &chunk = m_chunks[index];
    if (chunk.use_count() > 1) chunk = std::make_shared<Chunk>(*chunk);
    return *chunk;
}

void ItemStore::pushBack(StoredItem item)
{
    if (m_chunks.empty() || m_chunks.back()->size() >= MaxChunk) {
        m_chunks.push_back(std::make_shared<Chunk>());
        m_chunks.back()->reserve(MaxChunk);
        m_starts.push_back(m_size);
        m_lastSeqs.push_back(item.seq);
    }
    m_lastSeqs.back() = item.seq;
    mutableChunk(m_chunks.size() - 1).push_back(std::move(item));
    ++m_size;
}

void ItemStore::insert(std::size_t position, StoredItem item)
{
    if (position == m_size) {
        pushBack(std::move(item));
        return;
    }
    const Location loc = locate(position);
    Chunk &chunk = mutableChunk(loc.chunk);
    chunk.insert(chunk.begin() + static_cast<std::ptrdiff_t>(loc.offset), std::move(item));
    ++m_size;
    if (chunk.size() > 2 * MaxChunk) {
        auto tail = std::make_shared<Chunk>(chunk.begin() + MaxChunk, chunk.end());
        chunk.resize(MaxChunk);
        m_chunks.insert(m_chunks.begin() + static_cast<std::ptrdiff_t>(loc.chunk) + 1,
                        std::move(tail));
    }
    refreshFrom(loc.chunk);
}

StoredItem ItemStore::erase(std::size_t position)
{
    const Location loc = locate(position);
    Chunk &chunk = mutableChunk(loc.chunk);
    StoredItem removed = std::move(chunk[loc.offset]);
    chunk.erase(chunk.begin() + static_cast<std::ptrdiff_t>(loc.offset));
    if (chunk.empty()) m_chunks.erase(m_chunks.begin() + static_cast<std::ptrdiff_t>(loc.chunk));
    --m_size;
    refreshFrom(loc.chunk);
    return removed;
}

ItemPtr ItemStore::replace(std::size_t position, ItemPtr item)
{
    const Location loc = locate(position);
    Chunk &chunk = mutableChunk(loc.chunk);
    std::swap(chunk[loc.offset].item, item);
    return item;
}

void ItemStore::clear()
{
    m_chunks.clear();
    m_starts.clear();
    m_lastSeqs.clear();
    m_size = 0;
}

std::vector<ItemPtr> ItemStore::toVector() const
{
    std::vector<ItemPtr> out;
    out.reserve(m_size);
    forEach([&](const StoredItem &s) {
        out.push_back(s.item);
        return true;
    });
    return out;
}

} // namespace dtdb
