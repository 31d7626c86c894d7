// The Diff dock on the demo history: it follows the cursor and shows what the entry there
// changed, checked against the JSON of the states before and after the entry; and the diff
// tree opens small diffs fully and large ones by collection.

#include "databases.h"
#include "demo.h"
#include "diffmodel.h"
#include "difftreeview.h"
#include "documentwait.h"
#include "entrydiffview.h"
#include "historydocument.h"
#include "jsonio.h"

#include <QLabel>
#include <QLocale>
#include <QTest>
#include <QUndoStack>

#include <set>

using namespace dtdb;
using namespace dtdb::document;
using namespace dtdb::views;

class TestEntryDiffView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addedItems();
    void changedItem();
    void readChangesNothing();
    void startOfTheHistory();
    void largeDiffsOpenByCollection();
    void editAndUndo();

private:
    bool moveAndWait(std::size_t position);
    // The first entry (0-based) of `type` that succeeded and touched items.
    std::size_t firstWrite(QueryType type) const;
    // Compact item texts of one collection (by name) that are in `a` and not in `b`.
    static std::multiset<std::string> itemsOnlyIn(const Database &a, const Database &b,
                                                  const std::string &collection);
    QString summaryLabel() const;

    std::unique_ptr<HistoryDocument> m_doc;
    std::unique_ptr<EntryDiffView> m_view;
};

bool TestEntryDiffView::moveAndWait(std::size_t position)
{
    m_doc->setPosition(position);
    return QTest::qWaitFor([&] { return m_doc->moment() && m_doc->position() == position; }, 60000);
}

std::size_t TestEntryDiffView::firstWrite(QueryType type) const
{
    for (std::size_t i = 0; i < m_doc->entryCount(); ++i) {
        const history::EntryInfo &info = m_doc->info(i);
        if (!info.transaction && info.type == type && info.success && info.touched > 0) return i;
    }
    return m_doc->entryCount();
}

std::multiset<std::string> TestEntryDiffView::itemsOnlyIn(const Database &a, const Database &b,
                                                          const std::string &collection)
{
    const Value ja = a.toJson(), jb = b.toJson();
    std::multiset<std::string> out;
    for (const Value &item : ja["collections"][collection]["data"])
        out.insert(json::write(item));
    for (const Value &item : jb["collections"][collection]["data"])
        if (const auto it = out.find(json::write(item)); it != out.end()) out.erase(it);
    return out;
}

QString TestEntryDiffView::summaryLabel() const
{
    return m_view->findChild<QLabel *>(QStringLiteral("summary"))->text();
}

