#include "statediff.h"

#include "moment.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace dtdb::document {

namespace {

std::string text(const Value &v)
{
    return json::write(v);
}

std::string text(PackedValue v)
{
    std::string out;
    v.write(out, json::Style::Compact);
    return out;
}

std::string text(const Item &item)
{
    return text(item.root());
}

// The compact text of a member (null when missing).
std::string memberText(const Item &item, const std::string &field)
{
    const std::optional<PackedValue> v = item.member(field);
    return v ? text(*v) : std::string("null");
}

} // namespace

std::string chooseIdentityField(const std::vector<const Item *> &before,
                                const std::vector<const Item *> &after)
{
    const Item *first = !before.empty() ? before.front() : !after.empty() ? after.front() : nullptr;
    if (!first || !first->isObject()) return {};
    const auto uniqueOn = [](const std::vector<const Item *> &side, const std::string &field) {
        std::unordered_set<std::string> seen;
        seen.reserve(side.size());
        for (const Item *item : side) {
            const std::optional<PackedValue> v = item->member(field);
            if (!v || !seen.insert(text(*v)).second) return false;
        }
        return true;
    };
    std::optional<std::string> chosen; // "" is a field name too
    first->root().forEachMember([&](std::string_view key, PackedValue) {
        const std::string field(key);
        if (!chosen && uniqueOn(before, field) && uniqueOn(after, field)) chosen = field;
    });
    return chosen.value_or(std::string());
}

namespace {

std::vector<const Item *> pointers(const std::vector<ItemPtr> &items)
{
    std::vector<const Item *> out;
    out.reserve(items.size());
    for (const ItemPtr &item : items)
        out.push_back(item.get());
    return out;
}

// Orders the items as CollectionDiff::items promises: changed, added, removed.
void groupByKind(std::vector<ItemDiff> &items)
{
    const auto rank = [](DiffKind kind) {
        return kind == DiffKind::Changed ? 0 : kind == DiffKind::Added ? 1 : 2;
    };
    std::stable_sort(items.begin(), items.end(), [&](const ItemDiff &a, const ItemDiff &b) {
        return rank(a.kind) < rank(b.kind);
    });
}

// The identity field of the items a diff lists, for their labels.
void chooseIdentity(CollectionDiff &c)
{
    std::vector<const Item *> before, after;
    for (const ItemDiff &item : c.items) {
        if (item.before) before.push_back(item.before.get());
        if (item.after) after.push_back(item.after.get());
    }
    c.identityField = chooseIdentityField(before, after);
}

ItemDiff changed(ItemPtr before, ItemPtr after)
{
    ItemDiff d;
    d.kind = DiffKind::Changed;
    d.fields = fieldDiffs(*before, *after);
    d.before = std::move(before);
    d.after = std::move(after);
    return d;
}

ItemDiff single(DiffKind kind, ItemPtr item)
{
    ItemDiff d;
    d.kind = kind;
    (kind == DiffKind::Added ? d.after : d.before) = std::move(item);
    return d;
}

// ---- compareStates ----

// The items of each side that the other side does not hold at the same address. Chunks are
// shared between states derived from one another, so shared chunks are skipped whole.
void unsharedItems(const ItemStore &a, const ItemStore &b, std::vector<ItemPtr> &onlyA,
                   std::vector<ItemPtr> &onlyB)
{
    std::unordered_set<const void *> chunksA;
    for (std::size_t i = 0; i < a.chunkCount(); ++i)
        chunksA.insert(&a.chunk(i));
    std::unordered_set<const void *> sharedChunks;
    for (std::size_t i = 0; i < b.chunkCount(); ++i)
        if (chunksA.count(&b.chunk(i))) sharedChunks.insert(&b.chunk(i));

    std::vector<ItemPtr> restA, restB;
    std::unordered_set<const Item *> addressesA;
    for (std::size_t i = 0; i < a.chunkCount(); ++i)
        if (!sharedChunks.count(&a.chunk(i)))
            for (const StoredItem &s : a.chunk(i)) {
                restA.push_back(s.item);
                addressesA.insert(s.item.get());
            }
    std::unordered_set<const Item *> addressesB;
    for (std::size_t i = 0; i < b.chunkCount(); ++i)
        if (!sharedChunks.count(&b.chunk(i)))
            for (const StoredItem &s : b.chunk(i)) {
                addressesB.insert(s.item.get());
                if (!addressesA.count(s.item.get())) onlyB.push_back(s.item);
            }
    for (ItemPtr &item : restA)
        if (!addressesB.count(item.get())) onlyA.push_back(std::move(item));
}

// Drops the items whose compact JSON text is on both sides (as many times as it is on both).
void dropEqualTexts(std::vector<ItemPtr> &a, std::vector<ItemPtr> &b, const std::stop_token &stop)
{
    std::unordered_map<std::string, std::vector<std::size_t>> textsA;
    for (std::size_t i = 0; i < a.size(); ++i)
        textsA[text(*a[i])].push_back(i);
    if (stop.stop_requested()) return;
    std::vector<bool> matchedA(a.size(), false);
    std::vector<ItemPtr> restB;
    for (ItemPtr &item : b) {
        const auto it = textsA.find(text(*item));
        if (it != textsA.end() && !it->second.empty()) {
            matchedA[it->second.back()] = true;
            it->second.pop_back();
        } else {
            restB.push_back(std::move(item));
        }
    }
    std::vector<ItemPtr> restA;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!matchedA[i]) restA.push_back(std::move(a[i]));
    a = std::move(restA);
    b = std::move(restB);
}

