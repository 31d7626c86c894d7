// The collection list and table models: they show exactly the recorded states of the
// fixtures at any cursor position, keep working while the cursor moves, filter and sort, and
// mark what the entry at the cursor touched.

#include "collectionlistmodel.h"
#include "collectiontablemodel.h"
#include "fixtures.h"
#include "historydocument.h"
#include "tablecontent.h"

#include "documentwait.h"
#include <QAbstractItemModelTester>

#include <QSignalSpy>
#include <QTest>

#include <map>
#include <random>

using namespace dtdb;
using namespace dtdb::document;

class TestCollectionModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tablesShowRecordedStates_data();
    void tablesShowRecordedStates();
    void filterAndSort();
    void marksWhatTheEntryTouched();
};

namespace {

using testutil::moveAndWait;
using testutil::openAndWait;

using testutil::tableItems;

Value reordered(const Value &items, CollectionTableModel &model)
{
    return testutil::inColumnOrder(items, model);
}

} // namespace

void TestCollectionModels::tablesShowRecordedStates_data()
{
    QTest::addColumn<QString>("scenario");
    for (const QString &name : testutil::scenarioNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestCollectionModels::tablesShowRecordedStates()
{
    QFETCH(QString, scenario);
    const QString dir = testutil::fixturesDir() + u'/' + scenario + u'/';
    std::map<std::size_t, Value> states;
    for (const std::string &line : testutil::readLines(dir + QStringLiteral("states.jsonl"))) {
        Value v = testutil::parseJson(line);
        states[v["step"].get<std::size_t>()] = v["db"];
    }
    HistoryDocument doc;
    QVERIFY(openAndWait(doc, {dir + QStringLiteral("server")}));
    CollectionListModel list(&doc);
    CollectionTableModel table(&doc);
    QAbstractItemModelTester listTester(&list);
    QAbstractItemModelTester tableTester(&table);

    std::vector<std::pair<std::size_t, Value>> order(states.begin(), states.end());
    std::shuffle(order.begin(), order.end(), std::mt19937(11));
    if (order.size() > 40) order.resize(40);
    for (const auto &[step, db] : order) {
        QVERIFY(moveAndWait(doc, step));
        const Value &collections = db["collections"];
        QCOMPARE(list.rowCount(), int(collections.size()));
        int row = 0;
        for (const auto &[name, collection] : collections.items()) {
            QCOMPARE(list.data(list.index(row, 0)).toString(), QString::fromStdString(name));
            QCOMPARE(list.data(list.index(row, 1)).toLongLong(), qint64(collection["data"].size()));
            table.setCollection(list.keyAt(row));
            QVERIFY(QTest::qWaitFor([&] { return table.isCurrent(); }, 10000));
            QVERIFY2(
                tableItems(table) == reordered(collection["data"], table),
                qPrintable(
                    QStringLiteral("step %1, %2").arg(step).arg(QString::fromStdString(name))));
            ++row;
        }
    }
}

void TestCollectionModels::filterAndSort()
{
    HistoryDocument doc;
    QVERIFY(openAndWait(doc, {QStringLiteral(DTDB_DEMO_DIR "/server")}));
    CollectionListModel list(&doc);
    CollectionTableModel table(&doc);
    QAbstractItemModelTester tester(&table);
    const int customers = list.rowOf("customers");
    QVERIFY(customers >= 0);
    table.setCollection("customers");
    QVERIFY(QTest::qWaitFor([&] { return table.isCurrent(); }, 10000));
    const int all = table.rowCount();
    QVERIFY(all > 10);

    // Sorting by a column orders the rows by it.
    int column = -1;
    for (int c = 0; c < table.columnCount(); ++c)
        if (table.headerData(c, Qt::Horizontal).toString() == QLatin1String("name")) column = c;
    QVERIFY(column >= 0);
    table.sort(column, Qt::DescendingOrder);
    QVERIFY(QTest::qWaitFor([&] { return table.isCurrent(); }, 10000));
    QCOMPARE(table.rowCount(), all);
    for (int r = 1; r < table.rowCount(); ++r)
        QVERIFY(table.data(table.index(r - 1, column)).toString().toStdString() >=
                table.data(table.index(r, column)).toString().toStdString());

    // Filtering keeps the items whose JSON contains the text, case-insensitively.
    const QString name = table.data(table.index(0, column)).toString();
    table.setFilter(name.toUpper());
    QVERIFY(QTest::qWaitFor([&] { return table.isCurrent(); }, 10000));
    QVERIFY(table.rowCount() >= 1 && table.rowCount() < all);
    for (int r = 0; r < table.rowCount(); ++r)
        QVERIFY(table.data(table.index(r, 0), CollectionTableModel::JsonRole)
                    .toString()
                    .contains(name, Qt::CaseInsensitive));
    table.setFilter({});
    QVERIFY(QTest::qWaitFor([&] { return table.isCurrent(); }, 10000));
    QCOMPARE(table.rowCount(), all);
}

void TestCollectionModels::marksWhatTheEntryTouched()
{
    HistoryDocument doc;
    QVERIFY(openAndWait(doc, {QStringLiteral(DTDB_DEMO_DIR "/server")}));
    CollectionTableModel table(&doc);
    QAbstractItemModelTester tester(&table);
    // Find entries that added, replaced and removed items, and check the marks there.
    bool sawAdded = false, sawModified = false, sawRemoved = false;
    for (std::size_t e = 0; e < doc.entryCount() && !(sawAdded && sawModified && sawRemoved); ++e) {
        const auto &info = doc.info(e);
        if (!info.wrote || info.touched == 0 || info.transaction) continue;
        const bool isAdd = info.type == QueryType::Add;
        const bool isUpdate = info.type == QueryType::Update || info.type == QueryType::UpdateOne;
        const bool isDelete = info.type == QueryType::Delete || info.type == QueryType::DeleteOne;
        if (!((isAdd && !sawAdded) || (isUpdate && !sawModified) || (isDelete && !sawRemoved)))
            continue;
        QVERIFY(moveAndWait(doc, e + 1));
        table.setCollection(doc.name(info.target));
        QVERIFY(QTest::qWaitFor([&] { return table.isCurrent(); }, 10000));
        int added = 0, modified = 0, removed = 0;
        for (int r = 0; r < table.rowCount(); ++r) {
            const auto mark =
                ItemMark(table.data(table.index(r, 0), CollectionTableModel::MarkRole).toInt());
            added += mark == ItemMark::Added;
            modified += mark == ItemMark::Modified;
            removed += mark == ItemMark::Removed;
            QCOMPARE(table.isRemovedRow(r), mark == ItemMark::Removed);
        }
        QCOMPARE(std::size_t(added + modified + removed), std::size_t(info.touched));
        if (isAdd) {
            QCOMPARE(added, int(info.touched));
            sawAdded = true;
        }
        if (isUpdate) {
            QCOMPARE(modified, int(info.touched));
            sawModified = true;
        }
        if (isDelete) {
            QCOMPARE(removed, int(info.touched));
            sawRemoved = true;
        }
    }
    QVERIFY(sawAdded && sawModified && sawRemoved);
}

QTEST_GUILESS_MAIN(TestCollectionModels)
#include "tst_collectionmodels.moc"
