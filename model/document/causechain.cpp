#include "causechain.h"

#include "historydocument.h"

#include <algorithm>
#include <unordered_set>

namespace dtdb::document {

namespace {

std::optional<Cause> causeAt(const HistoryDocument &doc, std::size_t entry)
{
    const auto parsed = doc.parseEntry(entry);
    const Cause *cause = parsed ? causeOf(*parsed) : nullptr;
    return cause ? std::optional<Cause>(*cause) : std::nullopt;
}

// The entry that logged `serial` for a child at `child`.
std::optional<std::size_t> parentEntry(const HistoryDocument &doc, const Value &serial,
                                       std::size_t child)
{
    const std::vector<std::size_t> candidates = doc.entriesWithSerial(serial);
    if (candidates.empty()) return std::nullopt;
    const auto before = std::lower_bound(candidates.begin(), candidates.end(), child);
    return before == candidates.begin() ? candidates.front() : *(before - 1);
}

} // namespace

std::vector<ChainLink> causeChain(const HistoryDocument &doc, std::size_t entry, std::size_t limit)
{
    std::vector<ChainLink> chain;
    std::optional<Cause> current = causeAt(doc, entry);
    if (!current || limit == 0) return chain;
    std::unordered_set<std::size_t> seen = {entry};

    // Ancestors, collected from the entry upwards, then turned root first.
    std::vector<ChainLink> up;
    const Cause *child = &*current;
    std::size_t childEntry = entry;
    while (up.size() + 1 < limit && !child->chainParentSerial.is_null()) {
        const auto parent = parentEntry(doc, child->chainParentSerial, childEntry);
        if (!parent || !seen.insert(*parent).second) break;
        std::optional<Cause> cause = causeAt(doc, *parent);
        if (!cause) break;
        up.push_back({*parent, -1, ChainLink::Role::Ancestor, std::move(*cause)});
        child = &up.back().cause;
        childEntry = *parent;
    }
    for (auto it = up.rbegin(); it != up.rend(); ++it) {
        it->parent = int(chain.size()) - 1;
        chain.push_back(std::move(*it));
    }
    chain.push_back({entry, int(chain.size()) - 1, ChainLink::Role::Current, std::move(*current)});

    // Descendants, depth-first: a stack of (link index, next child to visit).
    struct Frame
    {
        std::size_t link;
        std::vector<std::size_t> children;
        std::size_t next = 0;
    };
    const auto childrenOf = [&](std::size_t link) {
        const Value &serial = chain[link].cause.serial;
        return serial.is_null() ? std::vector<std::size_t>{} : doc.childrenOf(serial);
    };
    std::vector<Frame> stack;
    stack.push_back({chain.size() - 1, childrenOf(chain.size() - 1)});
    while (!stack.empty() && chain.size() < limit) {
        Frame &top = stack.back();
        if (top.next == top.children.size()) {
            stack.pop_back();
            continue;
        }
        const std::size_t next = top.children[top.next++];
        if (!seen.insert(next).second) continue;
        std::optional<Cause> cause = causeAt(doc, next);
        if (!cause) continue;
        const int parent = int(top.link);
        chain.push_back({next, parent, ChainLink::Role::Descendant, std::move(*cause)});
        const std::size_t link = chain.size() - 1;
        stack.push_back({link, childrenOf(link)});
    }
    return chain;
}

} // namespace dtdb::document
