#pragma once

#include "historyloader.h"
#include "timeline.h"

#include <QCommandLineParser>
#include <QStringList>

#include <memory>

// What every history command shares: PATH… arguments, --key and --permissions.
struct OpenedHistory
{
    std::shared_ptr<const dtdb::history::History> history;
    std::shared_ptr<const dtdb::history::Timeline> timeline;
    double loadMs = 0;
    double indexMs = 0;
    double readsMs = 0; // evaluating the reads, when asked for
};

void addHistoryOptions(QCommandLineParser &parser);
// Opens the PATHs named on the command line and indexes them, with the reads' results unless
// `evaluateReads` is false; prints problems to stderr. Returns null (after printing why) when
// nothing usable could be opened.
std::unique_ptr<OpenedHistory> openHistoryFromArguments(const QCommandLineParser &parser,
                                                        bool evaluateReads = true);

// "after N entries" from a STEP number or an ISO-8601 time (after the last entry at or before
// it). nullopt for text that is neither.
std::optional<std::size_t> resolvePosition(const dtdb::history::Timeline &timeline,
                                           const QString &at);
