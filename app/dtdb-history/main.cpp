// dtdb-history: the desktop app. Opens the files and folders given on the command line as one
// history; everything else happens in the main window.

#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DeltaTrace"));
    QApplication::setApplicationName(QStringLiteral("DeltaTrace History"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("dtdb-history"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dtdb-history.png")));

    // The system locale picks the language: Qt's own strings and ours.
    QTranslator qtTranslator, appTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    // English is the fallback (it carries the plural forms), also under the C locale.
    if (appTranslator.load(QLocale(), QStringLiteral("dtdb-history"), QStringLiteral("_"),
                           QStringLiteral(":/i18n")) ||
        appTranslator.load(QStringLiteral(":/i18n/dtdb-history_en")))
        QApplication::installTranslator(&appTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Browse the history of a DeltaTraceDB database."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("paths"),
        QApplication::translate("main", "Snapshots (.dtdb), logs (.jsonl, .json, .q) and server "
                                        "folders that together form one history."),
        QStringLiteral("[PATH…]"));
    const QCommandLineOption at(
        QStringLiteral("at"),
        QApplication::translate("main", "Open at this position: an entry count, or an ISO-8601 "
                                        "time (after the last entry at or before it)."),
        QStringLiteral("STEP|TIME"));
    const QCommandLineOption panel(
        QStringLiteral("panel"),
        QApplication::translate("main", "Bring this panel to the front: timeline, cause, diff, "
                                        "itemHistory, log, problems or undo."),
        QStringLiteral("NAME"));
    parser.addOption(at);
    parser.addOption(panel);
    parser.process(app);

    dtdb::views::MainWindow window;
    window.show();
    if (parser.isSet(panel)) window.raisePanel(parser.value(panel));
    window.openPaths(parser.positionalArguments(), parser.value(at));
    return QApplication::exec();
}
