// What an entry changed (entryDiff) and what differs between two states (compareStates): small
// hand-made cases with the expected diff written out, then the demo history, where every diff
// is checked against the databases' JSON: applying it to the one must give the other.

#include "databases.h"
#include "demo.h"
#include "fixtures.h"
#include "historyloader.h"
#include "moment.h"
#include "seekrunner.h"
#include "statediff.h"
#include "timeline.h"

#include <QTest>

#include <map>
#include <random>
#include <set>

using namespace dtdb;
using namespace dtdb::document;

class TestStateDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void entry_data();
    void entry();
    void compare_data();
    void compare();
    void fieldDiffsOfNonObjects();
    void emptyKeyCanBeTheIdentity();
    void derivedStatesOfManyItems();
    void stopRequested();
    void demoEntriesMatchJson();
    void demoComparisonsMatchJson();
    void momentsOnSnapshots();

private:
    std::shared_ptr<const history::Timeline> m_demo;
};

namespace {

std::string text(const Value *v)
{
    return v ? json::write(*v) : std::string("_");
}

std::string text(const std::optional<Value> &v)
{
    return text(v ? &*v : nullptr);
}

// A diff in one line: "name(created|removed|serial a>b): ~id=1{f:a>b} +id=2 -{...}".
QString describe(const StateDiff &diff)
{
    QStringList collections;
    for (const CollectionDiff &c : diff.collections) {
        std::string line = c.name;
        if (c.presence == CollectionDiff::Presence::AfterOnly) line += "(created)";
        if (c.presence == CollectionDiff::Presence::BeforeOnly) line += "(removed)";
        if (c.serialChanged())
            line += "(serial " + text(&c.serialBefore) + ">" + text(&c.serialAfter) + ")";
        line += ":";
        for (const ItemDiff &item : c.items) {
            line += item.kind == DiffKind::Added     ? " +"
                    : item.kind == DiffKind::Removed ? " -"
                                                     : " ~";
            const Value shown = (item.after ? item.after : item.before)->toValue();
            if (!c.identityField.empty())
                line += c.identityField + "=" + text(&shown.at(c.identityField));
            else
                line += text(&shown);
            if (item.kind != DiffKind::Changed) continue;
            line += "{";
            for (std::size_t i = 0; i < item.fields.size(); ++i) {
                const FieldDiff &f = item.fields[i];
                line += (i ? "," : "") + f.name + ":" + text(f.before) + ">" + text(f.after);
            }
            line += "}";
        }
        collections << QString::fromStdString(line);
    }
    return collections.join(QStringLiteral("; "));
}

struct Executed
{
    Database before;
    std::shared_ptr<const Database> after;
    Moment moment;
};

// Runs the entries on `spec`; the moment is the last entry's.
Executed execute(const QString &spec, const QString &entries)
{
    Executed e;
    e.before = testutil::makeDatabase(spec);
    Database state = e.before;
    auto change = std::make_shared<Change>();
    for (const Value &entry : testutil::parseJson(entries.toStdString())) {
        e.before = state;
        *change = {};
        state.execute(parseLogEntry(entry), {}, change.get());
    }
    e.after = std::make_shared<const Database>(std::move(state));
    e.moment.position = 1;
    e.moment.state = e.after;
    e.moment.change = change;
    e.moment.touched = touchedBy(*change);
    return e;
}

QString q(const char *target, const char *type, const char *rest = "")
{
    return QStringLiteral(R"({"className":"Query","target":"%1","type":"%2"%3%4})")
        .arg(QLatin1String(target), QLatin1String(type), *rest ? QStringLiteral(",") : QString(),
             QString::fromUtf8(rest));
}

QString one(const QString &entry)
{
    return QLatin1Char('[') + entry + QLatin1Char(']');
}

// ---- checking a diff against the JSON of both states ----

struct JsonCollection
{
    std::multiset<std::string> items;
    std::string serial;
};

std::map<std::string, JsonCollection> collectionsOf(const Database &db)
{
    std::map<std::string, JsonCollection> out;
    const Value root = db.toJson();
    for (const auto &[name, c] : root["collections"].items()) {
        JsonCollection &j = out[name];
        for (const Value &item : c["data"])
            j.items.insert(json::write(item));
        j.serial = json::write(c["serialNum"]);
    }
    return out;
}

// Top-level fields as name -> compact text.
std::map<std::string, std::string> fieldsOf(const Value &item)
{
    std::map<std::string, std::string> out;
    for (const auto &[name, value] : item.items())
        out[name] = json::write(value);
    return out;
}

// Applying the diff to the JSON of `before` must give the JSON of `after`: every removed and
// changed item is taken out of before (so it must be there), every added and changed item put
// in; collections the diff does not name must be equal. Changed items' field lists must turn
// the before version into the after version.
void checkAgainstJson(const Database &before, const Database &after, const StateDiff &diff,
                      bool pairedByIdentity)
{
    QVERIFY(diff.complete);
    const auto a = collectionsOf(before), b = collectionsOf(after);
    std::map<std::string, const CollectionDiff *> named;
    for (const CollectionDiff &c : diff.collections) {
        QVERIFY2(named.emplace(c.name, &c).second, c.name.c_str());
        QVERIFY2(!c.items.empty() || c.serialChanged() ||
                     c.presence != CollectionDiff::Presence::Both,
                 c.name.c_str());
    }
    std::set<std::string> names;
    for (const auto &[name, _] : a)
        names.insert(name);
    for (const auto &[name, _] : b)
        names.insert(name);
    for (const std::string &name : names) {
        const auto ia = a.find(name), ib = b.find(name);
        const auto id = named.find(name);
        const CollectionDiff *c = id == named.end() ? nullptr : id->second;
        const auto presence = ia == a.end()   ? CollectionDiff::Presence::AfterOnly
                              : ib == b.end() ? CollectionDiff::Presence::BeforeOnly
                                              : CollectionDiff::Presence::Both;
        if (!c) {
            QVERIFY2(presence == CollectionDiff::Presence::Both, name.c_str());
            QVERIFY2(ia->second.items == ib->second.items, name.c_str());
            QCOMPARE(ia->second.serial, ib->second.serial);
            continue;
        }
        QVERIFY2(c->presence == presence, name.c_str());
        if (presence == CollectionDiff::Presence::Both)
            QCOMPARE(c->serialChanged(), ia->second.serial != ib->second.serial);
        std::multiset<std::string> items;
        if (ia != a.end()) items = ia->second.items;
        for (const ItemDiff &item : c->items) {
            QCOMPARE(bool(item.before), item.kind != DiffKind::Added);
            QCOMPARE(bool(item.after), item.kind != DiffKind::Removed);
            if (item.before) {
                const auto it = items.find(json::write(item.before->toValue()));
                QVERIFY2(it != items.end(), json::write(item.before->toValue()).c_str());
                items.erase(it);
            }
            if (item.after) items.insert(json::write(item.after->toValue()));
            if (item.kind != DiffKind::Changed || !item.before->isObject()) continue;
            auto fields = fieldsOf(item.before->toValue());
            for (const FieldDiff &f : item.fields) {
                QCOMPARE(text(f.before), fields.count(f.name) ? fields[f.name] : "_");
                if (f.after)
                    fields[f.name] = json::write(*f.after);
                else
                    fields.erase(f.name);
            }
            QVERIFY(fields == fieldsOf(item.after->toValue()));
            if (pairedByIdentity) {
                QVERIFY(!c->identityField.empty());
                QCOMPARE(text((*item.before)[c->identityField]),
                         text((*item.after)[c->identityField]));
                QVERIFY(json::write(item.before->toValue()) != json::write(item.after->toValue()));
            }
        }
        QVERIFY2(items == (ib == b.end() ? std::multiset<std::string>() : ib->second.items),
                 name.c_str());
    }
}

} // namespace

