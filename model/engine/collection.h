#pragma once

#include "itemindex.h"
#include "itemstore.h"
#include "jsonio.h"
#include "value.h"

#include <map>
#include <memory>
#include <optional>
#include <string>

namespace dtdb {

// One collection: ordered items plus the serial counter (spec §1). Copies share their items
// (copy-on-write chunks); indexes are a cache of the live collection and are not copied.
class Collection
{
public:
    // Filtered scans of a field before an index on it is built (see noteFilteredField).
    static constexpr int IndexAfterScans = 16;

    Collection() = default;
    Collection(const Collection &other);
    Collection &operator=(const Collection &other);
    Collection(Collection &&) noexcept = default;
    Collection &operator=(Collection &&) noexcept = default;
    ~Collection() = default;

    // Collection.from_dict: 'data' defaults to [], 'serialNum' to 0; both are otherwise taken
    // verbatim (a non-list 'data' is kept and makes later queries fail, as in the reference).
    // Throws PyValueError when an item is nested deeper than the reference can copy.
    static Collection fromJson(const Value &v);
    static Collection fromJson(Value &&v); // moves the items out of v
    Value toJson() const;
    // Writes toJson()'s text without building it, as a value nested `depth` levels deep.
    void write(std::string &out, json::Style style, std::size_t depth) const;

    // The reference calls len() on its data list; non-list data makes that raise.
    bool hasValidData() const { return !m_invalidData; }
    std::size_t size() const;
    const ItemStore &items() const { return m_items; }

    const Value &serialNum() const { return m_serialNum; }
    void setSerialNum(Value v) { m_serialNum = std::move(v); }

    // Mutations. They keep the indexes current.
    std::uint64_t append(ItemPtr item);
    void insert(std::size_t position, StoredItem item);
    StoredItem erase(std::size_t position);
    ItemPtr replace(std::size_t position, ItemPtr item);
    ItemStore takeItems();
    void restoreItems(ItemStore items);

    // The index of a field path, or nullptr when there is none (yet).
    const FieldIndex *index(const FieldPath &path) const;
    // Indexes are adaptive: a path is indexed the second time a query filters on it, so a
    // one-off query never pays for building an index it may not use, while repeated queries
    // (the normal case in a log) get one. Call once per query and path.
    void noteFilteredField(const FieldPath &path) const;

    // Set when a stored item may exceed the reference's copy depth (only update,
    // conformToTemplate and merge with serialBase can store such items). Reads then check the
    // depth of what they return, as the reference's deep copy would.
    bool mayHoldTooDeepItems() const { return m_mayHoldTooDeep; }
    void setMayHoldTooDeepItems(bool may) { m_mayHoldTooDeep = may; }

private:
    void dropIndexes() { m_indexes.clear(); }

    ItemStore m_items;
    Value m_serialNum = 0;
    std::uint64_t m_nextSeq = 0;
    std::optional<Value> m_invalidData;
    bool m_mayHoldTooDeep = false;
    mutable std::map<std::string, std::unique_ptr<FieldIndex>> m_indexes;
    mutable std::map<std::string, int> m_indexRequests;
};

} // namespace dtdb
