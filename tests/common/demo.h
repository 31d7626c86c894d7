#pragma once

// The bundled demo history, and copies of it that a test may write into.

#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

namespace testutil {

inline QString demoDir()
{
    return QStringLiteral(DTDB_DEMO_DIR);
}

inline QString demoServer()
{
    return demoDir() + QStringLiteral("/server");
}

// Copies a file or a folder tree into `into`; returns the copy's path.
inline QString copyInto(const QString &source, const QString &into)
{
    const QFileInfo info(source);
    const QString target = QDir(into).filePath(info.fileName());
    if (info.isFile()) {
        QFile::copy(source, target);
        QFile(target).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        return target;
    }
    QDir().mkpath(target);
    const QDir dir(source);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot))
        copyInto(dir.filePath(name), target);
    return target;
}

} // namespace testutil
