// The log model and its filter proxy: one row per entry (appended edits included), filters by
// text, type, actor, target and failure that agree with the timeline index.

#include "demo.h"
#include "documentwait.h"
#include "historydocument.h"
#include "logfilterproxymodel.h"
#include "logmodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace dtdb;
using namespace dtdb::document;

class TestLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void rowsFollowTheHistory();
    void filters_data();
    void filters();
    void textFilterSearchesTheEntry();
    void newerTextWins();
    void textFilterFindsAppendedEntries();

private:
    std::unique_ptr<HistoryDocument> m_doc;
};

void TestLogModel::init()
{
    m_doc = std::make_unique<HistoryDocument>();
    QVERIFY(testutil::openAndWait(*m_doc, {testutil::demoServer()}));
    QVERIFY(QTest::qWaitFor([&] { return m_doc->canEdit(); }, 60000));
}

void TestLogModel::rowsFollowTheHistory()
{
    LogModel model(m_doc.get());
    QAbstractItemModelTester tester(&model);
    QCOMPARE(model.rowCount(), int(m_doc->entryCount()));
    // The entry at the cursor is bold.
    const int last = model.rowCount() - 1;
    QVERIFY(
        model.data(model.index(last, LogModel::TimeColumn), Qt::FontRole).value<QFont>().bold());

    const int before = model.rowCount();
    QCOMPARE(m_doc->runEntry(Value{{"className", "Query"},
                                   {"target", "customers"},
                                   {"type", "add"},
                                   {"addData", Value::array({{{"id", 424242}}})}},
                             QStringLiteral("A customer from the test"), {}),
             QString());
    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(model.data(model.index(before, LogModel::WhatColumn)).toString(),
             QStringLiteral("A customer from the test"));
    QCOMPARE(model.data(model.index(before, LogModel::TypeColumn)).toString(),
             QStringLiteral("add"));
    QCOMPARE(model.data(model.index(before, LogModel::OriginColumn)).toString(),
             QStringLiteral("not saved yet"));
    m_doc->undoStack()->undo();
    QCOMPARE(model.rowCount(), before);
}

void TestLogModel::filters_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("type") << QStringLiteral("type");
    QTest::newRow("actor") << QStringLiteral("actor");
    QTest::newRow("target") << QStringLiteral("target");
    QTest::newRow("failed") << QStringLiteral("failed");
}

void TestLogModel::filters()
{
    QFETCH(QString, kind);
    LogModel model(m_doc.get());
    LogFilterProxyModel proxy(m_doc.get());
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy);
    // Filter by the properties of an entry in the middle, then check every row.
    const auto &probe = m_doc->info(m_doc->entryCount() / 2);
    std::function<bool(const history::EntryInfo &)> expected;
    if (kind == QLatin1String("type")) {
        proxy.setType(probe.type);
        expected = [&](const auto &i) { return i.readable && i.type == probe.type; };
    } else if (kind == QLatin1String("actor")) {
        proxy.setActor(probe.actor);
        expected = [&](const auto &i) { return i.actor == probe.actor; };
    } else if (kind == QLatin1String("target")) {
        proxy.setTarget(m_doc->name(probe.target));
        expected = [&](const auto &i) { return i.target == probe.target; };
    } else {
        proxy.setFailedOnly(true);
        expected = [&](const auto &i) { return !i.success || !i.readable; };
    }
    int count = 0;
    for (std::size_t e = 0; e < m_doc->entryCount(); ++e) {
        const bool shown = proxy.rowOfEntry(e) >= 0;
        QCOMPARE(shown, expected(m_doc->info(e)));
        count += shown;
    }
    QCOMPARE(proxy.rowCount(), count);
    QVERIFY(count > 0 && count < int(m_doc->entryCount()));
}

void TestLogModel::textFilterSearchesTheEntry()
{
    LogModel model(m_doc.get());
    LogFilterProxyModel proxy(m_doc.get());
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy);
    // An actor's name appears in the entries it caused (in their Cause), in any case.
    const auto &actor = m_doc->actor(m_doc->info(0).actor);
    QVERIFY(!actor.name.empty());
    QSignalSpy progress(&proxy, &LogFilterProxyModel::textSearchProgress);
    proxy.setText(QString::fromStdString(actor.name).toUpper());
    // The search runs on a worker; the rows stay as they were until it ends.
    QCOMPARE(proxy.rowCount(), model.rowCount());
    QTRY_VERIFY_WITH_TIMEOUT(!proxy.textSearchRunning(), 30000);
    QTRY_VERIFY(!progress.isEmpty() && progress.last().at(0).toInt() == 1000);
    QVERIFY(proxy.rowCount() > 0 && proxy.rowCount() < model.rowCount());
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const std::size_t e = proxy.data(proxy.index(r, 0), LogModel::EntryRole).toULongLong();
        QVERIFY(QString::fromUtf8(m_doc->entryText(e))
                    .contains(QString::fromStdString(actor.name), Qt::CaseInsensitive));
    }
    proxy.setText({});
    QCOMPARE(proxy.rowCount(), model.rowCount());
}

// A text typed while a search runs cancels it: the rows shown are those of the last text.
void TestLogModel::newerTextWins()
{
    LogModel model(m_doc.get());
    LogFilterProxyModel proxy(m_doc.get());
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy);
    proxy.setText(QStringLiteral("\"add\""));
    proxy.setText(QStringLiteral("no entry holds this text"));
    QTRY_VERIFY_WITH_TIMEOUT(!proxy.textSearchRunning(), 30000);
    QTRY_COMPARE(proxy.rowCount(), 0);
    proxy.setText(QStringLiteral("\"ADD\""));
    QTRY_VERIFY_WITH_TIMEOUT(!proxy.textSearchRunning(), 30000);
    QTRY_VERIFY(proxy.rowCount() > 0);
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const std::size_t e = proxy.data(proxy.index(r, 0), LogModel::EntryRole).toULongLong();
        QVERIFY(m_doc->entryText(e).find("\"add\"") != std::string::npos);
    }
}

// Entries appended by edits are searched too, as soon as they exist.
void TestLogModel::textFilterFindsAppendedEntries()
{
    LogModel model(m_doc.get());
    LogFilterProxyModel proxy(m_doc.get());
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy);
    proxy.setText(QStringLiteral("zebra-4711"));
    QTRY_VERIFY_WITH_TIMEOUT(!proxy.textSearchRunning(), 30000);
    QTRY_COMPARE(proxy.rowCount(), 0);
    QCOMPARE(m_doc->runEntry(Value{{"className", "Query"},
                                   {"target", "customers"},
                                   {"type", "add"},
                                   {"addData", Value::array({{{"name", "Zebra-4711"}}})}},
                             QStringLiteral("A customer from the test"), {}),
             QString());
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.rowOfEntry(m_doc->entryCount() - 1), 0);
}

QTEST_GUILESS_MAIN(TestLogModel)
#include "tst_logmodel.moc"
