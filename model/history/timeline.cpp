#include "timeline.h"

#include "errors.h"
#include "pydatetime.h"
#include "servernames.h"
#include "sourcetext.h"
#include "workahead_p.h"

#include <algorithm>
#include <thread>

namespace dtdb::history {

namespace {

std::string targetName(const Value &target)
{
    return collectionJsonName(target);
}

std::uint64_t serialHash(const Value &serial)
{
    return std::hash<std::string>{}(json::write(serial));
}

using SerialIndex = std::vector<std::pair<std::uint64_t, std::uint32_t>>;

std::vector<std::size_t> lookup(const SerialIndex &index, const Value &serial)
{
    std::vector<std::size_t> out;
    if (serial.is_null()) return out;
    const std::uint64_t h = serialHash(serial);
    auto it = std::lower_bound(index.begin(), index.end(), std::pair{h, std::uint32_t(0)});
    for (; it != index.end() && it->first == h; ++it)
        out.push_back(it->second);
    return out;
}

// Keeps the candidates whose Cause really has `serial` in the field `pick` selects (hash
// collisions are possible, if unlikely).
template <typename Pick>
std::vector<std::size_t> confirmed(const History &history, std::vector<std::size_t> candidates,
                                   const Value &serial, Pick pick)
{
    std::erase_if(candidates, [&](std::size_t position) {
        const auto entry = history.parse(position);
        const Cause *cause = entry ? causeOf(*entry) : nullptr;
        return !cause || pick(*cause) != serial;
    });
    return candidates;
}

} // namespace

EntryDescriber::EntryDescriber()
{
    m_names.emplace_back();
    m_actors.emplace_back();
}

std::uint32_t EntryDescriber::intern(const std::string &name)
{
    // Few distinct names (collections, error messages): a linear search is fine.
    for (std::size_t i = 0; i < m_names.size(); ++i)
        if (m_names[i] == name) return std::uint32_t(i);
    m_names.push_back(name);
    return std::uint32_t(m_names.size() - 1);
}

std::uint32_t EntryDescriber::internActor(const CauseSummary *cause)
{
    if (!cause) return 0;
    for (std::size_t i = 1; i < m_actors.size(); ++i)
        if (m_actors[i].id == cause->actorId && m_actors[i].type == cause->actorType)
            return std::uint32_t(i);
    m_actors.push_back({cause->actorType, cause->actorId, cause->actorName});
    return std::uint32_t(m_actors.size() - 1);
}

EntryInfo EntryDescriber::describe(const LogEntry &entry, const ExecutionResult &r,
                                   const Change &change, const CauseSummary *cause)
{
    EntryInfo info;
    info.success = r.isSuccess();
    info.wrote = !change.empty();
    info.touched =
        std::uint32_t(change.itemsInserted() + change.itemsRemoved() + change.itemsReplaced());
    info.actor = internActor(cause);
    if (const auto &message = r.errorMessage()) info.error = intern(*message);
    if (const auto *q = std::get_if<Query>(&entry)) {
        info.type = q->type;
        info.target = intern(targetName(q->target));
        info.dbLength = r.query.dbLength;
        info.updateCount = r.query.updateCount;
        info.hitCount = r.query.hitCount;
    } else {
        const auto &queries = std::get<TransactionQuery>(entry).queries;
        info.transaction = true;
        if (!queries.empty()) {
            info.type = queries.front().type;
            info.target = intern(targetName(queries.front().target));
        }
    }
    return info;
}

const Database *Timeline::anchorAt(std::size_t position) const
{
    const Database *found = nullptr; // the last of several anchors at one position
    for (const Anchor &a : m_history->anchors)
        if (a.position == position) found = a.state.get();
    return found;
}

std::vector<std::size_t> Timeline::entriesWithSerial(const Value &serial) const
{
    return confirmed(*m_history, lookup(m_serials, serial), serial,
                     [](const Cause &c) -> const Value & { return c.serial; });
}

std::vector<std::size_t> Timeline::childrenOf(const Value &serial) const
{
    return confirmed(*m_history, lookup(m_parents, serial), serial,
                     [](const Cause &c) -> const Value & { return c.chainParentSerial; });
}

std::optional<ExecutionResult> Timeline::executeEntry(Database &state, std::size_t index,
                                                      Change *change, bool computeReads) const
{
    const auto entry = m_history->parse(index);
    if (!entry) return std::nullopt;
    ExecOptions options = m_exec;
    options.computeReads = computeReads;
    return state.execute(*entry, options, change);
}

namespace {

// Parsing entries does not depend on the state: batches are parsed ahead of the thread that
// executes them.
constexpr std::size_t ParseBatch = 256;
constexpr std::size_t ParseAhead = 8;

// Threads that parse besides the one executing (which parses too while it would wait).
unsigned parseThreads()
{
    return std::max(2u, std::thread::hardware_concurrency()) - 1;
}

// The Cause's last hop, else its first (spec §8.5), as Unix microseconds.
std::int64_t causeTimeOf(const CauseSummary &cause)
{
    if (!cause.lastTimestamp) return NoTime;
    try {
        const py::DateTime utc = py::toUtc(*cause.lastTimestamp);
        return unixMicros(utc.year, utc.month, utc.day, utc.hour, utc.minute, utc.second,
                          utc.microsecond);
    } catch (const PyError &) { // year 1 ahead of UTC: no instant to place it at
        return NoTime;
    }
}

// The anchors of a history as a replay meets them, in position order (the loader's).
class AnchorWalk
{
public:
    explicit AnchorWalk(const std::vector<Anchor> &anchors) : m_anchors(anchors) {}

