// The row history as a table (ItemHistoryModel) on the demo history: its rows are the row's
// first version and its events, each pointing to where the cursor shows it; the row at the
// cursor is marked as the cursor moves; an edit at the head adds an event and undo takes it
// back; a collection whose items no field identifies says so. Under QAbstractItemModelTester.

#include "demo.h"
#include "documentwait.h"
#include "historydocument.h"
#include "itemhistorymodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace dtdb;
using namespace dtdb::document;

class TestItemHistoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rowsAreTheEvents();
    void cursorRowFollowsTheCursor();
    void sameRowIsNotTracedAgain();
    void editsAddEvents();
    void noIdentityField();
    void describeChange_data();
    void describeChange();

private:
    // Follows the row of the item at `index` of the busiest collection at the cursor.
    bool followItem(std::size_t index);
    // The row with the most events among a few items of each collection at the end.

    std::string m_busyCollection;
    std::unique_ptr<HistoryDocument> m_doc;
    std::unique_ptr<ItemHistoryModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

namespace {

bool waitTraced(const ItemHistoryModel &model)
{
    return QTest::qWaitFor(
        [&] {
            return model.status() == ItemHistoryModel::Status::Traced ||
                   model.status() == ItemHistoryModel::Status::NoIdentity;
        },
        60000);
}

std::size_t positionOf(const ItemHistoryModel &model, int row)
{
    return std::size_t(model.index(row, 0).data(ItemHistoryModel::PositionRole).toULongLong());
}

} // namespace

void TestItemHistoryModel::initTestCase()
{
    m_doc = std::make_unique<HistoryDocument>();
    m_model = std::make_unique<ItemHistoryModel>(m_doc.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(testutil::openAndWait(*m_doc, {testutil::demoServer()}));
    QCOMPARE(m_model->status(), ItemHistoryModel::Status::Empty);
    // The collection whose rows change most (rows with several events make the cases below
    // mean something).
    const Database end = m_doc->stateAt(m_doc->entryCount());
    std::size_t most = 0;
    for (const Database::Slot &slot : end.slots())
        for (std::size_t i = 0; i < std::min<std::size_t>(slot.collection.size(), 8); ++i)
            if (const auto id = identityOf(end, slot.key, *slot.collection.items().at(i).item))
                if (const std::size_t n = traceItem(m_doc->timeline(), {}, *id).events.size();
                    n > most) {
                    most = n;
                    m_busyCollection = slot.key;
                }
    QVERIFY2(most >= 3, qPrintable(QString::number(most)));
}

bool TestItemHistoryModel::followItem(std::size_t index)
{
    const auto moment = m_doc->moment();
    const Collection *c = moment->state->find(m_busyCollection);
    if (!c || index >= c->size()) return false;
    m_model->follow(m_busyCollection, c->items().at(index).item, moment->state);
    return waitTraced(*m_model);
}

void TestItemHistoryModel::rowsAreTheEvents()
{
    QVERIFY(testutil::moveAndWait(*m_doc, m_doc->entryCount()));
    QVERIFY(followItem(3));
    QCOMPARE(m_model->status(), ItemHistoryModel::Status::Traced);
    const ItemHistory &h = m_model->history();
    QVERIFY(h.complete);
    const int initial = h.initial ? 1 : 0;
    QCOMPARE(m_model->rowCount(), int(h.events.size()) + initial);
    QVERIFY(h.events.size() >= 2);
    if (initial) {
        QCOMPARE(positionOf(*m_model, 0), std::size_t(0));
        QCOMPARE(m_model->index(0, ItemHistoryModel::EventColumn).data().toString(),
                 QStringLiteral("first snapshot"));
    }
    for (std::size_t i = 0; i < h.events.size(); ++i) {
        const int row = int(i) + initial;
        const ItemEvent &e = h.events[i];
        QCOMPARE(positionOf(*m_model, row), e.position());
        QCOMPARE(m_model->index(row, ItemHistoryModel::ChangeColumn).data().toString(),
                 ItemHistoryModel::describeChange(e));
        if (e.kind != ItemEvent::Kind::Snapshot)
            QCOMPARE(m_model->index(row, ItemHistoryModel::EntryColumn).data().toULongLong(),
                     qulonglong(e.entry + 1));
    }
    // At the end of the history the cursor shows the last version.
    QCOMPARE(m_model->currentRow(), m_model->rowCount() - 1);
}

void TestItemHistoryModel::cursorRowFollowsTheCursor()
{
    QVERIFY(testutil::moveAndWait(*m_doc, m_doc->entryCount()));
    QVERIFY(followItem(3));
    const int rows = m_model->rowCount();
    QVERIFY(rows >= 1);
    for (int row = 0; row < rows; ++row) {
        const std::size_t p = positionOf(*m_model, row);
        QVERIFY(testutil::moveAndWait(*m_doc, p));
        // Several events may show at one position (an entry, then a snapshot): the last one.
        int expected = row;
        while (expected + 1 < rows && positionOf(*m_model, expected + 1) == p)
            ++expected;
        QCOMPARE(m_model->currentRow(), expected);
        for (int r = 0; r < rows; ++r)
            QCOMPARE(m_model->index(r, 0).data(ItemHistoryModel::CurrentRole).toBool(),
                     r == expected);
        QCOMPARE(m_model->index(expected, 1).data(Qt::FontRole).value<QFont>().bold(), true);
    }
    // Before the first version there is none at the cursor.
    if (positionOf(*m_model, 0) > 0) {
        QVERIFY(testutil::moveAndWait(*m_doc, positionOf(*m_model, 0) - 1));
        QCOMPARE(m_model->currentRow(), -1);
    }
}

void TestItemHistoryModel::sameRowIsNotTracedAgain()
{
    QVERIFY(testutil::moveAndWait(*m_doc, m_doc->entryCount()));
    QVERIFY(followItem(5));
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(followItem(5));
    QCOMPARE(resets.count(), 0);
    // Another version of the same row (here: the same item seen from another moment) keeps
    // the rows too.
    const ItemHistory h = m_model->history();
    if (h.events.size() >= 2) {
        QVERIFY(testutil::moveAndWait(*m_doc, h.events.front().position()));
        const auto moment = m_doc->moment();
        const Collection *c = moment->state->find(h.identity.collectionKey);
        QVERIFY(c);
        ItemPtr version;
        c->items().forEach([&](const StoredItem &s) {
            if (h.identity.matches(*s.item)) version = s.item;
            return !version;
        });
        QVERIFY(version);
        m_model->follow(h.identity.collectionKey, version, moment->state);
        QVERIFY(waitTraced(*m_model));
        QCOMPARE(resets.count(), 0);
    }
    // A different row is traced.
    QVERIFY(testutil::moveAndWait(*m_doc, m_doc->entryCount()));
    QVERIFY(followItem(6));
    QCOMPARE(resets.count(), 1);
    QVERIFY(!(m_model->history().identity == h.identity));
}

void TestItemHistoryModel::editsAddEvents()
{
    QVERIFY(testutil::moveAndWait(*m_doc, m_doc->entryCount()));
    QVERIFY(followItem(2));
    const ItemHistory before = m_model->history();
    const int rows = m_model->rowCount();

    // Edit a field other than the one that names the row.
    const auto moment = m_doc->moment();
    const Collection *c = moment->state->find(before.identity.collectionKey);
    const ItemPtr item = c->items().at(2).item;
    std::string field;
    item->root().forEachMember([&](std::string_view key, PackedValue) {
        if (field.empty() && key != before.identity.field) field = std::string(key);
    });
    QVERIFY(!field.empty());
    const std::size_t head = m_doc->entryCount();
    QCOMPARE(m_doc->setField(before.identity.collectionKey, item.get(), field,
                             Value("edited in a test"), {}),
             QString());
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), rows + 1, 30000);
    QCOMPARE(m_model->status(), ItemHistoryModel::Status::Traced);
    const ItemEvent &last = m_model->history().events.back();
    QCOMPARE(last.entry, head);
    QCOMPARE(last.kind, ItemEvent::Kind::Changed);
    QCOMPARE(last.fields.size(), std::size_t(1));
    QCOMPARE(last.fields.front().name, field);
    QVERIFY(*last.fields.front().after == Value("edited in a test"));

    // Undo takes the event away at once, before the row is traced again.
    m_doc->undoStack()->undo();
    QCOMPARE(m_model->rowCount(), rows);
    for (const ItemEvent &e : m_model->history().events)
        QVERIFY(e.entry < m_doc->entryCount());
    QTRY_COMPARE_WITH_TIMEOUT(m_model->status(), ItemHistoryModel::Status::Traced, 30000);
    QCOMPARE(m_model->rowCount(), rows);
    QCOMPARE(m_model->history().events.size(), before.events.size());
}

