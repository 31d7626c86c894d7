#pragma once

#include "enums.h"
#include "item.h"
#include "value.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dtdb {

// QueryResult (spec §9). Result items are shared with the database state they came from:
// stored items are immutable, so no copy is needed until the result is written out.
struct QueryResult
{
    bool isSuccess = false;
    Value target;
    QueryType type = QueryType::Count;
    std::vector<ItemPtr> result;
    std::int64_t dbLength = 0;
    std::int64_t updateCount = 0;
    std::int64_t hitCount = 0;
    std::optional<std::string> errorMessage;

    Value toJson() const;
    // Appends toJson()'s compact text without copying the result items into a tree.
    void write(std::string &out) const;
};

struct TransactionQueryResult
{
    bool isSuccess = false;
    std::vector<QueryResult> results;
    std::optional<std::string> errorMessage;

    Value toJson() const;
    void write(std::string &out) const;
};

// What executing one log entry returned.
struct ExecutionResult
{
    bool isTransaction = false;
    QueryResult query;                  // when !isTransaction
    TransactionQueryResult transaction; // when isTransaction

    bool isSuccess() const { return isTransaction ? transaction.isSuccess : query.isSuccess; }
    const std::optional<std::string> &errorMessage() const
    {
        return isTransaction ? transaction.errorMessage : query.errorMessage;
    }
    Value toJson() const { return isTransaction ? transaction.toJson() : query.toJson(); }
    void write(std::string &out) const
    {
        isTransaction ? transaction.write(out) : query.write(out);
    }
};

} // namespace dtdb
