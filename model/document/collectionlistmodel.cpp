#include "collectionlistmodel.h"

#include "historydocument.h"

#include <QFont>
#include <QPalette>

namespace dtdb::document {

CollectionListModel::CollectionListModel(HistoryDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &HistoryDocument::momentChanged, this, &CollectionListModel::refresh);
    refresh();
}

void CollectionListModel::refresh()
{
    std::vector<Row> rows;
    if (const auto moment = m_document->moment()) {
        for (const Database::Slot &slot : moment->state->slots()) {
            const TouchedItems *t = moment->touchedIn(slot.key);
            rows.push_back({slot.key, QString::fromStdString(slot.name),
                            qint64(slot.collection.size()),
                            t && (t->created || !t->added.empty() || !t->modified.empty() ||
                                  !t->removed.empty())});
        }
    }
    const bool sameKeys = std::equal(rows.begin(), rows.end(), m_rows.begin(), m_rows.end(),
                                     [](const Row &a, const Row &b) { return a.key == b.key; });
    if (!sameKeys) {
        // Collections were created or removed: a new list (views keep the selection by key).
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    m_rows = std::move(rows);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int CollectionListModel::rowOf(const std::string &key) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].key == key) return int(i);
    return -1;
}

int CollectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CollectionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CollectionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const Row &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? QVariant(row.name) : QVariant(row.count);
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant();
    case Qt::FontRole:
        if (row.touched) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return row.touched ? tr("%1: changed by the entry at the cursor").arg(row.name) : row.name;
    case KeyRole:
        return QByteArray::fromStdString(row.key);
    default:
        return {};
    }
}

QVariant CollectionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    return section == NameColumn ? tr("Collection") : tr("Items");
}

} // namespace dtdb::document
