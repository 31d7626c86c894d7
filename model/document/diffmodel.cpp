#include "diffmodel.h"

#include "displaytext.h"

#include <QColor>
#include <QFont>

#include <algorithm>

namespace dtdb::document {

namespace {

// Internal ids: 0 for collection rows; 1..n for the rows below collection id-1 (its serial and
// item rows); above n for the field rows of item id-n-1, counting the items of all collections.
constexpr quintptr CollectionRowId = 0;

// Translucent, so that they read on light and dark palettes alike.
QColor background(DiffKind kind)
{
    switch (kind) {
    case DiffKind::Added:
        return QColor(46, 160, 67, 56);
    case DiffKind::Removed:
        return QColor(218, 54, 51, 56);
    case DiffKind::Changed:
        break;
    }
    return QColor(210, 153, 34, 56);
}

// Marks that say the kind without relying on colour.
QString mark(DiffKind kind)
{
    switch (kind) {
    case DiffKind::Added:
        return QStringLiteral("+ ");
    case DiffKind::Removed:
        return QString(QChar(0x2212)) + QLatin1Char(' ');
    case DiffKind::Changed:
        break;
    }
    return QStringLiteral("~ ");
}

// The number of members of an item that is an object (0 for any other item).
std::size_t memberCount(const ItemPtr &item)
{
    return item && item->isObject() ? item->root().size() : 0;
}

} // namespace

DiffModel::DiffModel(QObject *parent) : QAbstractItemModel(parent) {}

void DiffModel::setDiff(StateDiff diff)
{
    beginResetModel();
    m_diff = std::move(diff);
    m_itemBase.assign(1, 0);
    for (const CollectionDiff &c : m_diff.collections)
        m_itemBase.push_back(m_itemBase.back() + c.items.size());
    endResetModel();
}

std::size_t DiffModel::totalRowCount() const
{
    std::size_t n = 0;
    for (std::size_t c = 0; c < m_diff.collections.size(); ++c) {
        n += 1 + std::size_t(serialRows(c));
        for (const ItemDiff &item : m_diff.collections[c].items)
            n += 1 + fieldCount(item);
    }
    return n;
}

QString DiffModel::summary(const StateDiff &diff)
{
    return tr("%1 added, %2 removed, %3 changed")
        .arg(diff.count(DiffKind::Added))
        .arg(diff.count(DiffKind::Removed))
        .arg(diff.count(DiffKind::Changed));
}

int DiffModel::serialRows(std::size_t collection) const
{
    return m_diff.collections[collection].serialChanged() ? 1 : 0;
}

std::size_t DiffModel::fieldCount(const ItemDiff &item) const
{
    switch (item.kind) {
    case DiffKind::Changed:
        return item.fields.size();
    case DiffKind::Added:
        return memberCount(item.after);
    case DiffKind::Removed:
        return memberCount(item.before);
    }
    return 0;
}

DiffModel::FieldRow DiffModel::fieldRow(const ItemDiff &item, std::size_t field) const
{
    if (item.kind == DiffKind::Changed) {
        const FieldDiff &f = item.fields[field];
        return {QString::fromStdString(f.name), f.before, f.after};
    }
    // An added or removed item lists all its fields, missing on the other side.
    const bool added = item.kind == DiffKind::Added;
    FieldRow row;
    std::size_t index = 0;
    (added ? item.after : item.before)
        ->root()
        .forEachMember([&](std::string_view name, PackedValue value) {
            if (index++ != field) return;
            row.name = QString::fromUtf8(name.data(), qsizetype(name.size()));
            (added ? row.after : row.before) = value.toValue();
        });
    return row;
}

DiffModel::Place DiffModel::placeOf(const QModelIndex &index) const
{
    Place p;
    const quintptr id = index.internalId();
    const std::size_t n = m_diff.collections.size();
    if (id == CollectionRowId) {
        p.collection = std::size_t(index.row());
        return p;
    }
    if (id <= n) {
        p.collection = id - 1;
        const int serial = serialRows(p.collection);
        if (index.row() < serial) {
            p.type = RowType::Serial;
        } else {
            p.type = RowType::Item;
            p.item = std::size_t(index.row() - serial);
        }
        return p;
    }
    const std::size_t global = id - n - 1;
    const auto it = std::upper_bound(m_itemBase.begin(), m_itemBase.end(), global);
    p.type = RowType::Field;
    p.collection = std::size_t(it - m_itemBase.begin()) - 1;
    p.item = global - m_itemBase[p.collection];
    p.field = std::size_t(index.row());
    return p;
}

QModelIndex DiffModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) return {};
    if (!parent.isValid()) return createIndex(row, column, CollectionRowId);
    const Place p = placeOf(parent);
    if (p.type == RowType::Collection) return createIndex(row, column, quintptr(p.collection + 1));
    // Only item rows have children (hasIndex checked that).
    const quintptr id = m_diff.collections.size() + 1 + m_itemBase[p.collection] + p.item;
    return createIndex(row, column, id);
}

