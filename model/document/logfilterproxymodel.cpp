#include "logfilterproxymodel.h"

#include "historydocument.h"
#include "sourcetext.h"

#include <QByteArrayMatcher>
#include <QPromise>
#include <QtConcurrent>

namespace dtdb::document {

namespace {

// Whether `text` contains `needle` (lower-case), ignoring ASCII case: the raw JSON text finds
// values anywhere (Causes, filters, data). Lower-casing is ASCII-only, like the needle's
// letters usually are.
bool containsLowered(std::string_view text, const QByteArrayMatcher &needle, QByteArray &scratch)
{
    scratch.resize(qsizetype(text.size()));
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        scratch[qsizetype(i)] = c >= 'A' && c <= 'Z' ? char(c + 32) : c;
    }
    return needle.indexIn(scratch) >= 0;
}

// Reads every entry of the timeline's history, a block at a time, and marks those containing
// the needle.
void searchEntries(QPromise<std::shared_ptr<const std::vector<bool>>> &promise,
                   std::shared_ptr<const history::Timeline> timeline, QByteArray needle)
{
    const history::History &history = timeline->history();
    const std::size_t n = history.entries.size();
    auto matches = std::make_shared<std::vector<bool>>(n, false);
    const QByteArrayMatcher matcher(needle);
    QByteArray scratch;
    constexpr std::size_t Block = 1024;
    promise.setProgressRange(0, 1000);
    for (std::size_t from = 0; from < n; from += Block) {
        if (promise.isCanceled()) return;
        const std::size_t to = std::min(n, from + Block);
        history::EntryTexts texts;
        texts.load(history, from, to);
        for (std::size_t e = from; e < to; ++e)
            if (const auto text = texts.text(e))
                (*matches)[e] = containsLowered(*text, matcher, scratch);
        promise.setProgressValue(int(to * 1000 / n));
    }
    promise.addResult(std::move(matches));
}

} // namespace

LogFilterProxyModel::LogFilterProxyModel(HistoryDocument *document, QObject *parent)
    : QSortFilterProxyModel(parent), m_document(document)
{
    connect(&m_search, &QFutureWatcherBase::progressValueChanged, this, [this](int permille) {
        if (permille < 1000) Q_EMIT textSearchProgress(permille);
    });
    connect(&m_search, &QFutureWatcherBase::finished, this, [this] {
        const auto future = m_search.future();
        if (future.isCanceled() || future.resultCount() == 0) return;
        m_matches = future.result();
        m_matchedText = m_searchedText;
        m_matchesOf = m_document->timelinePtr();
        invalidateRowsFilter();
        Q_EMIT textSearchProgress(1000);
    });
}

LogFilterProxyModel::~LogFilterProxyModel()
{
    // The worker holds what it reads (the timeline); it only has to stop soon.
    m_search.cancel();
}

void LogFilterProxyModel::setSourceModel(QAbstractItemModel *source)
{
    if (sourceModel()) disconnect(sourceModel(), nullptr, this, nullptr);
    QSortFilterProxyModel::setSourceModel(source);
    // Another history: the text is searched for in it.
    if (source)
        connect(source, &QAbstractItemModel::modelReset, this, [this] {
            if (!m_text.isEmpty() && m_matchesOf != m_document->timelinePtr()) startTextSearch();
        });
}

void LogFilterProxyModel::setText(const QString &text)
{
    const QByteArray lowered = text.trimmed().toLower().toUtf8();
    if (lowered == m_text) return;
    m_text = lowered;
    if (m_text.isEmpty()) {
        m_search.cancel();
        m_matches.reset();
        m_matchedText.clear();
        invalidateRowsFilter();
        Q_EMIT textSearchProgress(1000);
        return;
    }
    startTextSearch();
}

void LogFilterProxyModel::startTextSearch()
{
    m_search.cancel();
    const auto timeline = m_document->timelinePtr();
    if (!timeline) return;
    Q_EMIT textSearchProgress(0);
    m_searchedText = m_text;
    m_search.setFuture(QtConcurrent::run(searchEntries, timeline, m_text));
}

bool LogFilterProxyModel::textMatches(std::size_t entry) const
{
    // Entries appended in the app are few and in memory: looked at here.
    if (entry >= m_document->baseEntryCount()) {
        QByteArray scratch;
        return containsLowered(m_document->entryText(entry), QByteArrayMatcher(m_matchedText),
                               scratch);
    }
    if (!m_matches || m_matchesOf != m_document->timelinePtr() || entry >= m_matches->size())
        return false;
    return (*m_matches)[entry];
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

bool LogFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const std::size_t entry = std::size_t(sourceRow);
    const history::EntryInfo &info = m_document->info(entry);
    if (m_failedOnly && info.success && info.readable) return false;
    if (m_type && (!info.readable || info.type != *m_type)) return false;
    if (m_actor && info.actor != *m_actor) return false;
    if (m_target && m_document->name(info.target) != *m_target) return false;
    // Until the first search for a text ends, the rows stay as they were.
    if (m_matchedText.isEmpty()) return true;
    return textMatches(entry);
}

} // namespace dtdb::document
