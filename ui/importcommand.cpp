#include "importcommand.h"

#include "bookeditor.h"

#include <catalogue/livre.h>
#include <orm/transaction.h>

namespace Gui {

using Cat = ::Catalogue::Catalogue;

ImportCommand::ImportCommand(BookEditor *editor, const ::Catalogue::ImportReport &report, const QString &text)
    : QUndoCommand(text),
      m_editor(editor),
      m_addedIds(report.addedIds),
      m_before(report.updatedBefore)
{
}

void ImportCommand::undo()
{
    const Cat catalogue = m_editor->catalogue();
    QList<::Catalogue::BookRecord> added;
    QList<::Catalogue::BookRecord> after;
    auto r = Orm::transaction(catalogue.database(), [&]() -> Orm::Status {
        for (const QVariant &id : std::as_const(m_addedIds)) {
            auto record = catalogue.bookRecord(id);
            if (!record)
                return std::unexpected(record.error());
            added << *record;
            if (auto removed = catalogue.removeBook(id, Cat::History::Delete); !removed)
                return removed;
        }
        // Updated books: as the import left them (for redo), then as they were. A book updated twice is put back
        // as it was first, its earliest record being restored last.
        QSet<qint64> seen;
        for (const ::Catalogue::BookRecord &record : std::as_const(m_before)) {
            const QVariant id = record.values.value(::Catalogue::Livre::Id);
            if (seen.contains(id.toLongLong()))
                continue;
            seen.insert(id.toLongLong());
            auto now = catalogue.bookRecord(id);
            if (!now)
                return std::unexpected(now.error());
            after << *now;
        }
        for (auto it = m_before.crbegin(); it != m_before.crend(); ++it) {
            const QVariant id = it->values.value(::Catalogue::Livre::Id);
            if (auto removed = catalogue.removeBook(id, Cat::History::Delete); !removed)
                return removed;
            if (auto restored = catalogue.restoreBook(*it); !restored)
                return std::unexpected(restored.error());
        }
        return {};
    });
    if (!r) {
        setObsolete(true);
        Q_EMIT m_editor->undoFailed(BookEditor::tr("Cannot undo or redo “%1”: %2").arg(text(), describe(r.error())));
        return;
    }
    m_added = added;
    m_after = after;
    Q_EMIT m_editor->booksReplaced();
}

void ImportCommand::redo()
{
    if (std::exchange(m_done, false))
        return;
    const Cat catalogue = m_editor->catalogue();
    auto r = Orm::transaction(catalogue.database(), [&]() -> Orm::Status {
        for (const ::Catalogue::BookRecord &record : std::as_const(m_added)) {
            if (auto restored = catalogue.restoreBook(record); !restored)
                return std::unexpected(restored.error());
        }
        for (const ::Catalogue::BookRecord &record : std::as_const(m_after)) {
            const QVariant id = record.values.value(::Catalogue::Livre::Id);
            if (auto removed = catalogue.removeBook(id, Cat::History::Delete); !removed)
                return removed;
            if (auto restored = catalogue.restoreBook(record); !restored)
                return std::unexpected(restored.error());
        }
        return {};
    });
    if (!r) {
        setObsolete(true);
        Q_EMIT m_editor->undoFailed(BookEditor::tr("Cannot undo or redo “%1”: %2").arg(text(), describe(r.error())));
        return;
    }
    Q_EMIT m_editor->booksReplaced();
}

} // namespace Gui
