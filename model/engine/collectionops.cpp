#include "errors.h"
#include "operations_p.h"
#include "pysequence.h"
#include "pyvalue.h"

#include <algorithm>
#include <limits>

namespace dtdb::ops {

namespace {

constexpr std::size_t NoLimit = std::numeric_limits<std::size_t>::max();

std::int64_t len(const Collection &c)
{
    return static_cast<std::int64_t>(c.size());
}

// Python `key in item` for the kinds of item a log can hold.
bool contains(const Value &item, const Value &key)
{
    if (item.is_object()) {
        if (key.is_array() || key.is_object()) throw PyTypeError("unhashable type");
        return key.is_string() && item.contains(key.get_ref<const std::string &>());
    }
    if (item.is_array()) {
        for (const Value &e : item)
            if (py::equals(e, key)) return true;
        return false;
    }
    if (item.is_string() && key.is_string())
        return item.get_ref<const std::string &>().find(key.get_ref<const std::string &>()) !=
               std::string::npos;
    throw PyTypeError("argument of this type is not iterable");
}

bool contains(const Item &item, const Value &key)
{
    if (!item.isObject()) return contains(item.toValue(), key);
    if (key.is_array() || key.is_object()) throw PyTypeError("unhashable type");
    return key.is_string() && item.contains(key.get_ref<const std::string &>());
}

// The JSON object key Python would end up writing for a dict key.
std::string objectKey(const Value &key)
{
    if (key.is_array() || key.is_object()) throw PyTypeError("unhashable type");
    return collectionJsonName(key);
}

// item[key] = value on a copy of item: an existing key keeps its position, a new one goes last.
void assignKey(Value &item, const Value &key, Value value)
{
    if (!item.is_object()) throw PyTypeError("item does not support item assignment");
    item[objectKey(key)] = std::move(value);
}

// serial += 1 with Python arithmetic.
Value nextSerial(const Value &serial)
{
    if (serial.is_boolean()) return std::int64_t(serial.get<bool>()) + 1;
    if (serial.is_number_float()) return serial.get<double>() + 1.0;
    if (serial.is_number_unsigned()) return serial.get<std::uint64_t>() + 1;
    if (serial.is_number_integer()) return serial.get<std::int64_t>() + 1;
    throw PyTypeError("unsupported operand type(s) for +=");
}

// The reference deep-copies what it returns; an item stored too deep makes that raise.
void checkResultDepth(const Collection &c, const std::vector<ItemPtr> &items)
{
    if (!c.mayHoldTooDeepItems()) return;
    for (const ItemPtr &item : items)
        py::checkCopyDepth(*item, 1);
}

void markIfTooDeep(Database &db, const std::string &key, const Value &storedContainer,
                   Change &change)
{
    try {
        py::checkCopyDepth(storedContainer, 1);
    } catch (const PyValueError &) {
        db.markTooDeep(key, change);
    }
}

// The reference deep-copies addData first: the list is depth 0, its items depth 1.
void checkAddDataDepth(const Query &q)
{
    if (!q.addDataIsList) {
        py::checkCopyDepth(q.addData, 0);
        return;
    }
    for (const ItemPtr &item : q.addItems)
        py::checkCopyDepth(*item, 1);
}

bool lacksSerialKey(const Query &q)
{
    if (q.serialKey.is_null()) return false;
    if (!q.addDataIsList) throw PyTypeError("'NoneType' object is not iterable");
    for (const ItemPtr &item : q.addItems)
        if (!contains(*item, q.serialKey)) return true;
    return false;
}

std::vector<ItemPtr> storeAdded(Database &db, const std::string &key, const Query &q,
                                Change &change)
{
    std::vector<ItemPtr> added;
    const bool keep = q.returnsData();
    if (!q.addDataIsList) throw PyTypeError("'NoneType' object is not iterable");
    if (q.serialKey.is_null()) {
        // Items are immutable: the query's items can be stored as they are.
        db.appendItems(key, q.addItems, change);
        if (keep) added = q.addItems;
        return added;
    }
    // Each item gets the next serial. If one cannot take it (a non-object item), the reference
    // has stored the ones before and raises: store them, then raise.
    std::vector<ItemPtr> items;
    items.reserve(q.addItems.size());
    Value serial = db.find(key)->serialNum();
    std::exception_ptr error;
    try {
        for (const ItemPtr &raw : q.addItems) {
            Value copy = raw->toValue();
            assignKey(copy, q.serialKey, serial);
            serial = nextSerial(serial);
            items.push_back(Item::pack(copy));
        }
    } catch (...) {
        error = std::current_exception();
    }
    if (!items.empty()) db.setSerial(key, serial, change);
    db.appendItems(key, items, change);
    if (error) std::rethrow_exception(error);
    if (keep) added = std::move(items);
    return added;
}

// offset / startAfter / endBefore (spec §6.3), applied to the sorted matches.
void applyPosition(const Query &q, std::vector<ItemPtr> &r)
{
    if (!q.offset.is_null()) {
        if (!py::isNumber(q.offset)) throw PyTypeError("'>' not supported between instances");
        if (py::compare(q.offset, Value(0)) == std::partial_ordering::greater) {
            if (q.offset.is_number_float()) throw PyTypeError("slice indices must be integers");
            const std::int64_t n =
                q.offset.is_boolean()
                    ? std::int64_t(q.offset.get<bool>())
                    : (q.offset.is_number_unsigned() ? INT64_MAX : q.offset.get<std::int64_t>());
            r.erase(r.begin(), r.begin() + static_cast<std::ptrdiff_t>(
                                               std::min<std::int64_t>(n, std::int64_t(r.size()))));
        }
        return;
    }
    const Value &anchor = !q.startAfter.is_null() ? q.startAfter : q.endBefore;
    if (anchor.is_null()) return;
    const auto it = std::find_if(r.begin(), r.end(), [&](const ItemPtr &item) {
        return py::equals(item->toValue(), anchor);
    });
    if (it == r.end()) return;
    if (!q.startAfter.is_null())
        r.erase(r.begin(), it + 1);
    else
        r.erase(it, r.end());
}

std::int64_t sliceIndex(const Value &v)
{
    if (v.is_boolean()) return v.get<bool>();
    if (v.is_number_unsigned()) return INT64_MAX;
    if (v.is_number_integer()) return v.get<std::int64_t>();
    throw PyTypeError("slice indices must be integers or None");
}

// Python r[start:] / r[:stop] with negative indices counted from the end.
std::size_t clampIndex(std::int64_t i, std::size_t size)
{
    const auto n = static_cast<std::int64_t>(size);
    if (i < 0) i = std::max<std::int64_t>(0, n + i);
    return static_cast<std::size_t>(std::min(i, n));
}

void applyLimit(const Query &q, std::vector<ItemPtr> &r)
{
    if (q.limit.is_null()) return;
    if (q.offset.is_null() && q.startAfter.is_null() && !q.endBefore.is_null()) {
        // r[-limit:] if len(r) > limit else r
        if (!py::isNumber(q.limit)) throw PyTypeError("'>' not supported between instances");
        if (py::compare(Value(r.size()), q.limit) != std::partial_ordering::greater) return;
        const std::int64_t limit = sliceIndex(q.limit);
        if (limit == INT64_MIN) return;
        const std::size_t start = clampIndex(-limit, r.size());
        r.erase(r.begin(), r.begin() + static_cast<std::ptrdiff_t>(start));
        return;
    }
    const std::size_t stop = clampIndex(sliceIndex(q.limit), r.size());
    r.resize(stop);
}

void sortIfRequested(const Query &q, std::vector<ItemPtr> &r)
{
    if (q.sortObj) q.sortObj->apply(r);
}

std::vector<ItemPtr> itemsOf(const std::vector<Match> &matches)
{
    std::vector<ItemPtr> out;
    out.reserve(matches.size());
    for (const Match &m : matches)
        out.push_back(m.item);
    return out;
}

void rethrowIf(const std::exception_ptr &error)
{
    if (error) std::rethrow_exception(error);
}

} // namespace

QueryResult makeResult(const Query &q, bool success, std::int64_t dbLength,
                       std::int64_t updateCount, std::int64_t hitCount)
{
    QueryResult r;
    r.isSuccess = success;
    r.target = q.target;
    r.type = q.type;
    r.dbLength = dbLength;
    r.updateCount = updateCount;
    r.hitCount = hitCount;
    return r;
}

QueryResult makeFailure(const Query &q, std::int64_t dbLength, std::string message)
{
    QueryResult r = makeResult(q, false, dbLength, 0, 0);
    r.errorMessage = std::move(message);
    return r;
}

QueryResult add(Database &db, const std::string &key, const Query &q, Change &change)
{
    checkAddDataDepth(q);
    const Collection &c = *db.find(key);
    if (lacksSerialKey(q)) return makeFailure(q, len(c), "The target serialKey does not exist");
    std::vector<ItemPtr> added = storeAdded(db, key, q, change);
    QueryResult r = makeResult(q, true, len(*db.find(key)), std::int64_t(q.addItems.size()), 0);
    r.result = std::move(added);
    return r;
}

QueryResult update(Database &db, const std::string &key, const Query &q, bool single,
                   Change &change)
{
    std::exception_ptr error;
    const std::vector<Match> matches = findMatches(
        *db.find(key), q.queryNode.get(), single ? 1 : NoLimit, db.indexingEnabled(), error);
    std::vector<ItemPtr> updated;
    if (!matches.empty()) {
        py::checkCopyDepth(q.overrideData, 0);
        if (!q.overrideData.is_object()) throw PyTypeError("overrideData is not a dict");
        markIfTooDeep(db, key, q.overrideData, change);
    }
    for (const Match &m : matches) {
        if (!m.item->isObject()) throw PyTypeError("item has no attribute 'update'");
        ItemPtr item = m.item->withMembers(q.overrideData);
        db.replaceItem(key, m.position, item, change);
        updated.push_back(std::move(item));
    }
    rethrowIf(error);
    const Collection &c = *db.find(key);
    const auto n = std::int64_t(updated.size());
    QueryResult r = makeResult(q, true, len(c), n, n);
    if (q.returnsData()) {
        sortIfRequested(q, updated);
        checkResultDepth(c, updated);
        r.result = std::move(updated);
    }
    return r;
}

QueryResult remove(Database &db, const std::string &key, const Query &q, Change &change)
{
    std::exception_ptr error;
    const std::vector<Match> matches =
        findMatches(*db.find(key), q.queryNode.get(), NoLimit, db.indexingEnabled(), error);
    rethrowIf(error); // everything is evaluated before anything is removed
    for (auto it = matches.rbegin(); it != matches.rend(); ++it)
        db.eraseItem(key, it->position, change);
    const auto n = std::int64_t(matches.size());
    QueryResult r = makeResult(q, true, len(*db.find(key)), n, n);
    if (q.returnsData()) {
        std::vector<ItemPtr> removed = itemsOf(matches);
        sortIfRequested(q, removed);
        checkResultDepth(*db.find(key), removed);
        r.result = std::move(removed);
    }
    return r;
}

QueryResult removeOne(Database &db, const std::string &key, const Query &q, Change &change)
{
    std::exception_ptr error;
    const std::vector<Match> matches =
        findMatches(*db.find(key), q.queryNode.get(), 1, db.indexingEnabled(), error);
    rethrowIf(error);
    if (!matches.empty()) db.eraseItem(key, matches.front().position, change);
    const auto n = std::int64_t(matches.size());
    QueryResult r = makeResult(q, true, len(*db.find(key)), n, n);
    r.result = itemsOf(matches); // the reference returns it whatever returnData says
    checkResultDepth(*db.find(key), r.result);
    return r;
}

QueryResult search(const Collection &c, const Query &q, bool useIndex)
{
    std::exception_ptr error;
    std::vector<ItemPtr> r = itemsOf(findMatches(c, q.queryNode.get(), NoLimit, useIndex, error));
    rethrowIf(error);
    const auto hits = std::int64_t(r.size());
    sortIfRequested(q, r);
    applyPosition(q, r);
    applyLimit(q, r);
    checkResultDepth(c, r);
    QueryResult result = makeResult(q, true, len(c), 0, hits);
    result.result = std::move(r);
    return result;
}

QueryResult searchOne(const Collection &c, const Query &q, bool useIndex)
{
    std::exception_ptr error;
    std::vector<ItemPtr> r = itemsOf(findMatches(c, q.queryNode.get(), 1, useIndex, error));
    rethrowIf(error);
    checkResultDepth(c, r);
    QueryResult result = makeResult(q, true, len(c), 0, std::int64_t(r.size()));
    result.result = std::move(r);
    return result;
}

QueryResult getAll(const Collection &c, const Query &q)
{
    if (!c.hasValidData()) throw PyTypeError("collection data is not a list");
    std::vector<ItemPtr> r = c.items().toVector();
    checkResultDepth(c, r); // the whole collection is copied before sorting
    const auto hits = std::int64_t(r.size());
    sortIfRequested(q, r);
    applyPosition(q, r);
    applyLimit(q, r);
    QueryResult result = makeResult(q, true, len(c), 0, hits);
    result.result = std::move(r);
    return result;
}

QueryResult conformToTemplate(Database &db, const std::string &key, const Query &q, Change &change)
{
    const Collection &c = *db.find(key);
    if (!c.hasValidData()) throw PyTypeError("collection data is not a list");
    const std::vector<ItemPtr> items = c.items().toVector();
    if (!items.empty()) {
        if (!q.templateData.is_object()) throw PyTypeError("template is not a dict");
        markIfTooDeep(db, key, q.templateData, change);
    }
    for (std::size_t pos = 0; pos < items.size(); ++pos) {
        const Value item = items[pos]->toValue();
        if (!item.is_object()) throw PyTypeError("item has no attribute 'keys'");
        Value next = Value::object();
        bool changed = false;
        for (const auto &[k, v] : item.items()) {
            if (q.templateData.contains(k))
                next[k] = v;
            else
                changed = true;
        }
        for (const auto &[k, v] : q.templateData.items()) {
            if (!next.contains(k)) {
                py::checkCopyDepth(v, 0);
                next[k] = v;
                changed = true;
            }
        }
        if (changed) db.replaceItem(key, pos, Item::pack(next), change);
    }
    const auto n = std::int64_t(items.size());
    return makeResult(q, true, n, n, n);
}

QueryResult renameField(Database &db, const std::string &key, const Query &q, Change &change)
{
    const Collection &c = *db.find(key);
    if (!c.hasValidData()) throw PyTypeError("collection data is not a list");
    const std::vector<ItemPtr> items = c.items().toVector();
    for (const ItemPtr &item : items) {
        if (!contains(*item, q.renameBefore))
            return makeFailure(q, len(c), "The renameBefore key does not exist");
        if (contains(*item, q.renameAfter))
            return makeFailure(q, len(c), "An existing key was specified as the new key");
    }
    std::vector<ItemPtr> renamed;
    const std::string before = objectKey(q.renameBefore);
    const std::string after = objectKey(q.renameAfter);
    for (std::size_t pos = 0; pos < items.size(); ++pos) {
        Value next = items[pos]->toValue();
        Value moved = next[before];
        next.erase(before);
        next[after] = std::move(moved);
        ItemPtr item = Item::pack(next);
        db.replaceItem(key, pos, item, change);
        if (q.returnsData()) renamed.push_back(std::move(item));
    }
    const auto n = std::int64_t(items.size());
    QueryResult r = makeResult(q, true, n, n, n);
    r.result = std::move(renamed);
    return r;
}

QueryResult count(const Collection &c, const Query &q)
{
    const std::int64_t n = len(c);
    return makeResult(q, true, n, 0, n);
}

QueryResult clear(Database &db, const std::string &key, const Query &q, Change &change)
{
    const std::int64_t before = len(*db.find(key));
    db.clearItems(key, change);
    if (py::truthy(q.resetSerial)) db.setSerial(key, 0, change);
    return makeResult(q, true, 0, before, before);
}

QueryResult clearAdd(Database &db, const std::string &key, const Query &q, Change &change)
{
    checkAddDataDepth(q);
    const Collection &c = *db.find(key);
    if (lacksSerialKey(q)) return makeFailure(q, len(c), "The target serialKey does not exist");
    const std::int64_t before = len(c);
    db.clearItems(key, change);
    if (py::truthy(q.resetSerial)) db.setSerial(key, 0, change);
    std::vector<ItemPtr> added = storeAdded(db, key, q, change);
    QueryResult r = makeResult(q, true, len(*db.find(key)), before, before);
    r.result = std::move(added);
    return r;
}

} // namespace dtdb::ops
