#include "statements_p.h"

#include <catalogue/migrations.h>

namespace Catalogue::Migrations {

using namespace Qt::StringLiterals;

namespace {

// What the best sellers' lists (catalogue/statistics.h) need to look at only a few books and authors instead of
// every sale of a range: for each book, and for each author in each year, how many copies could at most have sold.
// - VentesLivres: per book, the copies of all its sales and returns whose Quantite is negative (copies going out),
//   whatever their date: exact, kept by triggers on MouvementsStock. The copies sold of a book in any range (sales
//   less returns) are never more than that.
// - VentesAuteurs: per UTC year of the movements and per author as the best sellers name them (a contributor with
//   the author role, by Nom; or the Auteur text of a book without one), at least the copies gone out of their
//   books in that year: every copy going out is added to the names of its book, and a book's copies of each year
//   are added to a name it gains (a new contribution, a contributor renamed, a book's Auteur text changed or its
//   last author contribution removed). It is never taken off (a name that loses a book, a movement deleted), so
//   it stays an upper bound, never an exact figure.
// The lists read the books (or each year's authors) from the highest bound down, working out the exact figures of
// each one met, until nothing unread can reach the list's last line.
// Everything below is frozen: the statements as written here are the migration (tests/catalogue/tst_migrator.cpp).

const QString outgoing = uR"(%1."Type" IN ('vente', 'retour') AND %1."Quantite" < 0)"_s;

// The UTC year of a movement's Date (SQLite keeps "YYYY-MM-DD HH:MM:SS.SSS +00:00" in UTC).
QString yearOf(bool sqlite, const QString &date)
{
    return sqlite ? uR"(CAST(substr(%1, 1, 4) AS INTEGER))"_s.arg(date)
                  : uR"(CAST(EXTRACT(YEAR FROM %1 AT TIME ZONE 'UTC') AS INTEGER))"_s.arg(date);
}

QString bookAdd(const QString &row)
{
    return uR"(INSERT INTO "VentesLivres" ("LivreId", "Exemplaires") VALUES (%1."LivreId", -%1."Quantite") ON )"_s
           uR"(CONFLICT ("LivreId") DO UPDATE SET "Exemplaires" = "VentesLivres"."Exemplaires" + )"_s
           uR"(excluded."Exemplaires";)"_s.arg(row);
}

QString bookTakeOff(const QString &row)
{
    return uR"(UPDATE "VentesLivres" SET "Exemplaires" = "Exemplaires" + %1."Quantite" WHERE "LivreId" = )"_s
           uR"(%1."LivreId";)"_s.arg(row);
}

const QString addToName = uR"( ON CONFLICT ("Annee", "Nom") DO UPDATE SET "Exemplaires" = )"_s
                          uR"("VentesAuteurs"."Exemplaires" + excluded."Exemplaires";)"_s;

const QString noAuthor = uR"(NOT EXISTS (SELECT 1 FROM "LivresAuteurs" AS c WHERE c."LivreId" = l."ID" AND )"_s
                         uR"(c."Role" = 'auteur'))"_s;

// The movements m going out.
const QString goingOut = uR"(m."Type" IN ('vente', 'retour') AND m."Quantite" < 0)"_s;

// A movement's copies added to the names of its book, in its year.
QString namesAdd(bool sqlite, const QString &row)
{
    const QString year = yearOf(sqlite, row + u".\"Date\""_s);
    return uR"(INSERT INTO "VentesAuteurs" ("Annee", "Nom", "Exemplaires") SELECT %2, a."Nom", -%1."Quantite" )"_s
           uR"(FROM "LivresAuteurs" AS c JOIN "Auteurs" AS a ON a."id" = c."AuteurId" WHERE c."LivreId" = )"_s
           uR"(%1."LivreId" AND c."Role" = 'auteur')"_s.arg(row, year)
            + addToName
            + uR"( INSERT INTO "VentesAuteurs" ("Annee", "Nom", "Exemplaires") SELECT %2, l."Auteur", )"_s
              uR"(-%1."Quantite" FROM "Livres" AS l WHERE l."ID" = %1."LivreId" AND l."Auteur" <> '' AND )"_s.arg(row,
                                                                                                                  year)
            + noAuthor + addToName;
}

// A book's copies gone out of each year added to its Auteur text when it has no author contribution (`book` is
// its ID).
QString textAdd(bool sqlite, const QString &book, const QString &condition)
{
    const QString year = yearOf(sqlite, uR"(m."Date")"_s);
    return uR"(INSERT INTO "VentesAuteurs" ("Annee", "Nom", "Exemplaires") SELECT %3, l."Auteur", )"_s
           uR"(-SUM(m."Quantite") FROM "Livres" AS l JOIN "MouvementsStock" AS m ON m."LivreId" = l."ID" WHERE )"_s
           uR"(l."ID" = %1 AND l."Auteur" <> '' AND %4%2 AND )"_s.arg(book, condition, year, goingOut)
            + noAuthor + uR"( GROUP BY %1, l."Auteur")"_s.arg(year) + addToName;
}

// A contribution's book's copies gone out of each year added to its person's name.
QString personAdd(bool sqlite, const QString &condition)
{
    const QString year = yearOf(sqlite, uR"(m."Date")"_s);
    return uR"(INSERT INTO "VentesAuteurs" ("Annee", "Nom", "Exemplaires") SELECT %2, a."Nom", -SUM(m."Quantite") )"_s
           uR"(FROM "Auteurs" AS a JOIN "MouvementsStock" AS m ON m."LivreId" = NEW."LivreId" WHERE a."id" = )"_s
           uR"(NEW."AuteurId" AND %3%1 GROUP BY %2, a."Nom")"_s.arg(condition, year, goingOut)
            + addToName;
}

// A person renamed: all their books' copies of each year added to the new name.
QString renamed(bool sqlite)
{
    const QString year = yearOf(sqlite, uR"(m."Date")"_s);
    return uR"(INSERT INTO "VentesAuteurs" ("Annee", "Nom", "Exemplaires") SELECT %1, NEW."Nom", )"_s
           uR"(-SUM(m."Quantite") FROM "LivresAuteurs" AS c JOIN "MouvementsStock" AS m ON m."LivreId" = )"_s
           uR"(c."LivreId" WHERE c."AuteurId" = NEW."id" AND c."Role" = 'auteur' AND %2 GROUP BY %1)"_s.arg(year,
                                                                                                            goingOut)
            + addToName;
}

QStringList tables(bool sqlite)
{
    return {uR"(CREATE TABLE "VentesLivres" ("LivreId" INTEGER NOT NULL PRIMARY KEY, "Exemplaires" BIGINT NOT NULL))"_s,
            uR"(CREATE INDEX "ventes_livres_exemplaires" ON "VentesLivres" ("Exemplaires", "LivreId"))"_s,
            uR"(CREATE TABLE "VentesAuteurs" ("Annee" INTEGER NOT NULL, "Nom" VARCHAR(255) NOT NULL, "Exemplaires" )"_s
            uR"(BIGINT NOT NULL, PRIMARY KEY ("Annee", "Nom")))"_s
                    + (sqlite ? u" WITHOUT ROWID"_s : QString()),
            uR"(CREATE INDEX "ventes_auteurs_exemplaires" ON "VentesAuteurs" ("Annee", "Exemplaires", "Nom"))"_s};
}

// The movements and contributions already recorded, summed once.
QStringList fill(bool sqlite)
{
    const QString year = yearOf(sqlite, uR"(m."Date")"_s);
    return {
            uR"(INSERT INTO "VentesLivres" ("LivreId", "Exemplaires") SELECT "LivreId", -SUM("Quantite") FROM )"_s
            uR"("MouvementsStock" WHERE "Type" IN ('vente', 'retour') AND "Quantite" < 0 GROUP BY "LivreId")"_s,
            uR"(INSERT INTO "VentesAuteurs" ("Annee", "Nom", "Exemplaires") SELECT %1, a."Nom", -SUM(m."Quantite") )"_s
            uR"(FROM "MouvementsStock" AS m JOIN "LivresAuteurs" AS c ON c."LivreId" = m."LivreId" JOIN "Auteurs" )"_s
            uR"(AS a ON a."id" = c."AuteurId" WHERE c."Role" = 'auteur' AND %2 GROUP BY %1, a."Nom")"_s.arg(year,
                                                                                                            goingOut),
            uR"(INSERT INTO "VentesAuteurs" ("Annee", "Nom", "Exemplaires") SELECT %1, l."Auteur", )"_s
            uR"(-SUM(m."Quantite") FROM "MouvementsStock" AS m JOIN "Livres" AS l ON l."ID" = m."LivreId" WHERE )"_s
            uR"(l."Auteur" <> '' AND %2 AND )"_s.arg(year, goingOut)
                    + noAuthor + uR"( GROUP BY %1, l."Auteur")"_s.arg(year) + addToName.chopped(1),
    };
}

QStringList sqliteTriggers()
{
    return {
            uR"(CREATE TRIGGER "ventes_bornes_insert" AFTER INSERT ON "MouvementsStock" WHEN %1 BEGIN %2 %3 END)"_s.arg(
                    outgoing.arg(u"NEW"_s), bookAdd(u"NEW"_s), namesAdd(true, u"NEW"_s)),
            uR"(CREATE TRIGGER "ventes_bornes_delete" AFTER DELETE ON "MouvementsStock" WHEN %1 BEGIN %2 END)"_s.arg(
                    outgoing.arg(u"OLD"_s), bookTakeOff(u"OLD"_s)),
            uR"(CREATE TRIGGER "ventes_bornes_update_old" AFTER UPDATE OF "LivreId", "Date", "Quantite", "Type" ON )"_s
            uR"("MouvementsStock" WHEN %1 BEGIN %2 END)"_s.arg(outgoing.arg(u"OLD"_s), bookTakeOff(u"OLD"_s)),
            uR"(CREATE TRIGGER "ventes_bornes_update_new" AFTER UPDATE OF "LivreId", "Date", "Quantite", "Type" ON )"_s
            uR"("MouvementsStock" WHEN %1 BEGIN %2 %3 END)"_s.arg(outgoing.arg(u"NEW"_s), bookAdd(u"NEW"_s),
                                                                  namesAdd(true, u"NEW"_s)),
            uR"(CREATE TRIGGER "ventes_bornes_contribution_insert" AFTER INSERT ON "LivresAuteurs" WHEN )"_s
            uR"(NEW."Role" = 'auteur' BEGIN %1 END)"_s.arg(personAdd(true, QString())),
            uR"(CREATE TRIGGER "ventes_bornes_contribution_update" AFTER UPDATE OF "LivreId", "AuteurId", "Role" ON )"_s
            uR"("LivresAuteurs" BEGIN %1 %2 END)"_s.arg(
                    personAdd(true, uR"( AND NEW."Role" = 'auteur')"_s),
                    textAdd(true, uR"(OLD."LivreId")"_s, uR"( AND OLD."Role" = 'auteur')"_s)),
            uR"(CREATE TRIGGER "ventes_bornes_contribution_delete" AFTER DELETE ON "LivresAuteurs" WHEN )"_s
            uR"(OLD."Role" = 'auteur' BEGIN %1 END)"_s.arg(textAdd(true, uR"(OLD."LivreId")"_s, QString())),
            uR"(CREATE TRIGGER "ventes_bornes_auteur" AFTER UPDATE OF "Nom" ON "Auteurs" WHEN NEW."Nom" IS NOT )"_s
            uR"(OLD."Nom" BEGIN %1 END)"_s.arg(renamed(true)),
            uR"(CREATE TRIGGER "ventes_bornes_livre" AFTER UPDATE OF "Auteur" ON "Livres" WHEN NEW."Auteur" IS NOT )"_s
            uR"(OLD."Auteur" BEGIN %1 END)"_s.arg(textAdd(true, uR"(NEW."ID")"_s, QString())),
    };
}

QStringList postgresTriggers()
{
    // SECURITY DEFINER: a clerk may insert a movement (catalogue/users.h) but not write these tables.
    const QString function = uR"(CREATE FUNCTION "%1"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET )"_s
                             uR"(search_path FROM CURRENT AS $bornes$ BEGIN %2 RETURN NULL; END $bornes$)"_s;
    return {
            function.arg(u"ventes_bornes_mouvements"_s,
                         uR"(IF TG_OP IN ('DELETE', 'UPDATE') AND %1 THEN %2 END IF; IF TG_OP IN ('INSERT', )"_s
                         uR"('UPDATE') AND %3 THEN %4 %5 END IF;)"_s.arg(outgoing.arg(u"OLD"_s), bookTakeOff(u"OLD"_s),
                                                                         outgoing.arg(u"NEW"_s), bookAdd(u"NEW"_s),
                                                                         namesAdd(false, u"NEW"_s))),
            uR"(CREATE TRIGGER "ventes_bornes_mouvements" AFTER INSERT OR DELETE OR UPDATE OF "LivreId", )"_s
            uR"("Date", "Quantite", "Type" ON "MouvementsStock" FOR EACH ROW EXECUTE FUNCTION )"_s
            uR"("ventes_bornes_mouvements"())"_s,
            function.arg(u"ventes_bornes_vides"_s, uR"(TRUNCATE "VentesLivres", "VentesAuteurs";)"_s),
            uR"(CREATE TRIGGER "ventes_bornes_vides" AFTER TRUNCATE ON "MouvementsStock" FOR EACH STATEMENT )"_s
            uR"(EXECUTE FUNCTION "ventes_bornes_vides"())"_s,
            function.arg(u"ventes_bornes_contributions"_s,
                         uR"(IF TG_OP IN ('INSERT', 'UPDATE') THEN %1 END IF; IF TG_OP IN ('DELETE', 'UPDATE') )"_s
                         uR"(THEN %2 END IF;)"_s.arg(
                                 personAdd(false, uR"( AND NEW."Role" = 'auteur')"_s),
                                 textAdd(false, uR"(OLD."LivreId")"_s, uR"( AND OLD."Role" = 'auteur')"_s))),
            uR"(CREATE TRIGGER "ventes_bornes_contributions" AFTER INSERT OR DELETE OR UPDATE OF "LivreId", )"_s
            uR"("AuteurId", "Role" ON "LivresAuteurs" FOR EACH ROW EXECUTE FUNCTION )"_s
            uR"("ventes_bornes_contributions"())"_s,
            function.arg(u"ventes_bornes_auteurs"_s,
                         uR"(IF NEW."Nom" IS DISTINCT FROM OLD."Nom" THEN %1 END IF;)"_s.arg(renamed(false))),
            uR"(CREATE TRIGGER "ventes_bornes_auteurs" AFTER UPDATE OF "Nom" ON "Auteurs" FOR EACH ROW EXECUTE )"_s
            uR"(FUNCTION "ventes_bornes_auteurs"())"_s,
            function.arg(u"ventes_bornes_livres"_s,
                         uR"(IF NEW."Auteur" IS DISTINCT FROM OLD."Auteur" THEN %1 END IF;)"_s.arg(
                                 textAdd(false, uR"(NEW."ID")"_s, QString()))),
            uR"(CREATE TRIGGER "ventes_bornes_livres" AFTER UPDATE OF "Auteur" ON "Livres" FOR EACH ROW EXECUTE )"_s
            uR"(FUNCTION "ventes_bornes_livres"())"_s,
    };
}

QStringList dropStatements(bool sqlite)
{
    QStringList statements;
    if (sqlite) {
        for (const QString &t : {u"ventes_bornes_insert"_s, u"ventes_bornes_delete"_s, u"ventes_bornes_update_old"_s,
                                 u"ventes_bornes_update_new"_s, u"ventes_bornes_contribution_insert"_s,
                                 u"ventes_bornes_contribution_update"_s, u"ventes_bornes_contribution_delete"_s,
                                 u"ventes_bornes_auteur"_s, u"ventes_bornes_livre"_s})
            statements << uR"(DROP TRIGGER IF EXISTS "%1")"_s.arg(t);
    } else {
        statements << uR"(DROP TRIGGER IF EXISTS "ventes_bornes_mouvements" ON "MouvementsStock")"_s
                   << uR"(DROP TRIGGER IF EXISTS "ventes_bornes_vides" ON "MouvementsStock")"_s
                   << uR"(DROP TRIGGER IF EXISTS "ventes_bornes_contributions" ON "LivresAuteurs")"_s
                   << uR"(DROP TRIGGER IF EXISTS "ventes_bornes_auteurs" ON "Auteurs")"_s
                   << uR"(DROP TRIGGER IF EXISTS "ventes_bornes_livres" ON "Livres")"_s;
        for (const QString &f :
             {u"ventes_bornes_mouvements"_s, u"ventes_bornes_vides"_s, u"ventes_bornes_contributions"_s,
              u"ventes_bornes_auteurs"_s, u"ventes_bornes_livres"_s})
            statements << uR"(DROP FUNCTION IF EXISTS "%1"())"_s.arg(f);
    }
    statements << uR"(DROP TABLE IF EXISTS "VentesAuteurs")"_s << uR"(DROP TABLE IF EXISTS "VentesLivres")"_s;
    return statements;
}

} // namespace

// The best sellers' bounds (above), filled from the movements and contributions already recorded. Down removes
// them, which is all that up added.
Orm::Migration bestSellersBounds()
{
    return {
            u"20240408000000-best-sellers-bounds"_s,
            [](Orm::Schema &schema) -> Orm::Status {
                const bool sqlite = isSqlite(schema);
                return run(schema, tables(sqlite) + fill(sqlite) + (sqlite ? sqliteTriggers() : postgresTriggers()));
            },
            [](Orm::Schema &schema) -> Orm::Status { return run(schema, dropStatements(isSqlite(schema))); },
    };
}

} // namespace Catalogue::Migrations
