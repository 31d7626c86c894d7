#pragma once

#include <QWidget>

class QLabel;

namespace dtdb::document {
class HistoryDocument;
class DiffModel;
} // namespace dtdb::document

namespace dtdb::views {

class DiffTreeView;

// What the entry at the cursor changed, before -> after per item and field, following the
// document's cursor.
class EntryDiffView : public QWidget
{
    Q_OBJECT
public:
    explicit EntryDiffView(document::HistoryDocument *doc, QWidget *parent = nullptr);

    document::DiffModel *model() const;
    DiffTreeView *tree() const { return m_tree; }
    // The heading above the tree: which entry, and what it changed in numbers.
    QString heading() const;

private:
    void refresh();

    document::HistoryDocument *m_doc;
    QLabel *m_heading;
    QLabel *m_summary;
    DiffTreeView *m_tree;
};

} // namespace dtdb::views
