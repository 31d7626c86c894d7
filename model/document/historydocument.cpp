#include "historydocument.h"

#include "appendentrycommand.h"
#include "historyloader.h"
#include "itemqueries.h"
#include "jsonio.h"
#include "seekrunner.h"
#include "servernames.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QPromise>
#include <QUndoStack>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace dtdb::document {

using history::NoTime;

struct HistoryDocument::OpenResult
{
    std::shared_ptr<const history::Timeline> timeline;
    QString error;
};

namespace {

// Loading is about half of the work of opening, indexing the other half.
constexpr int LoadShare = 400;

std::int64_t nowMicros()
{
    return QDateTime::currentDateTimeUtc().toMSecsSinceEpoch() * 1000;
}

Value causeJson(const LocalActor &actor, std::int64_t micros, const QString &what,
                const QString &why)
{
    const std::string timestamp = history::isoUtc(micros).toStdString();
    Value who = {{"className", "Actor"},
                 {"version", "6"},
                 {"type", std::string(toString(actor.type))},
                 {"id", actor.id.toStdString()},
                 {"collectionPermissions", nullptr},
                 {"context", nullptr},
                 {"name", actor.name.isEmpty() ? Value() : Value(actor.name.toStdString())},
                 {"email", actor.email.isEmpty() ? Value() : Value(actor.email.toStdString())},
                 {"createdAt", timestamp},
                 {"updatedAt", timestamp},
                 {"lastAccess", nullptr},
                 {"lastAccessDay", nullptr},
                 {"operationInDay", nullptr},
                 {"deviceIds", nullptr}};
    Value node = {{"className", "TimestampNode"},
                  {"version", "1"},
                  {"timestamp", timestamp},
                  {"location", "DeltaTrace History"},
                  {"context", Value::object()}};
    return {{"className", "Cause"},
            {"version", "1"},
            {"serial", QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString()},
            {"chainParentSerial", nullptr},
            {"who", std::move(who)},
            {"when", {{"className", "TemporalTrace"}, {"version", "1"}, {"nodes", {node}}}},
            {"what", what.toStdString()},
            {"why", why.isEmpty() ? Value() : Value(why.toStdString())},
            {"from", "DeltaTrace History"},
            {"context", nullptr},
            {"confidenceScore", 1.0}};
}

} // namespace

HistoryDocument::HistoryDocument(QObject *parent)
    : QObject(parent), m_seeker(new SeekRunner(this)), m_undo(new QUndoStack(this))
{
    connect(m_seeker, &SeekRunner::ready, this, &HistoryDocument::publish);
    connect(m_undo, &QUndoStack::cleanChanged, this,
            [this] { Q_EMIT modifiedChanged(isModified()); });
}

HistoryDocument::~HistoryDocument()
{
    if (m_openWatcher) {
        m_openWatcher->cancel();
        m_openWatcher->waitForFinished();
    }
    stopReadResults();
}

// ---- Opening ----

void HistoryDocument::setKeyProvider(std::function<QString(const QString &)> provider)
{
    m_keyProvider = std::move(provider);
}

bool HistoryDocument::isLoading() const
{
    return m_openWatcher && m_openWatcher->isRunning();
}

