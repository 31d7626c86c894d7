#pragma once

#include "itemhistory.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>

#include <memory>
#include <optional>
#include <stop_token>

namespace dtdb::document {

class HistoryDocument;

// The history of one row as a table: its version in the first snapshot (when it is there), then
// the events of traceItem, oldest first, with the entry, its time and actor, what happened and
// the fields it changed. The row is found and traced off
// the GUI thread; a newer request stops the running one and its result is dropped. The event
// that made the version at the cursor is marked (CurrentRole, in bold). Edits, undo and redo
// trace the row again; opening another history clears it.
class ItemHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        // What changed first: the dock is narrow and the rest can scroll.
        EntryColumn,
        EventColumn,
        ChangeColumn,
        TimeColumn,
        ActorColumn,
        WhatColumn,
        ColumnCount
    };
    enum Role
    {
        PositionRole = Qt::UserRole + 1, // where the cursor shows the event's version
        CurrentRole,                     // bool: the version at the cursor
    };
    enum class Status
    {
        Empty,      // nothing followed
        Tracing,    // finding the row's identity or its events
        Traced,     // history() is the row's
        NoIdentity, // no field identifies the items of the collection
    };

    explicit ItemHistoryModel(HistoryDocument *document, QObject *parent = nullptr);
    ~ItemHistoryModel() override;

    // Follows the row of `item`, an item of collection `key` as `state` shows it (a removed
    // one too). Nothing happens when it is the row already followed.
    void follow(const std::string &key, ItemPtr item, std::shared_ptr<const Database> state);
    void clear();

    Status status() const { return m_status; }
    // The collection asked for with the last follow(), also when it has no identity field.
    const std::string &collectionKey() const { return m_key; }
    // Valid once status() is Traced (and while the row is traced again).
    const ItemHistory &history() const { return m_history; }
    // The table row of the version at the cursor; -1 before the row exists.
    int currentRow() const { return m_current; }
    // The version a table row shows: as the state at its position holds it (the item itself,
    // shared with that state), or the item just removed.
    ItemPtr versionAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The Change column's text for an event: the fields changed, or the version added/removed.
    static QString describeChange(const ItemEvent &event);

Q_SIGNALS:
    void statusChanged(Status status);
    // Of a running trace, in permille.
    void progress(int permille);

private:
    struct Result;
    void start(std::optional<ItemIdentity> identity, const std::string &key, ItemPtr item,
               std::shared_ptr<const Database> state);
    void finished();
    void dropUndoneEvents();
    void setStatus(Status status);
    void updateCurrent();
    int rowAt(std::size_t position) const;
    // The first row shows the version in the first snapshot, when there is one.
    int initialRows() const { return m_history.initial ? 1 : 0; }
    QVariant initialData(int column, int role) const;
    QString what(std::size_t event) const;

    HistoryDocument *m_document;
    QFutureWatcher<std::shared_ptr<Result>> m_watcher;
    std::stop_source m_stop;
    std::uint64_t m_generation = 0;
    Status m_status = Status::Empty;
    std::string m_key;
    ItemPtr m_item;                          // the item last followed
    std::shared_ptr<const Database> m_state; // its state, until its row is traced
    std::optional<ItemIdentity> m_tracing;   // the identity the running trace was given
    ItemHistory m_history;
    int m_current = -1;
    mutable std::vector<std::optional<QString>> m_what; // per row, read when first shown
};

} // namespace dtdb::document
