#pragma once

// Writes a generated history: OUTDIR/snapshot.dtdb, OUTDIR/log.jsonl and the reference
// server's layout under OUTDIR/server (spec §10.3).

#include "history.h"

#include <cstdint>
#include <filesystem>

namespace demo {

struct WriteSummary
{
    std::size_t entries = 0;
    std::size_t failures = 0;
    std::size_t collections = 0;
};

// Replays the history on a fresh copy of the snapshot (checking every entry's outcome again)
// and takes backups at `startBackup`, at the first long pause after the middle, and after the
// last entry. File ids come from a random stream derived from `seed`. OUTDIR/server is
// replaced.
WriteSummary writeHistory(const std::filesystem::path &outDir, const History &history,
                          Micros startBackup, std::uint64_t seed);

} // namespace demo
