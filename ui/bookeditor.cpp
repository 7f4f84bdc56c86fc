#include "bookeditor.h"

#include <catalogue/livre.h>
#include <orm/tablemodel.h>
#include <orm/transaction.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <functional>

namespace Gui {

using Catalogue::Livre::Nom;

QString describe(const Orm::Error &error)
{
    QStringList lines;
    for (const Orm::ValidationItem &item : error.items()) {
        if (!lines.contains(item.message))
            lines << item.message;
    }
    return lines.isEmpty() ? error.message() : lines.join(u'\n');
}

namespace {

// The title of a book for the undo stack's texts, in French quotation marks as the domain's titles are.
QString quoted(const QString &title)
{
    return BookEditor::tr("« %1 »").arg(title.isEmpty() ? BookEditor::tr("untitled") : title);
}

QString fieldName(const QString &attribute)
{
    namespace L = Catalogue::Livre;
    static const QHash<QString, const char *> names = {
            {L::Nom, QT_TRANSLATE_NOOP("Gui::BookEditor", "title")},
            {L::Auteur, QT_TRANSLATE_NOOP("Gui::BookEditor", "author")},
            {L::Edition, QT_TRANSLATE_NOOP("Gui::BookEditor", "publisher")},
            {L::Genre, QT_TRANSLATE_NOOP("Gui::BookEditor", "genre")},
            {L::Annee, QT_TRANSLATE_NOOP("Gui::BookEditor", "year")},
            {L::NbPages, QT_TRANSLATE_NOOP("Gui::BookEditor", "pages")},
            {L::Prix, QT_TRANSLATE_NOOP("Gui::BookEditor", "price")},
            {L::Lien, QT_TRANSLATE_NOOP("Gui::BookEditor", "link")},
            {L::Accroche, QT_TRANSLATE_NOOP("Gui::BookEditor", "tagline")},
            {L::Presentation, QT_TRANSLATE_NOOP("Gui::BookEditor", "presentation")},
            {L::Description, QT_TRANSLATE_NOOP("Gui::BookEditor", "description")},
            {L::Couverture, QT_TRANSLATE_NOOP("Gui::BookEditor", "front cover")},
            {L::Arriere, QT_TRANSLATE_NOOP("Gui::BookEditor", "back cover")},
            {L::Dos, QT_TRANSLATE_NOOP("Gui::BookEditor", "spine")},
    };
    const char *name = names.value(attribute);
    return name ? QCoreApplication::translate("Gui::BookEditor", name) : attribute;
}

QString changeText(const QVariantMap &changes, const QString &title)
{
    if (changes.size() == 1)
        return BookEditor::tr("Change %1 of %2").arg(fieldName(changes.firstKey()), quoted(title));
    return BookEditor::tr("Change %1").arg(quoted(title));
}

// The movement that undoes another, and the text of both.
std::pair<Catalogue::Movement, qint64> opposite(Catalogue::Movement kind, qint64 quantity)
{
    using Catalogue::Movement;
    switch (kind) {
    case Movement::Sale:
        return {Movement::Return, quantity};
    case Movement::Return:
        return {Movement::Sale, quantity};
    case Movement::Receipt:
    case Movement::OpeningBalance:
        return {Movement::Adjustment, -quantity};
    case Movement::Adjustment:
        return {Movement::Adjustment, -quantity};
    }
    return {Movement::Adjustment, -quantity};
}

QString movementText(Catalogue::Movement kind, qint64 quantity, const QString &title)
{
    using Catalogue::Movement;
    switch (kind) {
    case Movement::Sale:
        return BookEditor::tr("Sell %n copies of %1", nullptr, int(quantity)).arg(quoted(title));
    case Movement::Return:
        return BookEditor::tr("Return %n copies of %1", nullptr, int(quantity)).arg(quoted(title));
    case Movement::Receipt:
        return BookEditor::tr("Receive %n copies of %1", nullptr, int(quantity)).arg(quoted(title));
    case Movement::OpeningBalance:
    case Movement::Adjustment:
        return BookEditor::tr("Adjust the stock of %1 by %2").arg(quoted(title), QLocale().toString(quantity));
    }
    return {};
}

} // namespace

namespace {

// A command that cannot be undone or redone (someone else changed the book since, a rule refuses) is dropped from
// the stack, and the person is told why.
void refuse(QUndoCommand *command, BookEditor *editor, const Orm::Error &error)
{
    command->setObsolete(true);
    Q_EMIT editor->undoFailed(BookEditor::tr("Cannot undo or redo “%1”: %2").arg(command->text(), describe(error)));
}

// A change of a book from one value to another (its values, its contributors), applied by `apply(to, expected)`,
// which refuses when the book no longer holds `expected`. Pushed once done: the first redo() does nothing.
template<typename T>
class ChangeCommand : public QUndoCommand
{
public:
    using Apply = std::function<Orm::Status(const T &to, const T &expected)>;
    ChangeCommand(BookEditor *editor, const QVariant &id, const T &before, const T &after, const QString &text,
                  const Apply &apply)
        : QUndoCommand(text),
          m_editor(editor),
          m_id(id),
          m_before(before),
          m_after(after),
          m_apply(apply)
    {
    }
    void undo() override { run(m_before, m_after); }
    void redo() override
    {
        if (std::exchange(m_done, false))
            return;
        run(m_after, m_before);
    }

private:
    void run(const T &to, const T &expected)
    {
        if (auto r = m_apply(to, expected); !r) {
            refuse(this, m_editor, r.error());
            return;
        }
        Q_EMIT m_editor->bookChanged(m_id);
    }
    BookEditor *m_editor;
    QVariant m_id;
    T m_before;
    T m_after;
    Apply m_apply;
    bool m_done = true;
};

} // namespace

class MovementCommand : public QUndoCommand
{
public:
    MovementCommand(BookEditor *editor, const QVariant &id, Catalogue::Movement kind, qint64 quantity,
                    const QString &note, const QDateTime &date, const QString &text)
        : QUndoCommand(text),
          m_editor(editor),
          m_id(id),
          m_kind(kind),
          m_quantity(quantity),
          m_note(note),
          m_date(date)
    {
    }
    void undo() override
    {
        const auto [kind, quantity] = opposite(m_kind, m_quantity);
        record(kind, quantity, BookEditor::tr("Undo: %1").arg(text()), {});
    }
    void redo() override
    {
        if (std::exchange(m_done, false))
            return;
        record(m_kind, m_quantity, m_note, m_date); // a redone movement keeps its date
    }

private:
    void record(Catalogue::Movement kind, qint64 quantity, const QString &note, const QDateTime &date)
    {
        auto r = m_editor->m_catalogue.recordMovement(m_id, kind, quantity, note, date);
        if (!r) {
            refuse(this, m_editor, r.error());
            return;
        }
        Q_EMIT m_editor->bookChanged(m_id);
    }
    BookEditor *m_editor;
    QVariant m_id;
    Catalogue::Movement m_kind;
    qint64 m_quantity;
    QString m_note;
    QDateTime m_date;
    bool m_done = true;
};

// A new book: undone by deleting it (kept whole), redone by bringing it back with its ID.
class AddCommand : public QUndoCommand
{
public:
    AddCommand(BookEditor *editor, const QVariant &id, const QString &text)
        : QUndoCommand(text),
          m_editor(editor),
          m_id(id)
    {
    }
    void undo() override
    {
        const Catalogue::Catalogue &catalogue = m_editor->m_catalogue;
        auto record = catalogue.bookRecord(m_id);
        Orm::Status r = record ? catalogue.removeBook(m_id, Catalogue::Catalogue::History::Delete)
                               : Orm::Status(std::unexpected(record.error()));
        if (!r) {
            refuse(this, m_editor, r.error());
            return;
        }
        m_record = *record;
        Q_EMIT m_editor->bookRemoved(m_id);
    }
    void redo() override
    {
        if (std::exchange(m_done, false))
            return;
        auto r = m_editor->m_catalogue.restoreBook(m_record);
        if (!r) {
            refuse(this, m_editor, r.error());
            return;
        }
        Q_EMIT m_editor->bookAdded(m_id);
    }

private:
    BookEditor *m_editor;
    QVariant m_id;
    Catalogue::BookRecord m_record;
    bool m_done = true;
};

// Deleted books, kept whole: undone by bringing each back with its ID, contributors, covers and stock history.
class RemoveCommand : public QUndoCommand
{
public:
    RemoveCommand(BookEditor *editor, const QList<Catalogue::BookRecord> &records, const QString &text)
        : QUndoCommand(text),
          m_editor(editor),
          m_records(records)
    {
    }
    // All the books or none, in one transaction each way.
    void undo() override
    {
        const Catalogue::Catalogue &catalogue = m_editor->m_catalogue;
        auto r = Orm::transaction(catalogue.database(), [&]() -> Orm::Status {
            for (const Catalogue::BookRecord &record : std::as_const(m_records)) {
                if (auto restored = catalogue.restoreBook(record); !restored)
                    return std::unexpected(restored.error());
            }
            return {};
        });
        if (!r) {
            refuse(this, m_editor, r.error());
            return;
        }
        for (const Catalogue::BookRecord &record : std::as_const(m_records))
            Q_EMIT m_editor->bookAdded(record.values.value(Catalogue::Livre::Id));
    }
    void redo() override
    {
        if (std::exchange(m_done, false))
            return;
        const Catalogue::Catalogue &catalogue = m_editor->m_catalogue;
        auto r = Orm::transaction(catalogue.database(), [&]() -> Orm::Status {
            for (const Catalogue::BookRecord &record : std::as_const(m_records)) {
                const QVariant id = record.values.value(Catalogue::Livre::Id);
                if (auto removed = catalogue.removeBook(id, Catalogue::Catalogue::History::Delete); !removed)
                    return removed;
            }
            return {};
        });
        if (!r) {
            refuse(this, m_editor, r.error());
            return;
        }
        for (const Catalogue::BookRecord &record : std::as_const(m_records))
            Q_EMIT m_editor->bookRemoved(record.values.value(Catalogue::Livre::Id));
    }

private:
    BookEditor *m_editor;
    QList<Catalogue::BookRecord> m_records;
    bool m_done = true;
};

BookEditor::BookEditor(QObject *parent) : QObject(parent), m_stack(new QUndoStack(this)) { }

void BookEditor::setCatalogue(const Catalogue::Catalogue &catalogue, bool keepHistory)
{
    m_catalogue = catalogue;
    if (!keepHistory)
        m_stack->clear();
    if (!keepHistory && !m_waiting.isEmpty()) {
        // Another catalogue: what waited for the previous one's connection is not saved, and is said so.
        for (const Catalogue::PendingMovement &movement : std::as_const(m_waiting))
            Q_EMIT movementNotSaved(tr("Not saved: %1 (the catalogue was closed before the connection came back)")
                                            .arg(movementText(movement.kind, movement.quantity, QString())));
        m_waiting.clear();
        Q_EMIT waitingChanged(0);
    }
}

QString BookEditor::bookTitle(const QVariant &id) const
{
    auto book = m_catalogue.livres().findByPk(id, {.attributes = {Catalogue::Livre::Id, Nom}});
    return book && !book->isNull() ? book->get(Nom).toString() : QString();
}

QUndoCommand *BookEditor::editCommand(const QVariant &id, const QVariantMap &before, const QVariantMap &after,
                                      const QString &text)
{
    const auto apply = [this, id](const QVariantMap &to, const QVariantMap &expected) -> Orm::Status {
        auto saved = m_catalogue.updateBook(id, to, expected);
        return saved ? Orm::Status() : Orm::Status(std::unexpected(saved.error()));
    };
    return new ChangeCommand<QVariantMap>(this, id, before, after, text, apply);
}

Orm::Status BookEditor::editBook(const QVariant &id, const QVariantMap &changes, const QVariantMap &expected)
{
    if (changes.isEmpty())
        return {};
    auto saved = m_catalogue.updateBook(id, changes, expected);
    if (!saved)
        return std::unexpected(saved.error());
    QVariantMap before;
    QVariantMap after;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        before.insert(it.key(), expected.value(it.key()));
        after.insert(it.key(), saved->get(it.key()));
    }
    m_stack->push(editCommand(id, before, after, changeText(changes, saved->get(Nom).toString())));
    Q_EMIT bookChanged(id);
    return {};
}

