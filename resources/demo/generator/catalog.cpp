#include "catalog.h"

#include <cmath>

namespace demo {

namespace {

struct JaName
{
    const char *kanji;
    const char *roman;
};

const std::vector<JaName> kJaFamily = {
    {"佐藤", "sato"},      {"鈴木", "suzuki"},   {"高橋", "takahashi"}, {"田中", "tanaka"},
    {"伊藤", "ito"},       {"渡辺", "watanabe"}, {"山本", "yamamoto"},  {"中村", "nakamura"},
    {"小林", "kobayashi"}, {"加藤", "kato"},     {"吉田", "yoshida"},   {"山田", "yamada"},
    {"松本", "matsumoto"}, {"井上", "inoue"},    {"木村", "kimura"},    {"清水", "shimizu"}};
const std::vector<JaName> kJaGiven = {
    {"太郎", "taro"},   {"花子", "hanako"}, {"健太", "kenta"}, {"美咲", "misaki"},
    {"翔太", "shota"},  {"陽菜", "hina"},   {"大輝", "daiki"}, {"さくら", "sakura"},
    {"蓮", "ren"},      {"結衣", "yui"},    {"悠真", "yuma"},  {"葵", "aoi"},
    {"拓海", "takumi"}, {"真央", "mao"},    {"直樹", "naoki"}, {"愛", "ai"}};
const std::vector<std::string> kEnFirst = {"Emily", "James",  "Olivia", "Liam",  "Sophia", "Noah",
                                           "Ava",   "Ethan",  "Mia",    "Lucas", "Chloe",  "Daniel",
                                           "Grace", "Henry",  "Isla",   "Jack",  "Ruby",   "Oscar",
                                           "Zoe",   "Samuel", "Nora",   "Adam",  "Leah",   "Ryan"};
const std::vector<std::string> kEnLast = {
    "Smith",  "Johnson", "Brown", "Taylor", "Wilson", "Clark", "Walker", "Hall",
    "Wright", "Green",   "Baker", "Adams",  "Nelson", "Hill",  "Evans",  "Turner",
    "Parker", "Collins", "Ward",  "Foster", "Hughes", "Price", "Murphy", "Bennett"};
const std::vector<std::string> kJaCities = {"Tokyo",   "Osaka",   "Yokohama", "Nagoya",
                                            "Sapporo", "Fukuoka", "Kyoto",    "Sendai"};
struct Abroad
{
    const char *country;
    const char *city;
    const char *locale;
    const char *dial;
};
const std::vector<Abroad> kAbroad = {
    {"US", "Seattle", "en-US", "+1-206"}, {"US", "Austin", "en-US", "+1-512"},
    {"GB", "London", "en-GB", "+44-20"},  {"CA", "Toronto", "en-CA", "+1-416"},
    {"AU", "Sydney", "en-AU", "+61-2"},   {"SG", "Singapore", "en-SG", "+65"}};
const std::vector<std::string> kDomainsJa = {"example.jp", "example.co.jp", "mail.example.ne.jp"};
const std::vector<std::string> kDomainsEn = {"example.com", "example.org", "example.net"};

std::string digits(Rng &rng, int n)
{
    std::string s;
    for (int i = 0; i < n; ++i)
        s.push_back(char('0' + rng.below(10)));
    return s;
}

} // namespace

Person randomPerson(Rng &rng)
{
    Person p;
    if (rng.chance(0.6)) {
        const JaName &family = rng.pick(kJaFamily);
        const JaName &given = rng.pick(kJaGiven);
        p.name.append(family.kanji).append(" ").append(given.kanji);
        p.email.append(given.roman).append(".").append(family.roman);
        if (rng.chance(0.5)) p.email.append(digits(rng, 2));
        p.email.append("@").append(rng.pick(kDomainsJa));
        p.locale = "ja-JP";
        p.country = "JP";
        p.city = rng.pick(kJaCities);
        p.phone.append("+81-90-").append(digits(rng, 4)).append("-").append(digits(rng, 4));
    } else {
        const std::string &first = rng.pick(kEnFirst);
        const std::string &last = rng.pick(kEnLast);
        p.name.append(first).append(" ").append(last);
        for (const std::string &part : {first, std::string("."), last})
            for (char c : part)
                p.email.push_back(char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
        if (rng.chance(0.4)) p.email.append(digits(rng, 2));
        p.email.append("@").append(rng.pick(kDomainsEn));
        const Abroad &where = rng.pick(kAbroad);
        p.locale = where.locale;
        p.country = where.country;
        p.city = where.city;
        p.phone.append(where.dial)
            .append("-")
            .append(digits(rng, 3))
            .append("-")
            .append(digits(rng, 4));
    }
    return p;
}

Person relocate(Rng &rng, const std::string &country)
{
    Person p = randomPerson(rng);
    for (int tries = 0; tries < 64 && p.country != country; ++tries)
        p = randomPerson(rng);
    return p;
}

const std::vector<ProductSpec> &initialProducts()
{
    static const std::vector<ProductSpec> products = {
        {"KIT-001", "Ceramic Pour-Over Dripper", "kitchen", 24.5, 40, {"coffee", "gift"}},
        {"KIT-002", "有田焼 マグカップ (藍)", "kitchen", 18.0, 35, {"gift", "handmade"}},
        {"KIT-003", "Cast Iron Teapot 0.8L", "kitchen", 62.0, 12, {"tea"}},
        {"KIT-004", "Bamboo Chopsticks Set (5 pairs)", "kitchen", 9.99, 120, {"bestseller"}},
        {"KIT-005", "Santoku Knife 180mm", "kitchen", 89.0, 15, {"gift", "chef"}},
        {"TEA-001", "宇治抹茶 30g", "food", 21.0, 60, {"tea", "bestseller"}},
        {"TEA-002", "Sencha Green Tea 100g", "food", 12.75, 80, {"tea"}},
        {"TEA-003", "ほうじ茶 ティーバッグ 20袋", "food", 8.4, 90, {"tea"}},
        {"FOD-001", "Yuzu Ponzu Sauce 360ml", "food", 7.25, 70, {"seasoning"}},
        {"FOD-002", "Single-Origin Coffee Beans 250g", "food", 16.9, 45, {"coffee"}},
        {"STA-001", "Washi Tape Set (10 rolls)", "stationery", 14.0, 100, {"gift"}},
        {"STA-002", "Fountain Pen, Fine Nib", "stationery", 38.0, 20, {"gift", "writing"}},
        {"STA-003", "A5 Dot Grid Notebook", "stationery", 11.5, 150, {"writing", "bestseller"}},
        {"STA-004", "筆ペン 極細", "stationery", 6.8, 75, {"writing"}},
        {"HOM-001", "Hinoki Bath Stool", "home", 55.0, 8, {"wood"}},
        {"HOM-002", "Linen Noren Curtain 85x150", "home", 46.0, 18, {"textile"}},
        {"HOM-003", "今治タオル フェイスタオル 2枚組", "home", 19.8, 65, {"textile", "gift"}},
        {"HOM-004", "Incense Sticks, Sandalwood", "home", 13.2, 55, {"fragrance"}},
        {"HOM-005", "Furoshiki Wrapping Cloth 70cm", "home", 15.5, 40, {"textile", "gift"}},
        {"OUT-001", "Folding Camp Stool", "outdoor", 34.0, 22, {"camping"}},
        {"OUT-002", "Titanium Mug 450ml", "outdoor", 29.0, 30, {"camping", "coffee"}},
        {"OUT-003", "Tenugui Hand Towel (Wave)", "outdoor", 9.5, 85, {"textile"}},
        {"TOY-001", "Kendama, Beech Wood", "toys", 16.0, 25, {"gift", "wood"}},
        {"TOY-002", "Origami Paper 500 sheets", "toys", 10.25, 95, {"paper", "bestseller"}},
    };
    return products;
}

const std::vector<ProductSpec> &laterProducts()
{
    static const std::vector<ProductSpec> products = {
        {"KIT-006", "Donabe Rice Pot (2 cups)", "kitchen", 74.0, 10, {"chef"}},
        {"TEA-004", "玄米茶 200g", "food", 9.6, 50, {"tea"}},
        {"STA-005", "Brass Desk Ruler 15cm", "stationery", 22.0, 30, {"writing", "gift"}},
        {"HOM-006", "Sakura Scented Candle", "home", 17.5, 40, {"fragrance", "spring"}},
        {"OUT-004", "Sakura Picnic Sheet", "outdoor", 27.0, 35, {"spring", "camping"}},
        {"KIT-007", "桜 小皿 5枚セット", "kitchen", 32.0, 20, {"spring", "gift"}},
        {"TOY-003", "Daruma Doll (Small)", "toys", 12.0, 45, {"gift"}},
        {"FOD-003", "Sakura Mochi Kit", "food", 14.8, 30, {"spring", "seasonal"}},
        {"STA-006", "Letterpress Card Set", "stationery", 13.0, 60, {"paper", "gift"}},
        {"HOM-007", "Indigo Cushion Cover", "home", 28.0, 25, {"textile"}},
    };
    return products;
}

double cents(double amount)
{
    return std::round(amount * 100.0) / 100.0;
}

} // namespace demo