void TestEntryDiffView::initTestCase()
{
    m_doc = std::make_unique<HistoryDocument>();
    QVERIFY(testutil::openAndWait(*m_doc, {testutil::demoServer()}));
    m_view = std::make_unique<EntryDiffView>(m_doc.get());
    m_view->resize(700, 500);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestEntryDiffView::addedItems()
{
    const std::size_t entry = firstWrite(QueryType::Add);
    QVERIFY(entry < m_doc->entryCount());
    QVERIFY(moveAndWait(entry + 1));
    QVERIFY(m_view->heading().contains(QString::number(entry + 1)));

    const std::string target = m_doc->name(m_doc->info(entry).target);
    const auto added = itemsOnlyIn(m_doc->stateAt(entry + 1), m_doc->stateAt(entry), target);
    QVERIFY(!added.empty());

    const DiffModel &model = *m_view->model();
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex collection = model.index(0, 0);
    QVERIFY(collection.data().toString().startsWith(QString::fromStdString(target)));
    QVERIFY(m_view->tree()->isExpanded(collection));
    std::multiset<std::string> shown;
    for (int row = 0; row < model.rowCount(collection); ++row) {
        const QModelIndex item = model.index(row, 0, collection);
        if (item.data(DiffModel::RowTypeRole).toInt() == int(DiffModel::RowType::Serial))
            continue; // an add with a serial key also moves the serial counter
        QCOMPARE(item.data(DiffModel::ChangeRole).toInt(), int(DiffKind::Added));
        QVERIFY(m_view->tree()->isExpanded(item));
        shown.insert(model.index(row, DiffModel::AfterColumn, collection)
                         .data(Qt::ToolTipRole)
                         .toString()
                         .toStdString());
    }
    QVERIFY(shown == added);
    QCOMPARE(summaryLabel(), DiffModel::summary(model.diff()));
}

void TestEntryDiffView::changedItem()
{
    const std::size_t entry = firstWrite(QueryType::UpdateOne);
    QVERIFY(entry < m_doc->entryCount());
    QVERIFY(moveAndWait(entry + 1));
    const std::string target = m_doc->name(m_doc->info(entry).target);
    const Database before = m_doc->stateAt(entry), after = m_doc->stateAt(entry + 1);
    const auto gone = itemsOnlyIn(before, after, target), came = itemsOnlyIn(after, before, target);
    QCOMPARE(gone.size(), std::size_t(1));
    QCOMPARE(came.size(), std::size_t(1));

    const DiffModel &model = *m_view->model();
    const QModelIndex collection = model.index(0, 0);
    QCOMPARE(model.rowCount(collection), 1);
    const QModelIndex item = model.index(0, 0, collection);
    QCOMPARE(item.data(DiffModel::RowTypeRole).toInt(), int(DiffModel::RowType::Item));
    QCOMPARE(item.data(DiffModel::ChangeRole).toInt(), int(DiffKind::Changed));
    QCOMPARE(item.siblingAtColumn(DiffModel::BeforeColumn).data(Qt::ToolTipRole).toString(),
             QString::fromStdString(*gone.begin()));
    QCOMPARE(item.siblingAtColumn(DiffModel::AfterColumn).data(Qt::ToolTipRole).toString(),
             QString::fromStdString(*came.begin()));
    // Each field row holds that field's values on the two sides.
    const Value was = *json::parse(*gone.begin()), is = *json::parse(*came.begin());
    QVERIFY(model.rowCount(item) > 0);
    for (int row = 0; row < model.rowCount(item); ++row) {
        const QModelIndex field = model.index(row, 0, item);
        const std::string name = field.data(DiffModel::FieldNameRole).toString().toStdString();
        const auto side = [&](const Value &v) {
            return v.contains(name) ? QString::fromStdString(json::write(v[name]))
                                    : QStringLiteral("(missing)");
        };
        QCOMPARE(field.siblingAtColumn(DiffModel::BeforeColumn).data().toString(), side(was));
        QCOMPARE(field.siblingAtColumn(DiffModel::AfterColumn).data().toString(), side(is));
    }
}

void TestEntryDiffView::readChangesNothing()
{
    std::size_t entry = 0;
    while (entry < m_doc->entryCount() &&
           !(m_doc->info(entry).type == QueryType::Search && !m_doc->info(entry).wrote))
        ++entry;
    QVERIFY(entry < m_doc->entryCount());
    QVERIFY(moveAndWait(entry + 1));
    QCOMPARE(m_view->model()->rowCount(), 0);
    QVERIFY(summaryLabel().contains(QStringLiteral("changed nothing")));
}

void TestEntryDiffView::startOfTheHistory()
{
    QVERIFY(moveAndWait(0));
    QCOMPARE(m_view->heading(), QStringLiteral("Start of the history"));
    QCOMPARE(m_view->model()->rowCount(), 0);
}

void TestEntryDiffView::largeDiffsOpenByCollection()
{
    Value before = Value::array(), after = Value::array();
    for (int i = 0; i < 400; ++i) {
        before.push_back({{"id", i}, {"v", 0}});
        after.push_back({{"id", i}, {"v", 1}});
    }
    DiffTreeView tree;
    tree.setDiff(compareStates(
        testutil::makeDatabase(QString::fromStdString(json::write(Value{{"t", before}}))),
        testutil::makeDatabase(QString::fromStdString(json::write(Value{{"t", after}})))));
    const QModelIndex collection = tree.model()->index(0, 0);
    QVERIFY(tree.isExpanded(collection));
    QVERIFY(!tree.isExpanded(tree.model()->index(0, 0, collection)));

    tree.setDiff(
        compareStates(testutil::makeDatabase(QStringLiteral(R"({"t":[{"id":1,"v":0}]})")),
                      testutil::makeDatabase(QStringLiteral(R"({"t":[{"id":1,"v":1}]})"))));
    QVERIFY(tree.isExpanded(tree.model()->index(0, 0, tree.model()->index(0, 0))));
}

void TestEntryDiffView::editAndUndo()
{
    // An edit shows the item it added; undo takes the view back to the entry before it.
    const std::size_t base = m_doc->entryCount();
    QVERIFY(moveAndWait(base));
    QVERIFY(QTest::qWaitFor([&] { return m_doc->canEdit(); }, 60000));
    const Value item = {{"id", 990002}, {"name", "Diff Test"}};
    const Value add = {{"className", "Query"},
                       {"target", "customers"},
                       {"type", "add"},
                       {"addData", Value::array({item})}};
    QCOMPARE(m_doc->runEntry(add, QStringLiteral("Add a customer"), {}), QString());
    QVERIFY(QTest::qWaitFor([&] { return m_doc->position() == base + 1; }, 60000));
    const DiffModel &model = *m_view->model();
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex collection = model.index(0, 0);
    QCOMPARE(model.rowCount(collection), 1);
    QCOMPARE(model.index(0, DiffModel::AfterColumn, collection).data().toString(),
             QString::fromStdString(json::write(item)));

    m_doc->undoStack()->undo();
    QVERIFY(QTest::qWaitFor([&] { return m_doc->position() == base; }, 60000));
    QVERIFY(m_view->heading().contains(QLocale().toString(qulonglong(base))));
}

QTEST_MAIN(TestEntryDiffView)
#include "tst_entrydiffview.moc"
