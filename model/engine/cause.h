#pragma once

#include "enums.h"
#include "pydatetime.h"
#include "value.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace dtdb {

// Collection-level permission (spec §8.3).
struct Permission
{
    std::vector<QueryType> allows;

    bool allowsType(QueryType t) const;
    static Permission fromJson(const Value &v); // throws LoadError
    Value toJson() const;
};

// name -> Permission, in the order given.
using PermissionMap = std::vector<std::pair<std::string, Permission>>;
const Permission *findPermission(const PermissionMap &map, const std::string &name);
PermissionMap permissionMapFromJson(const Value &v); // throws LoadError

// Who caused a query (spec §8.2).
struct Actor
{
    ActorType type = ActorType::Human;
    Value id;
    std::optional<PermissionMap> collectionPermissions;
    Value context;
    Value name;
    Value email;
    // Parsed leniently as the reference does: unparsable or non-string -> absent; converted to
    // UTC.
    std::optional<py::DateTime> createdAt, updatedAt, lastAccess, lastAccessDay;
    Value operationInDay;
    Value deviceIds;

    static Actor fromJson(const Value &v); // throws LoadError
    // As the reference writes it. A missing createdAt is written as `now` (that is what the
    // reference does), so pass the moment of writing.
    Value toJson(const py::DateTime &now) const;
};

// One hop of a TemporalTrace (spec §8.4).
struct TimestampNode
{
    py::DateTime timestamp;
    Value location;
    Value context = Value::object();

    static TimestampNode fromJson(const Value &v); // throws LoadError
    Value toJson() const;
};

struct TemporalTrace
{
    std::vector<TimestampNode> nodes;

    static TemporalTrace fromJson(const Value &v); // throws LoadError
    Value toJson() const;
};

// Why a query happened (spec §8.1). Never influences execution.
struct Cause
{
    Value serial;
    Value chainParentSerial;
    Actor who;
    TemporalTrace when;
    Value what, why, from;
    Value context;
    Value confidenceScore = 1.0;

    static Cause fromJson(const Value &v); // throws LoadError
    Value toJson(const py::DateTime &now) const;
};

// The current UTC time, for Actor/Cause output.
py::DateTime utcNow();

} // namespace dtdb
