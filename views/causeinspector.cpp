#include "causeinspector.h"

#include "actorcard.h"
#include "causechainview.h"
#include "displaytext.h"
#include "entrytitle.h"
#include "historydocument.h"
#include "jsontreemodel.h"
#include "timetrailview.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QScrollArea>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace dtdb::views {

namespace {

QLabel *textLabel(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// Tree views inside the scrolling inspector get the height of their rows (up to a limit), so
// that the inspector scrolls as a whole instead of each view scrolling on its own.
void fitHeight(QTreeView *view, int maxRows)
{
    int rows = 0;
    for (QModelIndex i = view->model()->index(0, 0); i.isValid() && rows < maxRows;
         i = view->indexBelow(i))
        ++rows;
    const int shown = std::max(rows, 1);
    const int hint = view->sizeHintForRow(0);
    const int rowHeight = hint > 0 ? hint : view->fontMetrics().height() + 4;
    const int header = view->header()->isHidden() ? 0 : view->header()->sizeHint().height();
    view->setFixedHeight(header + shown * rowHeight + 2 * view->frameWidth() + 2);
}

} // namespace

CauseInspector::CauseInspector(document::HistoryDocument *doc, QWidget *parent)
    : QWidget(parent), m_doc(doc)
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);

    m_title = textLabel("title", content);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_result = textLabel("result", content);
    m_origin = textLabel("origin", content);
    m_note = textLabel("note", content);
    m_message = textLabel("message", content);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMargin(12);
    for (QLabel *label : {m_title, m_result, m_origin, m_note, m_message})
        layout->addWidget(label);

    m_causePanel = new QWidget(content);
    auto *panel = new QVBoxLayout(m_causePanel);
    panel->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_causePanel);

    auto *who = new QGroupBox(tr("Who"), m_causePanel);
    m_actor = new ActorCard(who);
    (new QVBoxLayout(who))->addWidget(m_actor);
    panel->addWidget(who);

    auto *what = new QGroupBox(tr("What"), m_causePanel);
    auto *whatForm = new QFormLayout(what);
    m_what = textLabel("what", what);
    m_why = textLabel("why", what);
    m_from = textLabel("from", what);
    m_confidence = new QProgressBar(what);
    m_confidence->setObjectName(QStringLiteral("confidence"));
    m_confidence->setRange(0, 1000);
    m_confidenceText = textLabel("confidenceText", what);
    auto *confidenceRow = new QHBoxLayout;
    confidenceRow->addWidget(m_confidence, 1);
    confidenceRow->addWidget(m_confidenceText);
    whatForm->addRow(tr("What:"), m_what);
    whatForm->addRow(tr("Why:"), m_why);
    whatForm->addRow(tr("From:"), m_from);
    whatForm->addRow(tr("Confidence:"), confidenceRow);
    panel->addWidget(what);

    auto *when = new QGroupBox(tr("When"), m_causePanel);
    auto *whenLayout = new QVBoxLayout(when);
    m_trailSummary = textLabel("trailSummary", when);
    m_trail = new TimeTrailView(when);
    m_trail->setObjectName(QStringLiteral("timeTrail"));
    whenLayout->addWidget(m_trailSummary);
    whenLayout->addWidget(m_trail);
    panel->addWidget(when);

    auto *chain = new QGroupBox(tr("Chain"), m_causePanel);
    auto *chainLayout = new QVBoxLayout(chain);
    auto *chainForm = new QFormLayout;
    m_serial = textLabel("serial", chain);
    m_chainParent = textLabel("chainParent", chain);
    m_chainParent->setTextFormat(Qt::RichText);
    m_chainParent->setTextInteractionFlags(Qt::TextBrowserInteraction);
    chainForm->addRow(tr("Serial:"), m_serial);
    chainForm->addRow(tr("Chain parent:"), m_chainParent);
    m_chain = new CauseChainView(chain);
    chainLayout->addLayout(chainForm);
    chainLayout->addWidget(m_chain);
    panel->addWidget(chain);

    m_contextBox = new QGroupBox(tr("Context"), m_causePanel);
    m_contextModel = new document::JsonTreeModel(this);
    m_context = new QTreeView(m_contextBox);
    m_context->setObjectName(QStringLiteral("context"));
    m_context->setModel(m_contextModel);
    m_context->setUniformRowHeights(true);
    // Keys and types whole, values elided in the rest (tooltips have them whole): the dock is
    // narrow, and a horizontal scroll bar would hide the only row of a small context.
    m_context->header()->setStretchLastSection(false);
    m_context->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_context->header()->setSectionResizeMode(document::JsonTreeModel::ValueColumn,
                                              QHeaderView::Stretch);
    m_context->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    (new QVBoxLayout(m_contextBox))->addWidget(m_context);
    panel->addWidget(m_contextBox);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_chain, &CauseChainView::entryActivated, this, &CauseInspector::jumpTo);
    connect(m_chainParent, &QLabel::linkActivated, this, [this] {
        if (m_parentEntry) jumpTo(*m_parentEntry);
    });
    connect(m_doc, &document::HistoryDocument::momentChanged, this, &CauseInspector::refresh);
    connect(m_doc, &document::HistoryDocument::entriesChanged, this, &CauseInspector::refresh);
    // Rebuilt once, when the result of the read shown arrives.
    connect(m_doc, &document::HistoryDocument::readResultsChanged, this, [this] {
        if (m_resultPending && m_entry && !m_doc->info(*m_entry).pending) refresh();
    });
    refresh();
}

