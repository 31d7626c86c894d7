#pragma once

// Waiting for a HistoryDocument's asynchronous work in tests.

#include "historydocument.h"

#include <QSignalSpy>
#include <QTest>

namespace testutil {

// Opens a history and waits until it is open, its first Moment is published and the reads'
// results (computed in the background) are in.
inline bool openAndWait(dtdb::document::HistoryDocument &doc, const QStringList &paths)
{
    QSignalSpy opened(&doc, &dtdb::document::HistoryDocument::opened);
    doc.open(paths);
    return opened.wait(60000) &&
           QTest::qWaitFor([&] { return doc.moment() != nullptr && doc.readResultsComplete(); },
                           60000);
}

// Moves the cursor and waits until the Moment there is published.
inline bool moveAndWait(dtdb::document::HistoryDocument &doc, std::size_t position)
{
    doc.setPosition(position);
    return QTest::qWaitFor([&] { return doc.moment() && doc.moment()->position == position; },
                           60000);
}

} // namespace testutil
