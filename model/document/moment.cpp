#include "moment.h"

namespace dtdb::document {

namespace {

void noteRemoved(TouchedItems &t, const ItemPtr &item)
{
    if (t.added.erase(item.get())) return; // added and removed by the same entry: no trace
    if (const auto it = t.modified.find(item.get()); it != t.modified.end()) {
        t.removed.push_back(it->second);
        t.modified.erase(it);
        return;
    }
    t.removed.push_back(item);
}

void noteReplaced(TouchedItems &t, const ItemPtr &before, const ItemPtr &after)
{
    if (t.added.erase(before.get())) {
        t.added.insert(after.get());
        return;
    }
    ItemPtr original = before;
    if (const auto it = t.modified.find(before.get()); it != t.modified.end()) {
        original = it->second;
        t.modified.erase(it);
    }
    t.modified.emplace(after.get(), std::move(original));
}

} // namespace

TouchedMap touchedBy(const Change &change)
{
    TouchedMap map;
    for (const ChangeOp &op : change.ops) {
        TouchedItems &t = map[op.key()];
        switch (op.kind) {
        case ChangeOp::Kind::CreateCollection:
            t.created = true;
            t.dropped = false;
            break;
        case ChangeOp::Kind::RemoveCollection:
            t.dropped = true;
            if (const Collection *collection = op.collection())
                collection->items().forEach([&](const StoredItem &s) {
                    noteRemoved(t, s.item);
                    return true;
                });
            break;
        case ChangeOp::Kind::InsertItem:
            t.added.insert(op.after.get());
            break;
        case ChangeOp::Kind::AppendItems:
            if (const auto *appended = op.appended())
                for (const StoredItem &s : *appended)
                    t.added.insert(s.item.get());
            break;
        case ChangeOp::Kind::RemoveItem:
            noteRemoved(t, op.before);
            break;
        case ChangeOp::Kind::ReplaceItem:
            noteReplaced(t, op.before, op.after);
            break;
        case ChangeOp::Kind::ClearItems:
            if (const ItemStore *items = op.items())
                items->forEach([&](const StoredItem &s) {
                    noteRemoved(t, s.item);
                    return true;
                });
            break;
        case ChangeOp::Kind::SetSerial:
        case ChangeOp::Kind::MarkTooDeep:
            break;
        }
    }
    return map;
}

const TouchedItems *Moment::touchedIn(const std::string &collectionKey) const
{
    const auto it = touched.find(collectionKey);
    return it == touched.end() ? nullptr : &it->second;
}

ItemMark Moment::markOf(const std::string &collectionKey, const Item *item) const
{
    const TouchedItems *t = touchedIn(collectionKey);
    if (!t) return ItemMark::None;
    if (t->added.count(item)) return ItemMark::Added;
    if (t->modified.count(item)) return ItemMark::Modified;
    return ItemMark::None;
}

} // namespace dtdb::document
