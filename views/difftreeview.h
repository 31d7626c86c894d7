#pragma once

#include "statediff.h"

#include <QTreeView>

namespace dtdb::document {
class DiffModel;
}

namespace dtdb::views {

// A StateDiff as a coloured collection / item / field tree (before and after side by side).
// Small diffs open fully expanded; large ones show their collections and items, and fields
// open on demand.
class DiffTreeView : public QTreeView
{
    Q_OBJECT
public:
    // Diffs of at most this many rows (collections, items and fields) open fully expanded.
    static constexpr std::size_t ExpandAllLimit = 300;

    explicit DiffTreeView(QWidget *parent = nullptr);

    void setDiff(document::StateDiff diff);
    document::DiffModel *diffModel() const { return m_model; }

private:
    document::DiffModel *m_model;
};

} // namespace dtdb::views
