// Engine benchmark: single operations on 100,000 records and replay of a 100,000-entry log.
// Prints milliseconds, rates, and ratios against (a) the same engine with indexes off, run in
// this process, and (b) the Python reference's published figures.

#include "database.h"
#include "jsonio.h"
#include "jsonlines.h"
#include "workload.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>

using namespace dtdb;

namespace {

// The Python reference's figures (its tests/test_speed.py on a Ryzen 3600, 100,000 records;
// replay rate measured on this machine class).
constexpr double RefAddMs = 339, RefSaveMs = 467, RefLoadMs = 558, RefSearchMs = 866;
constexpr double RefReplayPerSecond = 24;

double msSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

double timeMs(const std::function<void()> &f)
{
    const auto start = std::chrono::steady_clock::now();
    f();
    return msSince(start);
}

Query parseQuery(const std::string &text)
{
    return std::get<Query>(parseLogEntry(*json::parse(text)));
}

void row(const char *what, double ms, double refMs)
{
    std::printf("  %-44s %10.2f ms   %8.1fx faster than the reference (%g ms)\n", what, ms,
                refMs / ms, refMs);
}

void rowVsScan(const char *what, double ms, double scanMs)
{
    std::printf("  %-44s %10.2f ms   (plain scan in this run: %.2f ms, %.1fx)\n", what, ms, scanMs,
                scanMs / ms);
}

struct ReplayTiming
{
    double parseMs = 0;
    double executeMs = 0;
    std::size_t entries = 0;
    std::size_t failed = 0;
};

ReplayTiming replay(const Value &snapshot, const std::string &log, bool fullFidelity, bool indexing)
{
    ReplayTiming t;
    Database db = Database::fromJson(snapshot);
    db.setIndexingEnabled(indexing);
    std::vector<LogLine> lines;
    t.parseMs = timeMs([&] { lines = readJsonLines(log); });
    ExecOptions options;
    options.computeReads = fullFidelity;
    std::string results;
    const auto start = std::chrono::steady_clock::now();
    for (const LogLine &line : lines) {
        const ExecutionResult r = db.execute(*line.entry, options);
        t.failed += !r.isSuccess();
        if (fullFidelity) { // what `dtdb replay --results` writes
            r.write(results);
            results += '\n';
        }
    }
    t.executeMs = msSince(start);
    t.entries = lines.size();
    return t;
}

void printReplay(const char *mode, const ReplayTiming &t, double target)
{
    const double totalMs = t.parseMs + t.executeMs;
    const double rate = double(t.entries) / (totalMs / 1000.0);
    std::printf("  %-22s parse %8.1f ms + execute %8.1f ms = %8.1f ms   %9.0f entries/s   "
                "%7.0fx the reference (target %gx)\n",
                mode, t.parseMs, t.executeMs, totalMs, rate, rate / RefReplayPerSecond, target);
}

} // namespace

// `dtdb-bench-engine --write-history DIR RECORDS ENTRIES`: writes DIR/snapshot.dtdb and
// DIR/log.jsonl, a generated history for `dtdb bench-seek` and the history benchmarks.
int writeHistory(const char *dir, std::int64_t records, std::int64_t entries)
{
    std::string snapshot;
    Database::fromJson(workload::makeSnapshot(records, 42)).write(snapshot, json::Style::Indent2);
    const std::string log = workload::makeLog(records, entries, 42);
    for (const auto &[name, text] :
         {std::pair<std::string, const std::string *>{"snapshot.dtdb", &snapshot},
          {"log.jsonl", &log}}) {
        const std::string path = std::string(dir) + "/" + name;
        std::FILE *f = std::fopen(path.c_str(), "wb");
        if (!f || std::fwrite(text->data(), 1, text->size(), f) != text->size()) {
            std::fprintf(stderr, "cannot write %s\n", path.c_str());
            return 2;
        }
        std::fclose(f);
    }
    std::printf("wrote %s/snapshot.dtdb (%lld records) and %s/log.jsonl (%lld entries)\n", dir,
                static_cast<long long>(records), dir, static_cast<long long>(entries));
    return 0;
}