bool BookEditor::editCell(Orm::TableModel *model, const QModelIndex &index, const QVariant &value,
                          const QVariant &startedFrom)
{
    const QString attribute = model->columns().value(index.column()).attribute;
    const QVariant id = index.data(Orm::TableModel::KeyRole);
    const QVariant before = startedFrom;
    if (Catalogue::sameValue(before, value))
        return true; // an editor left as it was writes nothing
    // The stored value is checked under the row's lock, and the model writes in the same transaction: a change
    // saved elsewhere while the cell was being edited is never overwritten.
    bool written = false;
    bool changedElsewhere = false;
    auto done = Orm::transaction(m_catalogue.database(), [&]() -> Orm::Status {
        auto stored = m_catalogue.livres().findByPk(id, {.onEmpty = Orm::OnEmpty::Reject, .lock = Orm::Lock::Update});
        if (!stored)
            return std::unexpected(stored.error());
        changedElsewhere = !Catalogue::sameValue(stored->get(attribute), startedFrom);
        if (!changedElsewhere)
            written = model->setData(index, value, Qt::EditRole);
        return {};
    });
    if (!done) {
        Q_EMIT refused(describe(done.error()));
        return false;
    }
    if (changedElsewhere) {
        Q_EMIT refused(tr("Someone else changed this value of « %1 » in the meantime: yours was not saved, the "
                          "table shows theirs")
                               .arg(bookTitle(id)));
        (void)model->refresh();
        return false;
    }
    if (!written)
        return false;
    const Orm::Instance saved = model->instance(index.row());
    const QVariant after = saved.get(attribute);
    if (Catalogue::sameValue(after, before))
        return true;
    m_stack->push(editCommand(id, {{attribute, before}}, {{attribute, after}},
                              changeText({{attribute, after}}, saved.get(Nom).toString())));
    Q_EMIT bookChanged(id);
    return true;
}

