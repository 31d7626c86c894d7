// Expected values were produced with CPython 3.12 (datetime.fromisoformat / isoformat).
#include "errors.h"
#include "pydatetime.h"

#include <QtTest>

using dtdb::py::DateTime;

namespace {

std::string bytes(const QByteArray &b)
{
    return std::string(b.constData(), static_cast<std::size_t>(b.size()));
}

DateTime parsed(const char *s)
{
    const auto dt = dtdb::py::parseIsoDateTime(s);
    if (!dt) qFatal("unparsable fixture %s", s);
    return *dt;
}

} // namespace

class TstPyDateTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data();
    void accepted();
    void rejected_data();
    void rejected();
    void equality_data();
    void equality();
    void ordering_data();
    void ordering();
    void orderingNaiveVsAwareThrows();
    void toUtc_data();
    void toUtc();
    void toUtcOutOfRangeThrows();
    void microsecondCounts();
};

void TstPyDateTime::accepted_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("isoformat");

    QTest::newRow("extended date") << QByteArray("2025-01-01") << "2025-01-01T00:00:00";
    QTest::newRow("basic date") << QByteArray("20250101") << "2025-01-01T00:00:00";
    QTest::newRow("week date extended") << QByteArray("2025-W01-1") << "2024-12-30T00:00:00";
    QTest::newRow("week date basic") << QByteArray("2025W011") << "2024-12-30T00:00:00";
    QTest::newRow("week without day") << QByteArray("2025-W01") << "2024-12-30T00:00:00";
    QTest::newRow("week basic without day") << QByteArray("2025W01") << "2024-12-30T00:00:00";
    QTest::newRow("week 53 in long year") << QByteArray("2026-W53-1") << "2026-12-28T00:00:00";
    QTest::newRow("week 53 day 7") << QByteArray("2020-W53-7") << "2021-01-03T00:00:00";
    QTest::newRow("week date then hyphen time")
        << QByteArray("2025-W01-12") << "2024-12-30T12:00:00";
    QTest::newRow("first day") << QByteArray("0001-W01-1") << "0001-01-01T00:00:00";
    QTest::newRow("hour only") << QByteArray("2025-01-01T12") << "2025-01-01T12:00:00";
    QTest::newRow("hh:mm") << QByteArray("2025-01-01T12:34") << "2025-01-01T12:34:00";
    QTest::newRow("hh:mm:ss") << QByteArray("2025-01-01T12:34:56") << "2025-01-01T12:34:56";
    QTest::newRow("hhmmss") << QByteArray("20250101T123456") << "2025-01-01T12:34:56";
    QTest::newRow("hhmm") << QByteArray("2025-01-01 1234") << "2025-01-01T12:34:00";
    QTest::newRow("space separator") << QByteArray("2025-01-01 12:00") << "2025-01-01T12:00:00";
    QTest::newRow("lower-case t") << QByteArray("2025-01-01t00:00") << "2025-01-01T00:00:00";
    QTest::newRow("any separator") << QByteArray("2025-01-01x10:00") << "2025-01-01T10:00:00";
    QTest::newRow("multibyte separator") << QByteArray("2025-01-01\xe3\x81\x82"
                                                       "12:00")
                                         << "2025-01-01T12:00:00";
    QTest::newRow("fraction 3") << QByteArray("2025-01-01T00:00:00.5")
                                << "2025-01-01T00:00:00.500000";
    QTest::newRow("fraction comma")
        << QByteArray("2025-01-01T12:34:56,5Z") << "2025-01-01T12:34:56.500000+00:00";
    QTest::newRow("fraction truncated")
        << QByteArray("2025-01-01T00:00:00.1234567890") << "2025-01-01T00:00:00.123456";
    QTest::newRow("fraction basic")
        << QByteArray("2025-01-01T123456789") << "2025-01-01T12:34:56.789000";
    QTest::newRow("zero fraction hidden")
        << QByteArray("2025-01-01T00:00:00.000000") << "2025-01-01T00:00:00";
    QTest::newRow("Z") << QByteArray("2025-01-01T00:00:00Z") << "2025-01-01T00:00:00+00:00";
    QTest::newRow("dart style utc")
        << QByteArray("2025-01-01T00:00:00.000Z") << "2025-01-01T00:00:00+00:00";
    QTest::newRow("+HH") << QByteArray("2025-01-01T00:00+09") << "2025-01-01T00:00:00+09:00";
    QTest::newRow("+HH:MM") << QByteArray("2025-01-01T09:00:00+09:00")
                            << "2025-01-01T09:00:00+09:00";
    QTest::newRow("-HHMM") << QByteArray("2025-01-01T00:00:00-0530") << "2025-01-01T00:00:00-05:30";
    QTest::newRow("offset seconds")
        << QByteArray("2025-01-01T00:00+05:30:15") << "2025-01-01T00:00:00+05:30:15";
    QTest::newRow("offset fraction")
        << QByteArray("2025-01-01T01:02:03+01:02:03.5") << "2025-01-01T01:02:03+01:02:03.500000";
    QTest::newRow("offset just under 24h")
        << QByteArray("2025-01-01T00:00-23:59:59.999999") << "2025-01-01T00:00:00-23:59:59.999999";
    QTest::newRow("offset minutes overflow")
        << QByteArray("2025-01-01T00:00:00+05:99") << "2025-01-01T00:00:00+06:39";
    QTest::newRow("zero offset drops fraction")
        << QByteArray("2025-01-01T00:00:00+00:00:00.5") << "2025-01-01T00:00:00+00:00";
    QTest::newRow("minus zero offset")
        << QByteArray("2025-01-01T00:00:00-00:00") << "2025-01-01T00:00:00+00:00";
    QTest::newRow("junk before offset ignored")
        << QByteArray("2025-01-01T12:34:565Z") << "2025-01-01T12:34:56+00:00";
    QTest::newRow("trailing comma before Z")
        << QByteArray("2025-01-01T12:34:56,Z") << "2025-01-01T12:34:56+00:00";
    QTest::newRow("colon fraction")
        << QByteArray("2025-01-01T12:34:56:5Z") << "2025-01-01T12:34:56.500000+00:00";
    QTest::newRow("embedded NUL ends time")
        << QByteArray("2025-01-01T12:00\0", 17) << "2025-01-01T12:00:00";
    QTest::newRow("leap day") << QByteArray("2024-02-29") << "2024-02-29T00:00:00";
    QTest::newRow("leap 2000") << QByteArray("2000-02-29") << "2000-02-29T00:00:00";
    QTest::newRow("max") << QByteArray("9999-12-31T23:59:59.999999")
                         << "9999-12-31T23:59:59.999999";
    QTest::newRow("min") << QByteArray("0001-01-01") << "0001-01-01T00:00:00";
}

