#pragma once

#include <catalogue/contributeurs.h>
#include <catalogue/covers.h>
#include <catalogue/identifiants.h>
#include <catalogue/stock.h>
#include <orm/database.h>
#include <orm/migrator.h>
#include <orm/model.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

namespace Catalogue {

// Figures of a catalogue, for the summary the command line prints.
struct Summary
{
    QString location;
    qint64 books = 0;
    qint64 copies = 0; // sum of Quantite
    double stockValue = 0; // sum of Prix * Quantite
    qint64 genres = 0; // distinct Genre values
    QVariant firstYear; // min and max of Annee; null when there are no books
    QVariant lastYear;
};

// Whether a book's value is still the one a person started from: numbers compare as numbers (a REAL read back
// from SQLite may come as an integer), texts as texts, and null, invalid and an empty text all mean "no value".
bool sameValue(const QVariant &stored, const QVariant &expected);

// Everything a deleted book leaves behind, so that it can be brought back as it was (undo of a delete).
struct BookRecord
{
    QVariantMap values; // every Livres column, the ID included
    QList<Contributor> contributors;
    QList<QVariantMap> movements; // its stock history, every column, oldest first
    QList<QVariantMap> identifiers; // its ISBN-13 and other identifiers, every column
};

// A stock movement to record exactly once, even when the connection drops while it is being saved (see
// Catalogue::recordMovement(PendingMovement &)). Its date is given when it is made: a sale saved after an outage
// keeps the time it was made at.
struct PendingMovement
{
    QVariant livreId;
    Movement kind = Movement::Sale;
    qint64 quantity = 0;
    QString note;
    QDateTime date;
    // Set when the connection was lost while the movement's COMMIT was on its way, so that nobody can tell yet
    // whether it was saved: the ID the movement was given in that attempt. The next attempt looks for it first.
    QVariant unconfirmedId;
};

// A book catalogue: a database with the Livres table, opened from a URL. What the window and the command line
// both use. A cheap handle.
class Catalogue
{
    Q_DECLARE_TR_FUNCTIONS(Catalogue)

public:
    // The embedded catalogue: catalogue.db in the user's data directory (created on first use).
    static QString defaultUrl();

    enum class Missing { Refuse, Create, CreateUnmigrated };
    // When the pages of an existing SQLite file are checked (SQLite's quick_check, a pass over the whole file, which
    // takes seconds on a large one): while it opens, or later, on a connection of its own (checkPages()).
    enum class Verify { Now, Later };
    // Opens the catalogue at url. With Missing::Create an empty database gets the Livres table (a new catalogue);
    // with Missing::CreateUnmigrated it is created (a SQLite file) but no migration runs: the caller runs those it
    // was asked for (migrate up --to); with Missing::Refuse it, or a SQLite file that does not exist, is an error
    // and nothing is created or written. A URL that Orm::Database::open() cannot read is its Connection error.
    // An existing database is first checked on a read-only connection, and nothing is ever written to one that
    // fails a check: a damaged file (SQLite's quick_check) or one that is not a SQLite database is a Connection
    // error; a database of another application (tables, but no Livres) is a Database error, with either
    // Missing. A catalogue whose record lists migrations this version does not know (a newer version wrote it)
    // is opened read-only, as is a read-only file (see Orm::Database::open()): database().isReadOnly() tells,
    // and every write and migration is refused with a ReadOnly error saying why.
    //
    // What an existing catalogue with pending migrations (a file made by the seed's code, an older version's
    // catalogue) becomes: with Pending::Writable it is opened as it is, for reading and writing, and nothing is
    // migrated (the command line's way: `catalogue migrate up` runs them); with Pending::ReadOnly (the window's) it
    // is opened read-only, isReadOnlyUntilMigrated() true, until its migrations are run on a reopen() for writing.
    enum class Pending { Writable, ReadOnly };
    //
    // With Verify::Later every check but the pass over the pages runs as it opens; a file that would open for
    // writing opens read-only ("it is being checked") until checkPages() passes and finishCheck() is told so.
    // isChecked() tells. A database that needs no such check (PostgreSQL, a new file) opens as with Now.
    [[nodiscard]] static Orm::Result<Catalogue> open(const QString &url, Missing missing,
                                                     Pending pending = Pending::Writable, Verify verify = Verify::Now);
    // The embedded catalogue, created (with its directory) on first use.
    [[nodiscard]] static Orm::Result<Catalogue> openDefault(Pending pending = Pending::Writable,
                                                            Verify verify = Verify::Now);
    // Opens this catalogue's URL again, on a Database of its own (its own connections and logger), as open() does
    // with Missing::Refuse.
    [[nodiscard]] Orm::Result<Catalogue> reopen(Pending pending = Pending::Writable) const;
    // Read-only only because migrations are pending (opened with Pending::ReadOnly): reopen() may migrate it.
    bool isReadOnlyUntilMigrated() const { return m_untilMigrated; }
    // The names of this version's migrations that have not run on the catalogue, in the order they would run.
    [[nodiscard]] Orm::Result<QStringList> pendingMigrations() const;
    // The state of each migration (Orm::Migrator::status()), read without writing anything: a file whose record
    // tables are missing (a seed-made file) is read on a read-only connection of its own, so that looking creates
    // none of them. The catalogue's own migrations unless others are given (tests add their own).
    [[nodiscard]] Orm::Result<QList<Orm::MigrationState>> migrationStates(const QList<Orm::Migration> &list) const;
    [[nodiscard]] Orm::Result<QList<Orm::MigrationState>> migrationStates() const;

