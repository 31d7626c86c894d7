#pragma once

#include <QWidget>

#include <cstddef>
#include <optional>

class QGroupBox;
class QLabel;
class QProgressBar;
class QTreeView;

namespace dtdb {
struct Cause;
}

namespace dtdb::document {
class HistoryDocument;
class JsonTreeModel;
} // namespace dtdb::document

namespace dtdb::views {

class ActorCard;
class CauseChainView;
class TimeTrailView;

// Why the entry at the cursor happened: its Cause (spec §8) — who, when (the hops of its time
// trail), what / why / from, its place in a Cause chain, its context and confidence — with the
// entry's result and where it was logged. Follows the document's cursor; links in the chain
// move the cursor.
class CauseInspector : public QWidget
{
    Q_OBJECT
public:
    explicit CauseInspector(document::HistoryDocument *doc, QWidget *parent = nullptr);

    // The 0-based entry shown, if any (none at position 0 or with no history open).
    std::optional<std::size_t> shownEntry() const { return m_entry; }

private:
    void refresh();
    void showMessage(const QString &message);
    void showEntryHeader(std::size_t entry);
    void showCause(std::size_t entry, const Cause &cause);
    void showChain(std::size_t entry, const Cause &cause);
    void jumpTo(std::size_t entry);

    document::HistoryDocument *m_doc;
    std::optional<std::size_t> m_entry;
    std::optional<std::size_t> m_parentEntry; // the chain parent, when found

    QLabel *m_title;
    QLabel *m_result;
    QLabel *m_origin;
    QLabel *m_note;
    QLabel *m_message;
    QWidget *m_causePanel;
    ActorCard *m_actor;
    QLabel *m_what;
    QLabel *m_why;
    QLabel *m_from;
    QProgressBar *m_confidence;
    QLabel *m_confidenceText;
    QLabel *m_trailSummary;
    TimeTrailView *m_trail;
    QLabel *m_serial;
    QLabel *m_chainParent;
    CauseChainView *m_chain;
    QGroupBox *m_contextBox;
    QTreeView *m_context;
    document::JsonTreeModel *m_contextModel;
    bool m_resultPending = false; // the entry shown is a read whose result is still coming
};

} // namespace dtdb::views
