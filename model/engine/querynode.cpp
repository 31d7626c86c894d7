#include "querynode.h"

#include "errors.h"
#include "fastjson_p.h"
#include "jsonfields.h"
#include "jsonio_p.h"
#include "pyregex.h"
#include "pysequence.h"
#include "pystring.h"
#include "pyvalue.h"

#include <array>
#include <cmath>
#include <type_traits>

namespace dtdb {

namespace {

using Kind = QueryNode::Kind;

constexpr std::array<std::string_view, 15> kindNames = {"and_",
                                                        "or_",
                                                        "not_",
                                                        "equals_",
                                                        "notEquals_",
                                                        "greaterThan_",
                                                        "lessThan_",
                                                        "greaterThanOrEqual_",
                                                        "lessThanOrEqual_",
                                                        "regex_",
                                                        "contains_",
                                                        "in_",
                                                        "notIn_",
                                                        "startsWith_",
                                                        "endsWith_"};

std::string_view kindName(Kind k)
{
    return kindNames[static_cast<std::size_t>(k)];
}

bool isComparison(Kind k)
{
    return k >= Kind::Equals && k <= Kind::LessThanOrEqual;
}

bool isOrdering(Kind k)
{
    return k >= Kind::GreaterThan && k <= Kind::LessThanOrEqual;
}

// a OP b for the six comparison kinds.
template <typename T>
bool compareAs(Kind k, const T &a, const T &b)
{
    switch (k) {
    case Kind::Equals:
        return a == b;
    case Kind::NotEquals:
        return a != b;
    case Kind::GreaterThan:
        return a > b;
    case Kind::LessThan:
        return a < b;
    case Kind::GreaterThanOrEqual:
        return a >= b;
    default:
        return a <= b;
    }
}

std::string versionOf(Kind k)
{
    return (isComparison(k) || k == Kind::NotIn) ? "2" : "1";
}

// Where a node is read from: a Value, or simdjson's document of a log entry (indexing reads
// 10^6 entries, and building a Value of each node first cost a quarter of reading them).
// Both give what QueryNode::read needs: members by name (as Values, or as strings for the type
// names), and the conditions.
class ValueSource
{
public:
    explicit ValueSource(const Value &v) : m_value(v) {}

    bool isObject() const { return m_value.is_object(); }
    const Value &required(const char *key) const { return requiredKey(m_value, key, "query node"); }
    ValueSource requiredSource(const char *key) const { return ValueSource(required(key)); }
    // The member when it is a string.
    std::optional<std::string_view> text(const char *key) const
    {
        const Value &v = required(key);
        if (!v.is_string()) return std::nullopt;
        return v.get_ref<const std::string &>();
    }
    // Python's iteration of `conditions`; each element becomes a child node.
    std::vector<ValueSource> conditions(const char *key) const
    {
        const Value &list = required(key);
        std::vector<ValueSource> out;
        if (list.is_array()) {
            for (const Value &element : list)
                out.emplace_back(element);
            return out;
        }
        // A dict iterates over its keys and a str over its characters: strings, which are no
        // conditions. Anything else does not iterate.
        const auto length = py::length(list);
        if (!length) throw LoadError("query node 'conditions' is not a list");
        if (*length > 0) throw LoadError("query node condition is not an object");
        return out;
    }

private:
    const Value &m_value;
};

namespace dom = simdjson::dom;

// The document of an entry is only read where it is sure to read as the Value would: an
// object with a repeated key (the last value wins, as it does in the Value) or anything that
// is not an object where one is needed throws, and the caller reads the entry the full way.
class DocumentSource
{
public:
    DocumentSource(dom::element e, std::size_t depth) : m_element(e), m_depth(depth)
    {
        // The Value's conversion refuses documents nested this deep.
        if (m_depth + 2 >= json::detail::kMaxDepth) throw LoadError("nested too deep");
    }

