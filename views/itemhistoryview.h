#pragma once

#include "item.h"

#include <QWidget>

#include <memory>
#include <string>

class QLabel;
class QProgressBar;
class QTableView;

namespace dtdb {
class Database;
}

namespace dtdb::document {
class HistoryDocument;
class ItemHistoryModel;
} // namespace dtdb::document

namespace dtdb::views {

// The history of the row selected in a collection: its first version and every entry that
// changed it, oldest first, the version at the cursor in bold. Choosing an event moves the
// cursor to where that version is shown.
class ItemHistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit ItemHistoryView(document::HistoryDocument *document, QWidget *parent = nullptr);

    document::ItemHistoryModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The line above the table: which row, and how much history it has (or why none).
    QString heading() const;

    void follow(const std::string &collectionKey, ItemPtr item,
                std::shared_ptr<const Database> state);

Q_SIGNALS:
    // The user chose a version of a row of this collection (the cursor is being moved to
    // where the state holds it).
    void versionChosen(const std::string &collectionKey, dtdb::ItemPtr version);

private:
    void refresh();

    document::HistoryDocument *m_document;
    document::ItemHistoryModel *m_model;
    QLabel *m_heading;
    QProgressBar *m_progress;
    QTableView *m_table;
    bool m_resetting = false; // the model's rows are being replaced: not the user's choice
};

} // namespace dtdb::views