void HistoryDocument::open(const QStringList &paths, const OpenOptions &options)
{
    cancelOpen();
    stopReadResults(); // the cores go to the new history; resumed if it does not open
    m_paths = paths;
    // The loader runs in a worker; a key is asked for on this (the GUI) thread while it waits.
    auto keyFor = [this](const QString &path) {
        QString key;
        QMetaObject::invokeMethod(
            this, [&] { key = m_keyProvider ? m_keyProvider(path) : QString(); },
            Qt::BlockingQueuedConnection);
        return key;
    };
    auto job = [paths, options, keyFor](QPromise<std::shared_ptr<OpenResult>> &promise) {
        promise.setProgressRange(0, 1000);
        auto result = std::make_shared<OpenResult>();
        history::LoadOptions load;
        load.keyFor = keyFor;
        load.progress = [&](qint64 done, qint64 total) {
            promise.setProgressValueAndText(
                int(total ? LoadShare * done / total : 0),
                QCoreApplication::translate("dtdb::document::HistoryDocument", "Reading files"));
            return !promise.isCanceled();
        };
        history::LoadResult loaded = history::loadHistory(paths, load);
        if (!loaded.history) return;
        const history::History &h = *loaded.history;
        if (h.entries.empty() && h.anchors.size() <= 1 && !h.problems.empty()) {
            QStringList lines;
            for (const history::Problem &p : h.problems)
                lines << p.toString();
            result->error = lines.join(u'\n');
            promise.addResult(result);
            return;
        }
        history::TimelineOptions index;
        index.permissions = options.permissions;
        index.deferReads = true; // startReadResults, once the timeline is shown
        index.progress = [&](qint64 done, qint64 total) {
            promise.setProgressValueAndText(
                LoadShare + int(total ? (1000 - LoadShare) * done / total : 0),
                QCoreApplication::translate("dtdb::document::HistoryDocument",
                                            "Indexing the timeline"));
            return !promise.isCanceled();
        };
        result->timeline = history::Timeline::build(std::move(loaded.history), index);
        if (result->timeline) promise.addResult(result);
    };
    m_openWatcher = new QFutureWatcher<std::shared_ptr<OpenResult>>(this);
    connect(m_openWatcher, &QFutureWatcherBase::progressValueChanged, this,
            [this](int value) { Q_EMIT loadProgress(value, m_openWatcher->progressText()); });
    connect(m_openWatcher, &QFutureWatcherBase::finished, this, &HistoryDocument::openFinished);
    m_openWatcher->setFuture(QtConcurrent::run(job));
}

void HistoryDocument::cancelOpen()
{
    if (!m_openWatcher) return;
    m_openWatcher->disconnect(this);
    m_openWatcher->cancel();
    // The job checks for cancellation between files and every 1,024 entries; it may still be
    // asking for a key, so do not block here: the watcher deletes itself when it is done.
    connect(m_openWatcher, &QFutureWatcherBase::finished, m_openWatcher, &QObject::deleteLater);
    if (m_openWatcher->isFinished()) m_openWatcher->deleteLater();
    m_openWatcher = nullptr;
    if (m_timeline) startReadResults();
}

void HistoryDocument::openFinished()
{
    auto *watcher = m_openWatcher;
    m_openWatcher = nullptr;
    watcher->deleteLater();
    const auto future = watcher->future();
    if (future.isCanceled() || future.resultCount() == 0) {
        if (m_timeline) startReadResults();
        Q_EMIT openFailed(tr("Opening was cancelled."));
        return;
    }
    const std::shared_ptr<OpenResult> result = future.result();
    if (!result->error.isEmpty()) {
        if (m_timeline) startReadResults();
        Q_EMIT openFailed(result->error);
        return;
    }
    m_undo->clear();
    stopReadResults();
    {
        QMutexLocker lock(&m_localsMutex);
        m_locals.clear();
        m_timeline = result->timeline;
    }
    m_savedLocal = 0;
    m_describer = m_timeline->describer();
    m_saveTarget = chooseSaveTarget(m_paths, m_timeline->history());
    m_saveKnown = {};
    if (m_saveTarget.kind == SaveTarget::Kind::AppendJsonLines)
        for (const history::SourceFile &file : m_timeline->history().files)
            if (QFileInfo(file.path).absoluteFilePath() == m_saveTarget.path)
                m_saveKnown = {file.size, file.digest};
    refreshTimes();
    m_moment.reset();
    m_seeker->reset(m_timeline);
    // A history opens at its newest state, the one users know (views may move it on opened).
    setPosition(entryCount());
    Q_EMIT opened();
    Q_EMIT entriesChanged();
    startReadResults();
}

void HistoryDocument::startReadResults()
{
    m_readResultsComplete = m_timeline->readsEvaluated();
    if (m_readResultsComplete || m_readsWatcher) return;
    auto job = [timeline = m_timeline](QPromise<void> &promise) {
        promise.setProgressRange(0, 1000);
        timeline->evaluateReads([&](qint64 done, qint64 total) {
            promise.setProgressValue(int(total ? 1000 * done / total : 1000));
            return !promise.isCanceled();
        });
    };
    m_readsWatcher = new QFutureWatcher<void>(this);
    connect(m_readsWatcher, &QFutureWatcherBase::progressValueChanged, this,
            [this](int permille) { Q_EMIT readResultsChanged(std::min(permille, 999)); });
    connect(m_readsWatcher, &QFutureWatcherBase::finished, this, [this] {
        m_readsWatcher->deleteLater();
        m_readsWatcher = nullptr;
        if (!m_timeline->readsEvaluated()) return; // cancelled
        m_readResultsComplete = true;
        Q_EMIT readResultsChanged(1000);
    });
    m_readsWatcher->setFuture(QtConcurrent::run(job));
}

