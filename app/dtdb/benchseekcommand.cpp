#include "benchseekcommand.h"

#include "openhistory.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <jemalloc/jemalloc.h>
#include <random>
#include <sys/resource.h>

using namespace dtdb;
using namespace dtdb::history;

namespace {

double percentile(std::vector<double> v, double p)
{
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p * double(v.size())))];
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// Bytes the allocator (jemalloc, linked into dtdb) has handed out and not taken back.
std::size_t allocatedBytes()
{
    std::uint64_t epoch = 1;
    std::size_t size = sizeof epoch;
    mallctl("epoch", &epoch, &size, &epoch, size); // refreshes the statistics
    std::size_t allocated = 0;
    size = sizeof allocated;
    mallctl("stats.allocated", &allocated, &size, nullptr, 0);
    return allocated;
}

// The heap memory of one state on its own: a deep copy sharing no item with the history.
double stateMemoryMb(const Database &state)
{
    const std::size_t before = allocatedBytes();
    const Database copy = Database::fromJson(state.toJson());
    return double(allocatedBytes() - before) / (1024.0 * 1024.0);
}

} // namespace

int runBenchSeekCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures seeking in a history."));
    parser.addHelpOption();
    addHistoryOptions(parser);
    parser.addOption({QStringLiteral("seeks"),
                      QStringLiteral("Number of random seeks (default 200)."), QStringLiteral("N"),
                      QStringLiteral("200")});
    parser.process(arguments);
    const auto opened = openHistoryFromArguments(parser);
    if (!opened) return 2;
    const Timeline &t = *opened->timeline;
    const int seeks = std::max(1, parser.value(QStringLiteral("seeks")).toInt());
    QTextStream out(stdout);
    out << "History: " << t.size() << " entries, " << t.history().anchors.size() << " snapshots, "
        << t.checkpointCount() << " checkpoints\n";
    // The app shows the timeline after load + index and fills the reads' results in afterwards.
    out << "Open: load " << QString::number(opened->loadMs, 'f', 1) << " ms + index "
        << QString::number(opened->indexMs, 'f', 1)
        << " ms = " << QString::number((opened->loadMs + opened->indexMs) / 1000, 'f', 2)
        << " s; then the reads' results: " << QString::number(opened->readsMs, 'f', 1)
        << " ms (in the background)\n";

    std::mt19937_64 rng(1);
    std::vector<double> seekMs;
    QElapsedTimer timer;
    for (int i = 0; i < seeks; ++i) {
        const std::size_t p = rng() % (t.size() + 1);
        timer.restart();
        const Database state = t.stateAt(p);
        seekMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    Cursor cursor(opened->timeline);
    cursor.seek(t.size() / 2);
    std::vector<double> stepMs;
    for (int i = 0; i < 2000; ++i) {
        const bool forward = (rng() % 2) == 0;
        timer.restart();
        forward ? cursor.stepForward() : cursor.stepBack();
        stepMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    // The peak is taken before measuring one state (which builds a deep copy) and before the
    // baseline (which builds states of its own): the app holds neither.
    const double peakMb = peakRssMb();
    const double stateMb = stateMemoryMb(t.stateAt(t.size()));

    // Baseline in this run: a seek that replays from the start, without checkpoints.
    std::vector<double> naiveMs;
    for (int i = 0; i < std::min(seeks, 5); ++i) {
        const std::size_t p = rng() % (t.size() + 1);
        timer.restart();
        Database state = *t.history().anchors.front().state;
        for (std::size_t k = 0; k < p; ++k) {
            if (const Database *anchor = t.anchorAt(k)) state = *anchor;
            t.executeEntry(state, k, nullptr, false);
        }
        naiveMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const double p50 = percentile(seekMs, 0.5), p99 = percentile(seekMs, 0.99);
    const double naive = percentile(naiveMs, 0.5);
    out << "Random seek: p50 " << QString::number(p50, 'f', 2) << " ms, p99 "
        << QString::number(p99, 'f', 2) << " ms   (replay from the start: p50 "
        << QString::number(naive, 'f', 1) << " ms, "
        << QString::number(naive / std::max(p50, 1e-6), 'f', 0) << "x slower)\n";
    out << "+-1 step:    p50 " << QString::number(percentile(stepMs, 0.5), 'f', 3) << " ms, p99 "
        << QString::number(percentile(stepMs, 0.99), 'f', 3) << " ms\n";
    out << "Peak RSS: " << QString::number(peakMb, 'f', 0)
        << " MB = " << QString::number(peakMb / stateMb, 'f', 1) << "x one state ("
        << QString::number(stateMb, 'f', 0) << " MB of heap for the last state on its own)\n";
    out.flush();
    return 0;
}