void TstPyDateTime::accepted()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, isoformat);
    const auto dt = dtdb::py::parseIsoDateTime(bytes(input));
    QVERIFY(dt.has_value());
    QCOMPARE(QString::fromStdString(dtdb::py::isoformat(*dt)), isoformat);
}

void TstPyDateTime::rejected_data()
{
    QTest::addColumn<QByteArray>("input");

    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("year-month") << QByteArray("2025-01");
    QTest::newRow("ordinal") << QByteArray("2025-001");
    QTest::newRow("ordinal basic") << QByteArray("2025001");
    QTest::newRow("hour 24") << QByteArray("2025-01-01T24:00");
    QTest::newRow("minute 60") << QByteArray("2025-01-01T23:60");
    QTest::newRow("second 60") << QByteArray("2025-01-01T23:59:60");
    QTest::newRow("lower-case z") << QByteArray("2025-01-01T00:00z");
    QTest::newRow("feb 29 non-leap") << QByteArray("2025-02-29");
    QTest::newRow("feb 29 1900") << QByteArray("1900-02-29");
    QTest::newRow("april 31") << QByteArray("2025-04-31");
    QTest::newRow("month 13") << QByteArray("2025-13-01");
    QTest::newRow("day 0") << QByteArray("2025-01-00");
    QTest::newRow("year 0") << QByteArray("0000-01-01");
    QTest::newRow("week 53 short year") << QByteArray("2025-W53-1");
    QTest::newRow("week 0") << QByteArray("2025-W00-1");
    QTest::newRow("weekday 8") << QByteArray("2025-W01-8");
    QTest::newRow("weekday 0") << QByteArray("2025-W01-0");
    QTest::newRow("week year 0") << QByteArray("0000-W01-1");
    QTest::newRow("week past max") << QByteArray("9999-W52-6");
    QTest::newRow("truncated week") << QByteArray("2025-W01-");
    QTest::newRow("mixed separators") << QByteArray("2025-0101");
    QTest::newRow("mixed separators 2") << QByteArray("202501-01");
    QTest::newRow("trailing separator") << QByteArray("2025-01-01T");
    QTest::newRow("trailing NUL") << QByteArray("2025-01-01\0", 11);
    QTest::newRow("single digit hour") << QByteArray("2025-01-01T1");
    QTest::newRow("bad time separator") << QByteArray("2025-01-01T12:3456");
    QTest::newRow("trailing dot") << QByteArray("2025-01-01T12:34:56.");
    QTest::newRow("junk after fraction") << QByteArray("2025-01-01T12:34:56.123x");
    QTest::newRow("offset 24h") << QByteArray("2025-01-01T00:00+24:00");
    QTest::newRow("offset -24h") << QByteArray("2025-01-01T00:00-24:00");
    QTest::newRow("offset one digit") << QByteArray("2025-01-01T00:00+5");
    QTest::newRow("offset three digits") << QByteArray("2025-01-01T00:00+053");
    QTest::newRow("Z then junk") << QByteArray("2025-01-01T00:00Z1");
    QTest::newRow("UTC name") << QByteArray("2025-01-01T00:00UTC");
    QTest::newRow("leading space") << QByteArray(" 2025-01-01");
    QTest::newRow("sign on year") << QByteArray("+2025-01-01");
    QTest::newRow("arabic-indic digit") << QByteArray("2025-01-\xd9\xa3\x31");
    QTest::newRow("underscore") << QByteArray("2025_01_01");
    QTest::newRow("not a date") << QByteArray("yesterday");
    QTest::newRow("invalid utf8") << QByteArray("2025-01-01T\xff\xfe");
}