void CauseInspector::jumpTo(std::size_t entry)
{
    m_doc->setPosition(entry + 1);
}

void CauseInspector::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->show();
    m_causePanel->hide();
}

void CauseInspector::refresh()
{
    // Right after an undo the published Moment may still stand past the last entry; the
    // document already asked for a new one, and this view follows when it comes.
    if (m_doc->isOpen() && m_doc->moment() && m_doc->position() > m_doc->entryCount()) return;
    m_entry.reset();
    m_parentEntry.reset();
    m_resultPending = false;
    for (QLabel *label : {m_title, m_result, m_origin, m_note})
        label->clear();
    m_note->hide();
    if (!m_doc->isOpen() || !m_doc->moment()) {
        showMessage(tr("No history is open."));
        return;
    }
    const std::size_t position = m_doc->position();
    if (position == 0) {
        m_title->setText(tr("Start of the history"));
        showMessage(tr("Start of the history: the state before the first entry. Causes belong "
                       "to entries; move the cursor past one to see why it happened."));
        return;
    }
    const std::size_t entry = position - 1;
    m_entry = entry;
    showEntryHeader(entry);

    history::Problem problem;
    const std::optional<LogEntry> parsed = m_doc->parseEntry(entry, &problem);
    if (!parsed) {
        showMessage(tr("This entry could not be read: %1").arg(problem.message));
        return;
    }
    const Cause *cause = causeOf(*parsed);
    if (const auto *transaction = std::get_if<TransactionQuery>(&*parsed)) {
        const qsizetype n = qsizetype(transaction->queries.size());
        m_note->setText(cause ? tr("A transaction of %1 queries; the Cause shown is the first "
                                   "query's.")
                                    .arg(n)
                              : tr("A transaction of %1 queries.").arg(n));
        m_note->show();
    }
    if (!cause) {
        showMessage(tr("This entry has no Cause: the log does not say who ran it or why."));
        return;
    }
    m_message->hide();
    m_causePanel->show();
    showCause(entry, *cause);
}

