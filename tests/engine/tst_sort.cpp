// SingleSort / MultiSort (spec §6): order, stability, nulls, and exactly when a sort fails.

#include "errors.h"
#include "fixtures.h"
#include "sort.h"

#include <QTest>

using namespace dtdb;

class TestSort : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void order_data();
    void order();
};

void TestSort::order_data()
{
    QTest::addColumn<QString>("values"); // JSON array of items; each gets "id" = its index
    QTest::addColumn<QString>("sort");
    QTest::addColumn<QString>("expected"); // ids in order, or "fails"

    const QString mixed = QStringLiteral(R"([{"v":2},{"v":null},{"v":1},{},{"v":2},{"v":1}])");
    QTest::newRow("ascending, nulls last, stable")
        << mixed << R"({"className":"SingleSort","field":"v"})"
        << "2,5,0,4,1,3";
    QTest::newRow("descending, nulls first, stable")
        << mixed << R"({"className":"SingleSort","field":"v","reversed":true})"
        << "1,3,0,4,2,5";
    QTest::newRow("reversed is truthiness")
        << mixed << R"({"className":"SingleSort","field":"v","reversed":"false"})"
        << "1,3,0,4,2,5";
    QTest::newRow("int and float fail") << R"([{"v":1},{"v":1.5}])"
                                        << R"({"className":"SingleSort","field":"v"})"
                                        << "fails";
    QTest::newRow("int and bool fail") << R"([{"v":1},{"v":true}])"
                                       << R"({"className":"SingleSort","field":"v"})"
                                       << "fails";
    QTest::newRow("floatStrict converts ints")
        << R"([{"v":2},{"v":1.5},{"v":"0.5"}])"
        << R"({"className":"SingleSort","field":"v","vType":"floatStrict_"})"
        << "2,1,0";
    QTest::newRow("string_ sorts string forms")
        << R"([{"v":10},{"v":9},{"v":"8"}])"
        << R"({"className":"SingleSort","field":"v","vType":"string_"})"
        << "0,2,1";
    QTest::newRow("int_ parses strings")
        << R"([{"v":"10"},{"v":9},{"v":2.7}])"
        << R"({"className":"SingleSort","field":"v","vType":"int_"})"
        << "2,1,0";
    QTest::newRow("int_ unparsable string fails")
        << R"([{"v":"x"},{"v":9}])"
        << R"({"className":"SingleSort","field":"v","vType":"int_"})"
        << "fails";
    QTest::newRow("boolean_ words")
        << R"([{"v":"yes"},{"v":0},{"v":"N"}])"
        << R"({"className":"SingleSort","field":"v","vType":"boolean_"})"
        << "1,2,0";
    QTest::newRow("boolean_ float fails")
        << R"([{"v":true},{"v":1.0}])"
        << R"({"className":"SingleSort","field":"v","vType":"boolean_"})"
        << "fails";
    QTest::newRow("datetime_ instants")
        << R"([{"v":"2025-01-01T09:00:00+09:00"},{"v":"2024-12-31T23:00:00Z"}])"
        << R"({"className":"SingleSort","field":"v","vType":"datetime_"})"
        << "1,0";
    QTest::newRow("datetime_ naive vs aware fails")
        << R"([{"v":"2025-01-01T00:00:00"},{"v":"2025-01-01T00:00:00Z"}])"
        << R"({"className":"SingleSort","field":"v","vType":"datetime_"})"
        << "fails";
    QTest::newRow("datetime_ number fails")
        << R"([{"v":1},{"v":"2025-01-01"}])"
        << R"({"className":"SingleSort","field":"v","vType":"datetime_"})"
        << "fails";
    QTest::newRow("lists fail") << R"([{"v":[1]},{"v":[2]}])"
                                << R"({"className":"SingleSort","field":"v"})"
                                << "fails";
    QTest::newRow("one list among nulls is fine") << R"([{"v":[1]},{"v":null}])"
                                                  << R"({"className":"SingleSort","field":"v"})"
                                                  << "0,1";
    QTest::newRow("single item never fails")
        << R"([{"v":"x"}])"
        << R"({"className":"SingleSort","field":"v","vType":"int_"})"
        << "0";
    QTest::newRow("epsilon only fails on conversion")
        << R"([{"v":1},{"v":"1.0000000000001"},{"v":0.5}])"
        << R"({"className":"SingleSort","field":"v","vType":"floatEpsilon12_"})"
        << "2,0,1";
    QTest::newRow("unknown vType sorts as auto_")
        << R"([{"v":"b"},{"v":"A"}])"
        << R"({"className":"SingleSort","field":"v","vType":"stringIgnoreCase_"})"
        << "1,0";
    QTest::newRow("strings by code point") << R"([{"v":"é"},{"v":"z"},{"v":"Z"}])"
                                           << R"({"className":"SingleSort","field":"v"})"
                                           << "2,1,0";
    QTest::newRow("multi: asc then desc")
        << R"([{"a":1,"b":2},{"a":0,"b":5},{"a":1,"b":1},{"a":0,"b":null}])"
        << R"({"className":"MultiSort","sortOrders":[{"className":"SingleSort","field":"a"},{"className":"SingleSort","field":"b","reversed":true}]})"
        << "3,1,0,2";
    QTest::newRow("multi: second key only compared on ties")
        << R"([{"a":1,"b":"x"},{"a":2,"b":1}])"
        << R"({"className":"MultiSort","sortOrders":[{"className":"SingleSort","field":"a"},{"className":"SingleSort","field":"b"}]})"
        << "0,1";
    QTest::newRow("multi: mixed second key within a tie fails")
        << R"([{"a":1,"b":"x"},{"a":1,"b":1}])"
        << R"({"className":"MultiSort","sortOrders":[{"className":"SingleSort","field":"a"},{"className":"SingleSort","field":"b"}]})"
        << "fails";
    QTest::newRow("multi: empty keeps order") << R"([{"a":2},{"a":1}])"
                                              << R"({"className":"MultiSort","sortOrders":[]})"
                                              << "0,1";
}

void TestSort::order()
{
    QFETCH(QString, values);
    QFETCH(QString, sort);
    QFETCH(QString, expected);
    std::vector<ItemPtr> items;
    std::size_t id = 0;
    for (Value v : testutil::parseJson(values.toStdString())) {
        v["id"] = id++;
        items.push_back(dtdb::Item::pack(v));
    }
    const auto s = Sort::fromJson(testutil::parseJson(sort.toStdString()));
    if (expected == QLatin1String("fails")) {
        QVERIFY_THROWS_EXCEPTION(PyError, s->apply(items));
        return;
    }
    s->apply(items);
    QStringList ids;
    for (const ItemPtr &item : items)
        ids << QString::number((*item)["id"].get<int>());
    QCOMPARE(ids.join(QLatin1Char(',')), expected);
}

QTEST_APPLESS_MAIN(TestSort)
#include "tst_sort.moc"
