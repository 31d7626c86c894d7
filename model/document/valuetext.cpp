#include "valuetext.h"

#include "jsonio.h"

#include <QCoreApplication>

namespace dtdb::document {

QString compactText(const Value &value, qsizetype limit)
{
    QString text = QString::fromStdString(json::write(value));
    if (text.size() <= limit) return text;
    qsizetype cut = limit;
    if (cut > 0 && text.at(cut - 1).isHighSurrogate()) --cut; // never split a character
    text.truncate(cut);
    return text + QChar(0x2026);
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
