#pragma once

// Helpers for tests of JSON readers and writers: parsing that must succeed, and a Value
// equality stricter than nlohmann's.

#include "jsonio.h"

#include <QByteArray>
#include <QtGlobal>

#include <cmath>
#include <cstring>
#include <string>
#include <string_view>

namespace testutil {

inline std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

inline dtdb::Value parseOrFail(const QByteArray &text)
{
    dtdb::json::ParseError error;
    auto value = dtdb::json::parse(view(text), &error);
    if (!value)
        qFatal("parse failed: %s at %zu:%zu", error.message.c_str(), error.line, error.column);
    return *value;
}

inline std::string describe(const char *what, const dtdb::Value &a, const dtdb::Value &b)
{
    return std::string(what)
        .append(dtdb::json::write(a))
        .append(" vs ")
        .append(dtdb::json::write(b));
}

// Equality without nlohmann's numeric coercion (1 == 1.0 == 1u there): same types, same key
// order, floats bit for bit (NaN equal to NaN). Reports the first difference.
inline bool strictlyEqual(const dtdb::Value &a, const dtdb::Value &b, std::string &where)
{
    if (a.type() != b.type()) {
        where = describe("types differ: ", a, b);
        return false;
    }
    switch (a.type()) {
    case dtdb::Value::value_t::object: {
        if (a.size() != b.size()) {
            where = "object sizes differ";
            return false;
        }
        auto ib = b.items().begin();
        for (const auto &[key, value] : a.items()) {
            if (key != ib.key()) {
                where = std::string("keys differ: ").append(key).append(" vs ").append(ib.key());
                return false;
            }
            if (!strictlyEqual(value, ib.value(), where)) {
                where = std::string(key).append(".").append(where);
                return false;
            }
            ++ib;
        }
        return true;
    }
    case dtdb::Value::value_t::array:
        if (a.size() != b.size()) {
            where = "array sizes differ";
            return false;
        }
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (!strictlyEqual(a[i], b[i], where)) {
                where = std::string("[").append(std::to_string(i)).append("]").append(where);
                return false;
            }
        }
        return true;
    case dtdb::Value::value_t::number_float: {
        const double x = a.get<double>();
        const double y = b.get<double>();
        if (std::memcmp(&x, &y, sizeof x) == 0 || (std::isnan(x) && std::isnan(y))) return true;
        where = describe("floats differ: ", a, b);
        return false;
    }
    default:
        if (a == b) return true;
        where = describe("values differ: ", a, b);
        return false;
    }
}

} // namespace testutil
