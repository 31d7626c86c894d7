#include "itemhistoryview.h"

#include "entrytable.h"
#include "historydocument.h"
#include "itemhistorymodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTableView>
#include <QVBoxLayout>

namespace dtdb::views {

using document::ItemHistoryModel;

ItemHistoryView::ItemHistoryView(document::HistoryDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new ItemHistoryModel(document, this)),
      m_heading(new QLabel), m_progress(new QProgressBar), m_table(new QTableView)
{
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->hide();

    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("itemHistoryTable"));
    setUpEntryTable(m_table);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(ItemHistoryModel::EntryColumn, QHeaderView::ResizeToContents);
    header->resizeSection(ItemHistoryModel::EventColumn, 90);
    header->resizeSection(ItemHistoryModel::ChangeColumn, 280);
    header->resizeSection(ItemHistoryModel::TimeColumn, 170);
    header->resizeSection(ItemHistoryModel::ActorColumn, 150);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_heading);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);

    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_resetting = true; });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_resetting = false; });
    connect(m_model, &ItemHistoryModel::statusChanged, this, &ItemHistoryView::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ItemHistoryView::refresh);
    connect(m_model, &ItemHistoryModel::progress, m_progress, &QProgressBar::setValue);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_resetting || !current.isValid()) return;
                m_document->setPosition(
                    std::size_t(current.data(ItemHistoryModel::PositionRole).toULongLong()));
                Q_EMIT versionChosen(m_model->history().identity.collectionKey,
                                     m_model->versionAt(current.row()));
            });
    // The version at the cursor stays in view as the cursor moves.
    connect(document, &document::HistoryDocument::momentChanged, this, [this] {
        if (const int row = m_model->currentRow(); row >= 0)
            m_table->scrollTo(m_model->index(row, 0));
    });
    refresh();
}

void ItemHistoryView::follow(const std::string &collectionKey, ItemPtr item,
                             std::shared_ptr<const Database> state)
{
    m_model->follow(collectionKey, std::move(item), std::move(state));
}

QString ItemHistoryView::heading() const
{
    const document::ItemHistory &h = m_model->history();
    const QString row = tr("%1 · %2 = %3")
                            .arg(QString::fromStdString(h.identity.collectionName),
                                 QString::fromStdString(h.identity.field),
                                 QString::fromStdString(h.identity.valueText()));
    switch (m_model->status()) {
    case ItemHistoryModel::Status::Empty:
        return tr("Select an item in a collection to see its history: every entry that added, "
                  "changed or removed it.");
    case ItemHistoryModel::Status::Tracing:
        return tr("Following the item through the history…");
    case ItemHistoryModel::Status::NoIdentity:
        return tr("No field identifies the items of this collection: an item's history follows "
                  "the first field that every item has with a value of its own.");
    case ItemHistoryModel::Status::Traced:
        break;
    }
    if (h.events.empty()) return tr("%1: in the first snapshot, never changed since.").arg(row);
    return tr("%1: %n event(s), from entry %2 to %3. The version at the cursor is in bold.",
              nullptr, int(h.events.size()))
        .arg(row)
        .arg(qulonglong(h.events.front().position()))
        .arg(qulonglong(h.events.back().position()));
}

void ItemHistoryView::refresh()
{
    m_heading->setText(heading());
    m_progress->setVisible(m_model->status() == ItemHistoryModel::Status::Tracing);
    if (const int row = m_model->currentRow(); row >= 0) m_table->scrollTo(m_model->index(row, 0));
}

} // namespace dtdb::views
