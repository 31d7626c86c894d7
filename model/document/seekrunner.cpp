#include "seekrunner.h"

#include <QtConcurrent/QtConcurrentRun>

namespace dtdb::document {

SeekRunner::SeekRunner(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &SeekRunner::finished);
}

SeekRunner::~SeekRunner()
{
    m_watcher.waitForFinished();
}

void SeekRunner::reset(std::shared_ptr<const history::Timeline> timeline)
{
    ++m_generation;
    m_pending.reset();
    m_timeline = std::move(timeline);
    // A running job keeps its own reference to the old cursor; a new one starts at 0.
    m_cursor = m_timeline ? std::make_shared<history::Cursor>(m_timeline) : nullptr;
}

void SeekRunner::request(std::size_t position, LocalEntries locals)
{
    if (!m_timeline) return;
    m_pending = Request{position, std::move(locals)};
    if (!m_running) startNext();
}

void SeekRunner::startNext()
{
    if (!m_pending) return;
    Request request = std::move(*m_pending);
    m_pending.reset();
    m_running = true;
    m_runningGeneration = m_generation;
    m_watcher.setFuture(
        QtConcurrent::run([cursor = m_cursor, timeline = m_timeline, request = std::move(request)] {
            return compute(*cursor, *timeline, request.position, request.locals);
        }));
}

void SeekRunner::finished()
{
    m_running = false;
    auto moment = m_watcher.future().result();
    const bool current = m_runningGeneration == m_generation; // not from a replaced history
    // Publish even when a newer request waits: while the user drags, the views follow at the
    // rate seeks complete; requests made in between were replaced and are never computed.
    if (m_pending) startNext();
    if (current) Q_EMIT ready(std::move(moment));
}

std::shared_ptr<const Moment> SeekRunner::compute(history::Cursor &cursor,
                                                  const history::Timeline &timeline,
                                                  std::size_t position, const LocalEntries &locals)
{
    auto moment = std::make_shared<Moment>();
    position = std::min(position, timeline.size() + locals.size());
    moment->position = position;
    const std::size_t base = timeline.size();
    if (position <= base) {
        cursor.moveTo(position);
        moment->state = std::make_shared<const Database>(cursor.state());
        if (position > 0) {
            // Recorded against the state before the entry, also where an anchor follows it.
            moment->change = std::make_shared<const Change>(timeline.changeOf(position - 1));
        }
    } else {
        cursor.moveTo(base);
        Database state = cursor.state();
        for (std::size_t i = 0; i < position - base; ++i)
            state.apply(*locals[i]->change);
        moment->state = std::make_shared<const Database>(std::move(state));
        moment->change = locals[position - base - 1]->change;
    }
    if (moment->change) moment->touched = touchedBy(*moment->change);
    return moment;
}

} // namespace dtdb::document
