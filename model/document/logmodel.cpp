#include "logmodel.h"

#include "displaytext.h"
#include "historydocument.h"

#include <QColor>
#include <QFont>

namespace dtdb::document {

LogModel::LogModel(HistoryDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &HistoryDocument::opened, this, [this] {
        beginResetModel();
        m_what.clear();
        m_rows = int(m_document->entryCount());
        m_cursorRow = -1;
        m_readsShown = m_document->timeline().readsDone();
        endResetModel();
    });
    connect(document, &HistoryDocument::entriesChanged, this, &LogModel::entriesChanged);
    connect(document, &HistoryDocument::momentChanged, this, &LogModel::cursorMoved);
    connect(document, &HistoryDocument::readResultsChanged, this, &LogModel::readResultsArrived);
    m_rows = document->isOpen() ? int(document->entryCount()) : 0;
    if (document->isOpen()) m_readsShown = document->timeline().readsDone();
    m_cursorRow = document->moment() ? int(document->position()) - 1 : -1;
}

void LogModel::entriesChanged()
{
    const int rows = int(m_document->entryCount());
    if (rows > m_rows) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    } else if (rows < m_rows) {
        beginRemoveRows({}, rows, m_rows - 1);
        m_rows = rows;
        for (int r = rows; r < rows + 64; ++r)
            m_what.remove(std::size_t(r));
        endRemoveRows();
    }
    // Origins of appended entries change when they are saved.
    if (m_rows > 0 && m_document->baseEntryCount() < std::size_t(m_rows))
        Q_EMIT dataChanged(index(int(m_document->baseEntryCount()), OriginColumn),
                           index(m_rows - 1, OriginColumn));
}

// Only the rows whose results arrived since the last time change: a filter on the log then
// looks at each row once over the whole pass, not at every row on every tick.
void LogModel::readResultsArrived()
{
    if (!m_document->isOpen()) return;
    const std::vector<std::size_t> done = m_document->timeline().readsDone();
    for (std::size_t k = 0; k < done.size() && k < m_readsShown.size(); ++k) {
        const int from = int(m_readsShown[k]), to = int(done[k]);
        if (to > from && to <= m_rows)
            Q_EMIT dataChanged(index(from, TypeColumn), index(to - 1, ResultColumn));
    }
    m_readsShown = done;
}

void LogModel::cursorMoved()
{
    const int row = int(m_document->position()) - 1;
    if (row == m_cursorRow) return;
    const int old = m_cursorRow;
    m_cursorRow = row;
    for (int r : {old, row})
        if (r >= 0 && r < m_rows) Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LogModel::what(std::size_t entry) const
{
    if (const QString *cached = m_what.object(entry)) return *cached;
    const auto parsed = m_document->parseEntry(entry);
    const QString text = parsed ? displayWhat(*parsed) : QString();
    m_what.insert(entry, new QString(text));
    return text;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const std::size_t entry = std::size_t(index.row());
    const history::EntryInfo &info = m_document->info(entry);
    const bool failed = !info.success || !info.readable;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return qulonglong(entry + 1);
        case TimeColumn:
            return displayTime(m_document->entryTime(entry));
        case ActorColumn:
            return displayActor(m_document->actor(info.actor));
        case TypeColumn:
            if (!info.readable) return tr("unreadable");
            return info.transaction ? tr("transaction (%1…)").arg(displayType(info.type))
                                    : displayType(info.type);
        case TargetColumn:
            return QString::fromStdString(m_document->name(info.target));
        case WhatColumn:
            return what(entry);
        case ResultColumn:
            return displayResult(info, m_document->name(info.error));
        case OriginColumn:
            return m_document->entryOrigin(entry);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == WhatColumn) return what(entry);
        if (index.column() == ResultColumn)
            return displayResult(info, m_document->name(info.error));
        return {};
    case Qt::ForegroundRole:
        if (failed && (index.column() == ResultColumn || index.column() == TypeColumn))
            return QColor(207, 34, 46);
        return {};
    case Qt::FontRole:
        if (index.row() == m_cursorRow) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == NumberColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                              : QVariant();
    case EntryRole:
        return qulonglong(entry);
    case FailedRole:
        return failed;
    default:
        return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case NumberColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time (UTC)");
    case ActorColumn:
        return tr("Actor");
    case TypeColumn:
        return tr("Type");
    case TargetColumn:
        return tr("Target");
    case WhatColumn:
        return tr("What");
    case ResultColumn:
        return tr("Result");
    case OriginColumn:
        return tr("Origin");
    }
    return {};
}

} // namespace dtdb::document
