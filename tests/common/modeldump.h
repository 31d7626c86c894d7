#pragma once

// A whole item model as text, to compare trees in one go.

#include <QAbstractItemModel>
#include <QStringList>

namespace testutil {

// The fully expanded tree, one row per line: "cell | cell | cell", indented by depth.
inline QString dump(const QAbstractItemModel &model, const QModelIndex &parent = {}, int depth = 0)
{
    QString out;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(parent); ++column)
            cells << model.index(row, column, parent).data().toString();
        out += QString(depth * 2, QLatin1Char(' ')) + cells.join(QStringLiteral(" | ")) +
               QLatin1Char('\n');
        out += dump(model, model.index(row, 0, parent), depth + 1);
    }
    return out;
}

} // namespace testutil