QModelIndex DiffModel::parent(const QModelIndex &child) const
{
    if (!child.isValid()) return {};
    const Place p = placeOf(child);
    switch (p.type) {
    case RowType::Collection:
        return {};
    case RowType::Serial:
    case RowType::Item:
        return createIndex(int(p.collection), 0, CollectionRowId);
    case RowType::Field:
        break;
    }
    return createIndex(serialRows(p.collection) + int(p.item), 0, quintptr(p.collection + 1));
}

int DiffModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) return int(m_diff.collections.size());
    if (parent.column() != 0) return 0;
    const Place p = placeOf(parent);
    switch (p.type) {
    case RowType::Collection:
        return serialRows(p.collection) + int(m_diff.collections[p.collection].items.size());
    case RowType::Item:
        return int(fieldCount(m_diff.collections[p.collection].items[p.item]));
    case RowType::Serial:
    case RowType::Field:
        break;
    }
    return 0;
}

int DiffModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

DiffKind DiffModel::kindOf(const Place &p) const
{
    const CollectionDiff &c = m_diff.collections[p.collection];
    switch (p.type) {
    case RowType::Collection:
        return c.presence == CollectionDiff::Presence::AfterOnly    ? DiffKind::Added
               : c.presence == CollectionDiff::Presence::BeforeOnly ? DiffKind::Removed
                                                                    : DiffKind::Changed;
    case RowType::Serial:
        return DiffKind::Changed;
    case RowType::Item:
        return c.items[p.item].kind;
    case RowType::Field:
        break;
    }
    const FieldRow f = fieldRow(c.items[p.item], p.field);
    return !f.before ? DiffKind::Added : !f.after ? DiffKind::Removed : DiffKind::Changed;
}

QString DiffModel::collectionLabel(const CollectionDiff &c) const
{
    const QString name = QString::fromStdString(c.name);
    // A collection on one side only: its item rows say what it held.
    if (c.presence == CollectionDiff::Presence::AfterOnly)
        return tr("%1 (collection created)").arg(name);
    if (c.presence == CollectionDiff::Presence::BeforeOnly)
        return tr("%1 (collection removed)").arg(name);
    QStringList parts;
    if (const std::size_t n = c.count(DiffKind::Changed)) parts << tr("%1 changed").arg(n);
    if (const std::size_t n = c.count(DiffKind::Added)) parts << tr("%1 added").arg(n);
    if (const std::size_t n = c.count(DiffKind::Removed)) parts << tr("%1 removed").arg(n);
    return parts.isEmpty() ? name : tr("%1 (%2)").arg(name, parts.join(QStringLiteral(", ")));
}

