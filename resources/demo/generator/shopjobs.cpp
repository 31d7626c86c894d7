// Scheduled system jobs and one-off operations (imports, migrations, campaigns).

#include "catalog.h"
#include "querybuild.h"
#include "seed.h"
#include "shop.h"
#include "text.h"

namespace demo {

namespace {

Value jobContext(Rng &rng)
{
    Value c = Value::object();
    c["runId"] = rng.uuid();
    return c;
}

} // namespace

void Shop::nightlyRestock()
{
    const ActorProfile &job = m_roster.restock;
    Value q = makeQuery("products", "search");
    // Limited editions are never restocked.
    q["queryNode"] = allOf({compare("lessThan_", "stock", 8), negate(contains("tags", "limited"))});
    q["sortObj"] = singleSort("stock");
    Reason reason{"在庫僅少の商品を抽出", "夜間自動補充 (閾値 8)", jobContext(m_rng)};
    const Sent low = send(job, std::move(q), reason);
    for (const dtdb::ItemPtr &p : low.result.query.result) {
        if (m_rng.chance(0.25)) continue; // the supplier has nothing to deliver yet
        pause(1 * kSecond, 5 * kSecond);
        const int stock = (*p)["stock"].get<int>();
        const int delivered = int(m_rng.range(3, 6) * 10);
        Value update = makeQuery("products", "updateOne");
        update["queryNode"] = equals("id", (*p)["id"]);
        Value change = Value::object();
        change["stock"] = stock + delivered;
        change["updatedAt"] = now();
        update["overrideData"] = std::move(change);
        Value move = Value::object();
        move["id"] = -1;
        move["productId"] = (*p)["id"];
        move["delta"] = delivered;
        move["reason"] = "restock";
        move["orderId"] = nullptr;
        move["stockAfter"] = stock + delivered;
        move["at"] = now();
        Value log = makeQuery("inventory_log", "add");
        log["addData"] = Value::array({std::move(move)});
        log["serialKey"] = "id";
        Reason step{cat("在庫補充: ", (*p)["sku"].get<std::string>(), " +", num(delivered)),
                    "仕入先からの入荷 (夜間自動補充)", nullptr};
        step.parentSerial = low.serial;
        sendAll(job, {std::move(update), std::move(log)}, step);
    }
}

void Shop::expireUnpaid()
{
    const ActorProfile &job = m_roster.expiry;
    Value q = makeQuery("orders", "search");
    q["queryNode"] =
        allOf({equals("status", "pending"),
               compare("lessThan_", "createdAt", isoUtc(m_cursor - kDay), "datetime_")});
    q["sortObj"] = singleSort("createdAt", false, "datetime_");
    Reason reason{"Find unpaid orders older than 24 hours", "Payment timeout policy",
                  jobContext(m_rng)};
    const Sent found = send(job, std::move(q), reason);
    for (const dtdb::ItemPtr &o : found.result.query.result) {
        pause(1 * kSecond, 3 * kSecond);
        const std::int64_t id = (*o)["id"].get<std::int64_t>();
        m_abandoned.erase(id);
        cancelOrder(job, o->toValue(), "payment timeout", "Unpaid for 24 hours",
                    m_orderChain.count(id) ? m_orderChain[id] : found.serial);
    }
}

void Shop::syncDeliveries(bool closeStale)
{
    const ActorProfile &job = m_roster.orderSync;
    Value q = makeQuery("orders", "search");
    q["queryNode"] = equals("status", "shipped");
    q["sortObj"] = singleSort("shippedAt", false, "datetime_");
    q["limit"] = 100;
    Reason reason{"Load shipped orders", "Carrier tracking sync", jobContext(m_rng)};
    const Sent found = send(job, std::move(q), reason);
    for (const dtdb::ItemPtr &o : found.result.query.result) {
        const std::int64_t id = (*o)["id"].get<std::int64_t>();
        const auto due = m_deliverAt.find(id);
        if (due == m_deliverAt.end() || due->second > m_cursor) continue;
        m_deliverAt.erase(due);
        pause(200 * kMilli, 2 * kSecond);
        Value update = makeQuery("orders", "updateOne");
        update["queryNode"] = allOf({equals("id", id), equals("status", "shipped")});
        Value change = Value::object();
        change["status"] = "delivered";
        change["deliveredAt"] = now();
        update["overrideData"] = std::move(change);
        Value context = Value::object();
        context["trackingNo"] = (*o)["trackingNo"];
        context["carrier"] = (*o)["carrier"];
        Reason step{cat("Mark order #", num(id), " delivered"), "Carrier reported delivery",
                    context};
        step.parentSerial = m_orderChain[id];
        const Sent sent = send(job, update, step);
        if (!sent.ok) continue;
        m_orderChain[id] = sent.serial;
        // The carrier API occasionally reports the same scan twice.
        if (m_rng.chance(0.04)) {
            pause(1 * kSecond, 3 * kSecond);
            step.why = "Carrier reported delivery (duplicate scan event)";
            step.parentSerial = sent.serial;
            send(job, std::move(update), step);
        }
    }
    if (!closeStale) return;
    // Parcels without any delivery scan for five days are closed in one update.
    pause(2 * kSecond, 10 * kSecond);
    Value close = makeQuery("orders", "update");
    close["queryNode"] =
        allOf({equals("status", "shipped"),
               compare("lessThan_", "shippedAt", isoUtc(m_cursor - 5 * kDay), "datetime_")});
    Value change = Value::object();
    change["status"] = "delivered";
    change["deliveredAt"] = now();
    change["deliveryNote"] = "auto-closed: no carrier scan for 5 days";
    close["overrideData"] = std::move(change);
    close["mustAffectAtLeastOne"] = false;
    close["returnData"] = true;
    close["sortObj"] = singleSort("id");
    reason.what = "Close shipped orders without a scan for 5 days";
    reason.why = "Nightly clean-up of stale shipments";
    reason.parentSerial = found.serial;
    send(job, std::move(close), reason);
}

void Shop::dailyReport()
{
    const ActorProfile &job = m_roster.report;
    Reason reason{"", "日次売上レポート", jobContext(m_rng)};
    std::string parent;
    const auto step = [&](Value q, const char *what) {
        reason.what = what;
        reason.parentSerial = parent;
        parent = send(job, std::move(q), reason).serial;
        pause(200 * kMilli, 3 * kSecond);
    };
    step(makeQuery("orders", "count"), "注文件数を集計");
    step(makeQuery("customers", "count"), "会員数を集計");
    Value today = makeQuery("orders", "search");
    today["queryNode"] =
        compare("greaterThanOrEqual_", "createdAt", isoUtc(m_midnight), "datetime_");
    today["sortObj"] = singleSort("total", true);
    today["limit"] = 10;
    step(std::move(today), "本日の注文 (金額上位10件)");
    Value low = makeQuery("products", "getAll");
    low["sortObj"] = singleSort("stock");
    low["limit"] = 5;
    step(std::move(low), "在庫の少ない商品 (5件)");
}

void Shop::weeklyReview()
{
    const ActorProfile &ai = m_roster.assistant;
    Value q = makeQuery("orders", "getAll");
    q["sortObj"] = multiSort({singleSort("status"), singleSort("total", true)});
    q["limit"] = 20;
    Reason reason{"Weekly order review: largest orders per status",
                  "Preparing the Monday summary for the team; sorting by status then value "
                  "shows the orders that matter most in each state.",
                  jobContext(m_rng), double(m_rng.range(80, 95)) / 100.0};
    const Sent sent = send(ai, std::move(q), reason);
    Value count = makeQuery("inventory_log", "count");
    reason.what = "Count stock movements";
    reason.why = "Stock movement volume is a proxy for warehouse workload next week.";
    reason.parentSerial = sent.serial;
    pause(1 * kSecond, 5 * kSecond);
    send(ai, std::move(count), reason);
}

void Shop::migratePhoneField()
{
    const ActorProfile &job = m_roster.migration;
    Value q = makeQuery("customers", "renameField");
    q["renameBefore"] = "phone";
    q["renameAfter"] = "phoneNumber";
    Value context = Value::object();
    context["migration"] = "2025-03-12-rename-phone";
    context["node"] = "deploy-a";
    Reason reason{"Rename customers.phone to phoneNumber",
                  "API v2 naming convention (release 2.8.0)", context};
    const Sent sent = send(job, q, reason);
    m_phoneField = "phoneNumber";
    // The second deploy node runs the same migration: it finds no "phone" key left.
    pause(1 * kSecond, 4 * kSecond);
    reason.context["node"] = "deploy-b";
    reason.parentSerial = sent.serial;
    send(job, std::move(q), reason);
}

void Shop::conformProducts()
{
    const ActorProfile &job = m_roster.migration;
    Value t = Value::object();
    for (const char *key : {"id", "sku", "name", "category"})
        t[key] = "";
    t["price"] = 0.0;
    t["stock"] = 0;
    t["tags"] = Value::array();
    t["active"] = true;
    t["updatedAt"] = nullptr;
    t["rating"] = nullptr;
    t["aiSuggestion"] = nullptr;
    Value q = makeQuery("products", "conformToTemplate");
    q["template"] = std::move(t);
    Value context = Value::object();
    context["migration"] = "2025-03-19-products-v2";
    Reason reason{"Conform products to schema v2",
                  "Drop legacySku (old ERP retired), add rating and aiSuggestion", context};
    send(job, std::move(q), reason);
    m_legacyProducts = false;
}

void Shop::importCatalog(bool withMistake)
{
    const ActorProfile &job = m_roster.catalogImport;
    const std::vector<ProductSpec> &later = laterProducts();
    Value rows = Value::array();
    for (int i = 0; i < 3 && m_nextProduct + std::size_t(i) < later.size(); ++i) {
        Value item = productItem(-1, later[m_nextProduct + std::size_t(i)], m_cursor, false);
        if (m_legacyProducts) {
            item.erase("rating");
            item.erase("aiSuggestion");
        }
        rows.push_back(std::move(item));
    }
    if (rows.empty()) return;
    const std::size_t count = rows.size();
    Value context = Value::object();
    context["file"] = cat("supplier-feed-", isoDate(m_cursor), ".csv");
    context["rows"] = count;
    Reason reason{cat("Import ", num(long(count)), " products from the supplier feed"),
                  "Spring range launch", context};
    std::string parent;
    if (withMistake) {
        // Row 2 of the file has an empty id column, so the row lacks the serial key.
        Value broken = rows;
        broken[1].erase("id");
        Value q = makeQuery("products", "add");
        q["addData"] = std::move(broken);
        q["serialKey"] = "id";
        parent = send(job, std::move(q), reason).serial;
        pause(3 * kMinute, 9 * kMinute);
        reason.why = "Spring range launch (re-run after fixing row 2 of the feed)";
        reason.parentSerial = parent;
    }
    Value q = makeQuery("products", "add");
    q["addData"] = std::move(rows);
    q["serialKey"] = "id";
    if (send(job, std::move(q), reason).ok) m_nextProduct += count;
}

void Shop::springCampaign()
{
    const ActorProfile &who = m_roster.merchandisers.front();
    Value q = makeQuery("products", "update");
    q["queryNode"] = anyOf({contains("tags", "spring"), contains("tags", "gift")});
    Value change = Value::object();
    change["campaign"] = "sakura-2025";
    change["updatedAt"] = now();
    q["overrideData"] = std::move(change);
    Reason reason{"桜キャンペーン対象商品を設定", "春のキャンペーン (3/26-4/6)", nullptr};
    send(who, std::move(q), reason);
}

void Shop::limitedDrop()
{
    const ActorProfile &who = m_roster.merchandisers.front();
    const ProductSpec spec{"KIT-LTD1", "九谷焼 酒器セット (限定)", "kitchen", 120.0,
                           6,          {"limited", "gift"}};
    Value item = productItem(-1, spec, m_cursor, false);
    if (m_legacyProducts) {
        item.erase("rating");
        item.erase("aiSuggestion");
    }
    Value q = makeQuery("products", "add");
    q["addData"] = Value::array({std::move(item)});
    q["serialKey"] = "id";
    q["returnData"] = true;
    const Sent added =
        send(who, std::move(q),
             Reason{"限定商品を公開: 九谷焼 酒器セット", "数量限定 6 セットの先行販売", nullptr});
    if (!added.ok) return;
    const std::int64_t pid = (*added.result.query.result.at(0))["id"].get<std::int64_t>();
    // The newsletter goes out; customers rush in and some ask for more than is left.
    for (const int qty : {2, 1, 2, 2, 1}) {
        pause(20 * kSecond, 3 * kMinute);
        const dtdb::ItemPtr product = byId("products", pid);
        if ((*product)["stock"].get<int>() == 0) return;
        const std::int64_t customerId = randomCustomer();
        checkout(customerId, {{product, qty}}, added.serial);
    }
}

void Shop::pruneInventoryLog()
{
    const ActorProfile &job = m_roster.retention;
    Value q = makeQuery("inventory_log", "delete");
    q["queryNode"] = compare("lessThan_", "at", isoUtc(m_cursor - 21 * kDay), "datetime_");
    Reason reason{"Delete stock movements older than 21 days",
                  "Retention policy: movements are archived to the data warehouse nightly",
                  jobContext(m_rng)};
    send(job, std::move(q), reason);
}

} // namespace demo
