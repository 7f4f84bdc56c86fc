#include <catalogue/migrations.h>
#include <orm/database.h>
#include <orm/dialect.h>
#include <orm/schema.h>

namespace Catalogue::Migrations {

using namespace Qt::StringLiterals;

namespace {

// What the best sellers' lists (catalogue/statistics.h) need to look at only a few books and authors instead of
// every sale of a range: for each book and for each author, how many copies could at most have sold in any range.
// - VentesLivres: per book, the copies of all its sales and returns whose Quantite is negative (copies going out),
//   whatever their date: exact, kept by triggers on MouvementsStock. The copies sold of a book in any range (sales
//   less returns) are never more than that.
// - VentesAuteurs: per author as the best sellers name them (a contributor with the author role, by Nom; or the
//   Auteur text of a book without one), at least the sum of VentesLivres over their books: every copy going out
//   is added to the names of its book, and a book's whole sum is added to a name it gains (a new contribution, a
//   contributor renamed, a book's Auteur text changed or its last author contribution removed). It is never taken
//   off (a name that loses a book, a movement deleted), so it stays an upper bound, never an exact figure.
// The lists read the books (or authors) with the highest bounds, work out their exact figures, and then those of
// every other one whose bound reaches the last line's copies: nothing else can be in the list.
// Everything below is frozen: the statements as written here are the migration (tests/catalogue/tst_migrator.cpp).

const QString outgoing = uR"(%1."Type" IN ('vente', 'retour') AND %1."Quantite" < 0)"_s;

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

const QString addToName = uR"( ON CONFLICT ("Nom") DO UPDATE SET "Exemplaires" = "VentesAuteurs"."Exemplaires" + )"_s
                          uR"(excluded."Exemplaires";)"_s;

const QString noAuthor = uR"(NOT EXISTS (SELECT 1 FROM "LivresAuteurs" AS c WHERE c."LivreId" = l."ID" AND )"_s
                         uR"(c."Role" = 'auteur'))"_s;

// A movement's copies added to the names of its book.
QString namesAdd(const QString &row)
{
    return uR"(INSERT INTO "VentesAuteurs" ("Nom", "Exemplaires") SELECT a."Nom", -%1."Quantite" FROM )"_s
           uR"("LivresAuteurs" AS c JOIN "Auteurs" AS a ON a."id" = c."AuteurId" WHERE c."LivreId" = %1."LivreId" )"_s
           uR"(AND c."Role" = 'auteur')"_s.arg(row)
            + addToName
            + uR"( INSERT INTO "VentesAuteurs" ("Nom", "Exemplaires") SELECT l."Auteur", -%1."Quantite" FROM )"_s
              uR"("Livres" AS l WHERE l."ID" = %1."LivreId" AND l."Auteur" <> '' AND )"_s.arg(row)
            + noAuthor + addToName;
}

// A book's whole sum added to its Auteur text when it has no author contribution (`book` is its ID).
QString textAdd(const QString &book, const QString &condition)
{
    return uR"(INSERT INTO "VentesAuteurs" ("Nom", "Exemplaires") SELECT l."Auteur", v."Exemplaires" FROM )"_s
           uR"("Livres" AS l JOIN "VentesLivres" AS v ON v."LivreId" = l."ID" WHERE l."ID" = %1 AND )"_s
           uR"(l."Auteur" <> '' AND v."Exemplaires" > 0%2 AND )"_s.arg(book, condition)
            + noAuthor + addToName;
}

// A contribution's book's whole sum added to its person's name.
QString personAdd(const QString &condition)
{
    return uR"(INSERT INTO "VentesAuteurs" ("Nom", "Exemplaires") SELECT a."Nom", v."Exemplaires" FROM )"_s
           uR"("Auteurs" AS a JOIN "VentesLivres" AS v ON v."LivreId" = NEW."LivreId" WHERE a."id" = )"_s
           uR"(NEW."AuteurId" AND v."Exemplaires" > 0%1)"_s.arg(condition)
            + addToName;
}

// A person renamed: all their books' sums added to the new name.
const QString renamed =
        uR"(INSERT INTO "VentesAuteurs" ("Nom", "Exemplaires") SELECT NEW."Nom", SUM(v."Exemplaires") FROM )"_s
        uR"("LivresAuteurs" AS c JOIN "VentesLivres" AS v ON v."LivreId" = c."LivreId" WHERE c."AuteurId" = )"_s
        uR"(NEW."id" AND c."Role" = 'auteur' GROUP BY c."AuteurId")"_s
        + addToName;

QStringList tables(bool sqlite)
{
    return {uR"(CREATE TABLE "VentesLivres" ("LivreId" INTEGER NOT NULL PRIMARY KEY, "Exemplaires" BIGINT NOT NULL))"_s,
            uR"(CREATE INDEX "ventes_livres_exemplaires" ON "VentesLivres" ("Exemplaires", "LivreId"))"_s,
            uR"(CREATE TABLE "VentesAuteurs" ("Nom" VARCHAR(255) NOT NULL PRIMARY KEY, "Exemplaires" BIGINT NOT )"_s
            uR"(NULL))"_s
                    + (sqlite ? u" WITHOUT ROWID"_s : QString()),
            uR"(CREATE INDEX "ventes_auteurs_exemplaires" ON "VentesAuteurs" ("Exemplaires", "Nom"))"_s};
}

// The movements and contributions already recorded, summed once.
const QStringList fill = {
        uR"(INSERT INTO "VentesLivres" ("LivreId", "Exemplaires") SELECT "LivreId", -SUM("Quantite") FROM )"_s
        uR"("MouvementsStock" WHERE "Type" IN ('vente', 'retour') AND "Quantite" < 0 GROUP BY "LivreId")"_s,
        uR"(INSERT INTO "VentesAuteurs" ("Nom", "Exemplaires") SELECT a."Nom", SUM(v."Exemplaires") FROM )"_s
        uR"("VentesLivres" AS v JOIN "LivresAuteurs" AS c ON c."LivreId" = v."LivreId" JOIN "Auteurs" AS a ON )"_s
        uR"(a."id" = c."AuteurId" WHERE c."Role" = 'auteur' GROUP BY a."Nom")"_s,
        uR"(INSERT INTO "VentesAuteurs" ("Nom", "Exemplaires") SELECT l."Auteur", SUM(v."Exemplaires") FROM )"_s
        uR"("VentesLivres" AS v JOIN "Livres" AS l ON l."ID" = v."LivreId" WHERE l."Auteur" <> '' AND )"_s
                + noAuthor + uR"( GROUP BY l."Auteur")"_s + addToName.chopped(1),
};

QStringList sqliteTriggers()
{
    return {
            uR"(CREATE TRIGGER "ventes_bornes_insert" AFTER INSERT ON "MouvementsStock" WHEN %1 BEGIN %2 %3 END)"_s.arg(
                    outgoing.arg(u"NEW"_s), bookAdd(u"NEW"_s), namesAdd(u"NEW"_s)),
            uR"(CREATE TRIGGER "ventes_bornes_delete" AFTER DELETE ON "MouvementsStock" WHEN %1 BEGIN %2 END)"_s.arg(
                    outgoing.arg(u"OLD"_s), bookTakeOff(u"OLD"_s)),
            uR"(CREATE TRIGGER "ventes_bornes_update_old" AFTER UPDATE OF "LivreId", "Quantite", "Type" ON )"_s
            uR"("MouvementsStock" WHEN %1 BEGIN %2 END)"_s.arg(outgoing.arg(u"OLD"_s), bookTakeOff(u"OLD"_s)),
            uR"(CREATE TRIGGER "ventes_bornes_update_new" AFTER UPDATE OF "LivreId", "Quantite", "Type" ON )"_s
            uR"("MouvementsStock" WHEN %1 BEGIN %2 %3 END)"_s.arg(outgoing.arg(u"NEW"_s), bookAdd(u"NEW"_s),
                                                                  namesAdd(u"NEW"_s)),
            uR"(CREATE TRIGGER "ventes_bornes_contribution_insert" AFTER INSERT ON "LivresAuteurs" WHEN )"_s
            uR"(NEW."Role" = 'auteur' BEGIN %1 END)"_s.arg(personAdd(QString())),
            uR"(CREATE TRIGGER "ventes_bornes_contribution_update" AFTER UPDATE OF "LivreId", "AuteurId", "Role" ON )"_s
            uR"("LivresAuteurs" BEGIN %1 %2 END)"_s.arg(
                    personAdd(uR"( AND NEW."Role" = 'auteur')"_s),
                    textAdd(uR"(OLD."LivreId")"_s, uR"( AND OLD."Role" = 'auteur')"_s)),
            uR"(CREATE TRIGGER "ventes_bornes_contribution_delete" AFTER DELETE ON "LivresAuteurs" WHEN )"_s
            uR"(OLD."Role" = 'auteur' BEGIN %1 END)"_s.arg(textAdd(uR"(OLD."LivreId")"_s, QString())),
            uR"(CREATE TRIGGER "ventes_bornes_auteur" AFTER UPDATE OF "Nom" ON "Auteurs" WHEN NEW."Nom" IS NOT )"_s
            uR"(OLD."Nom" BEGIN %1 END)"_s.arg(renamed),
            uR"(CREATE TRIGGER "ventes_bornes_livre" AFTER UPDATE OF "Auteur" ON "Livres" WHEN NEW."Auteur" IS NOT )"_s
            uR"(OLD."Auteur" BEGIN %1 END)"_s.arg(textAdd(uR"(NEW."ID")"_s, QString())),
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
                                                                         namesAdd(u"NEW"_s))),
            uR"(CREATE TRIGGER "ventes_bornes_mouvements" AFTER INSERT OR DELETE OR UPDATE OF "LivreId", )"_s
            uR"("Quantite", "Type" ON "MouvementsStock" FOR EACH ROW EXECUTE FUNCTION "ventes_bornes_mouvements"())"_s,
            function.arg(u"ventes_bornes_vides"_s, uR"(TRUNCATE "VentesLivres", "VentesAuteurs";)"_s),
            uR"(CREATE TRIGGER "ventes_bornes_vides" AFTER TRUNCATE ON "MouvementsStock" FOR EACH STATEMENT )"_s
            uR"(EXECUTE FUNCTION "ventes_bornes_vides"())"_s,
            function.arg(
                    u"ventes_bornes_contributions"_s,
                    uR"(IF TG_OP IN ('INSERT', 'UPDATE') THEN %1 END IF; IF TG_OP IN ('DELETE', 'UPDATE') )"_s
                    uR"(THEN %2 END IF;)"_s.arg(personAdd(uR"( AND NEW."Role" = 'auteur')"_s),
                                                textAdd(uR"(OLD."LivreId")"_s, uR"( AND OLD."Role" = 'auteur')"_s))),
            uR"(CREATE TRIGGER "ventes_bornes_contributions" AFTER INSERT OR DELETE OR UPDATE OF "LivreId", )"_s
            uR"("AuteurId", "Role" ON "LivresAuteurs" FOR EACH ROW EXECUTE FUNCTION )"_s
            uR"("ventes_bornes_contributions"())"_s,
            function.arg(u"ventes_bornes_auteurs"_s,
                         uR"(IF NEW."Nom" IS DISTINCT FROM OLD."Nom" THEN %1 END IF;)"_s.arg(renamed)),
            uR"(CREATE TRIGGER "ventes_bornes_auteurs" AFTER UPDATE OF "Nom" ON "Auteurs" FOR EACH ROW EXECUTE )"_s
            uR"(FUNCTION "ventes_bornes_auteurs"())"_s,
            function.arg(u"ventes_bornes_livres"_s,
                         uR"(IF NEW."Auteur" IS DISTINCT FROM OLD."Auteur" THEN %1 END IF;)"_s.arg(
                                 textAdd(uR"(NEW."ID")"_s, QString()))),
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

Orm::Status run(Orm::Schema &schema, const QStringList &statements)
{
    for (const QString &sql : statements) {
        if (auto r = schema.query(sql); !r)
            return std::unexpected(r.error());
    }
    return {};
}

bool isSqlite(const Orm::Schema &schema)
{
    return schema.database().dialect().kind() == Orm::Dialect::Kind::Sqlite;
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
                return run(schema, tables(sqlite) + fill + (sqlite ? sqliteTriggers() : postgresTriggers()));
            },
            [](Orm::Schema &schema) -> Orm::Status { return run(schema, dropStatements(isSqlite(schema))); },
    };
}

} // namespace Catalogue::Migrations
