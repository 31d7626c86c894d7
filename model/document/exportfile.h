#pragma once

#include <QString>

#include <string>

namespace dtdb::document {

class HistoryDocument;

// Exports of the state at a position, or of a slice of the log, written atomically.
struct ExportRequest
{
    enum class Kind
    {
        Snapshot,       // the whole state as .dtdb (encrypted when hexKey is set)
        CollectionJson, // one collection's items as a JSON array
        CollectionCsv,  // one collection as CSV
        LogSlice,       // entries [from, to) as JSON Lines
    };
    Kind kind = Kind::Snapshot;
    QString path;
    std::size_t position = 0; // state exports: the state after this many entries
    std::string collectionKey;
    QString hexKey;
    std::size_t from = 0, to = 0;
};

// Runs an export. State exports may run in a worker thread (they use stateAt); log slices read
// the appended entries and must run on the document's thread. Returns an error message naming
// the file, or an empty string.
QString runExport(const HistoryDocument &document, const ExportRequest &request);

// Writes bytes atomically (a temporary file renamed over the target).
QString writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace dtdb::document
