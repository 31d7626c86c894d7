#include "fileio.h"

#include "database.h"

#include <QFile>
#include <QSaveFile>

std::optional<std::string> readWholeFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot open: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    std::string text;
    // Room after the end for Database::fromText to parse a snapshot where it lies.
    text.reserve(static_cast<std::size_t>(bytes.size()) + dtdb::Database::kTextPadding);
    text.assign(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    return text;
}

bool writeFileAtomically(const QString &path, const std::string &contents, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    file.write(contents.data(), static_cast<qint64>(contents.size()));
    if (!file.commit()) {
        *error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