void HistoryDocument::stopReadResults()
{
    if (!m_readsWatcher) return;
    // The pass stops after its current block of entries (a few milliseconds); a later call of
    // evaluateReads (verify) resumes it.
    m_readsWatcher->disconnect(this);
    m_readsWatcher->cancel();
    m_readsWatcher->waitForFinished();
    delete m_readsWatcher;
    m_readsWatcher = nullptr;
}

const history::History &HistoryDocument::history() const
{
    return m_timeline->history();
}

const std::vector<history::Problem> &HistoryDocument::problems() const
{
    static const std::vector<history::Problem> none;
    return m_timeline ? m_timeline->history().problems : none;
}

// ---- Entries ----

std::size_t HistoryDocument::baseEntryCount() const
{
    return m_timeline ? m_timeline->size() : 0;
}

std::size_t HistoryDocument::entryCount() const
{
    return baseEntryCount() + m_locals.size();
}

history::EntryInfo HistoryDocument::info(std::size_t index) const
{
    return isLocal(index) ? m_locals[index - baseEntryCount()]->info : m_timeline->info(index);
}

std::int64_t HistoryDocument::entryTime(std::size_t index) const
{
    return isLocal(index) ? m_locals[index - baseEntryCount()]->time
                          : history().entries[index].time();
}

std::string HistoryDocument::entryText(std::size_t index) const
{
    return isLocal(index) ? m_locals[index - baseEntryCount()]->text : history().text(index);
}

std::optional<LogEntry> HistoryDocument::parseEntry(std::size_t index,
                                                    history::Problem *problem) const
{
    if (!isLocal(index)) return history().parse(index, problem);
    return parseLogEntry(*json::parse(m_locals[index - baseEntryCount()]->text));
}

QString HistoryDocument::entryOrigin(std::size_t index) const
{
    if (isLocal(index))
        return index - baseEntryCount() < m_savedLocal
                   ? tr("saved to %1").arg(m_saveTarget.describe())
                   : tr("not saved yet");
    const history::Entry &e = history().entries[index];
    const QString file = QFileInfo(history().files[e.file].path).fileName();
    const auto kind = history().files[e.file].kind;
    return kind == history::SourceFile::Kind::QueryFile
               ? file
               : QStringLiteral("%1:%2").arg(file).arg(e.line);
}

bool HistoryDocument::entryFromErrorFolder(std::size_t index) const
{
    return !isLocal(index) && history().entries[index].fromErrorFolder;
}

void HistoryDocument::refreshTimes()
{
    const std::size_t n = entryCount();
    m_prefixTime.assign(n, NoTime);
    m_firstTime = m_lastTime = NoTime;
    std::int64_t running = NoTime;
    for (std::size_t i = 0; i < n; ++i) {
        const std::int64_t t = entryTime(i);
        if (t != NoTime) {
            if (m_firstTime == NoTime || t < m_firstTime) m_firstTime = t;
            running = std::max(running, t);
        }
        m_prefixTime[i] = running;
    }
    m_lastTime = running;
    if (m_timeline)
        for (const history::Anchor &a : history().anchors)
            if (a.time != NoTime) {
                if (m_firstTime == NoTime || a.time < m_firstTime) m_firstTime = a.time;
                m_lastTime = std::max(m_lastTime, a.time);
            }
}

std::size_t HistoryDocument::positionAtTime(std::int64_t utcMicros) const
{
    return std::size_t(std::upper_bound(m_prefixTime.begin(), m_prefixTime.end(), utcMicros) -
                       m_prefixTime.begin());
}