Orm::Status BookEditor::setContributors(const QVariant &id, const QList<Catalogue::Contributor> &contributors,
                                        const std::optional<QList<Catalogue::Contributor>> &expected)
{
    auto before = m_catalogue.contributors(id);
    if (!before)
        return std::unexpected(before.error());
    if (*before == contributors)
        return {};
    // Checked again under the book's lock; *before is what the undo goes back to.
    if (auto r = m_catalogue.setContributors(id, contributors, expected ? *expected : *before); !r)
        return r;
    const auto apply = [this, id](const QList<Catalogue::Contributor> &to,
                                  const QList<Catalogue::Contributor> &expected) -> Orm::Status {
        return m_catalogue.setContributors(id, to, expected);
    };
    m_stack->push(new ChangeCommand<QList<Catalogue::Contributor>>(
            this, id, *before, contributors, tr("Change the contributors of %1").arg(quoted(bookTitle(id))), apply));
    Q_EMIT bookChanged(id);
    return {};
}

Orm::Status BookEditor::recordMovement(const QVariant &id, Catalogue::Movement kind, qint64 quantity,
                                       const QString &note, const QDateTime &date)
{
    Catalogue::PendingMovement movement{.livreId = id, .kind = kind, .quantity = quantity, .note = note, .date = date};
    if (!movement.date.isValid())
        movement.date = QDateTime::currentDateTimeUtc(); // the time of the sale, even when saved after an outage
    auto recorded = record(movement);
    if (!recorded && recorded.error().kind() == Orm::Error::Kind::Connection) {
        m_waiting.append(movement);
        Q_EMIT waitingChanged(int(m_waiting.size()));
        return Orm::fail(Orm::Error::Kind::Connection,
                         tr("Not saved yet: the connection to the catalogue is lost. This movement is kept and will "
                            "be saved once the connection is back."));
    }
    return recorded;
}

