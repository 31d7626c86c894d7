#pragma once

#include "history.h"

#include <QStringList>

#include <functional>
#include <memory>

namespace dtdb::history {

struct LoadOptions
{
    // The hex key of an encrypted snapshot, asked for per file; an empty answer skips it.
    std::function<QString(const QString &path)> keyFor;
    // Progress in files read so far out of total; return false to cancel.
    std::function<bool(qint64 done, qint64 total)> progress;
};

struct LoadResult
{
    std::shared_ptr<History> history; // null when cancelled
    bool cancelled = false;
};

// Opens files and folders as one history, the way the app and `dtdb` do:
//  * a folder of the reference server (backups/, success_query/, error_query/ — any of them,
//    or one of those folders itself): every backup becomes an anchor, the query files of both
//    folders are merged in file-name time order (failed queries change state too);
//  * .dtdb snapshots (plain JSON or AES-GCM encrypted), .jsonl logs, .json files holding a
//    snapshot, one query, or an array of queries, single .q files.
// What cannot be read is listed in History::problems with file and place; the rest loads.
// Input files are opened read-only.
LoadResult loadHistory(const QStringList &paths, const LoadOptions &options = {});

// Reads a snapshot file (plain JSON or encrypted). nullptr and *problem filled on failure.
std::shared_ptr<const Database> readSnapshot(const QString &path, const QByteArray &bytes,
                                             const std::function<QString(const QString &)> &keyFor,
                                             Problem *problem);

} // namespace dtdb::history
