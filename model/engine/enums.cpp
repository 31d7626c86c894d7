#include "enums.h"

#include <array>

namespace dtdb {

namespace {

constexpr std::array<std::string_view, QueryTypeCount> queryTypeNames = {"add",
                                                                         "update",
                                                                         "updateOne",
                                                                         "delete",
                                                                         "deleteOne",
                                                                         "search",
                                                                         "searchOne",
                                                                         "getAll",
                                                                         "conformToTemplate",
                                                                         "renameField",
                                                                         "count",
                                                                         "clear",
                                                                         "clearAdd",
                                                                         "removeCollection",
                                                                         "merge"};

constexpr std::array<std::string_view, 7> valueTypeNames = {
    "auto_", "datetime_", "int_", "floatStrict_", "floatEpsilon12_", "boolean_", "string_"};

constexpr std::array<std::string_view, 3> actorTypeNames = {"human", "ai", "system"};

template <typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<std::string_view, N> &names, std::string_view s)
{
    for (std::size_t i = 0; i < N; ++i)
        if (names[i] == s) return static_cast<Enum>(i);
    return std::nullopt;
}

} // namespace

std::string_view toString(QueryType t)
{
    return queryTypeNames[static_cast<std::size_t>(t)];
}
std::string_view toString(ValueType t)
{
    return valueTypeNames[static_cast<std::size_t>(t)];
}
std::string_view toString(ActorType t)
{
    return actorTypeNames[static_cast<std::size_t>(t)];
}
std::optional<QueryType> queryTypeFromString(std::string_view s)
{
    return lookup<QueryType>(queryTypeNames, s);
}
std::optional<ValueType> valueTypeFromString(std::string_view s)
{
    return lookup<ValueType>(valueTypeNames, s);
}
std::optional<ActorType> actorTypeFromString(std::string_view s)
{
    return lookup<ActorType>(actorTypeNames, s);
}

bool isWriteType(QueryType t)
{
    switch (t) {
    case QueryType::Search:
    case QueryType::SearchOne:
    case QueryType::GetAll:
    case QueryType::Count:
        return false;
    default:
        return true;
    }
}

} // namespace dtdb
