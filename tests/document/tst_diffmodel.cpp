// DiffModel: the tree it shows for comparisons and entry diffs (written out row by row), its
// roles, and its consistency under QAbstractItemModelTester.

#include "databases.h"
#include "diffmodel.h"
#include "moment.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace dtdb;
using namespace dtdb::document;

class TestDiffModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tree_data();
    void tree();
    void entryDiff();
    void roles();
    void manyItems();
    void reset();
};

namespace {

// The fully expanded tree, one row per line: "what | before | after", indented by depth.
QString dump(const QAbstractItemModel &model, const QModelIndex &parent = {}, int depth = 0)
{
    QString out;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(parent); ++column)
            cells << model.index(row, column, parent).data().toString();
        out += QString(depth * 2, QLatin1Char(' ')) + cells.join(QStringLiteral(" | ")) +
               QLatin1Char('\n');
        out += dump(model, model.index(row, 0, parent), depth + 1);
    }
    return out;
}

int countRows(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    int n = 0;
    for (int row = 0; row < model.rowCount(parent); ++row)
        n += 1 + countRows(model, model.index(row, 0, parent));
    return n;
}

QString lines(std::initializer_list<const char *> rows)
{
    QString out;
    for (const char *row : rows)
        out += QString::fromUtf8(row) + QLatin1Char('\n');
    return out;
}

} // namespace

void TestDiffModel::tree_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nothing") << R"({"t":[{"id":1}]})"
                             << R"({"t":[{"id":1}]})" << QString();
    QTest::newRow("changed fields")
        << R"({"t":[{"id":1,"a":1,"gone":true},{"id":2,"a":1}]})"
        << R"({"t":[{"id":1,"a":2,"new":[1]},{"id":2,"a":1}]})"
        << lines({"t (1 changed) |  | ",
                  "  ~ id = 1 | {\"id\":1,\"a\":1,\"gone\":true} | {\"id\":1,\"a\":2,\"new\":[1]}",
                  "    a | 1 | 2", "    new | (missing) | [1]", "    gone | true | (missing)"});
    QTest::newRow("added and removed items list their fields")
        << R"({"t":[{"id":1,"s":"x"}]})"
        << R"({"t":[{"id":2,"s":"y"}]})"
        << lines({"t (1 added, 1 removed) |  | ", "  + id = 2 | (missing) | {\"id\":2,\"s\":\"y\"}",
                  "    id | (missing) | 2", "    s | (missing) | \"y\"",
                  "  \u2212 id = 1 | {\"id\":1,\"s\":\"x\"} | (missing)", "    id | 1 | (missing)",
                  "    s | \"x\" | (missing)"});
    QTest::newRow("collections created and removed, serial")
        << R"({"old":[{"k":1}],"s":{"data":[],"serialNum":1}})"
        << R"({"s":{"data":[],"serialNum":2},"new":[]})"
        << lines({"old (collection removed) |  | (missing)",
                  "  \u2212 k = 1 | {\"k\":1} | (missing)", "    k | 1 | (missing)", "s |  | ",
                  "  serialNum | 1 | 2", "new (collection created) | (missing) | "});
    QTest::newRow("no identity field")
        << R"({"t":[{"k":1},{"k":1}]})"
        << R"({"t":[{"k":1},{"k":2},{"k":2}]})"
        << lines({"t (2 added, 1 removed) |  | ", "  + item | (missing) | {\"k\":2}",
                  "    k | (missing) | 2", "  + item | (missing) | {\"k\":2}",
                  "    k | (missing) | 2", "  \u2212 item | {\"k\":1} | (missing)",
                  "    k | 1 | (missing)"});
    QTest::newRow("same fields, other order")
        << R"({"t":[{"id":1,"a":1,"b":2}]})"
        << R"({"t":[{"id":1,"b":2,"a":1}]})"
        << lines({"t (1 changed) |  | ",
                  "  ~ id = 1 (no field differs) | {\"id\":1,\"a\":1,\"b\":2} | "
                  "{\"id\":1,\"b\":2,\"a\":1}"});
    QTest::newRow("items that are not objects")
        << R"({"t":[1,{"a":1}]})"
        << R"({"t":[2,{"a":1}]})"
        << lines({"t (1 added, 1 removed) |  | ", "  + item | (missing) | 2",
                  "  \u2212 item | 1 | (missing)"});
}

void TestDiffModel::tree()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, expected);
    DiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDiff(compareStates(testutil::makeDatabase(before), testutil::makeDatabase(after)));
    QCOMPARE(dump(model), expected);
    QCOMPARE(model.totalRowCount(), std::size_t(countRows(model)));
}

void TestDiffModel::entryDiff()
{
    // The entry at the cursor: an update of two items by one query.
    Database state =
        testutil::makeDatabase(QStringLiteral(R"({"t":[{"id":1,"n":0},{"id":2,"n":0}]})"));
    auto change = std::make_shared<Change>();
    state.execute(
        parseLogEntry(testutil::parseJson(
            R"({"className":"Query","target":"t","type":"update","queryNode":{"type":"and_","conditions":[]},"overrideData":{"n":5}})")),
        {}, change.get());
    Moment moment;
    moment.position = 1;
    moment.state = std::make_shared<const Database>(std::move(state));
    moment.change = change;
    moment.touched = touchedBy(*change);

    DiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDiff(document::entryDiff(moment));
    QCOMPARE(dump(model),
             lines({"t (2 changed) |  | ", "  ~ id = 1 | {\"id\":1,\"n\":0} | {\"id\":1,\"n\":5}",
                    "    n | 0 | 5", "  ~ id = 2 | {\"id\":2,\"n\":0} | {\"id\":2,\"n\":5}",
                    "    n | 0 | 5"}));
    QCOMPARE(DiffModel::summary(model.diff()), QStringLiteral("0 added, 0 removed, 2 changed"));
}

