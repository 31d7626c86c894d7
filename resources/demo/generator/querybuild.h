#pragma once

// Builders for the JSON of queries, filter nodes and sorts, in the key order the Python
// reference's to_dict writes (spec §2, §5, §6).

#include "value.h"

#include <string>
#include <vector>

namespace demo {

using dtdb::Value;

// A Query as the shop's client sends it: className, version, target and type; other keys are
// added only when used (the reference applies the defaults of spec §2.1 to missing ones).
Value makeQuery(const std::string &target, const std::string &type);
// The query's keys in the reference's to_dict order (keys added later are moved into place).
Value inKeyOrder(const Value &query);
Value makeTransaction(std::vector<Value> queries);

// Comparison nodes: equals_, notEquals_, greaterThan_, lessThan_, greaterThanOrEqual_,
// lessThanOrEqual_.
Value compare(const std::string &type, const std::string &field, Value value,
              const std::string &vType = "auto_");
inline Value equals(const std::string &field, Value value, const std::string &vType = "auto_")
{
    return compare("equals_", field, std::move(value), vType);
}
Value allOf(std::vector<Value> conditions);
Value anyOf(std::vector<Value> conditions);
Value negate(Value condition);
Value inList(const std::string &field, Value values);
Value regex(const std::string &field, const std::string &pattern);
Value contains(const std::string &field, Value value);
Value startsWith(const std::string &field, const std::string &value);

Value singleSort(const std::string &field, bool reversed = false,
                 const std::string &vType = "auto_");
Value multiSort(std::vector<Value> orders);

} // namespace demo
