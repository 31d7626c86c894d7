// The main window, offscreen: it opens a history, follows the cursor in every view, shows the
// recorded states of the fixtures in its collection table, and edits through the log.

#include "collectionsview.h"
#include "collectiontablemodel.h"
#include "demo.h"
#include "fixtures.h"
#include "historydocument.h"
#include "itemhistorymodel.h"
#include "itemhistoryview.h"
#include "logview.h"
#include "mainwindow.h"
#include "problemspanel.h"
#include "tablecontent.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <map>

using namespace dtdb;
using namespace dtdb::views;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsRecordedStatesOfAFixture();
    void logSelectionMovesTheCursor();
    void editsUndoAndRedo();
    void closingWithUnsavedEditsAsks();
    void unreadableEntriesAreListed();
    void openAtPositionAndPanels();
    void itemHistoryFollowsTheChosenItem();
};

namespace {

bool openAndWait(MainWindow &w, const QStringList &paths, const QString &at = {})
{
    QSignalSpy opened(w.document(), &document::HistoryDocument::opened);
    w.openPaths(paths, at);
    return opened.wait(60000) && QTest::qWaitFor(
                                     [&] {
                                         return w.document()->moment() != nullptr &&
                                                w.document()->readResultsComplete();
                                     },
                                     60000);
}

bool moveAndWait(MainWindow &w, std::size_t position)
{
    w.document()->setPosition(position);
    return QTest::qWaitFor(
        [&] {
            return w.document()->moment() && w.document()->moment()->position == position &&
                   w.collectionsView()->tableModel()->isCurrent();
        },
        60000);
}

} // namespace

void TestMainWindow::initTestCase()
{
    // Keep the developer's settings out of it.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestMainWindow::showsRecordedStatesOfAFixture()
{
    const QString dir = testutil::fixturesDir() + QStringLiteral("/transactions_and_failures/");
    std::map<std::size_t, Value> states;
    for (const std::string &line : testutil::readLines(dir + QStringLiteral("states.jsonl"))) {
        Value v = testutil::parseJson(line);
        states[v["step"].get<std::size_t>()] = v["db"];
    }
    MainWindow w;
    w.show();
    QVERIFY(openAndWait(w, {dir + QStringLiteral("server")}));
    QTableView *list = w.collectionsView()->collectionList();
    auto *table = w.collectionsView()->tableModel();
    int checked = 0;
    for (const auto &[step, db] : states) {
        if (step % 7 != 3) continue; // a spread of moments, not all of them
        QVERIFY(moveAndWait(w, step));
        QCOMPARE(list->model()->rowCount(), int(db["collections"].size()));
        int row = 0;
        for (const auto &[name, collection] : db["collections"].items()) {
            // Click the collection as a user would.
            const QModelIndex index = list->model()->index(row, 0);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                              list->visualRect(index).center());
            QVERIFY(QTest::qWaitFor([&] { return table->isCurrent(); }, 10000));
            QCOMPARE(QString::fromStdString(w.collectionsView()->currentCollection()),
                     QString::fromStdString(name));
            QVERIFY2(testutil::tableItems(*table) ==
                         testutil::inColumnOrder(collection["data"], *table),
                     qPrintable(QStringLiteral("step %1, collection %2")
                                    .arg(step)
                                    .arg(QString::fromStdString(name))));
            ++row;
            ++checked;
        }
    }
    QVERIFY(checked > 5);
}

void TestMainWindow::logSelectionMovesTheCursor()
{
    MainWindow w;
    w.show();
    QVERIFY(openAndWait(w, {testutil::demoServer()}));
    QTableView *log = w.logView()->table();
    const QModelIndex index = log->model()->index(41, 2);
    log->scrollTo(index);
    QTest::mouseClick(log->viewport(), Qt::LeftButton, {}, log->visualRect(index).center());
    QVERIFY(QTest::qWaitFor([&] { return w.document()->position() == 42; }, 10000));
    // And the other way round: moving the cursor selects its entry in the log.
    QVERIFY(moveAndWait(w, 100));
    QCOMPARE(log->currentIndex().row(), 99);
    QVERIFY(w.statusBar()->findChildren<QLabel *>().size() > 0);
}