void TestStateDiff::initTestCase()
{
    // The demo history lies beside the tests, in the resources of the repository.
    const QString demo =
        QFileInfo(testutil::fixturesDir() + QStringLiteral("/../../resources/demo"))
            .canonicalFilePath();
    const auto loaded = history::loadHistory(
        {demo + QStringLiteral("/snapshot.dtdb"), demo + QStringLiteral("/log.jsonl")});
    QVERIFY(loaded.history);
    QVERIFY(loaded.history->problems.empty());
    m_demo = history::Timeline::build(loaded.history);
    QVERIFY(m_demo);
    QVERIFY(m_demo->size() > 1000);
}

void TestStateDiff::entry_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("entries");
    QTest::addColumn<QString>("entryDiff");
    QTest::addColumn<QString>("comparison");

    const QString two = QStringLiteral(R"({"t":[{"id":0,"a":1},{"id":1,"a":2}]})");
    const QString updateOne = q(
        "t", "updateOne",
        R"("queryNode":{"type":"equals_","field":"id","value":1,"vType":"auto_"},"overrideData":{"a":5,"b":true})");
    QTest::newRow("updateOne") << two << one(updateOne) << R"(t: ~id=1{a:2>5,b:_>true})"
                               << R"(t: ~id=1{a:2>5,b:_>true})";
    QTest::newRow("add with serial key")
        << two << one(q("t", "add", R"("serialKey":"id","addData":[{"id":-1,"a":3}])"))
        << R"(t(serial 0>1): +id=0)"
        << R"(t(serial 0>1): +id=0)";
    QTest::newRow("delete")
        << two
        << one(q("t", "delete",
                 R"("queryNode":{"type":"equals_","field":"a","value":1,"vType":"auto_"})"))
        << R"(t: -id=0)"
        << R"(t: -id=0)";
    QTest::newRow("add to a new collection")
        << two << one(q("u", "add", R"("addData":[{"k":"x"},{"k":"y"}])"))
        << R"(u(created): +k="x" +k="y")"
        << R"(u(created): +k="x" +k="y")";
    QTest::newRow("removeCollection")
        << two << one(q("t", "removeCollection")) << R"(t(removed): -id=0 -id=1)"
        << R"(t(removed): -id=0 -id=1)";
    QTest::newRow("renameField") << two
                                 << one(q("t", "renameField",
                                          R"("renameBefore":"a","renameAfter":"z")"))
                                 << R"(t: ~id=0{z:_>1,a:1>_} ~id=1{z:_>2,a:2>_})"
                                 << R"(t: ~id=0{z:_>1,a:1>_} ~id=1{z:_>2,a:2>_})";
    // clearAdd replaces every item: the entry removed and added them, though one of them came
    // back equal and another with the same id.
    QTest::newRow("clearAdd") << two
                              << one(q("t", "clearAdd",
                                       R"("addData":[{"id":0,"a":1},{"id":1,"a":7}])"))
                              << R"(t: +id=0 +id=1 -id=0 -id=1)"
                              << R"(t: ~id=1{a:2>7})";
    // An update that writes what was there replaced the item: the entry lists it, a
    // comparison of the states does not.
    QTest::newRow("update to the same value")
        << two
        << one(q(
               "t", "update",
               R"("queryNode":{"type":"equals_","field":"id","value":0,"vType":"auto_"},"overrideData":{"a":1})"))
        << R"(t: ~id=0{})" << QString();
    QTest::newRow("rolled-back transaction")
        << two
        << one(QStringLiteral(R"({"className":"TransactionQuery","queries":[%1,%2]})")
                   .arg(
                       updateOne,
                       q("t", "deleteOne",
                         R"("queryNode":{"type":"equals_","field":"id","value":9,"vType":"auto_"})")))
        << QString() << QString();
    QTest::newRow("no unique field: unpaired")
        << R"({"t":[{"k":1,"v":1},{"k":1,"v":2},{"k":2,"v":0}]})"
        << one(q(
               "t", "update",
               R"("queryNode":{"type":"equals_","field":"k","value":1,"vType":"auto_"},"overrideData":{"v":3})"))
        << R"(t: ~{"k":1,"v":3}{v:1>3} ~{"k":1,"v":3}{v:2>3})"
        << R"(t: +{"k":1,"v":3} +{"k":1,"v":3} -{"k":1,"v":1} -{"k":1,"v":2})";
    QTest::newRow("second field identifies")
        << R"({"t":[{"k":1,"sku":"a","n":1},{"k":1,"sku":"b","n":1}]})"
        << one(q(
               "t", "update",
               R"("queryNode":{"type":"equals_","field":"k","value":1,"vType":"auto_"},"overrideData":{"n":2})"))
        << R"(t: ~sku="a"{n:1>2} ~sku="b"{n:1>2})"
        << R"(t: ~sku="a"{n:1>2} ~sku="b"{n:1>2})";
    QTest::newRow("the moment is the last entry's")
        << two
        << QStringLiteral("[%1,%2]").arg(updateOne, q("t", "add", R"("addData":[{"id":2,"a":0}])"))
        << R"(t: +id=2)"
        << R"(t: +id=2)";
    QTest::newRow("int and float differ")
        << two
        << one(q(
               "t", "updateOne",
               R"("queryNode":{"type":"equals_","field":"id","value":0,"vType":"auto_"},"overrideData":{"a":1.0})"))
        << R"(t: ~id=0{a:1>1.0})"
        << R"(t: ~id=0{a:1>1.0})";
}

