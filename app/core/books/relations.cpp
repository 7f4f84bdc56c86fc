// The catalogue's related tables: contributors (Auteurs through LivresAuteurs) and stock movements, the hooks
// that keep Livres in step with them, and the operations on them.

#include "statistics/statistics_p.h"

#include <catalogue/catalogue.h>
#include <catalogue/livre.h>
#include <orm/rowbatch.h>
#include <orm/transaction.h>

#include <QDateTime>
#include <QSet>

namespace Catalogue {

using namespace Orm;

namespace {

// Set while the catalogue itself writes contributions from a Livres.Auteur text: the text is then the source,
// and need not be derived again from what was just derived from it.
thread_local int writingFromText = 0;

struct FromText
{
    FromText() { ++writingFromText; }
    ~FromText() { --writingFromText; }
    FromText(const FromText &) = delete;
    FromText &operator=(const FromText &) = delete;
};

Error needsMigration()
{
    return Error(Error::Kind::Database,
                 QCoreApplication::translate("Catalogue::Catalogue",
                                             "this catalogue has no contributors or stock history yet: migrate it "
                                             "first (catalogue migrate up)"));
}

// The error of a refused change of one attribute, as validation reports it.
Error refused(const QString &attribute, const QString &message, const QVariant &value)
{
    ValidationItem item;
    item.attribute = attribute;
    item.rule = QStringLiteral("stock");
    item.message = message;
    item.value = value;
    return Error(Error::Kind::Validation, message).setItems({item}).setFields({attribute});
}

// The person of that name, created when there is none.
Result<QVariant> personId(const Database &db, const QString &name)
{
    auto found = db.model(Auteur::modelName).findOrCreate({.where = col(Auteur::Nom) == name});
    if (!found)
        return std::unexpected(found.error());
    return found->instance.get(Auteur::Id);
}

// Replaces the book's contributions of the given roles by contributors, in their order.
Status replaceContributions(const Database &db, const QVariant &livreId, const QList<Contributor> &contributors,
                            const QStringList &roles)
{
    const Model contributions = db.model(Contribution::modelName);
    QVariantList roleValues;
    for (const QString &role : roles)
        roleValues << role;
    auto removed = contributions.destroy(
            {.where = col(Contribution::LivreId) == Expr::fromValue(livreId) && col(Contribution::Role).in(roleValues),
             .mode = DestroyMode::Force});
    if (!removed)
        return std::unexpected(removed.error());
    QList<QVariantMap> rows;
    for (qsizetype i = 0; i < contributors.size(); ++i) {
        auto person = personId(db, contributors.at(i).name.simplified());
        if (!person)
            return std::unexpected(person.error());
        rows.append({{Contribution::LivreId, livreId},
                     {Contribution::AuteurId, *person},
                     {Contribution::Role, contributors.at(i).role},
                     {Contribution::Ordre, int(i)}});
    }
    auto created = contributions.bulkCreate(rows, {.ignoreDuplicates = true});
    if (!created)
        return std::unexpected(created.error());
    return {};
}

// The authors of a Livres.Auteur text become the book's contributors of role auteur.
Status authorsFromText(const Database &db, const QVariant &livreId, const QString &text)
{
    const FromText fromText;
    QList<Contributor> authors;
    for (const QString &name : splitAuthors(text))
        authors.append({name, Contribution::Author});
    return replaceContributions(db, livreId, authors, {Contribution::Author});
}

Status recordOpening(const Database &db, const QList<std::pair<QVariant, qint64>> &stocks)
{
    const Model mouvements = db.model(MouvementStock::modelName);
    RowBatch rows(mouvements, {MouvementStock::LivreId, MouvementStock::Quantite, MouvementStock::Type});
    const QString opening = movementType(Movement::OpeningBalance);
    const QString adjustment = movementType(Movement::Adjustment);
    for (const auto &[livreId, quantity] : stocks) {
        if (quantity != 0)
            rows.addRow(livreId, quantity, quantity > 0 ? opening : adjustment);
    }
    if (rows.isEmpty())
        return {};
    auto created = mouvements.insertRows(rows, {.returning = Returning::Nothing});
    if (!created)
        return std::unexpected(created.error());
    return {};
}

// Livres.Auteur of these books set to their authors' names, in order, unless the text already names exactly them
// (its own spelling, "Goscinny & Uderzo", stays).
Status textFromContributors(const Database &db, const QVariantList &livreIds)
{
    if (livreIds.isEmpty())
        return {};
    const Model livres = db.model(Livre::modelName);
    auto books = livres.findAll({.where = col(Livre::Id).in(livreIds), .attributes = {Livre::Id, Livre::Auteur}});
    if (!books)
        return std::unexpected(books.error());
    auto links = db.model(Contribution::modelName)
                         .findAll({.where = col(Contribution::LivreId).in(livreIds)
                                           && col(Contribution::Role) == Contribution::Author,
                                   .order = {asc(Contribution::Ordre), asc(Contribution::Id)},
                                   .include = {{.as = Auteur::modelName, .attributes = {Auteur::Nom}}}});
    if (!links)
        return std::unexpected(links.error());
    QHash<QString, QStringList> authors;
    for (const Instance &link : std::as_const(*links)) {
        QStringList &names = authors[link.get(Contribution::LivreId).toString()];
        const QString name = link.relatedOne(Auteur::modelName).get(Auteur::Nom).toString();
        if (!names.contains(name))
            names << name;
    }
    for (const Instance &book : std::as_const(*books)) {
        const QStringList names = authors.value(book.get(Livre::Id).toString());
        if (splitAuthors(book.get(Livre::Auteur).toString()) == names)
            continue;
        auto updated = livres.update({{Livre::Auteur, names.isEmpty() ? QVariant() : QVariant(joinAuthors(names))}},
                                     {.where = col(Livre::Id) == Expr::fromValue(book.get(Livre::Id))});
        if (!updated)
            return std::unexpected(updated.error());
    }
    return {};
}

QVariantList bookIdsOf(const QList<Instance> &contributions)
{
    QVariantList ids;
    for (const Instance &c : contributions) {
        const QVariant id = c.get(Contribution::LivreId);
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

// The books whose contributions a bulk update or destroy is about to touch, kept for its after-hook.
thread_local QList<QVariantList> touchedBooks;

Status rememberTouchedBooks(HookContext &context)
{
    QVariantList ids;
    if (!writingFromText && context.where) {
        auto rows = context.model->findAll({.where = *context.where, .attributes = {Contribution::LivreId}});
        if (!rows)
            return std::unexpected(rows.error());
        ids = bookIdsOf(*rows);
    }
    touchedBooks.append(ids);
    return {};
}

Status textFromTouchedBooks(HookContext &context)
{
    const QVariantList ids = touchedBooks.isEmpty() ? QVariantList() : touchedBooks.takeLast();
    return textFromContributors(context.model->database(), ids);
}

// Contributions written by anyone else (the associations' add, remove, set...): the text follows them.
void keepTextInStep(const Model &contributions)
{
    const QString name = QStringLiteral("Contribution.text");
    const Hook one = [](HookContext &context) -> Status {
        if (writingFromText)
            return {};
        return textFromContributors(context.model->database(), bookIdsOf({*context.instance}));
    };
    contributions.addHook(HookEvent::AfterCreate, one, name);
    contributions.addHook(HookEvent::AfterUpdate, one, name);
    contributions.addHook(HookEvent::AfterDestroy, one, name);
    contributions.addHook(
            HookEvent::AfterBulkCreate,
            [](HookContext &context) -> Status {
                if (writingFromText)
                    return {};
                return textFromContributors(context.model->database(), bookIdsOf(*context.instances));
            },
            name);
    for (const auto &[before, after] : {std::pair{HookEvent::BeforeBulkUpdate, HookEvent::AfterBulkUpdate},
                                        std::pair{HookEvent::BeforeBulkDestroy, HookEvent::AfterBulkDestroy}}) {
        contributions.addHook(before, rememberTouchedBooks, name);
        contributions.addHook(after, textFromTouchedBooks, name);
    }
}

// New books (which have no contributions yet): the people their Auteur texts name, found or created a few
// statements for the whole batch (an import of thousands of books does not cost statements per book), then
// their contributions.
Status linkNewBooks(const Database &db, const QList<Instance> &books)
{
    QList<std::pair<QVariant, QStringList>> byBook;
    QStringList names;
    QSet<QString> seen; // names.contains() would cost a batch's authors squared
    for (const Instance &livre : books) {
        const QStringList bookNames = splitAuthors(livre.get(Livre::Auteur).toString());
        if (bookNames.isEmpty())
            continue;
        byBook.append({livre.get(Livre::Id), bookNames});
        for (const QString &name : bookNames) {
            if (!seen.contains(name)) {
                seen.insert(name);
                names << name;
            }
        }
    }
    if (names.isEmpty())
        return {};
    const FromText fromText;
    const Model people = db.model(Auteur::modelName);
    QList<QVariantMap> rows;
    for (const QString &name : std::as_const(names))
        rows.append({{Auteur::Nom, name}});
    if (auto created = people.bulkCreate(rows, {.ignoreDuplicates = true}); !created)
        return std::unexpected(created.error());
    QHash<QString, QVariant> idByName;
    constexpr qsizetype perStatement = 5000;
    for (qsizetype start = 0; start < names.size(); start += perStatement) {
        QVariantList chunk;
        for (const QString &name : names.mid(start, perStatement))
            chunk << name;
        auto found = people.findAll({.where = col(Auteur::Nom).in(chunk), .attributes = {Auteur::Id, Auteur::Nom}});
        if (!found)
            return std::unexpected(found.error());
        for (const Instance &person : std::as_const(*found))
            idByName.insert(person.get(Auteur::Nom).toString(), person.get(Auteur::Id));
    }
    const Model contributions = db.model(Contribution::modelName);
    RowBatch links(contributions,
                   {Contribution::LivreId, Contribution::AuteurId, Contribution::Role, Contribution::Ordre});
    for (const auto &[livreId, bookNames] : std::as_const(byBook)) {
        for (qsizetype i = 0; i < bookNames.size(); ++i)
            links.addRow(livreId, idByName.value(bookNames.at(i)), Contribution::Author, int(i));
    }
    if (auto created = contributions.insertRows(links, {.returning = Returning::Nothing}); !created)
        return std::unexpected(created.error());
    return {};
}

// New books: their authors from their Auteur texts, and an opening balance of the copies they arrive with.
Status booksCreated(const Database &db, const QList<Instance> &books)
{
    if (auto r = linkNewBooks(db, books); !r)
        return r;
    QList<std::pair<QVariant, qint64>> stocks;
    for (const Instance &livre : books)
        stocks.append({livre.get(Livre::Id), livre.get(Livre::Quantite).toLongLong()});
    return recordOpening(db, stocks);
}

Status afterCreate(HookContext &context)
{
    return booksCreated(context.model->database(), {*context.instance});
}

Status afterBulkCreate(HookContext &context)
{
    return booksCreated(context.model->database(), *context.instances);
}

// An edited book: a new Auteur text changes its authors, and a stock set by hand is recorded as an adjustment
// (inside the save's transaction: if the save fails, neither remains).
Status beforeUpdate(HookContext &context)
{
    const Database db = context.model->database();
    const Instance &livre = *context.instance;
    const QVariant id = livre.get(Livre::Id);
    if (livre.changed(Livre::Auteur)) {
        if (auto r = authorsFromText(db, id, livre.get(Livre::Auteur).toString()); !r)
            return r;
    }
    if (livre.changed(Livre::Quantite)) {
        const qint64 delta = livre.get(Livre::Quantite).toLongLong() - livre.previous(Livre::Quantite).toLongLong();
        if (delta != 0) {
            auto created = db.model(MouvementStock::modelName)
                                   .create({{MouvementStock::LivreId, id},
                                            {MouvementStock::Quantite, delta},
                                            {MouvementStock::Type, movementType(Movement::Adjustment)}});
            if (!created)
                return std::unexpected(created.error());
        }
    }
    return {};
}

} // namespace

Status Catalogue::setUpRelations()
{
    if (auto r = setUpCovers(); !r)
        return r;
    if (auto r = setUpIdentifiers(); !r)
        return r;
    if (m_mouvements.isValid())
        return {};
    auto tables = m_database.tables();
    if (!tables)
        return std::unexpected(tables.error());
    if (!tables->contains(Contribution::tableName) || !tables->contains(MouvementStock::tableName))
        return {}; // not migrated yet
    auto auteurs = m_database.define(Auteur::modelName, Auteur::attributes(), Auteur::options());
    if (!auteurs)
        return std::unexpected(auteurs.error());
    auto contributions =
            m_database.define(Contribution::modelName, Contribution::attributes(), Contribution::options());
    if (!contributions)
        return std::unexpected(contributions.error());
    auto mouvements =
            m_database.define(MouvementStock::modelName, MouvementStock::attributes(), MouvementStock::options());
    if (!mouvements)
        return std::unexpected(mouvements.error());
    const QList<Result<Association>> associations = {
            m_livres.belongsToMany(*auteurs,
                                   {.as = Auteur::tableName,
                                    .foreignKey = Contribution::LivreId,
                                    .sourceKey = Livre::Id,
                                    .targetKey = Auteur::Id,
                                    .through = Contribution::modelName,
                                    .otherKey = Contribution::AuteurId}),
            auteurs->belongsToMany(m_livres,
                                   {.as = Livre::tableName,
                                    .foreignKey = Contribution::AuteurId,
                                    .sourceKey = Auteur::Id,
                                    .targetKey = Livre::Id,
                                    .through = Contribution::modelName,
                                    .otherKey = Contribution::LivreId}),
            m_livres.hasMany(*mouvements,
                             {.as = QStringLiteral("Mouvements"),
                              .foreignKey = MouvementStock::LivreId,
                              .sourceKey = Livre::Id}),
            mouvements->belongsTo(
                    m_livres, {.as = Livre::modelName, .foreignKey = MouvementStock::LivreId, .targetKey = Livre::Id}),
            contributions->belongsTo(
                    *auteurs, {.as = Auteur::modelName, .foreignKey = Contribution::AuteurId, .targetKey = Auteur::Id}),
            // For the statistics' joins only (catalogue/statistics.h), never to load rows: each movement joined to
            // every contribution of its book, and each book to every one of its movements.
            mouvements->belongsTo(*contributions,
                                  {.as = Statistics::contributionsJoin,
                                   .foreignKey = MouvementStock::LivreId,
                                   .targetKey = Contribution::LivreId,
                                   .constraints = false}),
            m_livres.belongsTo(*mouvements,
                               {.as = Statistics::movementsJoin,
                                .foreignKey = Livre::Id,
                                .targetKey = MouvementStock::LivreId,
                                .constraints = false}),
    };
    for (const auto &association : associations) {
        if (!association)
            return std::unexpected(association.error());
    }
    keepTextInStep(*contributions);
    m_livres.addHook(HookEvent::AfterCreate, afterCreate, QStringLiteral("Livre.relations"));
    m_livres.addHook(HookEvent::AfterBulkCreate, afterBulkCreate, QStringLiteral("Livre.relations"));
    m_livres.addHook(HookEvent::BeforeUpdate, beforeUpdate, QStringLiteral("Livre.relations"));
    m_auteurs = *auteurs;
    m_contributions = *contributions;
    m_mouvements = *mouvements;
    return {};
}

Result<QList<Contributor>> Catalogue::contributors(const QVariant &livreId) const
{
    if (!hasRelatedTables())
        return std::unexpected(needsMigration());
    auto rows = m_contributions.findAll({.where = col(Contribution::LivreId) == Expr::fromValue(livreId),
                                         .order = {asc(Contribution::Ordre), asc(Contribution::Id)},
                                         .include = {{.as = Auteur::modelName}}});
    if (!rows)
        return std::unexpected(rows.error());
    QList<Contributor> list;
    for (const Instance &row : std::as_const(*rows))
        list.append({row.relatedOne(Auteur::modelName).get(Auteur::Nom).toString(),
                     row.get(Contribution::Role).toString()});
    return list;
}

Status Catalogue::setContributors(const QVariant &livreId, const QList<Contributor> &contributors,
                                  const std::optional<QList<Contributor>> &expected) const
{
    if (!hasRelatedTables())
        return std::unexpected(needsMigration());
    return transaction(m_database, [&]() -> Status {
        // Under the book's lock, so that two people saving its contributors at once are checked one after the other.
        auto livre = m_livres.findByPk(livreId,
                                       {.attributes = {Livre::Id}, .onEmpty = OnEmpty::Reject, .lock = Lock::Update});
        if (!livre)
            return std::unexpected(livre.error());
        if (expected) {
            auto now = this->contributors(livreId);
            if (!now)
                return std::unexpected(now.error());
            if (*now != *expected)
                return std::unexpected(Error(Error::Kind::OptimisticLock,
                                             tr("Someone else changed the contributors of this book in the meantime: "
                                                "nothing was overwritten"))
                                               .setFields({contributorsField}));
        }
        {
            const FromText fromText; // the text follows once, below, not after each statement
            if (auto r = replaceContributions(
                        m_database, livreId, contributors,
                        {Contribution::Author, Contribution::Translator, Contribution::Illustrator});
                !r)
                return r;
        }
        return textFromContributors(m_database, {livreId});
    });
}

Result<Instance> Catalogue::recordMovement(const QVariant &livreId, Movement kind, qint64 quantity, const QString &note,
                                           const QDateTime &date) const
{
    PendingMovement movement{.livreId = livreId, .kind = kind, .quantity = quantity, .note = note, .date = date};
    return recordMovement(movement);
}

Result<Instance> Catalogue::recordMovement(PendingMovement &movement) const
{
    if (!hasRelatedTables())
        return std::unexpected(needsMigration());
    const Movement kind = movement.kind;
    const qint64 quantity = movement.quantity;
    const QVariant livreId = movement.livreId;
    if (kind == Movement::OpeningBalance)
        return fail(Error::Kind::InvalidQuery, tr("opening balances are recorded by the catalogue itself"));
    if (quantity == 0 || (kind != Movement::Adjustment && quantity < 0))
        return std::unexpected(
                refused(MouvementStock::Quantite, tr("A movement needs a positive number of copies"), quantity));
    if (!movement.date.isValid())
        movement.date = QDateTime::currentDateTimeUtc(); // kept for the next attempts, and the check of a lost one
    const qint64 delta = kind == Movement::Sale ? -quantity : quantity;
    const qint64 sold = kind == Movement::Sale ? quantity : kind == Movement::Return ? -quantity : 0;
    const QVariant note = movement.note.isEmpty() ? QVariant() : QVariant(movement.note);
    // The usual case in one statement after the movement's INSERT: the stock and the sales change where they allow
    // it, so that the book's row is locked only from that UPDATE to the commit (clerks selling the same book wait
    // for each other that long, not for a read, an INSERT and its checks). bench/README.md, "Clerks at once".
    QVariantMap amounts{{Livre::Quantite, delta}};
    if (sold != 0)
        amounts.insert(Livre::Ventes, double(sold));
    Where allowed = col(Livre::Id) == Expr::fromValue(livreId) && col(Livre::Quantite).isNotNull();
    if (delta < 0)
        allowed = allowed && col(Livre::Quantite) >= -delta;
    if (sold < 0)
        allowed = allowed && col(Livre::Ventes) >= double(-sold);
    Result<Instance> recorded;
    QVariant attemptId; // this attempt's movement, once inserted
    bool checked = false; // the lost attempt's movement was looked for under the book's lock
    bool committing = false; // the work is done: a Connection error now is the COMMIT's, whose outcome is unknown
    auto done = transaction(m_database, [&]() -> Status {
        if (movement.unconfirmedId.isValid()) {
            // Under the book's lock, which the lost attempt held from its UPDATE until its transaction ended: what it
            // left is final. Its row, when there, is the movement (an ID alone could be given again after a crash).
            // Taken before this attempt's INSERT, whose key-share lock on the book would otherwise wait on others'.
            auto livre = m_livres.findByPk(
                    livreId, {.attributes = {Livre::Id}, .onEmpty = OnEmpty::Reject, .lock = Lock::Update});
            if (!livre)
                return std::unexpected(livre.error());
            auto earlier = m_mouvements.findByPk(movement.unconfirmedId);
            if (!earlier)
                return std::unexpected(earlier.error());
            checked = true;
            if (!earlier->isNull() && sameValue(earlier->get(MouvementStock::LivreId), livreId)
                && earlier->get(MouvementStock::Quantite).toLongLong() == delta
                && earlier->get(MouvementStock::Type).toString() == movementType(kind)
                && sameValue(earlier->get(MouvementStock::Note), note)
                && earlier->get(MouvementStock::Date).toDateTime().toMSecsSinceEpoch()
                        == movement.date.toMSecsSinceEpoch()) {
                recorded = *earlier;
                return {};
            }
        }
        recorded = m_mouvements.create({{MouvementStock::LivreId, livreId},
                                        {MouvementStock::Quantite, delta},
                                        {MouvementStock::Type, movementType(kind)},
                                        {MouvementStock::Note, note},
                                        {MouvementStock::Date, movement.date}});
        if (!recorded)
            return std::unexpected(recorded.error());
        attemptId = recorded->get(MouvementStock::Id);
        // No row lock is asked for (the movement's INSERT holds a key-share lock on the book, as every clerk's
        // does; a FOR UPDATE here would wait for theirs while they wait for ours): the statements are conditional,
        // and tried again when the book changed between them.
        for (int attempt = 0;; ++attempt) {
            auto applied = m_livres.increment(amounts, allowed);
            if (!applied)
                return std::unexpected(applied.error());
            if (*applied == 1) {
                committing = true;
                return {};
            }
            // Not applied: no such book, not enough copies, or a null stock (none).
            auto livre = m_livres.findByPk(
                    livreId, {.attributes = {Livre::Id, Livre::Quantite, Livre::Ventes}, .onEmpty = OnEmpty::Reject});
            if (!livre)
                return std::unexpected(livre.error());
            const QVariant stored = livre->get(Livre::Quantite);
            const qint64 stock = stored.toLongLong(); // a null stock is none
            const double sales = livre->get(Livre::Ventes).toDouble();
            if (stock + delta < 0)
                return std::unexpected(refused(
                        Livre::Quantite,
                        tr("Only %n copies in stock: cannot take %1 away", nullptr, int(stock)).arg(-delta), quantity));
            if (sales + double(sold) < 0)
                return std::unexpected(refused(
                        Livre::Ventes, tr("Only %n copies sold: cannot take back %1", nullptr, int(sales)).arg(-sold),
                        quantity));
            if (stored.isNull()) {
                // Set from none to a number, where it is still none.
                auto updated =
                        m_livres.update({{Livre::Quantite, delta}, {Livre::Ventes, sales + double(sold)}},
                                        {.where = col(Livre::Id) == Expr::fromValue(livreId)
                                                 && col(Livre::Quantite).isNull() && col(Livre::Ventes) == sales});
                if (!updated)
                    return std::unexpected(updated.error());
                if (*updated == 1) {
                    committing = true;
                    return {};
                }
            }
            if (attempt >= 8) // others keep changing it: the caller may try again
                return fail(Error::Kind::Timeout, tr("The book's stock kept changing: try again"));
        }
    });
    if (!done && done.error().kind() == Error::Kind::ForeignKeyConstraint) {
        // The movement names a book that is not there: said as a missing book is.
        auto livre = m_livres.findByPk(livreId, {.attributes = {Livre::Id}, .onEmpty = OnEmpty::Reject});
        if (!livre)
            return std::unexpected(livre.error());
    }
    if (!done) {
        if (committing && done.error().kind() == Error::Kind::Connection)
            movement.unconfirmedId = attemptId; // this attempt's fate is the one to find out now
        else if (checked)
            movement.unconfirmedId = QVariant(); // the lost attempt was rolled back, and this one failed before
        return std::unexpected(done.error());
    }
    movement.unconfirmedId = QVariant();
    return recorded;
}

Status Catalogue::removeBook(const QVariant &livreId, History history) const
{
    return transaction(m_database, [&]() -> Status {
        if (hasRelatedTables()) {
            const Where ofBook = col(MouvementStock::LivreId) == Expr::fromValue(livreId);
            auto movements = m_mouvements.count({.where = ofBook});
            if (!movements)
                return std::unexpected(movements.error());
            if (*movements > 0 && history == History::Refuse)
                return fail(Error::Kind::ForeignKeyConstraint,
                            tr("This book has %n stock movement(s): keep the book, or delete its history with it",
                               nullptr, int(*movements)));
            auto removed = m_mouvements.destroy({.where = ofBook, .mode = DestroyMode::Force});
            if (!removed)
                return std::unexpected(removed.error());
        }
        auto removed = m_livres.destroy({.where = col(Livre::Id) == Expr::fromValue(livreId)});
        if (!removed)
            return std::unexpected(removed.error());
        if (*removed == 0)
            return fail(Error::Kind::EmptyResult, tr("There is no book %1").arg(livreId.toString()));
        return {};
    });
}

} // namespace Catalogue
