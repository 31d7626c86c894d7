#pragma once

#include "enums.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace dtdb::views {

// How the three kinds of actor look wherever the app shows one, so that a human, an AI and a
// system job are told apart at a glance: a colour, a drawn icon and a name.
QColor actorColor(ActorType type);
QIcon actorIcon(ActorType type);
QString actorTypeName(ActorType type);

} // namespace dtdb::views
