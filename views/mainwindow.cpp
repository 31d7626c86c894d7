#include "mainwindow.h"

#include "causeinspector.h"
#include "collectionsview.h"
#include "collectiontablemodel.h"
#include "comparedialog.h"
#include "displaytext.h"
#include "entrydiffview.h"
#include "exportfile.h"
#include "gotodialog.h"
#include "historydocument.h"
#include "itemhistoryview.h"
#include "itemqueries.h"
#include "jsoneditordialog.h"
#include "jsonio.h"
#include "logview.h"
#include "preferencesdialog.h"
#include "problemspanel.h"
#include "timelinewidget.h"
#include "verifier.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QUndoView>
#include <QtConcurrent/QtConcurrentRun>

namespace dtdb::views {

using document::HistoryDocument;

namespace {

constexpr int MaxRecent = 10;

// Runs `work` in a worker while a window-modal progress dialog keeps the window responsive.
// With `cancellable`, Cancel stops waiting at once: the work finishes in the background (it is
// kept in `background`, waited for when the window goes) and its result is dropped.
template <typename T>
std::optional<T> runBusy(QWidget *parent, const QString &label, std::function<T()> work,
                         QList<QFuture<void>> *background = nullptr)
{
    QProgressDialog dialog(label, QObject::tr("Cancel"), 0, 0, parent);
    if (!background) dialog.setCancelButton(nullptr);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    QFutureWatcher<T> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &dialog, &QProgressDialog::reset);
    const QFuture<T> future = QtConcurrent::run(std::move(work));
    watcher.setFuture(future);
    dialog.exec();
    if (!watcher.isFinished()) {
        if (background)
            background->append(QFuture<void>(future));
        else
            watcher.waitForFinished();
        return std::nullopt;
    }
    return watcher.result();
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_document(new HistoryDocument(this)),
      m_collections(new CollectionsView(m_document)), m_progress(new QProgressBar),
      m_cancel(new QToolButton), m_positionLabel(new QLabel), m_stateLabel(new QLabel)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setCentralWidget(m_collections);
    m_document->setLocalActor(PreferencesDialog::loadActor());
    m_document->setKeyProvider([this](const QString &path) { return askKey(path); });

    m_progress->setMaximumWidth(240);
    m_progress->setMinimumWidth(200); // beside the position text, which takes what is left
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel->setText(tr("Cancel"));
    m_cancel->hide();
    statusBar()->addWidget(m_positionLabel, 1);
    statusBar()->addPermanentWidget(m_stateLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);

    createDocks();
    createActions();
    restoreSettings();

    connect(m_cancel, &QToolButton::clicked, m_document, &HistoryDocument::cancelOpen);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        m_progress->hide();
        m_cancel->hide();
        report(tr("Opening was cancelled."));
    });
    connect(m_document, &HistoryDocument::loadProgress, this,
            [this](int permille, const QString &phase) {
                m_progress->setValue(permille);
                m_progress->setFormat(phase + QStringLiteral(" %p%"));
            });
    connect(m_document, &HistoryDocument::opened, this, [this] {
        statusBar()->clearMessage();
        m_progress->hide();
        m_cancel->hide();
        rememberRecent(m_document->paths());
        if (!m_pendingAt.isEmpty()) {
            QString why;
            if (const auto position = GoToDialog::resolve(*m_document, m_pendingAt, &why)) {
                m_document->setPosition(*position);
                if (*position > 0)
                    m_collections->revealTouched(
                        m_document->name(m_document->info(*position - 1).target));
            } else {
                report(tr("Cannot open at %1: %2").arg(m_pendingAt, why));
            }
            m_pendingAt.clear();
        }
        updateTitle();
        updateActions();
        if (m_problems->problemCount() > 0) {
            m_problemsDock->show();
            m_problemsDock->raise();
            statusBar()->showMessage(
                tr("%n part(s) of the history could not be read; see Problems.", nullptr,
                   m_problems->problemCount()),
                8000);
        }
    });
    connect(m_document, &HistoryDocument::openFailed, this, [this](const QString &message) {
        statusBar()->clearMessage();
        m_progress->hide();
        m_cancel->hide();
        report(message);
        QMessageBox::warning(this, tr("Cannot open"), message);
    });
    connect(m_document, &HistoryDocument::momentChanged, this, [this] {
        updateStatus();
        updateActions();
    });
    // The reads' results arrive after the history is shown; the bar is the opening's while
    // another history loads.
    connect(m_document, &HistoryDocument::readResultsChanged, this, [this](int permille) {
        if (m_document->isLoading()) return;
        m_progress->setVisible(permille < 1000);
        m_progress->setValue(permille);
        m_progress->setFormat(tr("Read results %p%"));
    });
    connect(m_document, &HistoryDocument::entriesChanged, this, &MainWindow::updateStatus);
    connect(m_document, &HistoryDocument::modifiedChanged, this, [this] {
        updateTitle();
        updateActions();
    });
    connect(m_collections, &CollectionsView::message, this, &MainWindow::report);
    // Picking an entry in the log shows the collection it worked on, at its first change.
    connect(m_log, &LogView::entryChosen, this, [this](std::size_t entry) {
        m_collections->revealTouched(m_document->name(m_document->info(entry).target));
    });
    updateTitle();
    updateActions();
    updateStatus();
}