std::int64_t HistoryDocument::timeAtPosition(std::size_t position) const
{
    if (position == 0 || m_prefixTime.empty()) {
        if (m_timeline && !history().anchors.empty() && history().anchors.front().time != NoTime)
            return history().anchors.front().time;
        return m_firstTime;
    }
    return m_prefixTime[std::min(position, m_prefixTime.size()) - 1];
}

std::vector<std::size_t>
HistoryDocument::localEntriesWhere(const std::function<bool(const Cause &)> &match) const
{
    std::vector<std::size_t> out;
    for (std::size_t i = baseEntryCount(); i < entryCount(); ++i) {
        const auto entry = parseEntry(i);
        if (const Cause *c = entry ? causeOf(*entry) : nullptr; c && match(*c)) out.push_back(i);
    }
    return out;
}

std::vector<std::size_t> HistoryDocument::entriesWithSerial(const Value &serial) const
{
    std::vector<std::size_t> out =
        m_timeline ? m_timeline->entriesWithSerial(serial) : std::vector<std::size_t>{};
    for (std::size_t i : localEntriesWhere([&](const Cause &c) { return c.serial == serial; }))
        out.push_back(i);
    return out;
}

std::vector<std::size_t> HistoryDocument::childrenOf(const Value &serial) const
{
    std::vector<std::size_t> out =
        m_timeline ? m_timeline->childrenOf(serial) : std::vector<std::size_t>{};
    for (std::size_t i :
         localEntriesWhere([&](const Cause &c) { return c.chainParentSerial == serial; }))
        out.push_back(i);
    return out;
}

// ---- Cursor ----

LocalEntries HistoryDocument::localsCopy() const
{
    QMutexLocker lock(&m_localsMutex);
    return m_locals;
}

void HistoryDocument::setPosition(std::size_t position)
{
    if (!m_timeline) return;
    m_requested = std::min(position, entryCount());
    m_seeker->request(m_requested, localsCopy());
}

void HistoryDocument::publish(std::shared_ptr<const Moment> moment)
{
    // A seek started before an undo may describe an entry that no longer exists.
    if (moment->position > entryCount()) return;
    m_moment = std::move(moment);
    Q_EMIT momentChanged();
}

Database HistoryDocument::stateAt(std::size_t position) const
{
    std::shared_ptr<const history::Timeline> timeline;
    LocalEntries locals;
    {
        QMutexLocker lock(&m_localsMutex);
        timeline = m_timeline;
        locals = m_locals;
    }
    if (!timeline) return {};
    if (position <= timeline->size()) return timeline->stateAt(position);
    Database state = timeline->stateAt(timeline->size());
    for (std::size_t i = 0; i < std::min(position - timeline->size(), locals.size()); ++i)
        state.apply(*locals[i]->change);
    return state;
}

// ---- Edits ----

bool HistoryDocument::canEdit() const
{
    return editRefusal().isEmpty();
}

QString HistoryDocument::editRefusal() const
{
    if (!m_timeline) return tr("No history is open.");
    if (m_requested != entryCount())
        return tr("Edits are appended at the end of the history; the past cannot be changed. "
                  "Move the cursor to the end (End) to edit, or export the state at the cursor "
                  "as a snapshot to start a new history from this moment.");
    if (!m_moment || m_moment->position != entryCount() || m_seeker->busy())
        return tr("The state at the end of the history is still being computed.");
    return {};
}

QString HistoryDocument::runEntry(const Value &entry, const QString &what, const QString &why)
{
    if (QString refusal = editRefusal(); !refusal.isEmpty()) return refusal;
    if (!entry.is_object()) return tr("A query must be a JSON object.");
    const std::int64_t now = nowMicros();
    Value logged = entry;
    const Value cause = causeJson(m_localActor, now, what, why);
    if (logged.value("className", Value()) == "TransactionQuery" && logged.contains("queries") &&
        logged["queries"].is_array()) {
        for (Value &q : logged["queries"])
            if (q.is_object()) q["cause"] = cause;
    } else {
        logged["cause"] = cause;
    }
    std::string text;
    try {
        // Normalised as a client's toDict writes it; what runs is what is logged.
        text = json::write(toJson(parseLogEntry(logged),
                                  *py::parseIsoDateTime(history::isoUtc(now).toStdString())));
    } catch (const std::exception &e) {
        return tr("Not a valid query: %1").arg(QString::fromStdString(e.what()));
    }
    const LogEntry parsed = parseLogEntry(*json::parse(text));
    Database state = *m_moment->state;
    auto change = std::make_shared<Change>();
    const ExecutionResult result = state.execute(parsed, m_timeline->execOptions(), change.get());
    auto local = std::make_shared<LocalEntry>();
    local->text = std::move(text);
    const Cause *built = causeOf(parsed);
    const auto summary = built ? std::optional(CauseSummary::of(*built)) : std::nullopt;
    local->info = m_describer.describe(parsed, result, *change, summary ? &*summary : nullptr);
    local->change = std::move(change);
    local->time = now;
    m_undo->push(new AppendEntryCommand(this, std::move(local), what));
    return {};
}

