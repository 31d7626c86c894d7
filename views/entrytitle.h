#pragma once

#include <QString>

#include <cstddef>

namespace dtdb::document {
class HistoryDocument;
}

namespace dtdb::views {

// "Entry 25 of 2,566 — updateOne on products": how the views name the entry at the cursor.
QString entryTitle(const document::HistoryDocument &doc, std::size_t entry);

} // namespace dtdb::views
