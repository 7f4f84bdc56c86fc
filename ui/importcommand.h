#pragma once

#include <catalogue/catalogue.h>
#include <catalogue/transfer.h>

#include <QUndoCommand>

namespace Gui {

class BookEditor;

// An import, done already, as one step of the window's undo stack (from an ImportReport kept with
// ImportOptions::keepUndo): undo deletes the books it added and puts back those it updated as they were; redo
// brings back what the import had written, all in one transaction each way. A book changed or deleted since
// cannot always be brought back: the step is then refused and dropped, and nothing changes.
class ImportCommand : public QUndoCommand
{
public:
    ImportCommand(BookEditor *editor, const Catalogue::ImportReport &report, const QString &text);
    void undo() override;
    void redo() override;

private:
    BookEditor *m_editor;
    QVariantList m_addedIds;
    QList<Catalogue::BookRecord> m_before; // updated books as they were, in the order of the updates
    QList<Catalogue::BookRecord> m_added; // filled by undo(), for redo()
    QList<Catalogue::BookRecord> m_after; // the updated books as the import left them, filled by undo()
    bool m_done = true;
};

} // namespace Gui