QString HistoryDocument::editItem(
    const std::string &collectionKey, const Item *item,
    const std::function<Value(const Value &target, const Value &filter)> &query,
    const QString &what, const QString &why)
{
    if (QString refusal = editRefusal(); !refusal.isEmpty()) return refusal;
    const auto target = targetOf(*m_moment->state, collectionKey);
    if (!target) return tr("This collection's name cannot be written as a query target.");
    const auto filter = itemFilter(item->toValue());
    if (!filter || !filterSinglesOut(*m_moment->state, *target, *filter, item))
        return tr("This item cannot be singled out by its fields (no text, number or boolean "
                  "field distinguishes it from an earlier item). Use Edit ▸ Run Query instead.");
    return runEntry(query(*target, *filter), what, why);
}

QString HistoryDocument::setField(const std::string &collectionKey, const Item *item,
                                  const std::string &field, const Value &value, const QString &why)
{
    return editItem(
        collectionKey, item,
        [&](const Value &target, const Value &filter) {
            return setFieldQuery(target, filter, field, value);
        },
        tr("Set %1 to %2")
            .arg(QString::fromStdString(field), QString::fromStdString(json::write(value))),
        why);
}

QString HistoryDocument::deleteItem(const std::string &collectionKey, const Item *item,
                                    const QString &why)
{
    return editItem(
        collectionKey, item,
        [](const Value &target, const Value &filter) { return deleteItemQuery(target, filter); },
        tr("Delete an item"), why);
}

QString HistoryDocument::addItem(const std::string &collectionKey, const Value &item,
                                 const QString &why)
{
    if (QString refusal = editRefusal(); !refusal.isEmpty()) return refusal;
    if (!item.is_object()) return tr("An item must be a JSON object.");
    const auto target = targetOf(*m_moment->state, collectionKey);
    if (!target) return tr("This collection's name cannot be written as a query target.");
    return runEntry(addItemQuery(*target, item),
                    tr("Add an item to %1").arg(QString::fromStdString(target->dump())), why);
}

void HistoryDocument::appendLocal(std::shared_ptr<const LocalEntry> entry)
{
    {
        QMutexLocker lock(&m_localsMutex);
        m_locals.push_back(std::move(entry));
    }
    refreshTimes();
    Q_EMIT entriesChanged();
    setPosition(entryCount());
}

void HistoryDocument::removeLastLocal()
{
    if (m_locals.size() <= m_savedLocal) return; // saved entries belong to the history
    {
        QMutexLocker lock(&m_localsMutex);
        m_locals.pop_back();
    }
    refreshTimes();
    Q_EMIT entriesChanged();
    setPosition(entryCount());
}

// ---- Saving ----

QString HistoryDocument::save()
{
    if (!isModified()) return {};
    const LocalEntries unsaved(m_locals.begin() + std::ptrdiff_t(m_savedLocal), m_locals.end());
    std::int64_t notBefore = NoTime;
    for (const history::Entry &e : history().entries)
        notBefore = std::max(notBefore, e.fileTime);
    for (std::size_t i = 0; i < m_savedLocal; ++i)
        notBefore = std::max(notBefore, m_locals[i]->time);
    if (QString error = writeEntries(m_saveTarget, m_saveKnown, unsaved, notBefore);
        !error.isEmpty())
        return error;
    m_savedLocal = m_locals.size();
    // The log only grows: what is written cannot be undone from here.
    m_undo->clear();
    Q_EMIT modifiedChanged(false);
    Q_EMIT entriesChanged();
    return {};
}

} // namespace dtdb::document
