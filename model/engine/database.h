#pragma once

#include "cause.h"
#include "change.h"
#include "collection.h"
#include "jsonio.h"
#include "query.h"
#include "queryresult.h"
#include "value.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dtdb {

struct ExecOptions
{
    // The server's collection permission map (spec §3.1); without one everything runs.
    const PermissionMap *permissions = nullptr;
    // false: top-level read queries (search, searchOne, getAll, count) only perform their side
    // effect (creating a missing target) and return an empty successful result. The state
    // after the entry is the same; used where only states matter.
    bool computeReads = true;
};

// Every error message a top-level read can fail with when computeReads is true but not when
// it is false (the reference's two catch-all messages), so that results computed later can
// refer to names interned before.
const std::vector<std::string> &readFailureMessages();

// A DeltaTraceDatabase: named collections in creation order (spec §1).
class Database
{
public:
    struct Slot
    {
        std::string key;  // internal key (see collectionKey)
        std::string name; // the name as written in snapshots
        Collection collection;
        std::shared_ptr<const CollectionId> id; // key and name, for recorded changes
    };

    // DeltaTraceDatabase.from_dict. Throws LoadError with the reference's message ("Invalid
    // format: 'collections' should be a dict", "Invalid format: target is not a dict",
    // "Exceeded max allowed nesting depth").
    static Database fromJson(const Value &root);
    static Database fromJson(Value &&root); // moves the items out of root
    // The same from JSON text, packing items straight from the parse when the text allows
    // (no Value tree in between). Nullopt with *error filled when the text is not JSON.
    // `readableAfter`: how many bytes after the text may be read (never written), such as a
    // string's spare capacity; with kTextPadding or more the text is parsed where it lies,
    // instead of in a padded copy (a snapshot of 100,000 items: 18 MB less to copy).
    static std::optional<Database> fromText(std::string_view text,
                                            json::ParseError *error = nullptr,
                                            std::size_t readableAfter = 0);
    static const std::size_t kTextPadding;
    Value toJson() const;
    // Writes toJson()'s text directly (Compact: a log/state line; Indent2: a server backup).
    void write(std::string &out, json::Style style = json::Style::Compact) const;

    const std::vector<Slot> &slots() const { return m_slots; }

    // Whether filters may use lazily built field indexes (on by default). Off gives the plain
    // scan of the reference; results are identical either way.
    bool indexingEnabled() const { return m_indexing; }
    void setIndexingEnabled(bool enabled) { m_indexing = enabled; }
    const Collection *find(const std::string &key) const;
    Collection *find(const std::string &key);
    std::size_t indexOf(const std::string &key) const; // npos when missing

    // Executes one log entry as execute_query_object does and records what it changed.
    ExecutionResult execute(const LogEntry &entry, const ExecOptions &options = {},
                            Change *change = nullptr);
    QueryResult executeQuery(const Query &q, const ExecOptions &options, Change &change);
    TransactionQueryResult executeTransaction(const TransactionQuery &t, const ExecOptions &options,
                                              Change &change);

    // Replays or undoes a recorded change on the state it was recorded against.
    void apply(const Change &change);
    void revert(const Change &change);
    // Undoes the ops of `change` from `mark` on and drops them (rollbacks).
    void revertTo(Change &change, std::size_t mark);

    // Recorded mutations; the executor changes state only through these.
    Collection &getOrCreate(const std::string &key, const std::string &name, Change &change);
    void removeCollection(const std::string &key, Change &change);
    void appendItem(const std::string &key, ItemPtr item, Change &change);
    void appendItems(const std::string &key, const std::vector<ItemPtr> &items, Change &change);
    void eraseItem(const std::string &key, std::size_t position, Change &change);
    void replaceItem(const std::string &key, std::size_t position, ItemPtr item, Change &change);
    void clearItems(const std::string &key, Change &change);
    void setSerial(const std::string &key, Value serial, Change &change);
    // Collection::mayHoldTooDeepItems, recorded: reads after it depend on it.
    void markTooDeep(const std::string &key, Change &change);

private:
    // fromText's way without a Value tree; nullopt for any text it is not sure to read as
    // fromJson would (which then decides, with its errors).
    static std::optional<Database> readPacked(std::string_view text, bool padded);
    void applyOp(const ChangeOp &op);
    void revertOp(const ChangeOp &op);
    Slot &slot(const std::string &key);

    std::vector<Slot> m_slots;
    bool m_indexing = true;
};

// The internal key of a collection named by a query's target. Python dict keys: strings are
// themselves; None/bool/numbers are other keys (1, 1.0 and true being the same key), kept
// apart from strings; arrays/objects are unhashable (nullopt: the query raises TypeError).
std::optional<std::string> collectionKey(const Value &target);
// How json.dumps writes that key in a snapshot.
std::string collectionJsonName(const Value &target);

} // namespace dtdb
