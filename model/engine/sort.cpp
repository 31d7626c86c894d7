#include "sort.h"

#include "errors.h"
#include "pydatetime.h"
#include "pystring.h"
#include "pyvalue.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <numeric>
#include <optional>

namespace dtdb {

namespace {

SortKey singleFromJson(const Value &src)
{
    if (!src.is_object()) throw LoadError("sort order is not an object");
    const auto field = src.find("field");
    if (field == src.end()) throw LoadError("SingleSort lacks 'field'");
    SortKey key;
    key.field = FieldPath(*field);
    if (const auto r = src.find("reversed"); r != src.end()) key.reversed = *r;
    // The reference silently falls back to auto_ for an unknown vType name.
    if (const auto vt = src.find("vType"); vt != src.end()) {
        if (vt->is_array() || vt->is_object()) throw LoadError("unhashable vType");
        if (vt->is_string())
            key.valueType =
                valueTypeFromString(vt->get_ref<const std::string &>()).value_or(ValueType::Auto);
    }
    return key;
}

// A field value after the SingleSort's vType conversion. Kept small (sorts convert every
// matching item): strings are views into the item or into Conversions::strings, date-times
// are indexes into Conversions::dates.
struct Converted
{
    // The type classes of spec §6.2: values of different classes cannot be compared.
    enum Class : std::uint8_t
    {
        Null,
        Bool,
        Int,
        Float,
        Str,
        NaiveDate,
        AwareDate,
        Other
    };
    Class cls = Null;
    bool big = false; // an int above INT64_MAX, held in u
    union {
        bool b;
        std::int64_t i;
        std::uint64_t u;
        double f;
        std::uint32_t date;
    };
    std::string_view s;

