#pragma once

#include <QString>

#include <optional>
#include <string>

// Whole-file reads (read-only) and atomic writes for the command line.
std::optional<std::string> readWholeFile(const QString &path, QString *error);
bool writeFileAtomically(const QString &path, const std::string &contents, QString *error);
