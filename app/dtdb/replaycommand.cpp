#include "replaycommand.h"

#include "database.h"
#include "errors.h"
#include "fileio.h"
#include "jsonio.h"
#include "jsonlines.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstdio>

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

std::optional<dtdb::Database> loadSnapshot(const QString &path)
{
    QString error;
    const auto text = readWholeFile(path, &error);
    if (!text) {
        err() << error << Qt::endl;
        return std::nullopt;
    }
    dtdb::json::ParseError parseError;
    try {
        std::optional<dtdb::Database> db =
            dtdb::Database::fromText(*text, &parseError, text->capacity() - text->size());
        if (!db)
            err() << path << ':' << parseError.line << ':' << parseError.column << ": "
                  << QString::fromStdString(parseError.message) << Qt::endl;
        return db;
    } catch (const dtdb::LoadError &e) {
        err() << path << ":1:1: not a DeltaTraceDB snapshot: " << e.what() << Qt::endl;
        return std::nullopt;
    }
}

void appendState(std::string &states, std::size_t step, const dtdb::Database &db)
{
    states += "{\"step\":";
    states += std::to_string(step);
    states += ",\"db\":";
    db.write(states);
    states += "}\n";
}

// A line for an entry that could not be read, so that results stay aligned with log lines.
dtdb::Value unreadableResult(const dtdb::LogLine &line)
{
    dtdb::Value v = dtdb::Value::object();
    v["className"] = "UnreadableEntry";
    v["line"] = line.line;
    v["column"] = line.column;
    v["error"] = line.error;
    return v;
}

void printSummary(const dtdb::Database &db, std::size_t entries, std::size_t succeeded,
                  std::size_t unreadable, qint64 elapsedNs)
{
    const double seconds = double(elapsedNs) / 1e9;
    out() << "Replayed " << entries << " entries in " << QString::number(seconds, 'f', 3) << " s";
    if (seconds > 0)
        out() << " (" << QString::number(double(entries) / seconds, 'f', 0) << " entries/s)";
    out() << "\n  succeeded " << succeeded << ", failed " << (entries - succeeded - unreadable)
          << ", unreadable " << unreadable << "\n";
    out() << "Collections at the end (" << db.slots().size() << "):\n";
    for (const auto &slot : db.slots()) {
        const std::size_t size = slot.collection.hasValidData() ? slot.collection.size() : 0;
        out() << "  " << QString::fromStdString(slot.name).leftJustified(24) << ' '
              << QString::number(size).rightJustified(8) << " items   serialNum "
              << QString::fromStdString(dtdb::json::write(slot.collection.serialNum())) << '\n';
    }
    out().flush();
}

} // namespace

int runReplayCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Replays a query log on a snapshot exactly as the reference would."));
    parser.addHelpOption();
    const QCommandLineOption snapshotOption(QStringLiteral("snapshot"),
                                            QStringLiteral("Starting snapshot (.dtdb)."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption logOption(
        QStringLiteral("log"), QStringLiteral("Query log (JSON Lines)."), QStringLiteral("FILE"));
    const QCommandLineOption resultsOption(QStringLiteral("results"),
                                           QStringLiteral("Write one result per entry."),
                                           QStringLiteral("OUT"));
    const QCommandLineOption statesOption(QStringLiteral("states"),
                                          QStringLiteral("Write {\"step\":N,\"db\":...} lines."),
                                          QStringLiteral("OUT"));
    const QCommandLineOption everyOption(
        QStringLiteral("every"), QStringLiteral("With --states: every N-th step (default 1)."),
        QStringLiteral("N"), QStringLiteral("1"));
    parser.addOptions({snapshotOption, logOption, resultsOption, statesOption, everyOption});
    parser.process(arguments);

    if (!parser.isSet(logOption)) {
        err() << "dtdb replay: --log FILE is required" << Qt::endl;
        return 2;
    }
    bool everyOk = false;
    const qlonglong every = parser.value(everyOption).toLongLong(&everyOk);
    if (!everyOk || every < 1) {
        err() << "dtdb replay: --every takes a positive whole number" << Qt::endl;
        return 2;
    }

    dtdb::Database db;
    if (parser.isSet(snapshotOption)) {
        auto loaded = loadSnapshot(parser.value(snapshotOption));
        if (!loaded) return 2;
        db = std::move(*loaded);
    }
    const QString logPath = parser.value(logOption);
    QString error;
    const auto logText = readWholeFile(logPath, &error);
    if (!logText) {
        err() << error << Qt::endl;
        return 2;
    }

    QElapsedTimer timer;
    timer.start();
    const std::vector<dtdb::LogLine> lines = dtdb::readJsonLines(*logText);
    const bool wantResults = parser.isSet(resultsOption);
    const bool wantStates = parser.isSet(statesOption);
    std::string results, states;
    if (wantStates) appendState(states, 0, db);
    std::size_t succeeded = 0, unreadable = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const dtdb::LogLine &line = lines[i];
        const std::size_t step = i + 1;
        if (!line.entry) {
            ++unreadable;
            err() << logPath << ':' << line.line << ':' << line.column
                  << ": unreadable entry: " << QString::fromStdString(line.error) << Qt::endl;
            if (wantResults) {
                dtdb::json::write(results, unreadableResult(line));
                results += '\n';
            }
        } else {
            const dtdb::ExecutionResult r = db.execute(*line.entry);
            succeeded += r.isSuccess();
            if (wantResults) {
                r.write(results);
                results += '\n';
            }
        }
        if (wantStates && (step % std::size_t(every) == 0 || step == lines.size()))
            appendState(states, step, db);
    }
    const qint64 elapsed = timer.nsecsElapsed();

    if (wantResults && !writeFileAtomically(parser.value(resultsOption), results, &error)) {
        err() << error << Qt::endl;
        return 2;
    }
    if (wantStates && !writeFileAtomically(parser.value(statesOption), states, &error)) {
        err() << error << Qt::endl;
        return 2;
    }
    printSummary(db, lines.size(), succeeded, unreadable, elapsed);
    return unreadable == 0 ? 0 : 2;
}
