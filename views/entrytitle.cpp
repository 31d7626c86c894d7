#include "entrytitle.h"

#include "historydocument.h"

#include <QCoreApplication>
#include <QLocale>

namespace dtdb::views {

QString entryTitle(const document::HistoryDocument &doc, std::size_t entry)
{
    const QLocale locale;
    const history::EntryInfo &info = doc.info(entry);
    const std::string_view type = toString(info.type);
    const QString kind = info.transaction
                             ? QCoreApplication::translate("dtdb::views::Entry", "transaction")
                             : QString::fromUtf8(type.data(), qsizetype(type.size()));
    return QCoreApplication::translate("dtdb::views::Entry", "Entry %1 of %2 — %3 on %4")
        .arg(locale.toString(qulonglong(entry + 1)), locale.toString(qulonglong(doc.entryCount())),
             kind, QString::fromStdString(doc.name(info.target)));
}

} // namespace dtdb::views
