#include "collectionsview.h"

#include "collectionlistmodel.h"
#include "collectiontablemodel.h"
#include "historydocument.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace dtdb::views {

using document::CollectionListModel;
using document::CollectionTableModel;

CollectionsView::CollectionsView(document::HistoryDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_listModel(new CollectionListModel(document, this)),
      m_tableModel(new CollectionTableModel(document, this)), m_list(new QTableView),
      m_table(new QTableView), m_filter(new QLineEdit), m_reason(new QLineEdit),
      m_summary(new QLabel), m_detail(new QPlainTextEdit), m_filterDelay(new QTimer(this))
{
    m_list->setModel(m_listModel);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(CollectionListModel::NameColumn,
                                                     QHeaderView::Stretch);
    m_list->horizontalHeader()->setSectionResizeMode(CollectionListModel::CountColumn,
                                                     QHeaderView::ResizeToContents);
    m_list->setShowGrid(false);
    m_list->setObjectName(QStringLiteral("collectionList"));

    m_table->setModel(m_tableModel);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setDefaultSectionSize(140);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setObjectName(QStringLiteral("collectionTable"));

    m_filter->setPlaceholderText(tr("Filter items (text anywhere in the item)…"));
    m_filter->setClearButtonEnabled(true);
    m_reason->setPlaceholderText(tr("Reason for edits (optional, recorded in the Cause)"));
    m_reason->setClearButtonEnabled(true);
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Select an item to see its JSON."));
    m_detail->setFont(QFont(QStringLiteral("monospace")));
    m_detail->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 2);
    filterRow->addWidget(m_reason, 1);
    auto *tablePane = new QWidget;
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(filterRow);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_summary);
    auto *right = new QSplitter(Qt::Vertical);
    right->addWidget(tablePane);
    right->addWidget(m_detail);
    right->setStretchFactor(0, 4);
    right->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_list);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 5);
    split->setSizes({220, 900});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    // Typing re-filters a quarter second after the last key, not on every key.
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(250);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this,
            [this] { m_tableModel->setFilter(m_filter->text()); });
    connect(m_reason, &QLineEdit::textChanged, m_tableModel, &CollectionTableModel::setEditReason);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid()) return;
                m_wanted = m_listModel->keyAt(current.row());
                m_tableModel->setCollection(m_wanted);
            });
    connect(m_listModel, &QAbstractItemModel::modelReset, this,
            &CollectionsView::collectionsChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CollectionsView::showDetail);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CollectionsView::announceCurrentItem);
    // Keep the scroll position when the rows are replaced as the cursor moves.
    connect(m_tableModel, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_savedScroll = m_table->verticalScrollBar()->value(); });
    connect(m_tableModel, &QAbstractItemModel::modelReset, this, [this] {
        QTimer::singleShot(0, this,
                           [this] { m_table->verticalScrollBar()->setValue(m_savedScroll); });
    });
    connect(m_tableModel, &CollectionTableModel::layoutApplied, this, [this] {
        const auto &layout = m_tableModel->layout();
        const qulonglong total = layout.collection ? layout.collection->size() : 0;
        const qulonglong shown = layout.itemRowCount();
        QString text = shown == total ? tr("%n item(s)", nullptr, int(total))
                                      : tr("%1 of %2 items match").arg(shown).arg(total);
        if (!layout.removed.empty())
            text += tr(" · %n removed by the entry at the cursor (struck out)", nullptr,
                       int(layout.removed.size()));
        m_summary->setText(text);
        // Only once the table shows the moment the cursor was sent to.
        if (m_revealPending && m_tableModel->isCurrent() && layout.moment &&
            layout.moment->position == m_document->requestedPosition()) {
            m_revealPending = false;
            const ItemPtr wanted = std::exchange(m_revealItem, nullptr);
            for (int row = 0; row < m_tableModel->rowCount(); ++row) {
                const QModelIndex index = m_tableModel->index(row, 0);
                // The item asked for (items are shared, so its very version), else the first
                // one the entry at the cursor touched.
                if (wanted ? m_tableModel->itemAt(row) != wanted
                           : index.data(CollectionTableModel::MarkRole).toInt() == 0)
                    continue;
                m_table->selectRow(row);
                // After the scroll position is restored from before the reset.
                QTimer::singleShot(0, this, [this, index] {
                    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
                });
                break;
            }
        }
        showDetail();
    });
    connect(m_tableModel, &CollectionTableModel::editRefused, this, &CollectionsView::message);
    collectionsChanged();
}

void CollectionsView::collectionsChanged()
{
    if (m_listModel->rowCount() == 0) {
        m_tableModel->setCollection({});
        return;
    }
    int row = m_wanted.empty() ? -1 : m_listModel->rowOf(m_wanted);
    if (row < 0) row = 0;
    m_list->setCurrentIndex(m_listModel->index(row, 0));
    m_tableModel->setCollection(m_listModel->keyAt(row));
}

std::string CollectionsView::currentCollection() const
{
    return m_tableModel->collection();
}

int CollectionsView::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void CollectionsView::showCollection(const std::string &key)
{
    m_wanted = key; // selected when the list has it, now or after the next reset
    const int row = m_listModel->rowOf(key);
    if (row >= 0) m_list->setCurrentIndex(m_listModel->index(row, 0));
}

void CollectionsView::revealTouched(const std::string &key)
{
    m_revealPending = true;
    m_revealItem = nullptr;
    showCollection(key);
}

void CollectionsView::revealItem(const std::string &key, ItemPtr item)
{
    m_revealPending = true;
    m_revealItem = std::move(item);
    showCollection(key);
}

void CollectionsView::announceCurrentItem()
{
    const int row = currentRow();
    const auto &layout = m_tableModel->layout();
    if (row < 0 || !layout.moment) return;
    if (ItemPtr item = m_tableModel->itemAt(row))
        Q_EMIT itemChosen(m_tableModel->collection(), std::move(item), layout.moment->state);
}

QString CollectionsView::editReason() const
{
    return m_reason->text();
}

void CollectionsView::showDetail()
{
    const int row = currentRow();
    if (row < 0 || row >= m_tableModel->rowCount()) {
        m_detail->clear();
        return;
    }
    m_detail->setPlainText(
        m_tableModel->data(m_tableModel->index(row, 0), CollectionTableModel::JsonRole).toString());
}

} // namespace dtdb::views