QString DiffModel::itemLabel(const CollectionDiff &c, const ItemDiff &item) const
{
    const ItemPtr &shown = item.after ? item.after : item.before;
    QString label = tr("item");
    if (!c.identityField.empty())
        if (const std::optional<PackedValue> v = shown->member(c.identityField))
            label = tr("%1 = %2").arg(QString::fromStdString(c.identityField),
                                      compactText(v->toValue(), 80));
    if (item.kind == DiffKind::Changed && item.fields.empty())
        label = tr("%1 (no field differs)").arg(label);
    return mark(item.kind) + label;
}

bool DiffModel::isMissing(const Place &p, int column) const
{
    if (column == WhatColumn || p.type == RowType::Serial) return false;
    const bool before = column == BeforeColumn;
    if (p.type == RowType::Collection) {
        const auto presence = m_diff.collections[p.collection].presence;
        return presence == (before ? CollectionDiff::Presence::AfterOnly
                                   : CollectionDiff::Presence::BeforeOnly);
    }
    return !valueAt(p, before).has_value();
}

std::optional<Value> DiffModel::valueAt(const Place &p, bool before) const
{
    const CollectionDiff &c = m_diff.collections[p.collection];
    switch (p.type) {
    case RowType::Collection:
        return std::nullopt;
    case RowType::Serial:
        return before ? c.serialBefore : c.serialAfter;
    case RowType::Item: {
        const ItemPtr &item = before ? c.items[p.item].before : c.items[p.item].after;
        if (!item) return std::nullopt;
        return item->toValue();
    }
    case RowType::Field:
        break;
    }
    const FieldRow f = fieldRow(c.items[p.item], p.field);
    return before ? f.before : f.after;
}

QVariant DiffModel::display(const Place &p, int column) const
{
    const CollectionDiff &c = m_diff.collections[p.collection];
    if (column == WhatColumn) {
        switch (p.type) {
        case RowType::Collection:
            return collectionLabel(c);
        case RowType::Serial:
            return QStringLiteral("serialNum");
        case RowType::Item:
            return itemLabel(c, c.items[p.item]);
        case RowType::Field:
            break;
        }
        const QString name = fieldRow(c.items[p.item], p.field).name;
        return name.isEmpty() ? tr("(value)") : name;
    }
    if (isMissing(p, column)) return tr("(missing)");
    const std::optional<Value> value = valueAt(p, column == BeforeColumn);
    return value ? QVariant(compactText(*value)) : QVariant();
}

QVariant DiffModel::toolTip(const Place &p, int column) const
{
    if (column == WhatColumn) {
        switch (kindOf(p)) {
        case DiffKind::Added:
            return tr("Added");
        case DiffKind::Removed:
            return tr("Removed");
        case DiffKind::Changed:
            return tr("Changed");
        }
    }
    // The cell's text with a larger limit: long values are cut short in the cell.
    const std::optional<Value> value = valueAt(p, column == BeforeColumn);
    return value ? QVariant(compactText(*value, 4000)) : QVariant();
}

QVariant DiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const Place p = placeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        return display(p, index.column());
    case Qt::ToolTipRole:
        return toolTip(p, index.column());
    case Qt::BackgroundRole:
        return background(kindOf(p));
    case Qt::ForegroundRole:
        // "(missing)" is not a value: greyed so that it does not read as one.
        if (isMissing(p, index.column())) return QColor(Qt::gray);
        return {};
    case Qt::FontRole:
        if (p.type == RowType::Collection && index.column() == WhatColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case RowTypeRole:
        return int(p.type);
    case ChangeRole:
        return int(kindOf(p));
    case FieldNameRole:
        if (p.type == RowType::Serial) return QStringLiteral("serialNum");
        if (p.type == RowType::Field)
            return fieldRow(m_diff.collections[p.collection].items[p.item], p.field).name;
        return {};
    default:
        return {};
    }
}

QVariant DiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case WhatColumn:
        return tr("What");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    default:
        return {};
    }
}

} // namespace dtdb::document
