// "Compare two moments" on the demo history: default positions, a comparison computed in the
// background and checked against the JSON of the two states, and cancelling.

#include "comparedialog.h"
#include "demo.h"
#include "diffmodel.h"
#include "documentwait.h"
#include "historydocument.h"
#include "jsonio.h"

#include <QProgressBar>
#include <QSignalSpy>
#include <QTest>

#include <map>
#include <set>

using namespace dtdb;
using namespace dtdb::document;
using namespace dtdb::views;

class TestCompareDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaultsToTheSnapshotBeforeTheCursor();
    void compares_data();
    void compares();
    void cancelDropsTheResult();

private:
    std::unique_ptr<HistoryDocument> m_doc;
};

namespace {

// Per collection, how many items are only in `a` (by compact JSON, counting repeats).
std::map<std::string, std::size_t> onlyIn(const Database &a, const Database &b)
{
    std::map<std::string, std::size_t> out;
    const Value ja = a.toJson(), jb = b.toJson();
    for (const auto &[name, collection] : ja["collections"].items()) {
        std::multiset<std::string> items;
        for (const Value &item : collection["data"])
            items.insert(json::write(item));
        if (jb["collections"].contains(name))
            for (const Value &item : jb["collections"][name]["data"])
                if (const auto it = items.find(json::write(item)); it != items.end())
                    items.erase(it);
        if (!items.empty()) out[name] = items.size();
    }
    return out;
}

} // namespace

void TestCompareDialog::initTestCase()
{
    m_doc = std::make_unique<HistoryDocument>();
    QVERIFY(testutil::openAndWait(*m_doc, {testutil::demoServer()}));
}

void TestCompareDialog::defaultsToTheSnapshotBeforeTheCursor()
{
    // A snapshot inside the history, and the one before it (the history starts with one).
    std::size_t before = 0, inside = 0;
    for (const history::Anchor &anchor : m_doc->history().anchors) {
        if (anchor.position > 0 && anchor.position < m_doc->entryCount()) {
            inside = anchor.position;
            break;
        }
        before = anchor.position;
    }
    QVERIFY(inside > 0);
    // Just after the snapshot, and exactly on it (then the one before counts).
    for (const std::size_t cursor : {inside + 1, inside}) {
        m_doc->setPosition(cursor);
        QVERIFY(QTest::qWaitFor([&] { return m_doc->position() == cursor; }, 60000));
        CompareDialog dialog(m_doc.get());
        QCOMPARE(dialog.toPosition(), cursor);
        QCOMPARE(dialog.fromPosition(), cursor == inside ? before : inside);
    }
}

void TestCompareDialog::compares_data()
{
    QTest::addColumn<qulonglong>("from");
    QTest::addColumn<qulonglong>("to");
    const qulonglong n = m_doc->entryCount();
    QTest::newRow("whole history") << qulonglong(0) << n;
    QTest::newRow("backwards") << n << n / 2;
    QTest::newRow("a few entries") << n / 3 << n / 3 + 25;
    QTest::newRow("same moment") << n / 4 << n / 4;
}

void TestCompareDialog::compares()
{
    QFETCH(qulonglong, from);
    QFETCH(qulonglong, to);
    CompareDialog dialog(m_doc.get());
    dialog.show();
    QSignalSpy compared(&dialog, &CompareDialog::compared);
    dialog.setPositions(from, to);
    dialog.compare();
    QVERIFY(dialog.isBusy());
    QVERIFY(dialog.findChild<QProgressBar *>(QStringLiteral("busy"))->isVisible());
    QVERIFY(compared.wait(60000));
    QVERIFY(!dialog.isBusy());
    QVERIFY(!dialog.findChild<QProgressBar *>(QStringLiteral("busy"))->isVisible());

    // Against the JSON of the two states: per collection, the items only before are the
    // removed and changed ones, the items only after the added and changed ones.
    const Database a = m_doc->stateAt(from), b = m_doc->stateAt(to);
    const auto before = onlyIn(a, b), after = onlyIn(b, a);
    const StateDiff &diff = dialog.model()->diff();
    std::map<std::string, std::size_t> removed, added;
    for (const CollectionDiff &c : diff.collections) {
        if (const std::size_t n = c.count(DiffKind::Removed) + c.count(DiffKind::Changed))
            removed[c.name] = n;
        if (const std::size_t n = c.count(DiffKind::Added) + c.count(DiffKind::Changed))
            added[c.name] = n;
    }
    QVERIFY(removed == before);
    QVERIFY(added == after);
    QCOMPARE(dialog.summary(),
             diff.empty() ? QStringLiteral("The two states are equal.") : DiffModel::summary(diff));
    QCOMPARE(dialog.model()->rowCount(), int(diff.collections.size()));
}

void TestCompareDialog::cancelDropsTheResult()
{
    CompareDialog dialog(m_doc.get());
    QSignalSpy compared(&dialog, &CompareDialog::compared);
    dialog.setPositions(0, m_doc->entryCount());
    dialog.compare();
    dialog.cancel();
    const QString cancelled = QStringLiteral("The comparison was cancelled.");
    QVERIFY(QTest::qWaitFor([&] { return dialog.summary() == cancelled; }, 60000));
    QVERIFY(!dialog.isBusy());
    QCOMPARE(compared.count(), 0);
    QCOMPARE(dialog.model()->rowCount(), 0);
    // It can run again afterwards.
    dialog.compare();
    QVERIFY(compared.wait(60000));
    QVERIFY(dialog.model()->rowCount() > 0);
}

QTEST_MAIN(TestCompareDialog)
#include "tst_comparedialog.moc"
