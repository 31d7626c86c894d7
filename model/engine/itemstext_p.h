#pragma once

// Private to the engine: a collection's items as the members of a JSON array.

#include "itemstore.h"
#include "jsonio.h"

#include <cstddef>
#include <string>

namespace dtdb::detail {

// Appends the items at positions [first, last) of `items` to out as members of a JSON array
// nested `depth` levels deep: each after a ',' (but the item at position 0) and, indented, a
// newline. Large ranges are written on two threads (see itemstext.cpp).
void writeItemsText(std::string &out, const ItemStore &items, std::size_t first, std::size_t last,
                    json::Style style, std::size_t depth);

} // namespace dtdb::detail
