#include "query.h"

#include "errors.h"
#include "fastjson_p.h"
#include "jsonfields.h"
#include "jsonio_p.h"
#include "pyvalue.h"

#include <array>
#include <optional>
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

// Which of queryMemberNames key is, if any.
std::optional<std::size_t> memberIndex(std::string_view key)
{
    for (std::size_t m = 0; m < queryMemberNames.size(); ++m)
        if (key == queryMemberNames[m]) return m;
    return std::nullopt;
}

// The members of a query held as a Value, found in one pass (the last of a repeated key).
// Values are moved out: the query is thrown away afterwards.
class ValueMembers
{
public:
    explicit ValueMembers(Value &src)
    {
        if (!src.is_object()) throw LoadError("query is not an object");
        for (auto &[key, value] : src.get_ref<Value::object_t &>())
            if (const auto m = memberIndex(key)) m_found[*m] = &value;
    }

    bool has(QueryMember m) const { return m_found[std::size_t(m)] != nullptr; }
    // The value, or the fallback when missing.
    Value take(QueryMember m, Value fallback = nullptr) const
    {
        Value *v = m_found[std::size_t(m)];
        return v ? std::move(*v) : std::move(fallback);
    }
    // addData's items, when it is a list.
    std::optional<std::vector<ItemPtr>> addItems() const
    {
        const Value *add = m_found[std::size_t(QueryMember::AddData)];
        if (!add || !add->is_array()) return std::nullopt;
        std::vector<ItemPtr> items;
        items.reserve(add->size());
        for (const Value &item : *add)
            items.push_back(Item::pack(item));
        return items;
    }
    std::shared_ptr<const QueryNode> queryNode() const
    {
        const Value node = take(QueryMember::QueryNode);
        return py::truthy(node) ? QueryNode::fromJson(node) : nullptr;
    }

private:
    std::array<Value *, std::size_t(QueryMember::Count)> m_found{};
};

// The members of a query in simdjson's document of a log entry, converted one by one: no Value
// of the whole query is built and thrown away. Throws LoadError where it is not sure to read
// what ValueMembers reads (the caller then takes that way, with its exact errors).
class DocumentMembers
{
public:
    explicit DocumentMembers(simdjson::dom::object object)
    {
        for (const simdjson::dom::key_value_pair member : object)
            if (const auto m = memberIndex(member.key)) m_found[*m] = member.value;
    }

    bool has(QueryMember m) const { return m_found[std::size_t(m)].has_value(); }
    Value take(QueryMember m, Value fallback = nullptr) const
    {
        const auto &e = m_found[std::size_t(m)];
        if (!e) return fallback;
        Value v;
        // Members lie one level down in the entry.
        if (!json::detail::convertElement(*e, v, 1)) throw LoadError("too deep to read in place");
        return v;
    }
    std::optional<std::vector<ItemPtr>> addItems() const
    {
        const auto &add = m_found[std::size_t(QueryMember::AddData)];
        simdjson::dom::array list;
        if (!add || add->get_array().get(list)) return std::nullopt;
        // Items lie two levels down; nothing deeper than the conversion allows.
        constexpr std::uint32_t maxNesting = json::detail::kMaxDepth - 3;
        std::vector<ItemPtr> items;
        if (!json::detail::packElements(list, items, maxNesting))
            throw LoadError("an item to read through a Value");
        return items;
    }
    std::shared_ptr<const QueryNode> queryNode() const
    {
        const auto &e = m_found[std::size_t(QueryMember::QueryNode)];
        if (!e) return nullptr;
        // A filter, an object with members (so truthy), is read in place.
        simdjson::dom::object node;
        if (!e->get_object().get(node) && node.begin() != node.end())
            return QueryNode::fromDocument(*e, 1);
        const Value v = take(QueryMember::QueryNode);
        return py::truthy(v) ? QueryNode::fromJson(v) : nullptr;
    }

private:
    std::array<std::optional<simdjson::dom::element>, std::size_t(QueryMember::Count)> m_found{};
};

// Query.from_dict over either source of members, so that both read by one set of rules.
template <typename Members>
Query readQuery(const Members &members, bool withCause)
{
    using M = QueryMember;
    // src[key]: raises when the key is missing.
    const auto required = [&members](M m) {
        if (!members.has(m)) throw lacksKey("query", queryMemberNames[std::size_t(m)]);
        return members.take(m);
    };
    Query q;
    if (const Value mqp = members.take(M::MergeQueryParams); !mqp.is_null())
        q.mergeQueryParams = MergeQueryParams::fromJson(mqp);
    q.target = required(M::Target);
    const Value type = required(M::Type);
    const auto t =
        type.is_string() ? queryTypeFromString(type.get_ref<const std::string &>()) : std::nullopt;
    if (!t) throw LoadError("unknown query type " + py::repr(type));
    q.type = *t;
    if (std::optional<std::vector<ItemPtr>> items = members.addItems()) {
        q.addDataIsList = true;
        q.addItems = std::move(*items);
    } else {
        q.addData = members.take(M::AddData);
    }
    q.overrideData = members.take(M::OverrideData);
    q.templateData = members.take(M::Template);
    // queryNode, sortObj and cause are parsed only when truthy: {} means absent.
    q.queryNode = members.queryNode();
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
    if (withCause)
        if (const Value cause = members.take(M::Cause); py::truthy(cause))
            q.cause = Cause::fromJson(cause);
    return q;
}

} // namespace

Query Query::fromJson(Value &&src)
{
    return readQuery(ValueMembers(src), true);
}

Query Query::fromDocument(simdjson::dom::object object)
{
    return readQuery(DocumentMembers(object), false);
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
