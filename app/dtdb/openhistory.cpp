#include "openhistory.h"

#include "fileio.h"
#include "jsonio.h"
#include "pydatetime.h"
#include "servernames.h"

#include <QElapsedTimer>
#include <QTextStream>

using namespace dtdb;
using namespace dtdb::history;

void addHistoryOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QStringLiteral("Snapshots, logs and folders forming one history."),
                                 QStringLiteral("PATH…"));
    parser.addOption({QStringLiteral("key"),
                      QStringLiteral("Hex key of encrypted .dtdb files (32, 48 or 64 hex digits)."),
                      QStringLiteral("HEX")});
    parser.addOption({QStringLiteral("permissions"),
                      QStringLiteral("The server's collection permissions (JSON object: "
                                     "collection -> Permission); denied entries change nothing."),
                      QStringLiteral("FILE")});
}

std::unique_ptr<OpenedHistory> openHistoryFromArguments(const QCommandLineParser &parser,
                                                        bool evaluateReads)
{
    QTextStream err(stderr);
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        err << "no PATH given\n";
        return nullptr;
    }
    TimelineOptions timelineOptions;
    timelineOptions.deferReads = true; // timed on its own
    if (parser.isSet(QStringLiteral("permissions"))) {
        QString error;
        const QString file = parser.value(QStringLiteral("permissions"));
        const auto text = readWholeFile(file, &error);
        json::ParseError parseError;
        const auto value = text ? json::parse(*text, &parseError) : std::nullopt;
        if (!value) {
            err << (text ? QStringLiteral("%1:%2:%3: %4")
                               .arg(file)
                               .arg(parseError.line)
                               .arg(parseError.column)
                               .arg(QString::fromStdString(parseError.message))
                         : error)
                << '\n';
            return nullptr;
        }
        try {
            timelineOptions.permissions = permissionMapFromJson(*value);
        } catch (const std::exception &e) {
            err << file << ": not a permission map: " << e.what() << '\n';
            return nullptr;
        }
    }
    LoadOptions loadOptions;
    const QString key = parser.value(QStringLiteral("key"));
    loadOptions.keyFor = [key](const QString &) { return key; };

    auto opened = std::make_unique<OpenedHistory>();
    QElapsedTimer timer;
    timer.start();
    const LoadResult loaded = loadHistory(paths, loadOptions);
    opened->loadMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    opened->timeline = Timeline::build(loaded.history, timelineOptions);
    opened->indexMs = double(timer.nsecsElapsed()) / 1e6;
    if (evaluateReads) {
        timer.restart();
        opened->timeline->evaluateReads();
        opened->readsMs = double(timer.nsecsElapsed()) / 1e6;
    }
    // Files that could not be read, then entries (found while indexing).
    for (const Problem &p : loaded.history->problems)
        err << p.toString() << '\n';
    err.flush();
    opened->history = loaded.history;
    return opened;
}

std::optional<std::size_t> resolvePosition(const Timeline &timeline, const QString &at)
{
    bool isNumber = false;
    const qulonglong step = at.toULongLong(&isNumber);
    if (isNumber) return std::min<std::size_t>(step, timeline.size());
    const auto dt = py::parseIsoDateTime(at.toStdString());
    if (!dt) return std::nullopt;
    const py::DateTime utc = py::toUtc(*dt);
    const std::int64_t t =
        unixMicros(utc.year, utc.month, utc.day, utc.hour, utc.minute, utc.second, utc.microsecond);
    std::size_t position = 0;
    const auto &entries = timeline.history().entries;
    for (std::size_t i = 0; i < entries.size(); ++i)
        if (entries[i].time() != NoTime && entries[i].time() <= t) position = i + 1;
    return position;
}
