#include "causechainview.h"

#include "actorstyle.h"
#include "valuetext.h"

#include <QHeaderView>

namespace dtdb::views {

CauseChainView::CauseChainView(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("causeChain"));
    setHeaderLabels({tr("Entry"), tr("Actor"), tr("What")});
    setUniformRowHeights(true);
    setIndentation(12);
    // Entry numbers and actors whole; "what" takes the rest, elided (its tooltip has the why).
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(EntryColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(ActorColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        Q_EMIT entryActivated(item->data(EntryColumn, EntryRole).value<std::size_t>());
    });
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT entryActivated(item->data(EntryColumn, EntryRole).value<std::size_t>());
    });
}

void CauseChainView::setChain(const std::vector<document::ChainLink> &chain)
{
    clear();
    std::vector<QTreeWidgetItem *> rows;
    rows.reserve(chain.size());
    for (const document::ChainLink &link : chain) {
        QTreeWidgetItem *row = link.parent < 0
                                   ? new QTreeWidgetItem(this)
                                   : new QTreeWidgetItem(rows[std::size_t(link.parent)]);
        rows.push_back(row);
        row->setData(EntryColumn, EntryRole, QVariant::fromValue(link.entry));
        row->setText(EntryColumn, QString::number(link.entry + 1));
        const Actor &who = link.cause.who;
        const QString name = document::displayText(who.name);
        row->setIcon(ActorColumn, actorIcon(who.type));
        row->setText(ActorColumn, name.isEmpty() ? document::displayText(who.id) : name);
        row->setText(WhatColumn, document::displayText(link.cause.what));
        row->setToolTip(WhatColumn, tr("%1\nWhy: %2")
                                        .arg(document::displayText(link.cause.what, 2000),
                                             document::displayText(link.cause.why, 2000)));
        if (link.role == document::ChainLink::Role::Current) {
            QFont bold = font();
            bold.setBold(true);
            for (int column = 0; column < columnCount(); ++column)
                row->setFont(column, bold);
        }
    }
    expandAll();
    // The current entry in view, without selecting it (a selection would look like a click).
    for (QTreeWidgetItem *row : rows)
        if (row->font(EntryColumn).bold()) scrollToItem(row);
}

} // namespace dtdb::views
