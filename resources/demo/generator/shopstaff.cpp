// Staff (warehouse, support, merchandising) and the AI assistant.

#include "catalog.h"
#include "jsonio.h"
#include "querybuild.h"
#include "seed.h"
#include "shop.h"
#include "text.h"

namespace demo {

namespace {

bool isPaidOrder(const Value &o)
{
    return o["status"] == "paid";
}
bool isOpenOrder(const Value &o)
{
    return o["status"] == "pending" || o["status"] == "paid";
}
bool isActive(const Value &c)
{
    return c["status"] == "active";
}

Value ticket(Rng &rng)
{
    Value c = Value::object();
    c["ticket"] = cat("CS-", num(4000 + rng.range(0, 5999)));
    return c;
}

double aiConfidence(Rng &rng)
{
    return double(rng.range(60, 95)) / 100.0;
}

} // namespace

void Shop::shipOrder()
{
    const Items paid = select("orders", isPaidOrder);
    if (paid.empty()) return;
    // First paid, first shipped.
    dtdb::ItemPtr order = paid.front();
    for (const dtdb::ItemPtr &o : paid)
        if ((*o)["paidAt"].get<std::string>() < (*order)["paidAt"].get<std::string>()) order = o;
    const std::int64_t id = (*order)["id"].get<std::int64_t>();
    const ActorProfile &who = m_rng.pick(m_roster.warehouse);
    static const std::vector<std::string> carriers = {"Yamato", "Yamato", "Sagawa", "Japan Post",
                                                      "DHL"};
    Value q = makeQuery("orders", "updateOne");
    q["queryNode"] = allOf({equals("id", id), equals("status", "paid")});
    Value change = Value::object();
    change["status"] = "shipped";
    change["shippedAt"] = now();
    change["carrier"] = m_rng.pick(carriers);
    change["trackingNo"] = cat("JP", num(3000000000LL + m_rng.range(0, 999999999)));
    q["overrideData"] = std::move(change);
    Value context = Value::object();
    context["station"] = cat("pack-", num(m_rng.range(1, 4)));
    Reason reason{cat(say(who, "出荷完了 注文#", "Shipped order #"), num(id)),
                  say(who, "ピッキング・梱包完了", "Picked and packed"), context};
    reason.parentSerial = m_orderChain[id];
    const Sent sent = send(who, std::move(q), reason);
    if (!sent.ok) return;
    m_orderChain[id] = sent.serial;
    // A few parcels never get a delivery scan; the nightly sync closes them later.
    if (!m_rng.chance(0.05)) m_deliverAt[id] = m_cursor + m_rng.range(20 * kHour, 3 * kDay);
}

void Shop::pickingList()
{
    const ActorProfile &who = m_rng.pick(m_roster.warehouse);
    Value q = makeQuery("orders", "search");
    q["queryNode"] = equals("status", "paid");
    q["sortObj"] = singleSort("paidAt", false, "datetime_");
    q["limit"] = 20;
    Reason reason{say(who, "ピッキングリストを取得", "Load picking list"),
                  say(who, "出荷作業の開始", "Start of a packing round"), nullptr};
    send(who, std::move(q), reason);
}

void Shop::stockTake()
{
    const Items products = select("products");
    const Value p = m_rng.pick(products)->toValue();
    const ActorProfile &who = m_rng.pick(m_roster.warehouse);
    int delta = int(m_rng.range(-3, 2));
    if (delta == 0) delta = 1;
    const int stock = std::max(0, p["stock"].get<int>() + delta);
    Value q = makeQuery("products", "updateOne");
    q["queryNode"] = equals("id", p["id"]);
    Value change = Value::object();
    change["stock"] = stock;
    change["updatedAt"] = now();
    q["overrideData"] = std::move(change);
    Reason reason{
        cat(say(who, "棚卸し差異を反映: ", "Stock-take correction: "), p["sku"].get<std::string>()),
        say(who, "実棚数と帳簿在庫の差異", "Counted stock differs from the books"), nullptr};
    const Sent first = send(who, std::move(q), reason);
    if (!first.ok) return;
    pause(5 * kSecond, 40 * kSecond);
    Value move = Value::object();
    move["id"] = -1;
    move["productId"] = p["id"];
    move["delta"] = stock - p["stock"].get<int>();
    move["reason"] = "adjustment";
    move["orderId"] = nullptr;
    move["stockAfter"] = stock;
    move["at"] = now();
    Value log = makeQuery("inventory_log", "add");
    log["addData"] = Value::array({std::move(move)});
    log["serialKey"] = "id";
    reason.what = say(who, "在庫移動を記録", "Record stock movement");
    reason.parentSerial = first.serial;
    send(who, std::move(log), reason);
}

void Shop::supportLookup()
{
    const ActorProfile &who = m_rng.pick(m_roster.support);
    const Items customers = select("customers", isActive);
    if (customers.empty()) return;
    const Value c = m_rng.pick(customers)->toValue();
    const Value context = ticket(m_rng);
    Value q;
    Reason reason{"", say(who, "顧客からの問い合わせ対応", "Customer enquiry"), context};
    switch (m_rng.below(3)) {
    case 0:
        q = makeQuery("customers", "searchOne");
        q["queryNode"] = equals("email", c["email"]);
        reason.what = say(who, "メールアドレスで顧客検索", "Find customer by email");
        break;
    case 1: {
        const std::string name = c["name"].get<std::string>();
        q = makeQuery("customers", "search");
        q["queryNode"] = startsWith("name", name.substr(0, name.find(' ')));
        q["sortObj"] = singleSort("createdAt", true, "datetime_");
        q["limit"] = 10;
        reason.what = say(who, "氏名で顧客検索", "Find customers by name");
        break;
    }
    default:
        break;
    }
    std::string parent;
    if (!q.is_null()) {
        parent = send(who, std::move(q), reason).serial;
        pause(10 * kSecond, 60 * kSecond);
    }
    Value orders = makeQuery("orders", "search");
    orders["queryNode"] = equals("customerId", c["id"]);
    orders["sortObj"] = singleSort("createdAt", true, "datetime_");
    orders["limit"] = 10;
    reason.what = say(who, "顧客の注文履歴を確認", "Check the customer's orders");
    reason.parentSerial = parent;
    send(who, std::move(orders), reason);
}

void Shop::supportUpdate()
{
    const ActorProfile &who = m_rng.pick(m_roster.support);
    const std::int64_t id = randomCustomer();
    if (id < 0) return;
    Value q = makeQuery("customers", "updateOne");
    q["queryNode"] = equals("id", id);
    Value change = Value::object();
    Reason reason{"", "", ticket(m_rng)};
    if (m_rng.chance(0.5)) {
        const dtdb::ItemPtr customer = byId("customers", id);
        const Person moved = relocate(m_rng, (*customer)["country"].get<std::string>());
        change["city"] = moved.city;
        reason.what = say(who, "住所を変更", "Update address");
        reason.why = say(who, "お客様からの住所変更依頼", "Customer asked to change the address");
    } else {
        change["loyaltyPoints"] = 10 * m_rng.range(10, 50);
        reason.what = say(who, "ポイントを付与", "Grant loyalty points");
        reason.why = say(who, "配送遅延のお詫び", "Apology for a delayed delivery");
    }
    q["overrideData"] = std::move(change);
    send(who, std::move(q), reason);
}

void Shop::supportDelete()
{
    const ActorProfile &who = m_rng.pick(m_roster.support);
    const std::int64_t id = randomCustomer();
    if (id < 0) return;
    Value q = makeQuery("customers", "deleteOne");
    q["queryNode"] = equals("id", id);
    Reason reason{cat(say(who, "顧客アカウントを削除 #", "Delete customer account #"), num(id)),
                  say(who, "退会・個人情報削除の依頼", "Account deletion request (GDPR)"),
                  ticket(m_rng)};
    const Sent sent = send(who, q, reason);
    if (!sent.ok) return;
    m_customers.erase(id);
    // The console sometimes submits twice; the second finds nothing to delete.
    if (m_rng.chance(0.5)) {
        pause(2 * kSecond, 6 * kSecond);
        reason.parentSerial = sent.serial;
        send(who, std::move(q), reason);
    }
}

void Shop::reviewFlag()
{
    const auto flag = m_flagged.begin();
    const std::int64_t id = flag->first;
    const std::string aiSerial = flag->second;
    m_flagged.erase(flag);
    const dtdb::ItemPtr order = byId("orders", id);
    const ActorProfile &who = m_rng.pick(m_roster.support);
    if (order && isOpenOrder(order->toValue()) && m_rng.chance(0.3)) {
        cancelOrder(who, order->toValue(), "fraud review",
                    say(who, "AIの不正検知を確認し、カード名義不一致のためキャンセル",
                        "Confirmed the AI fraud flag: card holder mismatch"),
                    aiSerial);
        return;
    }
    Value q = makeQuery("orders", "updateOne");
    q["queryNode"] = equals("id", id);
    Value change = Value::object();
    change["reviewFlag"] = false;
    change["reviewedBy"] = who.id;
    q["overrideData"] = std::move(change);
    Reason reason{
        cat(say(who, "不正検知フラグを解除 注文#", "Clear fraud flag on order #"), num(id)),
        say(who, "本人確認済み", "Verified with the customer"), nullptr};
    reason.parentSerial = aiSerial;
    send(who, std::move(q), reason);
}

void Shop::assistantChat()
{
    const std::int64_t id = randomCustomer();
    if (id < 0) return;
    Value q = makeQuery("orders", "search");
    q["queryNode"] = equals("customerId", id);
    q["sortObj"] = singleSort("createdAt", true, "datetime_");
    q["limit"] = 3;
    Value context = Value::object();
    context["conversationId"] = m_rng.uuid();
    context["customerId"] = id;
    Reason reason{"Look up the customer's latest orders",
                  "The customer asked in chat where their parcel is; their three most recent "
                  "orders are enough to answer with status and tracking number.",
                  context, aiConfidence(m_rng)};
    send(m_roster.assistant, std::move(q), reason);
}

void Shop::assistantPrice()
{
    const Items products = select("products");
    const Value p = m_rng.pick(products)->toValue();
    const std::int64_t pid = p["id"].get<std::int64_t>();
    if (m_suggested.count(pid)) return;
    const ActorProfile &ai = m_roster.assistant;
    Value q = makeQuery("inventory_log", "search");
    q["queryNode"] = allOf({equals("productId", pid), equals("reason", "order")});
    q["sortObj"] = singleSort("at", true, "datetime_");
    q["limit"] = 50;
    Value context = Value::object();
    context["runId"] = m_rng.uuid();
    Reason reason{cat("Read recent sales of ", p["sku"].get<std::string>()),
                  "Weekly pricing review: recent demand is needed before proposing a price.",
                  context, aiConfidence(m_rng)};
    const Sent read = send(ai, std::move(q), reason);
    long sold = 0;
    for (const dtdb::ItemPtr &move : read.result.query.result)
        sold -= (*move)["delta"].get<long>();
    pause(2 * kSecond, 20 * kSecond);

    const double price = p["price"].get<double>();
    const int stock = p["stock"].get<int>();
    const bool raise = sold >= 8 && stock < 20;
    const double suggested = cents(price * (raise ? 1.08 : 0.9));
    Value suggestion = Value::object();
    suggestion["price"] = suggested;
    suggestion["previousPrice"] = price;
    const double confidence = aiConfidence(m_rng);
    suggestion["confidence"] = confidence;
    suggestion["proposedAt"] = now();
    Value update = makeQuery("products", "updateOne");
    update["queryNode"] = equals("id", pid);
    Value change = Value::object();
    change["aiSuggestion"] = std::move(suggestion);
    update["overrideData"] = std::move(change);
    reason.what = cat("Propose price ", dtdb::json::pythonFloatRepr(suggested), " for ",
                      p["sku"].get<std::string>());
    reason.why = raise ? cat("Sold ", num(sold), " units recently with only ", num(stock),
                             " left; demand supports a small increase without hurting "
                             "conversion.")
                       : cat("Only ", num(sold), sold == 1 ? " unit" : " units",
                             " sold recently while ", num(stock),
                             " are in stock; a 10% discount should move slow stock before "
                             "the spring range arrives.");
    reason.confidence = confidence;
    reason.parentSerial = read.serial;
    const Sent sent = send(ai, std::move(update), reason);
    if (sent.ok) m_suggested[pid] = sent.serial;
}

void Shop::assistantFraud()
{
    const Items open = select("orders", isOpenOrder);
    for (const dtdb::ItemPtr &o : open) {
        const std::int64_t id = (*o)["id"].get<std::int64_t>();
        if ((*o)["total"].get<double>() < 100.0 || m_flagged.count(id) ||
            (*o).contains("reviewFlag"))
            continue;
        Value q = makeQuery("orders", "updateOne");
        q["queryNode"] =
            allOf({equals("id", id), inList("status", Value::array({"pending", "paid"}))});
        Value change = Value::object();
        const double risk = aiConfidence(m_rng);
        change["reviewFlag"] = true;
        change["riskScore"] = risk;
        q["overrideData"] = std::move(change);
        Value context = Value::object();
        context["signals"] = Value::array({"new shipping address", "high order value"});
        Reason reason{cat("Flag order #", num(id), " for manual review"),
                      "Order value is well above this customer's usual basket and ships to an "
                      "address not seen before; a human should confirm before it is packed.",
                      context, risk};
        reason.parentSerial = m_orderChain[id];
        const Sent sent = send(m_roster.assistant, std::move(q), reason);
        if (sent.ok) m_flagged[id] = sent.serial;
        return;
    }
}

void Shop::reviewSuggestion()
{
    const auto it = m_suggested.begin();
    const std::int64_t pid = it->first;
    const std::string aiSerial = it->second;
    m_suggested.erase(it);
    const dtdb::ItemPtr p = byId("products", pid);
    if (!p || !(*p)["aiSuggestion"].is_object()) return;
    const ActorProfile &who = m_rng.pick(m_roster.merchandisers);
    const bool approve = m_rng.chance(0.65);
    Value q = makeQuery("products", "updateOne");
    q["queryNode"] = equals("id", pid);
    Value change = Value::object();
    if (approve) change["price"] = (*p)["aiSuggestion"]["price"];
    change["aiSuggestion"] = nullptr;
    change["updatedAt"] = now();
    q["overrideData"] = std::move(change);
    Reason reason{approve ? say(who, "AIの価格提案を承認", "Approve AI price suggestion")
                          : say(who, "AIの価格提案を却下", "Reject AI price suggestion"),
                  approve
                      ? say(who, "提案内容を確認し妥当と判断", "Reasoning checks out")
                      : say(who, "ブランドの価格帯を維持するため", "Keep the brand's price point"),
                  nullptr};
    reason.parentSerial = aiSerial;
    send(who, std::move(q), reason);
}

void Shop::priceChange()
{
    const ActorProfile &who = m_rng.pick(m_roster.merchandisers);
    const Items products = select("products");
    const Value p = m_rng.pick(products)->toValue();
    Value q = makeQuery("products", "updateOne");
    q["queryNode"] = equals("id", p["id"]);
    Value change = Value::object();
    change["price"] = cents(p["price"].get<double>() * (m_rng.chance(0.5) ? 1.05 : 0.95));
    change["updatedAt"] = now();
    q["overrideData"] = std::move(change);
    Reason reason{cat(say(who, "価格改定: ", "Price change: "), p["sku"].get<std::string>()),
                  say(who, "仕入れ価格の変動", "Supplier cost changed"), nullptr};
    send(who, std::move(q), reason);
}

void Shop::addProduct()
{
    const std::vector<ProductSpec> &later = laterProducts();
    if (m_nextProduct >= later.size()) return;
    const ActorProfile &who = m_rng.pick(m_roster.merchandisers);
    const ProductSpec &spec = later[m_nextProduct];
    Value item = productItem(-1, spec, m_cursor, false);
    if (m_legacyProducts) {
        item.erase("rating");
        item.erase("aiSuggestion");
    }
    Value q = makeQuery("products", "add");
    q["addData"] = Value::array({std::move(item)});
    q["serialKey"] = "id";
    Reason reason{cat(say(who, "新商品を登録: ", "Add new product: "), spec.name),
                  say(who, "春の新商品", "New arrival for spring"), nullptr};
    if (send(who, std::move(q), reason).ok) ++m_nextProduct;
}

} // namespace demo