void TestDiffModel::roles()
{
    DiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDiff(compareStates(
        testutil::makeDatabase(QStringLiteral(R"({"t":[{"id":1,"a":1},{"id":2}]})")),
        testutil::makeDatabase(QStringLiteral(R"({"t":[{"id":1,"b":1},{"id":3}]})"))));
    const QModelIndex t = model.index(0, 0);
    QCOMPARE(t.data(DiffModel::RowTypeRole).toInt(), int(DiffModel::RowType::Collection));
    QVERIFY(t.data(Qt::FontRole).value<QFont>().bold());
    const QModelIndex changed = model.index(0, 0, t), added = model.index(1, 0, t),
                      removed = model.index(2, 0, t);
    QCOMPARE(changed.data(DiffModel::RowTypeRole).toInt(), int(DiffModel::RowType::Item));
    QCOMPARE(changed.data(DiffModel::ChangeRole).toInt(), int(DiffKind::Changed));
    QCOMPARE(added.data(DiffModel::ChangeRole).toInt(), int(DiffKind::Added));
    QCOMPARE(removed.data(DiffModel::ChangeRole).toInt(), int(DiffKind::Removed));
    // The three kinds have three colours, on every column.
    const auto colour = [&](const QModelIndex &i, int column) {
        return i.siblingAtColumn(column).data(Qt::BackgroundRole).value<QColor>();
    };
    QVERIFY(colour(changed, 0) != colour(added, 0));
    QVERIFY(colour(added, 0) != colour(removed, 0));
    QVERIFY(colour(changed, 0) != colour(removed, 0));
    QCOMPARE(colour(added, DiffModel::AfterColumn), colour(added, 0));

    // Field rows: b was added to item 1, a removed from it.
    const QModelIndex b = model.index(0, 0, changed), a = model.index(1, 0, changed);
    QCOMPARE(b.data(DiffModel::RowTypeRole).toInt(), int(DiffModel::RowType::Field));
    QCOMPARE(b.data(DiffModel::FieldNameRole).toString(), QStringLiteral("b"));
    QCOMPARE(b.data(DiffModel::ChangeRole).toInt(), int(DiffKind::Added));
    QCOMPARE(a.data(DiffModel::ChangeRole).toInt(), int(DiffKind::Removed));
    QCOMPARE(colour(b, 0), colour(added, 0));
    // "(missing)" is greyed; real values are not.
    QVERIFY(b.siblingAtColumn(DiffModel::BeforeColumn).data(Qt::ForegroundRole).isValid());
    QVERIFY(!b.siblingAtColumn(DiffModel::AfterColumn).data(Qt::ForegroundRole).isValid());
    QCOMPARE(b.siblingAtColumn(DiffModel::AfterColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("1"));
    QCOMPARE(model.parent(b), changed);
    QCOMPARE(model.parent(changed), t);
    QCOMPARE(model.headerData(DiffModel::BeforeColumn, Qt::Horizontal).toString(),
             QStringLiteral("Before"));
}

void TestDiffModel::manyItems()
{
    // A long value is cut in its cell and given whole (up to a limit) in the tooltip; many
    // items are fine.
    Value before = Value::array(), after = Value::array();
    for (int i = 0; i < 20000; ++i) {
        before.push_back({{"id", i}, {"text", std::string(i == 7 ? 1000 : 3, 'x')}});
        after.push_back({{"id", i}, {"text", std::string(i == 7 ? 1000 : 3, 'y')}});
    }
    DiffModel model;
    model.setDiff(compareStates(
        testutil::makeDatabase(QString::fromStdString(json::write(Value{{"t", before}}))),
        testutil::makeDatabase(QString::fromStdString(json::write(Value{{"t", after}})))));
    const QModelIndex t = model.index(0, 0);
    QCOMPARE(model.rowCount(t), 20000);
    const QModelIndex seven = model.index(7, 0, t);
    QCOMPARE(seven.data().toString(), QStringLiteral("~ id = 7"));
    const QModelIndex text = model.index(0, DiffModel::AfterColumn, seven);
    QVERIFY(text.data().toString().size() < 400);
    QVERIFY(text.data().toString().endsWith(QChar(0x2026)));
    QCOMPARE(text.data(Qt::ToolTipRole).toString().size(), 1002);
    const QModelIndex last = model.index(19999, 0, t);
    QCOMPARE(last.data().toString(), QStringLiteral("~ id = 19999"));
    QCOMPARE(model.parent(model.index(0, 0, last)), last);
    QCOMPARE(model.totalRowCount(), std::size_t(1 + 2 * 20000));
}

void TestDiffModel::reset()
{
    DiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setDiff(compareStates(testutil::makeDatabase(QStringLiteral(R"({"a":[{"x":1}]})")),
                                testutil::makeDatabase(QStringLiteral(R"({"b":[{"x":1}]})"))));
    QCOMPARE(model.rowCount(), 2);
    model.setDiff({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(resets.count(), 2);
}

QTEST_GUILESS_MAIN(TestDiffModel)
#include "tst_diffmodel.moc"