    bool isObject() const { return m_element.is_object(); }
    Value required(const char *key) const
    {
        Value v;
        if (!json::detail::convertElement(member(key), v, m_depth + 1))
            throw LoadError("nested too deep");
        return v;
    }
    std::optional<std::string_view> text(const char *key) const
    {
        std::string_view s;
        if (member(key).get_string().get(s)) return std::nullopt;
        return s;
    }
    DocumentSource requiredSource(const char *key) const
    {
        return DocumentSource(member(key), m_depth + 1);
    }
    std::vector<DocumentSource> conditions(const char *key) const
    {
        dom::array list;
        if (member(key).get_array().get(list)) throw LoadError("conditions is not an array");
        std::vector<DocumentSource> out;
        for (const dom::element element : list)
            out.emplace_back(element, m_depth + 2);
        return out;
    }

private:
    dom::element member(const char *key) const
    {
        dom::object object;
        if (m_element.get_object().get(object)) throw LoadError("query node is not an object");
        const auto found = json::detail::lastMember(object, key);
        if (!found) throw LoadError("query node lacks a member");
        return *found;
    }

    dom::element m_element;
    std::size_t m_depth;
};

} // namespace

std::shared_ptr<const QueryNode> QueryNode::fromJson(const Value &src)
{
    return read(ValueSource(src));
}

std::shared_ptr<const QueryNode> QueryNode::fromDocument(simdjson::dom::element e,
                                                         std::size_t depth)
{
    return read(DocumentSource(e, depth));
}

template <typename Source>
std::shared_ptr<const QueryNode> QueryNode::read(const Source &src)
{
    if (!src.isObject()) throw LoadError("query node is not an object");
    const std::optional<std::string_view> type = src.text("type");
    std::optional<Kind> kind;
    if (type)
        for (std::size_t i = 0; i < kindNames.size(); ++i)
            if (kindNames[i] == *type) kind = static_cast<Kind>(i);
    if (!kind) throw LoadError("unknown query node type " + py::repr(src.required("type")));

    // The reference passes each child through dict(e); only objects survive that in practice.
    const auto child = [](const Source &c) {
        if (!c.isObject()) throw LoadError("query node condition is not an object");
        return read(c);
    };
    auto node = std::make_shared<QueryNode>();
    node->m_kind = *kind;
    switch (*kind) {
    case Kind::And:
    case Kind::Or:
        for (const Source &c : src.conditions("conditions"))
            node->m_children.push_back(child(c));
        break;
    case Kind::Not:
        node->m_children.push_back(child(src.requiredSource("condition")));
        break;
    case Kind::Equals:
    case Kind::NotEquals:
    case Kind::GreaterThan:
    case Kind::LessThan:
    case Kind::GreaterThanOrEqual:
    case Kind::LessThanOrEqual: {
        const std::optional<std::string_view> vType = src.text("vType");
        const auto valueType = vType ? valueTypeFromString(*vType) : std::nullopt;
        if (!valueType) throw LoadError("unknown vType " + py::repr(src.required("vType")));
        node->m_valueType = *valueType;
        node->m_value = src.required("value");
        if (*valueType == ValueType::DateTime) {
            if (!node->m_value.is_string()) throw LoadError("datetime_ value is not a string");
            node->m_dateValue = py::parseIsoDateTime(node->m_value.get_ref<const std::string &>());
            if (!node->m_dateValue)
                throw LoadError("Invalid isoformat string: " + py::repr(node->m_value));
        }
        node->m_field = FieldPath(src.required("field"));
        break;
    }
    case Kind::Regex:
        node->m_field = FieldPath(src.required("field"));
        node->m_value = src.required("pattern");
        if (node->m_value.is_string()) {
            try {
                node->m_regex = py::Regex::compile(node->m_value.get_ref<const std::string &>());
            } catch (const PyError &) {
                // raised again when the node is evaluated against a value
            }
        }
        break;
    case Kind::Contains:
    case Kind::StartsWith:
    case Kind::EndsWith:
        node->m_field = FieldPath(src.required("field"));
        node->m_value = src.required("value");
        break;
    case Kind::In:
    case Kind::NotIn: {
        node->m_field = FieldPath(src.required("field"));
        auto values = py::iterate(src.required("values"));
        if (!values) throw LoadError("'values' is not iterable");
        node->m_values = std::move(*values);
        break;
    }
    }
    return node;
}

Value QueryNode::toJson() const
{
    Value out = Value::object();
    out["type"] = kindName(m_kind);
    switch (m_kind) {
    case Kind::And:
    case Kind::Or: {
        Value conditions = Value::array();
        for (const auto &c : m_children)
            conditions.push_back(c->toJson());
        out["conditions"] = std::move(conditions);
        break;
    }
    case Kind::Not:
        out["condition"] = m_children.front()->toJson();
        break;
    case Kind::Equals:
    case Kind::NotEquals:
    case Kind::GreaterThan:
    case Kind::LessThan:
    case Kind::GreaterThanOrEqual:
    case Kind::LessThanOrEqual:
        out["field"] = m_field.raw();
        out["value"] = m_dateValue ? Value(py::isoformat(*m_dateValue)) : m_value;
        out["vType"] = toString(m_valueType);
        break;
    case Kind::Regex:
        out["field"] = m_field.raw();
        out["pattern"] = m_value;
        break;
    case Kind::Contains:
    case Kind::StartsWith:
    case Kind::EndsWith:
        out["field"] = m_field.raw();
        out["value"] = m_value;
        break;
    case Kind::In:
    case Kind::NotIn:
        out["field"] = m_field.raw();
        out["values"] = Value(m_values);
        break;
    }
    out["version"] = versionOf(m_kind);
    return out;
}

bool QueryNode::canRaise() const
{
    switch (m_kind) {
    case Kind::And:
    case Kind::Or:
    case Kind::Not:
        for (const auto &c : m_children)
            if (c->canRaise()) return true;
        return false;
    case Kind::Regex:
        return !m_field.valid() || !m_regex;
    case Kind::StartsWith:
    case Kind::EndsWith:
        return !m_field.valid() || !m_value.is_string();
    default:
        return !m_field.valid();
    }
}

bool QueryNode::evaluate(const Value &item) const
{
    return evaluateOn(item);
}

bool QueryNode::evaluate(const Item &item) const
{
    return evaluateOn(item);
}

template <typename Source>
bool QueryNode::evaluateOn(const Source &item) const
{
    switch (m_kind) {
    case Kind::And:
        for (const auto &c : m_children)
            if (!c->evaluateOn(item)) return false;
        return true;
    case Kind::Or:
        for (const auto &c : m_children)
            if (c->evaluateOn(item)) return true;
        return false;
    case Kind::Not:
        return !m_children.front()->evaluateOn(item);
    default:
        break;
    }
    if constexpr (std::is_same_v<Source, Item>) {
        // String tests on a string field read it in place (a search over a whole collection
        // would otherwise copy every item's string); anything else is decoded below.
        const bool affix =
            (m_kind == Kind::StartsWith || m_kind == Kind::EndsWith) && m_value.is_string();
        if (affix || (m_kind == Kind::Regex && m_regex)) {
            const std::optional<PackedValue> f = m_field.find(item);
            if (!f) return false;
            if (f->isString()) {
                const std::string_view s = f->asString();
                if (m_kind == Kind::Regex) return m_regex->search(s);
                const std::string &a = m_value.get_ref<const std::string &>();
                return m_kind == Kind::StartsWith ? s.starts_with(a) : s.ends_with(a);
            }
        }
    }
    // A field of a Value is found in place; one of a packed item is decoded (a scalar, usually).
    const auto resolved = m_field.resolve(item);
    if constexpr (std::is_pointer_v<decltype(resolved)>)
        return evaluateLeaf(resolved);
    else
        return evaluateLeaf(resolved ? &*resolved : nullptr);
}

bool QueryNode::evaluateLeaf(const Value *f) const
{
    switch (m_kind) {
    case Kind::And:
    case Kind::Or:
    case Kind::Not:
        return false; // handled by evaluateOn
    case Kind::Equals:
    case Kind::NotEquals:
    case Kind::GreaterThan:
    case Kind::LessThan:
    case Kind::GreaterThanOrEqual:
    case Kind::LessThanOrEqual:
        return evaluateComparison(f);
    case Kind::Regex: {
        if (!f) return false;
        if (!m_value.is_string())
            throw PyTypeError("first argument must be string or compiled pattern");
        const auto regex =
            m_regex ? m_regex : py::Regex::compile(m_value.get_ref<const std::string &>());
        if (f->is_string()) return regex->search(f->get_ref<const std::string &>());
        return regex->search(py::str(*f));
    }
    case Kind::Contains: {
        if (!f) return false;
        if (f->is_array()) {
            for (const Value &e : *f)
                if (py::equals(e, m_value)) return true;
            return false;
        }
        if (f->is_string() && m_value.is_string())
            return f->get_ref<const std::string &>().find(m_value.get_ref<const std::string &>()) !=
                   std::string::npos;
        return false;
    }
    case Kind::In:
    case Kind::NotIn: {
        const Value &v = f ? *f : nullValue();
        bool found = false;
        for (const Value &candidate : m_values)
            if (py::equals(v, candidate)) {
                found = true;
                break;
            }
        return m_kind == Kind::In ? found : !found;
    }
    case Kind::StartsWith:
    case Kind::EndsWith: {
        if (!f) return false;
        if (!m_value.is_string())
            throw PyTypeError("startswith first arg must be str or a tuple of str");
        const std::string &affix = m_value.get_ref<const std::string &>();
        const auto test = [&](std::string_view s) {
            return m_kind == Kind::StartsWith ? s.starts_with(affix) : s.ends_with(affix);
        };
        return f->is_string() ? test(f->get_ref<const std::string &>()) : test(py::str(*f));
    }
    }
    return false;
}

// Comparison nodes: any error while converting or comparing makes the node false (the
// reference wraps the comparison in try/except), including for notEquals_.
bool QueryNode::evaluateComparison(const Value *field) const
{
    if (isOrdering(m_kind) && (!field || m_value.is_null())) return false;
    const Value &f = field ? *field : nullValue();
    const bool negate = m_kind == Kind::NotEquals;
    try {
        switch (m_valueType) {
        case ValueType::Auto:
            if (isOrdering(m_kind)) return evaluateOrdering(f);
            return py::equals(f, m_value) != negate;
        case ValueType::DateTime: {
            const auto dt = py::parseIsoDateTime(py::str(f));
            if (!dt) return false;
            if (!isOrdering(m_kind)) return py::equals(*dt, *m_dateValue) != negate;
            const auto c = py::compare(*dt, *m_dateValue);
            switch (m_kind) {
            case Kind::GreaterThan:
                return c > 0;
            case Kind::LessThan:
                return c < 0;
            case Kind::GreaterThanOrEqual:
                return !(c < 0);
            default:
                return !(c > 0);
            }
        }
        case ValueType::Int: {
            const auto a = py::parseInt(py::str(f));
            const auto b = py::toInt(m_value);
            return a && b && compareAs(m_kind, *a, *b);
        }
        case ValueType::FloatStrict: {
            const auto a = py::parseFloat(py::str(f));
            const auto b = py::toFloat(m_value);
            return a && b && compareAs(m_kind, *a, *b);
        }
        case ValueType::FloatEpsilon12: {
            const auto a = py::parseFloat(py::str(f));
            const auto b = py::toFloat(m_value);
            if (!a || !b) return false;
            constexpr double eps = 1e-12;
            switch (m_kind) {
            case Kind::Equals:
                return std::abs(*a - *b) < eps;
            case Kind::NotEquals:
                return std::abs(*a - *b) >= eps;
            case Kind::GreaterThan:
                return *a - *b > eps;
            case Kind::LessThan:
                return *b - *a > eps;
            case Kind::GreaterThanOrEqual:
                return *a - *b >= -eps;
            default:
                return *b - *a >= -eps;
            }
        }
        case ValueType::Boolean:
            if (isOrdering(m_kind)) return false;
            return (py::lower(py::str(f)) == py::lower(py::str(m_value))) != negate;
        case ValueType::String:
            return compareAs(m_kind, py::str(f), py::str(m_value));
        }
    } catch (const PyError &) {
        return false;
    }
    return false;
}

bool QueryNode::evaluateOrdering(const Value &f) const
{
    const std::partial_ordering c = py::compare(f, m_value);
    switch (m_kind) {
    case Kind::GreaterThan:
        return c == std::partial_ordering::greater;
    case Kind::LessThan:
        return c == std::partial_ordering::less;
    case Kind::GreaterThanOrEqual:
        return c == std::partial_ordering::greater || c == std::partial_ordering::equivalent;
    default:
        return c == std::partial_ordering::less || c == std::partial_ordering::equivalent;
    }
}

} // namespace dtdb
