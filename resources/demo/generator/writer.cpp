#include "writer.h"

#include "jsonio.h"
#include "rng.h"

#include <fstream>
#include <stdexcept>

namespace demo {

namespace fs = std::filesystem;

namespace {

void writeFile(const fs::path &path, const std::string &text)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(text.data(), std::streamsize(text.size()));
    if (!out) throw std::runtime_error(std::string("cannot write ").append(path.string()));
}

std::string fileName(const char *prefix, Micros t, Rng &ids, const char *extension)
{
    std::string name = prefix;
    name.append("_").append(fileStamp(t)).append("_").append(ids.hex(8)).append(extension);
    return name;
}

std::string backupText(const dtdb::Database &db)
{
    std::string text;
    db.write(text, dtdb::json::Style::Indent2);
    return text;
}

// The entry after which the middle backup is taken: the first one past the middle of the
// history followed by a pause of at least ten minutes.
std::size_t middleBackupIndex(const std::vector<Record> &records)
{
    for (std::size_t i = records.size() / 2; i + 1 < records.size(); ++i)
        if (records[i + 1].fileTime - records[i].fileTime >= 10 * kMinute) return i;
    throw std::logic_error("no pause for the middle backup");
}

} // namespace

WriteSummary writeHistory(const fs::path &outDir, const History &history, Micros startBackup,
                          std::uint64_t seed)
{
    const std::vector<Record> &records = history.records();
    if (records.empty() || records.front().fileTime <= startBackup)
        throw std::logic_error("the starting backup must precede the first entry");

    const fs::path server = outDir / "server";
    fs::remove_all(server);
    for (const char *sub : {"backups", "success_query", "error_query"})
        fs::create_directories(server / sub);

    Rng ids(seed ^ 0x5eed0f11e1d5ULL);
    dtdb::Database db = dtdb::Database::fromJson(history.snapshot());
    const std::string start = backupText(db);
    writeFile(outDir / "snapshot.dtdb", start);
    writeFile(server / "backups" / fileName("backup", startBackup, ids, ".dtdb"), start);

    const std::size_t middle = middleBackupIndex(records);
    WriteSummary summary;
    std::string log;
    for (std::size_t i = 0; i < records.size(); ++i) {
        const Record &r = records[i];
        const dtdb::ExecutionResult result = db.execute(dtdb::parseLogEntry(r.entry));
        if (result.isSuccess() != r.success)
            throw std::logic_error("replay disagrees with generation");
        dtdb::json::write(log, r.entry, dtdb::json::Style::Compact);
        log.push_back('\n');
        const fs::path folder = server / (r.success ? "success_query" : "error_query");
        writeFile(folder / fileName("q", r.fileTime, ids, ".q"),
                  dtdb::json::write(r.entry, dtdb::json::Style::Indent2));
        summary.failures += r.success ? 0 : 1;
        if (i == middle) {
            const Micros at = r.fileTime + (records[i + 1].fileTime - r.fileTime) / 2;
            writeFile(server / "backups" / fileName("backup", at, ids, ".dtdb"), backupText(db));
        }
    }
    const Micros end = records.back().fileTime + 47 * kSecond + ids.range(0, 999999);
    writeFile(server / "backups" / fileName("backup", end, ids, ".dtdb"), backupText(db));
    writeFile(outDir / "log.jsonl", log);

    summary.entries = records.size();
    summary.collections = db.slots().size();
    return summary;
}

} // namespace demo
