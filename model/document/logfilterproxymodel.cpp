#include "logfilterproxymodel.h"

#include "historydocument.h"

#include <QByteArrayMatcher>

namespace dtdb::document {

LogFilterProxyModel::LogFilterProxyModel(HistoryDocument *document, QObject *parent)
    : QSortFilterProxyModel(parent), m_document(document)
{
}

void LogFilterProxyModel::setText(const QString &text)
{
    const QByteArray lowered = text.trimmed().toLower().toUtf8();
    if (lowered == m_text) return;
    m_text = lowered;
    invalidateRowsFilter();
}

void LogFilterProxyModel::setType(std::optional<QueryType> type)
{
    m_type = type;
    invalidateRowsFilter();
}

void LogFilterProxyModel::setActor(std::optional<std::uint32_t> actor)
{
    m_actor = actor;
    invalidateRowsFilter();
}

void LogFilterProxyModel::setTarget(std::optional<std::string> target)
{
    m_target = std::move(target);
    invalidateRowsFilter();
}

void LogFilterProxyModel::setFailedOnly(bool failedOnly)
{
    m_failedOnly = failedOnly;
    invalidateRowsFilter();
}

int LogFilterProxyModel::rowOfEntry(std::size_t entry) const
{
    if (!sourceModel() || entry >= std::size_t(sourceModel()->rowCount())) return -1;
    return mapFromSource(sourceModel()->index(int(entry), 0)).row();
}

std::string LogFilterProxyModel::entryText(std::size_t entry) const
{
    if (entry >= m_document->baseEntryCount()) return m_document->entryText(entry);
    // Texts read from a previous history must not answer for the next one (held, so that the
    // next one cannot reuse its address).
    if (m_document->timelinePtr() != m_textsOf || entry < m_textsFrom || entry >= m_textsTo) {
        m_textsOf = m_document->timelinePtr();
        constexpr std::size_t Block = 1024;
        m_textsFrom = entry;
        m_textsTo = std::min(m_document->baseEntryCount(), entry + Block);
        m_texts.load(m_document->history(), m_textsFrom, m_textsTo);
    }
    const auto text = m_texts.text(entry);
    return text ? std::string(*text) : std::string();
}

bool LogFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const std::size_t entry = std::size_t(sourceRow);
    const history::EntryInfo &info = m_document->info(entry);
    if (m_failedOnly && info.success && info.readable) return false;
    if (m_type && (!info.readable || info.type != *m_type)) return false;
    if (m_actor && info.actor != *m_actor) return false;
    if (m_target && m_document->name(info.target) != *m_target) return false;
    if (m_text.isEmpty()) return true;
    // The raw JSON text: fast for a million entries, and it finds values anywhere (Causes,
    // filters, data). Lower-casing is ASCII-only, like the needle's letters usually are.
    const std::string text = entryText(entry);
    QByteArray lowered(text.data(), qsizetype(text.size()));
    for (char &c : lowered)
        if (c >= 'A' && c <= 'Z') c = char(c + 32);
    return lowered.contains(m_text);
}

} // namespace dtdb::document
