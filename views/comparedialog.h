#pragma once

#include "statediff.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>
#include <stop_token>

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace dtdb::document {
class HistoryDocument;
class DiffModel;
} // namespace dtdb::document

namespace dtdb::views {

class DiffTreeView;

// "Compare two moments": the states after two entries (positions), computed off the GUI
// thread, and what differs between them per collection, item and field. The document must
// outlive the dialog (a running comparison reads from it until the dialog is destroyed).
class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CompareDialog(document::HistoryDocument *doc, QWidget *parent = nullptr);
    ~CompareDialog() override;

    // Positions count entries: 0 is the start of the history, p the state after entry p.
    // The defaults are the snapshot before the cursor and the cursor.
    void setPositions(std::size_t from, std::size_t to);
    std::size_t fromPosition() const;
    std::size_t toPosition() const;

    // Starts comparing the two positions (a running comparison is cancelled first).
    void compare();
    // Stops the running comparison; its result is dropped.
    void cancel();
    bool isBusy() const { return m_running; }

    document::DiffModel *model() const;
    // "3 added, 1 removed, 2 changed", or why there is no result.
    QString summary() const;

Q_SIGNALS:
    // A comparison ended with a result (not when it was cancelled).
    void compared();

private:
    void finished();
    void stopRunning();
    void setBusy(bool busy);
    void refreshRanges();
    void describePosition(QSpinBox *spin, QLabel *label);

    document::HistoryDocument *m_doc;
    QSpinBox *m_from;
    QSpinBox *m_to;
    QLabel *m_fromTime;
    QLabel *m_toTime;
    QPushButton *m_compare;
    QPushButton *m_cancel;
    QProgressBar *m_busy;
    QLabel *m_summary;
    DiffTreeView *m_tree;
    QFutureWatcher<std::shared_ptr<document::StateDiff>> m_watcher;
    std::stop_source m_stop;
    bool m_running = false; // from the start of a run until its end is handled
    bool m_restart = false; // compare again once the cancelled run has ended
};

} // namespace dtdb::views
