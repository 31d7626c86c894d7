#pragma once

// Timing of requests (TemporalTrace hops and the server's file time) and Cause objects
// (spec §8.1, §8.4).

#include "actors.h"
#include "clock.h"
#include "rng.h"
#include "value.h"

#include <string>
#include <utility>
#include <vector>

namespace demo {

// The hops of one request and the time the server wrote its .q file.
struct Trace
{
    std::vector<Micros> hops;
    Micros fileTime = 0;
};

// What a Cause says besides who and when.
struct Reason
{
    Reason() = default;
    Reason(std::string what_, std::string why_, Value context_ = nullptr, double confidence_ = 1.0)
        : what(std::move(what_)), why(std::move(why_)), context(std::move(context_)),
          confidence(confidence_)
    {
    }

    std::string what;
    std::string why;
    Value context;            // object or null
    double confidence = 1.0;  // fractional for AI actors
    std::string parentSerial; // chainParentSerial; empty for none
};

class CauseMaker
{
public:
    explicit CauseMaker(Rng &rng) : m_rng(rng) {}

    // A request sent at `start` by `actor`: hop latencies of 15-180 ms, then the server
    // executes and writes its file 2-40 ms after the last hop.
    Trace trace(const ActorProfile &actor, Micros start);

    // A Cause with a fresh serial (returned in `serial`).
    Value make(const ActorProfile &actor, const Trace &trace, const Reason &reason,
               std::string &serial);

private:
    Value node(Micros t, const std::string &location, Value context);

    Rng &m_rng;
};

} // namespace demo
