#pragma once

// The simulated online shop: customers browse and order, a payment webhook, warehouse and
// support staff, an AI assistant and nightly jobs act on the database, one request at a time.
// Decisions read the engine's current state, so every query fits the data it meets.

#include "causes.h"
#include "history.h"
#include "roster.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace demo {

class Shop
{
public:
    Shop(Rng &rng, History &history, Roster roster, std::map<std::int64_t, ActorProfile> customers);

    // Simulates `days` shop days; day 0 starts at `firstMidnight` (midnight in Japan, as UTC
    // micros), and nothing happens before `opening`.
    void run(Micros firstMidnight, int days, Micros opening);

private:
    struct Sent
    {
        bool ok = false;
        std::string serial; // of the (first) query's Cause; empty without a Cause
        dtdb::ExecutionResult result;
    };
    using Items = std::vector<dtdb::ItemPtr>;

    // --- requests and state (shop.cpp)
    Sent send(const ActorProfile &who, Value query, const Reason &reason,
              bool mayOmitCause = false);
    // A TransactionQuery sent as one request; its first query carries the Cause.
    Sent sendAll(const ActorProfile &who, std::vector<Value> queries, const Reason &reason);
    void pause(Micros lo, Micros hi) { m_cursor += m_rng.range(lo, hi); }
    Items select(const std::string &collection, bool (*keep)(const Value &) = nullptr) const;
    dtdb::ItemPtr byId(const std::string &collection, std::int64_t id) const;
    std::int64_t nextSerial(const std::string &collection) const;
    int jstHour() const;
    std::string now() const { return isoUtc(m_cursor); }
    static std::string say(const ActorProfile &who, const std::string &ja, const std::string &en);
    void runDay(int day, Micros midnight, Micros opening);
    void interact();

    // --- customers and the order life cycle (shoporders.cpp)
    void browse();
    void signUp();
    using Cart = std::vector<std::pair<dtdb::ItemPtr, int>>; // product, quantity
    void placeOrder(std::int64_t customerId, const std::string &parent);
    // One TransactionQuery: add the order, reserve stock (fails when a product has fewer
    // than the quantity left, rolling everything back), log the stock movements.
    void checkout(std::int64_t customerId, Cart cart, const std::string &parent);
    void payOrder();
    void cancelByCustomer();
    void updateProfile();
    Sent cancelOrder(const ActorProfile &who, const Value &order, const std::string &reasonText,
                     const std::string &why, const std::string &parent);
    std::int64_t randomCustomer();

    // --- staff and the AI assistant (shopstaff.cpp)
    void shipOrder();
    void pickingList();
    void stockTake();
    void supportLookup();
    void supportUpdate();
    void supportDelete();
    void reviewFlag();
    void assistantChat();
    void assistantPrice();
    void assistantFraud();
    void reviewSuggestion();
    void priceChange();
    void addProduct();

    // --- scheduled jobs and one-off operations (shopjobs.cpp)
    void nightlyRestock();
    void expireUnpaid();
    void syncDeliveries(bool closeStale);
    void dailyReport();
    void weeklyReview();
    void migratePhoneField();
    void conformProducts();
    void importCatalog(bool withMistake);
    void springCampaign();
    void limitedDrop();
    void pruneInventoryLog();

    Rng &m_rng;
    History &m_history;
    Roster m_roster;
    CauseMaker m_causes;
    Micros m_cursor = 0; // earliest start of the next request
    Micros m_midnight = 0;
    std::map<std::int64_t, ActorProfile> m_customers;
    std::string m_phoneField = "phone";
    bool m_legacyProducts = true;
    std::size_t m_nextProduct = 0;                    // into laterProducts()
    std::map<std::int64_t, std::string> m_orderChain; // order id -> last life-cycle serial
    std::map<std::int64_t, Micros> m_deliverAt;       // shipped order -> carrier scan time
    std::set<std::int64_t> m_abandoned;               // never paid
    std::map<std::int64_t, std::string> m_flagged;    // order -> AI flag serial
    std::map<std::int64_t, std::string> m_suggested;  // product -> AI suggestion serial
};

} // namespace demo