void CauseInspector::showEntryHeader(std::size_t entry)
{
    const QLocale locale;
    const history::EntryInfo &info = m_doc->info(entry);
    m_title->setText(entryTitle(*m_doc, entry));

    QStringList parts;
    m_resultPending = info.pending;
    if (!info.readable) {
        parts << tr("Not readable: it changed nothing");
    } else if (info.pending) {
        parts << tr("Result being computed…");
    } else {
        parts << (info.success
                      ? tr("Succeeded")
                      : tr("Failed: %1").arg(QString::fromStdString(m_doc->name(info.error))));
        parts << tr("items changed: %1").arg(locale.toString(info.touched));
        if (!info.transaction)
            parts << QStringLiteral("hitCount %1").arg(locale.toString(qlonglong(info.hitCount)))
                  << QStringLiteral("updateCount %1")
                         .arg(locale.toString(qlonglong(info.updateCount)))
                  << QStringLiteral("dbLength %1").arg(locale.toString(qlonglong(info.dbLength)));
    }
    m_result->setText(parts.join(QStringLiteral(" · ")));
    // Failures stand out; the colour repeats what the text says.
    m_result->setStyleSheet(info.success && info.readable ? QString()
                                                          : QStringLiteral("color: #c0392b;"));
    QString origin = tr("Origin: %1").arg(m_doc->entryOrigin(entry));
    if (m_doc->entryFromErrorFolder(entry)) origin += tr(" (logged as a failed query)");
    m_origin->setText(origin);
}

void CauseInspector::showCause(std::size_t entry, const Cause &cause)
{
    m_actor->setActor(cause.who);
    const auto orDash = [](const Value &value) {
        return value.is_null() ? QStringLiteral("—") : document::displayValue(value, 2000);
    };
    m_what->setText(orDash(cause.what));
    m_why->setText(orDash(cause.why));
    m_from->setText(orDash(cause.from));

    const Value &score = cause.confidenceScore;
    m_confidence->setVisible(score.is_number());
    if (score.is_number()) {
        const double value = score.get<double>();
        m_confidence->setValue(int(std::lround(std::clamp(value, 0.0, 1.0) * 1000)));
        m_confidence->setFormat(QStringLiteral("%1 %").arg(value * 100, 0, 'g', 4));
        m_confidenceText->clear();
        m_confidenceText->setVisible(value < 0 || value > 1);
        if (value < 0 || value > 1) m_confidenceText->setText(tr("outside 0–1"));
    } else {
        m_confidenceText->setText(orDash(score));
        m_confidenceText->show();
    }

    m_trail->setTrail(cause.when);
    m_trailSummary->setText(m_trail->summary());
    m_trail->setVisible(!cause.when.nodes.empty());
    fitHeight(m_trail, 8);

    showChain(entry, cause);

    const bool hasContext =
        !cause.context.is_null() && !(cause.context.is_structured() && cause.context.empty());
    m_contextBox->setVisible(hasContext);
    if (hasContext) {
        m_contextModel->setValue(cause.context);
        m_context->expandToDepth(0);
        fitHeight(m_context, 10);
    } else {
        m_contextModel->clear();
    }
}

void CauseInspector::showChain(std::size_t entry, const Cause &cause)
{
    m_serial->setText(cause.serial.is_null() ? tr("none") : document::displayValue(cause.serial));
    const std::vector<document::ChainLink> chain = document::causeChain(*m_doc, entry);
    if (cause.chainParentSerial.is_null()) {
        m_chainParent->setText(tr("none: this entry starts its chain"));
    } else {
        const QString parent = document::displayValue(cause.chainParentSerial).toHtmlEscaped();
        for (const document::ChainLink &link : chain)
            if (link.role == document::ChainLink::Role::Current && link.parent >= 0)
                m_parentEntry = chain[std::size_t(link.parent)].entry;
        m_chainParent->setText(
            m_parentEntry ? tr("<a href=\"#parent\">%1</a> (entry %2)")
                                .arg(parent, QLocale().toString(qulonglong(*m_parentEntry + 1)))
                          : tr("%1 (not in this history)").arg(parent));
    }
    m_chain->setChain(chain);
    // A chain of one entry is the entry itself: nothing to list.
    m_chain->setVisible(chain.size() > 1);
    fitHeight(m_chain, 12);
}

} // namespace dtdb::views
