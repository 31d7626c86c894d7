#pragma once

#include "localentry.h"

#include <QUndoCommand>

namespace dtdb::document {

class HistoryDocument;

// Appending one entry to the history. The entry was executed once when it was made; redo
// re-applies its recorded change and undo reverts it, both through the document.
class AppendEntryCommand : public QUndoCommand
{
public:
    AppendEntryCommand(HistoryDocument *document, std::shared_ptr<const LocalEntry> entry,
                       const QString &text);

    void redo() override;
    void undo() override;

private:
    HistoryDocument *m_document;
    std::shared_ptr<const LocalEntry> m_entry;
};

} // namespace dtdb::document
