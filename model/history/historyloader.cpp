#include "historyloader.h"

#include "aesgcm.h"
#include "errors.h"
#include "jsonio.h"
#include "servernames.h"
#include "sourcetext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <future>
#include <optional>
#include <span>
#include <utility>

namespace dtdb::history {

namespace {

// A file to read, with what the layout says about it.
struct Candidate
{
    QString path;
    enum class Role
    {
        ServerBackup,
        ServerQuery,
        Snapshot,
        Log,
        Unknown
    } role = Role::Unknown;
    std::int64_t fileTime = NoTime;
    bool errorFolder = false;
};

std::optional<Problem> readBytes(const QString &path, QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Problem{path, 0, 0, QStringLiteral("cannot open: ") + file.errorString()};
    if (file.isSequential()) { // a pipe: no size to read up to
        bytes = file.readAll();
        return std::nullopt;
    }
    // With room after the end for Database::fromText to parse a snapshot where it lies.
    const qint64 size = file.size();
    bytes.reserve(qsizetype(size) + qsizetype(Database::kTextPadding));
    bytes.resize(qsizetype(size));
    const qint64 n = file.read(bytes.data(), size);
    if (n < 0) return Problem{path, 0, 0, QStringLiteral("cannot read: ") + file.errorString()};
    bytes.resize(qsizetype(n));
    return std::nullopt;
}

void addServerFolder(const QString &dir, bool errorFolder, std::vector<Candidate> &out)
{
    const QDir d(dir);
    for (const QString &name : d.entryList(QDir::Files, QDir::Name)) {
        const auto parsed = parseServerFileName(name);
        if (!parsed || parsed->kind == ServerFileName::Kind::Log) continue;
        Candidate c;
        c.path = d.filePath(name);
        c.role = parsed->kind == ServerFileName::Kind::Backup ? Candidate::Role::ServerBackup
                                                              : Candidate::Role::ServerQuery;
        c.fileTime = parsed->utcMicros;
        c.errorFolder = errorFolder;
        out.push_back(std::move(c));
    }
}

Candidate::Role roleFromName(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("dtdb")) return Candidate::Role::Snapshot;
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("q") ||
        suffix == QLatin1String("json") || suffix == QLatin1String("ndjson"))
        return Candidate::Role::Log;
    return Candidate::Role::Unknown;
}

// Expands the given paths into candidate files.
void collect(const QString &path, std::vector<Candidate> &out, std::vector<Problem> &problems)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        problems.push_back({path, 0, 0, QStringLiteral("no such file or folder")});
        return;
    }
    if (info.isFile()) {
        Candidate c;
        c.path = path;
        c.role = roleFromName(path);
        if (const auto server = parseServerFileName(info.fileName())) {
            c.fileTime = server->utcMicros;
            c.role = server->kind == ServerFileName::Kind::Backup ? Candidate::Role::ServerBackup
                                                                  : Candidate::Role::ServerQuery;
            c.errorFolder = info.dir().dirName() == QLatin1String("error_query");
        }
        out.push_back(std::move(c));
        return;
    }
    const QDir dir(path);
    const std::size_t before = out.size();
    bool layout = false;
    for (const char *sub : {"backups", "success_query", "error_query"}) {
        const QString subPath = dir.filePath(QLatin1String(sub));
        if (QFileInfo(subPath).isDir()) {
            layout = true;
            addServerFolder(subPath, QLatin1String(sub) == QLatin1String("error_query"), out);
        }
    }
    if (!layout) {
        // One of the server's own folders, or a folder of plain files.
        addServerFolder(path, dir.dirName() == QLatin1String("error_query"), out);
        if (out.size() == before) {
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
                Candidate c;
                c.path = dir.filePath(name);
                c.role = roleFromName(name);
                if (c.role != Candidate::Role::Unknown) out.push_back(std::move(c));
            }
            // Plain files are taken in name order, so that snapshot-1, log-1, snapshot-2, ...
            // interleave as named. A folder of one snapshot and one log holds a snapshot and
            // the log written after it, whatever their names ("log.jsonl" sorts before
            // "snapshot.dtdb"): the snapshot comes first.
            const auto first = out.begin() + std::ptrdiff_t(before);
            const auto isSnapshot = [](const Candidate &c) {
                return c.role == Candidate::Role::Snapshot;
            };
            if (out.end() - first == 2 && std::count_if(first, out.end(), isSnapshot) == 1)
                std::stable_partition(first, out.end(), isSnapshot);
        }
    }
    if (out.size() == before)
        problems.push_back({path, 0, 0,
                            QStringLiteral("no recognisable files (expected backups/, "
                                           "success_query/, error_query/, .dtdb, .jsonl, .json "
                                           "or .q files)")});
}

