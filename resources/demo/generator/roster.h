#pragma once

// The shop's staff, its AI assistant, its system jobs, and customer actors.

#include "actors.h"
#include "catalog.h"
#include "rng.h"

#include <vector>

namespace demo {

struct Roster
{
    std::vector<ActorProfile> support;
    std::vector<ActorProfile> warehouse;
    std::vector<ActorProfile> merchandisers;
    ActorProfile assistant; // the AI
    ActorProfile payments;  // payment provider webhook
    ActorProfile orderSync; // carrier tracking sync
    ActorProfile restock;   // nightly restock job
    ActorProfile expiry;    // cancels unpaid orders
    ActorProfile report;    // daily report
    ActorProfile migration; // schema migrations
    ActorProfile catalogImport;
    ActorProfile retention; // inventory log retention
};

Roster makeRoster();

// The actor of a customer (or of a visitor signing up, with a provisional id).
ActorProfile customerActor(Rng &rng, const std::string &id, const Person &person, Micros createdAt);

} // namespace demo