void TstPyDateTime::rejected()
{
    QFETCH(QByteArray, input);
    QVERIFY(!dtdb::py::parseIsoDateTime(bytes(input)).has_value());
}

void TstPyDateTime::equality_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");

    QTest::newRow("same instant, different offsets")
        << QByteArray("2025-01-01T09:00:00+09:00") << QByteArray("2025-01-01T00:00:00Z") << true;
    QTest::newRow("naive vs aware")
        << QByteArray("2025-01-01T00:00:00") << QByteArray("2025-01-01T00:00:00Z") << false;
    QTest::newRow("date only equals naive midnight")
        << QByteArray("2025-01-01") << QByteArray("2025-01-01T00:00:00") << true;
    QTest::newRow("naive field-wise")
        << QByteArray("2025-01-01T00:00:00.5") << QByteArray("2025-01-01T00:00:00,500") << true;
    QTest::newRow("naive differ") << QByteArray("2025-01-01T00:00:01")
                                  << QByteArray("2025-01-01T00:00:00") << false;
    QTest::newRow("aware differ") << QByteArray("2025-01-01T00:00:00+01:00")
                                  << QByteArray("2025-01-01T00:00:00Z") << false;
    QTest::newRow("crossing a day")
        << QByteArray("2025-01-01T23:30:00-01:00") << QByteArray("2025-01-02T00:30:00Z") << true;
    QTest::newRow("week date vs calendar")
        << QByteArray("2025-W01-1") << QByteArray("2024-12-30") << true;
}

void TstPyDateTime::equality()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    const DateTime x = parsed(a.constData());
    const DateTime y = parsed(b.constData());
    QCOMPARE(dtdb::py::equals(x, y), equal);
    QCOMPARE(dtdb::py::equals(y, x), equal);
}

