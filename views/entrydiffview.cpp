#include "entrydiffview.h"

#include "diffmodel.h"
#include "difftreeview.h"
#include "entrytitle.h"
#include "historydocument.h"

#include <QLabel>
#include <QVBoxLayout>

namespace dtdb::views {

EntryDiffView::EntryDiffView(document::HistoryDocument *doc, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_heading(new QLabel(this)), m_summary(new QLabel(this)),
      m_tree(new DiffTreeView(this))
{
    m_heading->setObjectName(QStringLiteral("heading"));
    m_summary->setObjectName(QStringLiteral("summary"));
    for (QLabel *label : {m_heading, m_summary}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);

    connect(m_doc, &document::HistoryDocument::momentChanged, this, &EntryDiffView::refresh);
    connect(m_doc, &document::HistoryDocument::entriesChanged, this, &EntryDiffView::refresh);
    refresh();
}

document::DiffModel *EntryDiffView::model() const
{
    return m_tree->diffModel();
}

QString EntryDiffView::heading() const
{
    return m_heading->text();
}

void EntryDiffView::refresh()
{
    const auto moment = m_doc->isOpen() ? m_doc->moment() : nullptr;
    // Right after an undo the published Moment may still stand past the last entry; the
    // document already asked for a new one, and this view follows when it comes.
    if (moment && moment->position > m_doc->entryCount()) return;
    if (!moment || moment->position == 0) {
        m_tree->setDiff({});
        m_heading->setText(!moment ? tr("No history is open.") : tr("Start of the history"));
        m_summary->setText(moment ? tr("No entry lies before the cursor.") : QString());
        return;
    }
    const std::size_t entry = moment->position - 1;
    m_heading->setText(entryTitle(*m_doc, entry));
    document::StateDiff diff = document::entryDiff(*moment);
    if (diff.empty()) {
        const history::EntryInfo &info = m_doc->info(entry);
        m_summary->setText(info.success ? tr("This entry changed nothing.")
                                        : tr("This entry failed and changed nothing."));
    } else {
        m_summary->setText(document::DiffModel::summary(diff));
    }
    m_tree->setDiff(std::move(diff));
}

} // namespace dtdb::views
