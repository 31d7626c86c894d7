#include "logview.h"

#include "displaytext.h"
#include "entrytable.h"
#include "historydocument.h"
#include "logfilterproxymodel.h"
#include "logmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <string>
#include <vector>

namespace dtdb::views {

using document::LogFilterProxyModel;
using document::LogModel;

LogView::LogView(document::HistoryDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new LogModel(document, this)),
      m_proxy(new LogFilterProxyModel(document, this)), m_table(new QTableView),
      m_text(new QLineEdit), m_searching(new QLabel), m_type(new QComboBox), m_actor(new QComboBox),
      m_target(new QComboBox), m_failed(new QCheckBox(tr("Failed only"))),
      m_textDelay(new QTimer(this))
{
    m_proxy->setSourceModel(m_model);
    // Rows removed by an undo or a filter move the table's current row; that is not the user
    // choosing an entry. Connected before the view's own handlers, so the flag is up in time.
    for (auto about :
         {&QAbstractItemModel::rowsAboutToBeRemoved, &QAbstractItemModel::rowsAboutToBeInserted})
        connect(m_proxy, about, this, [this] { m_selecting = true; });
    for (auto done : {&QAbstractItemModel::rowsRemoved, &QAbstractItemModel::rowsInserted})
        connect(m_proxy, done, this, [this] { m_selecting = false; });
    connect(m_proxy, &QAbstractItemModel::layoutAboutToBeChanged, this,
            [this] { m_selecting = true; });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] { m_selecting = false; });
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_selecting = true; });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] { m_selecting = false; });
    m_table->setModel(m_proxy);
    m_table->setObjectName(QStringLiteral("logTable"));
    setUpEntryTable(m_table);
    QHeaderView *header = m_table->horizontalHeader();
    const int widths[] = {56, 170, 170, 120, 110, 320, 200};
    for (int c = 0; c < int(std::size(widths)); ++c)
        header->resizeSection(c, widths[c]);

    m_text->setPlaceholderText(tr("Search entries (any text in the query or its Cause)…"));
    m_text->setClearButtonEnabled(true);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_text, 3);
    filters->addWidget(m_searching);
    m_searching->hide();
    filters->addWidget(m_type, 1);
    filters->addWidget(m_actor, 1);
    filters->addWidget(m_target, 1);
    filters->addWidget(m_failed);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    m_textDelay->setSingleShot(true);
    m_textDelay->setInterval(250);
    connect(m_text, &QLineEdit::textChanged, m_textDelay, qOverload<>(&QTimer::start));
    connect(m_proxy, &LogFilterProxyModel::textSearchProgress, this, [this](int permille) {
        m_searching->setText(tr("Searching %1%").arg(permille / 10));
        m_searching->setVisible(permille < 1000);
        if (permille == 1000) followCursor();
    });
    connect(m_textDelay, &QTimer::timeout, this, [this] {
        m_proxy->setText(m_text->text());
        followCursor();
    });
    connect(m_type, &QComboBox::activated, this, [this] {
        const QVariant v = m_type->currentData();
        m_proxy->setType(v.isValid() ? std::optional(QueryType(v.toInt())) : std::nullopt);
        followCursor();
    });
    connect(m_actor, &QComboBox::activated, this, [this] {
        const QVariant v = m_actor->currentData();
        m_proxy->setActor(v.isValid() ? std::optional(v.toUInt()) : std::nullopt);
        followCursor();
    });
    connect(m_target, &QComboBox::activated, this, [this] {
        const QVariant v = m_target->currentData();
        m_proxy->setTarget(v.isValid() ? std::optional(v.toString().toStdString()) : std::nullopt);
        followCursor();
    });
    connect(m_failed, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setFailedOnly(on);
        followCursor();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_selecting || !current.isValid()) return;
                const auto entry = std::size_t(current.data(LogModel::EntryRole).toULongLong());
                m_document->setPosition(entry + 1);
                Q_EMIT entryChosen(entry);
            });
    connect(document, &document::HistoryDocument::opened, this, &LogView::refillChoices);
    connect(document, &document::HistoryDocument::entriesChanged, this, &LogView::refillChoices);
    connect(document, &document::HistoryDocument::momentChanged, this, &LogView::followCursor);
    refillChoices();
}

void LogView::refillChoices()
{
    // Keep the user's choices while the lists are refilled.
    const QVariant type = m_type->currentData(), actor = m_actor->currentData(),
                   target = m_target->currentData();
    m_type->clear();
    m_actor->clear();
    m_target->clear();
    m_type->addItem(tr("All types"));
    for (int t = 0; t < QueryTypeCount; ++t)
        m_type->addItem(document::displayType(QueryType(t)), t);
    m_actor->addItem(tr("All actors"));
    m_target->addItem(tr("All collections"));
    if (m_document->isOpen()) {
        for (std::size_t a = 1; a < m_document->actorCount(); ++a)
            m_actor->addItem(document::displayActor(m_document->actor(std::uint32_t(a))), uint(a));
        m_actor->addItem(tr("No Cause"), 0u);
        // Targets are interned names: one flag per name, so that a long history (and every
        // edit appended to it) costs a pass over small integers, not a string set.
        std::vector<bool> isTarget;
        for (std::size_t e = 0; e < m_document->entryCount(); ++e) {
            const std::uint32_t target = m_document->info(e).target;
            if (target >= isTarget.size()) isTarget.resize(target + 1);
            isTarget[target] = true;
        }
        std::vector<std::string> targets;
        for (std::uint32_t n = 0; n < isTarget.size(); ++n)
            if (isTarget[n] && !m_document->name(n).empty()) targets.push_back(m_document->name(n));
        std::sort(targets.begin(), targets.end());
        targets.erase(std::unique(targets.begin(), targets.end()), targets.end());
        for (const std::string &t : targets)
            m_target->addItem(QString::fromStdString(t), QString::fromStdString(t));
    }
    fitNumberColumn();
    m_type->setCurrentIndex(std::max(0, m_type->findData(type)));
    m_actor->setCurrentIndex(std::max(0, m_actor->findData(actor)));
    m_target->setCurrentIndex(std::max(0, m_target->findData(target)));
}

void LogView::fitNumberColumn()
{
    // Wide enough for the highest entry number (1,000,000 does not fit the default width).
    const QString widest = QString::number(qulonglong(
        std::max<std::size_t>(m_document->isOpen() ? m_document->entryCount() : 0, 99999)));
    const int needed = m_table->fontMetrics().horizontalAdvance(widest) + 16;
    QHeaderView *header = m_table->horizontalHeader();
    if (header->sectionSize(LogModel::NumberColumn) < needed)
        header->resizeSection(LogModel::NumberColumn, needed);
}

void LogView::followCursor()
{
    const std::size_t position = m_document->position();
    m_selecting = true;
    if (position == 0) {
        m_table->clearSelection();
    } else if (const int row = m_proxy->rowOfEntry(position - 1); row >= 0) {
        const QModelIndex index = m_proxy->index(row, 0);
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    }
    m_selecting = false;
}

} // namespace dtdb::views
