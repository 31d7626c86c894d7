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

QString displayText(const Value &value, qsizetype limit)
{
    if (value.is_null()) return {};
    if (!value.is_string()) return compactText(value, limit);
    return cut(QString::fromStdString(value.get<std::string>()), limit);
}

QString jsonTypeName(const Value &value)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("dtdb::document::JsonType", text);
    };
    if (value.is_object()) return tr("object");
    if (value.is_array()) return tr("array");
    if (value.is_string()) return tr("string");
    if (value.is_number_integer()) return tr("integer");
    if (value.is_number_float()) return tr("float");
    if (value.is_boolean()) return tr("boolean");
    return tr("null");
}

} // namespace dtdb::document