void compareItems(CollectionDiff &c, const Collection &before, const Collection &after,
                  const std::stop_token &stop)
{
    std::vector<ItemPtr> removed, added;
    unsharedItems(before.items(), after.items(), removed, added);
    if (stop.stop_requested()) return;
    dropEqualTexts(removed, added, stop);
    if (stop.stop_requested()) return;

    c.identityField = chooseIdentityField(pointers(removed), pointers(added));
    std::unordered_map<std::string, std::size_t> removedById;
    if (!c.identityField.empty() && !removed.empty() && !added.empty())
        for (std::size_t i = 0; i < removed.size(); ++i)
            removedById.emplace(memberText(*removed[i], c.identityField), i);

    std::vector<bool> paired(removed.size(), false);
    std::vector<ItemDiff> addedDiffs;
    for (ItemPtr &item : added) {
        const auto it = removedById.empty() ? removedById.end()
                                            : removedById.find(memberText(*item, c.identityField));
        if (it != removedById.end()) {
            paired[it->second] = true;
            c.items.push_back(changed(removed[it->second], std::move(item)));
        } else {
            addedDiffs.push_back(single(DiffKind::Added, std::move(item)));
        }
    }
    std::move(addedDiffs.begin(), addedDiffs.end(), std::back_inserter(c.items));
    for (std::size_t i = 0; i < removed.size(); ++i)
        if (!paired[i]) c.items.push_back(single(DiffKind::Removed, std::move(removed[i])));
}

CollectionDiff oneSided(const Database::Slot &slot, CollectionDiff::Presence presence)
{
    CollectionDiff c;
    c.key = slot.key;
    c.name = slot.name;
    c.presence = presence;
    const bool created = presence == CollectionDiff::Presence::AfterOnly;
    (created ? c.serialAfter : c.serialBefore) = slot.collection.serialNum();
    slot.collection.items().forEach([&](const StoredItem &s) {
        c.items.push_back(single(created ? DiffKind::Added : DiffKind::Removed, s.item));
        return true;
    });
    chooseIdentity(c);
    return c;
}

// ---- entryDiff ----

// What one entry did to one collection, from the change ops in the order they ran.
struct EntryCollection
{
    std::string name;
    bool existedBefore = true;
    std::optional<Value> serialBefore;
    std::vector<ItemPtr> written; // items inserted or replaced, in op order
};

} // namespace

bool CollectionDiff::serialChanged() const
{
    return presence == Presence::Both && text(serialBefore) != text(serialAfter);
}

std::size_t CollectionDiff::count(DiffKind kind) const
{
    return std::size_t(std::count_if(items.begin(), items.end(),
                                     [&](const ItemDiff &d) { return d.kind == kind; }));
}

std::size_t StateDiff::count(DiffKind kind) const
{
    std::size_t n = 0;
    for (const CollectionDiff &c : collections)
        n += c.count(kind);
    return n;
}

