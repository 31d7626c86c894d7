#pragma once

#include <QWidget>

class QTreeWidget;

namespace dtdb::document {
class HistoryDocument;
}

namespace dtdb::views {

// What could not be read (file, line, column, reason) and what went wrong while working
// (refused edits, failed saves and exports): never only on stderr.
class ProblemsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemsPanel(document::HistoryDocument *document, QWidget *parent = nullptr);

    void addMessage(const QString &text); // a message of this session, newest on top
    int problemCount() const;
    QTreeWidget *list() const { return m_list; }

Q_SIGNALS:
    void countChanged(int count);

private:
    void reload();

    document::HistoryDocument *m_document;
    QTreeWidget *m_list;
};

} // namespace dtdb::views
