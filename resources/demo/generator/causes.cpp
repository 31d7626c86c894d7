#include "causes.h"

#include <cmath>

namespace demo {

Trace CauseMaker::trace(const ActorProfile &actor, Micros start)
{
    Trace t;
    t.hops.push_back(start);
    for (int i = 1; i < actor.channel.hops; ++i)
        t.hops.push_back(t.hops.back() + m_rng.range(15 * kMilli, 180 * kMilli));
    t.fileTime = t.hops.back() + m_rng.range(2 * kMilli, 40 * kMilli);
    return t;
}

Value CauseMaker::node(Micros t, const std::string &location, Value context)
{
    Value n = Value::object();
    n["className"] = "TimestampNode";
    n["version"] = "1";
    n["timestamp"] = isoUtc(t);
    n["location"] = location;
    n["context"] = std::move(context);
    return n;
}

Value CauseMaker::make(const ActorProfile &actor, const Trace &trace, const Reason &reason,
                       std::string &serial)
{
    serial = m_rng.uuid();
    Value nodes = Value::array();
    nodes.push_back(node(trace.hops[0], actor.channel.client, actor.channel.clientContext));
    if (trace.hops.size() == 3) {
        static const std::vector<std::string> relays = {"CDN-Edge-NRT", "CDN-Edge-KIX",
                                                        "ApiGateway-ap-northeast-1"};
        Value ctx = Value::object();
        ctx["requestId"] = m_rng.hex(16);
        nodes.push_back(node(trace.hops[1], m_rng.pick(relays), std::move(ctx)));
    }
    if (trace.hops.size() >= 2) {
        nodes.push_back(node(trace.hops.back(), "DeltaTraceServer-01", Value::object()));
    }
    Value when = Value::object();
    when["className"] = "TemporalTrace";
    when["version"] = "1";
    when["nodes"] = std::move(nodes);

    Value c = Value::object();
    c["className"] = "Cause";
    c["version"] = "1";
    c["serial"] = serial;
    c["chainParentSerial"] = reason.parentSerial.empty() ? Value() : Value(reason.parentSerial);
    c["who"] = actorJson(actor);
    c["when"] = std::move(when);
    c["what"] = reason.what;
    c["why"] = reason.why;
    c["from"] = actor.channel.from;
    c["context"] = reason.context;
    c["confidenceScore"] = std::round(reason.confidence * 100.0) / 100.0;
    return c;
}

} // namespace demo
