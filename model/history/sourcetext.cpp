#include "sourcetext.h"

#include "history.h"

#include <algorithm>
#include <functional>

namespace dtdb::history {

void ContentDigest::add(std::string_view bytes)
{
    m_size += bytes.size();
    if (!m_pending.empty()) {
        const std::size_t take = std::min(Block - m_pending.size(), bytes.size());
        m_pending.append(bytes.substr(0, take));
        bytes.remove_prefix(take);
        if (m_pending.size() < Block) return;
        addBlock(m_pending);
        m_pending.clear();
    }
    while (bytes.size() >= Block) {
        addBlock(bytes.substr(0, Block));
        bytes.remove_prefix(Block);
    }
    m_pending.assign(bytes);
}

void ContentDigest::addBlock(std::string_view block)
{
    const std::uint64_t h = std::hash<std::string_view>()(block);
    m_state = (m_state ^ h) * 0x100000001b3ULL + (m_state >> 29);
}

std::uint64_t ContentDigest::finish() const
{
    ContentDigest copy = *this;
    if (!copy.m_pending.empty()) copy.addBlock(copy.m_pending);
    return copy.m_state ^ copy.m_size;
}

std::optional<std::pair<std::uint64_t, std::uint64_t>> ContentDigest::ofFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return std::nullopt;
    ContentDigest digest;
    std::string block(Block, '\0');
    for (;;) {
        const qint64 n = file.read(block.data(), qint64(block.size()));
        if (n < 0) return std::nullopt;
        if (n == 0) break;
        digest.add(std::string_view(block.data(), std::size_t(n)));
    }
    return std::pair{digest.size(), digest.finish()};
}

void EntryTexts::load(const History &h, std::size_t from, std::size_t to)
{
    m_from = from;
    m_buffers.clear();
    m_slots.assign(to - from, Slot());
    std::size_t i = from;
    while (i < to) {
        const Entry &first = h.entries[i];
        const SourceFile &file = h.files[first.file];
        if (file.inMemory()) {
            m_slots[i - from] = {-2, std::size_t(first.offset), first.length, {}};
            ++i;
            continue;
        }
        // The stretch of following entries of the same file, each starting after the last.
        std::size_t last = i;
        while (last + 1 < to && h.entries[last + 1].file == first.file &&
               h.entries[last + 1].offset >= h.entries[last].offset + h.entries[last].length)
            ++last;
        const std::uint64_t start = first.offset;
        const std::uint64_t end = h.entries[last].offset + h.entries[last].length;
        QFile f(file.path);
        std::string buffer;
        QString error;
        if (!f.open(QIODevice::ReadOnly)) {
            error = QStringLiteral("cannot open it again: ") + f.errorString();
        } else if (!f.seek(qint64(start))) {
            error = QStringLiteral("cannot read it again: ") + f.errorString();
        } else {
            buffer.resize(end - start);
            const qint64 n = f.read(buffer.data(), qint64(buffer.size()));
            if (n < 0) error = QStringLiteral("cannot read it again: ") + f.errorString();
            buffer.resize(std::size_t(std::max<qint64>(n, 0)));
        }
        const int index = int(m_buffers.size());
        for (std::size_t k = i; k <= last; ++k) {
            const Entry &e = h.entries[k];
            Slot &slot = m_slots[k - from];
            slot.offset = std::size_t(e.offset - start);
            slot.length = e.length;
            if (!error.isEmpty())
                slot.error = error;
            else if (slot.offset + slot.length > buffer.size())
                slot.error = QStringLiteral("the file is shorter than when it was opened");
            else
                slot.buffer = index;
        }
        m_buffers.push_back(std::move(buffer));
        i = last + 1;
    }
    m_inMemory = &h;
}

std::optional<std::string_view> EntryTexts::text(std::size_t index, QString *error) const
{
    const Slot &slot = m_slots[index - m_from];
    if (slot.buffer == -2) {
        const Entry &e = m_inMemory->entries[index];
        const QByteArray &bytes = m_inMemory->files[e.file].bytes;
        return std::string_view(bytes.constData() + slot.offset, slot.length);
    }
    if (slot.buffer < 0) {
        if (error) *error = slot.error;
        return std::nullopt;
    }
    return std::string_view(m_buffers[std::size_t(slot.buffer)]).substr(slot.offset, slot.length);
}

} // namespace dtdb::history
