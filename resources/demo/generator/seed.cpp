#include "seed.h"

#include "catalog.h"
#include "roster.h"

namespace demo {

namespace {

Value collection(Value data)
{
    Value c = Value::object();
    c["className"] = "Collection";
    c["version"] = "17";
    const std::size_t n = data.size();
    c["data"] = std::move(data);
    c["serialNum"] = std::int64_t(n);
    return c;
}

} // namespace

Value productItem(std::int64_t id, const ProductSpec &spec, Micros updatedAt, bool legacy)
{
    Value p = Value::object();
    p["id"] = id;
    p["sku"] = spec.sku;
    if (legacy) {
        std::string old = "OLD-";
        old.append(std::to_string(4100 + id * 7));
        p["legacySku"] = old;
    }
    p["name"] = spec.name;
    p["category"] = spec.category;
    p["price"] = spec.price;
    p["stock"] = spec.stock;
    p["tags"] = spec.tags;
    p["active"] = true;
    p["updatedAt"] = isoUtc(updatedAt);
    if (!legacy) {
        p["rating"] = nullptr;
        p["aiSuggestion"] = nullptr;
    }
    return p;
}

SeedData makeSeed(Rng &rng)
{
    SeedData seed;
    Value customers = Value::array();
    for (std::int64_t id = 0; id < 40; ++id) {
        const Person person = randomPerson(rng);
        const Micros created =
            utcTime(2024, 6, 1) + rng.range(0, 270) * kDay + rng.range(0, 86399) * kSecond;
        Value c = Value::object();
        c["id"] = id;
        c["name"] = person.name;
        c["email"] = person.email;
        c["phone"] = person.phone;
        c["country"] = person.country;
        c["city"] = person.city;
        c["locale"] = person.locale;
        c["createdAt"] = isoUtc(created);
        c["status"] = "active";
        c["marketingOptIn"] = rng.chance(0.55);
        c["loyaltyPoints"] = rng.range(0, 60) * 10;
        customers.push_back(std::move(c));
        std::string actorId = "cust-";
        actorId.append(std::to_string(id));
        seed.customers[id] = customerActor(rng, actorId, person, created);
    }

    const std::vector<ProductSpec> &specs = initialProducts();
    Value products = Value::array();
    for (std::size_t i = 0; i < specs.size(); ++i)
        products.push_back(productItem(std::int64_t(i), specs[i],
                                       utcTime(2025, 2, 3) + rng.range(0, 20 * kDay), true));

    // Last month's orders, all settled.
    Value orders = Value::array();
    for (std::int64_t id = 0; id < 30; ++id) {
        const Micros created =
            utcTime(2025, 2, 1) + id * (kDay - 3 * kHour) + rng.range(0, 2 * kHour);
        Value lines = Value::array();
        double total = 0;
        const int count = int(rng.range(1, 2));
        for (int k = 0; k < count; ++k) {
            const std::size_t pi = rng.below(specs.size());
            const int qty = int(rng.range(1, 2));
            Value line = Value::object();
            line["productId"] = std::int64_t(pi);
            line["sku"] = specs[pi].sku;
            line["qty"] = qty;
            line["unitPrice"] = specs[pi].price;
            lines.push_back(std::move(line));
            total += qty * specs[pi].price;
        }
        const bool cancelled = rng.chance(0.1);
        Value o = Value::object();
        o["id"] = id;
        o["customerId"] = rng.range(0, 39);
        o["items"] = std::move(lines);
        o["total"] = cents(total);
        o["currency"] = "USD";
        o["status"] = cancelled ? "cancelled" : "delivered";
        o["createdAt"] = isoUtc(created);
        o["paidAt"] = cancelled ? Value() : Value(isoUtc(created + 4 * kMinute + 13 * kSecond));
        o["shippedAt"] = cancelled ? Value() : Value(isoUtc(created + kDay + 2 * kHour));
        o["deliveredAt"] = cancelled ? Value() : Value(isoUtc(created + 2 * kDay + 5 * kHour));
        std::string tracking = "JP";
        tracking.append(std::to_string(1000000000 + id * 7919 % 1000000));
        o["trackingNo"] = cancelled ? Value() : Value(tracking);
        orders.push_back(std::move(o));
    }

    Value db = Value::object();
    db["className"] = "DeltaTraceDatabase";
    db["version"] = "16";
    db["collections"] = Value::object();
    db["collections"]["customers"] = collection(std::move(customers));
    db["collections"]["products"] = collection(std::move(products));
    db["collections"]["orders"] = collection(std::move(orders));
    db["collections"]["inventory_log"] = collection(Value::array());
    seed.snapshot = std::move(db);
    return seed;
}

} // namespace demo
