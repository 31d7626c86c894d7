#include "itemstore.h"

#include <algorithm>
#include <stdexcept>

namespace dtdb {

ItemStore::Location ItemStore::locate(std::size_t position) const
{
    if (position >= m_size)
        throw std::out_of_range("item position out of range");
    std::size_t start = 0;
    for (std::size_t c = 0; c < m_chunks.size(); ++c) {
        const std::size_t n = m_chunks[c]->size();
        if (position < start + n)
            return {c, position - start, position};
        start += n;
    }
    throw std::out_of_range("item position out of range");
}

const StoredItem &ItemStore::at(std::size_t position) const
{
    return at(locate(position));
}

std::optional<ItemStore::Location> ItemStore::find(std::uint64_t seq) const
{
    const auto chunkIt =
        std::lower_bound(m_chunks.begin(), m_chunks.end(), seq,
                         [](const std::shared_ptr<Chunk> &c, std::uint64_t s) {
                             return c->back().seq < s;
                         });
    if (chunkIt == m_chunks.end())
        return std::nullopt;
    const Chunk &chunk = **chunkIt;
    const auto it = std::lower_bound(chunk.begin(), chunk.end(), seq,
                                     [](const StoredItem &s, std::uint64_t v) { return s.seq < v; });
    if (it == chunk.end() || it->seq != seq)
        return std::nullopt;
    const auto c = static_cast<std::size_t>(chunkIt - m_chunks.begin());
    std::size_t position = 0;
    for (std::size_t k = 0; k < c; ++k)
        position += m_chunks[k]->size();
    const auto offset = static_cast<std::size_t>(it - chunk.begin());
    return Location{c, offset, position + offset};
}

ItemStore::Chunk &ItemStore::mutableChunk(std::size_t index)
{
    auto &chunk = m_chunks[index];
    if (chunk.use_count() > 1)
        chunk = std::make_shared<Chunk>(*chunk);
    return *chunk;
}

void ItemStore::pushBack(StoredItem item)
{
    if (m_chunks.empty() || m_chunks.back()->size() >= MaxChunk) {
        m_chunks.push_back(std::make_shared<Chunk>());
        m_chunks.back()->reserve(MaxChunk);
    }
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
}

StoredItem ItemStore::erase(std::size_t position)
{
    const Location loc = locate(position);
    Chunk &chunk = mutableChunk(loc.chunk);
    StoredItem removed = std::move(chunk[loc.offset]);
    chunk.erase(chunk.begin() + static_cast<std::ptrdiff_t>(loc.offset));
    if (chunk.empty())
        m_chunks.erase(m_chunks.begin() + static_cast<std::ptrdiff_t>(loc.chunk));
    --m_size;
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