bool isSnapshotObject(const Value &v)
{
    return v.is_object() && (v.contains("collections") ||
                             (v.contains("className") && v["className"] == "DeltaTraceDatabase"));
}

// Adds one entry whose text is bytes[offset, offset+length) of file `fileIndex`. It is parsed
// only when the timeline is built (once, with everything else it needs from it).
void addEntry(History &h, std::uint32_t fileIndex, std::uint32_t line, std::size_t offset,
              std::size_t length, const Candidate &c)
{
    Entry e;
    e.file = fileIndex;
    e.line = line;
    e.offset = offset;
    e.length = static_cast<std::uint32_t>(length);
    e.fileTime = c.fileTime;
    e.fromErrorFolder = c.errorFolder;
    h.entries.push_back(e);
}

// Whether a file is read as JSON Lines: everything that is not a snapshot, a query file or .json.
bool isJsonLines(const Candidate &c)
{
    if (c.role == Candidate::Role::ServerBackup || c.role == Candidate::Role::Snapshot ||
        c.role == Candidate::Role::ServerQuery)
        return false;
    const QString suffix = QFileInfo(c.path).suffix().toLower();
    return suffix != QLatin1String("q") && suffix != QLatin1String("json");
}

// Finds the lines of a JSON Lines file, reading it in blocks: only where each entry is kept.
std::optional<Problem> addJsonLines(History &h, std::uint32_t fileIndex, const Candidate &c)
{
    QFile file(c.path);
    if (!file.open(QIODevice::ReadOnly))
        return Problem{c.path, 0, 0, QStringLiteral("cannot open: ") + file.errorString()};
    constexpr qint64 BlockSize = 8 << 20;
    ContentDigest digest;
    std::string carry; // the start of a line that continues in the next block
    std::uint64_t carryOffset = 0;
    std::uint64_t blockOffset = 0;
    std::uint32_t line = 0;
    const auto addLine = [&](std::string_view text, std::uint64_t offset) {
        ++line;
        if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
        if (text.find_first_not_of(" \t") != std::string_view::npos)
            addEntry(h, fileIndex, line, offset, text.size(), c);
    };
    std::string block(std::size_t(BlockSize), '\0');
    for (;;) {
        const qint64 n = file.read(block.data(), BlockSize);
        if (n < 0) return Problem{c.path, line + 1, 0, file.errorString()};
        if (n == 0) break;
        const std::string_view bytes(block.data(), std::size_t(n));
        digest.add(bytes);
        std::size_t start = 0;
        for (;;) {
            const std::size_t end = bytes.find('\n', start);
            if (end == std::string_view::npos) break;
            if (!carry.empty()) {
                carry.append(bytes.substr(0, end));
                addLine(carry, carryOffset);
                carry.clear();
            } else {
                addLine(bytes.substr(start, end - start), blockOffset + start);
            }
            start = end + 1;
        }
        if (start < bytes.size()) {
            if (carry.empty()) carryOffset = blockOffset + start;
            carry.append(bytes.substr(start));
        }
        blockOffset += std::uint64_t(n);
    }
    if (!carry.empty()) addLine(carry, carryOffset);
    h.files[fileIndex].size = digest.size();
    h.files[fileIndex].digest = digest.finish();
    return std::nullopt;
}

} // namespace

