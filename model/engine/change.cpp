#include "change.h"

namespace dtdb {

namespace {

std::size_t countOf(const Change &c, ChangeOp::Kind kind)
{
    std::size_t n = 0;
    for (const ChangeOp &op : c.ops)
        n += op.kind == kind;
    return n;
}

} // namespace

std::size_t Change::itemsInserted() const
{
    std::size_t n = countOf(*this, ChangeOp::Kind::InsertItem);
    for (const ChangeOp &op : ops)
        if (const auto *appended = op.appended()) n += appended->size();
    return n;
}

std::size_t Change::itemsRemoved() const
{
    std::size_t n = countOf(*this, ChangeOp::Kind::RemoveItem);
    for (const ChangeOp &op : ops)
        if (const ItemStore *items = op.items()) n += items->size();
    return n;
}

std::size_t Change::itemsReplaced() const
{
    return countOf(*this, ChangeOp::Kind::ReplaceItem);
}

std::size_t Change::cost() const
{
    std::size_t n = ops.size();
    for (const ChangeOp &op : ops) {
        if (const auto *appended = op.appended()) n += appended->size();
        if (const ItemStore *items = op.items()) n += items->size();
        if (const Collection *collection = op.collection()) n += collection->size();
    }
    return n;
}

} // namespace dtdb
