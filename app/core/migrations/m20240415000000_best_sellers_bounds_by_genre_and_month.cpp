#include "statements_p.h"

#include <catalogue/migrations.h>

namespace Catalogue::Migrations {

using namespace Qt::StringLiterals;

namespace {

// The best authors of a genre over a range that is not whole years (catalogue/statistics.h) from bounds by genre
// and month. The names' bounds by genre of m20240410000000_best_sellers_bounds_by_genre.cpp are by year: for the
// window's default range, the last twelve months, a name's bound is its sales of the genre in two whole years,
// about twice what it sold in the range, and the list of a genre met about 560 names of a million books'
// catalogue before it could tell (334 ms).
// - VentesAuteursGenresMois: per UTC month of the movements (Mois, the year times 100 plus the month: 202407),
//   genre of the book (the empty text when it has none) and author as the best sellers name them (a contributor
//   with the author role, by Nom; or the Auteur text of a book without one), at least the copies gone out of their
//   books of that genre in that month. Kept as VentesAuteursGenres is: every copy going out is added to the names
//   of its book under its genre, and a book's copies of each month are added to a name it gains (a new
//   contribution, a contributor renamed, a book's Auteur text changed or its last author contribution removed)
//   and, when its genre changes, to each of its names under the new genre. Never taken off, so it stays an upper
//   bound.
// Everything below is frozen: the statements as written here are the migration (tests/catalogue/tst_migrator.cpp).

const QString outgoing = uR"(%1."Type" IN ('vente', 'retour') AND %1."Quantite" < 0)"_s;

// The UTC month of a movement's Date as YYYYMM (SQLite keeps "YYYY-MM-DD HH:MM:SS.SSS +00:00" in UTC).
QString monthOf(bool sqlite, const QString &date)
{
    return sqlite ? uR"(CAST(substr(%1, 1, 4) || substr(%1, 6, 2) AS INTEGER))"_s.arg(date)
                  : uR"(CAST(EXTRACT(YEAR FROM %1 AT TIME ZONE 'UTC') * 100 + EXTRACT(MONTH FROM %1 AT TIME ZONE )"_s
                    uR"('UTC') AS INTEGER))"_s.arg(date);
}

const QString genreOf = uR"(COALESCE(l."Genre", ''))"_s;

const QString addToName = uR"( ON CONFLICT ("Mois", "Genre", "Nom") DO UPDATE SET "Exemplaires" = )"_s
                          uR"("VentesAuteursGenresMois"."Exemplaires" + excluded."Exemplaires";)"_s;

const QString noAuthor = uR"(NOT EXISTS (SELECT 1 FROM "LivresAuteurs" AS c WHERE c."LivreId" = l."ID" AND )"_s
                         uR"(c."Role" = 'auteur'))"_s;

// The movements m going out.
const QString goingOut = uR"(m."Type" IN ('vente', 'retour') AND m."Quantite" < 0)"_s;

// A movement's copies added to the names of its book, in its month, under the book's genre.
QString namesAdd(bool sqlite, const QString &row)
{
    const QString month = monthOf(sqlite, row + u".\"Date\""_s);
    return uR"(INSERT INTO "VentesAuteursGenresMois" ("Mois", "Genre", "Nom", "Exemplaires") SELECT %2, %3, a."Nom", )"_s
           uR"(-%1."Quantite" FROM "Livres" AS l JOIN "LivresAuteurs" AS c ON c."LivreId" = l."ID" JOIN "Auteurs" )"_s
           uR"(AS a ON a."id" = c."AuteurId" WHERE l."ID" = %1."LivreId" AND c."Role" = 'auteur')"_s.arg(row, month,
                                                                                                         genreOf)
            + addToName
            + uR"( INSERT INTO "VentesAuteursGenresMois" ("Mois", "Genre", "Nom", "Exemplaires") SELECT %2, %3, )"_s
              uR"(l."Auteur", -%1."Quantite" FROM "Livres" AS l WHERE l."ID" = %1."LivreId" AND l."Auteur" <> '' )"_s
              uR"(AND )"_s.arg(row, month, genreOf)
            + noAuthor + addToName;
}

// A book's copies gone out of each month added to its Auteur text when it has no author contribution (`book` is
// its ID).
QString textAdd(bool sqlite, const QString &book, const QString &condition)
{
    const QString month = monthOf(sqlite, uR"(m."Date")"_s);
    return uR"(INSERT INTO "VentesAuteursGenresMois" ("Mois", "Genre", "Nom", "Exemplaires") SELECT %3, %5, )"_s
           uR"(l."Auteur", -SUM(m."Quantite") FROM "Livres" AS l JOIN "MouvementsStock" AS m ON m."LivreId" = )"_s
           uR"(l."ID" WHERE l."ID" = %1 AND l."Auteur" <> '' AND %4%2 AND )"_s.arg(book, condition, month, goingOut,
                                                                                   genreOf)
            + noAuthor + uR"( GROUP BY %1, %2, l."Auteur")"_s.arg(month, genreOf) + addToName;
}

// The copies gone out of each month of the books of the contributions `contributions` selects (alias c, author
// role) added to their persons' names, under each book's genre.
QString peopleAdd(bool sqlite, const QString &contributions)
{
    const QString month = monthOf(sqlite, uR"(m."Date")"_s);
    return uR"(INSERT INTO "VentesAuteursGenresMois" ("Mois", "Genre", "Nom", "Exemplaires") SELECT %2, %3, a."Nom", )"_s
           uR"(-SUM(m."Quantite") FROM "LivresAuteurs" AS c JOIN "Auteurs" AS a ON a."id" = c."AuteurId" JOIN )"_s
           uR"("Livres" AS l ON l."ID" = c."LivreId" JOIN "MouvementsStock" AS m ON m."LivreId" = c."LivreId" )"_s
           uR"(WHERE %1 AND c."Role" = 'auteur' AND %4 GROUP BY %2, %3, a."Nom")"_s.arg(contributions, month, genreOf,
                                                                                        goingOut)
            + addToName;
}

// The primary key (Genre, Mois, Nom) is what the lists read: a genre's range of months, summed by name.
QStringList tables(bool sqlite)
{
    return {uR"(CREATE TABLE "VentesAuteursGenresMois" ("Mois" INTEGER NOT NULL, "Genre" VARCHAR(255) NOT NULL, )"_s
            uR"("Nom" VARCHAR(255) NOT NULL, "Exemplaires" BIGINT NOT NULL, PRIMARY KEY ("Genre", "Mois", "Nom")))"_s
            + (sqlite ? u" WITHOUT ROWID"_s : QString())};
}

// The movements and contributions already recorded, summed once.
QStringList fill(bool sqlite)
{
    const QString month = monthOf(sqlite, uR"(m."Date")"_s);
    return {
            uR"(INSERT INTO "VentesAuteursGenresMois" ("Mois", "Genre", "Nom", "Exemplaires") SELECT %1, %3, a."Nom", )"_s
            uR"(-SUM(m."Quantite") FROM "MouvementsStock" AS m JOIN "Livres" AS l ON l."ID" = m."LivreId" JOIN )"_s
            uR"("LivresAuteurs" AS c ON c."LivreId" = m."LivreId" JOIN "Auteurs" AS a ON a."id" = c."AuteurId" )"_s
            uR"(WHERE c."Role" = 'auteur' AND %2 GROUP BY %1, %3, a."Nom")"_s.arg(month, goingOut, genreOf),
            uR"(INSERT INTO "VentesAuteursGenresMois" ("Mois", "Genre", "Nom", "Exemplaires") SELECT %1, %3, )"_s
            uR"(l."Auteur", -SUM(m."Quantite") FROM "MouvementsStock" AS m JOIN "Livres" AS l ON l."ID" = )"_s
            uR"(m."LivreId" WHERE l."Auteur" <> '' AND %2 AND )"_s.arg(month, goingOut, genreOf)
                    + noAuthor + uR"( GROUP BY %1, %2, l."Auteur")"_s.arg(month, genreOf) + addToName.chopped(1),
    };
}

// A book that never had copies going out (one being imported) has nothing to add to a contribution it gains.
const QString soldBefore = uR"( AND EXISTS (SELECT 1 FROM "VentesLivres" WHERE "LivreId" = NEW."LivreId"))"_s;

QStringList sqliteTriggers()
{
    const QString renamed = uR"(c."AuteurId" = NEW."id")"_s;
    const QString gained = uR"(c."LivreId" = NEW."LivreId" AND c."AuteurId" = NEW."AuteurId")"_s;
    const QString ofBook = uR"(c."LivreId" = NEW."ID")"_s;
    return {
            uR"(CREATE TRIGGER "ventes_bornes_genres_mois_insert" AFTER INSERT ON "MouvementsStock" WHEN %1 BEGIN %2 )"_s
            uR"(END)"_s.arg(outgoing.arg(u"NEW"_s), namesAdd(true, u"NEW"_s)),
            uR"(CREATE TRIGGER "ventes_bornes_genres_mois_update" AFTER UPDATE OF "LivreId", "Date", "Quantite", "Type" )"_s
            uR"(ON "MouvementsStock" WHEN %1 BEGIN %2 END)"_s.arg(outgoing.arg(u"NEW"_s), namesAdd(true, u"NEW"_s)),
            uR"(CREATE TRIGGER "ventes_bornes_genres_mois_contribution_insert" AFTER INSERT ON "LivresAuteurs" WHEN )"_s
            uR"(NEW."Role" = 'auteur'%1 BEGIN %2 END)"_s.arg(soldBefore, peopleAdd(true, gained)),
            uR"(CREATE TRIGGER "ventes_bornes_genres_mois_contribution_update" AFTER UPDATE OF "LivreId", "AuteurId", )"_s
            uR"("Role" ON "LivresAuteurs" BEGIN %1 %2 END)"_s.arg(
                    peopleAdd(true, gained + uR"( AND NEW."Role" = 'auteur')"_s),
                    textAdd(true, uR"(OLD."LivreId")"_s, uR"( AND OLD."Role" = 'auteur')"_s)),
            uR"(CREATE TRIGGER "ventes_bornes_genres_mois_contribution_delete" AFTER DELETE ON "LivresAuteurs" WHEN )"_s
            uR"(OLD."Role" = 'auteur' BEGIN %1 END)"_s.arg(textAdd(true, uR"(OLD."LivreId")"_s, QString())),
            uR"(CREATE TRIGGER "ventes_bornes_genres_mois_auteur" AFTER UPDATE OF "Nom" ON "Auteurs" WHEN NEW."Nom" IS )"_s
            uR"(NOT OLD."Nom" BEGIN %1 END)"_s.arg(peopleAdd(true, renamed)),
            uR"(CREATE TRIGGER "ventes_bornes_genres_mois_livre" AFTER UPDATE OF "Auteur" ON "Livres" WHEN NEW."Auteur" )"_s
            uR"(IS NOT OLD."Auteur" BEGIN %1 END)"_s.arg(textAdd(true, uR"(NEW."ID")"_s, QString())),
            uR"(CREATE TRIGGER "ventes_bornes_genres_mois_livre_genre" AFTER UPDATE OF "Genre" ON "Livres" WHEN )"_s
            uR"(NEW."Genre" IS NOT OLD."Genre" BEGIN %1 %2 END)"_s.arg(peopleAdd(true, ofBook),
                                                                       textAdd(true, uR"(NEW."ID")"_s, QString())),
    };
}

QStringList postgresTriggers()
{
    const QString renamed = uR"(c."AuteurId" = NEW."id")"_s;
    const QString gained = uR"(c."LivreId" = NEW."LivreId" AND c."AuteurId" = NEW."AuteurId")"_s;
    const QString ofBook = uR"(c."LivreId" = NEW."ID")"_s;
    // SECURITY DEFINER: a clerk may insert a movement (catalogue/users.h) but not write this table.
    const QString function = uR"(CREATE FUNCTION "%1"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET )"_s
                             uR"(search_path FROM CURRENT AS $bornes$ BEGIN %2 RETURN NULL; END $bornes$)"_s;
    return {
            function.arg(u"ventes_bornes_genres_mois_mouvements"_s,
                         uR"(IF %1 THEN %2 END IF;)"_s.arg(outgoing.arg(u"NEW"_s), namesAdd(false, u"NEW"_s))),
            uR"(CREATE TRIGGER "ventes_bornes_genres_mois_mouvements" AFTER INSERT OR UPDATE OF "LivreId", "Date", )"_s
            uR"("Quantite", "Type" ON "MouvementsStock" FOR EACH ROW EXECUTE FUNCTION )"_s
            uR"("ventes_bornes_genres_mois_mouvements"())"_s,
            function.arg(u"ventes_bornes_genres_mois_vides"_s, uR"(TRUNCATE "VentesAuteursGenresMois";)"_s),
            uR"(CREATE TRIGGER "ventes_bornes_genres_mois_vides" AFTER TRUNCATE ON "MouvementsStock" FOR EACH STATEMENT )"_s
            uR"(EXECUTE FUNCTION "ventes_bornes_genres_mois_vides"())"_s,
            function.arg(u"ventes_bornes_genres_mois_contributions"_s,
                         uR"(IF TG_OP IN ('INSERT', 'UPDATE') THEN %1 END IF; IF TG_OP IN ('DELETE', 'UPDATE') )"_s
                         uR"(THEN %2 END IF;)"_s.arg(
                                 peopleAdd(false, gained + uR"( AND NEW."Role" = 'auteur')"_s),
                                 textAdd(false, uR"(OLD."LivreId")"_s, uR"( AND OLD."Role" = 'auteur')"_s))),
            uR"(CREATE TRIGGER "ventes_bornes_genres_mois_contributions" AFTER INSERT OR DELETE OR UPDATE OF "LivreId", )"_s
            uR"("AuteurId", "Role" ON "LivresAuteurs" FOR EACH ROW EXECUTE FUNCTION )"_s
            uR"("ventes_bornes_genres_mois_contributions"())"_s,
            function.arg(
                    u"ventes_bornes_genres_mois_auteurs"_s,
                    uR"(IF NEW."Nom" IS DISTINCT FROM OLD."Nom" THEN %1 END IF;)"_s.arg(peopleAdd(false, renamed))),
            uR"(CREATE TRIGGER "ventes_bornes_genres_mois_auteurs" AFTER UPDATE OF "Nom" ON "Auteurs" FOR EACH ROW )"_s
            uR"(EXECUTE FUNCTION "ventes_bornes_genres_mois_auteurs"())"_s,
            function.arg(u"ventes_bornes_genres_mois_livres"_s,
                         uR"(IF NEW."Genre" IS DISTINCT FROM OLD."Genre" THEN %1 END IF; IF NEW."Genre" IS )"_s
                         uR"(DISTINCT FROM OLD."Genre" OR NEW."Auteur" IS DISTINCT FROM OLD."Auteur" THEN %2 END )"_s
                         uR"(IF;)"_s.arg(peopleAdd(false, ofBook), textAdd(false, uR"(NEW."ID")"_s, QString()))),
            uR"(CREATE TRIGGER "ventes_bornes_genres_mois_livres" AFTER UPDATE OF "Auteur", "Genre" ON "Livres" FOR )"_s
            uR"(EACH ROW EXECUTE FUNCTION "ventes_bornes_genres_mois_livres"())"_s,
    };
}

QStringList dropStatements(bool sqlite)
{
    QStringList statements;
    if (sqlite) {
        for (const QString &t :
             {u"ventes_bornes_genres_mois_insert"_s, u"ventes_bornes_genres_mois_update"_s,
              u"ventes_bornes_genres_mois_contribution_insert"_s, u"ventes_bornes_genres_mois_contribution_update"_s,
              u"ventes_bornes_genres_mois_contribution_delete"_s, u"ventes_bornes_genres_mois_auteur"_s,
              u"ventes_bornes_genres_mois_livre"_s, u"ventes_bornes_genres_mois_livre_genre"_s})
            statements << uR"(DROP TRIGGER IF EXISTS "%1")"_s.arg(t);
    } else {
        statements << uR"(DROP TRIGGER IF EXISTS "ventes_bornes_genres_mois_mouvements" ON "MouvementsStock")"_s
                   << uR"(DROP TRIGGER IF EXISTS "ventes_bornes_genres_mois_vides" ON "MouvementsStock")"_s
                   << uR"(DROP TRIGGER IF EXISTS "ventes_bornes_genres_mois_contributions" ON "LivresAuteurs")"_s
                   << uR"(DROP TRIGGER IF EXISTS "ventes_bornes_genres_mois_auteurs" ON "Auteurs")"_s
                   << uR"(DROP TRIGGER IF EXISTS "ventes_bornes_genres_mois_livres" ON "Livres")"_s;
        for (const QString &f : {u"ventes_bornes_genres_mois_mouvements"_s, u"ventes_bornes_genres_mois_vides"_s,
                                 u"ventes_bornes_genres_mois_contributions"_s, u"ventes_bornes_genres_mois_auteurs"_s,
                                 u"ventes_bornes_genres_mois_livres"_s})
            statements << uR"(DROP FUNCTION IF EXISTS "%1"())"_s.arg(f);
    }
    statements << uR"(DROP TABLE IF EXISTS "VentesAuteursGenresMois")"_s;
    return statements;
}

} // namespace

// The names' bounds by genre and month (above), filled from the movements and contributions already recorded. Down
// removes them, which is all that up added.
Orm::Migration bestSellersBoundsByGenreAndMonth()
{
    return {
            u"20240415000000-best-sellers-bounds-by-genre-and-month"_s,
            [](Orm::Schema &schema) -> Orm::Status {
                const bool sqlite = isSqlite(schema);
                return run(schema, tables(sqlite) + fill(sqlite) + (sqlite ? sqliteTriggers() : postgresTriggers()));
            },
            [](Orm::Schema &schema) -> Orm::Status { return run(schema, dropStatements(isSqlite(schema))); },
    };
}

} // namespace Catalogue::Migrations
