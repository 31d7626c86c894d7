#pragma once

// Locating and reading the reference-generated fixtures (tests/fixtures).

#include "jsonio.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTest>

#include <string>
#include <vector>

namespace testutil {

inline QString fixturesDir()
{
    return QStringLiteral(DTDB_FIXTURES_DIR);
}

// Every scenario folder (one holding a log.jsonl).
inline QStringList scenarioNames()
{
    QStringList names;
    const QDir dir(fixturesDir());
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        if (QFile::exists(dir.filePath(name + QStringLiteral("/log.jsonl")))) names << name;
    return names;
}

inline std::string readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) qFatal("cannot read %s", qPrintable(path));
    const QByteArray bytes = f.readAll();
    return std::string(bytes.constData(), std::size_t(bytes.size()));
}

inline std::vector<std::string> readLines(const QString &path)
{
    const std::string text = readFile(path);
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t nl = text.find('\n', start);
        if (nl == std::string::npos) nl = text.size();
        if (nl > start) lines.push_back(text.substr(start, nl - start));
        start = nl + 1;
    }
    return lines;
}

inline dtdb::Value parseJson(const std::string &text)
{
    dtdb::json::ParseError error;
    auto v = dtdb::json::parse(text, &error);
    if (!v)
        qFatal("fixture is not JSON: %s at %zu:%zu", error.message.c_str(), error.line,
               error.column);
    return *v;
}

} // namespace testutil
