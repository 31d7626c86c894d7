#pragma once

#include <QStringList>

// `dtdb export PATH… --at STEP|ISO-8601 --out FILE [--collection NAME] [--format dtdb|json|csv]
//  [--key HEX] [--out-key HEX]`: the state at a moment, written atomically.
int runExportCommand(const QStringList &arguments);
