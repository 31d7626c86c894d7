#pragma once

#include <QAbstractTableModel>
#include <QCache>

namespace dtdb::document {

class HistoryDocument;

// Every entry of the history (and the ones appended here) as a row: time, actor, type,
// target, what (from the Cause), result, origin. The entry at the cursor is bold; failed and
// unreadable entries are red. Rows are cheap (from the timeline index) except "what", which
// is parsed on demand and cached.
class LogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        TimeColumn,
        ActorColumn,
        TypeColumn,
        TargetColumn,
        WhatColumn,
        ResultColumn,
        OriginColumn,
        ColumnCount
    };
    enum Role
    {
        EntryRole = Qt::UserRole + 1, // the entry index (qulonglong)
        FailedRole,                   // bool
    };

    explicit LogModel(HistoryDocument *document, QObject *parent = nullptr);

    HistoryDocument *document() const { return m_document; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The Cause's `what` of an entry ("" when it has none).
    QString what(std::size_t entry) const;

private:
    void entriesChanged();
    void cursorMoved();
    void readResultsArrived();

    HistoryDocument *m_document;
    int m_rows = 0;
    int m_cursorRow = -1;
    mutable QCache<std::size_t, QString> m_what{4096};
    // Per part of the read pass, how far rows were last told their results arrived.
    std::vector<std::size_t> m_readsShown;
};

} // namespace dtdb::document
