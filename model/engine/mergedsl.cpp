#include "mergedsl.h"

#include "errors.h"
#include "fieldpath.h"
#include "pyvalue.h"

#include <string_view>

namespace dtdb::dsl {

namespace {

std::string_view strip(std::string_view s)
{
    // Python str.strip() without arguments strips Unicode whitespace; ASCII covers what a
    // template can reasonably hold.
    const auto isSpace = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
    };
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

bool wrapped(std::string_view s, std::string_view prefix, std::string_view suffix)
{
    return s.size() >= prefix.size() && s.starts_with(prefix) && s.ends_with(suffix);
}

// "base" or a source index (Python int(), negative counting from the end).
const Value &target(std::string_view name, const Value &base, const std::vector<Value> &sources)
{
    if (name == "base") return base;
    const auto index = py::parseInt(name);
    if (!index) throw PyValueError("invalid literal for int()");
    const auto n = static_cast<std::int64_t>(sources.size());
    const std::int64_t i = *index < 0 ? *index + n : *index;
    if (i < 0 || i >= n) throw PyTypeError("list index out of range");
    return sources[static_cast<std::size_t>(i)];
}

void removeByDotPath(Value &root, std::string_view path)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = path.find('.', start);
        parts.emplace_back(path.substr(start, dot - start));
        if (dot == std::string_view::npos) break;
        start = dot + 1;
    }
    if (!root.is_object()) throw PyTypeError("object has no attribute 'get'");
    Value *current = &root;
    for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
        const auto it = current->find(parts[i]);
        if (it == current->end() || !it->is_object()) return;
        current = &*it;
    }
    current->erase(parts.back());
}

Value parse(std::string_view raw, const Value &base, const std::vector<Value> &sources)
{
    const std::string_view dsl = strip(raw);
    if (dsl == "none" || dsl == "null") return nullptr;
    if (wrapped(dsl, "int(", ")")) {
        const auto v = py::parseInt(dsl.substr(4, dsl.size() - 5));
        if (!v) throw PyValueError("invalid literal for int()");
        return *v;
    }
    if (wrapped(dsl, "float(", ")")) {
        const auto v = py::parseFloat(dsl.substr(6, dsl.size() - 7));
        if (!v) throw PyValueError("could not convert string to float");
        return *v;
    }
    if (wrapped(dsl, "bool(", ")")) {
        const std::string_view v = dsl.substr(5, dsl.size() - 6);
        if (v == "true") return true;
        if (v == "false") return false;
        throw PyValueError("Invalid bool literal");
    }
    if (wrapped(dsl, "str(", ")")) return std::string(dsl.substr(4, dsl.size() - 5));
    if (wrapped(dsl, "[", "]")) {
        Value inner = parse(dsl.substr(1, dsl.size() - 2), base, sources);
        py::checkCopyDepth(inner, 0);
        return Value::array({std::move(inner)});
    }
    if (wrapped(dsl, "popped.", "]")) {
        const std::string_view body = dsl.substr(7, dsl.size() - 8);
        const std::size_t bracket = body.find('[');
        if (bracket == std::string_view::npos) throw PyValueError("Invalid DSL path");
        Value result = target(body.substr(0, bracket), base, sources);
        py::checkCopyDepth(result, 0);
        std::string_view paths = body.substr(bracket + 1);
        while (true) {
            const std::size_t comma = paths.find(',');
            const std::string_view path = strip(paths.substr(0, comma));
            if (!path.empty()) removeByDotPath(result, path);
            if (comma == std::string_view::npos) break;
            paths.remove_prefix(comma + 1);
        }
        return result;
    }
    if (dsl.empty()) throw PyValueError("Empty DSL path");
    const std::size_t dot = dsl.find('.');
    if (dot == std::string_view::npos) {
        Value whole = target(dsl, base, sources);
        py::checkCopyDepth(whole, 0);
        return whole;
    }
    if (dot == 0 || dot == dsl.size() - 1) throw PyValueError("Invalid DSL path");
    const Value &t = target(dsl.substr(0, dot), base, sources);
    const FieldPath path{Value(std::string(dsl.substr(dot + 1)))};
    const Value *v = path.resolve(t);
    Value out = v ? *v : Value(nullptr);
    py::checkCopyDepth(out, 0);
    return out;
}

} // namespace

Value evaluate(const Value &templ, const Value &base, const std::vector<Value> &sources)
{
    if (templ.is_object()) {
        Value out = Value::object();
        for (const auto &[k, v] : templ.items())
            out[k] = evaluate(v, base, sources);
        return out;
    }
    if (templ.is_array()) {
        Value out = Value::array();
        for (const Value &e : templ)
            out.push_back(evaluate(e, base, sources));
        return out;
    }
    if (templ.is_string()) return parse(templ.get_ref<const std::string &>(), base, sources);
    return templ;
}

Value matchSource(const Value &base, const std::vector<ItemPtr> &collection,
                  const Value &relationKey, const Value &sourceKey)
{
    const FieldPath relation(relationKey);
    const Value *b = relation.resolve(base);
    if (b) {
        const FieldPath key(sourceKey);
        for (const ItemPtr &item : collection) {
            const std::optional<Value> s = key.resolve(*item);
            if (py::equals(s ? *s : nullValue(), *b)) return item->toValue();
        }
    }
    return Value::object();
}

} // namespace dtdb::dsl
