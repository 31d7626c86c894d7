// JsonTreeModel: key / value / type rows of nested values, a lone scalar, an empty model, and a
// large array, all under QAbstractItemModelTester.

#include "fixtures.h"
#include "jsontreemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace dtdb;
using namespace dtdb::document;

class TestJsonTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rows_data();
    void rows();
    void largeArray();
    void empty();
};

namespace {

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

} // namespace

void TestJsonTreeModel::rows_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("expected");

    QTest::newRow("object") << R"({"runId":"r-1","n":3,"ok":true,"x":null,"f":0.5})"
                            << "runId | \"r-1\" | string\nn | 3 | integer\nok | true | boolean\n"
                               "x | null | null\nf | 0.5 | float\n";
    QTest::newRow("nested") << R"({"job":{"tags":["a",{"b":[]}]},"e":{}})"
                            << "job | {1 member(s)} | object\n  tags | [2 element(s)] | array\n"
                               "    [0] | \"a\" | string\n    [1] | {1 member(s)} | object\n"
                               "      b | [0 element(s)] | array\ne | {0 member(s)} | object\n";
    QTest::newRow("array at the top") << R"([1,[2]])"
                                      << "[0] | 1 | integer\n[1] | [1 element(s)] | array\n"
                                         "  [0] | 2 | integer\n";
    QTest::newRow("scalar") << R"("just text")"
                            << " | \"just text\" | string\n";
    QTest::newRow("keys keep their order") << R"({"z":1,"a":2})"
                                           << "z | 1 | integer\na | 2 | integer\n";
}

void TestJsonTreeModel::rows()
{
    QFETCH(QString, json);
    QFETCH(QString, expected);
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setValue(testutil::parseJson(json.toStdString()));
    QCOMPARE(dump(model), expected);
}

void TestJsonTreeModel::largeArray()
{
    Value big = Value::array();
    for (int i = 0; i < 200000; ++i)
        big.push_back({{"i", i}});
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setValue(std::make_shared<const Value>(std::move(big)));
    QCOMPARE(model.rowCount(), 200000);
    const QModelIndex last = model.index(199999, 0);
    QCOMPARE(last.data().toString(), QStringLiteral("[199999]"));
    QCOMPARE(model.rowCount(last), 1);
    const QModelIndex i = model.index(0, JsonTreeModel::ValueColumn, last);
    QCOMPARE(i.data().toString(), QStringLiteral("199999"));
    QCOMPARE(model.parent(i), last);
}

void TestJsonTreeModel::empty()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.value());
    model.setValue(Value::object());
    QCOMPARE(model.rowCount(), 0);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestJsonTreeModel)
#include "tst_jsontreemodel.moc"
