// The Log dock on the demo history: typing in its search box filters the rows once the search
// (on a worker thread) ends, showing its progress meanwhile, and clearing the box shows all;
// the collection filter offers every target once; the entry numbers fit their column.

#include "demo.h"
#include "documentwait.h"
#include "historydocument.h"
#include "logmodel.h"
#include "logview.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

#include <set>

using namespace dtdb;
using namespace dtdb::document;
using namespace dtdb::views;

class TestLogView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void searchFiltersRows();
    void collectionChoicesAreTheTargets();
    void numberColumnFitsTheNumbers();

private:
    std::unique_ptr<HistoryDocument> m_doc;
    std::unique_ptr<LogView> m_view;
};

void TestLogView::initTestCase()
{
    m_doc = std::make_unique<HistoryDocument>();
    QVERIFY(testutil::openAndWait(*m_doc, {testutil::demoServer()}));
    m_view = std::make_unique<LogView>(m_doc.get());
    m_view->resize(900, 400);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestLogView::searchFiltersRows()
{
    auto *table = m_view->findChild<QTableView *>();
    auto *edit = m_view->findChild<QLineEdit *>();
    QVERIFY(table && edit);
    const int all = table->model()->rowCount();
    QCOMPARE(all, int(m_doc->entryCount()));

    // An actor's name, typed in another case, finds the entries of that actor (and maybe a
    // few that mention the name elsewhere), not all of them.
    const std::string name = m_doc->actor(m_doc->info(0).actor).name;
    QVERIFY(!name.empty());
    QTest::keyClicks(edit, QString::fromStdString(name).toUpper());
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() < all, 30000);
    const int shown = table->model()->rowCount();
    QVERIFY(shown > 0);
    for (int r = 0; r < shown; ++r) {
        const std::size_t e = table->model()->index(r, 0).data(LogModel::EntryRole).toULongLong();
        QVERIFY(QString::fromUtf8(m_doc->entryText(e))
                    .contains(QString::fromStdString(name), Qt::CaseInsensitive));
    }
    // The progress label is gone once the rows are in.
    const auto labels = m_view->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        QVERIFY(!label->isVisible() || !label->text().startsWith(QStringLiteral("Searching")));

    edit->clear();
    QTRY_COMPARE(table->model()->rowCount(), all);
}

void TestLogView::collectionChoicesAreTheTargets()
{
    QComboBox *targets = nullptr;
    for (QComboBox *combo : m_view->findChildren<QComboBox *>())
        if (combo->itemText(0) == QStringLiteral("All collections")) targets = combo;
    QVERIFY(targets);
    std::set<QString> expected;
    for (std::size_t e = 0; e < m_doc->entryCount(); ++e)
        if (const std::string &t = m_doc->name(m_doc->info(e).target); !t.empty())
            expected.insert(QString::fromStdString(t));
    QVERIFY(expected.size() > 1);
    QStringList offered;
    for (int i = 1; i < targets->count(); ++i)
        offered << targets->itemData(i).toString();
    // Each target once, in order.
    QCOMPARE(offered, QStringList(expected.begin(), expected.end()));
}

void TestLogView::numberColumnFitsTheNumbers()
{
    // At a large font the default width cannot hold the entry numbers; the column grows.
    const QFont normal = QApplication::font();
    QFont large = normal;
    large.setPointSize(36);
    QApplication::setFont(large);
    LogView view(m_doc.get());
    QApplication::setFont(normal);
    auto *table = view.findChild<QTableView *>();
    QVERIFY(table);
    const int widest =
        table->fontMetrics().horizontalAdvance(QString::number(qulonglong(m_doc->entryCount())));
    QVERIFY2(table->horizontalHeader()->sectionSize(LogModel::NumberColumn) > widest,
             qPrintable(QStringLiteral("%1 px for %2 px of digits")
                            .arg(table->horizontalHeader()->sectionSize(LogModel::NumberColumn))
                            .arg(widest)));
}

QTEST_MAIN(TestLogView)
#include "tst_logview.moc"
