#pragma once

#include "enums.h"
#include "fieldpath.h"
#include "item.h"
#include "value.h"

#include <memory>
#include <vector>

namespace dtdb {

// One sort key: SingleSort of the reference.
struct SortKey
{
    FieldPath field;
    Value reversed = false; // kept as written; evaluated with truthiness
    ValueType valueType = ValueType::Auto;

    bool isReversed() const;
    Value toJson() const;
};

// SingleSort (one key) or MultiSort (any number of keys, possibly none).
class Sort
{
public:
    // Parses sortObj as AbstractSort.from_dict does. Throws LoadError ("Unknown sort class", a
    // SingleSort without 'field', ...).
    static std::shared_ptr<const Sort> fromJson(const Value &v);
    Value toJson() const;

    bool isMulti() const { return m_multi; }
    const std::vector<SortKey> &keys() const { return m_keys; }

    // Sorts items stably as Python's list.sort with the reference comparator would. Throws
    // PyError exactly when the reference's sort raises (a conversion fails, or values that
    // are compared with each other are of incompatible types; spec §6.2), and PyValueError
    // where Python raises ValueError (int_ conversion of NaN).
    void apply(std::vector<ItemPtr> &items) const;

private:
    bool m_multi = false;
    std::vector<SortKey> m_keys;
};

} // namespace dtdb
