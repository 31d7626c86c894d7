#include "fieldpath.h"

#include "errors.h"

namespace dtdb {

FieldPath::FieldPath(const Value &raw) : m_raw(raw), m_valid(raw.is_string())
{
    if (!m_valid) return;
    const std::string &path = raw.get_ref<const std::string &>();
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = path.find('.', start);
        m_segments.emplace_back(path.substr(start, dot - start));
        if (dot == std::string::npos) break;
        start = dot + 1;
    }
}

const Value *FieldPath::resolve(const Value &item) const
{
    if (!m_valid) throw PyTypeError("field path is not a string");
    const Value *current = &item;
    for (const std::string &segment : m_segments) {
        if (!current->is_object()) return nullptr;
        const auto it = current->find(segment);
        if (it == current->end()) return nullptr;
        current = &*it;
    }
    return current->is_null() ? nullptr : current;
}

std::optional<PackedValue> FieldPath::find(const Item &item) const
{
    if (!m_valid) throw PyTypeError("field path is not a string");
    std::optional<PackedValue> current = item.root();
    for (const std::string &segment : m_segments) {
        current = current->find(segment); // nullopt for a missing key and for a non-object
        if (!current) return std::nullopt;
    }
    if (current->isNull()) return std::nullopt;
    return current;
}

std::optional<Value> FieldPath::resolve(const Item &item) const
{
    const std::optional<PackedValue> v = find(item);
    if (!v) return std::nullopt;
    return v->toValue();
}

const Value &nullValue()
{
    static const Value null;
    return null;
}

} // namespace dtdb
