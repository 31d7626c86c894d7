#include "database.h"
#include "errors.h"
#include "mergedsl.h"
#include "operations_p.h"
#include "pysequence.h"
#include "pyvalue.h"

namespace dtdb {

namespace {

const char *const ArgumentError = "execute_query ArgumentError";
const char *const UnexpectedError = "execute_query Unexpected Error";
const char *const MustAffectError = "No data matched the condition (mustAffectAtLeastOne=True)";

bool isRead(QueryType t)
{
    return !isWriteType(t);
}

bool canRead(const PermissionMap &perms, const Value &name)
{
    if (!name.is_string()) return false;
    const Permission *p = findPermission(perms, name.get<std::string>());
    return p && (p->allowsType(QueryType::Search) || p->allowsType(QueryType::SearchOne));
}

// UtilQuery.check_permissions. Raises PyValueError for a merge without parameters.
bool permitted(const Query &q, const PermissionMap *perms)
{
    if (!perms) return true;
    if (q.type == QueryType::Merge) {
        if (!q.mergeQueryParams) throw PyValueError("The merge query must have MergeQueryParams.");
        const MergeQueryParams &m = *q.mergeQueryParams;
        if (!canRead(*perms, m.base)) return false;
        const auto sources = py::iterate(m.source);
        if (!sources) throw PyTypeError("'NoneType' object is not iterable");
        for (const Value &s : *sources)
            if (!canRead(*perms, s)) return false;
        if (!m.serialBase.is_null() && !canRead(*perms, m.serialBase)) return false;
        if (!m.output.is_string()) return false;
        const Permission *p = findPermission(*perms, m.output.get<std::string>());
        return p && p->allowsType(QueryType::Merge);
    }
    if (q.target.is_array() || q.target.is_object()) throw PyTypeError("unhashable type");
    if (!q.target.is_string()) return false;
    const Permission *p = findPermission(*perms, q.target.get<std::string>());
    return p && p->allowsType(q.type);
}

std::string requireKey(const Value &name)
{
    const auto key = collectionKey(name);
    if (!key) throw PyTypeError("unhashable type");
    return *key;
}

QueryResult mergeFailure(const Query &q, const char *message)
{
    return ops::makeFailure(q, 0, message);
}

} // namespace

const std::vector<std::string> &readFailureMessages()
{
    static const std::vector<std::string> messages{ArgumentError, UnexpectedError};
    return messages;
}

namespace ops {

// _execute_merge_query (spec §3.17).
QueryResult merge(Database &db, const Query &q, Change &change)
{
    if (!q.mergeQueryParams) return mergeFailure(q, "Argument error");
    const MergeQueryParams &m = *q.mergeQueryParams;
    if (!db.find(requireKey(m.base))) return mergeFailure(q, "Base collection does not exist.");
    if (py::truthy(m.source)) {
        const auto names = py::iterate(m.source);
        if (!names) throw PyTypeError("source is not iterable");
        for (const Value &name : *names)
            if (!db.find(requireKey(name)))
                return mergeFailure(q, "Source collection does not exist.");
    }
    if (!m.serialBase.is_null() && !db.find(requireKey(m.serialBase)))
        return mergeFailure(q, "Serial base collection does not exist.");
    const auto sourceCount = py::length(m.source);
    const auto keyCount = py::length(m.sourceKeys);
    if (!sourceCount || !keyCount) throw PyTypeError("object has no len()");
    if (*sourceCount != *keyCount)
        return mergeFailure(q, "The relationKey or relationKeys setting is invalid.");
    const std::string outputKey = requireKey(m.output);
    if (db.find(outputKey)) return mergeFailure(q, "The output collection already exists.");

    const std::size_t mark = change.ops.size();
    try {
        const Collection &baseCollection = *db.find(requireKey(m.base));
        if (!baseCollection.hasValidData()) throw PyTypeError("base data is not a list");
        const std::vector<Value> sourceNames = *py::iterate(m.source);
        const std::vector<Value> sourceKeys = *py::iterate(m.sourceKeys);
        std::vector<std::vector<ItemPtr>> sources;
        for (const Value &name : sourceNames)
            sources.push_back(db.find(requireKey(name))->items().toVector());

        std::vector<Value> rows;
        baseCollection.items().forEach([&](const StoredItem &s) {
            const Value base = s.item->toValue();
            std::vector<Value> matched;
            for (std::size_t i = 0; i < sources.size(); ++i)
                matched.push_back(dsl::matchSource(base, sources[i], m.relationKey, sourceKeys[i]));
            rows.push_back(dsl::evaluate(m.dslTmp, base, matched));
            return true;
        });

        const std::string outputName = collectionJsonName(m.output);
        if (!m.serialBase.is_null()) {
            // Rows are stored as they are, with the serial counter of serialBase.
            Value serial = db.find(requireKey(m.serialBase))->serialNum();
            db.getOrCreate(outputKey, outputName, change);
            db.setSerial(outputKey, std::move(serial), change);
            for (Value &row : rows) {
                bool tooDeep = false;
                try {
                    py::checkCopyDepth(row, 1);
                } catch (const PyValueError &) {
                    tooDeep = true;
                }
                db.appendItem(outputKey, Item::pack(row), change);
                if (tooDeep) db.markTooDeep(outputKey, change);
            }
        } else {
            db.getOrCreate(outputKey, outputName, change);
            Query add;
            add.target = m.output;
            add.type = QueryType::Add;
            add.addDataIsList = true;
            for (Value &row : rows)
                add.addItems.push_back(Item::pack(row));
            add.serialKey = m.serialKey;
            const QueryResult added = ops::add(db, outputKey, add, change);
            if (!added.isSuccess) {
                db.revertTo(change, mark);
                return mergeFailure(q, added.errorMessage->c_str());
            }
        }
    } catch (const std::exception &) {
        db.revertTo(change, mark);
        return mergeFailure(q, "Merge failed");
    }
    const Collection *out = db.find(outputKey);
    const auto n = std::int64_t(out ? out->size() : 0);
    return makeResult(q, true, n, n, 0);
}

} // namespace ops

ExecutionResult Database::execute(const LogEntry &entry, const ExecOptions &options, Change *change)
{
    Change local;
    Change &c = change ? *change : local;
    ExecutionResult r;
    if (const auto *q = std::get_if<Query>(&entry)) {
        r.query = executeQuery(*q, options, c);
    } else {
        r.isTransaction = true;
        r.transaction = executeTransaction(std::get<TransactionQuery>(entry), options, c);
    }
    return r;
}

QueryResult Database::executeQuery(const Query &q, const ExecOptions &options, Change &change)
{
    try {
        if (!permitted(q, options.permissions)) {
            QueryResult denied = ops::makeFailure(q, -1, "Operation not permitted.");
            return denied;
        }
        const std::string key = requireKey(q.target);
        const bool existed = find(key) != nullptr;
        getOrCreate(key, collectionJsonName(q.target), change);
        if (!options.computeReads && isRead(q.type)) return ops::makeResult(q, true, 0, 0, 0);

        QueryResult r;
        switch (q.type) {
        case QueryType::Add:
            r = ops::add(*this, key, q, change);
            break;
        case QueryType::Update:
            r = ops::update(*this, key, q, false, change);
            break;
        case QueryType::UpdateOne:
            r = ops::update(*this, key, q, true, change);
            break;
        case QueryType::Delete:
            r = ops::remove(*this, key, q, change);
            break;
        case QueryType::DeleteOne:
            r = ops::removeOne(*this, key, q, change);
            break;
        case QueryType::Search:
            r = ops::search(*find(key), q, m_indexing);
            break;
        case QueryType::SearchOne:
            r = ops::searchOne(*find(key), q, m_indexing);
            break;
        case QueryType::GetAll:
            r = ops::getAll(*find(key), q);
            break;
        case QueryType::ConformToTemplate:
            r = ops::conformToTemplate(*this, key, q, change);
            break;
        case QueryType::RenameField:
            r = ops::renameField(*this, key, q, change);
            break;
        case QueryType::Count:
            r = ops::count(*find(key), q);
            break;
        case QueryType::Clear:
            r = ops::clear(*this, key, q, change);
            break;
        case QueryType::ClearAdd:
            r = ops::clearAdd(*this, key, q, change);
            break;
        case QueryType::RemoveCollection:
            r = ops::makeResult(q, true, 0, existed ? 1 : 0, 0);
            removeCollection(key, change);
            break;
        case QueryType::Merge:
            r = ops::merge(*this, q, change);
            break;
        }
        if (isWriteType(q.type) && q.mustAffect() && r.isSuccess && r.updateCount == 0) {
            const Collection *c = find(key);
            QueryResult failed =
                ops::makeFailure(q, c ? std::int64_t(c->size()) : 0, MustAffectError);
            failed.hitCount = r.hitCount;
            return failed;
        }
        return r;
    } catch (const PyValueError &) {
        return ops::makeFailure(q, -1, ArgumentError);
    } catch (const std::exception &) {
        return ops::makeFailure(q, -1, UnexpectedError);
    }
}

TransactionQueryResult Database::executeTransaction(const TransactionQuery &t,
                                                    const ExecOptions &options, Change &change)
{
    TransactionQueryResult result;
    for (const Query &q : t.queries)
        if (q.type == QueryType::RemoveCollection || q.type == QueryType::Merge) {
            result.errorMessage = "The query contains a type that is not permitted to be "
                                  "executed within a transaction.";
            return result;
        }
    // The reference snapshots every existing target with a deep copy first; an unhashable
    // target or an item too deep to copy aborts here, before anything ran.
    try {
        for (const Query &q : t.queries) {
            const Collection *c = find(requireKey(q.target));
            if (c && c->mayHoldTooDeepItems())
                c->items().forEach([](const StoredItem &s) {
                    py::checkCopyDepth(*s.item, 1);
                    return true;
                });
        }
    } catch (const std::exception &) {
        result.errorMessage = "Unexpected Error";
        return result;
    }
    ExecOptions inner = options;
    inner.computeReads = true; // an inner read's failure rolls the transaction back
    const std::size_t mark = change.ops.size();
    for (const Query &q : t.queries)
        result.results.push_back(executeQuery(q, inner, change));
    for (const QueryResult &r : result.results)
        if (!r.isSuccess) {
            revertTo(change, mark);
            result.results.clear();
            result.errorMessage = "Transaction failed";
            return result;
        }
    result.isSuccess = true;
    return result;
}

} // namespace dtdb
