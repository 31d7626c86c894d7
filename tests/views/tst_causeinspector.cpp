// The Cause inspector on the demo history: an entry in a Cause chain shows its actor, what and
// why, its time trail and its chain, whose rows move the cursor; entries without a Cause,
// transactions, failures and the start of the history say what they are.

#include "causechainview.h"
#include "causeinspector.h"
#include "demo.h"
#include "documentwait.h"
#include "historydocument.h"
#include "jsonio.h"
#include "timetrailview.h"

#include <QLabel>
#include <QTest>
#include <QTreeWidgetItemIterator>
#include <QUndoStack>

using namespace dtdb;
using namespace dtdb::document;
using namespace dtdb::views;

class TestCauseInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void entryInAChain();
    void clickingTheChainMovesTheCursor();
    void chainParentLinkMovesTheCursor();
    void entryWithoutCause();
    void transaction();
    void failedEntry();
    void startOfTheHistory();
    void editAndUndo();

private:
    bool moveAndWait(std::size_t position);
    QString label(const char *name) const;
    // The raw JSON of entry i, read without the engine's Cause parser.
    Value rawEntry(std::size_t i) const;
    // The entry's Cause as written: the query's, or the first inner query's.
    Value rawCause(std::size_t i) const;

    std::unique_ptr<HistoryDocument> m_doc;
    std::unique_ptr<CauseInspector> m_inspector;
};

bool TestCauseInspector::moveAndWait(std::size_t position)
{
    m_doc->setPosition(position);
    return QTest::qWaitFor([&] { return m_doc->moment() && m_doc->position() == position; }, 60000);
}

QString TestCauseInspector::label(const char *name) const
{
    const auto *l = m_inspector->findChild<QLabel *>(QString::fromLatin1(name));
    return l && l->isVisible() ? l->text() : QString();
}

Value TestCauseInspector::rawEntry(std::size_t i) const
{
    return *json::parse(m_doc->entryText(i));
}

Value TestCauseInspector::rawCause(std::size_t i) const
{
    const Value entry = rawEntry(i);
    const Value &query = entry.contains("queries") ? entry["queries"][0] : entry;
    return query.contains("cause") ? query["cause"] : Value();
}

void TestCauseInspector::initTestCase()
{
    m_doc = std::make_unique<HistoryDocument>();
    QVERIFY(testutil::openAndWait(*m_doc, {testutil::demoServer()}));
    m_inspector = std::make_unique<CauseInspector>(m_doc.get());
    m_inspector->resize(420, 900);
    m_inspector->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_inspector.get()));
}

void TestCauseInspector::entryInAChain()
{
    // The first plain query whose chain parent is in the history, with a multi-hop trail.
    std::size_t entry = 0;
    for (; entry < m_doc->entryCount(); ++entry) {
        const Value cause = rawCause(entry);
        if (rawEntry(entry).contains("queries") || cause.is_null()) continue;
        if (cause["chainParentSerial"].is_null() || cause["when"]["nodes"].size() < 2) continue;
        if (!m_doc->entriesWithSerial(cause["chainParentSerial"]).empty()) break;
    }
    QVERIFY(entry < m_doc->entryCount());
    QVERIFY(moveAndWait(entry + 1));
    QCOMPARE(m_inspector->shownEntry(), std::optional<std::size_t>(entry));

    const Value cause = rawCause(entry);
    QCOMPARE(label("actorName"), QString::fromStdString(cause["who"]["name"].get<std::string>()));
    QCOMPARE(label("what"), QString::fromStdString(cause["what"].get<std::string>()));
    QCOMPARE(label("why"), QString::fromStdString(cause["why"].get<std::string>()));
    QCOMPARE(label("from"), QString::fromStdString(cause["from"].get<std::string>()));
    QVERIFY(label("actorDetails")
                .contains(QString::fromStdString(cause["who"]["id"].get<std::string>())));
    QVERIFY(label("title").contains(QString::number(entry + 1)));
    QVERIFY(label("origin").contains(QStringLiteral(".q")));
    QVERIFY(label("message").isEmpty());

    const auto *trail = m_inspector->findChild<TimeTrailView *>(QStringLiteral("timeTrail"));
    QVERIFY(trail);
    QCOMPARE(trail->topLevelItemCount(), int(cause["when"]["nodes"].size()));
    QVERIFY(trail->topLevelItem(0)->text(TimeTrailView::LatencyColumn).isEmpty());
    QVERIFY(!trail->topLevelItem(1)->text(TimeTrailView::LatencyColumn).isEmpty());
    QCOMPARE(trail->topLevelItem(0)->text(TimeTrailView::LocationColumn),
             QString::fromStdString(cause["when"]["nodes"][0]["location"].get<std::string>()));

    const auto *chain = m_inspector->findChild<CauseChainView *>(QStringLiteral("causeChain"));
    QVERIFY(chain && chain->isVisible());
    int rows = 0, bold = 0;
    for (QTreeWidgetItemIterator it(const_cast<CauseChainView *>(chain)); *it; ++it) {
        ++rows;
        if ((*it)->font(0).bold()) {
            ++bold;
            QCOMPARE((*it)->data(0, CauseChainView::EntryRole).value<std::size_t>(), entry);
        }
    }
    QVERIFY(rows >= 2);
    QCOMPARE(bold, 1);
    QVERIFY(label("serial").contains(QString::fromStdString(cause["serial"].get<std::string>())));
}

