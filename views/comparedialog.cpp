#include "comparedialog.h"

#include "activitylabels.h"
#include "diffmodel.h"
#include "difftreeview.h"
#include "historydocument.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <climits>

namespace dtdb::views {

namespace {

// The position of the last snapshot before `position` (0 when there is none).
std::size_t previousAnchor(const document::HistoryDocument &doc, std::size_t position)
{
    std::size_t found = 0;
    for (const history::Anchor &anchor : doc.history().anchors)
        if (anchor.position < position) found = anchor.position;
    return found;
}

} // namespace

CompareDialog::CompareDialog(document::HistoryDocument *doc, QWidget *parent)
    : QDialog(parent), m_doc(doc), m_from(new QSpinBox(this)), m_to(new QSpinBox(this)),
      m_fromTime(new QLabel(this)), m_toTime(new QLabel(this)),
      m_compare(new QPushButton(tr("&Compare"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_busy(new QProgressBar(this)),
      m_summary(new QLabel(this)), m_tree(new DiffTreeView(this))
{
    setWindowTitle(tr("Compare Two Moments"));
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_busy->setObjectName(QStringLiteral("busy"));
    for (QSpinBox *spin : {m_from, m_to}) {
        spin->setSpecialValueText(tr("start"));
        spin->setAccelerated(true);
        spin->setGroupSeparatorShown(true);
    }
    m_busy->setRange(0, 0); // busy: how long a comparison takes is not known in advance
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_cancel->setEnabled(false);
    m_compare->setDefault(true);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *inputs = new QGridLayout;
    inputs->addWidget(new QLabel(tr("State after entry:"), this), 0, 0);
    inputs->addWidget(m_from, 0, 1);
    inputs->addWidget(m_fromTime, 0, 2);
    inputs->addWidget(new QLabel(tr("compared with the state after entry:"), this), 1, 0);
    inputs->addWidget(m_to, 1, 1);
    inputs->addWidget(m_toTime, 1, 2);
    inputs->setColumnStretch(2, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_compare);
    actions->addWidget(m_cancel);
    actions->addWidget(m_busy, 1);
    actions->addStretch(0); // keeps the buttons at their size while the busy bar is hidden
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(inputs);
    layout->addLayout(actions);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(900, 600);

    connect(m_compare, &QPushButton::clicked, this, &CompareDialog::compare);
    connect(m_cancel, &QPushButton::clicked, this, &CompareDialog::cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::rejected, this, &CompareDialog::cancel); // closed: nobody waits
    connect(m_from, &QSpinBox::valueChanged, this,
            [this] { describePosition(m_from, m_fromTime); });
    connect(m_to, &QSpinBox::valueChanged, this, [this] { describePosition(m_to, m_toTime); });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &CompareDialog::finished);
    connect(m_doc, &document::HistoryDocument::entriesChanged, this, &CompareDialog::refreshRanges);
    connect(m_doc, &document::HistoryDocument::opened, this, [this] {
        // Another history: the result and the positions belonged to the one before.
        cancel();
        m_tree->setDiff({});
        m_summary->clear();
        refreshRanges();
        setPositions(previousAnchor(*m_doc, m_doc->position()), m_doc->position());
    });

    refreshRanges();
    const std::size_t cursor = m_doc->isOpen() ? m_doc->position() : 0;
    setPositions(m_doc->isOpen() ? previousAnchor(*m_doc, cursor) : 0, cursor);
}

CompareDialog::~CompareDialog()
{
    // The worker reads the document: it must end before the dialog (and the document) go.
    m_stop.request_stop();
    m_watcher.waitForFinished();
}

void CompareDialog::refreshRanges()
{
    const int last =
        int(std::min<std::size_t>(m_doc->isOpen() ? m_doc->entryCount() : 0, std::size_t(INT_MAX)));
    m_from->setMaximum(last);
    m_to->setMaximum(last);
    describePosition(m_from, m_fromTime);
    describePosition(m_to, m_toTime);
}

void CompareDialog::describePosition(QSpinBox *spin, QLabel *label)
{
    if (!m_doc->isOpen()) {
        label->clear();
        return;
    }
    const std::int64_t time = m_doc->timeAtPosition(std::size_t(spin->value()));
    label->setText(time == history::NoTime ? QString() : ActivityLabels::dateTime(time));
}

void CompareDialog::setPositions(std::size_t from, std::size_t to)
{
    m_from->setValue(int(std::min<std::size_t>(from, std::size_t(m_from->maximum()))));
    m_to->setValue(int(std::min<std::size_t>(to, std::size_t(m_to->maximum()))));
}

std::size_t CompareDialog::fromPosition() const
{
    return std::size_t(m_from->value());
}

std::size_t CompareDialog::toPosition() const
{
    return std::size_t(m_to->value());
}

document::DiffModel *CompareDialog::model() const
{
    return m_tree->diffModel();
}

QString CompareDialog::summary() const
{
    return m_summary->text();
}

void CompareDialog::setBusy(bool busy)
{
    m_running = busy;
    m_busy->setVisible(busy);
    m_cancel->setEnabled(busy && !m_stop.stop_requested());
    m_compare->setEnabled(!busy);
    m_from->setEnabled(!busy);
    m_to->setEnabled(!busy);
}

void CompareDialog::compare()
{
    if (!m_doc->isOpen()) return;
    if (isBusy()) {
        // One worker at a time: the running one is told to stop, and this request follows.
        stopRunning();
        m_restart = true;
        return;
    }
    m_stop = std::stop_source();
    const std::size_t from = fromPosition(), to = toPosition();
    m_summary->setText(tr("Computing the two states and what differs between them…"));
    m_tree->setDiff({}); // the result shown belonged to other positions
    m_watcher.setFuture(
        QtConcurrent::run([doc = m_doc, from, to,
                           stop = m_stop.get_token()]() -> std::shared_ptr<document::StateDiff> {
            const Database before = doc->stateAt(from);
            if (stop.stop_requested()) return nullptr;
            const Database after = doc->stateAt(to);
            if (stop.stop_requested()) return nullptr;
            auto diff =
                std::make_shared<document::StateDiff>(document::compareStates(before, after, stop));
            return diff->complete ? diff : nullptr;
        }));
    setBusy(true);
}

void CompareDialog::cancel()
{
    m_restart = false;
    stopRunning();
}

void CompareDialog::stopRunning()
{
    if (!isBusy()) return;
    m_stop.request_stop();
    m_cancel->setEnabled(false);
    m_summary->setText(tr("Cancelling…"));
}

void CompareDialog::finished()
{
    setBusy(false);
    const auto diff = m_watcher.future().result();
    if (m_restart) {
        m_restart = false;
        compare();
        return;
    }
    // A result that arrives after Cancel was pressed is dropped all the same.
    if (!diff || m_stop.stop_requested()) {
        m_summary->setText(tr("The comparison was cancelled."));
        return;
    }
    m_summary->setText(diff->empty() ? tr("The two states are equal.")
                                     : document::DiffModel::summary(*diff));
    m_tree->setDiff(std::move(*diff));
    Q_EMIT compared();
}

} // namespace dtdb::views
