#pragma once

#include "item.h"

#include <QWidget>

#include <memory>
#include <string>

class QLineEdit;
class QPlainTextEdit;
class QTableView;
class QLabel;
class QTimer;

namespace dtdb {
class Database;
}

namespace dtdb::document {
class HistoryDocument;
class CollectionListModel;
class CollectionTableModel;
} // namespace dtdb::document

namespace dtdb::views {

// The central view: the collections at the cursor on the left; the selected collection as a
// table (filter box, sortable columns, touched items highlighted) with the selected item's
// JSON below it.
class CollectionsView : public QWidget
{
    Q_OBJECT
public:
    explicit CollectionsView(document::HistoryDocument *document, QWidget *parent = nullptr);

    document::CollectionTableModel *tableModel() const { return m_tableModel; }
    QTableView *table() const { return m_table; }
    QTableView *collectionList() const { return m_list; }
    // The collection shown ("" when none) and the item selected in it.
    std::string currentCollection() const;
    int currentRow() const;
    void showCollection(const std::string &key);
    // Emits itemChosen for the selected item, if there is one.
    void announceCurrentItem();
    // The reason recorded with cell edits and deletions.
    QString editReason() const;
    // Shows `key` and, once the table is laid out, scrolls to the first item the entry at the
    // cursor touched.
    void revealTouched(const std::string &key);
    // The same for one item (as the state at the cursor holds it, removed ones included).
    void revealItem(const std::string &key, ItemPtr item);

Q_SIGNALS:
    void message(const QString &text);
    // An item was selected in the table (by the user, or when an entry's first change is
    // revealed), with the state the table shows it in.
    void itemChosen(const std::string &collectionKey, dtdb::ItemPtr item,
                    std::shared_ptr<const dtdb::Database> state);

private:
    void collectionsChanged();
    void showDetail();

    document::HistoryDocument *m_document;
    document::CollectionListModel *m_listModel;
    document::CollectionTableModel *m_tableModel;
    QTableView *m_list;
    QTableView *m_table;
    QLineEdit *m_filter;
    QLineEdit *m_reason;
    QLabel *m_summary;
    QPlainTextEdit *m_detail;
    QTimer *m_filterDelay;
    std::string m_wanted; // the collection to keep selected across resets
    int m_savedScroll = 0;
    bool m_revealPending = false;
    ItemPtr m_revealItem; // what revealItem asked for, until it is shown
};

} // namespace dtdb::views