    Converted() : i(0) {}
};

// Storage for what conversions produce, alive for the duration of one sort level.
struct Conversions
{
    std::deque<std::string> strings;
    std::vector<py::DateTime> dates;
};

Converted::Class dateClass(const py::DateTime &dt)
{
    return dt.aware() ? Converted::AwareDate : Converted::NaiveDate;
}

Converted fromJsonNumber(const Value &v)
{
    Converted c;
    if (v.is_number_unsigned() && v.get<std::uint64_t>() > std::uint64_t(INT64_MAX)) {
        c.cls = Converted::Int;
        c.big = true;
        c.u = v.get<std::uint64_t>();
    } else if (v.is_number_integer()) {
        c.cls = Converted::Int;
        c.i = v.get<std::int64_t>();
    } else {
        c.cls = Converted::Float;
        c.f = v.get<double>();
    }
    return c;
}

[[noreturn]] void conversionFailed(const char *what)
{
    throw PyTypeError(std::string("Cannot convert value to ") + what);
}

Converted date(const py::DateTime &dt, Conversions &store)
{
    Converted c;
    c.cls = dateClass(dt);
    c.date = static_cast<std::uint32_t>(store.dates.size());
    store.dates.push_back(dt);
    return c;
}

Converted convert(const Value *v, ValueType type, Conversions &store)
{
    Converted c;
    if (!v) return c;
    switch (type) {
    case ValueType::Auto:
        if (v->is_boolean()) {
            c.cls = Converted::Bool;
            c.b = v->get<bool>();
        } else if (v->is_number()) {
            c = fromJsonNumber(*v);
        } else if (v->is_string()) {
            c.cls = Converted::Str;
            c.s = v->get_ref<const std::string &>();
        } else {
            c.cls = Converted::Other;
        }
        return c;
    case ValueType::DateTime: {
        if (!v->is_string()) conversionFailed("datetime");
        const auto dt = py::parseIsoDateTime(v->get_ref<const std::string &>());
        if (!dt) conversionFailed("datetime");
        return date(*dt, store);
    }
    case ValueType::Int:
        if (v->is_boolean()) { // bool is an int in Python and stays a bool here
            c.cls = Converted::Bool;
            c.b = v->get<bool>();
        } else if (v->is_number_float()) {
            const double d = v->get<double>();
            if (std::isnan(d)) throw PyValueError("cannot convert float NaN to integer");
            if (std::isinf(d)) throw PyTypeError("cannot convert float infinity to integer");
            const double t = std::trunc(d);
            if (t < -9.2233720368547758e18 || t >= 9.2233720368547758e18) conversionFailed("int");
            c.cls = Converted::Int;
            c.i = static_cast<std::int64_t>(t);
        } else if (v->is_number()) {
            c = fromJsonNumber(*v);
        } else if (v->is_string()) {
            const auto parsed = py::parseInt(v->get_ref<const std::string &>());
            if (!parsed) conversionFailed("int");
            c.cls = Converted::Int;
            c.i = *parsed;
        } else {
            conversionFailed("int");
        }
        return c;
    case ValueType::FloatStrict:
    case ValueType::FloatEpsilon12: {
        std::optional<double> d;
        if (v->is_number() || v->is_boolean() || v->is_string()) d = py::toFloat(*v);
        if (!d) conversionFailed("float");
        c.cls = Converted::Float;
        c.f = *d;
        return c;
    }
    case ValueType::Boolean:
        c.cls = Converted::Bool;
        if (v->is_boolean()) {
            c.b = v->get<bool>();
        } else if (v->is_number_integer() || v->is_number_unsigned()) {
            c.b = v->get<std::int64_t>() != 0;
        } else if (v->is_string()) {
            const std::string l = py::lower(v->get_ref<const std::string &>());
            if (l == "true" || l == "1" || l == "yes" || l == "y")
                c.b = true;
            else if (l == "false" || l == "0" || l == "no" || l == "n")
                c.b = false;
            else
                conversionFailed("bool");
        } else {
            conversionFailed("bool");
        }
        return c;
    case ValueType::String:
        c.cls = Converted::Str;
        if (v->is_string()) {
            c.s = v->get_ref<const std::string &>();
        } else {
            store.strings.push_back(py::str(*v));
            c.s = store.strings.back();
        }
        return c;
    }
    return c;
}

template <typename T>
int threeWay(const T &a, const T &b)
{
    return (a > b) - (a < b);
}

int compareInts(const Converted &a, const Converted &b)
{
    if (a.big || b.big) {
        if (a.big && b.big) return threeWay(a.u, b.u);
        return a.big ? 1 : -1; // a big one exceeds every int64
    }
    return threeWay(a.i, b.i);
}

// The reference comparator for two converted values that passed the type check.
int compareConverted(const Converted &a, const Converted &b, const SortKey &key, bool reversed,
                     const Conversions &store)
{
    if (a.cls == Converted::Null && b.cls == Converted::Null) return 0;
    if (a.cls == Converted::Null) return reversed ? -1 : 1;
    if (b.cls == Converted::Null) return reversed ? 1 : -1;
    int result = 0;
    if (key.valueType == ValueType::FloatEpsilon12) {
        const double diff = a.f - b.f;
        result = std::abs(diff) < 1e-12 ? 0 : (diff < 0 ? -1 : 1);
    } else {
        switch (a.cls) {
        case Converted::Bool:
            result = threeWay(int(a.b), int(b.b));
            break;
        case Converted::Int:
            result = compareInts(a, b);
            break;
        case Converted::Float:
            result = threeWay(a.f, b.f);
            break;
        case Converted::Str: {
            const int c = a.s.compare(b.s);
            result = (c > 0) - (c < 0);
            break;
        }
        case Converted::NaiveDate:
        case Converted::AwareDate: {
            const auto c = py::compare(store.dates[a.date], store.dates[b.date]);
            result = c < 0 ? -1 : (c > 0 ? 1 : 0);
            break;
        }
        default:
            break;
        }
    }
    return reversed ? -result : result;
}

// Spec §6.2: a sort of at least two values fails iff some value does not convert, the
// non-null values span more than one type class, or two or more non-null values exist and one
// of them is an array/object. floatEpsilon12_ only fails on conversion. Any comparison sort
// must compare neighbours of the final order, so this is exactly when the reference's
// comparator raises.
void checkComparable(const std::vector<Converted> &values, const SortKey &key)
{
    if (key.valueType == ValueType::FloatEpsilon12) return;
    std::optional<Converted::Class> seen;
    std::size_t nonNull = 0;
    bool other = false;
    for (const Converted &c : values) {
        if (c.cls == Converted::Null) continue;
        ++nonNull;
        other = other || c.cls == Converted::Other;
        if (seen && *seen != c.cls) throw PyTypeError("Incompatible types");
        seen = c.cls;
    }
    if (other && nonNull >= 2) throw PyTypeError("Field not comparable");
}

// Sorts `order` (indices into items) by keys[level..], refining runs of equal elements with
// the next key. Only elements that tie on all earlier keys are ever compared on a later one,
// so conversion and type checks apply per run, as they happen in the reference.
void sortLevel(const std::vector<ItemPtr> &items, const std::vector<SortKey> &keys,
               std::size_t level, std::vector<std::size_t>::iterator first,
               std::vector<std::size_t>::iterator last)
{
    const auto n = static_cast<std::size_t>(last - first);
    if (n < 2 || level >= keys.size()) return;
    const SortKey &key = keys[level];
    const bool reversed = key.isReversed();

    Conversions store;
    std::vector<Converted> converted;
    converted.reserve(n);
    // Decoded from the packed items and kept for the sort: conversions point into them.
    std::vector<std::optional<Value>> fields;
    fields.reserve(n);
    for (auto it = first; it != last; ++it) {
        const std::optional<Value> &field = fields.emplace_back(key.field.resolve(*items[*it]));
        converted.push_back(convert(field ? &*field : nullptr, key.valueType, store));
    }
    checkComparable(converted, key);

    std::vector<std::size_t> local(n);
    std::iota(local.begin(), local.end(), 0);
    std::stable_sort(local.begin(), local.end(), [&](std::size_t a, std::size_t b) {
        return compareConverted(converted[a], converted[b], key, reversed, store) < 0;
    });
    std::vector<std::size_t> reordered(n);
    for (std::size_t k = 0; k < n; ++k)
        reordered[k] = first[static_cast<std::ptrdiff_t>(local[k])];
    std::copy(reordered.begin(), reordered.end(), first);

    if (level + 1 >= keys.size()) return;
    std::size_t runStart = 0;
    for (std::size_t k = 1; k <= n; ++k) {
        if (k == n || compareConverted(converted[local[runStart]], converted[local[k]], key,
                                       reversed, store) != 0) {
            sortLevel(items, keys, level + 1, first + static_cast<std::ptrdiff_t>(runStart),
                      first + static_cast<std::ptrdiff_t>(k));
            runStart = k;
        }
    }
}

} // namespace

bool SortKey::isReversed() const
{
    return py::truthy(reversed);
}

Value SortKey::toJson() const
{
    Value out = Value::object();
    out["className"] = "SingleSort";
    out["version"] = "5";
    out["field"] = field.raw();
    out["reversed"] = reversed;
    out["vType"] = toString(valueType);
    return out;
}

std::shared_ptr<const Sort> Sort::fromJson(const Value &src)
{
    if (!src.is_object()) throw LoadError("sortObj is not an object");
    const auto cls = src.find("className");
    auto sort = std::make_shared<Sort>();
    if (cls != src.end() && *cls == "SingleSort") {
        sort->m_keys.push_back(singleFromJson(src));
    } else if (cls != src.end() && *cls == "MultiSort") {
        sort->m_multi = true;
        if (const auto orders = src.find("sortOrders"); orders != src.end()) {
            if (!orders->is_array()) throw LoadError("MultiSort 'sortOrders' is not a list");
            for (const Value &o : *orders)
                sort->m_keys.push_back(singleFromJson(o));
        }
    } else {
        throw LoadError("Unknown sort class");
    }
    return sort;
}

Value Sort::toJson() const
{
    if (!m_multi) return m_keys.front().toJson();
    Value out = Value::object();
    out["className"] = "MultiSort";
    out["version"] = "1";
    Value orders = Value::array();
    for (const SortKey &k : m_keys)
        orders.push_back(k.toJson());
    out["sortOrders"] = std::move(orders);
    return out;
}

void Sort::apply(std::vector<ItemPtr> &items) const
{
    if (items.size() < 2 || m_keys.empty()) return;
    std::vector<std::size_t> order(items.size());
    std::iota(order.begin(), order.end(), 0);
    sortLevel(items, m_keys, 0, order.begin(), order.end());
    std::vector<ItemPtr> sorted;
    sorted.reserve(items.size());
    for (const std::size_t i : order)
        sorted.push_back(std::move(items[i]));
    items = std::move(sorted);
}

} // namespace dtdb
