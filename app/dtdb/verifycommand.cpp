#include "verifycommand.h"

#include "openhistory.h"
#include "servernames.h"
#include "verifier.h"

#include <QFileInfo>
#include <QTextStream>

using namespace dtdb;
using namespace dtdb::history;

namespace {

QString describeEntry(const History &h, std::size_t index)
{
    const Entry &e = h.entries[index];
    QString s = QStringLiteral("entry %1 (%2:%3")
                    .arg(index + 1)
                    .arg(QFileInfo(h.files[e.file].path).fileName())
                    .arg(e.line);
    if (e.time() != NoTime) s += QStringLiteral(", ") + isoUtc(e.time());
    return s + QLatin1Char(')');
}

QString describeAnchor(const History &h, std::size_t a)
{
    const Anchor &anchor = h.anchors[a];
    return QStringLiteral("snapshot at step %1 (%2)")
        .arg(anchor.position)
        .arg(anchor.file < 0 ? QStringLiteral("empty start")
                             : QFileInfo(h.files[std::size_t(anchor.file)].path).fileName());
}

} // namespace

int runVerifyCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Checks that replaying the log from each snapshot reproduces the next snapshot."));
    parser.addHelpOption();
    addHistoryOptions(parser);
    parser.process(arguments);
    const auto opened = openHistoryFromArguments(parser, false); // verify evaluates them itself
    if (!opened) return 2;
    const History &h = *opened->history;
    QTextStream out(stdout);
    if (h.anchors.size() < 2) {
        out << "Only one snapshot: nothing to compare the replay with.\n";
        return h.problems.empty() ? 0 : 2;
    }
    const VerifyReport report = verify(*opened->timeline);
    for (const SegmentReport &s : report.segments) {
        out << describeAnchor(h, s.fromAnchor) << " -> " << describeAnchor(h, s.toAnchor) << ": ";
        if (s.consistent) {
            out << "consistent\n";
            continue;
        }
        out << "DIVERGES\n";
        if (const auto &d = s.divergence) {
            out << "  first difference: collection '" << QString::fromStdString(d->collection)
                << "'";
            if (d->item) out << ", item " << *d->item;
            if (!d->field.empty()) out << ", field '" << QString::fromStdString(d->field) << "'";
            out << "\n    expected " << QString::fromStdString(d->expected).left(300)
                << "\n    replayed " << QString::fromStdString(d->actual).left(300) << '\n';
        }
        if (s.differences.size() > 1)
            out << "  " << s.differences.size() << " collections differ\n";
        if (h.anchors[s.fromAnchor].position == h.anchors[s.toAnchor].position)
            out << "  no entry is logged between these snapshots: the state changed outside the "
                   "log "
                   "(a lost log file, a restart, or a direct edit)\n";
        if (s.lastTouch) {
            out << "  the replay can no longer match after " << describeEntry(h, *s.lastTouch)
                << ":\n  it is the last entry that changes the diverging data. An entry that "
                   "changed that data directly\n  was lost or reordered after it (from ";
            if (*s.lastTouch + 1 < h.anchors[s.toAnchor].position)
                out << describeEntry(h, *s.lastTouch + 1);
            else
                out << "the snapshot";
            out << " on); if the data was derived\n  (a merge), the entry that changed its "
                   "sources was lost before it.\n";
        }
        for (const std::size_t i : s.resultMismatches)
            out << "  " << describeEntry(h, i) << " was logged as "
                << (h.entries[i].fromErrorFolder ? "failed" : "successful") << " but replays as "
                << (h.entries[i].fromErrorFolder ? "successful" : "failed") << '\n';
    }
    out << (report.consistent() ? "consistent\n" : "divergence found\n");
    out.flush();
    if (!report.consistent()) return 1;
    return h.problems.empty() ? 0 : 2;
}
