#pragma once

#include "enums.h"
#include "timeline.h"

#include <QFutureWatcher>
#include <QSortFilterProxyModel>

#include <memory>
#include <optional>
#include <vector>

namespace dtdb::document {

class HistoryDocument;

// Filters the log by text (anywhere in the entry's JSON, case-insensitive), query type,
// actor, target collection, and failed entries only. Keeps the log's order.
//
// The text search reads every entry from its file (a gigabyte for a million entries), so it
// runs on a worker thread: until it ends, the rows shown are those of the previous search
// (none for a new history), and a newer text cancels it.
class LogFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LogFilterProxyModel(HistoryDocument *document, QObject *parent = nullptr);
    ~LogFilterProxyModel() override;

    void setSourceModel(QAbstractItemModel *source) override;

    void setText(const QString &text);
    // Whether a text search is still reading entries.
    bool textSearchRunning() const { return m_search.isRunning(); }
    void setType(std::optional<QueryType> type);
    void setActor(std::optional<std::uint32_t> actor); // index into the document's actors
    void setTarget(std::optional<std::string> target); // collection name
    void setFailedOnly(bool failedOnly);

    // The proxy row showing `entry`, or -1 when it is filtered out.
    int rowOfEntry(std::size_t entry) const;

Q_SIGNALS:
    // Progress of a text search in permille; 1000 once its rows are shown.
    void textSearchProgress(int permille);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    using Matches = std::vector<bool>; // per entry of the opened history
    void startTextSearch();
    bool textMatches(std::size_t entry) const;

    HistoryDocument *m_document;
    QByteArray m_text;         // lower-case; what the running or last search looks for
    QByteArray m_searchedText; // what the running search looks for
    // The finished search's needle, timeline and result.
    QByteArray m_matchedText;
    std::shared_ptr<const history::Timeline> m_matchesOf;
    std::shared_ptr<const Matches> m_matches;
    QFutureWatcher<std::shared_ptr<const Matches>> m_search;
    std::optional<QueryType> m_type;
    std::optional<std::uint32_t> m_actor;
    std::optional<std::string> m_target;
    bool m_failedOnly = false;
};

} // namespace dtdb::document
