#include "history.h"

#include "errors.h"
#include "jsonio.h"
#include "sourcetext.h"

namespace dtdb::history {

QString Problem::toString() const
{
    QString where = file;
    if (line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        if (column > 0) where += QLatin1Char(':') + QString::number(column);
    }
    return where + QStringLiteral(": ") + message;
}

std::string History::text(std::size_t position) const
{
    EntryTexts texts;
    texts.load(*this, position, position + 1);
    const auto text = texts.text(position);
    return text ? std::string(*text) : std::string();
}

std::optional<LogEntry> History::parse(std::size_t position, Problem *problem) const
{
    EntryTexts texts;
    texts.load(*this, position, position + 1);
    return parse(position, texts, problem);
}

std::optional<LogEntry> History::parse(std::size_t position, const EntryTexts &texts,
                                       Problem *problem) const
{
    const Entry &e = entries[position];
    const auto fail = [&](std::size_t line, std::size_t column,
                          const QString &message) -> std::optional<LogEntry> {
        if (problem) *problem = {files[e.file].path, line, column, message};
        return std::nullopt;
    };
    QString readError;
    const auto text = texts.text(position, &readError);
    if (!text) return fail(e.line, 0, readError);
    json::ParseError error;
    std::optional<Value> value = json::parse(*text, &error);
    if (!value) // the error's line counts from the entry's first line (.q files span many)
        return fail(e.line + error.line - 1, error.column, QString::fromStdString(error.message));
    try {
        return parseLogEntry(std::move(*value));
    } catch (const std::exception &ex) { // LoadError; anything else is refused the same way
        return fail(e.line, 1,
                    QStringLiteral("not a query the reference can load: ") +
                        QString::fromUtf8(ex.what()));
    }
}

} // namespace dtdb::history