std::vector<FieldDiff> fieldDiffs(const Item &before, const Item &after)
{
    std::vector<FieldDiff> out;
    if (!before.isObject() || !after.isObject()) {
        if (text(before) != text(after)) out.push_back({{}, before.toValue(), after.toValue()});
        return out;
    }
    after.root().forEachMember([&](std::string_view name, PackedValue value) {
        const std::optional<PackedValue> old = before.member(name);
        if (!old)
            out.push_back({std::string(name), std::nullopt, value.toValue()});
        else if (text(*old) != text(value))
            out.push_back({std::string(name), old->toValue(), value.toValue()});
    });
    before.root().forEachMember([&](std::string_view name, PackedValue value) {
        if (!after.contains(name))
            out.push_back({std::string(name), value.toValue(), std::nullopt});
    });
    return out;
}

StateDiff compareStates(const Database &before, const Database &after, std::stop_token stop)
{
    StateDiff diff;
    for (const Database::Slot &slot : before.slots()) {
        if (stop.stop_requested()) break;
        const Collection *other = after.find(slot.key);
        if (!other) {
            diff.collections.push_back(oneSided(slot, CollectionDiff::Presence::BeforeOnly));
            continue;
        }
        CollectionDiff c;
        c.key = slot.key;
        c.name = after.slots()[after.indexOf(slot.key)].name;
        c.serialBefore = slot.collection.serialNum();
        c.serialAfter = other->serialNum();
        compareItems(c, slot.collection, *other, stop);
        if (!c.items.empty() || c.serialChanged()) diff.collections.push_back(std::move(c));
    }
    for (const Database::Slot &slot : after.slots()) {
        if (stop.stop_requested()) break;
        if (!before.find(slot.key))
            diff.collections.push_back(oneSided(slot, CollectionDiff::Presence::AfterOnly));
    }
    diff.complete = !stop.stop_requested();
    return diff;
}

StateDiff entryDiff(const Moment &moment)
{
    StateDiff diff;
    if (!moment.change || !moment.state) return diff;

    // Collections in the order the entry first touched them.
    std::vector<std::string> order;
    std::unordered_map<std::string, EntryCollection> seen;
    for (const ChangeOp &op : moment.change->ops) {
        auto [it, inserted] = seen.try_emplace(op.key());
        EntryCollection &e = it->second;
        if (inserted) {
            order.push_back(op.key());
            e.existedBefore = op.kind != ChangeOp::Kind::CreateCollection;
        }
        e.name = op.name();
        switch (op.kind) {
        case ChangeOp::Kind::SetSerial:
            if (!e.serialBefore) e.serialBefore = op.serialBefore();
            break;
        case ChangeOp::Kind::MarkTooDeep:
            break;
        case ChangeOp::Kind::RemoveCollection:
            if (!e.serialBefore) e.serialBefore = op.collection()->serialNum();
            break;
        case ChangeOp::Kind::InsertItem:
        case ChangeOp::Kind::ReplaceItem:
            e.written.push_back(op.after);
            break;
        case ChangeOp::Kind::AppendItems:
            if (const auto *appended = op.appended())
                for (const StoredItem &s : *appended)
                    e.written.push_back(s.item);
            break;
        default:
            break;
        }
    }

    for (const std::string &key : order) {
        const EntryCollection &e = seen.at(key);
        const Collection *now = moment.state->find(key);
        if (!e.existedBefore && !now) continue; // created and dropped by the same entry
        CollectionDiff c;
        c.key = key;
        // Only the ops that create or remove a collection carry its name.
        c.name = now ? moment.state->slots()[moment.state->indexOf(key)].name : e.name;
        c.presence = !e.existedBefore ? CollectionDiff::Presence::AfterOnly
                     : !now           ? CollectionDiff::Presence::BeforeOnly
                                      : CollectionDiff::Presence::Both;
        if (now) c.serialAfter = now->serialNum();
        if (e.existedBefore) c.serialBefore = e.serialBefore ? *e.serialBefore : c.serialAfter;

        if (const TouchedItems *t = moment.touchedIn(key)) {
            std::unordered_set<const Item *> listed;
            for (const ItemPtr &item : e.written) {
                if (!listed.insert(item.get()).second) continue;
                if (t->added.count(item.get()))
                    c.items.push_back(single(DiffKind::Added, item));
                else if (const auto m = t->modified.find(item.get()); m != t->modified.end())
                    c.items.push_back(changed(m->second, item));
            }
            for (const ItemPtr &item : t->removed)
                c.items.push_back(single(DiffKind::Removed, item));
        }
        groupByKind(c.items);
        chooseIdentity(c);
        if (!c.items.empty() || c.serialChanged() || c.presence != CollectionDiff::Presence::Both)
            diff.collections.push_back(std::move(c));
    }
    return diff;
}

} // namespace dtdb::document
