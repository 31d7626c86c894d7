// Cause chains on the demo history: every entry's chain agrees with one worked out from the raw
// JSON of the log (serials and chain parents read without the engine), links point at their
// chain parents, and the limit holds.

#include "causechain.h"
#include "demo.h"
#include "documentwait.h"
#include "historydocument.h"
#include "jsonio.h"

#include <QTest>

#include <map>
#include <set>

using namespace dtdb;
using namespace dtdb::document;

class TestCauseChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void chainsMatchTheRawLog();
    void linksAnswerTheirParents();
    void limit();
    void entryWithoutCause();

private:
    struct RawCause
    {
        std::string serial, parent; // compact JSON; "null" when absent
    };
    std::vector<std::size_t> expectedChain(std::size_t entry) const;

    HistoryDocument m_doc;
    std::vector<std::optional<RawCause>> m_causes;
    std::map<std::string, std::vector<std::size_t>> m_bySerial, m_byParent;
};

void TestCauseChain::initTestCase()
{
    QVERIFY(testutil::openAndWait(m_doc, {testutil::demoServer()}));
    for (std::size_t i = 0; i < m_doc.entryCount(); ++i) {
        const Value entry = *json::parse(m_doc.entryText(i));
        const Value &query = entry.contains("queries") ? entry["queries"][0] : entry;
        if (!query.contains("cause") || query["cause"].is_null()) {
            m_causes.emplace_back();
            continue;
        }
        const Value &cause = query["cause"];
        RawCause raw{json::write(cause.value("serial", Value())),
                     json::write(cause.value("chainParentSerial", Value()))};
        if (raw.serial != "null") m_bySerial[raw.serial].push_back(i);
        if (raw.parent != "null") m_byParent[raw.parent].push_back(i);
        m_causes.push_back(raw);
    }
    QVERIFY(m_byParent.size() > 50);
}

// Ancestors by chain parent (the last entry with that serial before the child, else the
// first), then depth-first descendants in position order; every entry once.
std::vector<std::size_t> TestCauseChain::expectedChain(std::size_t entry) const
{
    if (!m_causes[entry]) return {};
    std::set<std::size_t> seen = {entry};
    std::vector<std::size_t> up;
    std::size_t child = entry;
    while (m_causes[child] && m_causes[child]->parent != "null") {
        const auto it = m_bySerial.find(m_causes[child]->parent);
        if (it == m_bySerial.end()) break;
        std::size_t parent = it->second.front();
        for (const std::size_t candidate : it->second)
            if (candidate < child) parent = candidate;
        if (!seen.insert(parent).second) break;
        up.push_back(parent);
        child = parent;
    }
    std::vector<std::size_t> chain(up.rbegin(), up.rend());
    const auto descend = [&](const auto &self, std::size_t from) -> void {
        chain.push_back(from);
        const auto it = m_byParent.find(m_causes[from]->serial);
        if (m_causes[from]->serial == "null" || it == m_byParent.end()) return;
        for (const std::size_t next : it->second)
            if (seen.insert(next).second) self(self, next);
    };
    descend(descend, entry);
    return chain;
}

void TestCauseChain::chainsMatchTheRawLog()
{
    std::size_t longChains = 0;
    for (std::size_t i = 0; i < m_doc.entryCount(); ++i) {
        const auto chain = causeChain(m_doc, i);
        std::vector<std::size_t> entries;
        for (const ChainLink &link : chain)
            entries.push_back(link.entry);
        QCOMPARE(entries, expectedChain(i));
        if (chain.size() >= 3) ++longChains;
    }
    QVERIFY(longChains > 20);
}

void TestCauseChain::linksAnswerTheirParents()
{
    for (std::size_t i = 0; i < m_doc.entryCount(); i += 7) {
        const auto chain = causeChain(m_doc, i);
        if (chain.empty()) continue;
        int current = 0;
        for (std::size_t k = 0; k < chain.size(); ++k) {
            const ChainLink &link = chain[k];
            if (link.role == ChainLink::Role::Current) {
                ++current;
                QCOMPARE(link.entry, i);
            }
            if (link.parent < 0) {
                QCOMPARE(k, std::size_t(0));
                continue;
            }
            QVERIFY(std::size_t(link.parent) < k);
            QVERIFY(chain[std::size_t(link.parent)].cause.serial == link.cause.chainParentSerial);
            // Ancestors lead down to the current entry; descendants hang below it.
            const auto parentRole = chain[std::size_t(link.parent)].role;
            if (link.role != ChainLink::Role::Descendant)
                QCOMPARE(parentRole, ChainLink::Role::Ancestor);
        }
        QCOMPARE(current, 1);
    }
}

void TestCauseChain::limit()
{
    std::size_t entry = 0;
    while (causeChain(m_doc, entry).size() < 4)
        ++entry;
    for (const std::size_t limit : {1, 2, 3}) {
        const auto chain = causeChain(m_doc, entry, limit);
        QCOMPARE(chain.size(), limit);
        QVERIFY(std::any_of(chain.begin(), chain.end(), [](const ChainLink &link) {
            return link.role == ChainLink::Role::Current;
        }));
    }
}

void TestCauseChain::entryWithoutCause()
{
    std::size_t entry = 0;
    while (m_causes[entry])
        ++entry;
    QVERIFY(causeChain(m_doc, entry).empty());
}

QTEST_GUILESS_MAIN(TestCauseChain)
#include "tst_causechain.moc"