void TstPyDateTime::ordering_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<int>("sign");

    QTest::newRow("aware instants")
        << QByteArray("2025-01-01T09:00:00+09:00") << QByteArray("2025-01-01T00:00:01Z") << -1;
    QTest::newRow("aware equal") << QByteArray("2025-01-01T09:00:00+09:00")
                                 << QByteArray("2025-01-01T00:00:00Z") << 0;
    QTest::newRow("offset wins over wall clock")
        << QByteArray("2025-01-01T10:00:00+09:00") << QByteArray("2025-01-01T02:00:00+00:00") << -1;
    QTest::newRow("naive fields") << QByteArray("2025-01-02") << QByteArray("2025-01-01T23:59")
                                  << 1;
    QTest::newRow("microseconds") << QByteArray("2025-01-01T00:00:00.000001")
                                  << QByteArray("2025-01-01T00:00:00") << 1;
}

void TstPyDateTime::ordering()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(int, sign);
    const auto order = dtdb::py::compare(parsed(a.constData()), parsed(b.constData()));
    const int actual = order < 0 ? -1 : (order > 0 ? 1 : 0);
    QCOMPARE(actual, sign);
}

void TstPyDateTime::orderingNaiveVsAwareThrows()
{
    const DateTime naive = parsed("2025-01-01T00:00:00");
    const DateTime aware = parsed("2025-01-01T00:00:00Z");
    QVERIFY_THROWS_EXCEPTION(dtdb::PyTypeError, (void)dtdb::py::compare(naive, aware));
    QVERIFY_THROWS_EXCEPTION(dtdb::PyTypeError, (void)dtdb::py::compare(aware, naive));
}

void TstPyDateTime::toUtc_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("utc");

    QTest::newRow("naive taken as utc")
        << QByteArray("2025-01-01T00:00:00") << "2025-01-01T00:00:00+00:00";
    QTest::newRow("positive offset")
        << QByteArray("2025-01-01T09:00:00+09:00") << "2025-01-01T00:00:00+00:00";
    QTest::newRow("negative offset crosses year")
        << QByteArray("2024-12-31T20:00:00-05:00") << "2025-01-01T01:00:00+00:00";
    QTest::newRow("keeps microseconds")
        << QByteArray("2025-01-01T00:00:00.123Z") << "2025-01-01T00:00:00.123000+00:00";
    QTest::newRow("fractional offset")
        << QByteArray("2025-01-01T00:00:00+00:00:01.5") << "2024-12-31T23:59:58.500000+00:00";
    QTest::newRow("leap day") << QByteArray("2024-03-01T01:00+02:00")
                              << "2024-02-29T23:00:00+00:00";
}

void TstPyDateTime::toUtc()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, utc);
    const DateTime converted = dtdb::py::toUtc(parsed(input.constData()));
    QVERIFY(converted.aware());
    QCOMPARE(*converted.offsetMicroseconds, std::int64_t{0});
    QCOMPARE(QString::fromStdString(dtdb::py::isoformat(converted)), utc);
}

void TstPyDateTime::toUtcOutOfRangeThrows()
{
    // Python's astimezone raises OverflowError here.
    QVERIFY_THROWS_EXCEPTION(dtdb::PyTypeError,
                             dtdb::py::toUtc(parsed("0001-01-01T00:00:00+01:00")));
    QVERIFY_THROWS_EXCEPTION(dtdb::PyTypeError,
                             dtdb::py::toUtc(parsed("9999-12-31T23:00:00-01:00")));
}

void TstPyDateTime::microsecondCounts()
{
    QCOMPARE(parsed("0001-01-01").wallMicroseconds(), std::int64_t{0});
    QCOMPARE(parsed("0001-01-02T00:00:00.000001").wallMicroseconds(), std::int64_t{86'400'000'001});
    const DateTime tokyo = parsed("2025-01-01T09:00:00+09:00");
    QCOMPARE(tokyo.utcMicroseconds(), parsed("2025-01-01T00:00:00").wallMicroseconds());
    QCOMPARE(tokyo.wallMicroseconds() - tokyo.utcMicroseconds(),
             std::int64_t{9} * 3600 * 1'000'000);
}

QTEST_APPLESS_MAIN(TstPyDateTime)
#include "tst_pydatetime.moc"
