#pragma once

#include "tablelayout.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>

namespace dtdb::document {

class HistoryDocument;

// The items of one collection at the cursor: a column per top-level field (first-seen order),
// nested values shown compactly with the full JSON as tooltip. Items touched by the entry at
// the cursor are highlighted; the ones it removed are shown struck out after the others.
// Filtering and sorting are computed with the layout, off the GUI thread for big collections.
// Editing a cell appends an updateOne to the history (at its head only).
class CollectionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        MarkRole = Qt::UserRole + 1, // ItemMark as int
        JsonRole,                    // the whole item, indented JSON
    };

    explicit CollectionTableModel(HistoryDocument *document, QObject *parent = nullptr);
    ~CollectionTableModel() override;

    void setCollection(const std::string &key);
    const std::string &collection() const { return m_request.key; }
    // Case-insensitive text the item's JSON must contain (views debounce typing).
    void setFilter(const QString &text);
    QString filter() const { return QString::fromStdString(m_request.filter); }
    // The reason recorded in the Cause of cell edits.
    void setEditReason(const QString &why) { m_editReason = why; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The layout on display (never null) and what a row shows.
    const TableLayout &layout() const { return *m_layout; }
    ItemPtr itemAt(int row) const;
    bool isRemovedRow(int row) const;
    // Whether the latest request is on display (tests and busy indicators).
    bool isCurrent() const { return !m_running && !m_dirty; }

Q_SIGNALS:
    void layoutApplied();
    void editRefused(const QString &message);

private:
    void schedule();
    void apply(std::shared_ptr<const TableLayout> layout);

    HistoryDocument *m_document;
    TableLayout::Request m_request;
    std::shared_ptr<const TableLayout> m_layout;
    QString m_editReason;
    bool m_running = false, m_dirty = false;
    QFutureWatcher<std::shared_ptr<const TableLayout>> m_watcher;
};

} // namespace dtdb::document
