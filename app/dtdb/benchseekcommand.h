#pragma once

#include <QStringList>

// `dtdb bench-seek PATH… [--seeks N]`: index time, random seek and ±1 step latencies, peak
// memory, compared with replaying from the start in the same run.
int runBenchSeekCommand(const QStringList &arguments);