    // The state a replay takes on at position i: the last anchor there, or null. Positions
    // must not decrease from one call to the next.
    const Database *at(std::size_t i)
    {
        const Database *anchor = nullptr;
        for (; m_next < m_anchors.size() && m_anchors[m_next].position <= i; ++m_next)
            if (m_anchors[m_next].position == i) anchor = m_anchors[m_next].state.get();
        return anchor;
    }

private:
    const std::vector<Anchor> &m_anchors;
    std::size_t m_next = 0;
};

// An entry parsed, or why it could not be, with what indexing takes from its Cause.
struct Parsed
{
    std::optional<LogEntry> entry;
    Problem problem;
    std::optional<CauseSummary> cause;
    std::int64_t causeTime = NoTime;
};

// The fast reading first (scanLogEntry), the full one for whatever it leaves.
Parsed parseForIndex(const History &history, std::size_t i, const EntryTexts &texts)
{
    Parsed p;
    if (const auto text = texts.text(i, nullptr))
        if (auto scanned = scanLogEntry(*text)) {
            p.entry = std::move(scanned->entry);
            p.cause = std::move(scanned->cause);
        }
    if (!p.entry) {
        p.entry = history.parse(i, texts, &p.problem);
        if (const Cause *cause = p.entry ? causeOf(*p.entry) : nullptr)
            p.cause = CauseSummary::of(*cause);
    }
    if (p.cause) p.causeTime = causeTimeOf(*p.cause);
    return p;
}

std::vector<Parsed> parseBatch(const History &history, std::size_t from)
{
    const std::size_t to = std::min(history.entries.size(), from + ParseBatch);
    EntryTexts texts;
    texts.load(history, from, to);
    std::vector<Parsed> out;
    out.reserve(to - from);
    for (std::size_t i = from; i < to; ++i)
        out.push_back(parseForIndex(history, i, texts));
    return out;
}

} // namespace

std::shared_ptr<const Timeline> Timeline::build(std::shared_ptr<History> history,
                                                const TimelineOptions &options)
{
    std::shared_ptr<Timeline> t(new Timeline());
    t->m_history = history;
    t->m_permissions = options.permissions;
    t->m_exec.permissions = t->m_permissions ? &*t->m_permissions : nullptr;
    const std::size_t n = history->entries.size();
    const std::size_t every = options.checkpointEvery;
    std::size_t costSinceCheckpoint = 0;
    t->m_info.resize(n);
    t->m_changes.resize(n);

    // Indexing applies what entries change; reads are evaluated by evaluateReads.
    ExecOptions indexing = t->m_exec;
    indexing.computeReads = false;
    // The names a read's evaluation can need, interned now: evaluateReads runs while other
    // threads read the names.
    for (const std::string &message : readFailureMessages())
        t->m_describer.intern(message);
    t->m_changedOnDiskError = t->m_describer.intern("the entry changed on disk after indexing");

    std::vector<Problem> entryProblems;
    std::vector<Parsed> batch;
    // Parsing costs about as much as executing: batches are parsed ahead on the other cores
    // while this thread executes (and parses too rather than wait), and the batches executed
    // are freed there.
    detail::WorkAhead<std::vector<Parsed>> parsing(
        (n + ParseBatch - 1) / ParseBatch, ParseAhead, parseThreads(),
        [&history = *history](std::size_t k) { return parseBatch(history, k * ParseBatch); });
    Database state;
    AnchorWalk anchors(history->anchors);
    for (std::size_t i = 0; i <= n; ++i) {
        const Database *anchor = anchors.at(i);
        if (anchor) state = *anchor;
        if (anchor || i == 0 || (every ? i % every == 0 : costSinceCheckpoint >= CheckpointCost)) {
            t->m_checkpoints.emplace_back(i, std::make_shared<const Database>(state));
            costSinceCheckpoint = 0;
        }
        if (i == n) break;
        if (options.progress && i % 1024 == 0 && !options.progress(qint64(i), qint64(n)))
            return nullptr;
        if (i % ParseBatch == 0) parsing.discard(std::exchange(batch, parsing.take()));
        EntryInfo &info = t->m_info[i];
        Parsed &parsed = batch[i % ParseBatch];
        const std::optional<LogEntry> &entry = parsed.entry;
        if (!entry) {
            info.readable = false;
            history->entries[i].readable = false;
            entryProblems.push_back(std::move(parsed.problem));
            continue;
        }
        history->entries[i].causeTime = parsed.causeTime;
        const CauseSummary *cause = parsed.cause ? &*parsed.cause : nullptr;
        Change &change = t->m_changes[i];
        const ExecutionResult r = state.execute(*entry, indexing, &change);
        info = t->m_describer.describe(*entry, r, change, cause);
        // A read that got past the permission check returned a stand-in result.
        if (const auto *q = std::get_if<Query>(&*entry);
            q && !isWriteType(q->type) && r.isSuccess()) {
            info.pending = true;
            info.readSlot = std::uint32_t(t->m_readResults.size());
            t->m_readResults.emplace_back();
        }
        costSinceCheckpoint += change.cost();
        if (cause) {
            if (!cause->serial.is_null())
                t->m_serials.emplace_back(serialHash(cause->serial), std::uint32_t(i));
            if (!cause->chainParentSerial.is_null())
                t->m_parents.emplace_back(serialHash(cause->chainParentSerial), std::uint32_t(i));
        }
    }
    {
        std::thread sortingParents([&] { std::sort(t->m_parents.begin(), t->m_parents.end()); });
        std::sort(t->m_serials.begin(), t->m_serials.end());
        sortingParents.join();
    }
    for (Problem &problem : entryProblems)
        history->problems.push_back(std::move(problem));
    t->planReadPass();
    // Reads evaluated now: progress stays at its end, where indexing left it.
    const auto stayAtEnd = [&](qint64, qint64) {
        return !options.progress || options.progress(qint64(n), qint64(n));
    };
    if (!options.deferReads && !t->evaluateReads(stayAtEnd)) return nullptr;
    if (options.progress) options.progress(qint64(n), qint64(n));
    return t;
}

EntryInfo Timeline::info(std::size_t position) const
{
    EntryInfo info = m_info[position];
    if (!info.pending) return info;
    for (const auto &segment : m_readPass->segments) {
        if (position < segment->begin || position >= segment->end) continue;
        if (position >= segment->done.load(std::memory_order_acquire)) return info;
        const ReadResult &r = m_readResults[info.readSlot];
        info.pending = false;
        info.success = r.success;
        info.error = r.error;
        info.dbLength = r.dbLength;
        info.hitCount = r.hitCount;
        info.updateCount = 0;
        break;
    }
    return info;
}

void Timeline::planReadPass()
{
    m_readPass = std::make_unique<ReadPass>();
    // One segment per core (two at most: the GUI keeps one), each starting from the state at
    // its first entry; a segment without pending reads is done at once.
    const std::size_t n = size();
    const std::size_t parts = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 2);
    for (std::size_t k = 0; k < parts; ++k) {
        auto segment = std::make_unique<ReadSegment>();
        segment->begin = n * k / parts;
        segment->end = n * (k + 1) / parts;
        std::size_t first = segment->begin;
        while (first < segment->end && !m_info[first].pending)
            ++first;
        segment->done.store(first); // nothing to do before the first pending read
        m_readPass->segments.push_back(std::move(segment));
    }
}

