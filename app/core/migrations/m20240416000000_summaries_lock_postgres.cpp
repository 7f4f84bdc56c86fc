#include "statements_p.h"

#include <catalogue/migrations.h>

namespace Catalogue::Migrations {

using namespace Qt::StringLiterals;

namespace {

// PostgreSQL only: the writes that the statistics' summaries follow take one lock, in one order, so that they
// never deadlock. The summaries' triggers (20240401000000 to 20240415000000) update a few shared lines (a day and
// a genre, a name and a year...) and hold them to the commit. A sale is a movement's INSERT, then its book's stock
// UPDATE; the triggers of the one and the other reach the same lines in different orders, so two sales, or a sale
// and a return of the same genre on the same day, waited for each other until the server broke the tie a second
// later (deadlock_timeout): 16 clerks made 117 operations in 30 s instead of 5,000 (bench/README.md).
// - Before a row is written in a way that reaches those shared lines (a sale or a return of MouvementsStock, a
//   book added, changed or deleted, a contribution, an author's name), the transaction takes the catalogue's
//   advisory lock (held to its end), after the book's row: a sale first locks its book (FOR NO KEY UPDATE, as the
//   stock's UPDATE would), and an UPDATE of Livres has locked its row before its row triggers fire. Book, then the
//   lock: a transaction that already holds a book (a price saved against the one read) and one that holds the
//   lock then waits for that book no longer wait for each other. A new book takes the lock before its stock's
//   line, which a sale of the same genre and publisher reaches last.
// - A movement other than a sale or a return takes no lock: its triggers reach no shared line, and the stock's
//   UPDATE that follows it takes the lock.
// - An import is one transaction: on PostgreSQL, sales wait for it to end (bench/README.md).
// - SQLite has one writer at a time: nothing to do.
// The lock's key is the catalogue's own number (its two halves: 1,129,595,727 is "CATA" in ASCII, 1 the
// summaries), so that another program's advisory locks in the same database do not meet it.
// Everything below is frozen: the statements as written here are the migration (tests/catalogue/tst_migrator.cpp).

const QString lock = uR"(PERFORM pg_advisory_xact_lock(1129595727, 1);)"_s;

QStringList upStatements()
{
    // SECURITY DEFINER: a clerk may insert a movement and change a book's stock (catalogue/users.h); locking the
    // book's row asks for the right to update it.
    const QString function = uR"(CREATE FUNCTION "%1"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET )"_s
                             uR"(search_path FROM CURRENT AS $verrou$ BEGIN %2 END $verrou$)"_s;
    return {
            function.arg(
                    u"resumes_verrou_mouvements"_s,
                    uR"(IF TG_OP = 'DELETE' THEN IF OLD."Type" IN ('vente', 'retour') THEN PERFORM 1 FROM "Livres" )"_s
                    uR"(WHERE "ID" = OLD."LivreId" FOR NO KEY UPDATE; %1 END IF; RETURN OLD; END IF; IF NEW."Type" )"_s
                    uR"(IN ('vente', 'retour') OR (TG_OP = 'UPDATE' AND OLD."Type" IN ('vente', 'retour')) THEN IF )"_s
                    uR"(TG_OP = 'UPDATE' AND OLD."LivreId" < NEW."LivreId" THEN PERFORM 1 FROM "Livres" WHERE "ID" = )"_s
                    uR"(OLD."LivreId" FOR NO KEY UPDATE; END IF; PERFORM 1 FROM "Livres" WHERE "ID" = NEW."LivreId" )"_s
                    uR"(FOR NO KEY UPDATE; IF TG_OP = 'UPDATE' AND OLD."LivreId" > NEW."LivreId" THEN PERFORM 1 FROM )"_s
                    uR"("Livres" WHERE "ID" = OLD."LivreId" FOR NO KEY UPDATE; END IF; %1 END IF; RETURN NEW;)"_s.arg(
                            lock)),
            uR"(CREATE TRIGGER "resumes_verrou" BEFORE INSERT OR DELETE OR UPDATE OF "LivreId", "Date", "Quantite", )"_s
            uR"("Type" ON "MouvementsStock" FOR EACH ROW EXECUTE FUNCTION "resumes_verrou_mouvements"())"_s,
            function.arg(u"resumes_verrou"_s,
                         uR"(%1 IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW;)"_s.arg(lock)),
            uR"(CREATE TRIGGER "resumes_verrou" BEFORE INSERT OR DELETE OR UPDATE OF "ID", "Quantite", "Prix", )"_s
            uR"("Genre", "Edition", "Auteur" ON "Livres" FOR EACH ROW EXECUTE FUNCTION "resumes_verrou"())"_s,
            uR"(CREATE TRIGGER "resumes_verrou" BEFORE INSERT OR DELETE OR UPDATE OF "LivreId", "AuteurId", "Role" )"_s
            uR"(ON "LivresAuteurs" FOR EACH ROW EXECUTE FUNCTION "resumes_verrou"())"_s,
            uR"(CREATE TRIGGER "resumes_verrou" BEFORE UPDATE OF "Nom" ON "Auteurs" FOR EACH ROW EXECUTE FUNCTION )"_s
            uR"("resumes_verrou"())"_s,
    };
}

QStringList downStatements()
{
    return {uR"(DROP TRIGGER IF EXISTS "resumes_verrou" ON "Auteurs")"_s,
            uR"(DROP TRIGGER IF EXISTS "resumes_verrou" ON "LivresAuteurs")"_s,
            uR"(DROP TRIGGER IF EXISTS "resumes_verrou" ON "Livres")"_s,
            uR"(DROP TRIGGER IF EXISTS "resumes_verrou" ON "MouvementsStock")"_s,
            uR"(DROP FUNCTION IF EXISTS "resumes_verrou"())"_s,
            uR"(DROP FUNCTION IF EXISTS "resumes_verrou_mouvements"())"_s};
}

} // namespace

Orm::Migration summariesLockPostgres()
{
    return {
            u"20240416000000-summaries-lock-postgres"_s,
            [](Orm::Schema &schema) -> Orm::Status {
                return isSqlite(schema) ? Orm::Status() : run(schema, upStatements());
            },
            [](Orm::Schema &schema) -> Orm::Status {
                return isSqlite(schema) ? Orm::Status() : run(schema, downStatements());
            },
    };
}

} // namespace Catalogue::Migrations
