#include "difftreeview.h"

#include "diffmodel.h"

#include <QHeaderView>

namespace dtdb::views {

DiffTreeView::DiffTreeView(QWidget *parent)
    : QTreeView(parent), m_model(new document::DiffModel(this))
{
    setModel(m_model);
    setUniformRowHeights(true); // diffs can have many thousands of rows
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setTextElideMode(Qt::ElideRight);
    // What stays readable; before and after share the rest (cells are elided, tooltips whole).
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(document::DiffModel::WhatColumn, QHeaderView::Interactive);
    header()->setSectionResizeMode(document::DiffModel::BeforeColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(document::DiffModel::AfterColumn, QHeaderView::Stretch);
    header()->resizeSection(
        document::DiffModel::WhatColumn,
        fontMetrics().horizontalAdvance(QStringLiteral("MMMMMMMMMMMMMMMMMMMM")));
}

void DiffTreeView::setDiff(document::StateDiff diff)
{
    m_model->setDiff(std::move(diff));
    // A collection row only names the collection and counts: it gets the whole width.
    for (int row = 0; row < m_model->rowCount(); ++row)
        setFirstColumnSpanned(row, {}, true);
    if (m_model->totalRowCount() <= ExpandAllLimit) {
        expandAll();
        return;
    }
    expandToDepth(0);
}

} // namespace dtdb::views
