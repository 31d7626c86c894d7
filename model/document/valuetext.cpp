#include "valuetext.h"

#include "jsonio.h"

#include <QCoreApplication>

namespace dtdb::document {

namespace {

QString cut(QString text, qsizetype limit)
{
    if (text.size() <= limit) return text;
    qsizetype keep = limit;
    if (keep > 0 && text.at(keep - 1).isHighSurrogate()) --keep; // never split a character
    text.truncate(keep);
    return text + QChar(0x2026);
}

} // namespace

QString compactText(const Value &value, qsizetype limit)
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

} // namespace dtdb::document