    // SQLite: a consistent copy of the catalogue into the new file `path`, while it stays open (see
    // Orm::Database::backup()); an error for a server's catalogue.
    [[nodiscard]] Orm::Status backup(const QString &path,
                                     const std::function<void(qint64 copied, qint64 total)> &progress = {}) const;
    // Puts the SQLite backup `backupFile` in place of the catalogue file `catalogueFile`: the backup is first
    // checked as open() checks any file (a damaged file, another application's database, a newer version's
    // catalogue are refused and nothing is touched); the replaced file (and its -wal, if any) is kept aside, renamed
    // to FILE.replaced-STAMP.db, whose path is returned; the backup itself is copied, never moved. Every connection
    // to catalogueFile must be closed first.
    [[nodiscard]] static Orm::Result<QString> restore(const QString &backupFile, const QString &catalogueFile);
    // SQLite's quick_check of the file at url, on a read-only connection of its own that it closes: the Connection
    // error Catalogue::open() gives for a damaged file, or nothing. Safe to call from any thread; writes nothing.
    [[nodiscard]] static Orm::Status checkPages(const QString &url);
    // A PostgreSQL server's version ("15.4"), asked on a connection of its own that it closes; the Connection error
    // Orm::Database::open() gives when it cannot connect. Safe to call from any thread.
    [[nodiscard]] static Orm::Result<QString> serverVersion(const QString &url);
    // False while a catalogue opened with Verify::Later waits for its pages to be checked.
    bool isChecked() const { return !m_pending->has_value(); }
    // What checkPages() found, for a catalogue opened with Verify::Later. When it passed, the catalogue opens for
    // writing as open() would have opened it (it may stay read-only for a reason of its own: a read-only file, a
    // newer version's records); when it failed, it stays read-only, its reason saying it is damaged. Every copy of
    // this handle shares it; nothing happens when it is checked already. Call it while no other thread uses the
    // catalogue. An error when the database could not be opened again (it stays read-only then).
    [[nodiscard]] Orm::Status finishCheck(const Orm::Status &pages);