MainWindow::~MainWindow()
{
    for (QFuture<void> &work : m_background)
        work.waitForFinished();
}

void MainWindow::createDocks()
{
    // The inspector and the diff get the full height on the right; the log spans the rest.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    auto dock = [this](const QString &title, const QString &name, QWidget *widget,
                       Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    m_timeline = new TimelineWidget(m_document);
    dock(tr("Timeline"), QStringLiteral("timelineDock"), m_timeline, Qt::TopDockWidgetArea);

    m_inspector = new CauseInspector(m_document);
    auto *inspectorDock =
        dock(tr("Cause"), QStringLiteral("causeDock"), m_inspector, Qt::RightDockWidgetArea);
    m_diff = new EntryDiffView(m_document);
    auto *diffDock = dock(tr("Diff"), QStringLiteral("diffDock"), m_diff, Qt::RightDockWidgetArea);
    tabifyDockWidget(inspectorDock, diffDock);
    m_itemHistory = new ItemHistoryView(m_document);
    auto *itemHistoryDock = dock(tr("Item History"), QStringLiteral("itemHistoryDock"),
                                 m_itemHistory, Qt::RightDockWidgetArea);
    tabifyDockWidget(diffDock, itemHistoryDock);
    inspectorDock->raise();
    connect(m_collections, &CollectionsView::itemChosen, m_itemHistory, &ItemHistoryView::follow);
    // The table shows the version chosen, selected, with its JSON below.
    connect(m_itemHistory, &ItemHistoryView::versionChosen, m_collections,
            &CollectionsView::revealItem);

    m_log = new LogView(m_document);
    auto *logDock = dock(tr("Log"), QStringLiteral("logDock"), m_log, Qt::BottomDockWidgetArea);
    m_problems = new ProblemsPanel(m_document);
    m_problemsDock =
        dock(tr("Problems"), QStringLiteral("problemsDock"), m_problems, Qt::BottomDockWidgetArea);
    auto *undoView = new QUndoView(m_document->undoStack());
    undoView->setEmptyLabel(tr("<history as opened>"));
    auto *undoDock =
        dock(tr("Undo History"), QStringLiteral("undoDock"), undoView, Qt::BottomDockWidgetArea);
    tabifyDockWidget(logDock, m_problemsDock);
    tabifyDockWidget(m_problemsDock, undoDock);
    logDock->raise();
    connect(m_problems, &ProblemsPanel::countChanged, this, [this](int count) {
        m_problemsDock->setWindowTitle(count ? tr("Problems (%1)").arg(count) : tr("Problems"));
    });
    resizeDocks({logDock}, {260}, Qt::Vertical);
    resizeDocks({inspectorDock}, {380}, Qt::Horizontal);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")),
                                    tr("&Open Files…"), this, &MainWindow::openFiles);
    open->setShortcut(QKeySequence::Open);
    file->addAction(QIcon::fromTheme(QStringLiteral("folder-open")), tr("Open &Folder…"),
                    QKeySequence(tr("Ctrl+Shift+O")), this, &MainWindow::openFolder);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    m_saveAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save"),
                                   QKeySequence::Save, this, &MainWindow::save);
    QMenu *exports = file->addMenu(tr("&Export at Cursor"));
    m_needsHistory << exports->menuAction();
    exports->addAction(tr("State as .dtdb…"), this, [this] { exportSnapshot(false); });
    exports->addAction(tr("State as encrypted .dtdb…"), this, [this] { exportSnapshot(true); });
    exports->addAction(tr("Collection as CSV…"), this, [this] { exportCollection(true); });
    exports->addAction(tr("Collection as JSON…"), this, [this] { exportCollection(false); });
    exports->addAction(tr("Log between two positions as JSONL…"), this,
                       &MainWindow::exportLogSlice);
    exports->addAction(tr("Activity chart as PNG…"), this, &MainWindow::exportChart);
    file->addSeparator();
    file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"),
                    QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_runQueryAction =
        edit->addAction(tr("Run &Query…"), QKeySequence(tr("Ctrl+E")), this, &MainWindow::runQuery);
    m_addItemAction =
        edit->addAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Item…"),
                        QKeySequence(tr("Ctrl+N")), this, &MainWindow::addItem);
    m_deleteItemAction =
        edit->addAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Delete Item"),
                        QKeySequence::Delete, this, &MainWindow::deleteItem);
    m_deleteItemAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_collections->table()->addAction(m_deleteItemAction);
    edit->addSeparator();
    edit->addAction(tr("&Preferences…"), QKeySequence::Preferences, this, &MainWindow::preferences);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *goTo = go->addAction(tr("&Go to Time or Entry…"), QKeySequence(tr("Ctrl+G")),
                                  m_timeline, &TimelineWidget::goTo);
    QAction *start = go->addAction(tr("&Start of History"), QKeySequence(tr("Ctrl+Home")), this,
                                   [this] { m_document->setPosition(0); });
    QAction *end = go->addAction(tr("&End of History"), QKeySequence(tr("Ctrl+End")), this,
                                 [this] { m_document->setPosition(m_document->entryCount()); });
    QAction *back =
        go->addAction(tr("&Previous Entry"), QKeySequence(tr("Alt+Left")), this, [this] {
            const std::size_t p = m_document->requestedPosition();
            m_document->setPosition(p > 0 ? p - 1 : 0);
        });
    QAction *forward =
        go->addAction(tr("&Next Entry"), QKeySequence(tr("Alt+Right")), this,
                      [this] { m_document->setPosition(m_document->requestedPosition() + 1); });
    m_needsHistory << goTo << start << end << back << forward;

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    m_needsHistory << tools->addAction(tr("&Compare Two Moments…"), QKeySequence(tr("Ctrl+D")),
                                       this, &MainWindow::compareMoments);
    m_needsHistory << tools->addAction(tr("&Verify Snapshots"), this, &MainWindow::verifySnapshots);
    QAction *itemHistory =
        tools->addAction(tr("Item &History of the Selected Item"), QKeySequence(tr("Ctrl+H")), this,
                         &MainWindow::showItemHistory);
    m_needsHistory << itemHistory;
    // A right click on an item offers its history and its deletion.
    m_collections->table()->insertAction(m_deleteItemAction, itemHistory);
    m_collections->table()->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *d : findChildren<QDockWidget *>())
        m_viewMenu->addAction(d->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About DeltaTrace History"), this, &MainWindow::about);

    // Tool buttons show the action's text without its mnemonic: "ファイル(&F)" → "ファイル".
    for (QAction *a :
         {open, m_saveAction, undo, redo, m_runQueryAction, m_addItemAction, m_deleteItemAction}) {
        QString text = a->text();
        text.remove(QRegularExpression(QStringLiteral("\\(&.\\)")));
        a->setIconText(text.remove(u'&'));
    }
    // Undo/redo change their text as the stack moves; keep their buttons short.
    undo->setIconText(tr("Undo"));
    redo->setIconText(tr("Redo"));
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(open);
    bar->addAction(m_saveAction);
    bar->addSeparator();
    bar->addAction(undo);
    bar->addAction(redo);
    bar->addSeparator();
    bar->addAction(m_runQueryAction);
    bar->addAction(m_addItemAction);
    bar->addAction(m_deleteItemAction);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    resize(1400, 900);
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmDiscard()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

bool MainWindow::confirmDiscard()
{
    if (!m_document->isModified()) return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved entries"),
        tr("%n entry(ies) made here are not saved yet. Save them to %1?", nullptr,
           int(m_document->unsavedCount()))
            .arg(m_document->saveTarget().describe()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel) return false;
    if (answer == QMessageBox::Save) {
        const QString error = m_document->save();
        if (!error.isEmpty()) {
            report(error);
            QMessageBox::warning(this, tr("Cannot save"), error);
            return false;
        }
    }
    return true;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile()) paths << url.toLocalFile();
    if (paths.isEmpty()) return;
    event->acceptProposedAction();
    openPaths(paths);
}

