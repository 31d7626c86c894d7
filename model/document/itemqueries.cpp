#include "itemqueries.h"

namespace dtdb::document {

namespace {

Value baseQuery(const Value &target, const char *type)
{
    Value q = Value::object();
    q["className"] = "Query";
    q["version"] = "7";
    q["target"] = target;
    q["type"] = type;
    return q;
}

} // namespace

std::optional<Value> itemFilter(const Value &item)
{
    if (!item.is_object()) return std::nullopt;
    Value conditions = Value::array();
    for (const auto &[key, value] : item.items()) {
        // equals_ compares scalars; nested values and null cannot be matched by it.
        if (!value.is_string() && !value.is_number() && !value.is_boolean()) continue;
        conditions.push_back(Value{{"type", "equals_"},
                                   {"field", key},
                                   {"value", value},
                                   {"vType", "auto_"},
                                   {"version", "2"}});
    }
    if (conditions.empty()) return std::nullopt;
    if (conditions.size() == 1) return conditions.front();
    return Value{{"type", "and_"}, {"conditions", std::move(conditions)}, {"version", "1"}};
}

Value setFieldQuery(const Value &target, const Value &filter, const std::string &field,
                    const Value &value)
{
    Value q = baseQuery(target, "updateOne");
    q["queryNode"] = filter;
    q["overrideData"] = Value{{field, value}};
    q["returnData"] = false;
    q["mustAffectAtLeastOne"] = true;
    return q;
}

Value addItemQuery(const Value &target, const Value &item)
{
    Value q = baseQuery(target, "add");
    q["addData"] = Value::array({item});
    q["returnData"] = false;
    q["mustAffectAtLeastOne"] = true;
    return q;
}

Value deleteItemQuery(const Value &target, const Value &filter)
{
    Value q = baseQuery(target, "deleteOne");
    q["queryNode"] = filter;
    q["returnData"] = false;
    q["mustAffectAtLeastOne"] = true;
    return q;
}

bool filterSinglesOut(const Database &state, const Value &target, const Value &filter,
                      const Item *item)
{
    Database probe = state; // copy-on-write: the search below changes nothing shared
    Value search = baseQuery(target, "searchOne");
    search["queryNode"] = filter;
    search["returnData"] = true;
    Change change;
    const ExecutionResult r = probe.execute(parseLogEntry(search), {}, &change);
    if (!r.isSuccess() || r.query.result.empty()) return false;
    const ItemPtr &first = r.query.result.front();
    return first.get() == item || first->toValue() == item->toValue();
}

std::optional<Value> targetOf(const Database &state, const std::string &collectionKey)
{
    for (const Database::Slot &slot : state.slots()) {
        if (slot.key != collectionKey) continue;
        const Value target = slot.name;
        if (dtdb::collectionKey(target) == collectionKey) return target;
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace dtdb::document
