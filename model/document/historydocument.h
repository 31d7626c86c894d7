#pragma once

#include "localentry.h"
#include "moment.h"
#include "savetarget.h"

#include <QFutureWatcher>
#include <QMutex>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QUndoStack;

namespace dtdb::document {

class SeekRunner;

// The local actor that edits made in the app are attributed to (Preferences).
struct LocalActor
{
    ActorType type = ActorType::Human;
    QString id = QStringLiteral("local-user");
    QString name;
    QString email;
};

// One opened history and everything the views share about it: its timeline (entries of the
// files plus the entries appended in the app), the cursor's Moment, the undo stack of edits and
// where they are saved. Views only read from it and ask it to do things.
class HistoryDocument : public QObject
{
    Q_OBJECT
public:
    explicit HistoryDocument(QObject *parent = nullptr);
    ~HistoryDocument() override;

    // ---- Opening (off the GUI thread; loadProgress, then opened or openFailed) ----
    struct OpenOptions
    {
        std::optional<PermissionMap> permissions;
    };
    void open(const QStringList &paths, const OpenOptions &options = {});
    void cancelOpen();
    bool isLoading() const;
    bool isOpen() const { return m_timeline != nullptr; }
    const QStringList &paths() const { return m_paths; }
    // Asked (on the GUI thread, while the loader waits) for the hex key of an encrypted file;
    // an empty answer skips the file. Keys are never stored.
    void setKeyProvider(std::function<QString(const QString &path)> provider);

    const history::History &history() const;
    const history::Timeline &timeline() const { return *m_timeline; }
    std::shared_ptr<const history::Timeline> timelinePtr() const { return m_timeline; }
    const std::vector<history::Problem> &problems() const;
    // The reads' results are computed in the background after opening (readResultsChanged as
    // they arrive); until then a read's EntryInfo is pending. True from readResultsChanged(1000).
    bool readResultsComplete() const { return m_readResultsComplete; }

    // ---- Entries: the history's, then the ones appended here ----
    std::size_t entryCount() const;
    std::size_t baseEntryCount() const;
    bool isLocal(std::size_t index) const { return index >= baseEntryCount(); }
    history::EntryInfo info(std::size_t index) const;
    std::int64_t entryTime(std::size_t index) const; // history::NoTime when unknown
    std::string entryText(std::size_t index) const;
    std::optional<LogEntry> parseEntry(std::size_t index,
                                       history::Problem *problem = nullptr) const;
    // "orders.jsonl:12", "success_query/q_….q", or "not saved yet".
    QString entryOrigin(std::size_t index) const;
    bool entryFromErrorFolder(std::size_t index) const;
    // The entries appended here, for work on other threads (their changes are immutable).
    LocalEntries localsCopy() const;
    const std::string &name(std::uint32_t index) const { return m_describer.names()[index]; }
    const history::ActorInfo &actor(std::uint32_t index) const
    {
        return m_describer.actors()[index];
    }
    std::size_t actorCount() const { return m_describer.actors().size(); }
    // The timeline times of the history: whether any entry has one, the first and last.
    bool hasTimes() const { return m_firstTime != history::NoTime; }
    std::int64_t firstTime() const { return m_firstTime; }
    std::int64_t lastTime() const { return m_lastTime; }
    // The position after the last entry at or before `utcMicros` (entries without a time
    // count as at the time of the entry before them).
    std::size_t positionAtTime(std::int64_t utcMicros) const;
    // The time the cursor stands at for `position` (the time of entry position - 1, or the
    // first anchor's time at 0); NoTime when unknown.
    std::int64_t timeAtPosition(std::size_t position) const;
    // Cause chains across the history and the appended entries.
    std::vector<std::size_t> entriesWithSerial(const Value &serial) const;
    std::vector<std::size_t> childrenOf(const Value &serial) const;

