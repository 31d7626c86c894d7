#include "timeline.h"

#include "pydatetime.h"
#include "servernames.h"
#include "sourcetext.h"

#include <algorithm>
#include <future>

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

std::uint32_t EntryDescriber::internActor(const Cause *cause)
{
    if (!cause) return 0;
    const Actor &who = cause->who;
    const std::string id = who.id.is_string() ? who.id.get<std::string>() : json::write(who.id);
    for (std::size_t i = 1; i < m_actors.size(); ++i)
        if (m_actors[i].id == id && m_actors[i].type == who.type) return std::uint32_t(i);
    m_actors.push_back({who.type, id, who.name.is_string() ? who.name.get<std::string>() : id});
    return std::uint32_t(m_actors.size() - 1);
}

EntryInfo EntryDescriber::describe(const LogEntry &entry, const ExecutionResult &r,
                                   const Change &change)
{
    EntryInfo info;
    info.success = r.isSuccess();
    info.wrote = !change.empty();
    info.touched =
        std::uint32_t(change.itemsInserted() + change.itemsRemoved() + change.itemsReplaced());
    info.actor = internActor(causeOf(entry));
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

void Timeline::executeEntry(Database &state, std::size_t index, Change *change,
                            bool computeReads) const
{
    const auto entry = m_history->parse(index);
    if (!entry) return;
    ExecOptions options = m_exec;
    options.computeReads = computeReads;
    state.execute(*entry, options, change);
}

namespace {

// Parsing entries does not depend on the state: the next batch is parsed on a second thread
// while the current one executes.
constexpr std::size_t ParseBatch = 256;

// An entry parsed, or why it could not be.
struct Parsed
{
    std::optional<LogEntry> entry;
    Problem problem;
};

std::vector<Parsed> parseBatch(const History &history, std::size_t from)
{
    const std::size_t to = std::min(history.entries.size(), from + ParseBatch);
    EntryTexts texts;
    texts.load(history, from, to);
    std::vector<Parsed> out(to - from);
    for (std::size_t i = from; i < to; ++i) {
        Parsed &p = out[i - from];
        p.entry = history.parse(i, texts, &p.problem);
    }
    return out;
}

// The Cause's last hop, else its first (spec §8.5), as Unix microseconds.
std::int64_t causeTimeOf(const LogEntry &entry)
{
    const Cause *cause = causeOf(entry);
    if (!cause || cause->when.nodes.empty()) return NoTime;
    const py::DateTime utc = py::toUtc(cause->when.nodes.back().timestamp);
    return unixMicros(utc.year, utc.month, utc.day, utc.hour, utc.minute, utc.second,
                      utc.microsecond);
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

    std::vector<Problem> entryProblems;
    std::vector<Parsed> batch;
    std::future<std::vector<Parsed>> nextBatch =
        std::async(std::launch::async, parseBatch, std::cref(*history), std::size_t(0));
    Database state;
    for (std::size_t i = 0; i <= n; ++i) {
        const Database *anchor = t->anchorAt(i);
        if (anchor) state = *anchor;
        if (anchor || i == 0 || (every ? i % every == 0 : costSinceCheckpoint >= CheckpointCost)) {
            t->m_checkpoints.emplace_back(i, std::make_shared<const Database>(state));
            costSinceCheckpoint = 0;
        }
        if (i == n) break;
        if (options.progress && i % 1024 == 0 && !options.progress(qint64(i), qint64(n)))
            return nullptr;
        if (i % ParseBatch == 0) {
            batch = nextBatch.get();
            if (i + ParseBatch < n)
                nextBatch =
                    std::async(std::launch::async, parseBatch, std::cref(*history), i + ParseBatch);
        }
        EntryInfo &info = t->m_info[i];
        Parsed &parsed = batch[i % ParseBatch];
        const std::optional<LogEntry> &entry = parsed.entry;
        if (!entry) {
            info.readable = false;
            history->entries[i].readable = false;
            entryProblems.push_back(std::move(parsed.problem));
            continue;
        }
        history->entries[i].causeTime = causeTimeOf(*entry);
        Change &change = t->m_changes[i];
        const ExecutionResult r = state.execute(*entry, t->m_exec, &change);
        info = t->m_describer.describe(*entry, r, change);
        costSinceCheckpoint += change.cost();
        if (const Cause *cause = causeOf(*entry)) {
            if (!cause->serial.is_null())
                t->m_serials.emplace_back(serialHash(cause->serial), std::uint32_t(i));
            if (!cause->chainParentSerial.is_null())
                t->m_parents.emplace_back(serialHash(cause->chainParentSerial), std::uint32_t(i));
        }
    }
    std::sort(t->m_serials.begin(), t->m_serials.end());
    std::sort(t->m_parents.begin(), t->m_parents.end());
    for (Problem &problem : entryProblems)
        history->problems.push_back(std::move(problem));
    if (options.progress) options.progress(qint64(n), qint64(n));
    return t;
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
