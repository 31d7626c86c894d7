// Following one row through a history (traceItem): which field names a row (identityOf), and,
// on the demo history and every fixture's server folder (several snapshots), the events of
// many rows checked against the states themselves: wherever the row's JSON changes from one
// position to the next there is an event, and every event's versions are the row as the
// states hold it before and after.

#include "databases.h"
#include "demo.h"
#include "fixtures.h"
#include "historyloader.h"
#include "itemhistory.h"
#include "timeline.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace dtdb;
using namespace dtdb::document;

class TestItemHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identity_data();
    void identity();
    void removedItemHasAnIdentity();
    void rowsFollowTheStates_data();
    void rowsFollowTheStates();
    void lostEntryShowsAtTheNextSnapshot();
    void stopped();
    void eventAt();
};

namespace {

std::string text(const ItemPtr &item)
{
    return item ? json::write(item->toValue()) : std::string("(none)");
}

std::shared_ptr<const history::Timeline> open(const QStringList &paths)
{
    const auto loaded = history::loadHistory(paths);
    if (!loaded.history || !loaded.history->problems.empty()) return nullptr;
    return history::Timeline::build(loaded.history);
}

// The rows as the test sees them: per row and position, the JSON of the items matching it,
// found by decoding every item (not by the packed comparison under test). Rows of one field of
// one collection are looked up together, with one pass over its items per state.
std::vector<std::vector<std::vector<std::string>>> rowTexts(const std::vector<Database> &states,
                                                            const std::vector<ItemIdentity> &rows)
{
    std::vector<std::vector<std::vector<std::string>>> out(
        rows.size(), std::vector<std::vector<std::string>>(states.size()));
    std::map<std::pair<std::string, std::string>, std::map<std::string, std::size_t>> groups;
    for (std::size_t r = 0; r < rows.size(); ++r)
        groups[{rows[r].collectionKey, rows[r].field}][rows[r].valueText()] = r;
    for (std::size_t p = 0; p < states.size(); ++p)
        for (const auto &[where, values] : groups) {
            const Collection *c = states[p].find(where.first);
            if (!c) continue;
            c->items().forEach([&, &values = values, &field = where.second](const StoredItem &s) {
                const Value v = s.item->toValue();
                if (!v.is_object() || !v.contains(field)) return true;
                if (const auto it = values.find(json::write(v[field])); it != values.end())
                    out[it->second][p].push_back(json::write(v));
                return true;
            });
        }
    return out;
}

} // namespace

void TestItemHistory::identity_data()
{
    const auto q = [](const char *text) { return QString::fromUtf8(text); };
    QTest::addColumn<QString>("collection");
    QTest::addColumn<int>("item");
    QTest::addColumn<QString>("field"); // "-" for none
    QTest::addColumn<QString>("value");

    QTest::newRow("first field unique")
        << q(R"({"c": [{"id": 1, "n": "a"}, {"id": 2, "n": "a"}]})") << 1 << q("id") << q("2");
    QTest::newRow("first field repeats")
        << q(R"({"c": [{"k": "x", "id": 1}, {"k": "x", "id": 2}]})") << 0 << q("id") << q("1");
    QTest::newRow("field missing somewhere")
        << q(R"({"c": [{"a": 1, "b": 1}, {"b": 2}]})") << 0 << q("b") << q("1");
    QTest::newRow("string value") << q(R"({"c": [{"sku": "A-1"}, {"sku": "A-2"}]})") << 0
                                  << q("sku") << q("\"A-1\"");
    QTest::newRow("float value") << q(R"({"c": [{"v": 1.0}, {"v": 1}]})") << 0 << q("v")
                                 << q("1.0");
    QTest::newRow("no field qualifies")
        << q(R"({"c": [{"a": 1}, {"a": 1}]})") << 0 << q("-") << q("");
    QTest::newRow("not an object") << q(R"({"c": [1, 2]})") << 0 << q("-") << q("");
    QTest::newRow("one item") << q(R"({"c": [{"z": null}]})") << 0 << q("z") << q("null");
}

void TestItemHistory::identity()
{
    QFETCH(QString, collection);
    QFETCH(int, item);
    QFETCH(QString, field);
    QFETCH(QString, value);
    const Database db = testutil::makeDatabase(collection);
    const ItemPtr chosen = db.find("c")->items().at(std::size_t(item)).item;
    const auto id = identityOf(db, "c", *chosen);
    if (field == QStringLiteral("-")) {
        QVERIFY(!id);
        return;
    }
    QVERIFY(id);
    QCOMPARE(QString::fromStdString(id->field), field);
    QCOMPARE(QString::fromStdString(id->valueText()), value);
    QCOMPARE(id->collectionName, std::string("c"));
    // It matches the chosen item and no other.
    std::size_t matches = 0;
    db.find("c")->items().forEach([&](const StoredItem &s) {
        matches += id->matches(*s.item) ? 1 : 0;
        return true;
    });
    QCOMPARE(matches, std::size_t(1));
    QVERIFY(id->matches(*chosen));
}

