#include "twothreads_p.h"

#include <condition_variable>
#include <mutex>
#include <thread>

namespace dtdb::detail {

namespace {

// One thread that waits for work, runs it, and says when it is done.
class Helper
{
public:
    Helper()
    {
        std::thread([this] { serve(); }).detach();
    }

    // Runs job on the helper and then `here` here, or returns false at once when the helper
    // is busy with another caller's job.
    bool run(const std::function<void()> &job, const std::function<void()> &here)
    {
        {
            std::lock_guard lock(m_mutex);
            if (m_job) return false;
            m_job = &job;
            m_done = false;
        }
        m_wake.notify_one();
        here();
        std::unique_lock lock(m_mutex);
        m_finished.wait(lock, [this] { return m_done; });
        m_job = nullptr;
        return true;
    }

private:
    void serve()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [this] { return m_job && !m_done; });
            const std::function<void()> *job = m_job;
            lock.unlock();
            (*job)(); // never throws: runOnTwoThreads catches everything
            lock.lock();
            m_done = true;
            m_finished.notify_one();
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake, m_finished;
    const std::function<void()> *m_job = nullptr; // the caller's job, until the caller returns
    bool m_done = false;
};

} // namespace

void runElsewhere(const std::function<void()> &here, const std::function<void()> &there)
{
    // Never destroyed: it may be needed until the process ends, and its thread waits forever.
    static Helper *const helper = new Helper;
    if (helper->run(there, here)) return;
    std::thread other(there);
    here();
    other.join();
}

} // namespace dtdb::detail
