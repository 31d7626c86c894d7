#pragma once

#include <QStringList>

// `dtdb verify PATH…`: replays from each snapshot to the next and compares. Exit 0 consistent,
// 1 divergence found, 2 bad input.
int runVerifyCommand(const QStringList &arguments);
