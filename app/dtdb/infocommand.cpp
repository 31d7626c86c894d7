#include "infocommand.h"

#include "jsonio.h"
#include "openhistory.h"
#include "servernames.h"

#include <QFileInfo>
#include <QTextStream>

#include <map>

using namespace dtdb;
using namespace dtdb::history;

namespace {

QString timeText(std::int64_t t)
{
    return t == NoTime ? QStringLiteral("(no time)") : isoUtc(t);
}

void printCollections(QTextStream &out, const Database &db)
{
    out << "Collections at the end (" << db.slots().size() << "):\n";
    for (const auto &slot : db.slots()) {
        const std::size_t size = slot.collection.hasValidData() ? slot.collection.size() : 0;
        out << "  " << QString::fromStdString(slot.name).leftJustified(24) << ' '
            << QString::number(size).rightJustified(8) << " items   serialNum "
            << QString::fromStdString(json::write(slot.collection.serialNum())) << '\n';
    }
}

} // namespace

int runInfoCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Summarises a DeltaTraceDB history."));
    parser.addHelpOption();
    addHistoryOptions(parser);
    parser.process(arguments);
    const auto opened = openHistoryFromArguments(parser);
    if (!opened) return 2;
    const History &h = *opened->history;
    const Timeline &t = *opened->timeline;
    QTextStream out(stdout);

    std::size_t readable = 0, succeeded = 0;
    std::int64_t first = NoTime, last = NoTime;
    std::map<std::string, std::size_t> types;
    std::vector<std::size_t> perActor(t.actors().size());
    for (std::size_t i = 0; i < t.size(); ++i) {
        const EntryInfo &info = t.info(i);
        if (!info.readable) continue;
        ++readable;
        succeeded += info.success;
        ++types[info.transaction ? std::string("(transaction)") : std::string(toString(info.type))];
        ++perActor[info.actor];
        const std::int64_t time = h.entries[i].time();
        if (time != NoTime) {
            first = first == NoTime ? time : std::min(first, time);
            last = last == NoTime ? time : std::max(last, time);
        }
    }
    out << "History: " << t.size() << " entries (" << readable << " readable, "
        << (t.size() - readable) << " unreadable) from " << h.files.size() << " files\n";
    out << "Time span: " << timeText(first) << " .. " << timeText(last) << '\n';
    out << "Results: succeeded " << succeeded << ", failed " << (readable - succeeded) << '\n';
    out << "Types:";
    for (const auto &[type, n] : types)
        out << ' ' << QString::fromStdString(type) << ' ' << n << ',';
    out << '\n';
    out << "Snapshots (" << h.anchors.size() << "):\n";
    for (const Anchor &a : h.anchors)
        out << "  step " << QString::number(a.position).leftJustified(8) << ' '
            << timeText(a.time).leftJustified(34) << ' '
            << (a.file < 0 ? QStringLiteral("(empty start)")
                           : QFileInfo(h.files[std::size_t(a.file)].path).fileName())
            << '\n';
    out << "Actors (" << (t.actors().size() - 1) << "):\n";
    for (std::size_t i = 1; i < t.actors().size(); ++i) {
        const ActorInfo &a = t.actors()[i];
        out << "  " << QString::fromUtf8(toString(a.type).data()).leftJustified(7)
            << QString::fromStdString(a.id).leftJustified(20) << ' '
            << QString::fromStdString(a.name).leftJustified(24) << ' ' << perActor[i]
            << " entries\n";
    }
    if (perActor[0] > 0) out << "  (no Cause) " << perActor[0] << " entries\n";
    printCollections(out, t.stateAt(t.size()));
    if (!h.problems.empty()) {
        out << "Unreadable (" << h.problems.size() << "):\n";
        for (const Problem &p : h.problems)
            out << "  " << p.toString() << '\n';
    }
    out.flush();
    return h.problems.empty() ? 0 : 2;
}