void TestMainWindow::editsUndoAndRedo()
{
    MainWindow w;
    w.show();
    QVERIFY(openAndWait(w, {testutil::demoServer()}));
    QVERIFY(QTest::qWaitFor([&] { return w.document()->canEdit(); }, 10000));
    auto *table = w.collectionsView()->tableModel();
    w.collectionsView()->showCollection("customers");
    QVERIFY(QTest::qWaitFor(
        [&] { return table->isCurrent() && table->collection() == "customers"; }, 10000));
    const int rows = table->rowCount();
    const Value before = testutil::tableItems(*table);

    // Edit a cell through the model the view edits.
    int column = -1;
    for (int c = 0; c < table->columnCount(); ++c)
        if (table->headerData(c, Qt::Horizontal).toString() == QLatin1String("name")) column = c;
    QVERIFY(column >= 0);
    QVERIFY(table->flags(table->index(0, column)) & Qt::ItemIsEditable);
    QVERIFY(table->setData(table->index(0, column), QStringLiteral("Renamed In Test")));
    QVERIFY(QTest::qWaitFor([&] { return w.document()->canEdit() && table->isCurrent(); }, 10000));
    QCOMPARE(table->data(table->index(0, column)).toString(), QStringLiteral("Renamed In Test"));
    QCOMPARE(
        document::ItemMark(
            table->data(table->index(0, column), document::CollectionTableModel::MarkRole).toInt()),
        document::ItemMark::Modified);
    QVERIFY(w.isWindowModified());

    w.document()->undoStack()->undo();
    QVERIFY(QTest::qWaitFor([&] { return w.document()->canEdit() && table->isCurrent(); }, 10000));
    QCOMPARE(table->rowCount(), rows);
    QVERIFY(testutil::tableItems(*table) == before);
    QVERIFY(!w.isWindowModified());

    w.document()->undoStack()->redo();
    QVERIFY(QTest::qWaitFor([&] { return w.document()->canEdit() && table->isCurrent(); }, 10000));
    QCOMPARE(table->data(table->index(0, column)).toString(), QStringLiteral("Renamed In Test"));

    // In the past, cells are read-only.
    QVERIFY(moveAndWait(w, 5));
    w.collectionsView()->showCollection("customers");
    QVERIFY(QTest::qWaitFor([&] { return table->isCurrent(); }, 10000));
    if (table->rowCount() > 0) QVERIFY(!(table->flags(table->index(0, 0)) & Qt::ItemIsEditable));
    w.document()->undoStack()->undo(); // leave nothing unsaved behind
}

void TestMainWindow::closingWithUnsavedEditsAsks()
{
    MainWindow w;
    w.show();
    QVERIFY(openAndWait(w, {testutil::demoServer()}));
    QVERIFY(QTest::qWaitFor([&] { return w.document()->canEdit(); }, 10000));
    QCOMPARE(w.document()->runEntry(Value{{"className", "Query"},
                                          {"target", "customers"},
                                          {"type", "add"},
                                          {"addData", Value::array({{{"id", 5}}})}},
                                    QStringLiteral("x"), {}),
             QString());
    // Answer "Cancel" to the question: the window stays open.
    QTimer::singleShot(200, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("not saved")));
        box->button(QMessageBox::Cancel)->click();
    });
    QVERIFY(!w.close());
    QVERIFY(w.isVisible());
    // Answer "Discard": it closes, nothing is written.
    QTimer::singleShot(200, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(QMessageBox::Discard)->click();
    });
    QVERIFY(w.close());
}

void TestMainWindow::unreadableEntriesAreListed()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("broken.jsonl"));
    QFile f(log);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"className\":\"Query\",\"target\":\"a\",\"type\":\"add\",\"addData\":[{\"x\":1}]}\n"
            "{\"className\":\"Query\",\"target\":\n"
            "{\"className\":\"Nope\"}\n");
    f.close();
    MainWindow w;
    w.show();
    QVERIFY(openAndWait(w, {log}));
    QTreeWidget *problems = w.problems()->list();
    QCOMPARE(problems->topLevelItemCount(), 2);
    QVERIFY(problems->topLevelItem(0)->text(0).endsWith(QStringLiteral("broken.jsonl")));
    QCOMPARE(problems->topLevelItem(0)->text(1), QStringLiteral("2"));
    QCOMPARE(problems->topLevelItem(1)->text(1), QStringLiteral("3"));
    QVERIFY(w.findChild<QDockWidget *>(QStringLiteral("problemsDock"))->isVisible());
    // The readable entry still replays.
    QCOMPARE(w.document()->moment()->state->slots().size(), std::size_t(1));
}

