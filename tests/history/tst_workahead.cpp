// WorkAhead, which parses batches of entries ahead of indexing: results come in order whatever
// thread produced them, never more than `ahead` beyond the consumer, errors reach the
// consumer, and giving up early neither hangs nor leaks work.

#include "workahead_p.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <memory>
#include <stdexcept>
#include <thread>

using dtdb::history::detail::WorkAhead;

class TestWorkAhead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resultsComeInOrder_data();
    void resultsComeInOrder();
    void neverMoreThanAheadBeyondTheConsumer();
    void anErrorReachesTheConsumerInItsPlace();
    void discardedResultsAreDestroyedOnAWorker();
    void givingUpEarlyStopsTheWorkers();
};

void TestWorkAhead::resultsComeInOrder_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("ahead");
    QTest::addColumn<int>("threads");
    QTest::newRow("one thread") << 200 << 4 << 1;
    QTest::newRow("two threads") << 200 << 8 << 2;
    QTest::newRow("more threads than ahead") << 100 << 2 << 4;
    QTest::newRow("one at a time") << 50 << 1 << 3;
    QTest::newRow("nothing to do") << 0 << 4 << 2;
}

void TestWorkAhead::resultsComeInOrder()
{
    QFETCH(int, count);
    QFETCH(int, ahead);
    QFETCH(int, threads);
    std::atomic<int> produced{0};
    WorkAhead<std::vector<int>> work(
        std::size_t(count), std::size_t(ahead), unsigned(threads), [&](std::size_t k) {
            // Uneven work, so that later ones often finish first.
            if (k % 3 == 0) std::this_thread::sleep_for(std::chrono::microseconds(200));
            ++produced;
            return std::vector<int>{int(k), int(k) * 2};
        });
    for (int k = 0; k < count; ++k) {
        const std::vector<int> result = work.take();
        QCOMPARE(result, (std::vector<int>{k, k * 2}));
    }
    QCOMPARE(produced.load(), count);
}

void TestWorkAhead::neverMoreThanAheadBeyondTheConsumer()
{
    constexpr std::size_t Ahead = 3;
    std::atomic<std::size_t> taken{0};
    std::atomic<bool> tooFar{false};
    WorkAhead<std::size_t> work(40, Ahead, 2, [&](std::size_t k) {
        // Index k may start once the consumer has asked for k - Ahead + 1 of them.
        if (k + 1 > taken.load() + Ahead) tooFar = true;
        return k;
    });
    for (std::size_t k = 0; k < 40; ++k) {
        taken = k + 1;
        QCOMPARE(work.take(), k);
        std::this_thread::sleep_for(std::chrono::microseconds(100));
    }
    QVERIFY(!tooFar.load());
}

void TestWorkAhead::anErrorReachesTheConsumerInItsPlace()
{
    WorkAhead<int> work(10, 4, 2, [](std::size_t k) {
        if (k == 5) throw std::runtime_error("entry 5");
        return int(k);
    });
    for (int k = 0; k < 5; ++k)
        QCOMPARE(work.take(), k);
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, work.take());
    for (int k = 6; k < 10; ++k)
        QCOMPARE(work.take(), k);
}

void TestWorkAhead::discardedResultsAreDestroyedOnAWorker()
{
    // Records the thread that destroys it.
    struct Probe
    {
        std::shared_ptr<std::atomic<std::thread::id>> destroyedOn =
            std::make_shared<std::atomic<std::thread::id>>();
        Probe() = default;
        Probe(Probe &&) = default;
        Probe &operator=(Probe &&) = default;
        ~Probe()
        {
            if (destroyedOn) destroyedOn->store(std::this_thread::get_id());
        }
    };
    std::shared_ptr<std::atomic<std::thread::id>> destroyedOn;
    {
        WorkAhead<Probe> work(2, 1, 1, [](std::size_t) { return Probe(); });
        Probe first = work.take();
        destroyedOn = first.destroyedOn;
        work.discard(std::move(first));
        (void)work.take();
        // Destroyed when the worker next wakes (what is left at the end goes with WorkAhead).
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while (destroyedOn->load() == std::thread::id() &&
               std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    QVERIFY(destroyedOn->load() != std::thread::id());
    QVERIFY(destroyedOn->load() != std::this_thread::get_id());
}

void TestWorkAhead::givingUpEarlyStopsTheWorkers()
{
    std::atomic<int> produced{0};
    {
        WorkAhead<int> work(1'000'000, 4, 2, [&](std::size_t k) {
            ++produced;
            return int(k);
        });
        QCOMPARE(work.take(), 0);
    } // must return without producing the rest
    QVERIFY(produced.load() <= 1 + 4 + 2);
}

QTEST_APPLESS_MAIN(TestWorkAhead)
#include "tst_workahead.moc"