bool MainWindow::raisePanel(const QString &name)
{
    auto *dock = findChild<QDockWidget *>(name + QStringLiteral("Dock"));
    if (!dock) return false;
    dock->show();
    dock->raise();
    return true;
}

void MainWindow::openPaths(const QStringList &paths, const QString &at)
{
    if (paths.isEmpty() || !confirmDiscard()) return;
    m_pendingAt = at;
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    statusBar()->showMessage(tr("Opening %1…").arg(paths.join(QStringLiteral(", "))), 60000);
    m_document->open(paths);
}

void MainWindow::openFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open snapshots and logs"), QString(),
        tr("DeltaTraceDB files (*.dtdb *.jsonl *.json *.q);;All files (*)"));
    openPaths(paths);
}

void MainWindow::openFolder()
{
    const QString path = QFileDialog::getExistingDirectory(
        this, tr("Open a server folder (backups, success_query, error_query)"));
    if (!path.isEmpty()) openPaths({path});
}

QString MainWindow::askKey(const QString &path)
{
    bool ok = false;
    const QString key = QInputDialog::getText(
        this, tr("Encrypted file"),
        tr("%1 is encrypted. Enter its key (32, 48 or 64 hexadecimal characters), or leave "
           "empty to skip the file. The key is not stored.")
            .arg(QFileInfo(path).fileName()),
        QLineEdit::Password, QString(), &ok);
    return ok ? key.trimmed() : QString();
}

