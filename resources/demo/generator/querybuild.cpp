#include "querybuild.h"

namespace demo {

Value makeQuery(const std::string &target, const std::string &type)
{
    Value q = Value::object();
    q["className"] = "Query";
    q["version"] = "7";
    q["target"] = target;
    q["type"] = type;
    return q;
}

Value inKeyOrder(const Value &query)
{
    static const char *const keys[] = {"className",
                                       "version",
                                       "target",
                                       "type",
                                       "addData",
                                       "overrideData",
                                       "template",
                                       "queryNode",
                                       "sortObj",
                                       "offset",
                                       "startAfter",
                                       "endBefore",
                                       "renameBefore",
                                       "renameAfter",
                                       "limit",
                                       "returnData",
                                       "mustAffectAtLeastOne",
                                       "serialKey",
                                       "resetSerial",
                                       "mergeQueryParams",
                                       "cause"};
    Value out = Value::object();
    for (const char *key : keys)
        if (query.contains(key)) out[key] = query[key];
    return out;
}

Value makeTransaction(std::vector<Value> queries)
{
    Value t = Value::object();
    t["className"] = "TransactionQuery";
    t["version"] = "1";
    t["queries"] = Value::array();
    for (Value &q : queries)
        t["queries"].push_back(std::move(q));
    return t;
}

Value compare(const std::string &type, const std::string &field, Value value,
              const std::string &vType)
{
    Value n = Value::object();
    n["type"] = type;
    n["field"] = field;
    n["value"] = std::move(value);
    n["vType"] = vType;
    n["version"] = "2";
    return n;
}

namespace {

Value logical(const char *type, std::vector<Value> conditions)
{
    Value n = Value::object();
    n["type"] = type;
    n["conditions"] = Value::array();
    for (Value &c : conditions)
        n["conditions"].push_back(std::move(c));
    n["version"] = "1";
    return n;
}

Value fieldNode(const char *type, const std::string &field, const char *valueKey, Value value)
{
    Value n = Value::object();
    n["type"] = type;
    n["field"] = field;
    n[valueKey] = std::move(value);
    n["version"] = "1";
    return n;
}

} // namespace

Value allOf(std::vector<Value> conditions)
{
    return logical("and_", std::move(conditions));
}

Value anyOf(std::vector<Value> conditions)
{
    return logical("or_", std::move(conditions));
}

Value negate(Value condition)
{
    Value n = Value::object();
    n["type"] = "not_";
    n["condition"] = std::move(condition);
    n["version"] = "1";
    return n;
}

Value inList(const std::string &field, Value values)
{
    return fieldNode("in_", field, "values", std::move(values));
}

Value regex(const std::string &field, const std::string &pattern)
{
    return fieldNode("regex_", field, "pattern", pattern);
}

Value contains(const std::string &field, Value value)
{
    return fieldNode("contains_", field, "value", std::move(value));
}

Value startsWith(const std::string &field, const std::string &value)
{
    return fieldNode("startsWith_", field, "value", value);
}

Value singleSort(const std::string &field, bool reversed, const std::string &vType)
{
    Value s = Value::object();
    s["className"] = "SingleSort";
    s["version"] = "5";
    s["field"] = field;
    s["reversed"] = reversed;
    s["vType"] = vType;
    return s;
}

Value multiSort(std::vector<Value> orders)
{
    Value s = Value::object();
    s["className"] = "MultiSort";
    s["version"] = "1";
    s["sortOrders"] = Value::array();
    for (Value &o : orders)
        s["sortOrders"].push_back(std::move(o));
    return s;
}

} // namespace demo
