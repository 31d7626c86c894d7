#pragma once

#include <QStringList>

// `dtdb replay [--snapshot FILE.dtdb] --log FILE.jsonl [--results OUT.jsonl]
//              [--states OUT.jsonl [--every N]]`
// Exit codes: 0 replay ran, 2 unreadable input (named as file:line:column).
int runReplayCommand(const QStringList &arguments);
