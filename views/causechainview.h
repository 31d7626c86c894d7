#pragma once

#include "causechain.h"

#include <QTreeWidget>

namespace dtdb::views {

// A Cause chain as a tree: each entry below the one whose serial it names as its chain parent;
// the current entry in bold. Clicking a row asks to go to that entry.
class CauseChainView : public QTreeWidget
{
    Q_OBJECT
public:
    enum Column
    {
        EntryColumn,
        ActorColumn,
        WhatColumn
    };
    // The 0-based index of the entry a row stands for.
    static constexpr int EntryRole = Qt::UserRole + 1;

    explicit CauseChainView(QWidget *parent = nullptr);

    void setChain(const std::vector<document::ChainLink> &chain);

Q_SIGNALS:
    void entryActivated(std::size_t entry);
};

} // namespace dtdb::views
