#include "displaytext.h"

#include "jsonio.h"

#include <QCoreApplication>
#include <QDateTime>

namespace dtdb::document {

namespace {

// Translated strings of this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DisplayText)
};

// Cut after `limit` characters with an ellipsis, so that a huge value never reaches a cell or
// tooltip whole; a character is never split.
QString cut(QString text, int limit)
{
    if (text.size() <= limit) return text;
    qsizetype keep = limit;
    if (keep > 0 && text.at(keep - 1).isHighSurrogate()) --keep;
    text.truncate(keep);
    return text + QChar(0x2026);
}

} // namespace

QString displayTime(std::int64_t utcMicros)
{
    if (utcMicros == history::NoTime) return QStringLiteral("—");
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(utcMicros / 1000, Qt::UTC);
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QString displayValue(const Value &value, int limit)
{
    if (value.is_string()) return cut(QString::fromStdString(value.get<std::string>()), limit);
    return cut(QString::fromStdString(json::write(value)), limit);
}

QString fullValue(const Value &value, int limit)
{
    return cut(QString::fromStdString(json::write(value, json::Style::Indent2)), limit);
}

QString compactText(const Value &value, int limit)
{
    return cut(QString::fromStdString(json::write(value)), limit);
}

QString jsonTypeName(const Value &value)
{
    if (value.is_object()) return QCoreApplication::translate("dtdb::document::JsonType", "object");
    if (value.is_array()) return QCoreApplication::translate("dtdb::document::JsonType", "array");
    if (value.is_string()) return QCoreApplication::translate("dtdb::document::JsonType", "string");
    if (value.is_number_integer())
        return QCoreApplication::translate("dtdb::document::JsonType", "integer");
    if (value.is_number_float())
        return QCoreApplication::translate("dtdb::document::JsonType", "float");
    if (value.is_boolean())
        return QCoreApplication::translate("dtdb::document::JsonType", "boolean");
    return QCoreApplication::translate("dtdb::document::JsonType", "null");
}

QString displayType(QueryType type)
{
    return QString::fromLatin1(toString(type));
}

QString displayActor(const history::ActorInfo &actor)
{
    if (actor.id.empty() && actor.name.empty()) return QStringLiteral("—");
    const QString type = actor.type == ActorType::Human ? Text::tr("human")
                         : actor.type == ActorType::Ai  ? Text::tr("AI")
                                                        : Text::tr("system");
    return QStringLiteral("%1 (%2)").arg(QString::fromStdString(actor.name), type);
}

QString displayResult(const history::EntryInfo &info, const std::string &error)
{
    if (!info.readable) return Text::tr("unreadable");
    if (info.pending) return Text::tr("…");
    if (!info.success)
        return error.empty() ? Text::tr("failed")
                             : Text::tr("failed: %1").arg(QString::fromStdString(error));
    QStringList parts{Text::tr("ok")};
    if (info.updateCount) parts << Text::tr("%1 updated").arg(info.updateCount);
    if (info.hitCount) parts << Text::tr("%1 hit").arg(info.hitCount);
    if (info.touched && !info.updateCount) parts << Text::tr("%1 touched").arg(info.touched);
    return parts.join(QStringLiteral(" · "));
}

QString displayWhat(const LogEntry &entry)
{
    const Cause *cause = causeOf(entry);
    return cause && !cause->what.is_null() ? displayValue(cause->what, 300) : QString();
}

} // namespace dtdb::document
