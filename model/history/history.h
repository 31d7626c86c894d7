#pragma once

#include "cause.h"
#include "database.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace dtdb::history {

class EntryTexts;

constexpr std::int64_t NoTime = std::numeric_limits<std::int64_t>::min();

// One file that contributed to a history. Its entries are read again from it whenever they are
// parsed or shown, so that a history of 10^6 entries does not keep a gigabyte of text.
struct SourceFile
{
    enum class Kind
    {
        Snapshot,
        JsonLines,
        JsonArray,
        QueryFile
    };
    QString path;
    Kind kind = Kind::JsonLines;
    // Only for JsonArray: its elements written out compactly, one per line (the file itself
    // cannot be parsed one element at a time).
    QByteArray bytes;
    // The file's size and ContentDigest when it was read, to tell whether it still holds that.
    std::uint64_t size = 0;
    std::uint64_t digest = 0;

    bool inMemory() const { return kind == Kind::JsonArray; }
};

// Something that could not be read, named by file and place. The rest still loads.
struct Problem
{
    QString file;
    std::size_t line = 0;   // 1-based; 0 when the problem concerns the whole file
    std::size_t column = 0; // 1-based; 0 when unknown
    QString message;

    QString toString() const;
};

// One log entry: where its text is, and its times (spec §8.5).
struct Entry
{
    std::uint32_t file = 0; // index into History::files
    std::uint32_t line = 1; // 1-based line of the entry in that file
    std::uint64_t offset = 0;
    std::uint32_t length = 0;
    std::int64_t fileTime = NoTime;  // server layout: the file name's time (execution order)
    std::int64_t causeTime = NoTime; // the Cause's last hop, else its first hop
    bool fromErrorFolder = false;    // server layout: error_query/
    bool readable = true;            // false: listed in History::problems, changes nothing

    // The entry's timeline time: the first of fileTime, causeTime that exists.
    std::int64_t time() const { return fileTime != NoTime ? fileTime : causeTime; }
};

// A snapshot placed on the timeline: the state after `position` entries.
struct Anchor
{
    std::size_t position = 0;
    std::int64_t time = NoTime;
    int file = -1; // index into History::files; -1 for the implicit empty start
    std::shared_ptr<const Database> state;
};

// Everything opened as one history: snapshots and entries in application order.
struct History
{
    std::vector<SourceFile> files;
    std::vector<Entry> entries;
    // Ascending positions, anchors.front().position == 0. Several may share a position; the
    // last of them is the state there.
    std::vector<Anchor> anchors;
    std::vector<Problem> problems;

    // The text of an entry, read again from its file; empty when that fails.
    std::string text(std::size_t position) const;
    // Parses an entry again. nullopt (and *problem filled) when it cannot be read.
    std::optional<LogEntry> parse(std::size_t position, Problem *problem = nullptr) const;
    // The same, from texts already read with those of its neighbours (`texts` holds position).
    std::optional<LogEntry> parse(std::size_t position, const EntryTexts &texts,
                                  Problem *problem = nullptr) const;
};

} // namespace dtdb::history
