#include "verifier.h"

#include "jsonio.h"

namespace dtdb::history {

namespace {

std::string compact(const Value &v)
{
    return json::write(v);
}

// The first difference inside two items at the same index.
Divergence itemDifference(const std::string &collection, std::size_t index, const Value &expected,
                          const Value &actual)
{
    Divergence d{collection, index, {}, compact(expected), compact(actual)};
    if (!expected.is_object() || !actual.is_object()) return d;
    for (const auto &[key, value] : expected.items()) {
        const auto it = actual.find(key);
        if (it == actual.end()) return {collection, index, key, compact(value), "(missing)"};
        if (compact(value) != compact(*it))
            return {collection, index, key, compact(value), compact(*it)};
    }
    for (const auto &[key, value] : actual.items())
        if (!expected.contains(key)) return {collection, index, key, "(missing)", compact(value)};
    return {collection, index, "(field order)", compact(expected), compact(actual)};
}

// Follows item `position` of collection `key` backwards through the recorded changes and
// returns the entry that last touched it (or the collection as a whole).
std::optional<std::size_t> lastTouch(const std::vector<Change> &changes, std::size_t firstEntry,
                                     const std::string &key, std::optional<std::size_t> item,
                                     std::size_t size)
{
    std::size_t position = item.value_or(0);
    for (std::size_t e = changes.size(); e-- > 0;) {
        const auto &ops = changes[e].ops;
        for (auto op = ops.rbegin(); op != ops.rend(); ++op) {
            if (op->key() != key) continue;
            const std::size_t entry = firstEntry + e;
            switch (op->kind) {
            case ChangeOp::Kind::CreateCollection:
            case ChangeOp::Kind::RemoveCollection:
            case ChangeOp::Kind::ClearItems:
            case ChangeOp::Kind::SetSerial:
                if (!item || op->kind != ChangeOp::Kind::SetSerial) return entry;
                break;
            case ChangeOp::Kind::MarkTooDeep: // no item or value changed
                break;
            case ChangeOp::Kind::InsertItem:
                --size;
                if (!item || op->position == position) return entry;
                if (op->position < position) --position;
                break;
            case ChangeOp::Kind::AppendItems:
                size -= op->appended()->size();
                if (!item || position >= size) return entry;
                break;
            case ChangeOp::Kind::RemoveItem:
                ++size;
                if (!item) return entry;
                if (op->position <= position) ++position;
                break;
            case ChangeOp::Kind::ReplaceItem:
                if (!item || op->position == position) return entry;
                break;
            }
        }
    }
    return std::nullopt;
}

} // namespace

bool VerifyReport::consistent() const
{
    for (const SegmentReport &s : segments)
        if (!s.consistent) return false;
    return true;
}

// The first difference between two collections with the same name.
std::optional<Divergence> collectionDifference(const std::string &name, const Collection &ce,
                                               const Collection &ca)
{
    const std::size_t n = std::min(ce.items().size(), ca.items().size());
    for (std::size_t k = 0; k < n; ++k) {
        const Value ie = ce.items().at(k).item->toValue();
        const Value ia = ca.items().at(k).item->toValue();
        if (compact(ie) != compact(ia)) return itemDifference(name, k, ie, ia);
    }
    if (ce.items().size() != ca.items().size())
        return Divergence{name,
                          n,
                          {},
                          std::to_string(ce.items().size()) + " items",
                          std::to_string(ca.items().size()) + " items"};
    if (compact(ce.serialNum()) != compact(ca.serialNum()))
        return Divergence{name, {}, "serialNum", compact(ce.serialNum()), compact(ca.serialNum())};
    return std::nullopt;
}

std::vector<Divergence> collectionDifferences(const Database &expected, const Database &actual)
{
    std::vector<Divergence> out;
    for (const auto &slot : expected.slots()) {
        const Collection *other = actual.find(slot.key);
        if (!other)
            out.push_back({slot.name, {}, {}, "(collection exists)", "(missing)"});
        else if (auto d = collectionDifference(slot.name, slot.collection, *other))
            out.push_back(std::move(*d));
    }
    for (const auto &slot : actual.slots())
        if (!expected.find(slot.key))
            out.push_back({slot.name, {}, {}, "(no collection)", "(collection exists)"});
    return out;
}

std::optional<Divergence> firstDifference(const Database &expected, const Database &actual)
{
    const auto &e = expected.slots();
    const auto &a = actual.slots();
    for (std::size_t i = 0; i < std::max(e.size(), a.size()); ++i) {
        if (i >= e.size())
            return Divergence{a[i].name, {}, {}, "(no collection)", "(collection exists)"};
        if (i >= a.size() || e[i].name != a[i].name)
            return Divergence{e[i].name,
                              {},
                              {},
                              "(collection exists)",
                              i < a.size() ? "(collection " + a[i].name + " here)" : "(missing)"};
        const Collection &ce = e[i].collection;
        const Collection &ca = a[i].collection;
        const std::size_t n = std::min(ce.items().size(), ca.items().size());
        for (std::size_t k = 0; k < n; ++k) {
            const Value ie = ce.items().at(k).item->toValue();
            const Value ia = ca.items().at(k).item->toValue();
            if (compact(ie) != compact(ia)) return itemDifference(e[i].name, k, ie, ia);
        }
        if (ce.items().size() != ca.items().size())
            return Divergence{e[i].name,
                              n,
                              {},
                              std::to_string(ce.items().size()) + " items",
                              std::to_string(ca.items().size()) + " items"};
        if (compact(ce.serialNum()) != compact(ca.serialNum()))
            return Divergence{
                e[i].name, {}, "serialNum", compact(ce.serialNum()), compact(ca.serialNum())};
    }
    return std::nullopt;
}

VerifyReport verify(const Timeline &timeline)
{
    VerifyReport report;
    const History &h = timeline.history();
    for (std::size_t a = 0; a + 1 < h.anchors.size(); ++a) {
        SegmentReport segment;
        segment.fromAnchor = a;
        segment.toAnchor = a + 1;
        const std::size_t from = h.anchors[a].position, to = h.anchors[a + 1].position;
        Database state = *h.anchors[a].state;
        std::vector<Change> changes(to - from);
        for (std::size_t i = from; i < to; ++i) {
            const auto result = timeline.executeEntry(state, i, &changes[i - from], true);
            // An entry of error_query/ must have failed, one of success_query/ succeeded.
            const Entry &entry = h.entries[i];
            if (entry.fileTime != NoTime && result && result->isSuccess() == entry.fromErrorFolder)
                segment.resultMismatches.push_back(i);
        }
        segment.divergence = firstDifference(*h.anchors[a + 1].state, state);
        segment.differences = collectionDifferences(*h.anchors[a + 1].state, state);
        segment.consistent = !segment.divergence && segment.resultMismatches.empty();
        for (const Divergence &d : from < to ? segment.differences : std::vector<Divergence>{}) {
            const std::string key = collectionKey(Value(d.collection)).value_or("");
            const Collection *c = state.find(key);
            const auto touch = lastTouch(changes, from, key, d.item, c ? c->items().size() : 0);
            // A collection the replay never touched diverged before the segment started.
            const std::size_t bound = touch.value_or(from);
            if (!segment.lastTouch || bound < *segment.lastTouch) segment.lastTouch = bound;
        }
        report.segments.push_back(std::move(segment));
    }
    return report;
}

} // namespace dtdb::history
