#pragma once

#include "enums.h"
#include "fieldpath.h"
#include "pydatetime.h"
#include "pyregex.h"
#include "value.h"

#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

namespace simdjson::dom {
class element;
}

namespace dtdb {

// One node of a query filter (spec §5). Nodes carry no className; they are keyed by "type".
class QueryNode
{
public:
    enum class Kind
    {
        And,
        Or,
        Not,
        Equals,
        NotEquals,
        GreaterThan,
        LessThan,
        GreaterThanOrEqual,
        LessThanOrEqual,
        Regex,
        Contains,
        In,
        NotIn,
        StartsWith,
        EndsWith,
    };

    // Parses a node as QueryNode.from_dict does. Throws LoadError for anything the reference
    // refuses at load time (unknown type, missing keys, unparsable datetime value, ...).
    static std::shared_ptr<const QueryNode> fromJson(const Value &v);
    // fromJson straight from simdjson's document of an entry, for a node `depth` containers
    // deep in it. Throws LoadError for anything it is not sure reads as fromJson would read
    // its Value, not only for what fromJson refuses: the caller then takes the way through a
    // Value, with its exact error messages.
    static std::shared_ptr<const QueryNode> fromDocument(simdjson::dom::element e,
                                                         std::size_t depth);

    // The node as the reference's to_dict writes it (key order of spec §5).
    Value toJson() const;

    // Evaluates the node against one item. Throws PyError where the reference raises out of
    // evaluate (invalid regex, non-string startsWith_ value, non-string field path, ...).
    bool evaluate(const Value &item) const;
    bool evaluate(const Item &item) const;

    // True when evaluate() can raise for some item. A node that cannot raise matches the same
    // set of items whatever order they are visited in, which is what lets an index narrow the
    // candidates without changing the result.
    bool canRaise() const;

    Kind kind() const { return m_kind; }
    const FieldPath &field() const { return m_field; }
    ValueType valueType() const { return m_valueType; }
    const Value &value() const { return m_value; }
    const std::vector<Value> &values() const { return m_values; }
    const std::vector<std::shared_ptr<const QueryNode>> &children() const { return m_children; }

private:
    template <typename Source>
    static std::shared_ptr<const QueryNode> read(const Source &src);
    template <typename Source>
    bool evaluateOn(const Source &item) const;
    // A comparison, regex_, contains_, in_ or startsWith_ node on the item's field (null when
    // missing or null).
    bool evaluateLeaf(const Value *field) const;
    bool evaluateComparison(const Value *field) const;
    bool evaluateOrdering(const Value &field) const;

    Kind m_kind = Kind::And;
    FieldPath m_field;
    ValueType m_valueType = ValueType::Auto;
    Value m_value; // comparison value, contains_/startsWith_ value, regex pattern
    std::optional<py::DateTime> m_dateValue; // the parsed value for datetime_
    std::vector<Value> m_values;             // in_ / notIn_
    std::vector<std::shared_ptr<const QueryNode>> m_children;
    // regex_: the pattern compiled once at load when it is valid (an invalid one raises only
    // when evaluated, as in the reference).
    std::shared_ptr<const py::Regex> m_regex;
};

} // namespace dtdb
