#pragma once

#include "enums.h"
#include "sourcetext.h"
#include "timeline.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace dtdb::document {

class HistoryDocument;

// Filters the log by text (anywhere in the entry's JSON, case-insensitive), query type,
// actor, target collection, and failed entries only. Keeps the log's order.
class LogFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LogFilterProxyModel(HistoryDocument *document, QObject *parent = nullptr);

    void setText(const QString &text);
    void setType(std::optional<QueryType> type);
    void setActor(std::optional<std::uint32_t> actor); // index into the document's actors
    void setTarget(std::optional<std::string> target); // collection name
    void setFailedOnly(bool failedOnly);

    // The proxy row showing `entry`, or -1 when it is filtered out.
    int rowOfEntry(std::size_t entry) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    // The raw text of an entry. Filtering visits entries in order, so the history's entries
    // are read from their files a block at a time.
    std::string entryText(std::size_t entry) const;

    HistoryDocument *m_document;
    mutable history::EntryTexts m_texts;
    mutable std::shared_ptr<const history::Timeline> m_textsOf;
    mutable std::size_t m_textsFrom = 0, m_textsTo = 0;
    QByteArray m_text; // lower-case
    std::optional<QueryType> m_type;
    std::optional<std::uint32_t> m_actor;
    std::optional<std::string> m_target;
    bool m_failedOnly = false;
};

} // namespace dtdb::document
