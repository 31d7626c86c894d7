#pragma once

#include <optional>
#include <string_view>

namespace dtdb {

// EnumQueryType of the reference; the names are the JSON spellings.
enum class QueryType
{
    Add,
    Update,
    UpdateOne,
    Delete,
    DeleteOne,
    Search,
    SearchOne,
    GetAll,
    ConformToTemplate,
    RenameField,
    Count,
    Clear,
    ClearAdd,
    RemoveCollection,
    Merge,
};
inline constexpr int QueryTypeCount = 15;

// EnumValueType (vType). The Python reference knows exactly these seven.
enum class ValueType
{
    Auto,
    DateTime,
    Int,
    FloatStrict,
    FloatEpsilon12,
    Boolean,
    String
};

enum class ActorType
{
    Human,
    Ai,
    System
};

std::string_view toString(QueryType t);
std::string_view toString(ValueType t);
std::string_view toString(ActorType t);
std::optional<QueryType> queryTypeFromString(std::string_view s);
std::optional<ValueType> valueTypeFromString(std::string_view s);
std::optional<ActorType> actorTypeFromString(std::string_view s);

// Types whose result is subject to mustAffectAtLeastOne (spec §3.2).
bool isWriteType(QueryType t);

} // namespace dtdb