void TestCauseInspector::clickingTheChainMovesTheCursor()
{
    auto *chain = m_inspector->findChild<CauseChainView *>(QStringLiteral("causeChain"));
    QVERIFY(chain && chain->topLevelItemCount() > 0);
    // The root of the chain lies before the current entry.
    QTreeWidgetItem *root = chain->topLevelItem(0);
    const auto target = root->data(0, CauseChainView::EntryRole).value<std::size_t>();
    QVERIFY(target + 1 != m_doc->requestedPosition());
    chain->scrollToItem(root);
    QTest::mouseClick(chain->viewport(), Qt::LeftButton, {}, chain->visualItemRect(root).center());
    QCOMPARE(m_doc->requestedPosition(), target + 1);
    QVERIFY(QTest::qWaitFor([&] { return m_inspector->shownEntry() == target; }, 60000));
}

void TestCauseInspector::chainParentLinkMovesTheCursor()
{
    // From the last entry of a chain of three or more, the parent link goes one step up.
    std::size_t entry = m_doc->entryCount();
    std::size_t parent = 0;
    while (entry-- > 0) {
        const Value cause = rawCause(entry);
        if (cause.is_null() || cause["chainParentSerial"].is_null()) continue;
        const auto parents = m_doc->entriesWithSerial(cause["chainParentSerial"]);
        if (parents.size() != 1 || parents.front() >= entry) continue;
        parent = parents.front();
        if (!rawCause(parent)["chainParentSerial"].is_null()) break;
    }
    QVERIFY(entry < m_doc->entryCount());
    QVERIFY(moveAndWait(entry + 1));
    auto *link = m_inspector->findChild<QLabel *>(QStringLiteral("chainParent"));
    QVERIFY(link->text().contains(QStringLiteral("href")));
    Q_EMIT link->linkActivated(QStringLiteral("#parent"));
    QCOMPARE(m_doc->requestedPosition(), parent + 1);
}

void TestCauseInspector::entryWithoutCause()
{
    std::size_t entry = 0;
    while (entry < m_doc->entryCount() && !rawCause(entry).is_null())
        ++entry;
    QVERIFY(entry < m_doc->entryCount());
    QVERIFY(moveAndWait(entry + 1));
    QVERIFY(label("message").contains(QStringLiteral("no Cause")));
    QVERIFY(label("actorName").isEmpty()); // the Cause panel is hidden
    QVERIFY(label("title").contains(QString::number(entry + 1)));
    QVERIFY(!label("result").isEmpty());
}

void TestCauseInspector::transaction()
{
    std::size_t entry = 0;
    while (entry < m_doc->entryCount() && !rawEntry(entry).contains("queries"))
        ++entry;
    QVERIFY(entry < m_doc->entryCount());
    QVERIFY(moveAndWait(entry + 1));
    const std::size_t queries = rawEntry(entry)["queries"].size();
    QVERIFY(label("note").contains(QStringLiteral("transaction of %1 queries").arg(queries)));
    const Value cause = rawCause(entry);
    QVERIFY(!cause.is_null());
    QCOMPARE(label("what"), QString::fromStdString(cause["what"].get<std::string>()));
}

void TestCauseInspector::failedEntry()
{
    std::size_t entry = 0;
    while (entry < m_doc->entryCount() && m_doc->info(entry).success)
        ++entry;
    QVERIFY(entry < m_doc->entryCount());
    QVERIFY(moveAndWait(entry + 1));
    const QString error = QString::fromStdString(m_doc->name(m_doc->info(entry).error));
    QVERIFY(!error.isEmpty());
    QVERIFY(label("result").contains(error));
    QVERIFY(label("result").startsWith(QStringLiteral("Failed")));
}

void TestCauseInspector::startOfTheHistory()
{
    QVERIFY(moveAndWait(0));
    QCOMPARE(label("title"), QStringLiteral("Start of the history"));
    QVERIFY(label("message").startsWith(QStringLiteral("Start of the history")));
    QCOMPARE(m_inspector->shownEntry(), std::nullopt);
}

void TestCauseInspector::editAndUndo()
{
    // An edit appended in the app carries the local actor's Cause and is not saved yet; after
    // undo the inspector follows the cursor back to the last entry of the history.
    const std::size_t base = m_doc->entryCount();
    QVERIFY(moveAndWait(base));
    QVERIFY(QTest::qWaitFor([&] { return m_doc->canEdit(); }, 60000));
    m_doc->setLocalActor(
        {ActorType::Ai, QStringLiteral("helper"), QStringLiteral("Helper Bot"), {}});
    const Value add = {{"className", "Query"},
                       {"target", "customers"},
                       {"type", "add"},
                       {"addData", Value::array({{{"id", 990001}}})}};
    QCOMPARE(m_doc->runEntry(add, QStringLiteral("Add a customer"), QStringLiteral("a test")),
             QString());
    QVERIFY(QTest::qWaitFor([&] { return m_inspector->shownEntry() == base; }, 60000));
    QCOMPARE(label("actorName"), QStringLiteral("Helper Bot"));
    QCOMPARE(label("what"), QStringLiteral("Add a customer"));
    QCOMPARE(label("why"), QStringLiteral("a test"));
    QVERIFY(label("origin").contains(QStringLiteral("not saved yet")));

    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->entryCount(), base);
    QVERIFY(QTest::qWaitFor([&] { return m_inspector->shownEntry() == base - 1; }, 60000));
    QVERIFY(!label("title").isEmpty());
}

QTEST_MAIN(TestCauseInspector)
#include "tst_causeinspector.moc"