void TestStateDiff::entry()
{
    QFETCH(QString, before);
    QFETCH(QString, entries);
    QFETCH(QString, entryDiff);
    QFETCH(QString, comparison);
    const Executed e = execute(before, entries);

    const StateDiff fromEntry = document::entryDiff(e.moment);
    QCOMPARE(describe(fromEntry), entryDiff);
    checkAgainstJson(e.before, *e.after, fromEntry, false);
    if (QTest::currentTestFailed()) return;

    const StateDiff compared = compareStates(e.before, *e.after);
    QCOMPARE(describe(compared), comparison);
    checkAgainstJson(e.before, *e.after, compared, true);
    // States that share nothing (read from JSON) compare the same.
    const StateDiff fromJson =
        compareStates(Database::fromJson(e.before.toJson()), Database::fromJson(e.after->toJson()));
    QCOMPARE(describe(fromJson), comparison);
}

void TestStateDiff::compare_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("expected");

    QTest::newRow("equal") << R"({"t":[{"id":1}],"u":[]})"
                           << R"({"t":[{"id":1}],"u":[]})" << QString();
    QTest::newRow("collections on one side") << R"({"t":[{"id":1}],"gone":[{"g":1}]})"
                                             << R"({"t":[{"id":1}],"new":[]})"
                                             << R"(gone(removed): -g=1; new(created):)";
    QTest::newRow("serial only") << R"({"t":{"data":[],"serialNum":3}})"
                                 << R"({"t":{"data":[],"serialNum":4}})"
                                 << R"(t(serial 3>4):)";
    QTest::newRow("key order only") << R"({"t":[{"id":1,"a":1,"b":2}]})"
                                    << R"({"t":[{"id":1,"b":2,"a":1}]})"
                                    << R"(t: ~id=1{})";
    QTest::newRow("duplicates count") << R"({"t":[{"a":1},{"a":1},{"a":2}]})"
                                      << R"({"t":[{"a":2},{"a":1}]})"
                                      << R"(t: -a=1)";
    QTest::newRow("moved items are equal") << R"({"t":[{"id":1},{"id":2}]})"
                                           << R"({"t":[{"id":2},{"id":1}]})" << QString();
    QTest::newRow("changed, added and removed in storage order")
        << R"({"t":[{"id":1,"v":0},{"id":2,"v":0},{"id":3,"v":0},{"id":4,"v":0}]})"
        << R"({"t":[{"id":5,"v":0},{"id":3,"v":1},{"id":1,"v":1},{"id":4,"v":0}]})"
        << R"(t: ~id=3{v:0>1} ~id=1{v:0>1} +id=5 -id=2)";
    QTest::newRow("a field missing in one item does not identify")
        << R"({"t":[{"id":1,"sku":"a","v":0},{"sku":"b","v":5}]})"
        << R"({"t":[{"id":1,"sku":"a","v":1},{"sku":"b","v":6}]})"
        << R"(t: ~sku="a"{v:0>1} ~sku="b"{v:5>6})";
    QTest::newRow("nested values compare as text") << R"({"t":[{"id":1,"o":{"x":[1,2]}}]})"
                                                   << R"({"t":[{"id":1,"o":{"x":[1,3]}}]})"
                                                   << R"(t: ~id=1{o:{"x":[1,2]}>{"x":[1,3]}})";
}

