#pragma once

#include "cause.h"
#include "enums.h"
#include "item.h"
#include "querynode.h"
#include "sort.h"
#include "value.h"

#include <memory>
#include <optional>
#include <variant>
#include <vector>

namespace simdjson::dom {
class object;
}

namespace dtdb {

// Parameters of a merge query (spec §2.3). The reference validates nothing at load time, so
// every field is kept exactly as written.
struct MergeQueryParams
{
    Value base, source, relationKey, sourceKeys, dslTmp, output, serialBase, serialKey;

    static MergeQueryParams fromJson(const Value &v); // throws LoadError if not an object
    Value toJson() const;
};

// One Query (spec §2.1). Fields that the reference evaluates with truthiness or uses verbatim
// are kept as raw values, so that a quirky log entry replays exactly as it did there.
struct Query
{
    Value target;
    QueryType type = QueryType::Count;
    // addData: when it is a list (the normal case) its items are kept as shared immutable
    // items, so that storing them costs a pointer copy; anything else is kept as written.
    bool addDataIsList = false;
    std::vector<ItemPtr> addItems;
    Value addData;
    Value overrideData;
    Value templateData;
    std::shared_ptr<const QueryNode> queryNode; // null when absent or falsy
    std::shared_ptr<const Sort> sortObj;        // null when absent or falsy
    Value offset, startAfter, endBefore, renameBefore, renameAfter, limit;
    Value returnData = false;
    Value mustAffectAtLeastOne = true;
    Value serialKey;
    Value resetSerial = false;
    std::optional<MergeQueryParams> mergeQueryParams;
    std::optional<Cause> cause;

    // Query.from_dict. Throws LoadError with the reason when the reference could not load it.
    static Query fromJson(const Value &v);
    static Query fromJson(Value &&v); // moves addData items out of v
    // fromJson straight from simdjson's document of a log entry, without its cause (indexing
    // reads a summary of it). Throws LoadError for anything it is not sure reads as fromJson
    // would: the caller then takes the way through a Value, with its exact errors.
    static Query fromDocument(simdjson::dom::object object);
    // Query.to_dict (all 21 keys, in the reference's order).
    Value toJson(const py::DateTime &now = utcNow()) const;

    bool returnsData() const;
    bool mustAffect() const;
};

struct TransactionQuery
{
    std::vector<Query> queries;

    static TransactionQuery fromJson(const Value &v); // throws LoadError
    static TransactionQuery fromJson(Value &&v);      // moves addData items out of v
    Value toJson(const py::DateTime &now = utcNow()) const;
};

// One log entry: what execute_query_object accepts.
using LogEntry = std::variant<Query, TransactionQuery>;

// Dispatches on the top-level className as execute_query_object does. Throws LoadError
// ("Unsupported query class", or the parse failure).
LogEntry parseLogEntry(const Value &v);
LogEntry parseLogEntry(Value &&v);
Value toJson(const LogEntry &entry, const py::DateTime &now = utcNow());

// The Cause of an entry: the query's own, or for a transaction the first inner query's.
const Cause *causeOf(const LogEntry &entry);

} // namespace dtdb
