#pragma once

#include <QAbstractTableModel>

#include <string>
#include <vector>

namespace dtdb::document {

class HistoryDocument;

// The collections of the state at the cursor with their item counts, in creation order.
// Collections touched by the entry at the cursor are marked.
class CollectionListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        CountColumn,
        ColumnCount
    };
    enum Role
    {
        KeyRole = Qt::UserRole + 1, // the internal collection key (QByteArray)
    };

    explicit CollectionListModel(HistoryDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const std::string &keyAt(int row) const { return m_rows[std::size_t(row)].key; }
    int rowOf(const std::string &key) const; // -1 when absent

private:
    struct Row
    {
        std::string key;
        QString name;
        qint64 count = 0;
        bool touched = false;
    };
    void refresh();

    HistoryDocument *m_document;
    std::vector<Row> m_rows;
};

} // namespace dtdb::document
