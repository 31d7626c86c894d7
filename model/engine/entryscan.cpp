#include "entryscan.h"

#include "errors.h"
#include "fastjson_p.h"
#include "jsonio.h"

#include <array>

namespace dtdb {

namespace {

namespace dom = simdjson::dom;
using json::detail::convertElement;
using json::detail::lastMember;

// lastMember for each of `keys`, in one pass over the object.
template <std::size_t N>
std::array<std::optional<dom::element>, N> lastMembers(dom::object object,
                                                       const std::array<std::string_view, N> &keys)
{
    std::array<std::optional<dom::element>, N> found;
    for (const dom::key_value_pair member : object)
        for (std::size_t k = 0; k < N; ++k)
            if (member.key == keys[k]) {
                found[k] = member.value;
                break;
            }
    return found;
}

// A member of the Cause or of its Actor as a Value, converted as one of the deepest (an Actor's
// member, three containers down); a missing key reads as null, as optionalKey gives it.
std::optional<Value> valueOf(std::optional<dom::element> e)
{
    Value v;
    if (e && !convertElement(*e, v, 3)) return std::nullopt;
    return v;
}

std::optional<std::string_view> stringOf(std::optional<dom::element> e)
{
    std::string_view s;
    if (!e || e->get_string().get(s)) return std::nullopt;
    return s;
}

// permissionMapFromJson's checks: an object of Permissions whose 'allows', when present, lists
// query type names.
bool isPermissionMap(dom::element e)
{
    dom::object map;
    if (e.get_object().get(map)) return false;
    for (const dom::key_value_pair entry : map) {
        dom::object permission;
        if (entry.value.get_object().get(permission)) return false;
        const auto allows = lastMember(permission, "allows");
        if (!allows) continue;
        dom::array types;
        if (allows->get_array().get(types)) return false;
        for (const dom::element type : types) {
            std::string_view name;
            if (type.get_string().get(name) || !queryTypeFromString(name)) return false;
        }
    }
    return true;
}

// Cause::fromJson's checks, as sufficient conditions: an Actor with a known type, an id and a
// valid permission map if any; a time trail whose every node has a parsable timestamp and a
// location; what, why and from present.
std::optional<CauseSummary> summarise(dom::element causeElement)
{
    dom::object cause, who, when;
    if (causeElement.get_object().get(cause)) return std::nullopt;
    static constexpr std::array<std::string_view, 7> causeKeys{
        "what", "why", "from", "who", "when", "serial", "chainParentSerial"};
    const auto [what, why, from, whoElement, whenElement, serialElement, parentElement] =
        lastMembers(cause, causeKeys);
    if (!what || !why || !from) return std::nullopt;
    if (!whoElement || whoElement->get_object().get(who)) return std::nullopt;
    if (!whenElement || whenElement->get_object().get(when)) return std::nullopt;
    static constexpr std::array<std::string_view, 4> actorKeys{"type", "collectionPermissions",
                                                               "id", "name"};
    const auto [typeElement, perms, id, nameElement] = lastMembers(who, actorKeys);

    CauseSummary summary;
    const auto type = stringOf(typeElement);
    const auto actorType = type ? actorTypeFromString(*type) : std::nullopt;
    if (!actorType) return std::nullopt;
    summary.actorType = *actorType;
    if (perms && !perms->is_null() && !isPermissionMap(*perms)) return std::nullopt;
    if (!id) return std::nullopt;
    if (const auto text = stringOf(id)) {
        summary.actorId = *text;
    } else {
        const auto value = valueOf(id);
        if (!value) return std::nullopt;
        summary.actorId = json::write(*value);
    }
    const auto name = stringOf(nameElement);
    summary.actorName = name ? std::string(*name) : summary.actorId;

    if (const auto nodesElement = lastMember(when, "nodes")) {
        dom::array nodes;
        if (nodesElement->get_array().get(nodes)) return std::nullopt;
        for (const dom::element nodeElement : nodes) {
            dom::object node;
            if (nodeElement.get_object().get(node)) return std::nullopt;
            static constexpr std::array<std::string_view, 2> nodeKeys{"timestamp", "location"};
            const auto [timestampElement, location] = lastMembers(node, nodeKeys);
            const auto timestamp = stringOf(timestampElement);
            summary.lastTimestamp = timestamp ? py::parseIsoDateTime(*timestamp) : std::nullopt;
            if (!summary.lastTimestamp || !location) return std::nullopt;
        }
    }
    auto serial = valueOf(serialElement);
    auto parent = valueOf(parentElement);
    if (!serial || !parent) return std::nullopt;
    summary.serial = std::move(*serial);
    summary.chainParentSerial = std::move(*parent);
    return summary;
}

} // namespace

CauseSummary CauseSummary::of(const Cause &cause)
{
    CauseSummary s;
    s.actorType = cause.who.type;
    s.actorId =
        cause.who.id.is_string() ? cause.who.id.get<std::string>() : json::write(cause.who.id);
    s.actorName = cause.who.name.is_string() ? cause.who.name.get<std::string>() : s.actorId;
    if (!cause.when.nodes.empty()) s.lastTimestamp = cause.when.nodes.back().timestamp;
    s.serial = cause.serial;
    s.chainParentSerial = cause.chainParentSerial;
    return s;
}

std::optional<ScannedEntry> scanLogEntry(std::string_view text)
{
    dom::element root;
    dom::object object;
    if (!json::detail::parseElement(text, root) || root.get_object().get(object))
        return std::nullopt;
    // Transactions, and entries without a Cause (whose full reading is cheap), go the full way.
    static constexpr std::array<std::string_view, 2> entryKeys{"className", "cause"};
    const auto [className, causeElement] = lastMembers(object, entryKeys);
    std::string_view classNameText;
    if (!className || className->get_string().get(classNameText) || classNameText != "Query")
        return std::nullopt;
    if (!causeElement) return std::nullopt;
    std::optional<CauseSummary> cause = summarise(*causeElement);
    if (!cause) return std::nullopt;
    try {
        return ScannedEntry{Query::fromDocument(object), std::move(*cause)};
    } catch (const LoadError &) {
        return std::nullopt;
    }
}

} // namespace dtdb
