#include "itemhistorymodel.h"

#include "displaytext.h"
#include "historydocument.h"

#include <QColor>
#include <QFileInfo>
#include <QFont>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace dtdb::document {

struct ItemHistoryModel::Result
{
    std::uint64_t generation = 0;
    std::optional<ItemHistory> history; // nullopt: no field identifies the row
    bool sameRow = false;               // the row on display already: nothing changes
};

namespace {

// The snapshot placed at `position` (the last of those sharing it: the state there).
const history::Anchor *anchorAt(const history::History &h, std::size_t position)
{
    const history::Anchor *found = nullptr;
    for (const history::Anchor &a : h.anchors)
        if (a.position == position) found = &a;
    return found;
}

QString fileNameOf(const history::History &h, const history::Anchor *anchor)
{
    if (!anchor || anchor->file < 0) return {};
    return QFileInfo(h.files[std::size_t(anchor->file)].path).fileName();
}

QString fieldValue(const std::optional<Value> &v)
{
    return v ? compactText(*v, 120) : ItemHistoryModel::tr("(none)");
}

} // namespace

ItemHistoryModel::ItemHistoryModel(HistoryDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ItemHistoryModel::finished);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this,
            &ItemHistoryModel::progress);
    connect(document, &HistoryDocument::opened, this, &ItemHistoryModel::clear);
    connect(document, &HistoryDocument::momentChanged, this, &ItemHistoryModel::updateCurrent);
    // An edit, undo or redo may have written the row: its events are traced again.
    connect(document, &HistoryDocument::entriesChanged, this, [this] {
        dropUndoneEvents();
        if (m_status == Status::Traced)
            start(m_history.identity, m_key, m_item, m_state);
        else if (m_status == Status::Tracing) // it reads the entries as they were: again
            start(m_tracing, m_key, m_item, m_state);
    });
}

ItemHistoryModel::~ItemHistoryModel()
{
    m_stop.request_stop();
    m_watcher.waitForFinished();
}

void ItemHistoryModel::follow(const std::string &key, ItemPtr item,
                              std::shared_ptr<const Database> state)
{
    if (!item || !state || !m_document->isOpen()) {
        clear();
        return;
    }
    if (item == m_item && key == m_key && m_status != Status::Empty) return;
    m_key = key;
    m_item = item;
    m_state = state;
    start(std::nullopt, key, std::move(item), std::move(state));
}

void ItemHistoryModel::clear()
{
    m_stop.request_stop();
    ++m_generation;
    m_key.clear();
    m_item = nullptr;
    m_state = nullptr;
    m_tracing.reset();
    beginResetModel();
    m_history = {};
    m_what.clear();
    m_current = -1;
    endResetModel();
    setStatus(Status::Empty);
}

void ItemHistoryModel::start(std::optional<ItemIdentity> identity, const std::string &key,
                             ItemPtr item, std::shared_ptr<const Database> state)
{
    m_stop.request_stop();
    m_stop = std::stop_source();
    const std::uint64_t generation = ++m_generation;
    // Only a row just traced in full can be kept as it is.
    std::optional<ItemIdentity> shown;
    if (m_status == Status::Traced && m_history.complete) shown = m_history.identity;
    m_tracing = identity;
    setStatus(Status::Tracing);
    m_watcher.setFuture(
        QtConcurrent::run([generation, identity = std::move(identity), shown = std::move(shown),
                           key, item = std::move(item), state = std::move(state),
                           timeline = m_document->timelinePtr(), locals = m_document->localsCopy(),
                           stop = m_stop.get_token()](QPromise<std::shared_ptr<Result>> &promise) {
            auto result = std::make_shared<Result>();
            result->generation = generation;
            const bool fresh = !identity;
            const std::optional<ItemIdentity> id =
                identity ? identity : identityOf(*state, key, *item);
            if (id && fresh && shown && *id == *shown) {
                result->sameRow = true;
            } else if (id) {
                promise.setProgressRange(0, 1000);
                result->history = traceItem(
                    *timeline, locals, *id, stop, [&](std::size_t done, std::size_t total) {
                        promise.setProgressValue(
                            int(1000 * done / std::max<std::size_t>(total, 1)));
                    });
            }
            promise.addResult(std::move(result));
        }));
}

void ItemHistoryModel::finished()
{
    if (m_watcher.future().resultCount() == 0) return;
    std::shared_ptr<Result> result = m_watcher.future().result();
    if (result->generation != m_generation) return; // superseded while it ran
    // The state was kept to start again; holding it longer would keep its items alive.
    m_state = nullptr;
    if (result->sameRow) {
        setStatus(Status::Traced);
        return;
    }
    if (result->history && !result->history->complete) return; // stopped
    beginResetModel();
    m_history = result->history ? std::move(*result->history) : ItemHistory{};
    m_what.assign(m_history.events.size(), std::nullopt);
    m_current = rowAt(m_document->position());
    endResetModel();
    setStatus(result->history ? Status::Traced : Status::NoIdentity);
}

void ItemHistoryModel::dropUndoneEvents()
{
    // An undo removed entries at the end: their events go at once, before the row is traced
    // again, so that no row names an entry that is no longer there.
    std::size_t keep = m_history.events.size();
    while (keep > 0 && m_history.events[keep - 1].kind != ItemEvent::Kind::Snapshot &&
           m_history.events[keep - 1].entry >= m_document->entryCount())
        --keep;
    if (keep == m_history.events.size()) return;
    beginRemoveRows({}, int(keep) + initialRows(), rowCount() - 1);
    m_history.events.resize(keep);
    m_what.resize(keep);
    endRemoveRows();
    updateCurrent();
}