Orm::Status BookEditor::record(Catalogue::PendingMovement &movement)
{
    auto recorded = m_catalogue.recordMovement(movement);
    if (!recorded)
        return std::unexpected(recorded.error());
    const QVariant id = movement.livreId;
    m_stack->push(new MovementCommand(this, id, movement.kind, movement.quantity, movement.note, movement.date,
                                      movementText(movement.kind, movement.quantity, bookTitle(id))));
    Q_EMIT bookChanged(id);
    return {};
}

int BookEditor::saveWaiting()
{
    int saved = 0;
    while (!m_waiting.isEmpty()) {
        auto recorded = record(m_waiting.first());
        if (!recorded && recorded.error().kind() == Orm::Error::Kind::Connection)
            break; // lost again: kept, with what this attempt left to check (unconfirmedId)
        const Catalogue::PendingMovement movement = m_waiting.takeFirst();
        Q_EMIT waitingChanged(int(m_waiting.size()));
        if (recorded) {
            ++saved;
        } else {
            Q_EMIT movementNotSaved(
                    tr("Not saved: %1 (%2)")
                            .arg(movementText(movement.kind, movement.quantity, bookTitle(movement.livreId)),
                                 describe(recorded.error())));
        }
    }
    return saved;
}

Orm::Result<QVariant> BookEditor::addBook(const QVariantMap &values)
{
    auto created = m_catalogue.livres().create(values);
    if (!created)
        return std::unexpected(created.error());
    const QVariant id = created->get(Catalogue::Livre::Id);
    m_stack->push(new AddCommand(this, id, tr("Add %1").arg(quoted(created->get(Nom).toString()))));
    Q_EMIT bookAdded(id);
    return id;
}

