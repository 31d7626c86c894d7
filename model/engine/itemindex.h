#pragma once

#include "fieldpath.h"
#include "itemstore.h"
#include "value.h"

#include <cstdint>
#include <optional>
#include <set>
#include <unordered_map>
#include <vector>

namespace dtdb {

// An index of one field path of one collection, built lazily the first time a query can use
// it and then kept up to date by the collection's mutations.
//
// It answers with a *superset* of the matching items (sequence numbers); callers evaluate the
// full query node on each candidate in storage order. That keeps Python semantics (equality
// across int/float/bool, first match in storage order) exact while skipping most items.
class FieldIndex
{
public:
    explicit FieldIndex(FieldPath path);

    // The key of a value in the numeric range map: numbers and booleans as doubles (Python
    // orders them together), nothing for NaN and non-numbers.
    static std::optional<double> numericKey(const Value &v);

    void build(const ItemStore &items);
    void add(std::uint64_t seq, const Item &item);
    void remove(std::uint64_t seq, const Item &item);
    // Keeps the index right when an item is replaced by a new version.
    void replace(std::uint64_t seq, const Item &before, const Item &after);

    // Items whose field may be Python-equal to v (missing fields are indexed as null).
    const std::vector<std::uint64_t> *equalTo(const Value &v) const;
    // Items whose numeric field value may lie in [lo, hi] (either bound optional).
    void numericRange(const double *lo, const double *hi, std::vector<std::uint64_t> &out) const;
    std::size_t numericRangeCount(const double *lo, const double *hi, std::size_t stopAt) const;

private:
    struct Hash
    {
        std::size_t operator()(const Value &v) const;
    };
    struct Equal
    {
        bool operator()(const Value &a, const Value &b) const;
    };

    // The item's field (null when missing), decoded.
    Value keyOf(const Item &item) const;

    FieldPath m_path;
    std::unordered_map<Value, std::vector<std::uint64_t>, Hash, Equal> m_equal;
    // (numeric key, sequence number): ordered by key for ranges, unique for O(log n) removal
    // (a field with few distinct values has long runs of equal keys).
    std::set<std::pair<double, std::uint64_t>> m_numeric;
};

} // namespace dtdb