    // ---- Cursor ----
    // The latest published Moment (null before the first one arrives).
    std::shared_ptr<const Moment> moment() const { return m_moment; }
    std::size_t position() const { return m_moment ? m_moment->position : 0; }
    std::size_t requestedPosition() const { return m_requested; }
    // Moves the cursor; the Moment follows asynchronously (momentChanged).
    void setPosition(std::size_t position);
    // The state at any position, computed on the calling thread; safe to call from a worker
    // (exports, comparisons) while the GUI thread edits.
    Database stateAt(std::size_t position) const;

    // ---- Edits (at the head of the history only) ----
    QUndoStack *undoStack() const { return m_undo; }
    void setLocalActor(const LocalActor &actor) { m_localActor = actor; }
    const LocalActor &localActor() const { return m_localActor; }
    // Whether the cursor is at the head with its state published; otherwise editRefusal()
    // says why not.
    bool canEdit() const;
    QString editRefusal() const;
    // Runs a Query or TransactionQuery (JSON as the user wrote it, Cause added here) at the
    // head as an undoable command. Returns an error message, or an empty string when the
    // entry was appended (it may still have failed as a query: see its EntryInfo).
    QString runEntry(const Value &entry, const QString &what, const QString &why);
    // Edits expressed as queries on one collection (see itemqueries.h).
    QString setField(const std::string &collectionKey, const Item *item, const std::string &field,
                     const Value &value, const QString &why);
    QString addItem(const std::string &collectionKey, const Value &item, const QString &why);
    QString deleteItem(const std::string &collectionKey, const Item *item, const QString &why);

    // ---- Saving ----
    bool isModified() const { return m_savedLocal < m_locals.size(); }
    std::size_t unsavedCount() const { return m_locals.size() - m_savedLocal; }
    const SaveTarget &saveTarget() const { return m_saveTarget; }
    // Writes the unsaved entries in the form the history came from. After a save they belong
    // to the history: the undo stack is cleared. Returns an error message or empty.
    QString save();

    // Used by the undo commands.
    void appendLocal(std::shared_ptr<const LocalEntry> entry);
    void removeLastLocal();

Q_SIGNALS:
    void loadProgress(int permille, const QString &phase);
    void opened();
    void openFailed(const QString &message);
    void momentChanged();
    void entriesChanged(); // entries appended or removed (edits, undo, redo)
    void modifiedChanged(bool modified);
    // More reads have their results (permille of the entries done); at 1000 all of them.
    void readResultsChanged(int permille);

private:
    struct OpenResult;
    void openFinished();
    void publish(std::shared_ptr<const Moment> moment);
    void refreshTimes();
    void startReadResults();
    void stopReadResults();
    // Appended entries whose Cause matches.
    std::vector<std::size_t>
    localEntriesWhere(const std::function<bool(const Cause &)> &match) const;
    QString editItem(const std::string &collectionKey, const Item *item,
                     const std::function<Value(const Value &target, const Value &filter)> &query,
                     const QString &what, const QString &why);

    QStringList m_paths;
    std::function<QString(const QString &)> m_keyProvider;
    QFutureWatcher<std::shared_ptr<OpenResult>> *m_openWatcher = nullptr;
    QFutureWatcher<void> *m_readsWatcher = nullptr;
    bool m_readResultsComplete = true;
    std::shared_ptr<const history::Timeline> m_timeline;
    history::EntryDescriber m_describer;
    LocalEntries m_locals;
    mutable QMutex m_localsMutex; // m_locals is read by workers in stateAt()
    KnownContent m_saveKnown;     // what the JSON Lines save target held as we last knew it
    std::size_t m_savedLocal = 0;
    SaveTarget m_saveTarget;
    LocalActor m_localActor;
    std::vector<std::int64_t> m_prefixTime; // running max of entry times (NoTime-free)
    std::int64_t m_firstTime = history::NoTime, m_lastTime = history::NoTime;
    std::shared_ptr<const Moment> m_moment;
    std::size_t m_requested = 0;
    SeekRunner *m_seeker = nullptr;
    QUndoStack *m_undo = nullptr;
};

} // namespace dtdb::document