void TestItemHistory::removedItemHasAnIdentity()
{
    // A row the entry at the cursor deleted is shown, struck out, though the state lacks it.
    const Database db = testutil::makeDatabase(QStringLiteral(R"({"c": [{"id": 1}]})"));
    const ItemPtr gone = Item::pack(testutil::parseJson(R"({"id": 7})"));
    const auto id = identityOf(db, "c", *gone);
    QVERIFY(id);
    QCOMPARE(id->field, std::string("id"));
    QCOMPARE(id->valueText(), std::string("7"));
    const Database empty = testutil::makeDatabase(QStringLiteral(R"({"c": []})"));
    QVERIFY(identityOf(empty, "c", *gone));
    QVERIFY(!identityOf(empty, "missing", *gone));
}

void TestItemHistory::rowsFollowTheStates_data()
{
    QTest::addColumn<QStringList>("paths");
    QTest::newRow("demo") << QStringList{testutil::demoServer()};
    for (const QString &name : testutil::scenarioNames())
        QTest::newRow(qPrintable(name)) << QStringList{testutil::fixturesDir() + QLatin1Char('/') +
                                                       name + QStringLiteral("/server")};
}

void TestItemHistory::rowsFollowTheStates()
{
    QFETCH(QStringList, paths);
    const auto timeline = open(paths);
    QVERIFY(timeline);
    std::vector<Database> states;
    history::Cursor cursor(timeline);
    states.push_back(cursor.state());
    for (std::size_t p = 1; p <= timeline->size(); ++p) {
        cursor.stepForward();
        states.push_back(cursor.state());
    }

    // Rows of every collection at three moments, at most 12 per collection and moment.
    std::vector<ItemIdentity> rows;
    std::set<std::pair<std::string, std::string>> seen;
    for (const std::size_t p : {timeline->size() / 3, timeline->size() * 2 / 3, timeline->size()})
        for (const Database::Slot &slot : states[p].slots()) {
            const std::size_t n = slot.collection.items().size();
            for (std::size_t i = 0; i < n; i += std::max<std::size_t>(1, n / 12))
                if (const auto id =
                        identityOf(states[p], slot.key, *slot.collection.items().at(i).item))
                    if (seen.emplace(id->collectionKey + '\n' + id->field, id->packedValue).second)
                        rows.push_back(*id);
        }
    QVERIFY2(rows.size() >= 5, qPrintable(QString::number(rows.size())));

    const auto texts = rowTexts(states, rows);
    std::size_t events = 0, checkedSteps = 0;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const ItemIdentity &row = rows[r];
        const ItemHistory h = traceItem(*timeline, {}, row);
        QVERIFY(h.complete);
        events += h.events.size();
        const auto label = [&](std::size_t p) {
            return QStringLiteral("%1 %2=%3 at %4")
                .arg(QString::fromStdString(row.collectionName), QString::fromStdString(row.field),
                     QString::fromStdString(row.valueText()))
                .arg(p);
        };
        const std::vector<std::vector<std::string>> &at = texts[r];
        const auto single = [&](std::size_t p) { return at[p].size() <= 1; };
        const auto textAt = [&](std::size_t p) {
            return at[p].empty() ? std::string("(none)") : at[p].front();
        };
        if (single(0)) QCOMPARE(text(h.initial), textAt(0));

        std::map<std::size_t, std::vector<const ItemEvent *>> byPosition;
        for (const ItemEvent &e : h.events)
            byPosition[e.position()].push_back(&e);
        for (std::size_t p = 1; p < states.size(); ++p) {
            if (!single(p) || !single(p - 1)) continue;
            ++checkedSteps;
            if (textAt(p) != textAt(p - 1))
                QVERIFY2(byPosition.count(p), qPrintable(label(p) + QStringLiteral(": no event")));
        }
        for (const ItemEvent &e : h.events) {
            const std::size_t p = e.position();
            QVERIFY(p >= 1 && p < states.size());
            if (!single(p) || !single(p - 1)) continue;
            const ItemPtr shownAfter = e.after && row.matches(*e.after) ? e.after : nullptr;
            QVERIFY2(text(shownAfter) == textAt(p), qPrintable(label(p)));
            if (e.kind != ItemEvent::Kind::Snapshot) {
                const ItemPtr shownBefore = e.before && row.matches(*e.before) ? e.before : nullptr;
                QVERIFY2(text(shownBefore) == textAt(p - 1), qPrintable(label(p)));
            }
            QCOMPARE(e.kind == ItemEvent::Kind::Added, !e.before);
            QCOMPARE(e.kind == ItemEvent::Kind::Removed, !e.after);
            if (e.kind == ItemEvent::Kind::Changed)
                QCOMPARE(e.fields.size(), fieldDiffs(*e.before, *e.after).size());
        }
        for (std::size_t i = 1; i < h.events.size(); ++i)
            QVERIFY(h.events[i - 1].position() <= h.events[i].position());
    }
    QVERIFY(events > 0);
    QVERIFY(checkedSteps > 0);
}