int main(int argc, char **argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // progress is visible when piped
    if (argc == 5 && std::string(argv[1]) == "--write-history")
        return writeHistory(argv[2], std::atoll(argv[3]), std::atoll(argv[4]));
    const std::int64_t records = argc > 1 ? std::atoll(argv[1]) : 100000;
    const std::int64_t entries = argc > 2 ? std::atoll(argv[2]) : 100000;
    const std::uint64_t seed = 42;
    std::printf("DeltaTraceDB engine benchmark: %lld records, %lld log entries\n\n",
                static_cast<long long>(records), static_cast<long long>(entries));

    const Value snapshot = workload::makeSnapshot(records, seed);
    const Value users = snapshot["collections"]["users"]["data"];

    std::printf("Single operations on %lld records:\n", static_cast<long long>(records));
    Database db;
    Value addQuery = {{"className", "Query"}, {"target", "users"}, {"type", "add"}};
    addQuery["addData"] = users;
    const Query add = std::get<Query>(parseLogEntry(addQuery));
    row("add (one query, all records)", timeMs([&] { db.execute(add); }), RefAddMs);

    std::string saved;
    row("save (toDict + JSON text)", timeMs([&] { db.write(saved); }), RefSaveMs);
    // Loaded into a new database: freeing the old one is not part of loading, so it happens
    // after the clock stops.
    Database loaded;
    // The text where write() left it: parsed in place, as files are read with room after them.
    row("load (JSON text + fromDict)", timeMs([&] {
            loaded = *Database::fromText(saved, nullptr, saved.capacity() - saved.size());
        }),
        RefLoadMs);
    db = std::move(loaded);

    const Query startsWith = parseQuery(
        R"({"className":"Query","target":"users","type":"search",
            "queryNode":{"type":"startsWith_","field":"name","value":"sample"},
            "sortObj":{"className":"SingleSort","field":"age"}})");
    row("search startsWith_ name, sort by age (all hit)", timeMs([&] { db.execute(startsWith); }),
        RefSearchMs);
    const Query compound = parseQuery(
        R"({"className":"Query","target":"users","type":"search",
            "queryNode":{"type":"and_","conditions":[
              {"type":"greaterThanOrEqual_","field":"age","value":30,"vType":"auto_"},
              {"type":"lessThan_","field":"score","value":50.0,"vType":"auto_"},
              {"type":"regex_","field":"group","pattern":"^g1"}]},
            "sortObj":{"className":"SingleSort","field":"score"},"limit":100})");
    row("search compound filter over all, sort, limit", timeMs([&] { db.execute(compound); }),
        RefSearchMs);

    // Indexes are adaptive: queries on a field scan until Collection::IndexAfterScans of them
    // have been paid for, then one builds the index and later ones use it. A replay sees the
    // steady state.
    const auto timedBoth = [&](const char *what, const Query &q) {
        Database scanDb = db;
        scanDb.setIndexingEnabled(false);
        const double scanMs = timeMs([&] { scanDb.execute(q); });
        const double firstMs = timeMs([&] { db.execute(q); });
        for (int i = 2; i < Collection::IndexAfterScans; ++i)
            db.execute(q);
        const double buildMs = timeMs([&] { db.execute(q); });
        const double ms = timeMs([&] { db.execute(q); });
        rowVsScan(what, ms, scanMs);
        std::printf("  %-44s %10.2f ms first call (scan), %.2f ms call %d (builds the index)\n", "",
                    firstMs, buildMs, Collection::IndexAfterScans);
    };
    const std::string mid = std::to_string(records / 2);
    const std::string midEnd = std::to_string(records / 2 + 100);
    timedBoth("updateOne by id",
              parseQuery(R"({"className":"Query","target":"users","type":"updateOne",
                  "queryNode":{"type":"equals_","field":"id","value":)" +
                         mid + R"(,"vType":"auto_"},"overrideData":{"score":1.5}})"));
    timedBoth("update by range (id in [n, n+100))",
              parseQuery(R"({"className":"Query","target":"users","type":"update",
                  "queryNode":{"type":"and_","conditions":[
                   {"type":"greaterThanOrEqual_","field":"id","value":)" +
                         mid +
                         R"(,"vType":"auto_"},
                   {"type":"lessThan_","field":"id","value":)" +
                         midEnd + R"(,"vType":"auto_"}]},
                  "overrideData":{"flagged":true}})"));
    timedBoth("deleteOne by id",
              parseQuery(R"({"className":"Query","target":"users","type":"deleteOne",
                  "queryNode":{"type":"equals_","field":"id","value":)" +
                         std::to_string(records / 3) + R"(,"vType":"auto_"}})"));

    std::printf("\nReplay of a %lld-entry log (40%% search, 30%% updateOne by id, 15%% add, "
                "10%% deleteOne by id, 5%% range update), each entry with a Cause:\n",
                static_cast<long long>(entries));
    const std::string log = workload::makeLog(records, entries, seed);
    std::printf("  log size %.1f MB\n", double(log.size()) / 1e6);
    const ReplayTiming full = replay(snapshot, log, true, true);
    printReplay("(a) full fidelity", full, 200);
    const ReplayTiming stateOnly = replay(snapshot, log, false, true);
    printReplay("(b) state only", stateOnly, 1000);
    if (std::getenv("DTDB_BENCH_SKIP_BASELINE")) // for profiling the indexed paths alone
        return 0;
    const std::int64_t scanEntries = std::min<std::int64_t>(entries, 2000);
    const std::string shortLog = workload::makeLog(records, scanEntries, seed);
    const ReplayTiming scan = replay(snapshot, shortLog, true, false);
    printReplay("plain scan (baseline)", scan, 1);
    std::printf("  in-run ratio, full fidelity with indexes vs plain scan: %.0fx\n",
                (double(full.entries) / (full.parseMs + full.executeMs)) /
                    (double(scan.entries) / (scan.parseMs + scan.executeMs)));
    return 0;
}
