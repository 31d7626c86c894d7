#include "activity.h"

#include "historydocument.h"

#include <algorithm>
#include <limits>

namespace dtdb::document {

namespace {

using namespace micros;
// 1970-01-01 was a Thursday: week buckets start on the Monday after it.
constexpr std::int64_t FirstMonday = 4 * Day;

// 1, 2, 5, 10, 20, 50, … from `from` while below `limit`.
void appendOneTwoFive(std::vector<std::int64_t> &steps, std::int64_t from, std::int64_t limit)
{
    for (std::int64_t decade = from;; decade *= 10) {
        for (const std::int64_t m : {1, 2, 5})
            if (decade < limit / m) steps.push_back(decade * m);
        if (decade > limit / 10) break; // the next decade would pass the limit (or overflow)
    }
}

std::vector<std::int64_t> makeTimeSteps()
{
    std::vector<std::int64_t> steps;
    appendOneTwoFive(steps, 1, Second);
    for (const std::int64_t s :
         {Second, 5 * Second, 15 * Second, 30 * Second, Minute, 5 * Minute, 15 * Minute,
          30 * Minute, Hour, 3 * Hour, 6 * Hour, 12 * Hour, Day, Week, 4 * Week, 13 * Week})
        steps.push_back(s);
    // Years of 52 weeks keep year buckets aligned with the week grid.
    appendOneTwoFive(steps, 52 * Week, std::numeric_limits<std::int64_t>::max() / 4);
    return steps;
}

std::vector<std::int64_t> makePositionSteps()
{
    std::vector<std::int64_t> steps;
    appendOneTwoFive(steps, 1, std::numeric_limits<std::int64_t>::max() / 4);
    return steps;
}

} // namespace

ActivityCategory activityCategory(const history::EntryInfo &info)
{
    if (!info.readable || !info.success) return ActivityCategory::Failed;
    switch (info.type) {
    case QueryType::Add:
        return ActivityCategory::Add;
    case QueryType::Update:
    case QueryType::UpdateOne:
        return ActivityCategory::Update;
    case QueryType::Delete:
    case QueryType::DeleteOne:
        return ActivityCategory::Delete;
    case QueryType::Search:
    case QueryType::SearchOne:
    case QueryType::GetAll:
    case QueryType::Count:
        return ActivityCategory::Read;
    case QueryType::ConformToTemplate:
    case QueryType::RenameField:
    case QueryType::Clear:
    case QueryType::ClearAdd:
    case QueryType::RemoveCollection:
    case QueryType::Merge:
        break;
    }
    return ActivityCategory::Structure;
}

// ---- Grid ----

std::int64_t ActivityGrid::bucketOf(std::int64_t x) const
{
    const std::int64_t d = x - origin;
    std::int64_t q = d / step;
    if (d % step < 0) --q; // floor, not truncation, before the origin
    return q;
}

std::int64_t ActivityGrid::countIn(std::int64_t from, std::int64_t to) const
{
    return bucketOf(to - 1) - bucketOf(from) + 1;
}

std::span<const std::int64_t> niceSteps(ActivityAxis axis)
{
    static const std::vector<std::int64_t> time = makeTimeSteps();
    static const std::vector<std::int64_t> position = makePositionSteps();
    return axis == ActivityAxis::Time ? time : position;
}

ActivityGrid alignedGrid(ActivityAxis axis, std::int64_t step)
{
    if (axis == ActivityAxis::Position) return {1, step}; // entries k*step+1 … (k+1)*step
    return {step % Week == 0 ? FirstMonday : 0, step};
}

ActivityGrid niceGrid(ActivityAxis axis, std::int64_t from, std::int64_t to, int maxBuckets)
{
    to = std::max(to, from + 1);
    maxBuckets = std::max(maxBuckets, 1);
    const auto steps = niceSteps(axis);
    for (const std::int64_t step : steps) {
        const ActivityGrid grid = alignedGrid(axis, step);
        if (grid.countIn(from, to) <= maxBuckets) return grid;
    }
    return alignedGrid(axis, steps.back());
}

// ---- Buckets ----

std::uint32_t ActivityBucket::total() const
{
    std::uint32_t sum = 0;
    for (const std::uint32_t c : counts)
        sum += c;
    return sum;
}

std::uint32_t Activity::maxTotal() const
{
    std::uint32_t max = 0;
    for (const ActivityBucket &b : buckets)
        max = std::max(max, b.total());
    return max;
}

const ActivityBucket *Activity::bucketAt(std::int64_t x) const
{
    const std::int64_t k = grid.bucketOf(x) - firstBucket;
    if (k < 0 || k >= std::int64_t(buckets.size())) return nullptr;
    return &buckets[std::size_t(k)];
}

// ---- Index ----

ActivityIndex::ActivityIndex(const HistoryDocument &doc)
{
    if (!doc.isOpen()) return;
    m_axis = doc.hasTimes() ? ActivityAxis::Time : ActivityAxis::Position;
    appendEntries(doc, 0);
}

void ActivityIndex::refreshLocal(const HistoryDocument &doc)
{
    const bool timed = doc.isOpen() && doc.hasTimes();
    if (timed != (m_axis == ActivityAxis::Time) || !doc.isOpen()) {
        *this = ActivityIndex(doc);
        return;
    }
    const std::size_t keep = std::min(doc.baseEntryCount(), m_category.size());
    m_category.resize(keep);
    if (m_axis == ActivityAxis::Time) m_x.resize(keep);
    appendEntries(doc, keep);
}

void ActivityIndex::appendEntries(const HistoryDocument &doc, std::size_t from)
{
    const std::size_t count = doc.entryCount();
    m_category.reserve(count);
    for (std::size_t i = from; i < count; ++i)
        m_category.push_back(activityCategory(doc.info(i)));

    const auto &anchors = doc.history().anchors;
    if (m_axis == ActivityAxis::Time) {
        m_x.reserve(count);
        for (std::size_t i = from; i < count; ++i) {
            const std::int64_t t = doc.entryTime(i);
            const std::int64_t before = m_x.empty() ? history::NoTime : m_x.back();
            m_x.push_back(t == history::NoTime ? before : std::max(before, t));
        }
        // Entries before the first one with a time have no entry before them to take it from:
        // they take the first time there is.
        const auto known = std::find_if(m_x.begin(), m_x.end(),
                                        [](std::int64_t x) { return x != history::NoTime; });
        const std::int64_t first = known == m_x.end() ? 0 : *known;
        std::fill(m_x.begin(), known, first);

        const std::int64_t anchorTime = anchors.empty() ? history::NoTime : anchors.front().time;
        m_startTime = anchorTime == history::NoTime ? first : std::min(anchorTime, first);
    }

    m_snapshots.clear();
    for (const history::Anchor &a : anchors) {
        if (a.file < 0) continue; // the implicit empty start is no snapshot
        const std::size_t position = std::min(a.position, count);
        const std::int64_t x =
            m_axis == ActivityAxis::Time && a.time != history::NoTime ? a.time : cursorX(position);
        m_snapshots.push_back({position, x, a.file});
    }
}

std::int64_t ActivityIndex::entryX(std::size_t index) const
{
    return m_axis == ActivityAxis::Time ? m_x[index] : std::int64_t(index) + 1;
}

std::int64_t ActivityIndex::cursorX(std::size_t position) const
{
    if (position == 0) return m_axis == ActivityAxis::Time ? m_startTime : 0;
    return entryX(std::min(position, entryCount()) - 1);
}

std::size_t ActivityIndex::positionAtX(std::int64_t x) const
{
    if (m_axis == ActivityAxis::Position)
        return std::size_t(std::clamp<std::int64_t>(x, 0, std::int64_t(entryCount())));
    return std::size_t(std::upper_bound(m_x.begin(), m_x.end(), x) - m_x.begin());
}

std::int64_t ActivityIndex::startX() const
{
    std::int64_t start = cursorX(0);
    for (const SnapshotMarker &s : m_snapshots)
        start = std::min(start, s.x);
    return start;
}

std::int64_t ActivityIndex::endX() const
{
    std::int64_t end = cursorX(entryCount());
    for (const SnapshotMarker &s : m_snapshots)
        end = std::max(end, s.x);
    return end;
}

Activity ActivityIndex::activity(std::int64_t from, std::int64_t to, int maxBuckets) const
{
    Activity a;
    a.axis = m_axis;
    a.from = from;
    a.to = std::max(to, from + 1);
    a.grid = niceGrid(m_axis, a.from, a.to, maxBuckets);
    a.firstBucket = a.grid.bucketOf(a.from);
    const std::int64_t count = a.grid.countIn(a.from, a.to);
    a.buckets.reserve(std::size_t(count));
    for (std::int64_t k = 0; k < count; ++k) {
        ActivityBucket b;
        b.start = a.grid.startOf(a.firstBucket + k);
        b.end = b.start + a.grid.step;
        b.entries = positionsOfBucket(a.grid, a.firstBucket + k);
        for (std::size_t i = b.entries.begin; i < b.entries.end; ++i)
            ++b.counts[std::size_t(m_category[i])];
        a.buckets.push_back(b);
    }
    for (const SnapshotMarker &s : m_snapshots)
        if (s.x >= a.from && s.x < a.to) a.snapshots.push_back(s);
    return a;
}

PositionRange ActivityIndex::positionsOfBucket(const ActivityGrid &grid, std::int64_t bucket) const
{
    const std::int64_t start = grid.startOf(bucket);
    return {positionAtX(start - 1), positionAtX(start + grid.step - 1)};
}

std::int64_t ActivityIndex::bucketOfPosition(const ActivityGrid &grid, std::size_t position) const
{
    return grid.bucketOf(cursorX(position));
}

std::size_t ActivityIndex::nextBucketPosition(const ActivityGrid &grid, std::size_t position) const
{
    if (position >= entryCount()) return entryCount();
    return positionsOfBucket(grid, grid.bucketOf(entryX(position))).end;
}

std::size_t ActivityIndex::previousBucketPosition(const ActivityGrid &grid,
                                                  std::size_t position) const
{
    if (position == 0) return 0;
    position = std::min(position, entryCount());
    return positionsOfBucket(grid, grid.bucketOf(entryX(position - 1))).begin;
}

} // namespace dtdb::document
