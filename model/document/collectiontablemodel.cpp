#include "collectiontablemodel.h"

#include "displaytext.h"
#include "historydocument.h"
#include "jsonio.h"

#include <QColor>
#include <QFont>
#include <QtConcurrent/QtConcurrentRun>

namespace dtdb::document {

namespace {

// Below this many items the layout is computed at once, on the GUI thread (well under a frame).
constexpr std::size_t SyncLimit = 4000;

QColor markColor(ItemMark mark)
{
    switch (mark) {
    case ItemMark::Added:
        return QColor(46, 160, 67, 70);
    case ItemMark::Modified:
        return QColor(212, 167, 44, 80);
    case ItemMark::Removed:
        return QColor(207, 34, 46, 60);
    case ItemMark::None:
        break;
    }
    return {};
}

// The text a cell edit starts from: plain strings as they are, other values as JSON. A string
// that would read back as other JSON (like "42") is shown quoted so that it stays a string.
QString editText(const Value &v)
{
    if (v.is_string()) {
        const std::string &s = v.get_ref<const std::string &>();
        if (!json::parse(s)) return QString::fromStdString(s);
    }
    return QString::fromStdString(json::write(v));
}

Value parseEditText(const QString &text)
{
    if (auto parsed = json::parse(text.toStdString())) return *parsed;
    return Value(text.toStdString());
}

} // namespace

CollectionTableModel::CollectionTableModel(HistoryDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document),
      m_layout(std::make_shared<const TableLayout>())
{
    connect(document, &HistoryDocument::momentChanged, this, &CollectionTableModel::schedule);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_running = false;
        apply(m_watcher.future().result());
        if (m_dirty) schedule();
    });
}

CollectionTableModel::~CollectionTableModel()
{
    m_watcher.waitForFinished();
}

void CollectionTableModel::setCollection(const std::string &key)
{
    if (key == m_request.key) return;
    m_request.key = key;
    m_request.sortField.clear();
    // Another collection: other columns; show it from scratch.
    beginResetModel();
    m_layout = std::make_shared<const TableLayout>();
    endResetModel();
    schedule();
}

void CollectionTableModel::setFilter(const QString &text)
{
    const std::string filter = text.trimmed().toStdString();
    if (filter == m_request.filter) return;
    m_request.filter = filter;
    schedule();
}

void CollectionTableModel::sort(int column, Qt::SortOrder order)
{
    const auto &columns = m_layout->columns;
    m_request.sortField =
        column >= 0 && std::size_t(column) < columns.size() ? columns[std::size_t(column)] : "";
    m_request.descending = order == Qt::DescendingOrder;
    schedule();
}

void CollectionTableModel::schedule()
{
    m_request.moment = m_document->moment();
    if (m_running) {
        m_dirty = true; // the newest request runs when this one is done
        return;
    }
    m_dirty = false;
    const Collection *c = m_request.moment ? m_request.moment->state->find(m_request.key) : nullptr;
    if (!c || c->size() <= SyncLimit) {
        apply(TableLayout::compute(m_request));
        return;
    }
    m_running = true;
    m_watcher.setFuture(QtConcurrent::run(&TableLayout::compute, m_request));
}

void CollectionTableModel::apply(std::shared_ptr<const TableLayout> layout)
{
    if (layout->key != m_request.key) return; // computed for a collection no longer shown
    // Same shape: the cells changed in place, and the view keeps its selection and scroll
    // position. Otherwise other rows: a reset (views restore their scroll position).
    const bool sameShape =
        layout->columns == m_layout->columns && layout->rowCount() == m_layout->rowCount();
    if (!sameShape) {
        beginResetModel();
        m_layout = std::move(layout);
        endResetModel();
    } else {
        m_layout = std::move(layout);
        if (rowCount() > 0 && columnCount() > 0) {
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
            Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
        }
    }
    Q_EMIT layoutApplied();
}

ItemPtr CollectionTableModel::itemAt(int row) const
{
    if (row < 0 || std::size_t(row) >= m_layout->rowCount()) return {};
    return m_layout->itemPtrAt(std::size_t(row));
}

bool CollectionTableModel::isRemovedRow(int row) const
{
    return row >= 0 && m_layout->isRemovedRow(std::size_t(row));
}

int CollectionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_layout->rowCount());
}

int CollectionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_layout->columns.size());
}

QVariant CollectionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const std::size_t row = std::size_t(index.row());
    const Item *item = m_layout->itemAt(row);
    const std::optional<Value> field =
        item ? fieldOf(*item, m_layout->columns[std::size_t(index.column())]) : std::nullopt;
    const Value *value = field ? &*field : nullptr;
    const bool removed = m_layout->isRemovedRow(row);
    const ItemMark mark =
        removed ? ItemMark::Removed : m_layout->moment->markOf(m_layout->key, item);
    switch (role) {
    case Qt::DisplayRole:
        return value ? QVariant(displayValue(*value)) : QVariant();
    case Qt::EditRole:
        return value ? QVariant(editText(*value)) : QVariant(QString());
    case Qt::ToolTipRole:
        if (!value) return {};
        if (value->is_structured() ||
            (value->is_string() && value->get_ref<const std::string &>().size() > 60))
            return fullValue(*value);
        return {};
    case Qt::TextAlignmentRole:
        return value && value->is_number() ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                           : QVariant();
    case Qt::ForegroundRole:
        return value && value->is_null() ? QVariant(QColor(Qt::gray)) : QVariant();
    case Qt::BackgroundRole:
        return mark == ItemMark::None ? QVariant() : QVariant(markColor(mark));
    case Qt::FontRole:
        if (removed) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case MarkRole:
        return int(mark);
    case JsonRole:
        return item ? fullValue(item->toValue(), 1 << 20) : QString();
    default:
        return {};
    }
}

QVariant CollectionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) return {};
    if (orientation == Qt::Horizontal) {
        if (section < 0 || std::size_t(section) >= m_layout->columns.size()) return {};
        return QString::fromStdString(m_layout->columns[std::size_t(section)]);
    }
    if (section < 0 || std::size_t(section) >= m_layout->rowCount()) return {};
    if (m_layout->isRemovedRow(std::size_t(section))) return tr("removed");
    return qulonglong(m_layout->positionAt(std::size_t(section)));
}

Qt::ItemFlags CollectionTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !isRemovedRow(index.row()) && m_document->canEdit())
        f |= Qt::ItemIsEditable;
    return f;
}

bool CollectionTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        isRemovedRow(index.row()))
        return false;
    const Item *item = m_layout->itemAt(std::size_t(index.row()));
    const std::string &field = m_layout->columns[std::size_t(index.column())];
    const Value next = parseEditText(value.toString());
    if (const auto current = fieldOf(*item, field); current && *current == next) return false;
    const QString error = m_document->setField(m_layout->key, item, field, next, m_editReason);
    if (!error.isEmpty()) {
        Q_EMIT editRefused(error);
        return false;
    }
    return true; // the new state arrives with the next Moment
}

} // namespace dtdb::document