void MainWindow::rememberRecent(const QStringList &paths)
{
    QSettings settings;
    QList<QVariant> recent = settings.value(QStringLiteral("recent")).toList();
    const QStringList absolute = [&] {
        QStringList out;
        for (const QString &p : paths)
            out << QFileInfo(p).absoluteFilePath();
        return out;
    }();
    recent.removeAll(QVariant(absolute));
    recent.prepend(QVariant(absolute));
    while (recent.size() > MaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("recent"), recent);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QList<QVariant> recent = QSettings().value(QStringLiteral("recent")).toList();
    for (const QVariant &entry : recent) {
        const QStringList paths = entry.toStringList();
        QStringList names;
        for (const QString &p : paths)
            names << QFileInfo(p).fileName();
        QAction *a = m_recentMenu->addAction(names.join(QStringLiteral(" + ")), this,
                                             [this, paths] { openPaths(paths); });
        a->setToolTip(paths.join(u'\n'));
    }
    if (recent.isEmpty()) m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
}

void MainWindow::updateActions()
{
    const bool open = m_document->isOpen();
    for (QAction *a : std::as_const(m_needsHistory))
        a->setEnabled(open);
    m_saveAction->setEnabled(m_document->isModified());
    // Edits are offered at the head only; elsewhere the actions say why not when used.
    m_runQueryAction->setEnabled(open);
    m_addItemAction->setEnabled(open);
    m_deleteItemAction->setEnabled(open);
    const QString refusal = m_document->editRefusal();
    for (QAction *a : {m_runQueryAction, m_addItemAction, m_deleteItemAction})
        a->setStatusTip(refusal);
}

