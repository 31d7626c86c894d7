// Customers: browsing, signing up, ordering, paying (via the payment webhook) and cancelling.

#include "catalog.h"
#include "querybuild.h"
#include "shop.h"
#include "text.h"

#include <algorithm>

namespace demo {

namespace {

bool isActiveCustomer(const Value &c)
{
    return c["status"] == "active";
}
bool isOpenOrder(const Value &o)
{
    return o["status"] == "pending" || o["status"] == "paid";
}

std::string orderLabel(std::int64_t id)
{
    return cat("#", num(id));
}

bool isShipped(const Value &o)
{
    return o["status"] == "shipped";
}

bool hasTag(const Value &product, const char *tag)
{
    const Value &tags = product["tags"];
    return std::find(tags.begin(), tags.end(), Value(tag)) != tags.end();
}

Value hitContext(const char *screen)
{
    Value c = Value::object();
    c["screen"] = screen;
    return c;
}

const std::vector<std::string> kCategories = {"kitchen", "food",    "stationery",
                                              "home",    "outdoor", "toys"};

} // namespace

std::int64_t Shop::randomCustomer()
{
    const Items active = select("customers", isActiveCustomer);
    return active.empty() ? -1 : (*m_rng.pick(active))["id"].get<std::int64_t>();
}

void Shop::browse()
{
    const std::int64_t id = randomCustomer();
    if (id < 0) return;
    const ActorProfile &who = m_customers.at(id);
    std::string parent;
    const int views = m_rng.chance(0.7) ? 1 : 2;
    for (int i = 0; i < views; ++i) {
        Value q;
        Reason reason;
        reason.why = say(who, "商品一覧の閲覧", "Browsing the catalog");
        switch (m_rng.below(6)) {
        case 0: {
            const std::string &category = m_rng.pick(kCategories);
            const double budget = double(m_rng.range(2, 10) * 10);
            q = makeQuery("products", "search");
            q["queryNode"] = allOf({equals("category", category),
                                    compare("lessThanOrEqual_", "price", budget, "floatStrict_")});
            q["sortObj"] = singleSort("price");
            q["limit"] = 10;
            reason.what = cat("Search products: ", category, " under $", num(int(budget)));
            reason.context = hitContext("ProductSearch");
            break;
        }
        case 1:
            q = makeQuery("products", "search");
            q["queryNode"] = contains("tags", "gift");
            q["sortObj"] = singleSort("price", true);
            q["limit"] = 8;
            reason.what = say(who, "ギフト特集を表示", "Show gift ideas");
            reason.context = hitContext("GiftGuide");
            break;
        case 2: {
            const std::int64_t pid =
                std::int64_t(m_rng.below(std::uint64_t(nextSerial("products"))));
            q = makeQuery("products", "searchOne");
            q["queryNode"] = equals("id", pid);
            reason.what =
                cat(say(who, "商品詳細を表示", "View product details"), " (id ", num(pid), ")");
            reason.context = hitContext("ProductDetail");
            break;
        }
        case 3:
            q = makeQuery("products", "search");
            q["queryNode"] = anyOf({regex("name", "(?i)tea"), contains("tags", "tea")});
            q["limit"] = 20;
            reason.what = say(who, "「お茶」で検索", "Search \"tea\"");
            reason.context = hitContext("ProductSearch");
            break;
        case 4:
            q = makeQuery("products", "getAll");
            q["sortObj"] = multiSort({singleSort("category"), singleSort("price")});
            q["offset"] = 12;
            q["limit"] = 12;
            reason.what = say(who, "商品一覧 2ページ目", "Catalog page 2");
            reason.context = hitContext("Catalog");
            break;
        default:
            q = makeQuery("orders", "search");
            q["queryNode"] = equals("customerId", id);
            q["sortObj"] = singleSort("createdAt", true, "datetime_");
            q["limit"] = 5;
            reason.what = say(who, "注文履歴を表示", "Show my orders");
            reason.why = say(who, "注文状況の確認", "Checking order status");
            reason.context = hitContext("MyOrders");
            break;
        }
        reason.parentSerial = parent;
        const Sent sent = send(who, std::move(q), reason, true);
        parent = sent.serial;
        pause(8 * kSecond, 90 * kSecond);
    }
    if (m_rng.chance(0.3)) placeOrder(id, parent);
}

void Shop::signUp()
{
    const Person person = randomPerson(m_rng);
    ActorProfile who = customerActor(m_rng, cat("guest-", m_rng.hex(6)), person, m_cursor);
    Value c = Value::object();
    c["id"] = -1;
    c["name"] = person.name;
    c["email"] = person.email;
    c[m_phoneField] = person.phone;
    c["country"] = person.country;
    c["city"] = person.city;
    c["locale"] = person.locale;
    c["createdAt"] = now();
    c["status"] = "active";
    c["marketingOptIn"] = m_rng.chance(0.4);
    c["loyaltyPoints"] = 0;
    Value q = makeQuery("customers", "add");
    q["addData"] = Value::array({std::move(c)});
    q["serialKey"] = "id";
    q["returnData"] = true;
    Reason reason{say(who, "会員登録", "Create account"),
                  say(who, "新規会員登録フォームの送信", "Sign-up form submitted"),
                  hitContext("SignUp")};
    const Sent sent = send(who, std::move(q), reason);
    if (!sent.ok) return;
    const std::int64_t id = (*sent.result.query.result.at(0))["id"].get<std::int64_t>();
    who.id = cat("cust-", num(id));
    m_customers[id] = who;
    if (m_rng.chance(0.25)) {
        pause(30 * kSecond, 3 * kMinute);
        placeOrder(id, sent.serial);
    }
}

void Shop::placeOrder(std::int64_t customerId, const std::string &parent)
{
    const Items products = select("products");
    Cart cart;
    const int lines = m_rng.chance(0.65) ? 1 : int(m_rng.range(2, 3));
    for (int tries = 0; int(cart.size()) < lines && tries < 12; ++tries) {
        // Bestsellers are picked more often.
        dtdb::ItemPtr p = m_rng.pick(products);
        if (!hasTag(p->toValue(), "bestseller") && m_rng.chance(0.45)) p = m_rng.pick(products);
        if ((*p)["active"] != true) continue;
        if ((*p)["stock"].get<int>() == 0 && m_rng.chance(0.9)) continue; // shown as sold out
        bool already = false;
        for (const auto &line : cart)
            already = already || line.first == p;
        if (already) continue;
        const double r = m_rng.real();
        cart.emplace_back(p, r < 0.7 ? 1 : r < 0.9 ? 2 : int(m_rng.range(3, 6)));
    }
    checkout(customerId, std::move(cart), parent);
}

void Shop::checkout(std::int64_t customerId, Cart cart, const std::string &parent)
{
    const ActorProfile &who = m_customers.at(customerId);
    for (int attempt = 0; attempt < 2 && !cart.empty(); ++attempt) {
        const std::int64_t orderId = nextSerial("orders");
        Value items = Value::array();
        double total = 0;
        for (const auto &[p, qty] : cart) {
            Value line = Value::object();
            line["productId"] = (*p)["id"];
            line["sku"] = (*p)["sku"];
            line["qty"] = qty;
            line["unitPrice"] = (*p)["price"];
            items.push_back(std::move(line));
            total += qty * (*p)["price"].get<double>();
        }
        Value order = Value::object();
        order["id"] = -1;
        order["customerId"] = customerId;
        order["items"] = std::move(items);
        order["total"] = cents(total);
        order["currency"] = "USD";
        order["status"] = "pending";
        order["createdAt"] = now();
        Value add = makeQuery("orders", "add");
        add["addData"] = Value::array({std::move(order)});
        add["serialKey"] = "id";
        add["returnData"] = true;

        std::vector<Value> queries = {std::move(add)};
        std::string what = say(who, "注文を確定:", "Place order:");
        Value moves = Value::array();
        for (const auto &[p, qty] : cart) {
            const int stock = (*p)["stock"].get<int>();
            Value reserve = makeQuery("products", "updateOne");
            reserve["queryNode"] =
                allOf({equals("id", (*p)["id"]), compare("greaterThanOrEqual_", "stock", qty)});
            Value change = Value::object();
            change["stock"] = stock - qty;
            reserve["overrideData"] = std::move(change);
            queries.push_back(std::move(reserve));
            what.append(cat(" ", (*p)["sku"].get<std::string>(), " x", num(qty)));
            Value move = Value::object();
            move["id"] = -1;
            move["productId"] = (*p)["id"];
            move["delta"] = -qty;
            move["reason"] = "order";
            move["orderId"] = orderId;
            move["stockAfter"] = stock - qty;
            move["at"] = now();
            moves.push_back(std::move(move));
        }
        Value log = makeQuery("inventory_log", "add");
        log["addData"] = std::move(moves);
        log["serialKey"] = "id";
        queries.push_back(std::move(log));

        Reason reason{what,
                      attempt == 0 ? say(who, "カートから購入手続き", "Checkout from cart")
                                   : say(who, "在庫不足エラーの後、数量を減らして再注文",
                                         "Retry with fewer items after an out-of-stock error"),
                      hitContext("Checkout")};
        reason.parentSerial = parent;
        const Sent sent = sendAll(who, std::move(queries), reason);
        if (sent.ok) {
            const std::int64_t id =
                (*sent.result.transaction.results.at(0).result.at(0))["id"].get<std::int64_t>();
            m_orderChain[id] = sent.serial;
            if (m_rng.chance(0.06)) m_abandoned.insert(id);
            return;
        }
        // Out of stock (the cart was stale): the customer may retry with what is left.
        if (!m_rng.chance(0.6)) return;
        pause(20 * kSecond, 2 * kMinute);
        Cart retry;
        for (const auto &[p, qty] : cart) {
            const dtdb::ItemPtr fresh = byId("products", (*p)["id"].get<std::int64_t>());
            const int stock = (*fresh)["stock"].get<int>();
            if (stock > 0) retry.emplace_back(fresh, std::min(qty, stock));
        }
        cart = std::move(retry);
    }
}

void Shop::payOrder()
{
    Items pending = select("orders", [](const Value &o) { return o["status"] == "pending"; });
    for (const dtdb::ItemPtr &o : pending) {
        const std::int64_t id = (*o)["id"].get<std::int64_t>();
        if (m_abandoned.count(id)) continue;
        static const std::vector<std::string> methods = {"card",   "card",    "card",
                                                         "paypay", "konbini", "apple_pay"};
        Value q = makeQuery("orders", "updateOne");
        q["queryNode"] = allOf({equals("id", id), equals("status", "pending")});
        Value change = Value::object();
        change["status"] = "paid";
        change["paidAt"] = now();
        change["paymentMethod"] = m_rng.pick(methods);
        q["overrideData"] = std::move(change);
        const std::string charge = cat("ch_", m_rng.hex(12));
        Value context = Value::object();
        context["chargeId"] = charge;
        context["amount"] = (*o)["total"];
        Reason reason{cat("Mark order ", orderLabel(id), " paid"),
                      cat("Payment captured by provider (", charge, ")"), context};
        reason.parentSerial = m_orderChain[id];
        const Sent sent = send(m_roster.payments, q, reason);
        if (!sent.ok) return;
        m_orderChain[id] = sent.serial;
        // Webhooks are delivered at least once: sometimes the same event arrives again.
        if (m_rng.chance(0.07)) {
            pause(2 * kSecond, 9 * kSecond);
            reason.why = cat("Webhook redelivery (", charge, ")");
            reason.parentSerial = sent.serial;
            send(m_roster.payments, q, reason);
        }
        return;
    }
}

Shop::Sent Shop::cancelOrder(const ActorProfile &who, const Value &order,
                             const std::string &reasonText, const std::string &why,
                             const std::string &parent)
{
    const std::int64_t id = order["id"].get<std::int64_t>();
    Value cancel = makeQuery("orders", "updateOne");
    cancel["queryNode"] =
        allOf({equals("id", id), inList("status", Value::array({"pending", "paid"}))});
    Value change = Value::object();
    change["status"] = "cancelled";
    change["cancelledAt"] = now();
    change["cancelReason"] = reasonText;
    cancel["overrideData"] = std::move(change);
    std::vector<Value> queries = {std::move(cancel)};
    Value moves = Value::array();
    for (const Value &line : order["items"]) {
        const dtdb::ItemPtr p = byId("products", line["productId"].get<std::int64_t>());
        const int stock = (*p)["stock"].get<int>() + line["qty"].get<int>();
        Value restore = makeQuery("products", "updateOne");
        restore["queryNode"] = equals("id", line["productId"]);
        Value back = Value::object();
        back["stock"] = stock;
        back["updatedAt"] = now();
        restore["overrideData"] = std::move(back);
        queries.push_back(std::move(restore));
        Value move = Value::object();
        move["id"] = -1;
        move["productId"] = line["productId"];
        move["delta"] = line["qty"];
        move["reason"] = "cancel";
        move["orderId"] = id;
        move["stockAfter"] = stock;
        move["at"] = now();
        moves.push_back(std::move(move));
    }
    Value log = makeQuery("inventory_log", "add");
    log["addData"] = std::move(moves);
    log["serialKey"] = "id";
    queries.push_back(std::move(log));
    Value context = Value::object();
    context["orderId"] = id;
    Reason reason{cat(say(who, "注文をキャンセルし在庫を戻す ", "Cancel order and return stock "),
                      orderLabel(id)),
                  why, context};
    reason.parentSerial = parent;
    const Sent sent = sendAll(who, std::move(queries), reason);
    if (sent.ok) m_orderChain[id] = sent.serial;
    return sent;
}

void Shop::cancelByCustomer()
{
    // Usually an open order; sometimes one that has just been shipped, which the shop
    // refuses (the whole transaction rolls back).
    const bool late = m_rng.chance(0.2);
    Items orders = select("orders", late ? isShipped : isOpenOrder);
    if (orders.empty()) return;
    const Value order = m_rng.pick(orders)->toValue();
    const std::int64_t customerId = order["customerId"].get<std::int64_t>();
    if (!m_customers.count(customerId)) return;
    const ActorProfile &who = m_customers.at(customerId);
    static const std::vector<std::string> reasons = {"changed mind", "ordered by mistake",
                                                     "found a better price", "delivery too slow"};
    const std::int64_t id = order["id"].get<std::int64_t>();
    cancelOrder(who, order, m_rng.pick(reasons),
                say(who, "お客様ご自身によるキャンセル", "Cancelled by the customer"),
                m_orderChain.count(id) ? m_orderChain[id] : std::string());
}

void Shop::updateProfile()
{
    const std::int64_t id = randomCustomer();
    if (id < 0) return;
    const ActorProfile &who = m_customers.at(id);
    Value q = makeQuery("customers", "updateOne");
    q["queryNode"] = equals("id", id);
    Value change = Value::object();
    Reason reason;
    if (m_rng.chance(0.5)) {
        const dtdb::ItemPtr customer = byId("customers", id);
        const Person moved = relocate(m_rng, (*customer)["country"].get<std::string>());
        change["city"] = moved.city;
        change[m_phoneField] = moved.phone;
        reason.what = say(who, "住所・電話番号を変更", "Update address and phone");
        reason.why = say(who, "引っ越しのため", "Moved house");
    } else {
        change["marketingOptIn"] = m_rng.chance(0.5);
        reason.what = say(who, "メール配信設定を変更", "Change newsletter preference");
        reason.why = say(who, "配信設定の見直し", "Too many emails");
    }
    q["overrideData"] = std::move(change);
    reason.context = hitContext("Account");
    send(who, std::move(q), reason);
}

} // namespace demo