void TestMainWindow::openAtPositionAndPanels()
{
    MainWindow w;
    w.show();
    QVERIFY(openAndWait(w, {testutil::demoServer()}, QStringLiteral("77")));
    QVERIFY(QTest::qWaitFor([&] { return w.document()->position() == 77; }, 10000));
    // The collection the entry at the cursor worked on is shown, at its first touched item.
    const std::string target = w.document()->name(w.document()->info(76).target);
    QVERIFY(
        QTest::qWaitFor([&] { return w.collectionsView()->currentCollection() == target; }, 10000));
    QVERIFY(w.raisePanel(QStringLiteral("diff")));
    QVERIFY(!w.raisePanel(QStringLiteral("nonsense")));
}

void TestMainWindow::itemHistoryFollowsTheChosenItem()
{
    // Click an item in a collection: the Item History panel shows its row's history; click one
    // of its versions: the cursor moves there and the table shows that version.
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(openAndWait(w, {testutil::demoServer()}));
    QVERIFY(w.raisePanel(QStringLiteral("itemHistory")));
    ItemHistoryView *view = w.itemHistoryView();
    auto *model = view->model();
    QCOMPARE(model->status(), document::ItemHistoryModel::Status::Empty);
    QVERIFY(view->heading().startsWith(QStringLiteral("Select an item")));

    // The orders change most in the demo (paid, shipped, delivered).
    const auto moment = w.document()->moment();
    std::string orders;
    for (const Database::Slot &slot : moment->state->slots())
        if (slot.name == "orders") orders = slot.key;
    QVERIFY(!orders.empty());
    w.collectionsView()->showCollection(orders);
    auto *table = w.collectionsView()->tableModel();
    QVERIFY(QTest::qWaitFor([&] { return table->collection() == orders && table->isCurrent(); },
                            10000));
    QTableView *items = w.collectionsView()->table();
    // Orders placed during the history go through several states; click down the table to
    // one with at least two versions, as a user looking for one would.
    int row = items->model()->rowCount() / 2;
    for (;; ++row) {
        QVERIFY(row < items->model()->rowCount());
        const QModelIndex cell = items->model()->index(row, 0);
        items->scrollTo(cell);
        QTest::mouseClick(items->viewport(), Qt::LeftButton, {}, items->visualRect(cell).center());
        QVERIFY(QTest::qWaitFor(
            [&] {
                return model->status() == document::ItemHistoryModel::Status::Traced &&
                       model->history().identity.matches(*table->itemAt(row));
            },
            30000));
        if (model->rowCount() >= 2) break;
    }
    QCOMPARE(model->history().identity.collectionName, std::string("orders"));
    QVERIFY(view->heading().startsWith(QStringLiteral("orders · ")));
    QCOMPARE(model->currentRow(), model->rowCount() - 1); // at the end: the last version

    // Choose the first version by clicking its row.
    QTableView *events = view->table();
    const QModelIndex first = events->model()->index(0, document::ItemHistoryModel::EventColumn);
    const std::size_t position =
        std::size_t(first.data(document::ItemHistoryModel::PositionRole).toULongLong());
    QTest::mouseClick(events->viewport(), Qt::LeftButton, {}, events->visualRect(first).center());
    QVERIFY(QTest::qWaitFor([&] { return w.document()->position() == position; }, 10000));
    QVERIFY(QTest::qWaitFor([&] { return model->currentRow() == 0; }, 10000));
    QCOMPARE(table->collection(), orders);
    // The state there holds the version the history lists first.
    const document::ItemHistory &h = model->history();
    const ItemPtr firstVersion = h.initial ? h.initial : h.events.front().after;
    bool found = false;
    w.document()->moment()->state->find(orders)->items().forEach([&](const StoredItem &s) {
        found = found || s.item->packed() == firstVersion->packed();
        return !found;
    });
    QVERIFY(found);
    // ...selected in the table, its JSON below it.
    QVERIFY(QTest::qWaitFor(
        [&] {
            const int current = w.collectionsView()->currentRow();
            return current >= 0 && table->itemAt(current) == firstVersion;
        },
        10000));

    // Tools ▸ Item History (also on the item's context menu) brings the panel back.
    auto *dock = w.findChild<QDockWidget *>(QStringLiteral("itemHistoryDock"));
    QVERIFY(dock);
    dock->hide();
    QAction *show = nullptr;
    for (QAction *a : items->actions())
        if (a->text().contains(QStringLiteral("History"))) show = a;
    QVERIFY(show);
    QCOMPARE(items->contextMenuPolicy(), Qt::ActionsContextMenu);
    show->trigger();
    QVERIFY(dock->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
