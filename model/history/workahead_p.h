#pragma once

// Private to the history layer: work done ahead of its consumer, on threads of its own.

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace dtdb::history::detail {

// Produces produce(0), produce(1), ... produce(count - 1) on `threads` long-lived threads, at
// most `ahead` results ahead of the consumer, who takes them in order and, rather than wait for
// one, produces what no worker has taken up yet. Indexing a history of 10^6 entries parses
// thousands of batches: starting a thread for each one cost more than the parsing it
// overlapped.
//
// A result the consumer is done with can be handed back (discard) to be destroyed on a worker:
// freeing parsed entries costs as much as a tenth of parsing them.
template <typename T>
class WorkAhead
{
public:
    WorkAhead(std::size_t count, std::size_t ahead, unsigned threads,
              std::function<T(std::size_t)> produce)
        : m_count(count), m_ahead(ahead), m_produce(std::move(produce))
    {
        for (unsigned k = 0; k < threads; ++k)
            m_workers.emplace_back([this] { work(); });
    }

    WorkAhead(const WorkAhead &) = delete;
    WorkAhead &operator=(const WorkAhead &) = delete;

    // Stops the workers (a consumer may give up early) and waits for them.
    ~WorkAhead()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_changed.notify_all();
        for (std::thread &worker : m_workers)
            worker.join();
    }

    // The next result in order, once it is there; rethrows what producing it threw.
    T take()
    {
        std::unique_lock lock(m_mutex);
        const std::size_t index = m_taken++;
        m_changed.notify_all(); // one more may be produced ahead
        // Rather than wait, the consumer produces what no worker has taken up yet.
        while (m_done.count(index) == 0) {
            if (!claimable()) {
                m_changed.wait(lock);
                continue;
            }
            produceNext(lock);
        }
        auto node = m_done.extract(index);
        if (node.mapped().error) std::rethrow_exception(node.mapped().error);
        return std::move(node.mapped().value);
    }

    void discard(T finished)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_discarded.push_back(std::move(finished));
        }
        m_changed.notify_all();
    }

private:
    struct Done
    {
        T value{};
        std::exception_ptr error;
    };

    void work()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_changed.wait(lock, [&] { return m_stopping || !m_discarded.empty() || claimable(); });
            if (m_stopping) return;
            if (!m_discarded.empty()) {
                std::vector<T> garbage = std::move(m_discarded);
                m_discarded.clear();
                lock.unlock();
                garbage.clear();
                lock.lock();
                continue;
            }
            produceNext(lock);
        }
    }

    bool claimable() const { return m_next < m_count && m_next < m_taken + m_ahead; }

    // Produces the next index unclaimed, with the lock released meanwhile.
    void produceNext(std::unique_lock<std::mutex> &lock)
    {
        const std::size_t index = m_next++;
        lock.unlock();
        Done done;
        try {
            done.value = m_produce(index);
        } catch (...) {
            done.error = std::current_exception();
        }
        lock.lock();
        m_done.emplace(index, std::move(done));
        m_changed.notify_all();
    }

    const std::size_t m_count;
    const std::size_t m_ahead;
    const std::function<T(std::size_t)> m_produce;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::size_t m_next = 0;  // the next index a worker takes up
    std::size_t m_taken = 0; // results the consumer has asked for
    std::map<std::size_t, Done> m_done;
    std::vector<T> m_discarded;
    bool m_stopping = false;
    std::vector<std::thread> m_workers; // last: they start once everything above exists
};

} // namespace dtdb::history::detail
