#include "cause.h"

#include "errors.h"
#include "jsonfields.h"
#include "pyvalue.h"

#include <chrono>

namespace dtdb {

namespace {

// Actor dates: anything unparsable counts as absent, a time that has no UTC equivalent (year 1
// ahead of UTC) too; naive values are taken as UTC.
std::optional<py::DateTime> lenientDate(const Value &src, const char *key)
{
    const auto it = src.find(key);
    if (it == src.end() || !it->is_string()) return std::nullopt;
    const auto dt = py::parseIsoDateTime(it->get_ref<const std::string &>());
    if (!dt) return std::nullopt;
    try {
        return py::toUtc(*dt);
    } catch (const PyError &) {
        return std::nullopt;
    }
}

Value dateOrNull(const std::optional<py::DateTime> &dt)
{
    return dt ? Value(py::isoformat(py::toUtc(*dt))) : Value(nullptr);
}

} // namespace

bool Permission::allowsType(QueryType t) const
{
    for (const QueryType a : allows)
        if (a == t) return true;
    return false;
}

Permission Permission::fromJson(const Value &src)
{
    if (!src.is_object()) throw LoadError("Permission is not an object");
    Permission p;
    const auto it = src.find("allows");
    if (it == src.end()) return p;
    if (!it->is_array()) throw LoadError("Permission 'allows' is not a list");
    for (const Value &name : *it) {
        const auto t = name.is_string() ? queryTypeFromString(name.get_ref<const std::string &>())
                                        : std::nullopt;
        if (!t) throw LoadError("unknown query type in Permission: " + py::repr(name));
        p.allows.push_back(*t);
    }
    return p;
}

Value Permission::toJson() const
{
    Value allowsJson = Value::array();
    for (const QueryType t : allows)
        allowsJson.push_back(toString(t));
    Value out = Value::object();
    out["className"] = "Permission";
    out["version"] = "1";
    out["allows"] = std::move(allowsJson);
    return out;
}

const Permission *findPermission(const PermissionMap &map, const std::string &name)
{
    for (const auto &[key, permission] : map)
        if (key == name) return &permission;
    return nullptr;
}

PermissionMap permissionMapFromJson(const Value &v)
{
    if (!v.is_object()) throw LoadError("collection permissions are not an object");
    PermissionMap map;
    for (const auto &[key, value] : v.items())
        map.emplace_back(key, Permission::fromJson(value));
    return map;
}

Actor Actor::fromJson(const Value &src)
{
    Actor a;
    const Value &type = requiredKey(src, "type", "Actor");
    const auto t =
        type.is_string() ? actorTypeFromString(type.get_ref<const std::string &>()) : std::nullopt;
    if (!t) throw LoadError("unknown actor type " + py::repr(type));
    a.type = *t;
    a.id = requiredKey(src, "id", "Actor");
    if (const Value perms = optionalKey(src, "collectionPermissions"); !perms.is_null())
        a.collectionPermissions = permissionMapFromJson(perms);
    a.context = optionalKey(src, "context");
    a.name = optionalKey(src, "name");
    a.email = optionalKey(src, "email");
    a.createdAt = lenientDate(src, "createdAt");
    a.updatedAt = lenientDate(src, "updatedAt");
    a.lastAccess = lenientDate(src, "lastAccess");
    a.lastAccessDay = lenientDate(src, "lastAccessDay");
    a.operationInDay = optionalKey(src, "operationInDay");
    a.deviceIds = optionalKey(src, "deviceIds");
    return a;
}

Value Actor::toJson(const py::DateTime &now) const
{
    const py::DateTime created = createdAt.value_or(now);
    Value out = Value::object();
    out["className"] = "Actor";
    out["version"] = "6";
    out["type"] = toString(type);
    out["id"] = id;
    if (collectionPermissions) {
        Value perms = Value::object();
        for (const auto &[key, permission] : *collectionPermissions)
            perms[key] = permission.toJson();
        out["collectionPermissions"] = std::move(perms);
    } else {
        out["collectionPermissions"] = nullptr;
    }
    out["context"] = context;
    out["name"] = name;
    out["email"] = email;
    out["createdAt"] = dateOrNull(created);
    out["updatedAt"] = dateOrNull(updatedAt.value_or(created));
    out["lastAccess"] = dateOrNull(lastAccess);
    out["lastAccessDay"] = dateOrNull(lastAccessDay);
    out["operationInDay"] = operationInDay;
    out["deviceIds"] = deviceIds;
    return out;
}

TimestampNode TimestampNode::fromJson(const Value &src)
{
    TimestampNode n;
    const Value &ts = requiredKey(src, "timestamp", "TimestampNode");
    const auto dt =
        ts.is_string() ? py::parseIsoDateTime(ts.get_ref<const std::string &>()) : std::nullopt;
    if (!dt) throw LoadError("TimestampNode timestamp is not an ISO date-time: " + py::repr(ts));
    n.timestamp = *dt;
    n.location = requiredKey(src, "location", "TimestampNode");
    const Value context = optionalKey(src, "context", Value::object());
    n.context = context.is_null() ? Value::object() : context;
    return n;
}

Value TimestampNode::toJson() const
{
    Value out = Value::object();
    out["className"] = "TimestampNode";
    out["version"] = "1";
    out["timestamp"] = py::isoformat(py::toUtc(timestamp));
    out["location"] = location;
    out["context"] = context;
    return out;
}

TemporalTrace TemporalTrace::fromJson(const Value &src)
{
    if (!src.is_object()) throw LoadError("TemporalTrace is not an object");
    TemporalTrace t;
    const auto it = src.find("nodes");
    if (it == src.end()) return t;
    if (!it->is_array()) throw LoadError("TemporalTrace 'nodes' is not a list");
    for (const Value &n : *it)
        t.nodes.push_back(TimestampNode::fromJson(n));
    return t;
}

Value TemporalTrace::toJson() const
{
    Value nodesJson = Value::array();
    for (const TimestampNode &n : nodes)
        nodesJson.push_back(n.toJson());
    Value out = Value::object();
    out["className"] = "TemporalTrace";
    out["version"] = "1";
    out["nodes"] = std::move(nodesJson);
    return out;
}

Cause Cause::fromJson(const Value &src)
{
    Cause c;
    if (!src.is_object()) throw LoadError("Cause is not an object");
    c.serial = optionalKey(src, "serial");
    c.chainParentSerial = optionalKey(src, "chainParentSerial");
    c.who = Actor::fromJson(requiredKey(src, "who", "Cause"));
    c.when = TemporalTrace::fromJson(requiredKey(src, "when", "Cause"));
    c.what = requiredKey(src, "what", "Cause");
    c.why = requiredKey(src, "why", "Cause");
    c.from = requiredKey(src, "from", "Cause");
    c.context = optionalKey(src, "context");
    c.confidenceScore = optionalKey(src, "confidenceScore", 1.0);
    return c;
}

Value Cause::toJson(const py::DateTime &now) const
{
    Value out = Value::object();
    out["className"] = "Cause";
    out["version"] = "1";
    out["serial"] = serial;
    out["chainParentSerial"] = chainParentSerial;
    out["who"] = who.toJson(now);
    out["when"] = when.toJson();
    out["what"] = what;
    out["why"] = why;
    out["from"] = from;
    out["context"] = context;
    out["confidenceScore"] = confidenceScore;
    return out;
}

py::DateTime utcNow()
{
    using namespace std::chrono;
    const auto now = system_clock::now();
    const auto days = floor<std::chrono::days>(now);
    const year_month_day ymd{days};
    const hh_mm_ss hms{duration_cast<microseconds>(now - days)};
    py::DateTime dt;
    dt.year = int(ymd.year());
    dt.month = int(unsigned(ymd.month()));
    dt.day = int(unsigned(ymd.day()));
    dt.hour = int(hms.hours().count());
    dt.minute = int(hms.minutes().count());
    dt.second = int(hms.seconds().count());
    dt.microsecond = int(hms.subseconds().count());
    dt.offsetMicroseconds = 0;
    return dt;
}

} // namespace dtdb