void TestStateDiff::compare()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, expected);
    const Database a = testutil::makeDatabase(before), b = testutil::makeDatabase(after);
    const StateDiff diff = compareStates(a, b);
    QCOMPARE(describe(diff), expected);
    checkAgainstJson(a, b, diff, false);
    // The other way round, everything is mirrored.
    const StateDiff back = compareStates(b, a);
    QCOMPARE(back.count(DiffKind::Added), diff.count(DiffKind::Removed));
    QCOMPARE(back.count(DiffKind::Removed), diff.count(DiffKind::Added));
    QCOMPARE(back.count(DiffKind::Changed), diff.count(DiffKind::Changed));
    checkAgainstJson(b, a, back, false);
}

void TestStateDiff::fieldDiffsOfNonObjects()
{
    const Value a = 1, b = Value::array({1}), obj = {{"x", 1}};
    const auto diffs = [](const Value &before, const Value &after) {
        return fieldDiffs(*Item::pack(before), *Item::pack(after));
    };
    auto d = diffs(a, b);
    QCOMPARE(d.size(), std::size_t(1));
    QVERIFY(d[0].name.empty());
    QVERIFY(d[0].before == a);
    QVERIFY(d[0].after == b);
    QVERIFY(diffs(b, Value::array({1})).empty());
    QCOMPARE(diffs(obj, a).size(), std::size_t(1));
    QVERIFY(diffs(obj, Value{{"x", 1}}).empty());
}

