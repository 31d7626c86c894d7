#pragma once

// Internal to the engine: the per-type operations behind Database::executeQuery.

#include "database.h"

#include <exception>

namespace dtdb::ops {

// One item that matched a filter.
struct Match
{
    std::size_t position = 0;
    ItemPtr item;
};

// Items matching `node` in storage order, at most `limit` of them. If evaluating the node
// raises part-way, the matches found before are returned and the exception is stored in
// `error`: the reference mutates item by item in update, so those matches still get written.
// A null node raises as soon as there is an item to evaluate.
std::vector<Match> findMatches(const Collection &c, const QueryNode *node, std::size_t limit,
                               bool useIndex, std::exception_ptr &error);

QueryResult add(Database &db, const std::string &key, const Query &q, Change &change);
QueryResult update(Database &db, const std::string &key, const Query &q, bool single,
                   Change &change);
QueryResult remove(Database &db, const std::string &key, const Query &q, Change &change);
QueryResult removeOne(Database &db, const std::string &key, const Query &q, Change &change);
QueryResult search(const Collection &c, const Query &q, bool useIndex);
QueryResult searchOne(const Collection &c, const Query &q, bool useIndex);
QueryResult getAll(const Collection &c, const Query &q);
QueryResult conformToTemplate(Database &db, const std::string &key, const Query &q, Change &change);
QueryResult renameField(Database &db, const std::string &key, const Query &q, Change &change);
QueryResult count(const Collection &c, const Query &q);
QueryResult clear(Database &db, const std::string &key, const Query &q, Change &change);
QueryResult clearAdd(Database &db, const std::string &key, const Query &q, Change &change);
QueryResult merge(Database &db, const Query &q, Change &change);

// A QueryResult with the echo fields filled in.
QueryResult makeResult(const Query &q, bool success, std::int64_t dbLength,
                       std::int64_t updateCount, std::int64_t hitCount);
QueryResult makeFailure(const Query &q, std::int64_t dbLength, std::string message);

} // namespace dtdb::ops
