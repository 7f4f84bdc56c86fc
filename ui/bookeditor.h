#pragma once

#include <catalogue/catalogue.h>
#include <orm/error.h>

#include <QObject>
#include <QUndoStack>
#include <QVariant>

namespace Orm {
class TableModel;
}

namespace Gui {

// Every change the window makes to the catalogue, made here and put on the undo stack with a text a person can
// read ("Change price of « Dune »"). Undoing a change made elsewhere since is refused, with a message, rather than
// overwriting the other change; stock movements are undone by the opposite movement, recorded as such.
// Each operation returns the error that refused it (nothing changed then, and nothing is pushed).
class BookEditor : public QObject
{
    Q_OBJECT

public:
    explicit BookEditor(QObject *parent = nullptr);

    // Works on that catalogue; the undo history is cleared, unless kept (the same catalogue, brought up to date:
    // its commands still apply).
    void setCatalogue(const Catalogue::Catalogue &catalogue, bool keepHistory = false);
    Catalogue::Catalogue catalogue() const { return m_catalogue; }
    QUndoStack *undoStack() const { return m_stack; }

    // Saves changes of a book's values; expected holds what the user started from (see Catalogue::updateBook).
    Orm::Status editBook(const QVariant &id, const QVariantMap &changes, const QVariantMap &expected);
    // A cell edited in a table of books: saved through the model, so that a refused value shows on the cell.
    // startedFrom is the value the cell's editor began from: when someone else changed it since, nothing is written,
    // false is returned and refused() says so.
    bool editCell(Orm::TableModel *model, const QModelIndex &index, const QVariant &value, const QVariant &startedFrom);
    // With expected (what the person began from), refused as an OptimisticLock error on
    // Catalogue::contributorsField when the book's contributors are no longer those.
    Orm::Status setContributors(const QVariant &id, const QList<Catalogue::Contributor> &contributors,
                                const std::optional<QList<Catalogue::Contributor>> &expected = std::nullopt);
    // A movement refused for a lost connection (a Connection error) is kept, to be saved once it is back by
    // saveWaiting(), exactly once (see Catalogue::recordMovement(PendingMovement &)): do not record it again.
    Orm::Status recordMovement(const QVariant &id, Catalogue::Movement kind, qint64 quantity, const QString &note,
                               const QDateTime &date);
    // The movements kept for the connection to come back, oldest first.
    QList<Catalogue::PendingMovement> waitingMovements() const { return m_waiting; }
    // Saves the waiting movements, in order, until the connection fails again; one that is refused (no more copies
    // in stock, a book deleted meanwhile) is dropped and reported by movementNotSaved(). Returns how many were saved.
    int saveWaiting();
    // A new book with these values; returns its ID.
    Orm::Result<QVariant> addBook(const QVariantMap &values);
    // A copy of the book (its values, contributors and covers; no stock, no sales): returns the new ID.
    Orm::Result<QVariant> duplicateBook(const QVariant &id);
    // Deletes the books and their stock histories.
    Orm::Status removeBooks(const QVariantList &ids);

    // The title a change's text names the book by.
    QString bookTitle(const QVariant &id) const;

Q_SIGNALS:
    // A book's values, contributors or stock changed (by an operation, an undo or a redo).
    void bookChanged(const QVariant &id);
    void bookAdded(const QVariant &id);
    void bookRemoved(const QVariant &id);
    // Many books came, went or changed at once (an import, its undo or redo).
    void booksReplaced();
    // An undo or a redo could not be done; the command is dropped from the stack.
    void undoFailed(const QString &message);
    // A cell's edit was not saved, for that reason (for the status bar).
    void refused(const QString &message);
    // The count of waitingMovements() changed.
    void waitingChanged(int count);
    // A waiting movement was refused when it came to be saved: it is not saved, and the message says why.
    void movementNotSaved(const QString &message);

private:
    // A change of a book's values, done already, for the stack.
    QUndoCommand *editCommand(const QVariant &id, const QVariantMap &before, const QVariantMap &after,
                              const QString &text);
    friend class MovementCommand;
    friend class AddCommand;
    friend class RemoveCommand;
    // Records a movement and puts it on the stack; a Connection error keeps it in m_waiting unless it is there.
    Orm::Status record(Catalogue::PendingMovement &movement);
    Catalogue::Catalogue m_catalogue;
    QUndoStack *m_stack;
    QList<Catalogue::PendingMovement> m_waiting;
};

// What a person reads of an error: its message, or each refused value's message.
QString describe(const Orm::Error &error);

} // namespace Gui
