#include "roster.h"

namespace demo {

namespace {

Value object(std::initializer_list<std::pair<const char *, Value>> members)
{
    Value v = Value::object();
    for (const auto &[key, value] : members)
        v[key] = value;
    return v;
}

ActorProfile staff(const char *id, const char *name, const char *email, const char *department,
                   const char *device, Channel channel, bool japanese, Value permissions,
                   Micros createdAt)
{
    ActorProfile a;
    a.type = "human";
    a.id = id;
    a.name = name;
    a.email = email;
    a.context = object({{"department", department}});
    a.deviceIds = Value::array({device});
    a.permissions = std::move(permissions);
    a.createdAt = createdAt;
    a.updatedAt = createdAt + 3 * kDay + 7 * kHour;
    a.channel = std::move(channel);
    a.japanese = japanese;
    return a;
}

ActorProfile job(const char *id, const char *name, Channel channel, Value context)
{
    ActorProfile a;
    a.type = "system";
    a.id = id;
    a.name = name;
    a.email = nullptr;
    a.context = std::move(context);
    a.deviceIds = nullptr;
    a.permissions = nullptr;
    a.createdAt = utcTime(2024, 11, 1, 0, 0, 0);
    a.updatedAt = utcTime(2025, 2, 20, 4, 30, 0);
    a.channel = std::move(channel);
    return a;
}

Channel console(const char *from, int hops)
{
    return {"AdminConsole/2025.3", Value::object(), from, hops};
}

Channel batch(const char *location, const char *from, int hops)
{
    return {location, Value::object(), from, hops};
}

} // namespace

Roster makeRoster()
{
    Roster r;
    const Value supportPerms =
        permissionMap({{"customers", {"search", "searchOne", "update", "updateOne", "deleteOne"}},
                       {"orders", {"search", "searchOne", "updateOne"}}});
    r.support = {staff("st-101", "佐藤 花子", "hanako.sato@shop.example.jp", "カスタマーサポート",
                       "web-19C2B0", console("管理コンソール (本社)", 2), true, supportPerms,
                       utcTime(2024, 4, 1, 0, 30, 0) + 571749),
                 staff("st-102", "Daniel Evans", "daniel.evans@shop.example.jp", "Customer Support",
                       "web-7A44E1", console("Admin console (remote)", 2), false, nullptr,
                       utcTime(2024, 9, 16, 8, 12, 5) + 280386)};
    r.warehouse = {
        staff(
            "st-201", "田中 健太", "kenta.tanaka@shop.example.jp", "物流センター", "scanner-CHB-07",
            {"WarehouseScanner/2.1", object({{"site", "千葉DC"}}), "倉庫ハンディ端末 (千葉DC)", 2},
            true, nullptr, utcTime(2024, 5, 20, 0, 0, 0) + 118201),
        staff("st-202", "Maria Lopez", "maria.lopez@shop.example.jp", "Fulfilment",
              "scanner-CHB-11",
              {"WarehouseScanner/2.1", object({{"site", "Chiba DC"}}), "Warehouse scanner", 2},
              false, nullptr, utcTime(2024, 10, 2, 0, 0, 0) + 904377)};
    r.merchandisers = {staff("st-301", "鈴木 美咲", "misaki.suzuki@shop.example.jp", "商品企画",
                             "mac-3F8C2A", console("管理コンソール (本社)", 2), true, nullptr,
                             utcTime(2024, 2, 14, 0, 0, 0) + 650012),
                       staff("st-302", "Oliver Bennett", "oliver.bennett@shop.example.jp",
                             "Merchandising", "mac-91D0B7", console("Admin console (Chrome)", 3),
                             false, nullptr, utcTime(2024, 8, 5, 0, 0, 0) + 77310)};

    ActorProfile &ai = r.assistant;
    ai.type = "ai";
    ai.id = "ai-shopassist";
    ai.name = "ShopAssist";
    ai.email = nullptr;
    ai.context = object({{"model", "shopassist-llm-2025-02"},
                         {"vendor", "in-house"},
                         {"guardrails", Value::array({"no-delete", "human-approval-for-prices"})}});
    ai.deviceIds = nullptr;
    ai.permissions = permissionMap({{"products", {"search", "searchOne", "updateOne"}},
                                    {"orders", {"search", "searchOne", "count", "updateOne"}},
                                    {"inventory_log", {"search"}}});
    ai.createdAt = utcTime(2025, 1, 10, 2, 0, 0) + 431000;
    ai.updatedAt = utcTime(2025, 2, 27, 9, 15, 0) + 12000;
    ai.channel = {"AgentRuntime/shopassist-2", object({{"runtime", "llm-worker-3"}}),
                  "ShopAssist agent (llm-worker-3)", 2};

    r.payments = job(
        "sys-payments", "payment-gateway",
        {"PaymentWebhook/v3", object({{"provider", "pay.example"}}), "payment provider webhook", 2},
        object({{"job", "payment-webhook"}, {"retries", 3}}));
    r.orderSync = job("sys-order-sync", "order-sync",
                      batch("BatchScheduler/order-sync", "batch-01 cron (order-sync)", 1),
                      object({{"job", "order-sync"}, {"carrierApi", "v2"}}));
    r.restock = job("sys-restock", "nightly-restock",
                    batch("batch-01", "社内バッチサーバー (nightly-restock)", 1),
                    object({{"job", "nightly-restock"}, {"threshold", 8}}));
    r.expiry = job("sys-order-expiry", "order-expiry",
                   batch("batch-01", "batch-01 cron (order-expiry)", 1),
                   object({{"job", "order-expiry"}, {"timeoutHours", 24}}));
    r.report = job("sys-report", "daily-report", batch("batch-02", "batch-02 (reporting)", 1),
                   object({{"job", "daily-report"}}));
    r.migration = job("sys-migration", "schema-migration",
                      batch("MigrationRunner/1.4", "deploy pipeline (migration step)", 2),
                      object({{"job", "schema-migration"}}));
    r.catalogImport = job("sys-catalog-import", "catalog-import",
                          batch("CatalogImporter/0.9", "supplier CSV import", 2),
                          object({{"job", "catalog-import"}, {"source", "supplier-feed.csv"}}));
    r.retention = job("sys-retention", "log-retention", batch("batch-01", "batch-01 cron", 1),
                      object({{"job", "inventory-log-retention"}, {"keepDays", 21}}));
    return r;
}

ActorProfile customerActor(Rng &rng, const std::string &id, const Person &person, Micros createdAt)
{
    ActorProfile a;
    a.type = "human";
    a.id = id;
    a.name = person.name;
    a.email = person.email;
    a.context = object({{"segment", rng.chance(0.15) ? "vip" : "retail"}});
    a.permissions = nullptr;
    a.createdAt = createdAt;
    a.updatedAt = createdAt;
    a.japanese = person.locale == "ja-JP";
    const Value tz = a.japanese ? "Asia/Tokyo" : "UTC";
    switch (rng.below(3)) {
    case 0: {
        std::string device = "ios-";
        device.append(rng.hex(6));
        a.deviceIds = Value::array({device});
        // Customers abroad reach the shop through a CDN edge.
        a.channel = {"iOSApp/4.2.0", object({{"tz", tz}}), a.japanese ? "iOSアプリ" : "iOS app",
                     a.japanese ? 2 : 3};
        break;
    }
    case 1: {
        std::string device = "android-";
        device.append(rng.hex(6));
        a.deviceIds = Value::array({device});
        a.channel = {"AndroidApp/4.1.3", object({{"tz", tz}, {"clockSkewMs", rng.range(-40, 40)}}),
                     a.japanese ? "Androidアプリ" : "Android app", 2};
        break;
    }
    default:
        a.deviceIds = Value::array();
        a.channel = {"WebBrowser/Chrome 134", object({{"tz", tz}}),
                     a.japanese ? "Webショップ (Chrome)" : "web shop (Chrome)", 2};
        break;
    }
    return a;
}

} // namespace demo
