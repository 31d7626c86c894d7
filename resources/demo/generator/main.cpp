// dtdb-demo-generate OUTDIR [--seed N]
//
// Generates the bundled demo history: five weeks of an online shop, every query executed by
// the engine, written as the reference server's folders plus a snapshot and a JSON Lines log.
// The output depends only on the seed.

#include "history.h"
#include "roster.h"
#include "seed.h"
#include "shop.h"
#include "writer.h"

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>

namespace {

int usage()
{
    std::fprintf(stderr, "usage: dtdb-demo-generate OUTDIR [--seed N]\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    std::string outDir;
    std::uint64_t seed = 2025;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--seed" && i + 1 < argc) {
            char *end = nullptr;
            seed = std::strtoull(argv[++i], &end, 10);
            if (!end || *end != '\0') return usage();
        } else if (outDir.empty() && !arg.empty() && arg[0] != '-') {
            outDir = arg;
        } else {
            return usage();
        }
    }
    if (outDir.empty()) return usage();

    try {
        using namespace demo;
        // The shop's days run from midnight in Japan (15:00 UTC); the history opens with the
        // server's 01:00 JST backup on Monday 3 March 2025 and lasts five weeks.
        const Micros firstMidnight = utcTime(2025, 3, 2, 15, 0, 0);
        const Micros backup = firstMidnight + kHour + 312871;
        Rng rng(seed);
        SeedData start = makeSeed(rng);
        History history(start.snapshot);
        Shop shop(rng, history, makeRoster(), std::move(start.customers));
        shop.run(firstMidnight, 35, backup + kSecond);
        const WriteSummary summary = writeHistory(outDir, history, backup, seed);
        std::printf("demo history (seed %llu): %zu entries, %zu failures, %zu collections\n",
                    static_cast<unsigned long long>(seed), summary.entries, summary.failures,
                    summary.collections);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "dtdb-demo-generate: %s\n", e.what());
        return 1;
    }
    return 0;
}
