#pragma once

#include "database.h"

#include <QString>

#include <optional>
#include <string>

namespace dtdb::document {

// Edits made in a collection table, written as the queries a client would send, so that they
// replay anywhere. An item is singled out by an and_ of equals_ on its top-level scalar fields.

// The filter matching `item`; nullopt when it has no scalar field to match on.
std::optional<Value> itemFilter(const Value &item);

// An updateOne setting `field` of `item` to `value`.
Value setFieldQuery(const Value &target, const Value &filter, const std::string &field,
                    const Value &value);
// An add of one item.
Value addItemQuery(const Value &target, const Value &item);
// A deleteOne of `item`.
Value deleteItemQuery(const Value &target, const Value &filter);

// Whether the first item of `collection` matched by `filter` is `item` or equal to it, so that
// an updateOne/deleteOne with that filter acts on it (or on an indistinguishable twin).
bool filterSinglesOut(const Database &state, const Value &target, const Value &filter,
                      const Item *item);

// The target value naming a collection of `state` (its name as a query target).
std::optional<Value> targetOf(const Database &state, const std::string &collectionKey);

} // namespace dtdb::document
