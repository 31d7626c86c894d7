#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace dtdb::history {
struct EntryInfo;
}

namespace dtdb::document {

class HistoryDocument;

// What an entry did, as the activity chart groups it. A failed or unreadable entry counts only
// as Failed, so that failures stand out instead of hiding among the successes of their type.
enum class ActivityCategory : std::uint8_t
{
    Add,
    Update,    // update, updateOne
    Delete,    // delete, deleteOne
    Read,      // search, searchOne, getAll, count
    Structure, // everything else: templates, renames, clears, merges, collection removal
    Failed,
};
inline constexpr int ActivityCategoryCount = 6;

// Lengths of time in microseconds (the unit of entry times), for bucket steps and labels.
namespace micros {
inline constexpr std::int64_t Millisecond = 1000;
inline constexpr std::int64_t Second = 1000 * Millisecond;
inline constexpr std::int64_t Minute = 60 * Second;
inline constexpr std::int64_t Hour = 60 * Minute;
inline constexpr std::int64_t Day = 24 * Hour;
inline constexpr std::int64_t Week = 7 * Day;
} // namespace micros

ActivityCategory activityCategory(const history::EntryInfo &info);

// What the x of the activity measures: UTC microseconds when the history has times, else entry
// numbers (entry i, 0-based, is at x = i + 1, so that the cursor at position p is at x = p).
enum class ActivityAxis
{
    Time,
    Position
};

// Buckets of one size, aligned on multiples of `step` from `origin`: bucket k holds the x in
// [origin + k * step, origin + (k + 1) * step). Aligned buckets keep their boundaries while the
// view pans, and put day buckets on midnights (UTC) and week buckets on Mondays.
struct ActivityGrid
{
    std::int64_t origin = 0;
    std::int64_t step = 1;

    std::int64_t bucketOf(std::int64_t x) const;
    std::int64_t startOf(std::int64_t bucket) const { return origin + bucket * step; }
    // How many buckets [from, to) touches (to > from).
    std::int64_t countIn(std::int64_t from, std::int64_t to) const;
};

// The bucket sizes a reader takes in at a glance, ascending: for time 1-2-5 steps below a
// second, then 1 s, 5 s, 15 s, 30 s, 1 min, 5 min, 15 min, 30 min, 1 h, 3 h, 6 h, 12 h, 1 day,
// 1 week, 4 weeks, 13 weeks, 52 weeks and multiples of 52 weeks; for positions 1-2-5 steps.
std::span<const std::int64_t> niceSteps(ActivityAxis axis);

// The grid of a step, aligned as that step's buckets are.
ActivityGrid alignedGrid(ActivityAxis axis, std::int64_t step);

// The grid with the smallest nice step for which [from, to) spans at most `maxBuckets` buckets.
ActivityGrid niceGrid(ActivityAxis axis, std::int64_t from, std::int64_t to, int maxBuckets);

// Entries [begin, end): the cursor stands before them at position `begin`, after them at `end`.
struct PositionRange
{
    std::size_t begin = 0;
    std::size_t end = 0;

    std::size_t size() const { return end - begin; }
};

struct ActivityBucket
{
    std::int64_t start = 0, end = 0; // x in [start, end)
    PositionRange entries;
    std::array<std::uint32_t, ActivityCategoryCount> counts{};

    std::uint32_t count(ActivityCategory c) const { return counts[std::size_t(c)]; }
    std::uint32_t total() const;
};

// A snapshot of the history (an anchor read from a file) on the activity's x axis.
struct SnapshotMarker
{
    std::size_t position = 0; // the snapshot is the state after this many entries
    std::int64_t x = 0;
    int file = 0; // index into History::files
};

// The activity of a range of x: its grid, the buckets covering it and the snapshots in it.
struct Activity
{
    ActivityAxis axis = ActivityAxis::Position;
    ActivityGrid grid;
    std::int64_t from = 0, to = 0; // the range asked for, [from, to)
    std::int64_t firstBucket = 0;  // the grid index of buckets.front()
    std::vector<ActivityBucket> buckets;
    std::vector<SnapshotMarker> snapshots;

    std::uint32_t maxTotal() const;
    // The bucket holding x, or null outside the buckets.
    const ActivityBucket *bucketAt(std::int64_t x) const;
};

// The x and category of every entry of a document, read once (O(entries), 9 bytes an entry),
// so that the activity of any range, and the entries of any bucket, are found without asking
// the document again: zooming recomputes the buckets of the visible range only.
class ActivityIndex
{
public:
    static constexpr int DefaultMaxBuckets = 120;

    ActivityIndex() = default;
    explicit ActivityIndex(const HistoryDocument &doc);

    // Re-reads the entries appended in the app (after edits, undo, redo); the history's own
    // entries never change while it is open.
    void refreshLocal(const HistoryDocument &doc);

    ActivityAxis axis() const { return m_axis; }
    std::size_t entryCount() const { return m_category.size(); }
    ActivityCategory category(std::size_t index) const { return m_category[index]; }
    // Entries without a time, or with a time before an earlier entry's, count as at the time
    // of the entry before them: x never decreases along the entries, as positions do not.
    std::int64_t entryX(std::size_t index) const;
    // Where the cursor at `position` stands: at the entry before it; at 0, at the first
    // snapshot's time when it is known.
    std::int64_t cursorX(std::size_t position) const;
    // The position after the last entry at or before x.
    std::size_t positionAtX(std::int64_t x) const;
    // The x of the whole history, its entries and snapshots: [startX(), endX()].
    std::int64_t startX() const;
    std::int64_t endX() const;
    const std::vector<SnapshotMarker> &snapshots() const { return m_snapshots; }

    // The activity of [from, to) in at most `maxBuckets` buckets of a nice size.
    Activity activity(std::int64_t from, std::int64_t to, int maxBuckets = DefaultMaxBuckets) const;

    // The entries whose x lies in a bucket of `grid`.
    PositionRange positionsOfBucket(const ActivityGrid &grid, std::int64_t bucket) const;
    // The bucket of the entry at the cursor (entry position - 1; the start at position 0).
    std::int64_t bucketOfPosition(const ActivityGrid &grid, std::size_t position) const;
    // One bucket on from `position`: after the entries of the bucket holding the next entry,
    // so that every step moves and empty buckets are skipped. The entry count at the end.
    std::size_t nextBucketPosition(const ActivityGrid &grid, std::size_t position) const;
    // One bucket back: before the entries of the bucket holding the entry at the cursor.
    std::size_t previousBucketPosition(const ActivityGrid &grid, std::size_t position) const;

private:
    void appendEntries(const HistoryDocument &doc, std::size_t from);

    ActivityAxis m_axis = ActivityAxis::Position;
    std::vector<std::int64_t> m_x; // Time axis only: entryX, non-decreasing
    std::vector<ActivityCategory> m_category;
    std::vector<SnapshotMarker> m_snapshots;
    std::int64_t m_startTime = 0; // Time axis: the cursor's x at position 0
};

} // namespace dtdb::document
