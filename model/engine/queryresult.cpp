#include "queryresult.h"

namespace dtdb {

namespace {

Value optionalString(const std::optional<std::string> &s)
{
    return s ? Value(*s) : Value(nullptr);
}

} // namespace

Value QueryResult::toJson() const
{
    Value items = Value::array();
    for (const ItemPtr &item : result)
        items.push_back(*item);
    Value out = Value::object();
    out["className"] = "QueryResult";
    out["version"] = "6";
    out["isSuccess"] = isSuccess;
    out["target"] = target;
    out["type"] = toString(type);
    out["result"] = std::move(items);
    out["dbLength"] = dbLength;
    out["updateCount"] = updateCount;
    out["hitCount"] = hitCount;
    out["errorMessage"] = optionalString(errorMessage);
    return out;
}

Value TransactionQueryResult::toJson() const
{
    Value list = Value::array();
    for (const QueryResult &r : results)
        list.push_back(r.toJson());
    Value out = Value::object();
    out["className"] = "TransactionQueryResult";
    out["version"] = "3";
    out["isSuccess"] = isSuccess;
    out["results"] = std::move(list);
    out["errorMessage"] = optionalString(errorMessage);
    return out;
}

} // namespace dtdb
