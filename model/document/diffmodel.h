#pragma once

#include "statediff.h"

#include <QAbstractItemModel>

namespace dtdb::document {

// A StateDiff as a tree: collection -> item -> field, with the columns what / before / after.
// Rows are made on demand from the diff (nothing is copied per row), so a diff of many items
// costs only what the view shows.
class DiffModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        WhatColumn,
        BeforeColumn,
        AfterColumn,
        ColumnCount
    };
    enum class RowType
    {
        Collection,
        Serial, // the collection's serialNum, when it changed
        Item,
        Field
    };
    enum Role
    {
        RowTypeRole = Qt::UserRole + 1, // int(RowType)
        ChangeRole,                     // int(DiffKind) of the row
        FieldNameRole,                  // Field and Serial rows: the field's name
    };

    explicit DiffModel(QObject *parent = nullptr);

    void setDiff(StateDiff diff);
    const StateDiff &diff() const { return m_diff; }
    // Collections, items and fields together: the rows of the fully expanded tree.
    std::size_t totalRowCount() const;

    // "3 added, 1 removed, 2 changed".
    static QString summary(const StateDiff &diff);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // Where a row is: its collection, and below that its item (or the serial row) and field.
    struct Place
    {
        RowType type = RowType::Collection;
        std::size_t collection = 0;
        std::size_t item = 0;
        std::size_t field = 0;
    };
    struct FieldRow
    {
        QString name;
        std::optional<Value> before;
        std::optional<Value> after;
    };

    Place placeOf(const QModelIndex &index) const;
    int serialRows(std::size_t collection) const;
    std::size_t fieldCount(const ItemDiff &item) const;
    FieldRow fieldRow(const ItemDiff &item, std::size_t field) const;
    DiffKind kindOf(const Place &place) const;
    // The value a before/after cell shows; nullopt when there is none (see isMissing).
    std::optional<Value> valueAt(const Place &place, bool before) const;
    bool isMissing(const Place &place, int column) const;
    QVariant display(const Place &place, int column) const;
    QVariant toolTip(const Place &place, int column) const;
    QString itemLabel(const CollectionDiff &c, const ItemDiff &item) const;
    QString collectionLabel(const CollectionDiff &c) const;

    StateDiff m_diff;
    std::vector<std::size_t> m_itemBase; // per collection, the number of items before it
};

} // namespace dtdb::document
