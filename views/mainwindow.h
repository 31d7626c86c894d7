#pragma once

#include <QFuture>
#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QToolButton;

namespace dtdb::document {
class HistoryDocument;
struct ExportRequest;
} // namespace dtdb::document

namespace dtdb::views {

class CauseInspector;
class CollectionsView;
class EntryDiffView;
class ItemHistoryView;
class LogView;
class ProblemsPanel;
class TimelineWidget;

// The main window: the collections at the cursor in the middle, the timeline above, the log,
// problems and undo history below, the Cause inspector and the diff on the right. It wires
// menus to the document and its views; the work itself happens in the model layer.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    document::HistoryDocument *document() const { return m_document; }
    CollectionsView *collectionsView() const { return m_collections; }
    LogView *logView() const { return m_log; }
    TimelineWidget *timeline() const { return m_timeline; }
    CauseInspector *causeInspector() const { return m_inspector; }
    EntryDiffView *diffView() const { return m_diff; }
    ItemHistoryView *itemHistoryView() const { return m_itemHistory; }
    ProblemsPanel *problems() const { return m_problems; }

    // Opens files and folders as one history (asks to save unsaved edits first); then moves
    // the cursor to `at` when given: an entry count ("120") or an ISO-8601 time (after the
    // last entry at or before it).
    void openPaths(const QStringList &paths, const QString &at = {});
    // Shows and raises a dock: "timeline", "cause", "diff", "log", "problems", "undo".
    bool raisePanel(const QString &name);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createDocks();
    void restoreSettings();
    void rememberRecent(const QStringList &paths);
    void fillRecentMenu();
    bool confirmDiscard();
    void updateActions();
    void updateStatus();
    void updateTitle();
    void report(const QString &message);

    void openFiles();
    void openFolder();
    void save();
    void runQuery();
    void addItem();
    void deleteItem();
    void runStateExport(const document::ExportRequest &request);
    void exportSnapshot(bool encrypted);
    void exportCollection(bool csv);
    void exportLogSlice();
    void exportChart();
    void compareMoments();
    void verifySnapshots();
    void showItemHistory();
    void preferences();
    void about();
    QString askKey(const QString &path);

    document::HistoryDocument *m_document;
    CollectionsView *m_collections;
    LogView *m_log = nullptr;
    TimelineWidget *m_timeline = nullptr;
    CauseInspector *m_inspector = nullptr;
    EntryDiffView *m_diff = nullptr;
    ItemHistoryView *m_itemHistory = nullptr;
    ProblemsPanel *m_problems = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QList<QAction *> m_needsHistory;
    QAction *m_saveAction = nullptr;
    QAction *m_runQueryAction = nullptr;
    QAction *m_addItemAction = nullptr;
    QAction *m_deleteItemAction = nullptr;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QLabel *m_positionLabel;
    QLabel *m_stateLabel;
    QString m_pendingAt;
    QList<QFuture<void>> m_background; // cancelled work still finishing
};

} // namespace dtdb::views
