#include "problemspanel.h"

#include "historydocument.h"

#include <QDateTime>
#include <QDir>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dtdb::views {

ProblemsPanel::ProblemsPanel(document::HistoryDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_list(new QTreeWidget)
{
    m_list->setObjectName(QStringLiteral("problemsList"));
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("File or event"), tr("Line"), tr("Column"), tr("Message")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->resizeSection(0, 320);
    m_list->header()->resizeSection(1, 60);
    m_list->header()->resizeSection(2, 60);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_list);
    connect(document, &document::HistoryDocument::opened, this, &ProblemsPanel::reload);
}

int ProblemsPanel::problemCount() const
{
    return m_list->topLevelItemCount();
}

void ProblemsPanel::reload()
{
    m_list->clear();
    for (const history::Problem &p : m_document->problems()) {
        auto *item = new QTreeWidgetItem(
            {QDir::toNativeSeparators(p.file), p.line ? QString::number(p.line) : QString(),
             p.column ? QString::number(p.column) : QString(), p.message});
        item->setToolTip(0, p.file);
        item->setToolTip(3, p.message);
        m_list->addTopLevelItem(item);
    }
    Q_EMIT countChanged(problemCount());
}

void ProblemsPanel::addMessage(const QString &text)
{
    auto *item = new QTreeWidgetItem(
        {QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")), {}, {}, text});
    item->setToolTip(3, text);
    m_list->insertTopLevelItem(0, item);
    Q_EMIT countChanged(problemCount());
}

} // namespace dtdb::views