void TestItemHistory::lostEntryShowsAtTheNextSnapshot()
{
    // The demo's server folder with the last write before its third snapshot removed: the
    // replay no longer reaches the version that snapshot holds, and the row's history says so
    // at the snapshot's position.
    QTemporaryDir dir;
    const QString folder = testutil::copyInto(testutil::demoServer(), dir.path());
    const auto intact = open({folder});
    QVERIFY(intact && intact->history().anchors.size() >= 3);
    const std::size_t from = intact->history().anchors[1].position;
    const std::size_t to = intact->history().anchors[2].position;
    std::optional<std::size_t> victim;
    std::optional<ItemIdentity> row;
    for (std::size_t i = to; i-- > from && !victim;) {
        for (const ChangeOp &op : intact->changeOf(i).ops) {
            const bool changes = op.kind == ChangeOp::Kind::InsertItem ||
                                 (op.kind == ChangeOp::Kind::ReplaceItem &&
                                  op.before->packed() != op.after->packed());
            if (!changes) continue;
            row = identityOf(intact->stateAt(i + 1), op.key(), *op.after);
            if (row) break;
        }
        if (row) victim = i;
    }
    QVERIFY(victim && row);
    QVERIFY(QFile::remove(intact->history().files[intact->history().entries[*victim].file].path));

    const auto damaged = open({folder});
    QVERIFY(damaged);
    const ItemHistory h = traceItem(*damaged, {}, *row);
    const std::size_t snapshotAt = damaged->history().anchors[2].position;
    QCOMPARE(snapshotAt, to - 1);
    const auto snapshot = std::find_if(h.events.begin(), h.events.end(), [](const ItemEvent &e) {
        return e.kind == ItemEvent::Kind::Snapshot;
    });
    QVERIFY(snapshot != h.events.end());
    QCOMPARE(snapshot->entry, snapshotAt);
    QCOMPARE(snapshot->position(), snapshotAt);
    QVERIFY(snapshot->after);
    // What the snapshot holds: the version the removed entry wrote.
    const auto there = rowTexts({intact->stateAt(to)}, {*row});
    QCOMPARE(there[0][0].size(), std::size_t(1));
    QCOMPARE(text(snapshot->after), there[0][0].front());
    // The intact history has no such event.
    for (const ItemEvent &e : traceItem(*intact, {}, *row).events)
        QVERIFY(e.kind != ItemEvent::Kind::Snapshot);
}

void TestItemHistory::stopped()
{
    const auto timeline = open({testutil::demoServer()});
    QVERIFY(timeline);
    const Database end = timeline->stateAt(timeline->size());
    const Database::Slot &slot = end.slots().front();
    const auto id = identityOf(end, slot.key, *slot.collection.items().at(0).item);
    QVERIFY(id);
    std::stop_source stop;
    stop.request_stop();
    std::size_t reports = 0;
    const ItemHistory h = traceItem(*timeline, {}, *id, stop.get_token(),
                                    [&](std::size_t, std::size_t) { ++reports; });
    QVERIFY(!h.complete);
    QVERIFY(h.events.empty());
    QCOMPARE(reports, std::size_t(0));

    std::size_t last = 0, total = 0;
    const ItemHistory all = traceItem(*timeline, {}, *id, {}, [&](std::size_t d, std::size_t t) {
        QVERIFY(d >= last);
        last = d;
        total = t;
    });
    QVERIFY(all.complete);
    QCOMPARE(last, timeline->size());
    QCOMPARE(total, timeline->size());
}

void TestItemHistory::eventAt()
{
    ItemHistory h;
    for (const std::size_t entry : {2, 5, 5, 9}) {
        ItemEvent e;
        e.entry = entry;
        h.events.push_back(e);
    }
    ItemEvent snapshot;
    snapshot.kind = ItemEvent::Kind::Snapshot;
    snapshot.entry = 10; // position 10, after entry 9's (also 10)
    h.events.push_back(snapshot);
    const std::vector<std::pair<std::size_t, int>> expected = {{0, -1}, {2, -1}, {3, 0},  {5, 0},
                                                               {6, 2},  {9, 2},  {10, 4}, {100, 4}};
    for (const auto &[position, index] : expected)
        QCOMPARE(h.eventAt(position), index);
}

QTEST_APPLESS_MAIN(TestItemHistory)
#include "tst_itemhistory.moc"
