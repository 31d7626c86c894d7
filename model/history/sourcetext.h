#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dtdb::history {

struct History;

// A fingerprint of a file's bytes, fed in pieces of any size: whether a file still holds what
// was read from it, without keeping those bytes. The bytes are hashed in fixed blocks, so the
// result does not depend on how they were fed.
class ContentDigest
{
public:
    void add(std::string_view bytes);
    std::uint64_t finish() const;
    std::uint64_t size() const { return m_size; }

    // The digest of a whole file; nullopt when it cannot be read.
    static std::optional<std::pair<std::uint64_t, std::uint64_t>> ofFile(const QString &path);

private:
    static constexpr std::size_t Block = 1 << 20;
    void addBlock(std::string_view block);

    std::string m_pending; // the start of the next block
    std::uint64_t m_state = 0x9e3779b97f4a7c15ULL;
    std::uint64_t m_size = 0;
};

// The texts of a run of entries, read with one read per stretch of entries lying one after
// the other in the same file, instead of one read per entry. Log entries are not kept in
// memory: they are read again from their files whenever they are parsed or shown.
class EntryTexts
{
public:
    // Reads entries [from, to) of h. An entry whose file cannot be read (any more) has no text.
    void load(const History &h, std::size_t from, std::size_t to);
    // The text of entry `index` (from <= index < to), or nullopt with the reason in *error.
    std::optional<std::string_view> text(std::size_t index, QString *error = nullptr) const;

private:
    std::size_t m_from = 0;
    std::vector<std::string> m_buffers;
    struct Slot
    {
        int buffer = -1; // index into m_buffers; -1: not read; -2: in the file's kept bytes
        std::size_t offset = 0;
        std::size_t length = 0;
        QString error;
    };
    std::vector<Slot> m_slots;
    const History *m_inMemory = nullptr; // for entries of files kept in memory (buffer -2)
};

} // namespace dtdb::history
