#include "exportcommand.h"

#include "exporter.h"
#include "fileio.h"
#include "openhistory.h"

#include <QTextStream>

using namespace dtdb;
using namespace dtdb::history;

int runExportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Exports the database at a moment of a history (default: the end)."));
    parser.addHelpOption();
    addHistoryOptions(parser);
    parser.addOptions({
        {QStringLiteral("at"),
         QStringLiteral("STEP (0 = the first snapshot, N = after N entries) or an ISO-8601 time "
                        "(after the last entry at or before it)."),
         QStringLiteral("STEP|TIME")},
        {QStringLiteral("out"), QStringLiteral("Output file (written atomically)."),
         QStringLiteral("FILE")},
        {QStringLiteral("collection"), QStringLiteral("Export one collection."),
         QStringLiteral("NAME")},
        {QStringLiteral("format"),
         QStringLiteral("dtdb (whole state), json or csv (one collection)."),
         QStringLiteral("FORMAT")},
        {QStringLiteral("out-key"), QStringLiteral("Encrypt the exported .dtdb with this hex key."),
         QStringLiteral("HEX")},
    });
    parser.process(arguments);
    QTextStream err(stderr);
    if (!parser.isSet(QStringLiteral("out"))) {
        err << "dtdb export: --out FILE is required\n";
        return 2;
    }
    const QString collection = parser.value(QStringLiteral("collection"));
    QString format = parser.value(QStringLiteral("format"));
    if (format.isEmpty())
        format = collection.isEmpty() ? QStringLiteral("dtdb") : QStringLiteral("json");
    if (format != QLatin1String("dtdb") && format != QLatin1String("json") &&
        format != QLatin1String("csv")) {
        err << "dtdb export: --format is dtdb, json or csv\n";
        return 2;
    }
    if (format != QLatin1String("dtdb") && collection.isEmpty()) {
        err << "dtdb export: --format " << format << " needs --collection NAME\n";
        return 2;
    }
    const auto opened = openHistoryFromArguments(parser, false); // no read result is exported
    if (!opened) return 2;
    const Timeline &timeline = *opened->timeline;
    std::size_t position = timeline.size();
    if (parser.isSet(QStringLiteral("at"))) {
        const auto resolved = resolvePosition(timeline, parser.value(QStringLiteral("at")));
        if (!resolved) {
            err << "dtdb export: --at takes a step number or an ISO-8601 time\n";
            return 2;
        }
        position = *resolved;
    }
    const Database state = timeline.stateAt(position);
    std::string contents;
    if (format == QLatin1String("dtdb") && collection.isEmpty()) {
        const auto snapshot =
            exportSnapshot(state, parser.value(QStringLiteral("out-key")).toStdString());
        if (!snapshot) {
            err << "dtdb export: --out-key is not a 32, 48 or 64 digit hex key\n";
            return 2;
        }
        contents = *snapshot;
    } else {
        const Collection *c = state.find(collection.toStdString());
        if (!c) {
            err << "dtdb export: no collection '" << collection << "' at step " << position << '\n';
            return 2;
        }
        contents =
            format == QLatin1String("csv") ? exportCollectionCsv(*c) : exportCollectionJson(*c);
    }
    QString error;
    if (!writeFileAtomically(parser.value(QStringLiteral("out")), contents, &error)) {
        err << error << '\n';
        return 2;
    }
    QTextStream(stdout) << "Exported step " << position << " of " << timeline.size() << " to "
                        << parser.value(QStringLiteral("out")) << '\n';
    return opened->history->problems.empty() ? 0 : 2;
}
