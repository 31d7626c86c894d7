// dtdb: DeltaTraceDB histories on the command line.

#include "benchseekcommand.h"
#include "exportcommand.h"
#include "infocommand.h"
#include "replaycommand.h"
#include "verifycommand.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

int usage(int code)
{
    QTextStream(code == 0 ? stdout : stderr)
        << "Usage: dtdb <command> [options]\n\n"
           "Commands:\n"
           "  replay      replay a query log on a snapshot; write results and states\n"
           "  info        summarise a history (files and folders forming one history)\n"
           "  export      write the database at a moment (.dtdb, or a collection as JSON/CSV)\n"
           "  verify      check that each snapshot follows from the previous one and the log\n"
           "  bench-seek  measure opening and seeking in a history\n\n"
           "Run 'dtdb <command> --help' for the options of a command.\n";
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dtdb"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) return usage(2);
    const QString command = args.at(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) return usage(0);
    // Sub-commands parse "dtdb <command> ..." as if the command were the program name.
    args.removeAt(1);
    args[0] = QStringLiteral("dtdb ") + command;
    if (command == QLatin1String("replay")) return runReplayCommand(args);
    if (command == QLatin1String("info")) return runInfoCommand(args);
    if (command == QLatin1String("export")) return runExportCommand(args);
    if (command == QLatin1String("verify")) return runVerifyCommand(args);
    if (command == QLatin1String("bench-seek")) return runBenchSeekCommand(args);
    QTextStream(stderr) << "dtdb: unknown command '" << command << "'\n";
    return usage(2);
}