void ItemHistoryModel::setStatus(Status status)
{
    if (status == m_status) return;
    m_status = status;
    Q_EMIT statusChanged(status);
}

int ItemHistoryModel::rowAt(std::size_t position) const
{
    const int event = m_history.eventAt(position);
    return event >= 0 ? event + initialRows() : initialRows() - 1;
}

void ItemHistoryModel::updateCurrent()
{
    const int current = rowAt(m_document->position());
    if (current == m_current) return;
    const int previous = std::exchange(m_current, current);
    for (const int row : {previous, current})
        if (row >= 0 && row < rowCount())
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1),
                               {Qt::FontRole, CurrentRole});
}

QString ItemHistoryModel::what(std::size_t event) const
{
    if (!m_what[event]) {
        const auto parsed = m_document->parseEntry(m_history.events[event].entry);
        m_what[event] = parsed ? displayWhat(*parsed) : QString();
    }
    return *m_what[event];
}

ItemPtr ItemHistoryModel::versionAt(int row) const
{
    if (row < 0 || row >= rowCount()) return nullptr;
    if (row < initialRows()) return m_history.initial;
    const ItemEvent &e = m_history.events[std::size_t(row - initialRows())];
    return e.after ? e.after : e.before;
}

int ItemHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_history.events.size()) + initialRows();
}

int ItemHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ItemHistoryModel::describeChange(const ItemEvent &event)
{
    if (!event.before) return tr("new: %1").arg(displayValue(event.after->toValue()));
    if (!event.after) return tr("was: %1").arg(displayValue(event.before->toValue()));
    if (event.fields.empty()) return tr("written again, unchanged");
    QStringList parts;
    for (const FieldDiff &f : event.fields)
        parts << tr("%1: %2 → %3")
                     .arg(f.name.empty() ? tr("value") : QString::fromStdString(f.name),
                          fieldValue(f.before), fieldValue(f.after));
    return parts.join(QStringLiteral(" · "));
}

QVariant ItemHistoryModel::initialData(int column, int role) const
{
    const history::History &h = m_document->history();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TimeColumn:
            return displayTime(h.anchors.front().time);
        case ActorColumn:
            return fileNameOf(h, &h.anchors.front());
        case EventColumn:
            return tr("first snapshot");
        case ChangeColumn:
            return displayValue(m_history.initial->toValue());
        case WhatColumn:
            return tr("the version the history starts from");
        }
        return {};
    case Qt::ToolTipRole:
        return column == ChangeColumn ? fullValue(m_history.initial->toValue()) : QVariant();
    case PositionRole:
        return qulonglong(0);
    }
    return {};
}

QVariant ItemHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    if (role == CurrentRole) return index.row() == m_current;
    if (role == Qt::FontRole && index.row() == m_current) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (index.row() < initialRows()) return initialData(index.column(), role);
    const std::size_t row = std::size_t(index.row() - initialRows());
    const ItemEvent &e = m_history.events[row];
    const bool snapshot = e.kind == ItemEvent::Kind::Snapshot;
    const auto anchor = [&] { return anchorAt(m_document->history(), e.entry); };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case EntryColumn:
            return snapshot ? QVariant() : QVariant(qulonglong(e.entry + 1));
        case TimeColumn:
            if (snapshot) {
                const history::Anchor *a = anchor();
                return displayTime(a ? a->time : history::NoTime);
            }
            return displayTime(m_document->entryTime(e.entry));
        case ActorColumn:
            if (snapshot) return fileNameOf(m_document->history(), anchor());
            return displayActor(m_document->actor(m_document->info(e.entry).actor));
        case EventColumn:
            switch (e.kind) {
            case ItemEvent::Kind::Added:
                return tr("added");
            case ItemEvent::Kind::Changed:
                return tr("changed");
            case ItemEvent::Kind::Removed:
                return tr("removed");
            case ItemEvent::Kind::Snapshot:
                return tr("snapshot differs");
            }
            return {};
        case ChangeColumn:
            return describeChange(e);
        case WhatColumn:
            if (snapshot) return tr("the snapshot holds another version than the replay reaches");
            return what(row);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ChangeColumn || index.column() == EventColumn) {
            const ItemPtr shown = versionAt(index.row());
            return shown ? fullValue(shown->toValue()) : QVariant();
        }
        if (index.column() == WhatColumn && !snapshot) return what(row);
        return {};
    case Qt::ForegroundRole:
        if (index.column() != EventColumn) return {};
        switch (e.kind) {
        case ItemEvent::Kind::Added:
            return QColor(0x1a, 0x7f, 0x37);
        case ItemEvent::Kind::Removed:
            return QColor(0xcf, 0x22, 0x2e);
        case ItemEvent::Kind::Snapshot:
            return QColor(0x9a, 0x67, 0x00);
        case ItemEvent::Kind::Changed:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == EntryColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant();
    case PositionRole:
        return qulonglong(e.position());
    }
    return {};
}

QVariant ItemHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case EntryColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time (UTC)");
    case ActorColumn:
        return tr("Actor");
    case EventColumn:
        return tr("Event");
    case ChangeColumn:
        return tr("Change");
    case WhatColumn:
        return tr("What");
    }
    return {};
}

} // namespace dtdb::document