    // Runs the pending migrations: creates a new catalogue, or brings an existing one up to date (a file made by
    // the seed's Node.js code is adopted as it is). A SQLite file that already has tables is copied first.
    [[nodiscard]] Orm::Result<Orm::MigrationReport> init();
    // The migrator of this catalogue's migrations, for `catalogue migrate`.
    Orm::Migrator migrator() const;
    [[nodiscard]] Orm::Result<Summary> summary() const;

    // A stored book that breaks a rule of the domain (a file made elsewhere may hold such rows).
    struct Problem
    {
        QVariant id;
        QList<Orm::ValidationItem> items;
    };
    // Every stored book checked against the rules; nothing is changed.
    [[nodiscard]] Orm::Result<QList<Problem>> problems() const;

    Orm::Database database() const { return m_database; }
    Orm::Model livres() const { return m_livres; }

    // The related tables (Auteurs, LivresAuteurs, MouvementsStock) and the associations Livre.Auteurs,
    // Auteur.Livres, Livre.Mouvements, MouvementStock.Livre: present once the catalogue is migrated. A file made
    // by the seed's code, or an older catalogue opened without migrating, has only Livres: then these models are
    // invalid and the functions below say the catalogue must be migrated.
    bool hasRelatedTables() const { return m_mouvements.isValid(); }
    Orm::Model auteurs() const { return m_auteurs; }
    Orm::Model contributions() const { return m_contributions; }
    Orm::Model mouvements() const { return m_mouvements; }
    // The books' identifiers (catalogue/identifiants.h): valid once the catalogue is migrated that far.
    bool hasIdentifiers() const { return m_identifiants.isValid(); }
    Orm::Model identifiants() const { return m_identifiants; }

    // A book's contributors in order.
    [[nodiscard]] Orm::Result<QList<Contributor>> contributors(const QVariant &livreId) const;
    // Makes contributors exactly the book's, in that order (people are found by name, or created), and sets
    // Livres.Auteur to the names of the authors among them, unless its text already lists exactly them. With
    // expected (what the person began editing from), an OptimisticLock error on the field contributorsField when
    // the book's contributors are no longer those, checked under the book's lock: nothing is then written.
    [[nodiscard]] Orm::Status setContributors(const QVariant &livreId, const QList<Contributor> &contributors,
                                              const std::optional<QList<Contributor>> &expected = std::nullopt) const;
    // The name of a book's contributors in an OptimisticLock error's fields (they are not a column of Livres).
    static inline const QString contributorsField = QStringLiteral("contributors");

    // Records a stock movement of a book and applies it to Livres.Quantite (and Ventes, the copies sold, for sales
    // and returns) in one transaction. quantity is a number of copies: positive, except for an adjustment, which
    // is the signed change. A sale of more copies than in stock, or a return of more than were sold, is a
    // Validation error on Quantite (Ventes), and nothing changes. Opening balances are the catalogue's own: it
    // records one for a book that arrives with copies.
    [[nodiscard]] Orm::Result<Orm::Instance> recordMovement(const QVariant &livreId, Movement kind, qint64 quantity,
                                                            const QString &note = {}, const QDateTime &date = {}) const;
    // The same, exactly once across attempts: when an attempt fails with a Connection error after its COMMIT was
    // sent (the server may have committed it and the reply been lost), movement.unconfirmedId is set; the next
    // attempt, once the connection is back, locks the book's row first (so that it waits for the lost attempt's
    // transaction if the server still holds it open), then looks for that movement: found (the same book, kind,
    // quantity, note and date), it is returned and nothing is recorded again; not found, the lost attempt was
    // rolled back and the movement is recorded now. unconfirmedId is cleared once the outcome is known.
    [[nodiscard]] Orm::Result<Orm::Instance> recordMovement(PendingMovement &movement) const;
    // What removeBook() does with a book's stock movements.
    enum class History { Refuse, Delete };
    // Deletes a book and its contributions. With History::Refuse a book with stock movements is not deleted (a
    // ForeignKeyConstraint error saying how many it has); History::Delete deletes them with it.
    [[nodiscard]] Orm::Status removeBook(const QVariant &livreId, History history = History::Refuse) const;