void TestItemHistoryModel::noIdentityField()
{
    QTemporaryDir dir;
    const QString snapshot = dir.filePath(QStringLiteral("notes.dtdb"));
    QFile f(snapshot);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"className":"DeltaTraceDatabase","version":"16","collections":{"notes":)"
            R"({"className":"Collection","version":"17","serialNum":0,)"
            R"("data":[{"t":"same"},{"t":"same"}]}}})");
    f.close();
    HistoryDocument doc;
    ItemHistoryModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(testutil::openAndWait(doc, {snapshot}));
    const auto moment = doc.moment();
    model.follow("notes", moment->state->find("notes")->items().at(0).item, moment->state);
    QVERIFY(waitTraced(model));
    QCOMPARE(model.status(), ItemHistoryModel::Status::NoIdentity);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.collectionKey(), std::string("notes"));
    model.clear();
    QCOMPARE(model.status(), ItemHistoryModel::Status::Empty);
}

void TestItemHistoryModel::describeChange_data()
{
    QTest::addColumn<QString>("before"); // "" for none
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("expected");
    const auto q = [](const char *text) { return QString::fromUtf8(text); };
    QTest::newRow("added") << q("") << q(R"({"id":1,"n":"a"})") << q(R"(new: {"id":1,"n":"a"})");
    QTest::newRow("removed") << q(R"({"id":1})") << q("") << q(R"(was: {"id":1})");
    QTest::newRow("one field") << q(R"({"id":1,"n":"a"})") << q(R"({"id":1,"n":"b"})")
                               << q(R"(n: "a" → "b")");
    QTest::newRow("added and dropped fields")
        << q(R"({"id":1,"old":true})") << q(R"({"id":1,"new":2.5})")
        << q("new: (none) → 2.5 · old: true → (none)");
    QTest::newRow("unchanged") << q(R"({"id":1})") << q(R"({"id":1})")
                               << q("written again, unchanged");
}

void TestItemHistoryModel::describeChange()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, expected);
    const auto item = [](const QString &text) -> ItemPtr {
        if (text.isEmpty()) return nullptr;
        return Item::pack(*json::parse(text.toStdString()));
    };
    ItemEvent e;
    e.before = item(before);
    e.after = item(after);
    e.kind = !e.before  ? ItemEvent::Kind::Added
             : !e.after ? ItemEvent::Kind::Removed
                        : ItemEvent::Kind::Changed;
    if (e.before && e.after) e.fields = fieldDiffs(*e.before, *e.after);
    QCOMPARE(ItemHistoryModel::describeChange(e), expected);
}

QTEST_MAIN(TestItemHistoryModel)
#include "tst_itemhistorymodel.moc"
