#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace dtdb::document {
class HistoryDocument;
class LogModel;
class LogFilterProxyModel;
} // namespace dtdb::document

namespace dtdb::views {

// The log dock: every entry as a row, filtered by text, type, actor, collection and failure.
// Selecting an entry moves the cursor to just after it; the row of the entry at the cursor
// follows the cursor.
class LogView : public QWidget
{
    Q_OBJECT
public:
    explicit LogView(document::HistoryDocument *document, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    document::LogFilterProxyModel *proxy() const { return m_proxy; }

Q_SIGNALS:
    // The user picked an entry (the cursor moves to just after it).
    void entryChosen(std::size_t entry);

private:
    void refillChoices();
    void fitNumberColumn();
    void followCursor();

    document::HistoryDocument *m_document;
    document::LogModel *m_model;
    document::LogFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_text;
    QLabel *m_searching; // the text search's progress while it runs
    QComboBox *m_type;
    QComboBox *m_actor;
    QComboBox *m_target;
    QCheckBox *m_failed;
    QTimer *m_textDelay;
    bool m_selecting = false;
};

} // namespace dtdb::views
