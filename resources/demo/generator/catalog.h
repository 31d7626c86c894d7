#pragma once

// Static shop data: people's names, cities, the product range.

#include "rng.h"

#include <string>
#include <vector>

namespace demo {

struct Person
{
    std::string name;  // display name ("山田 太郎", "Emily Clark")
    std::string email; // derived from the romanised name
    std::string locale;
    std::string country;
    std::string city;
    std::string phone;
};

Person randomPerson(Rng &rng);
// A new address and phone number for someone moving within `country`.
Person relocate(Rng &rng, const std::string &country);

struct ProductSpec
{
    std::string sku;
    std::string name;
    std::string category;
    double price;
    int stock;
    std::vector<std::string> tags;
};

// The range on sale when the history starts.
const std::vector<ProductSpec> &initialProducts();
// Products launched during the history (catalog imports and manual additions), in order.
const std::vector<ProductSpec> &laterProducts();

// Rounds to cents (prices and totals are floats with two decimals).
double cents(double amount);

} // namespace demo
