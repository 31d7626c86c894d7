#pragma once

#include <QStringList>

// `dtdb info PATH…`: entries, time span, snapshots, actors, collections at the end, and
// everything that could not be read. Exit 0, or 2 when some input was unreadable.
int runInfoCommand(const QStringList &arguments);