std::shared_ptr<const Database> readSnapshot(const QString &path, const QByteArray &bytes,
                                             const std::function<QString(const QString &)> &keyFor,
                                             Problem *problem)
{
    const auto fail = [&](std::size_t line, std::size_t column, const QString &message) {
        *problem = {path, line, column, message};
        return std::shared_ptr<const Database>();
    };
    const std::span<const std::uint8_t> raw(reinterpret_cast<const std::uint8_t *>(bytes.data()),
                                            std::size_t(bytes.size()));
    json::ParseError error;
    try {
        std::optional<Database> db =
            Database::fromText(std::string_view(bytes.constData(), raw.size()), &error,
                               std::size_t(bytes.capacity() - bytes.size()));
        if (!db && !aesgcm::looksLikeJson(raw)) {
            // Not JSON: an encrypted DeltaTraceStudio file (spec §10.2), if we have a key.
            const QString key = keyFor ? keyFor(path) : QString();
            if (key.isEmpty())
                return fail(0, 0, QStringLiteral("not JSON; if it is encrypted, give its key"));
            aesgcm::Error decryptError = aesgcm::Error::None;
            const auto plain = aesgcm::decrypt(raw, key.toStdString(), &decryptError);
            if (!plain) return fail(0, 0, QString::fromStdString(aesgcm::errorText(decryptError)));
            db = Database::fromText(*plain, &error);
            if (!db)
                return fail(error.line, error.column,
                            QStringLiteral("decrypted, but not JSON: ") +
                                QString::fromStdString(error.message));
        }
        if (!db) return fail(error.line, error.column, QString::fromStdString(error.message));
        return std::make_shared<const Database>(std::move(*db));
    } catch (const LoadError &e) {
        return fail(0, 0,
                    QStringLiteral("not a DeltaTraceDB snapshot: ") + QString::fromUtf8(e.what()));
    }
}

