#pragma once

class QTableView;

namespace dtdb::views {

// Sets up a table whose rows are log entries (the log, an item's history): whole rows chosen
// one at a time, one line each at a fixed height, no grid, alternating colours, no row header,
// the last column stretched.
void setUpEntryTable(QTableView *table);

} // namespace dtdb::views