Orm::Result<QVariant> BookEditor::duplicateBook(const QVariant &id)
{
    auto record = m_catalogue.bookRecord(id);
    if (!record)
        return std::unexpected(record.error());
    QVariantMap values = record->values;
    values.remove(Catalogue::Livre::Id);
    values.insert(Catalogue::Livre::Quantite, 0);
    values.insert(Catalogue::Livre::Ventes, 0.0);
    values.insert(Nom, tr("%1 (copy)").arg(values.value(Nom).toString()));
    values.remove(Catalogue::Livre::NomSansEspaces); // follows the new title
    QVariant copy;
    auto made = Orm::transaction(m_catalogue.database(), [&]() -> Orm::Status {
        auto created = m_catalogue.livres().create(values);
        if (!created)
            return std::unexpected(created.error());
        copy = created->get(Catalogue::Livre::Id);
        if (m_catalogue.hasRelatedTables())
            return m_catalogue.setContributors(copy, record->contributors);
        return {};
    });
    if (!made)
        return std::unexpected(made.error());
    m_stack->push(new AddCommand(this, copy, tr("Duplicate %1").arg(quoted(record->values.value(Nom).toString()))));
    Q_EMIT bookAdded(copy);
    return copy;
}

Orm::Status BookEditor::removeBooks(const QVariantList &ids)
{
    // All or none: a book that cannot be deleted keeps the others. Each is kept whole inside the transaction, so
    // that what is deleted is what an undo brings back.
    QList<Catalogue::BookRecord> records;
    auto removed = Orm::transaction(m_catalogue.database(), [&]() -> Orm::Status {
        for (const QVariant &id : ids) {
            auto record = m_catalogue.bookRecord(id);
            if (!record)
                return std::unexpected(record.error());
            records << *record;
            if (auto r = m_catalogue.removeBook(id, Catalogue::Catalogue::History::Delete); !r)
                return r;
        }
        return {};
    });
    if (!removed)
        return removed;
    for (const QVariant &id : ids)
        Q_EMIT bookRemoved(id);
    const QString text = records.size() == 1 ? tr("Delete %1").arg(quoted(records.first().values.value(Nom).toString()))
                                             : tr("Delete %n books", nullptr, int(records.size()));
    m_stack->push(new RemoveCommand(this, records, text));
    return {};
}

} // namespace Gui