void MainWindow::updateTitle()
{
    QString name = tr("No history");
    if (m_document->isOpen()) {
        QStringList names;
        for (const QString &p : m_document->paths())
            names << QFileInfo(p).fileName();
        name = names.join(QStringLiteral(" + "));
    }
    setWindowTitle(QStringLiteral("%1[*] — %2").arg(name, tr("DeltaTrace History")));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateStatus()
{
    if (!m_document->isOpen() || !m_document->moment()) {
        m_positionLabel->setText(m_document->isOpen() ? tr("Computing…")
                                                      : tr("Open a history: File ▸ Open"));
        m_stateLabel->clear();
        return;
    }
    const std::size_t p = m_document->position();
    const std::size_t n = m_document->entryCount();
    QString text = tr("Position %1 / %2").arg(p).arg(n);
    if (p == 0)
        text += tr(" · start of the history");
    else if (p == n)
        text += tr(" · end of the history");
    text += QStringLiteral(" · ") + document::displayTime(m_document->timeAtPosition(p));
    if (m_document->isModified())
        text += tr(" · %n unsaved edit(s)", nullptr, int(m_document->unsavedCount()));
    m_positionLabel->setText(text);
    std::size_t items = 0;
    const Database &state = *m_document->moment()->state;
    for (const Database::Slot &slot : state.slots())
        items += slot.collection.size();
    m_stateLabel->setText(tr("%n collection(s)", nullptr, int(state.slots().size())) +
                          QStringLiteral(" · ") + tr("%n item(s)", nullptr, int(items)));
}

void MainWindow::report(const QString &message)
{
    m_problems->addMessage(message);
    statusBar()->showMessage(message, 10000);
}

void MainWindow::save()
{
    const std::size_t count = m_document->unsavedCount();
    const QString where = m_document->saveTarget().describe();
    const QString error = m_document->save();
    if (!error.isEmpty()) {
        report(error);
        QMessageBox::warning(this, tr("Cannot save"), error);
        return;
    }
    statusBar()->showMessage(
        tr("Saved %n entry(ies) as %1; they are now part of the history.", nullptr, int(count))
            .arg(where),
        8000);
}

void MainWindow::runQuery()
{
    if (!m_document->canEdit()) {
        QMessageBox::information(this, tr("Run Query"), m_document->editRefusal());
        return;
    }
    const QString target = QString::fromStdString(m_collections->currentCollection());
    JsonEditorDialog dialog(tr("Run a query at the end of the history"),
                            JsonEditorDialog::queryValidator(), this);
    const auto tmpl = [&](const char *json) { return QString::fromUtf8(json).arg(target); };
    dialog.setTemplates({
        {tr("Update items"),
         tmpl("{\n  \"className\": \"Query\",\n  \"target\": \"%1\",\n  \"type\": \"update\",\n"
              "  \"queryNode\": {\"type\": \"equals_\", \"field\": \"id\", \"value\": 1, "
              "\"vType\": \"auto_\"},\n  \"overrideData\": {\"field\": \"value\"}\n}")},
        {tr("Add items"), tmpl("{\n  \"className\": \"Query\",\n  \"target\": \"%1\",\n  "
                               "\"type\": \"add\",\n  \"addData\": [{}]\n}")},
        {tr("Delete items"),
         tmpl("{\n  \"className\": \"Query\",\n  \"target\": \"%1\",\n  \"type\": \"delete\",\n"
              "  \"queryNode\": {\"type\": \"equals_\", \"field\": \"id\", \"value\": 1, "
              "\"vType\": \"auto_\"}\n}")},
        {tr("Transaction"),
         tmpl("{\n  \"className\": \"TransactionQuery\",\n  \"queries\": [\n    {\"className\": "
              "\"Query\", \"target\": \"%1\", \"type\": \"add\", \"addData\": [{}]}\n  ]\n}")},
    });
    if (dialog.exec() != QDialog::Accepted) return;
    const QString error = m_document->runEntry(dialog.value(), dialog.what(), dialog.why());
    if (!error.isEmpty()) {
        report(error);
        QMessageBox::warning(this, tr("Run Query"), error);
        return;
    }
    const auto &info = m_document->info(m_document->entryCount() - 1);
    if (!info.success)
        report(tr("The query was logged but failed: %1")
                   .arg(QString::fromStdString(m_document->name(info.error))));
}

void MainWindow::addItem()
{
    if (!m_document->canEdit()) {
        QMessageBox::information(this, tr("Add Item"), m_document->editRefusal());
        return;
    }
    const std::string key = m_collections->currentCollection();
    if (key.empty()) return;
    // Start from the collection's fields, so the new item looks like the others.
    Value item = Value::object();
    for (const std::string &column : m_collections->tableModel()->layout().columns)
        item[column] = nullptr;
    JsonEditorDialog dialog(tr("Add an item"), JsonEditorDialog::itemValidator(), this);
    dialog.setText(QString::fromStdString(json::write(item, json::Style::Indent2)));
    if (dialog.exec() != QDialog::Accepted) return;
    const QString error = m_document->addItem(key, dialog.value(), dialog.why());
    if (!error.isEmpty()) {
        report(error);
        QMessageBox::warning(this, tr("Add Item"), error);
    }
}

void MainWindow::deleteItem()
{
    if (!m_document->canEdit()) {
        QMessageBox::information(this, tr("Delete Item"), m_document->editRefusal());
        return;
    }
    const int row = m_collections->currentRow();
    const ItemPtr item = m_collections->tableModel()->itemAt(row);
    if (!item || m_collections->tableModel()->isRemovedRow(row)) return;
    const QString error = m_document->deleteItem(m_collections->currentCollection(), item.get(),
                                                 m_collections->editReason());
    if (!error.isEmpty()) {
        report(error);
        QMessageBox::warning(this, tr("Delete Item"), error);
    }
}

void MainWindow::runStateExport(const document::ExportRequest &request)
{
    // Computing a state and writing it can take a moment for big histories.
    const auto error = runBusy<QString>(this, tr("Exporting…"), [this, request] {
        return document::runExport(*m_document, request);
    });
    if (error && !error->isEmpty())
        report(*error);
    else if (error)
        statusBar()->showMessage(tr("Exported %1").arg(request.path), 8000);
}

void MainWindow::exportSnapshot(bool encrypted)
{
    document::ExportRequest request;
    request.kind = document::ExportRequest::Kind::Snapshot;
    request.position = m_document->position();
    if (encrypted) {
        bool ok = false;
        request.hexKey = QInputDialog::getText(
            this, tr("Encrypted export"),
            tr("Key (32, 48 or 64 hexadecimal characters; AES-GCM as DeltaTraceStudio uses):"),
            QLineEdit::Password, QString(), &ok);
        if (!ok) return;
    }
    request.path = QFileDialog::getSaveFileName(
        this, tr("Export the state at position %1").arg(request.position),
        QStringLiteral("state-%1.dtdb").arg(request.position), tr("Snapshots (*.dtdb)"));
    if (!request.path.isEmpty()) runStateExport(request);
}

void MainWindow::exportCollection(bool csv)
{
    const std::string key = m_collections->currentCollection();
    if (key.empty()) return;
    document::ExportRequest request;
    request.kind = csv ? document::ExportRequest::Kind::CollectionCsv
                       : document::ExportRequest::Kind::CollectionJson;
    request.position = m_document->position();
    request.collectionKey = key;
    const QString name = QString::fromStdString(key);
    request.path = QFileDialog::getSaveFileName(
        this, tr("Export %1 at position %2").arg(name).arg(request.position),
        QStringLiteral("%1-%2.%3")
            .arg(name)
            .arg(request.position)
            .arg(csv ? QStringLiteral("csv") : QStringLiteral("json")),
        csv ? tr("CSV (*.csv)") : tr("JSON (*.json)"));
    if (!request.path.isEmpty()) runStateExport(request);
}

void MainWindow::exportLogSlice()
{
    bool ok = false;
    const int n = int(m_document->entryCount());
    const int from =
        QInputDialog::getInt(this, tr("Export log"), tr("From position:"), 0, 0, n, 1, &ok);
    if (!ok) return;
    const int to = QInputDialog::getInt(this, tr("Export log"), tr("To position:"),
                                        int(m_document->position()), from, n, 1, &ok);
    if (!ok) return;
    document::ExportRequest request;
    request.kind = document::ExportRequest::Kind::LogSlice;
    request.from = std::size_t(from);
    request.to = std::size_t(to);
    request.path = QFileDialog::getSaveFileName(this, tr("Export the log"),
                                                QStringLiteral("log-%1-%2.jsonl").arg(from).arg(to),
                                                tr("JSON Lines (*.jsonl)"));
    if (request.path.isEmpty()) return;
    const QString error = document::runExport(*m_document, request);
    if (!error.isEmpty())
        report(error);
    else
        statusBar()->showMessage(tr("Exported %n entry(ies)", nullptr, to - from), 8000);
}

void MainWindow::exportChart()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the activity chart"),
                                     QStringLiteral("activity.png"), tr("PNG images (*.png)"));
    if (path.isEmpty()) return;
    if (!m_timeline->saveChartPng(path)) report(tr("Cannot write %1").arg(path));
}

