#include "query.h"

#include "errors.h"
#include "jsonfields.h"
#include "pyvalue.h"

#include <array>
#include <string_view>

namespace dtdb {

MergeQueryParams MergeQueryParams::fromJson(const Value &src)
{
    if (!src.is_object()) throw LoadError("mergeQueryParams is not an object");
    MergeQueryParams p;
    p.base = optionalKey(src, "base");
    p.source = optionalKey(src, "source");
    p.relationKey = optionalKey(src, "relationKey");
    p.sourceKeys = optionalKey(src, "sourceKeys");
    p.dslTmp = optionalKey(src, "dslTmp");
    p.output = optionalKey(src, "output");
    p.serialBase = optionalKey(src, "serialBase");
    p.serialKey = optionalKey(src, "serialKey");
    return p;
}

Value MergeQueryParams::toJson() const
{
    Value out = Value::object();
    out["className"] = "MergeQueryParams";
    out["version"] = "1";
    out["base"] = base;
    out["source"] = source;
    out["relationKey"] = relationKey;
    out["sourceKeys"] = sourceKeys;
    out["dslTmp"] = dslTmp;
    out["output"] = output;
    out["serialBase"] = serialBase;
    out["serialKey"] = serialKey;
    return out;
}

Query Query::fromJson(const Value &src)
{
    return fromJson(Value(src));
}

namespace {

// The members Query::fromJson reads, each found once in one pass over the query: looking each
// one up by name compared every member's name about twenty times, for each of 10^6 entries.
enum class QueryMember
{
    MergeQueryParams,
    Target,
    Type,
    AddData,
    OverrideData,
    Template,
    QueryNode,
    SortObj,
    Offset,
    StartAfter,
    EndBefore,
    RenameBefore,
    RenameAfter,
    Limit,
    ReturnData,
    MustAffectAtLeastOne,
    SerialKey,
    ResetSerial,
    Cause,
    Count
};

constexpr std::array<std::string_view, std::size_t(QueryMember::Count)> queryMemberNames{
    "mergeQueryParams", "target",      "type",       "addData",
    "overrideData",     "template",    "queryNode",  "sortObj",
    "offset",           "startAfter",  "endBefore",  "renameBefore",
    "renameAfter",      "limit",       "returnData", "mustAffectAtLeastOne",
    "serialKey",        "resetSerial", "cause"};

class QueryMembers
{
public:
    explicit QueryMembers(Value &src)
    {
        for (auto &[key, value] : src.get_ref<Value::object_t &>())
            for (std::size_t m = 0; m < queryMemberNames.size(); ++m)
                if (key == queryMemberNames[m]) {
                    m_found[m] = &value;
                    break;
                }
    }

