#pragma once

#include "item.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace dtdb {

// An item with its sequence number. Sequence numbers increase with every append to a
// collection and never change afterwards, so storage order is ascending sequence order even
// after deletions: indexes can refer to items by sequence number.
struct StoredItem
{
    std::uint64_t seq = 0;
    ItemPtr item;
};

// The ordered items of a collection, in chunks that are shared between copies and copied only
// when written (copy-on-write). Copying a store of 100,000 items copies ~200 chunk pointers;
// a write then copies one chunk, never the whole collection.
class ItemStore
{
public:
    struct Location
    {
        std::size_t chunk = 0;
        std::size_t offset = 0;
        std::size_t position = 0;
    };

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }

    const StoredItem &at(std::size_t position) const;
    std::optional<Location> find(std::uint64_t seq) const;
    const StoredItem &at(const Location &loc) const { return m_chunks[loc.chunk]->at(loc.offset); }

    void pushBack(StoredItem item);
    void insert(std::size_t position, StoredItem item);
    StoredItem erase(std::size_t position);
    ItemPtr replace(std::size_t position, ItemPtr item);
    void clear();

    // Calls f(const StoredItem&) for every item in order; stops early when f returns false.
    template <typename F>
    void forEach(F &&f) const
    {
        for (const auto &chunk : m_chunks)
            for (const StoredItem &s : *chunk)
                if (!f(s)) return;
    }

    std::vector<ItemPtr> toVector() const;

    // Direct access to the chunks, for scans split across threads.
    std::size_t chunkCount() const { return m_chunks.size(); }
    const std::vector<StoredItem> &chunk(std::size_t i) const { return *m_chunks[i]; }

private:
    using Chunk = std::vector<StoredItem>;
    static constexpr std::size_t MaxChunk = 512;

    Location locate(std::size_t position) const;
    Chunk &mutableChunk(std::size_t index);
    // Recomputes m_starts / m_lastSeqs from chunk `from` on.
    void refreshFrom(std::size_t from);

    std::vector<std::shared_ptr<Chunk>> m_chunks;
    // Per chunk, kept contiguous so that lookups do not chase a pointer per chunk: the
    // position of its first item and the sequence number of its last item.
    std::vector<std::size_t> m_starts;
    std::vector<std::uint64_t> m_lastSeqs;
    std::size_t m_size = 0;
};

} // namespace dtdb