LoadResult loadHistory(const QStringList &paths, const LoadOptions &options)
{
    auto h = std::make_shared<History>();
    std::vector<Candidate> candidates;
    for (const QString &path : paths)
        collect(path, candidates, h->problems);
    // Server files in execution order (file-name time, then name); others keep their order.
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) {
                         const bool sa = a.fileTime != NoTime, sb = b.fileTime != NoTime;
                         if (sa != sb) return sa;
                         if (!sa) return false;
                         if (a.fileTime != b.fileTime) return a.fileTime < b.fileTime;
                         return QFileInfo(a.path).fileName() < QFileInfo(b.path).fileName();
                     });

    std::vector<Anchor> anchors;
    // A snapshot is parsed on another thread while the files after it are read (a log of 10^6
    // entries takes as long to split into lines as a 100,000-item snapshot takes to parse).
    // One at a time: the next one waits for it, and so does the end.
    struct PendingSnapshot
    {
        std::future<std::pair<std::shared_ptr<const Database>, Problem>> parsed;
        std::size_t anchor = 0;    // its place in anchors
        std::size_t problemAt = 0; // where its problem goes, if it has one
    };
    std::optional<PendingSnapshot> pending;
    const auto settle = [&] {
        if (!pending) return;
        auto [db, problem] = pending->parsed.get();
        if (db) {
            anchors[pending->anchor].state = std::move(db);
        } else {
            anchors.erase(anchors.begin() + std::ptrdiff_t(pending->anchor));
            h->problems.insert(h->problems.begin() + std::ptrdiff_t(pending->problemAt),
                               std::move(problem));
        }
        pending.reset();
    };
    qint64 done = 0;
    for (const Candidate &c : candidates) {
        if (options.progress && !options.progress(done++, qint64(candidates.size()))) {
            settle();
            return {nullptr, true};
        }
        SourceFile file;
        file.path = c.path;
        const auto fileIndex = static_cast<std::uint32_t>(h->files.size());
        if (isJsonLines(c)) {
            file.kind = SourceFile::Kind::JsonLines;
            h->files.push_back(std::move(file));
            if (auto problem = addJsonLines(*h, fileIndex, c)) h->problems.push_back(*problem);
            continue;
        }
        if (auto problem = readBytes(c.path, file.bytes)) {
            h->problems.push_back(*problem);
            continue;
        }
        file.size = std::uint64_t(file.bytes.size());
        if (c.role == Candidate::Role::ServerBackup || c.role == Candidate::Role::Snapshot) {
            settle();
            file.kind = SourceFile::Kind::Snapshot;
            // Kept as a parsed state, not as text.
            pending = PendingSnapshot{
                std::async(std::launch::async,
                           [path = c.path, bytes = std::exchange(file.bytes, {}),
                            keyFor = options.keyFor] {
                               Problem problem;
                               auto db = readSnapshot(path, bytes, keyFor, &problem);
                               return std::make_pair(std::move(db), std::move(problem));
                           }),
                anchors.size(), h->problems.size()};
            h->files.push_back(std::move(file));
            Anchor a;
            a.position = h->entries.size(); // after the entries read so far (time order)
            a.time = c.fileTime;
            a.file = int(fileIndex);
            anchors.push_back(std::move(a));
            continue;
        }
        // A query file is read again whenever its entry is parsed.
        const auto addQueryFile = [&] {
            file.kind = SourceFile::Kind::QueryFile;
            file.bytes.clear();
            h->files.push_back(std::move(file));
            addEntry(*h, fileIndex, 1, 0, std::size_t(h->files.back().size), c);
        };
        if (c.role == Candidate::Role::ServerQuery ||
            QFileInfo(c.path).suffix().toLower() == QLatin1String("q")) {
            addQueryFile();
            continue;
        }
        // What is left is .json: a snapshot, one query, or an array of queries.
        const QByteArray &bytes = file.bytes;
        json::ParseError error;
        std::optional<Value> value =
            json::parse(std::string_view(bytes.constData(), std::size_t(bytes.size())), &error);
        if (!value) {
            h->problems.push_back(
                {c.path, error.line, error.column, QString::fromStdString(error.message)});
            continue;
        }
        if (isSnapshotObject(*value)) {
            Problem problem;
            auto db = readSnapshot(c.path, bytes, options.keyFor, &problem);
            file.kind = SourceFile::Kind::Snapshot;
            file.bytes.clear();
            h->files.push_back(std::move(file));
            if (db)
                anchors.push_back({h->entries.size(), NoTime, int(fileIndex), std::move(db)});
            else
                h->problems.push_back(problem);
            continue;
        }
        if (value->is_array()) {
            // Each element is written out compactly so that it can be parsed on its own.
            file.kind = SourceFile::Kind::JsonArray;
            QByteArray elements;
            std::vector<std::pair<std::size_t, std::size_t>> ranges;
            for (const Value &element : *value) {
                std::string text;
                json::write(text, element);
                ranges.emplace_back(std::size_t(elements.size()), text.size());
                elements.append(text.data(), qsizetype(text.size()));
                elements.append('\n');
            }
            file.bytes = elements;
            h->files.push_back(std::move(file));
            for (std::size_t i = 0; i < ranges.size(); ++i)
                addEntry(*h, fileIndex, std::uint32_t(i + 1), ranges[i].first, ranges[i].second, c);
            continue;
        }
        addQueryFile();
    }
    settle();
    if (options.progress) options.progress(done, qint64(candidates.size()));

    // The history starts at its first anchor; without one at position 0, from an empty
    // database (the reference server starts empty).
    if (anchors.empty() || anchors.front().position != 0)
        anchors.insert(anchors.begin(), Anchor{0, NoTime, -1, std::make_shared<const Database>()});
    // Several snapshots may share a position (backups with nothing logged between them): all
    // are kept, to be shown and verified; the last one is the state at that position.
    h->anchors = std::move(anchors);
    return {std::move(h), false};
}

} // namespace dtdb::history
