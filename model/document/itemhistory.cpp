#include "itemhistory.h"

#include "jsonio.h"

#include <algorithm>

namespace dtdb::document {

namespace {

std::string_view bytesOf(PackedValue v)
{
    return {v.begin(), std::size_t(v.end() - v.begin())};
}

// Whether two versions of the row are the same (both absent, one item, or equal values).
bool sameVersion(const ItemPtr &a, const ItemPtr &b)
{
    if (a == b) return true;
    return a && b && a->packed() == b->packed();
}

// The items that hold the row in a replayed state: usually one, none before it is added or
// after it is removed, and several where the identity value was not unique yet. Items in a
// state are the very ones the recorded changes name, so an op removes or replaces one of them
// exactly when its `before` is one of these: only new versions need to be read.
class RowItems
{
public:
    RowItems() = default;
    RowItems(const Database &state, const ItemIdentity &identity)
    {
        if (const Collection *c = state.find(identity.collectionKey))
            c->items().forEach([&](const StoredItem &s) {
                if (identity.matches(*s.item)) m_items.push_back(s.item);
                return true;
            });
    }
    bool holds(const ItemPtr &item) const
    {
        return std::find(m_items.begin(), m_items.end(), item) != m_items.end();
    }
    void add(const ItemPtr &item) { m_items.push_back(item); }
    void remove(const ItemPtr &item)
    {
        if (const auto it = std::find(m_items.begin(), m_items.end(), item); it != m_items.end())
            m_items.erase(it);
    }
    // The version compared with a snapshot's: the row is one item wherever its value is unique.
    ItemPtr first() const { return m_items.empty() ? nullptr : m_items.front(); }
    std::size_t size() const { return m_items.size(); }

private:
    std::vector<ItemPtr> m_items;
};

// What one entry did to the row: its first version before and its last version after.
class EntryTouch
{
public:
    void touch(const ItemPtr &before, const ItemPtr &after)
    {
        if (!m_touched) m_before = before;
        m_touched = true;
        m_after = after;
    }
    // The event, or nullopt when the row was there neither before nor after.
    std::optional<ItemEvent> event(std::size_t entry) const
    {
        if (!m_touched || (!m_before && !m_after)) return std::nullopt;
        ItemEvent e;
        e.entry = entry;
        e.before = m_before;
        e.after = m_after;
        e.kind = !m_before  ? ItemEvent::Kind::Added
                 : !m_after ? ItemEvent::Kind::Removed
                            : ItemEvent::Kind::Changed;
        if (e.kind == ItemEvent::Kind::Changed) e.fields = fieldDiffs(*m_before, *m_after);
        return e;
    }

private:
    bool m_touched = false;
    ItemPtr m_before, m_after;
};

// Feeds the ops of `change` on the row's collection to `touch`, keeping `rows` the items that
// hold the row.
void collect(const Change &change, const ItemIdentity &identity, EntryTouch &touch, RowItems &rows)
{
    const auto removedIf = [&](const ItemPtr &item) {
        if (rows.holds(item)) {
            touch.touch(item, nullptr);
            rows.remove(item);
        }
    };
    const auto addedIf = [&](const ItemPtr &item) {
        if (identity.matches(*item)) {
            touch.touch(nullptr, item);
            rows.add(item);
        }
    };
    for (const ChangeOp &op : change.ops) {
        if (op.key() != identity.collectionKey) continue;
        switch (op.kind) {
        case ChangeOp::Kind::InsertItem:
            addedIf(op.after);
            break;
        case ChangeOp::Kind::AppendItems:
            if (const auto *appended = op.appended())
                for (const StoredItem &s : *appended)
                    addedIf(s.item);
            break;
        case ChangeOp::Kind::RemoveItem:
            removedIf(op.before);
            break;
        case ChangeOp::Kind::ReplaceItem: {
            // An update may also move an item into or out of the row by changing the
            // identity field: it is a change of the row either way, and the fields say so.
            const bool was = rows.holds(op.before), is = identity.matches(*op.after);
            if (was || is) touch.touch(op.before, op.after);
            if (was) rows.remove(op.before);
            if (is) rows.add(op.after);
            break;
        }
        case ChangeOp::Kind::ClearItems:
            if (const ItemStore *items = op.items())
                items->forEach([&](const StoredItem &s) {
                    removedIf(s.item);
                    return true;
                });
            break;
        case ChangeOp::Kind::RemoveCollection:
            if (const Collection *c = op.collection())
                c->items().forEach([&](const StoredItem &s) {
                    removedIf(s.item);
                    return true;
                });
            break;
        case ChangeOp::Kind::CreateCollection:
        case ChangeOp::Kind::SetSerial:
        case ChangeOp::Kind::MarkTooDeep:
            break;
        }
    }
}

} // namespace

bool ItemIdentity::matches(const Item &item) const
{
    const std::optional<PackedValue> v = item.member(field);
    return v && bytesOf(*v) == packedValue;
}

std::string ItemIdentity::valueText() const
{
    std::string out;
    if (!packedValue.empty()) PackedValue(packedValue.data()).write(out, json::Style::Compact);
    return out;
}

std::optional<ItemIdentity> identityOf(const Database &state, const std::string &key,
                                       const Item &item)
{
    const Collection *c = state.find(key);
    if (!c || !item.isObject()) return std::nullopt;
    std::vector<const Item *> items;
    items.reserve(c->items().size() + 1);
    bool inState = false;
    c->items().forEach([&](const StoredItem &s) {
        items.push_back(s.item.get());
        inState = inState || s.item.get() == &item;
        return true;
    });
    // An item the entry at the cursor removed is shown too, but is no longer in the state. It
    // goes first: the first item's fields are the candidates, and it must have the one chosen.
    if (!inState) items.insert(items.begin(), &item);
    ItemIdentity identity;
    identity.field = chooseIdentityField(items, {});
    const std::optional<PackedValue> value = item.member(identity.field);
    if (!value) return std::nullopt; // no field qualifies ("" is a field name, so look it up)
    identity.collectionKey = key;
    identity.collectionName = state.slots()[state.indexOf(key)].name;
    identity.packedValue = std::string(bytesOf(*value));
    return identity;
}

int ItemHistory::eventAt(std::size_t position) const
{
    const auto after =
        std::upper_bound(events.begin(), events.end(), position,
                         [](std::size_t p, const ItemEvent &e) { return p < e.position(); });
    return int(after - events.begin()) - 1;
}

ItemHistory traceItem(const history::Timeline &timeline, const LocalEntries &locals,
                      const ItemIdentity &identity, std::stop_token stop,
                      const std::function<void(std::size_t done, std::size_t total)> &progress)
{
    constexpr std::size_t ProgressEvery = 4096;
    ItemHistory h;
    h.identity = identity;
    const std::size_t base = timeline.size();
    const std::size_t total = base + locals.size();
    RowItems rows;
    if (const Database *first = timeline.anchorAt(0)) rows = RowItems(*first, identity);
    h.initial = rows.first();
    for (std::size_t p = 0;; ++p) {
        // A later snapshot replaces the replayed state at its position (changeOf(p) is
        // recorded against it).
        if (p > 0 && p <= base)
            if (const Database *anchor = timeline.anchorAt(p)) {
                RowItems there(*anchor, identity);
                const ItemPtr before = rows.first(), after = there.first();
                if (rows.size() != there.size() || !sameVersion(before, after)) {
                    ItemEvent e;
                    e.kind = ItemEvent::Kind::Snapshot;
                    e.entry = p;
                    e.before = before;
                    e.after = after;
                    if (before && after) e.fields = fieldDiffs(*before, *after);
                    h.events.push_back(std::move(e));
                }
                rows = std::move(there);
            }
        if (p == total) break;
        if (p % ProgressEvery == 0) {
            if (stop.stop_requested()) {
                h.complete = false;
                break;
            }
            if (progress) progress(p, total);
        }
        EntryTouch touch;
        collect(p < base ? timeline.changeOf(p) : *locals[p - base]->change, identity, touch, rows);
        if (auto e = touch.event(p)) h.events.push_back(std::move(*e));
    }
    if (progress && h.complete) progress(total, total);
    return h;
}

} // namespace dtdb::document
