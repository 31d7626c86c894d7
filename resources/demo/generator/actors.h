#pragma once

// Who acts in the demo shop: staff, customers, the AI assistant and system jobs, and how each
// is written as a Cause's Actor (spec §8.2).

#include "clock.h"
#include "value.h"

#include <map>
#include <string>
#include <vector>

namespace demo {

using dtdb::Value;

// Where an actor's requests come from: the first TemporalTrace node and Cause.from.
struct Channel
{
    std::string client;  // TimestampNode.location of the first hop
    Value clientContext; // its context
    std::string from;    // Cause.from
    int hops = 3;        // 1: client only, 2: client + server, 3: client + relay + server
};

struct ActorProfile
{
    std::string type; // human, ai, system
    std::string id;
    std::string name;
    Value email;       // string or null
    Value context;     // object or null
    Value deviceIds;   // array or null
    Value permissions; // name -> Permission, or null
    Micros createdAt = 0;
    Micros updatedAt = 0;
    Channel channel;
    bool japanese = false; // writes what/why in Japanese
};

// A Permission map from "collection" -> allowed query types.
Value permissionMap(const std::vector<std::pair<std::string, std::vector<std::string>>> &allows);

// The Actor JSON (Actor.to_dict). The shop's clients do not call Actor.update_access, so
// lastAccess, lastAccessDay and operationInDay are null.
Value actorJson(const ActorProfile &actor);

} // namespace demo
