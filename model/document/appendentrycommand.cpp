#include "appendentrycommand.h"

#include "historydocument.h"

namespace dtdb::document {

AppendEntryCommand::AppendEntryCommand(HistoryDocument *document,
                                       std::shared_ptr<const LocalEntry> entry, const QString &text)
    : QUndoCommand(text), m_document(document), m_entry(std::move(entry))
{
}

void AppendEntryCommand::redo()
{
    m_document->appendLocal(m_entry);
}

void AppendEntryCommand::undo()
{
    // Commands undo in stack order, so the last appended entry is this command's.
    m_document->removeLastLocal();
}

} // namespace dtdb::document
