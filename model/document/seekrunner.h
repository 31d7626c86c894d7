#pragma once

#include "localentry.h"
#include "moment.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>
#include <optional>

namespace dtdb::document {

// Computes Moments off the GUI thread, one at a time. While one runs, newer requests replace
// the pending one, so dragging the timeline never queues up work: only the latest position
// is computed next.
class SeekRunner : public QObject
{
    Q_OBJECT
public:
    explicit SeekRunner(QObject *parent = nullptr);
    ~SeekRunner() override;

    // A new history: drops the cursor and anything in flight.
    void reset(std::shared_ptr<const history::Timeline> timeline);
    void request(std::size_t position, LocalEntries locals);
    bool busy() const { return m_running; }

    // The work of one request; public for tests and the headless benchmark.
    static std::shared_ptr<const Moment> compute(history::Cursor &cursor,
                                                 const history::Timeline &timeline,
                                                 std::size_t position, const LocalEntries &locals);

Q_SIGNALS:
    void ready(std::shared_ptr<const dtdb::document::Moment> moment);

private:
    struct Request
    {
        std::size_t position = 0;
        LocalEntries locals;
    };
    void startNext();
    void finished();

    std::shared_ptr<const history::Timeline> m_timeline;
    std::shared_ptr<history::Cursor> m_cursor; // used by the running job only
    std::optional<Request> m_pending;
    bool m_running = false;
    quint64 m_generation = 0, m_runningGeneration = 0;
    QFutureWatcher<std::shared_ptr<const Moment>> m_watcher;
};

} // namespace dtdb::document
