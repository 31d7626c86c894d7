#pragma once

#include "entryscan.h"
#include "history.h"

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace dtdb::history {

// What the timeline knows about one entry after indexing (kept small: 10^6 of them).
struct EntryInfo
{
    QueryType type = QueryType::Count; // the first inner query's type for a transaction
    bool transaction = false;
    bool readable = true;
    bool success = false;
    bool wrote = false;       // the entry changed the state
    std::uint32_t target = 0; // index into Timeline::names() (first query's target)
    std::uint32_t actor = 0;  // index into Timeline::actors(); 0 = no Cause
    std::uint32_t error = 0;  // index into Timeline::names(); 0 = no error message
    std::int64_t dbLength = 0, updateCount = 0, hitCount = 0;
    std::uint32_t touched = 0; // items inserted, removed or replaced
    // A read whose own result (success, counts, error) is not known yet: indexing applies what
    // entries change, and reads are evaluated afterwards (Timeline::evaluateReads).
    bool pending = false;
    std::uint32_t readSlot = 0; // where evaluateReads puts the result (internal)
};

struct ActorInfo
{
    ActorType type = ActorType::Human;
    std::string id;
    std::string name;
};

// Interned names and actors, and the EntryInfo of an executed entry. The timeline has one for
// the history; an editor extends a copy of it for the entries it appends.
class EntryDescriber
{
public:
    EntryDescriber();

    const std::vector<std::string> &names() const { return m_names; }
    const std::vector<ActorInfo> &actors() const { return m_actors; }

    std::uint32_t intern(const std::string &name);
    std::uint32_t internActor(const CauseSummary *cause);
    // `cause` summarises the entry's Cause (null without one).
    EntryInfo describe(const LogEntry &entry, const ExecutionResult &result, const Change &change,
                       const CauseSummary *cause);

private:
    std::vector<std::string> m_names; // [0] = "" (no name / no error)
    std::vector<ActorInfo> m_actors;  // [0] = no Cause
};

struct TimelineOptions
{
    // The server's collection permissions, when known: denied entries then change nothing.
    std::optional<PermissionMap> permissions;
    // A checkpoint every this many entries; 0: by change volume (see CheckpointCost).
    std::size_t checkpointEvery = 0;
    // Progress in entries indexed; return false to cancel.
    std::function<bool(qint64 done, qint64 total)> progress;
    // Leave the results of reads to a later evaluateReads() instead of computing them before
    // build returns (the app shows the timeline first and fills them in the background).
    bool deferReads = false;
};

// The index of a history, built by replaying it once, and random access to its states.
class Timeline
{
public:
    // Without a fixed spacing, a checkpoint is taken once the changes recorded since the
    // previous one cost this many item moves to apply (Change::cost). A seek then applies at
    // most that many (a few milliseconds), and the number of checkpoints, each a copy of the
    // storage chunks written since the previous one, follows how much the history changes the
    // state rather than how many entries (reads, failures) it has. Measured at 10^6 entries:
    // 16,384 gave seeks p99 ~5 ms and 95 checkpoints (~105 MB of chunk copies); this gives
    // p99 ~8.5 ms, still within a frame, for half of that memory.
    static constexpr std::size_t CheckpointCost = 32768;

    // Replays the whole history once; null when cancelled. This is where entries are first
    // parsed (once each): it completes the history with their Cause times, marks unreadable
    // ones and appends their problems to History::problems, after those of whole files.
    //
    // Indexing only applies what entries change: a read's result does not affect any state,
    // and evaluating the reads is most of the work of a replay (a search examines dozens of
    // items, a write one). Their results come from evaluateReads(), run here unless
    // options.deferReads.
    static std::shared_ptr<const Timeline> build(std::shared_ptr<History> history,
                                                 const TimelineOptions &options = {});

    // Computes the results of the reads indexing left pending, from the recorded changes and
    // the checkpoints, on this thread and a second one. Safe while other threads read the
    // timeline: each result is published when it is complete (info() reports it from then on).
    // Concurrent calls wait for each other; a cancelled pass resumes where it stopped. False
    // when progress returned false.
    bool evaluateReads(const std::function<bool(qint64 done, qint64 total)> &progress = {}) const;
    bool readsEvaluated() const;
    // Per part of the pass, in position order, where it stands: the reads of the entries from
    // where the part starts up to there have their results.
    std::vector<std::size_t> readsDone() const;

    const History &history() const { return *m_history; }
    std::size_t size() const { return m_info.size(); }
    // The entry's info, with its read result once evaluated (pending until then).
    EntryInfo info(std::size_t position) const;
    const std::vector<std::string> &names() const { return m_describer.names(); }
    const std::vector<ActorInfo> &actors() const { return m_describer.actors(); }
    const EntryDescriber &describer() const { return m_describer; }
    std::size_t checkpointCount() const { return m_checkpoints.size(); }
    const ExecOptions &execOptions() const { return m_exec; }

    // The database after `position` entries (0 = the first anchor), from the nearest
    // checkpoint or anchor at or before it.
    Database stateAt(std::size_t position) const;

    // What entry `index` (0-based) changed, recorded against the state after `index` entries
    // (an anchor at `index` included). Empty for reads and unreadable entries.
    const Change &changeOf(std::size_t index) const { return m_changes[index]; }

    // Executes entry `index` (0-based) on `state` (the state after `index` entries), recording
    // its change, and gives its result; nullopt for an unreadable entry, which changes nothing.
    std::optional<ExecutionResult> executeEntry(Database &state, std::size_t index, Change *change,
                                                bool computeReads) const;
    // The anchor state sitting exactly at `position`, if any.
    const Database *anchorAt(std::size_t position) const;

    // Cause chains (spec §8.1): the entries whose Cause carries this serial, and the entries
    // whose Cause names it as chainParentSerial, in position order.
    std::vector<std::size_t> entriesWithSerial(const Value &serial) const;
    std::vector<std::size_t> childrenOf(const Value &serial) const;

private:
    Timeline() = default;

    struct ReadResult
    {
        bool success = true;
        std::uint32_t error = 0;
        std::int64_t dbLength = 0, hitCount = 0;
    };
    // The reads of [begin, end) are evaluated in order; those before `done` are final.
    struct ReadSegment
    {
        std::size_t begin = 0, end = 0;
        std::atomic<std::size_t> done{0};
    };
    struct ReadPass
    {
        std::vector<std::unique_ptr<ReadSegment>> segments;
        std::mutex running;
    };
    void planReadPass();
    ReadResult evaluateRead(Database &state, std::size_t index, const EntryTexts &texts,
                            const ExecOptions &evaluating) const;
    bool evaluateSegment(ReadSegment &segment, const std::atomic<bool> &cancelled,
                         const std::function<void()> &betweenBlocks = {}) const;

    std::shared_ptr<const History> m_history;
    ExecOptions m_exec;
    std::optional<PermissionMap> m_permissions;
    std::vector<EntryInfo> m_info;
    std::vector<Change> m_changes; // one per entry: seeks and steps apply them, never replay
    mutable std::vector<ReadResult> m_readResults; // per pending read (EntryInfo::readSlot)
    std::uint32_t m_changedOnDiskError = 0;        // a name: a read no longer in its file
    std::unique_ptr<ReadPass> m_readPass;
    EntryDescriber m_describer;
    std::vector<std::pair<std::size_t, std::shared_ptr<const Database>>> m_checkpoints;
    // (hash of the compact serial, position), sorted: 16 bytes per entry with a Cause serial
    // instead of the serial strings themselves. Candidates are checked by re-parsing.
    std::vector<std::pair<std::uint64_t, std::uint32_t>> m_serials;
    std::vector<std::pair<std::uint64_t, std::uint32_t>> m_parents;
};

// A position on a timeline with its state, moving by single steps in O(size of the change)
// and by seeks from checkpoints. It never executes a query: it applies and reverts the changes
// the timeline recorded.
class Cursor
{
public:
    explicit Cursor(std::shared_ptr<const Timeline> timeline);

    std::size_t position() const { return m_position; }
    const Database &state() const { return m_state; }

    void seek(std::size_t position);
    void stepForward();
    void stepBack();
    // Steps when the target is at most StepLimit entries away, seeks otherwise.
    void moveTo(std::size_t position);

private:
    static constexpr std::size_t StepLimit = 256;

    std::shared_ptr<const Timeline> m_timeline;
    std::size_t m_position = 0;
    Database m_state;
};

} // namespace dtdb::history
