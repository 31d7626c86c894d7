#include "errors.h"
#include "operations_p.h"
#include "pyvalue.h"
#include "twothreads_p.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace dtdb::ops {

namespace {

using Kind = QueryNode::Kind;
using Seqs = std::vector<std::uint64_t>;

// Below this size a scan is as cheap as building or consulting an index.
constexpr std::size_t IndexThreshold = 64;
// Above this size a full scan of a filter that cannot raise is split over two threads (the
// order of evaluation is then free, and the machine has at least two cores).
constexpr std::size_t ParallelScanThreshold = 32768;

// Matches among chunks [first, last) of `items`, whose first item is at `position`.
void scanChunks(const ItemStore &items, std::size_t first, std::size_t last, std::size_t position,
                const QueryNode &node, std::vector<Match> &out)
{
    for (std::size_t c = first; c < last; ++c)
        for (const StoredItem &s : items.chunk(c)) {
            if (node.evaluate(*s.item)) out.push_back({position, s.item});
            ++position;
        }
}

std::vector<Match> parallelScan(const ItemStore &items, const QueryNode &node)
{
    const std::size_t mid = items.chunkCount() / 2;
    std::size_t midPosition = 0;
    for (std::size_t c = 0; c < mid; ++c)
        midPosition += items.chunk(c).size();
    std::vector<Match> first, second;
    detail::runOnTwoThreads(
        [&] { scanChunks(items, 0, mid, 0, node, first); },
        [&] { scanChunks(items, mid, items.chunkCount(), midPosition, node, second); });
    first.insert(first.end(), std::make_move_iterator(second.begin()),
                 std::make_move_iterator(second.end()));
    return first;
}

bool isIndexableLeaf(const QueryNode &n)
{
    switch (n.kind()) {
    case Kind::Equals:
        return n.valueType() == ValueType::Auto;
    case Kind::In:
        return true;
    case Kind::GreaterThan:
    case Kind::LessThan:
    case Kind::GreaterThanOrEqual:
    case Kind::LessThanOrEqual:
        return n.valueType() == ValueType::Auto && FieldIndex::numericKey(n.value()).has_value();
    default:
        return false;
    }
}

// Range bounds (inclusive, so rounding of big integers to double never loses a match).
void rangeOf(const QueryNode &n, std::optional<double> &lo, std::optional<double> &hi)
{
    const double v = *FieldIndex::numericKey(n.value());
    if (n.kind() == Kind::GreaterThan || n.kind() == Kind::GreaterThanOrEqual)
        lo = v;
    else
        hi = v;
}

// How many candidates a leaf would give (capped at stopAt); nullopt when not indexable.
std::optional<std::size_t> estimate(const Collection &c, const QueryNode &n, std::size_t stopAt)
{
    if (!isIndexableLeaf(n)) return std::nullopt;
    const FieldIndex *index = c.index(n.field());
    if (!index) return std::nullopt;
    switch (n.kind()) {
    case Kind::Equals:
        return index->equalTo(n.value())->size();
    case Kind::In: {
        std::size_t total = 0;
        for (const Value &v : n.values())
            total += index->equalTo(v)->size();
        return total;
    }
    default: {
        std::optional<double> lo, hi;
        rangeOf(n, lo, hi);
        return index->numericRangeCount(lo ? &*lo : nullptr, hi ? &*hi : nullptr, stopAt);
    }
    }
}

std::optional<Seqs> candidates(const Collection &c, const QueryNode &n);

std::optional<Seqs> leafCandidates(const Collection &c, const QueryNode &n)
{
    const FieldIndex *index = c.index(n.field());
    if (!index) return std::nullopt;
    Seqs out;
    switch (n.kind()) {
    case Kind::Equals:
        return *index->equalTo(n.value());
    case Kind::In:
        for (const Value &v : n.values()) {
            const Seqs &s = *index->equalTo(v);
            out.insert(out.end(), s.begin(), s.end());
        }
        break;
    default: {
        std::optional<double> lo, hi;
        rangeOf(n, lo, hi);
        index->numericRange(lo ? &*lo : nullptr, hi ? &*hi : nullptr, out);
        break;
    }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

// Tells the collection which fields this query could use an index on (each once).
void noteIndexableFields(const Collection &c, const QueryNode &n, std::vector<const Value *> &seen)
{
    if (isIndexableLeaf(n)) {
        for (const Value *p : seen)
            if (*p == n.field().raw()) return;
        seen.push_back(&n.field().raw());
        c.noteFilteredField(n.field());
        return;
    }
    if (n.kind() == Kind::And || n.kind() == Kind::Or)
        for (const auto &child : n.children())
            noteIndexableFields(c, *child, seen);
}

// A superset of the items matching n, as sorted sequence numbers; nullopt means "scan".
std::optional<Seqs> candidates(const Collection &c, const QueryNode &n)
{
    if (isIndexableLeaf(n)) return leafCandidates(c, n);
    if (n.kind() == Kind::And) {
        // Any one conjunct bounds the matches; take the most selective indexable one. Range
        // conditions on the same field are intersected first (lo <= f AND f < hi).
        const QueryNode *best = nullptr;
        std::size_t bestCount = c.size() / 4 + 1; // not worth it above a quarter of the items
        for (const auto &child : n.children()) {
            if (child->kind() != Kind::Equals && child->kind() != Kind::In) continue;
            const auto e = estimate(c, *child, bestCount);
            if (e && *e < bestCount) {
                best = child.get();
                bestCount = *e;
            }
        }
        const FieldIndex *bestRangeIndex = nullptr;
        std::optional<double> bestLo, bestHi;
        for (const auto &child : n.children()) {
            if (!isIndexableLeaf(*child) || child->kind() == Kind::Equals ||
                child->kind() == Kind::In)
                continue;
            std::optional<double> lo, hi;
            for (const auto &other : n.children()) {
                if (!isIndexableLeaf(*other) || other->kind() == Kind::Equals ||
                    other->kind() == Kind::In || other->field().raw() != child->field().raw())
                    continue;
                std::optional<double> l, h;
                rangeOf(*other, l, h);
                if (l) lo = lo ? std::max(*lo, *l) : *l;
                if (h) hi = hi ? std::min(*hi, *h) : *h;
            }
            const FieldIndex *index = c.index(child->field());
            if (!index) continue;
            const std::size_t e =
                index->numericRangeCount(lo ? &*lo : nullptr, hi ? &*hi : nullptr, bestCount);
            if (e < bestCount) {
                best = nullptr;
                bestRangeIndex = index;
                bestLo = lo;
                bestHi = hi;
                bestCount = e;
            }
        }
        if (bestRangeIndex) {
            Seqs out;
            bestRangeIndex->numericRange(bestLo ? &*bestLo : nullptr, bestHi ? &*bestHi : nullptr,
                                         out);
            std::sort(out.begin(), out.end());
            return out;
        }
        return best ? leafCandidates(c, *best) : std::nullopt;
    }
    if (n.kind() == Kind::Or) {
        Seqs all;
        for (const auto &child : n.children()) {
            const auto s = candidates(c, *child);
            if (!s) return std::nullopt;
            all.insert(all.end(), s->begin(), s->end());
        }
        std::sort(all.begin(), all.end());
        all.erase(std::unique(all.begin(), all.end()), all.end());
        return all;
    }
    return std::nullopt;
}

} // namespace

std::vector<Match> findMatches(const Collection &c, const QueryNode *node, std::size_t limit,
                               bool useIndex, std::exception_ptr &error)
{
    std::vector<Match> out;
    if (!c.hasValidData()) throw PyTypeError("collection data is not a list");
    const ItemStore &items = c.items();
    if (items.empty() || limit == 0) return out;
    if (!node) {
        error =
            std::make_exception_ptr(PyTypeError("'NoneType' object has no attribute 'evaluate'"));
        return out;
    }
    try {
        if (useIndex && items.size() >= IndexThreshold && !node->canRaise()) {
            std::vector<const Value *> seen;
            noteIndexableFields(c, *node, seen);
            if (const auto seqs = candidates(c, *node)) {
                for (const std::uint64_t seq : *seqs) {
                    const auto loc = items.find(seq);
                    if (!loc) continue;
                    const StoredItem &s = items.at(*loc);
                    if (node->evaluate(*s.item)) {
                        out.push_back({loc->position, s.item});
                        if (out.size() >= limit) break;
                    }
                }
                return out;
            }
        }
        if (limit == std::numeric_limits<std::size_t>::max() &&
            items.size() >= ParallelScanThreshold && !node->canRaise())
            return parallelScan(items, *node);
        std::size_t position = 0;
        items.forEach([&](const StoredItem &s) {
            if (node->evaluate(*s.item)) {
                out.push_back({position, s.item});
                if (out.size() >= limit) return false;
            }
            ++position;
            return true;
        });
    } catch (...) {
        error = std::current_exception();
    }
    return out;
}

} // namespace dtdb::ops