    // Covers (see catalogue/covers.h). storeCover() checks that bytes are an image within the limits (decoding it
    // whole), stores it once under its SHA-256 and returns the reference to put in a cover column; a Validation
    // error says why an image is refused. coverData() returns the image's bytes for what a cover column holds: a
    // stored image, or a local file (a path relative to the catalogue's folder, an absolute path, a file: URL);
    // web addresses are never fetched. An EmptyResult error says why there is no image.
    bool hasCovers() const { return m_covers.isValid(); }
    Orm::Result<QString> storeCover(const QByteArray &bytes) const;
    Orm::Result<QByteArray> coverData(const QString &reference) const;
    // The folder of a SQLite catalogue's file; empty for a server.
    QString folder() const;
    // The URL it was opened from, as given (a password included): to open it again elsewhere (a copy).
    QString url() const { return m_url; }

    // The values a new book starts with: the title, and what the seed's NOT NULL columns need (this year, one
    // page, no copies, no sales, no covers).
    static QVariantMap newBookValues(const QString &title);
    // Changes a book's values through the ORM (validation, hooks) in one transaction. When expected is given,
    // each of its attributes must still hold that value (what the user started from); otherwise nothing is
    // written and the error is an OptimisticLock naming the fields someone else changed. Returns the saved book.
    Orm::Result<Orm::Instance> updateBook(const QVariant &livreId, const QVariantMap &changes,
                                          const QVariantMap &expected = {}) const;
    // The distinct genres of the books, sorted, without empty ones.
    Orm::Result<QStringList> genres() const;
    // The distinct publishers (Edition) of the books, sorted, without empty ones.
    Orm::Result<QStringList> publishers() const;
    // The names of the people in the catalogue, sorted (for completion).
    Orm::Result<QStringList> peopleNames() const;
    // A book's stock movements, newest first.
    Orm::Result<QList<Orm::Instance>> movements(const QVariant &livreId) const;
    // How many stock movements these books have.
    Orm::Result<qint64> movementCount(const QVariantList &livreIds) const;
    // What removeBook() would delete of a book, and the book brought back from it (its ID, values, contributors
    // and stock history) in one transaction; an error when a book with that ID exists.
    Orm::Result<BookRecord> bookRecord(const QVariant &livreId) const;
    Orm::Result<Orm::Instance> restoreBook(const BookRecord &record) const;

private:
    // Defines the model of stored covers when its table exists.
    Orm::Status setUpCovers();
    // Defines the model of identifiers when its table exists.
    Orm::Status setUpIdentifiers();
    // Defines the related models and their hooks once the tables exist.
    [[nodiscard]] Orm::Status setUpRelations();
    // How an existing database may be opened, decided on a read-only connection (an error when it may not be), and
    // whether its pages were checked (with Verify::Later, not when it holds books).
    struct Checked : Orm::OpenOptions
    {
        bool pagesChecked = true;
    };
    static Orm::Result<Checked> check(const QString &url, Missing missing, Verify verify);

    // The migrations of open() with Pending::ReadOnly: those pending on a writable catalogue that has Livres.
    static Orm::Result<QStringList> pendingAt(const QString &url);

    QString m_url; // as given to open(), password included, for reopen()
    bool m_untilMigrated = false;
    Orm::Database m_database;
    Orm::Model m_livres;
    Orm::Model m_auteurs;
    Orm::Model m_contributions;
    Orm::Model m_mouvements;
    Orm::Model m_covers;
    Orm::Model m_identifiants;
    // With Verify::Later, how the database opens once its pages are checked (shared by the handle's copies).
    std::shared_ptr<std::optional<Orm::OpenOptions>> m_pending = std::make_shared<std::optional<Orm::OpenOptions>>();
};

} // namespace Catalogue