// "" is a field name like any other: when it is the first field that identifies items, it is
// the identity (which pairs nothing, as an empty identity means none), not a later field.
void TestStateDiff::emptyKeyCanBeTheIdentity()
{
    const auto state = [](const char *items) {
        return Database::fromJson(*json::parse(std::string(R"({"collections":{"c":{"data":)") +
                                               items + R"(,"serialNum":1}}})"));
    };
    const StateDiff diff =
        compareStates(state(R"([{"":1,"id":1,"v":"a"}])"), state(R"([{"":2,"id":1,"v":"b"}])"));
    QCOMPARE(diff.collections.size(), std::size_t(1));
    const CollectionDiff &c = diff.collections.front();
    QCOMPARE(c.identityField, std::string());
    QCOMPARE(c.count(DiffKind::Added), std::size_t(1));
    QCOMPARE(c.count(DiffKind::Removed), std::size_t(1));
    QCOMPARE(c.count(DiffKind::Changed), std::size_t(0));
}

void TestStateDiff::derivedStatesOfManyItems()
{
    // Two states derived from one another share all but what changed: one changed item among
    // thousands is all there is to report.
    Value data = Value::array();
    for (int i = 0; i < 3000; ++i)
        data.push_back({{"id", i}, {"v", i % 7}});
    Database a = testutil::makeDatabase(QString::fromStdString(json::write(Value{{"t", data}})));
    Database b = a;
    b.execute(parseLogEntry(testutil::parseJson(
        q("t", "updateOne",
          R"("queryNode":{"type":"equals_","field":"id","value":2500,"vType":"auto_"},"overrideData":{"v":-1})")
            .toStdString())));
    const StateDiff diff = compareStates(a, b);
    QCOMPARE(describe(diff), QStringLiteral("t: ~id=2500{v:1>-1}"));
}

