#include "exportfile.h"

#include "exporter.h"
#include "historydocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace dtdb::document {

namespace {

// Translated strings of this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

} // namespace

QString writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Text::tr("Cannot write %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

QString runExport(const HistoryDocument &document, const ExportRequest &request)
{
    using Kind = ExportRequest::Kind;
    std::string bytes;
    if (request.kind == Kind::LogSlice) {
        // The history's entries may be indented (.q files): the exporter writes them compact,
        // one per line. Entries appended here are compact already.
        const std::size_t to = std::min(request.to, document.entryCount());
        const std::size_t from = std::min(request.from, to);
        const std::size_t base = document.baseEntryCount();
        if (from < base)
            bytes = history::exportLogSlice(document.history(), from, std::min(to, base));
        for (std::size_t i = std::max(from, base); i < to; ++i) {
            bytes += document.entryText(i);
            bytes += '\n';
        }
    } else {
        const Database state = document.stateAt(request.position);
        if (request.kind == Kind::Snapshot) {
            const auto text = history::exportSnapshot(state, request.hexKey.toStdString());
            if (!text) return Text::tr("The key must be 32, 48 or 64 hexadecimal characters.");
            bytes = *text;
        } else {
            const Collection *c = state.find(request.collectionKey);
            if (!c) return Text::tr("The collection does not exist at this moment.");
            bytes = request.kind == Kind::CollectionCsv ? history::exportCollectionCsv(*c)
                                                        : history::exportCollectionJson(*c);
        }
    }
    return writeFileAtomically(request.path, QByteArray::fromStdString(bytes));
}

} // namespace dtdb::document
