#pragma once

// Strict JSON comparison for conformance tests: numbers by value with int / float / bool kept
// apart, object key order significant. Returns a description of the first difference.

#include "value.h"

#include <cmath>
#include <optional>
#include <string>

namespace testutil {

inline std::string kindOf(const dtdb::Value &v)
{
    if (v.is_number_integer() || v.is_number_unsigned()) return "int";
    return v.type_name();
}

inline std::optional<std::string> jsonDifference(const dtdb::Value &expected,
                                                 const dtdb::Value &actual,
                                                 const std::string &path = "$")
{
    using dtdb::Value;
    const auto describe = [&](const std::string &what) {
        return path + ": " + what + " (expected " + expected.dump().substr(0, 200) + ", got " +
               actual.dump().substr(0, 200) + ")";
    };
    if (kindOf(expected) != kindOf(actual))
        return describe("type " + kindOf(expected) + " vs " + kindOf(actual));
    if (expected.is_object()) {
        if (expected.size() != actual.size()) return describe("object size differs");
        auto e = expected.begin();
        auto a = actual.begin();
        for (; e != expected.end(); ++e, ++a) {
            if (e.key() != a.key())
                return describe("key order/name: '" + e.key() + "' vs '" + a.key() + "'");
            if (auto d = jsonDifference(e.value(), a.value(), path + "." + e.key())) return d;
        }
        return std::nullopt;
    }
    if (expected.is_array()) {
        if (expected.size() != actual.size())
            return describe("array size " + std::to_string(expected.size()) + " vs " +
                            std::to_string(actual.size()));
        for (std::size_t i = 0; i < expected.size(); ++i)
            if (auto d =
                    jsonDifference(expected[i], actual[i], path + "[" + std::to_string(i) + "]"))
                return d;
        return std::nullopt;
    }
    if (expected.is_number_float()) {
        const double e = expected.get<double>(), a = actual.get<double>();
        if (e == a || (std::isnan(e) && std::isnan(a))) return std::nullopt;
        return describe("float value");
    }
    if (expected != actual) return describe("value");
    return std::nullopt;
}

} // namespace testutil
