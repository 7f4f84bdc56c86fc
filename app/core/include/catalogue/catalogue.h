#pragma once

#include <catalogue/contributeurs.h>
#include <catalogue/stock.h>
#include <orm/database.h>
#include <orm/migrator.h>
#include <orm/model.h>

#include <QCoreApplication>
#include <QString>

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

// A book catalogue: a database with the Livres table, opened from a URL. What the window and the command line
// both use. A cheap handle.
class Catalogue
{
    Q_DECLARE_TR_FUNCTIONS(Catalogue)

public:
    // The embedded catalogue: catalogue.db in the user's data directory (created on first use).
    static QString defaultUrl();

    enum class Missing { Refuse, Create, CreateUnmigrated };
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
    static Orm::Result<Catalogue> open(const QString &url, Missing missing);
    // The embedded catalogue, created (with its directory) on first use.
    static Orm::Result<Catalogue> openDefault();

    // Runs the pending migrations: creates a new catalogue, or brings an existing one up to date (a file made by
    // the seed's Node.js code is adopted as it is). A SQLite file that already has tables is copied first.
    Orm::Result<Orm::MigrationReport> init();
    // The migrator of this catalogue's migrations, for `catalogue migrate`.
    Orm::Migrator migrator() const;
    Orm::Result<Summary> summary() const;

    // A stored book that breaks a rule of the domain (a file made elsewhere may hold such rows).
    struct Problem
    {
        QVariant id;
        QList<Orm::ValidationItem> items;
    };
    // Every stored book checked against the rules; nothing is changed.
    Orm::Result<QList<Problem>> problems() const;

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

    // A book's contributors in order.
    Orm::Result<QList<Contributor>> contributors(const QVariant &livreId) const;
    // Makes contributors exactly the book's, in that order (people are found by name, or created), and sets
    // Livres.Auteur to the names of the authors among them, unless its text already lists exactly them.
    Orm::Status setContributors(const QVariant &livreId, const QList<Contributor> &contributors) const;

    // Records a stock movement of a book and applies it to Livres.Quantite (and Ventes, the copies sold, for sales
    // and returns) in one transaction. quantity is a number of copies: positive, except for an adjustment, which
    // is the signed change. A sale of more copies than in stock, or a return of more than were sold, is a
    // Validation error on Quantite (Ventes), and nothing changes. Opening balances are the catalogue's own: it
    // records one for a book that arrives with copies.
    Orm::Result<Orm::Instance> recordMovement(const QVariant &livreId, Movement kind, qint64 quantity,
                                              const QString &note = {}, const QDateTime &date = {}) const;
    // What removeBook() does with a book's stock movements.
    enum class History { Refuse, Delete };
    // Deletes a book and its contributions. With History::Refuse a book with stock movements is not deleted (a
    // ForeignKeyConstraint error saying how many it has); History::Delete deletes them with it.
    Orm::Status removeBook(const QVariant &livreId, History history = History::Refuse) const;

private:
    // Defines the related models and their hooks once the tables exist.
    Orm::Status setUpRelations();
    // How an existing database may be opened, decided on a read-only connection; an error when it may not be.
    static Orm::Result<Orm::OpenOptions> check(const QString &url, Missing missing);

    Orm::Database m_database;
    Orm::Model m_livres;
    Orm::Model m_auteurs;
    Orm::Model m_contributions;
    Orm::Model m_mouvements;
};

} // namespace Catalogue
