#include "queryresult.h"

#include "jsonio.h"

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
        items.push_back(item->toValue());
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

namespace {

void writeMessage(std::string &out, const std::optional<std::string> &message)
{
    if (message)
        json::writeString(out, *message);
    else
        out += "null";
}

} // namespace

void QueryResult::write(std::string &out) const
{
    out += R"({"className":"QueryResult","version":"6","isSuccess":)";
    out += isSuccess ? "true" : "false";
    out += R"(,"target":)";
    json::write(out, target);
    out += R"(,"type":")";
    out += toString(type);
    out += R"(","result":[)";
    for (std::size_t i = 0; i < result.size(); ++i) {
        if (i > 0) out += ',';
        result[i]->write(out, json::Style::Compact);
    }
    out += R"(],"dbLength":)";
    out += std::to_string(dbLength);
    out += R"(,"updateCount":)";
    out += std::to_string(updateCount);
    out += R"(,"hitCount":)";
    out += std::to_string(hitCount);
    out += R"(,"errorMessage":)";
    writeMessage(out, errorMessage);
    out += '}';
}

void TransactionQueryResult::write(std::string &out) const
{
    out += R"({"className":"TransactionQueryResult","version":"3","isSuccess":)";
    out += isSuccess ? "true" : "false";
    out += R"(,"results":[)";
    for (std::size_t i = 0; i < results.size(); ++i) {
        if (i > 0) out += ',';
        results[i].write(out);
    }
    out += R"(],"errorMessage":)";
    writeMessage(out, errorMessage);
    out += '}';
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
