#pragma once

#include "item.h"
#include "value.h"

#include <vector>

namespace dtdb::dsl {

// The merge query's dslTmp evaluation (spec §7.2/§7.3). `sources` holds, per source
// collection, the matched item (an empty object when none matched). Throws PyError on every
// failure the reference raises on (the merge then fails with "Merge failed").
Value evaluate(const Value &templ, const Value &base, const std::vector<Value> &sources);

// The first item of `collection` whose `sourceKey` field is Python-equal to the base item's
// `relationKey` field, or an empty object (spec §7.1).
Value matchSource(const Value &base, const std::vector<ItemPtr> &collection,
                  const Value &relationKey, const Value &sourceKey);

} // namespace dtdb::dsl