std::vector<std::size_t> Timeline::readsDone() const
{
    std::vector<std::size_t> done;
    for (const auto &segment : m_readPass->segments)
        done.push_back(segment->done.load(std::memory_order_acquire));
    return done;
}

bool Timeline::readsEvaluated() const
{
    for (const auto &segment : m_readPass->segments)
        if (segment->done.load(std::memory_order_acquire) < segment->end) return false;
    return true;
}

bool Timeline::evaluateReads(const std::function<bool(qint64, qint64)> &progress) const
{
    const std::lock_guard lock(m_readPass->running);
    std::atomic<bool> cancelled{false};
    const auto &segments = m_readPass->segments;
    const auto doneCount = [&] {
        std::size_t done = 0;
        for (const auto &segment : segments)
            done += segment->done.load(std::memory_order_relaxed) - segment->begin;
        return qint64(done);
    };
    std::vector<std::thread> helpers;
    const auto joinHelpers = [&] {
        for (std::thread &helper : helpers)
            helper.join();
    };
    for (std::size_t k = 1; k < segments.size(); ++k)
        helpers.emplace_back([&, k] {
            try {
                if (!evaluateSegment(*segments[k], cancelled)) cancelled = true;
            } catch (...) { // out of memory: the segment stays unfinished
                cancelled = true;
            }
        });
    // The first segment runs here, reporting progress for all of them between blocks.
    const auto report = [&] {
        if (!progress || cancelled) return;
        if (!progress(doneCount(), qint64(size()))) cancelled = true;
    };
    try {
        if (!evaluateSegment(*segments[0], cancelled, report)) cancelled = true;
        while (!cancelled && !readsEvaluated()) {
            report();
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    } catch (...) {
        cancelled = true;
        joinHelpers();
        throw;
    }
    joinHelpers();
    return !cancelled;
}

bool Timeline::evaluateSegment(ReadSegment &segment, const std::atomic<bool> &cancelled,
                               const std::function<void()> &betweenBlocks) const
{
    std::size_t i = segment.done.load(std::memory_order_relaxed);
    if (i >= segment.end) return true;
    Database state = stateAt(i);
    ExecOptions evaluating = m_exec;
    evaluating.computeReads = true;
    AnchorWalk anchors(m_history->anchors);
    anchors.at(i); // stateAt(i) took on an anchor at i; the walk goes on after it
    EntryTexts texts;
    constexpr std::size_t Block = 256;
    while (i < segment.end) {
        const std::size_t to = std::min(segment.end, i + Block);
        bool loaded = false;
        for (; i < to && !cancelled; ++i) {
            if (const Database *anchor = anchors.at(i)) state = *anchor;
            // What indexing recorded, a read's included (it may create its collection): the
            // state always follows the recorded changes.
            state.apply(m_changes[i]);
            const EntryInfo &info = m_info[i];
            if (!info.pending) continue;
            if (!loaded) {
                texts.load(*m_history, i, to);
                loaded = true;
            }
            m_readResults[info.readSlot] = evaluateRead(state, i, texts, evaluating);
        }
        segment.done.store(i, std::memory_order_release);
        if (cancelled) return false;
        if (betweenBlocks) betweenBlocks();
    }
    return true;
}

Timeline::ReadResult Timeline::evaluateRead(Database &state, std::size_t i, const EntryTexts &texts,
                                            const ExecOptions &evaluating) const
{
    // On the state after the read's recorded change: its collection exists either way, so
    // the result is the same, and a read changes nothing else.
    try {
        const auto entry = parseForIndex(*m_history, i, texts).entry;
        const Query *q = entry ? std::get_if<Query>(&*entry) : nullptr;
        if (q && !isWriteType(q->type)) {
            Change scratch;
            const ExecutionResult result = state.execute(*entry, evaluating, &scratch);
            state.revert(scratch); // empty, unless the entry is not what was indexed
            ReadResult r;
            r.success = result.isSuccess();
            r.dbLength = result.query.dbLength;
            r.hitCount = result.query.hitCount;
            if (const auto &message = result.errorMessage()) {
                // Interned by build (readFailureMessages); others cannot occur.
                const auto &names = m_describer.names();
                const auto found = std::find(names.begin(), names.end(), *message);
                r.error = found != names.end() ? std::uint32_t(found - names.begin())
                                               : m_changedOnDiskError;
            }
            return r;
        }
    } catch (const std::exception &) {
    }
    // The file no longer holds the read that was indexed.
    return {false, m_changedOnDiskError, 0, 0};
}

Database Timeline::stateAt(std::size_t position) const
{
    position = std::min(position, size());
    const auto it = std::upper_bound(
        m_checkpoints.begin(), m_checkpoints.end(), position,
        [](std::size_t p, const auto &checkpoint) { return p < checkpoint.first; });
    const auto &[start, snapshot] = *(it - 1);
    Database state = *snapshot;
    // Every anchor is a checkpoint, so none lies between start and position: the recorded
    // changes apply one after the other, with no query evaluated again.
    for (std::size_t i = start; i < position; ++i)
        state.apply(m_changes[i]);
    return state;
}

Cursor::Cursor(std::shared_ptr<const Timeline> timeline) : m_timeline(std::move(timeline))
{
    seek(0);
}

void Cursor::seek(std::size_t position)
{
    position = std::min(position, m_timeline->size());
    m_state = m_timeline->stateAt(position);
    m_position = position;
}

void Cursor::stepForward()
{
    if (m_position >= m_timeline->size()) return;
    if (m_timeline->anchorAt(m_position + 1)) {
        seek(m_position + 1);
        return;
    }
    m_state.apply(m_timeline->changeOf(m_position));
    ++m_position;
}

void Cursor::stepBack()
{
    if (m_position == 0) return;
    // An anchor replaced the replayed state: the state before it is not this one minus a change.
    if (m_timeline->anchorAt(m_position)) {
        seek(m_position - 1);
        return;
    }
    m_state.revert(m_timeline->changeOf(m_position - 1));
    --m_position;
}

void Cursor::moveTo(std::size_t position)
{
    position = std::min(position, m_timeline->size());
    const std::size_t distance =
        position > m_position ? position - m_position : m_position - position;
    if (distance > StepLimit) {
        seek(position);
        return;
    }
    while (m_position < position)
        stepForward();
    while (m_position > position)
        stepBack();
}

} // namespace dtdb::history