void MainWindow::showItemHistory()
{
    raisePanel(QStringLiteral("itemHistory"));
    m_collections->announceCurrentItem();
}

void MainWindow::compareMoments()
{
    CompareDialog dialog(m_document, this);
    dialog.exec();
}

void MainWindow::verifySnapshots()
{
    if (m_document->history().anchors.size() < 3) {
        // anchors[0] is the start; two snapshots are needed to compare anything.
        QMessageBox::information(this, tr("Verify snapshots"),
                                 tr("This history has fewer than two snapshots: there is "
                                    "nothing to verify the log against."));
        return;
    }
    auto timeline = m_document->timelinePtr();
    const auto report = runBusy<history::VerifyReport>(
        this, tr("Replaying between snapshots…"), [timeline] { return history::verify(*timeline); },
        &m_background);
    if (!report) return;
    if (report->consistent()) {
        QMessageBox::information(this, tr("Verify snapshots"),
                                 tr("Consistent: replaying the log from each snapshot gives the "
                                    "next snapshot exactly (%n segment(s)).",
                                    nullptr, int(report->segments.size())));
        return;
    }
    QStringList lines;
    for (const history::SegmentReport &s : report->segments) {
        if (s.consistent) continue;
        const auto &anchors = m_document->history().anchors;
        QString line = tr("Between positions %1 and %2:")
                           .arg(anchors[s.fromAnchor].position)
                           .arg(anchors[s.toAnchor].position);
        if (s.divergence) {
            const history::Divergence &d = *s.divergence;
            line += tr(" collection %1").arg(QString::fromStdString(d.collection));
            if (d.item) line += tr(", item %1").arg(*d.item);
            if (!d.field.empty()) line += tr(", field %1").arg(QString::fromStdString(d.field));
            line += tr(": expected %1, replay gives %2")
                        .arg(QString::fromStdString(d.expected).left(200),
                             QString::fromStdString(d.actual).left(200));
        }
        if (s.lastTouch)
            line += tr(". The replay can no longer match after entry %1.").arg(*s.lastTouch + 1);
        lines << line;
        this->report(line);
    }
    QMessageBox::warning(this, tr("Verify snapshots"),
                         tr("The log does not lead from one snapshot to the next:\n\n%1")
                             .arg(lines.join(QStringLiteral("\n\n"))));
}

void MainWindow::preferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) return;
    PreferencesDialog::saveActor(dialog.actor());
    m_document->setLocalActor(dialog.actor());
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About DeltaTrace History"),
        tr("<h3>DeltaTrace History %1</h3><p>Browse the history of a DeltaTraceDB database: "
           "scrub through time, see who changed what and why, edit through the log, export any "
           "moment.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace dtdb::views
