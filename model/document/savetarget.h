#pragma once

#include "history.h"
#include "localentry.h"
#include "sourcetext.h"

#include <QString>
#include <QStringList>

namespace dtdb::document {

// Where the entries appended in the app are written, in the form the history came from.
struct SaveTarget
{
    enum class Kind
    {
        None,            // nothing opened
        ServerFolder,    // new .q files into <path>/success_query (or error_query)
        AppendJsonLines, // lines appended to the JSON Lines file <path>
        NewJsonLines,    // a new JSON Lines file <path> beside a single file
    };
    Kind kind = Kind::None;
    QString path;

    // For the user: "new .q files in …/success_query", "lines appended to …".
    QString describe() const;
};

// What a JSON Lines target held when it was last read or written: its size and
// history::ContentDigest. A missing file holds nothing.
struct KnownContent
{
    std::uint64_t size = 0;
    std::uint64_t digest = history::ContentDigest().finish();
};

// Chooses the target for a history opened from `paths`: a server folder keeps its layout; a
// JSON Lines log is appended to; anything else gets a new "<name>.edits.jsonl" beside it.
SaveTarget chooseSaveTarget(const QStringList &paths, const history::History &history);

// Writes `entries` (in order) to the target, each file atomically. A JSON Lines file is only
// rewritten if it still holds exactly `known` (what was opened, plus earlier saves).
// `notBefore` is the last time in the history (UTC µs): server file names stay in order after
// it. Returns an error message naming the file, or an empty string. On success a NewJsonLines
// target becomes AppendJsonLines and `known` describes the file's new content.
QString writeEntries(SaveTarget &target, KnownContent &known, const LocalEntries &entries,
                     std::int64_t notBefore);

} // namespace dtdb::document
