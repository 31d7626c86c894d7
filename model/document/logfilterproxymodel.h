#pragma once

#include "enums.h"

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
    HistoryDocument *m_document;
    QByteArray m_text; // lower-case
    std::optional<QueryType> m_type;
    std::optional<std::uint32_t> m_actor;
    std::optional<std::string> m_target;
    bool m_failedOnly = false;
};

} // namespace dtdb::document