void TestStateDiff::stopRequested()
{
    const Database a = testutil::makeDatabase(QStringLiteral(R"({"t":[{"id":1}]})"));
    const Database b = testutil::makeDatabase(QStringLiteral(R"({"t":[{"id":2}]})"));
    std::stop_source stop;
    stop.request_stop();
    QVERIFY(!compareStates(a, b, stop.get_token()).complete);
    QVERIFY(compareStates(a, b).complete);
}

void TestStateDiff::demoEntriesMatchJson()
{
    // Every entry of the demo, replayed with its change recorded.
    Database state = m_demo->stateAt(0);
    std::size_t changedSomething = 0;
    for (std::size_t i = 0; i < m_demo->size(); ++i) {
        const Database before = state;
        auto change = std::make_shared<Change>();
        m_demo->executeEntry(state, i, change.get(), false);
        Moment moment;
        moment.position = i + 1;
        moment.state = std::make_shared<const Database>(state);
        moment.change = change;
        moment.touched = touchedBy(*change);
        const StateDiff diff = entryDiff(moment);
        if (!diff.empty()) ++changedSomething;
        checkAgainstJson(before, state, diff, false);
        if (QTest::currentTestFailed()) QFAIL(qPrintable(QStringLiteral("entry %1").arg(i)));
    }
    QVERIFY(changedSomething > 100);
}

void TestStateDiff::demoComparisonsMatchJson()
{
    const std::size_t n = m_demo->size();
    std::vector<std::pair<std::size_t, std::size_t>> pairs = {{0, n}, {n, 0}, {1, 2}};
    for (const history::Anchor &anchor : m_demo->history().anchors)
        pairs.emplace_back(anchor.position, std::min(n, anchor.position + 40));
    std::mt19937 rng(2025);
    for (int i = 0; i < 12; ++i)
        pairs.emplace_back(rng() % (n + 1), rng() % (n + 1));
    for (const auto &[from, to] : pairs) {
        const Database a = m_demo->stateAt(from), b = m_demo->stateAt(to);
        const StateDiff diff = compareStates(a, b);
        checkAgainstJson(a, b, diff, true);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("positions %1 -> %2").arg(from).arg(to)));
        // Without shared items the result is the same.
        const StateDiff fromJson =
            compareStates(Database::fromJson(a.toJson()), Database::fromJson(b.toJson()));
        QCOMPARE(describe(fromJson), describe(diff));
    }
}

void TestStateDiff::momentsOnSnapshots()
{
    // On a snapshot the published state is the snapshot's while the entry's change is replayed
    // on a state of its own: the diff must only use the change's items.
    const auto loaded = history::loadHistory({testutil::demoServer()});
    QVERIFY(loaded.history && loaded.history->problems.empty());
    const auto timeline = history::Timeline::build(loaded.history);
    history::Cursor cursor(timeline);
    std::size_t checked = 0;
    for (const history::Anchor &anchor : timeline->history().anchors) {
        if (anchor.position == 0) continue;
        const auto moment = SeekRunner::compute(cursor, *timeline, anchor.position, {});
        QVERIFY(moment->change);
        const StateDiff diff = entryDiff(*moment);
        checkAgainstJson(timeline->stateAt(anchor.position - 1), *moment->state, diff, false);
        if (QTest::currentTestFailed()) return;
        ++checked;
    }
    QVERIFY(checked >= 2);
}

QTEST_GUILESS_MAIN(TestStateDiff)
#include "tst_statediff.moc"
