#include "shop.h"

#include "querybuild.h"

#include <algorithm>
#include <functional>
#include <utility>

namespace demo {

Shop::Shop(Rng &rng, History &history, Roster roster,
           std::map<std::int64_t, ActorProfile> customers)
    : m_rng(rng), m_history(history), m_roster(std::move(roster)), m_causes(rng),
      m_customers(std::move(customers))
{
}

Shop::Sent Shop::send(const ActorProfile &who, Value query, const Reason &reason, bool mayOmitCause)
{
    const Micros start =
        std::max(m_cursor, m_history.lastFileTime() + m_rng.range(3 * kMilli, 400 * kMilli));
    const Trace trace = m_causes.trace(who, start);
    Sent sent;
    // Some customer clients (an old web build) do not fill in a Cause.
    if (!(mayOmitCause && m_rng.chance(0.07)))
        query["cause"] = m_causes.make(who, trace, reason, sent.serial);
    sent.result = m_history.submit(inKeyOrder(query), trace.fileTime);
    sent.ok = sent.result.isSuccess();
    m_cursor = trace.fileTime;
    return sent;
}

Shop::Sent Shop::sendAll(const ActorProfile &who, std::vector<Value> queries, const Reason &reason)
{
    const Micros start =
        std::max(m_cursor, m_history.lastFileTime() + m_rng.range(3 * kMilli, 400 * kMilli));
    Trace trace = m_causes.trace(who, start);
    trace.fileTime += m_rng.range(5 * kMilli, 30 * kMilli); // several queries to run
    Sent sent;
    queries.front()["cause"] = m_causes.make(who, trace, reason, sent.serial);
    for (Value &q : queries)
        q = inKeyOrder(q);
    sent.result = m_history.submit(makeTransaction(std::move(queries)), trace.fileTime);
    sent.ok = sent.result.isSuccess();
    m_cursor = trace.fileTime;
    return sent;
}

Shop::Items Shop::select(const std::string &collection, bool (*keep)(const Value &)) const
{
    Items out;
    const dtdb::Collection *c = m_history.db().find(collection);
    if (!c) return out;
    for (const dtdb::ItemPtr &item : c->items().toVector())
        if (!keep || keep(item->toValue())) out.push_back(item);
    return out;
}

dtdb::ItemPtr Shop::byId(const std::string &collection, std::int64_t id) const
{
    for (const dtdb::ItemPtr &item : select(collection))
        if ((*item)["id"] == id) return item;
    return nullptr;
}

std::int64_t Shop::nextSerial(const std::string &collection) const
{
    const dtdb::Collection *c = m_history.db().find(collection);
    return c ? c->serialNum().get<std::int64_t>() : 0;
}

int Shop::jstHour() const
{
    return int((m_cursor - m_midnight) % kDay / kHour);
}

std::string Shop::say(const ActorProfile &who, const std::string &ja, const std::string &en)
{
    return who.japanese ? ja : en;
}

void Shop::run(Micros firstMidnight, int days, Micros opening)
{
    m_cursor = opening;
    for (int day = 0; day < days; ++day)
        runDay(day, firstMidnight + day * kDay, opening);
}

void Shop::runDay(int day, Micros midnight, Micros opening)
{
    using Action = std::function<void()>;
    std::vector<std::pair<Micros, Action>> agenda;
    const auto at = [&](int hour, int minute, Action action) {
        agenda.emplace_back(midnight + hour * kHour + minute * kMinute +
                                m_rng.range(0, 90 * kSecond),
                            std::move(action));
    };
    at(2, 0, [this] { nightlyRestock(); });
    at(3, 0, [this] { expireUnpaid(); });
    at(8, 5, [this] { syncDeliveries(false); });
    at(15, 5, [this] { syncDeliveries(false); });
    at(23, 5, [this] { syncDeliveries(true); });
    at(23, 30, [this] { dailyReport(); });
    if (day % 7 == 0) at(8, 30, [this] { weeklyReview(); });
    if (day == 6) at(4, 10, [this] { importCatalog(true); });
    if (day == 9) at(4, 30, [this] { migratePhoneField(); });
    if (day == 16) at(4, 30, [this] { conformProducts(); });
    if (day == 12) at(12, 0, [this] { limitedDrop(); });
    if (day == 20) at(4, 10, [this] { importCatalog(false); });
    if (day == 23) at(10, 15, [this] { springCampaign(); });
    if (day == 30) at(4, 45, [this] { pruneInventoryLog(); });

    // Customer and staff activity: busy during the Japanese day, quiet at night.
    Micros t = std::max(midnight, opening);
    for (;;) {
        const int hour = int((t - midnight) / kHour);
        const Micros mean = hour >= 9 && hour < 23 ? 22 * kMinute
                            : hour >= 7            ? 55 * kMinute
                                                   : 150 * kMinute;
        t += m_rng.range(mean / 5, mean * 9 / 5);
        if (t >= midnight + kDay) break;
        agenda.emplace_back(t, [this] { interact(); });
    }
    std::stable_sort(agenda.begin(), agenda.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (auto &[time, action] : agenda) {
        if (time < opening) continue;
        m_midnight = midnight;
        m_cursor = std::max(m_cursor, time);
        action();
    }
}

namespace {

bool isPending(const Value &o)
{
    return o["status"] == "pending";
}
bool isPaid(const Value &o)
{
    return o["status"] == "paid";
}

} // namespace

void Shop::interact()
{
    const int hour = jstHour();
    const bool office = hour >= 9 && hour < 19;
    const bool warehouse = hour >= 8 && hour < 18;
    const std::size_t pending = select("orders", isPending).size();
    const std::size_t paid = select("orders", isPaid).size();

    using Method = void (Shop::*)();
    std::vector<std::pair<int, Method>> options = {
        {300, &Shop::browse},       {35, &Shop::signUp},        {12, &Shop::cancelByCustomer},
        {20, &Shop::updateProfile}, {20, &Shop::assistantChat}, {10, &Shop::assistantPrice},
        {8, &Shop::assistantFraud},
    };
    options.emplace_back(pending > m_abandoned.size() ? 40 + 25 * int(pending) : 0,
                         &Shop::payOrder);
    if (warehouse) {
        options.emplace_back(paid > 0 ? 40 + 30 * int(paid) : 0, &Shop::shipOrder);
        options.emplace_back(20, &Shop::pickingList);
        options.emplace_back(8, &Shop::stockTake);
    }
    if (office) {
        options.emplace_back(45, &Shop::supportLookup);
        options.emplace_back(12, &Shop::supportUpdate);
        options.emplace_back(3, &Shop::supportDelete);
        options.emplace_back(m_flagged.empty() ? 0 : 40, &Shop::reviewFlag);
        options.emplace_back(m_suggested.empty() ? 0 : 35, &Shop::reviewSuggestion);
        options.emplace_back(6, &Shop::priceChange);
        options.emplace_back(3, &Shop::addProduct);
    }
    int total = 0;
    for (const auto &o : options)
        total += o.first;
    int r = int(m_rng.below(std::uint64_t(total)));
    for (const auto &[weight, method] : options) {
        if (r < weight) {
            (this->*method)();
            return;
        }
        r -= weight;
    }
}

} // namespace demo
