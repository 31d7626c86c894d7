#pragma once

// Reading back what a collection table shows, to compare it with recorded states.

#include "collectiontablemodel.h"
#include "jsonio.h"

namespace testutil {

// The table's items rebuilt from its cells (each parsed back from its edit text, which is the
// exact value); missing cells left out, removed (struck out) rows skipped.
inline dtdb::Value tableItems(const dtdb::document::CollectionTableModel &model)
{
    using dtdb::Value;
    Value items = Value::array();
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.isRemovedRow(r)) continue;
        Value item = Value::object();
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex i = model.index(r, c);
            if (!model.data(i, Qt::DisplayRole).isValid()) continue;
            const std::string field = model.headerData(c, Qt::Horizontal).toString().toStdString();
            const std::string text = model.data(i, Qt::EditRole).toString().toStdString();
            auto parsed = dtdb::json::parse(text);
            item[field] = parsed ? *parsed : Value(text);
        }
        items.push_back(std::move(item));
    }
    return items;
}

// Recorded items with their fields in the table's column order (a table cannot show each
// item's own field order).
inline dtdb::Value inColumnOrder(const dtdb::Value &items,
                                 const dtdb::document::CollectionTableModel &model)
{
    using dtdb::Value;
    Value out = Value::array();
    for (const Value &item : items) {
        Value o = Value::object();
        for (int c = 0; c < model.columnCount(); ++c) {
            const std::string field = model.headerData(c, Qt::Horizontal).toString().toStdString();
            if (item.contains(field)) o[field] = item[field];
        }
        out.push_back(std::move(o));
    }
    return out;
}

} // namespace testutil
