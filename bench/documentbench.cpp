// What the desktop app does while the user scrubs, measured without a screen: publishing a
// Moment for random seeks and single steps, and laying out a big collection table (all rows,
// filtered, sorted). The baseline is what a naive table would do on every cursor move: turn
// every cell of the collection into display text.
//
// dtdb-bench-document PATH… [--seeks N] [--collection NAME]

#include "displaytext.h"
#include "historyloader.h"
#include "itemhistory.h"
#include "seekrunner.h"
#include "tablelayout.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <random>

using namespace dtdb;
using namespace dtdb::document;

namespace {

double percentile(std::vector<double> v, double p)
{
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p * double(v.size())))];
}

template <typename F>
double millis(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

QString ms(double v)
{
    return QString::number(v, 'f', v < 10 ? 2 : 0) + QStringLiteral(" ms");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList paths;
    int seeks = 200;
    std::string collection;
    std::size_t every = 0;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--seeks") && i + 1 < args.size())
            seeks = args[++i].toInt();
        else if (args[i] == QLatin1String("--every") && i + 1 < args.size())
            every = args[++i].toULongLong();
        else if (args[i] == QLatin1String("--collection") && i + 1 < args.size())
            collection = args[++i].toStdString();
        else
            paths << args[i];
    }
    QTextStream out(stdout);
    if (paths.isEmpty()) {
        out << "usage: dtdb-bench-document PATH… [--seeks N] [--collection NAME]\n";
        return 2;
    }

    std::shared_ptr<const history::Timeline> timeline;
    const double openMs = millis([&] {
        auto loaded = history::loadHistory(paths);
        history::TimelineOptions options;
        options.checkpointEvery = every;
        timeline = history::Timeline::build(loaded.history, options);
    });
    const std::size_t n = timeline->size();
    out << "History: " << n << " entries, opened and indexed in " << ms(openMs) << "\n";

    history::Cursor cursor(timeline);
    std::mt19937 rng(42);
    std::uniform_int_distribution<std::size_t> pick(0, n);
    std::vector<double> seekMs, stepMs;
    std::shared_ptr<const Moment> moment;
    for (int i = 0; i < seeks; ++i) {
        const std::size_t p = pick(rng);
        seekMs.push_back(millis([&] { moment = SeekRunner::compute(cursor, *timeline, p, {}); }));
        const std::size_t next = p < n ? p + 1 : p - 1;
        stepMs.push_back(
            millis([&] { moment = SeekRunner::compute(cursor, *timeline, next, {}); }));
    }
    std::vector<double> stateMs;
    for (int i = 0; i < std::min(seeks, 20); ++i) {
        const std::size_t p = pick(rng);
        stateMs.push_back(millis([&] { (void)timeline->stateAt(p); }));
    }
    out << "Timeline::stateAt alone: p50 " << ms(percentile(stateMs, 0.5)) << "\n";
    out << "Moment, random seek: p50 " << ms(percentile(seekMs, 0.5)) << ", p99 "
        << ms(percentile(seekMs, 0.99)) << "\n";
    out << "Moment, +-1 step:    p50 " << ms(percentile(stepMs, 0.5)) << ", p99 "
        << ms(percentile(stepMs, 0.99)) << "\n";

    // The biggest collection at the end, unless one is named.
    moment = SeekRunner::compute(cursor, *timeline, n, {});
    const Database::Slot *slot = nullptr;
    for (const Database::Slot &s : moment->state->slots())
        if (collection.empty() ? (!slot || s.collection.size() > slot->collection.size())
                               : s.name == collection)
            slot = &s;
    if (!slot) {
        out << "no such collection\n";
        return 2;
    }
    TableLayout::Request request{moment, slot->key, {}, {}, false};
    std::shared_ptr<const TableLayout> layout;
    const double all = millis([&] { layout = TableLayout::compute(request); });
    const std::size_t rows = layout->rowCount(), columns = layout->columns.size();
    request.filter.assign(1, 'a'); // (operator= of a literal trips a GCC 12 false warning)
    const double filtered = millis([&] { layout = TableLayout::compute(request); });
    const std::size_t matching = layout->rowCount();
    request.filter.clear();
    request.sortField = layout->columns.size() > 1 ? layout->columns[1] : layout->columns.front();
    const double sorted = millis([&] { layout = TableLayout::compute(request); });
    const double naive = millis([&] {
        std::size_t chars = 0;
        slot->collection.items().forEach([&](const StoredItem &s) {
            const Value item = s.item->toValue();
            for (const auto &[key, value] : item.items())
                chars += std::size_t(displayValue(value).size());
            return true;
        });
        if (chars == 0) out << "";
    });
    out << "Table " << QString::fromStdString(slot->name) << " (" << rows << " rows, " << columns
        << " columns): layout " << ms(all) << ", filtered (" << matching << " rows) "
        << ms(filtered) << ", sorted by " << QString::fromStdString(request.sortField) << " "
        << ms(sorted) << "\n";
    out << "Baseline, every cell as text: " << ms(naive) << " -> layout is "
        << QString::number(naive / all, 'f', 1) << "x faster; the view itself formats only the "
        << "~40 visible rows\n";

    // Item History: the identity of a row (a pass over its collection) and its events (a pass
    // over the recorded changes), for rows spread over the collection; against the least a
    // replay-based row history would do, stepping a cursor through every entry.
    std::vector<double> identityMs, traceMs;
    std::size_t events = 0;
    const std::size_t size = slot->collection.size();
    for (std::size_t i = 0; i < 10 && size > 0; ++i) {
        const ItemPtr item = slot->collection.items().at(i * size / 10).item;
        std::optional<ItemIdentity> id;
        identityMs.push_back(millis([&] { id = identityOf(*moment->state, slot->key, *item); }));
        if (id)
            traceMs.push_back(
                millis([&] { events += traceItem(*timeline, {}, *id).events.size(); }));
    }
    history::Cursor stepper(timeline);
    const double stepAll = millis([&] {
        for (std::size_t p = 0; p < n; ++p)
            stepper.stepForward();
    });
    const double traceP50 = percentile(traceMs, 0.5);
    out << "Item history of " << traceMs.size() << " rows (" << events << " events): identity p50 "
        << ms(percentile(identityMs, 0.5)) << ", events p50 " << ms(traceP50) << ", max "
        << ms(percentile(traceMs, 1.0)) << "; stepping through all " << n << " entries "
        << ms(stepAll) << " (" << QString::number(stepAll / std::max(traceP50, 1e-6), 'f', 1)
        << "x the events)\n";
    return 0;
}
