#include "actors.h"

namespace demo {

Value permissionMap(const std::vector<std::pair<std::string, std::vector<std::string>>> &allows)
{
    Value map = Value::object();
    for (const auto &[collection, types] : allows) {
        Value p = Value::object();
        p["className"] = "Permission";
        p["version"] = "1";
        p["allows"] = Value::array();
        for (const std::string &t : types)
            p["allows"].push_back(t);
        map[collection] = std::move(p);
    }
    return map;
}

Value actorJson(const ActorProfile &actor)
{
    Value a = Value::object();
    a["className"] = "Actor";
    a["version"] = "6";
    a["type"] = actor.type;
    a["id"] = actor.id;
    a["collectionPermissions"] = actor.permissions;
    a["context"] = actor.context;
    a["name"] = actor.name;
    a["email"] = actor.email;
    a["createdAt"] = isoUtc(actor.createdAt);
    a["updatedAt"] = isoUtc(actor.updatedAt);
    a["lastAccess"] = nullptr;
    a["lastAccessDay"] = nullptr;
    a["operationInDay"] = nullptr;
    a["deviceIds"] = actor.deviceIds;
    return a;
}

} // namespace demo