    Value *find(QueryMember m) const { return m_found[std::size_t(m)]; }
    // The value moved out (the query is thrown away afterwards), or the fallback.
    Value take(QueryMember m, Value fallback = nullptr) const
    {
        Value *v = find(m);
        return v ? std::move(*v) : std::move(fallback);
    }
    Value &required(QueryMember m) const
    {
        Value *v = find(m);
        if (!v) throw lacksKey("query", queryMemberNames[std::size_t(m)]);
        return *v;
    }

private:
    std::array<Value *, std::size_t(QueryMember::Count)> m_found{};
};

} // namespace

Query Query::fromJson(Value &&src)
{
    if (!src.is_object()) throw LoadError("query is not an object");
    Query q;
    // src is ours: values are moved out of it, not copied.
    const QueryMembers members(src);
    using M = QueryMember;
    if (const Value mqp = members.take(M::MergeQueryParams); !mqp.is_null())
        q.mergeQueryParams = MergeQueryParams::fromJson(mqp);
    q.target = std::move(members.required(M::Target));
    const Value &type = members.required(M::Type);
    const auto t =
        type.is_string() ? queryTypeFromString(type.get_ref<const std::string &>()) : std::nullopt;
    if (!t) throw LoadError("unknown query type " + py::repr(type));
    q.type = *t;
    if (Value *add = members.find(M::AddData)) {
        if (add->is_array()) {
            q.addDataIsList = true;
            q.addItems.reserve(add->size());
            for (const Value &item : *add)
                q.addItems.push_back(Item::pack(item));
        } else {
            q.addData = std::move(*add);
        }
    }
    q.overrideData = members.take(M::OverrideData);
    q.templateData = members.take(M::Template);
    // queryNode, sortObj and cause are parsed only when truthy: {} means absent.
    if (const Value node = members.take(M::QueryNode); py::truthy(node))
        q.queryNode = QueryNode::fromJson(node);
    if (const Value sort = members.take(M::SortObj); py::truthy(sort))
        q.sortObj = Sort::fromJson(sort);
    q.offset = members.take(M::Offset);
    q.startAfter = members.take(M::StartAfter);
    q.endBefore = members.take(M::EndBefore);
    q.renameBefore = members.take(M::RenameBefore);
    q.renameAfter = members.take(M::RenameAfter);
    q.limit = members.take(M::Limit);
    q.returnData = members.take(M::ReturnData, false);
    q.mustAffectAtLeastOne = members.take(M::MustAffectAtLeastOne, true);
    q.serialKey = members.take(M::SerialKey);
    q.resetSerial = members.take(M::ResetSerial, false);
    if (const Value cause = members.take(M::Cause); py::truthy(cause))
        q.cause = Cause::fromJson(cause);
    return q;
}

Value Query::toJson(const py::DateTime &now) const
{
    Value out = Value::object();
    out["className"] = "Query";
    out["version"] = "7";
    out["target"] = target;
    out["type"] = toString(type);
    if (addDataIsList) {
        Value items = Value::array();
        for (const ItemPtr &item : addItems)
            items.push_back(item->toValue());
        out["addData"] = std::move(items);
    } else {
        out["addData"] = addData;
    }
    out["overrideData"] = overrideData;
    out["template"] = templateData;
    out["queryNode"] = queryNode ? queryNode->toJson() : Value(nullptr);
    out["sortObj"] = sortObj ? sortObj->toJson() : Value(nullptr);
    out["offset"] = offset;
    out["startAfter"] = startAfter;
    out["endBefore"] = endBefore;
    out["renameBefore"] = renameBefore;
    out["renameAfter"] = renameAfter;
    out["limit"] = limit;
    out["returnData"] = returnData;
    out["mustAffectAtLeastOne"] = mustAffectAtLeastOne;
    out["serialKey"] = serialKey;
    out["resetSerial"] = resetSerial;
    out["mergeQueryParams"] = mergeQueryParams ? mergeQueryParams->toJson() : Value(nullptr);
    out["cause"] = cause ? cause->toJson(now) : Value(nullptr);
    return out;
}

bool Query::returnsData() const
{
    return py::truthy(returnData);
}

bool Query::mustAffect() const
{
    return py::truthy(mustAffectAtLeastOne);
}

TransactionQuery TransactionQuery::fromJson(const Value &src)
{
    return fromJson(Value(src));
}

TransactionQuery TransactionQuery::fromJson(Value &&src)
{
    if (!src.is_object()) throw LoadError("transaction is not an object");
    const auto queries = src.find("queries");
    if (queries == src.end()) throw LoadError("query lacks 'queries'");
    if (!queries->is_array()) throw LoadError("transaction 'queries' is not a list");
    TransactionQuery t;
    for (Value &q : *queries)
        t.queries.push_back(Query::fromJson(std::move(q)));
    return t;
}

LogEntry parseLogEntry(Value &&v)
{
    if (!v.is_object()) throw LoadError("Unsupported query type");
    const auto cls = v.find("className");
    if (cls != v.end() && *cls == "Query") return Query::fromJson(std::move(v));
    if (cls != v.end() && *cls == "TransactionQuery")
        return TransactionQuery::fromJson(std::move(v));
    throw LoadError("Unsupported query class");
}

Value TransactionQuery::toJson(const py::DateTime &now) const
{
    Value queriesJson = Value::array();
    for (const Query &q : queries)
        queriesJson.push_back(q.toJson(now));
    Value out = Value::object();
    out["className"] = "TransactionQuery";
    out["version"] = "1";
    out["queries"] = std::move(queriesJson);
    return out;
}

LogEntry parseLogEntry(const Value &v)
{
    return parseLogEntry(Value(v));
}

Value toJson(const LogEntry &entry, const py::DateTime &now)
{
    return std::visit([&](const auto &e) { return e.toJson(now); }, entry);
}

const Cause *causeOf(const LogEntry &entry)
{
    if (const auto *q = std::get_if<Query>(&entry)) return q->cause ? &*q->cause : nullptr;
    for (const Query &q : std::get<TransactionQuery>(entry).queries)
        if (q.cause) return &*q.cause;
    return nullptr;
}

} // namespace dtdb
