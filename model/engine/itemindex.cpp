#include "itemindex.h"

#include "pyvalue.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace dtdb {

namespace {

// Values that contain NaN are not equal to anything, themselves included: no equality query
// can match them, and a hash map could never find them again.
bool selfEqual(const Value &v)
{
    if (v.is_number_float()) return !std::isnan(v.get<double>());
    if (v.is_array() || v.is_object()) return py::equals(v, v);
    return true;
}

void insertSorted(std::vector<std::uint64_t> &seqs, std::uint64_t seq)
{
    if (seqs.empty() || seqs.back() < seq)
        seqs.push_back(seq);
    else
        seqs.insert(std::lower_bound(seqs.begin(), seqs.end(), seq), seq);
}

} // namespace

std::size_t FieldIndex::Hash::operator()(const Value &v) const
{
    return py::hash(v);
}

bool FieldIndex::Equal::operator()(const Value &a, const Value &b) const
{
    return py::equals(a, b);
}

FieldIndex::FieldIndex(FieldPath path) : m_path(std::move(path)) {}

std::optional<double> FieldIndex::numericKey(const Value &v)
{
    if (!py::isNumber(v)) return std::nullopt;
    const double d = v.is_boolean() ? double(v.get<bool>()) : v.get<double>();
    if (std::isnan(d)) return std::nullopt;
    return d;
}

Value FieldIndex::keyOf(const Item &item) const
{
    std::optional<Value> v = m_path.resolve(item);
    return v ? std::move(*v) : Value();
}

void FieldIndex::build(const ItemStore &items)
{
    m_equal.clear();
    m_numeric.clear();
    items.forEach([this](const StoredItem &s) {
        add(s.seq, *s.item);
        return true;
    });
}

void FieldIndex::add(std::uint64_t seq, const Item &item)
{
    const Value key = keyOf(item);
    if (selfEqual(key)) insertSorted(m_equal[key], seq);
    if (const auto d = numericKey(key)) m_numeric.emplace(*d, seq);
}

void FieldIndex::remove(std::uint64_t seq, const Item &item)
{
    const Value key = keyOf(item);
    if (selfEqual(key)) {
        const auto it = m_equal.find(key);
        if (it != m_equal.end()) {
            auto &seqs = it->second;
            const auto pos = std::lower_bound(seqs.begin(), seqs.end(), seq);
            if (pos != seqs.end() && *pos == seq) seqs.erase(pos);
            if (seqs.empty()) m_equal.erase(it);
        }
    }
    if (const auto d = numericKey(key)) m_numeric.erase({*d, seq});
}

void FieldIndex::replace(std::uint64_t seq, const Item &before, const Item &after)
{
    const Value a = keyOf(before);
    const Value b = keyOf(after);
    // Python-equal keys land in the same bucket and have the same numeric value.
    if (a.type() == b.type() && py::equals(a, b)) return;
    remove(seq, before);
    add(seq, after);
}

const std::vector<std::uint64_t> *FieldIndex::equalTo(const Value &v) const
{
    static const std::vector<std::uint64_t> none;
    if (!selfEqual(v)) return &none;
    const auto it = m_equal.find(v);
    return it == m_equal.end() ? &none : &it->second;
}

void FieldIndex::numericRange(const double *lo, const double *hi,
                              std::vector<std::uint64_t> &out) const
{
    auto first = lo ? m_numeric.lower_bound({*lo, 0}) : m_numeric.begin();
    const auto last = hi ? m_numeric.upper_bound({*hi, std::numeric_limits<std::uint64_t>::max()})
                         : m_numeric.end();
    for (; first != last; ++first)
        out.push_back(first->second);
}

std::size_t FieldIndex::numericRangeCount(const double *lo, const double *hi,
                                          std::size_t stopAt) const
{
    auto first = lo ? m_numeric.lower_bound({*lo, 0}) : m_numeric.begin();
    const auto last = hi ? m_numeric.upper_bound({*hi, std::numeric_limits<std::uint64_t>::max()})
                         : m_numeric.end();
    std::size_t n = 0;
    for (; first != last && n < stopAt; ++first)
        ++n;
    return n;
}

} // namespace dtdb
