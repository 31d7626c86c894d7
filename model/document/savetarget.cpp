#include "savetarget.h"

#include "exportfile.h"
#include "jsonio.h"
#include "servernames.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

namespace dtdb::document {

namespace {

// Translated strings of this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SaveTarget)
};

bool isServerSubfolder(const QString &name)
{
    return name == QLatin1String("success_query") || name == QLatin1String("error_query") ||
           name == QLatin1String("backups");
}

QString writeQueryFiles(const QString &root, const LocalEntries &entries, std::int64_t notBefore)
{
    std::int64_t last = notBefore;
    for (const auto &entry : entries) {
        const QString folder = QDir(root).filePath(
            entry->info.success ? QStringLiteral("success_query") : QStringLiteral("error_query"));
        if (!QDir().mkpath(folder))
            return Text::tr("Cannot create the folder %1").arg(QDir::toNativeSeparators(folder));
        // File names order the server's log, so they must stay after everything before them
        // even if this machine's clock is behind the server's.
        const std::int64_t time =
            last == history::NoTime ? entry->time : std::max(entry->time, last + 1);
        last = time;
        const QString id =
            QString::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, u'0');
        const QString path = QDir(folder).filePath(
            QStringLiteral("q_%1_%2.q").arg(history::serverTimestamp(time), id.right(8)));
        // The server writes json.dumps(indent=2) with no trailing newline (spec §10.3).
        const std::string text = json::write(*json::parse(entry->text), json::Style::Indent2);
        if (QString error = writeFileAtomically(path, QByteArray::fromStdString(text));
            !error.isEmpty())
            return error;
    }
    return {};
}

// Copies the file into its replacement while checking that it still holds `known`, then adds
// the entries: the file is never held in memory, and is left alone if it changed.
QString appendLines(const QString &path, KnownContent &known, const LocalEntries &entries)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Text::tr("Cannot write %1: %2")
            .arg(QDir::toNativeSeparators(path), out.errorString());
    history::ContentDigest digest;
    char last = '\n';
    QFile current(path);
    if (current.exists()) {
        if (!current.open(QIODevice::ReadOnly))
            return Text::tr("Cannot read %1: %2")
                .arg(QDir::toNativeSeparators(path), current.errorString());
        QByteArray block(1 << 20, Qt::Uninitialized);
        for (qint64 n; (n = current.read(block.data(), block.size())) > 0;) {
            digest.add(std::string_view(block.constData(), std::size_t(n)));
            last = block[qsizetype(n - 1)];
            if (out.write(block.constData(), n) != n) // e.g. the disk is full: not a change
                return Text::tr("Cannot write %1: %2")
                    .arg(QDir::toNativeSeparators(path), out.errorString());
        }
    }
    if (digest.size() != known.size || digest.finish() != known.digest) {
        out.cancelWriting();
        return Text::tr(
                   "%1 has changed on disk since it was opened; it was not overwritten. Reopen "
                   "the history to save there.")
            .arg(QDir::toNativeSeparators(path));
    }
    std::string added;
    if (last != '\n') added += '\n';
    for (const auto &entry : entries) {
        added += entry->text;
        added += '\n';
    }
    digest.add(added);
    if (out.write(added.data(), qint64(added.size())) != qint64(added.size()) || !out.commit())
        return Text::tr("Cannot write %1: %2")
            .arg(QDir::toNativeSeparators(path), out.errorString());
    known = {digest.size(), digest.finish()};
    return {};
}

QString freeSiblingName(const QFileInfo &beside)
{
    const QDir dir = beside.absoluteDir();
    QString name = beside.completeBaseName() + QStringLiteral(".edits.jsonl");
    for (int n = 2; dir.exists(name); ++n)
        name = beside.completeBaseName() + QStringLiteral(".edits-%1.jsonl").arg(n);
    return dir.filePath(name);
}

} // namespace

QString SaveTarget::describe() const
{
    const QString where = QDir::toNativeSeparators(path);
    switch (kind) {
    case Kind::None:
        return Text::tr("nowhere (nothing is open)");
    case Kind::ServerFolder:
        return Text::tr("new query files in %1").arg(where);
    case Kind::AppendJsonLines:
        return Text::tr("lines appended to %1").arg(where);
    case Kind::NewJsonLines:
        return Text::tr("a new log %1").arg(where);
    }
    return {};
}

SaveTarget chooseSaveTarget(const QStringList &paths, const history::History &history)
{
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) continue;
        const QString root =
            isServerSubfolder(info.fileName()) ? info.absolutePath() : info.absoluteFilePath();
        return {SaveTarget::Kind::ServerFolder, root};
    }
    for (auto it = paths.crbegin(); it != paths.crend(); ++it) {
        const QString absolute = QFileInfo(*it).absoluteFilePath();
        for (const history::SourceFile &file : history.files)
            if (file.kind == history::SourceFile::Kind::JsonLines &&
                QFileInfo(file.path).absoluteFilePath() == absolute)
                return {SaveTarget::Kind::AppendJsonLines, absolute};
    }
    if (paths.isEmpty()) return {};
    return {SaveTarget::Kind::NewJsonLines, freeSiblingName(QFileInfo(paths.front()))};
}

QString writeEntries(SaveTarget &target, KnownContent &known, const LocalEntries &entries,
                     std::int64_t notBefore)
{
    switch (target.kind) {
    case SaveTarget::Kind::None:
        return Text::tr("Nothing is open.");
    case SaveTarget::Kind::ServerFolder:
        return writeQueryFiles(target.path, entries, notBefore);
    case SaveTarget::Kind::AppendJsonLines:
    case SaveTarget::Kind::NewJsonLines:
        if (QString error = appendLines(target.path, known, entries); !error.isEmpty())
            return error;
        target.kind = SaveTarget::Kind::AppendJsonLines;
        return {};
    }
    return {};
}

} // namespace dtdb::document
