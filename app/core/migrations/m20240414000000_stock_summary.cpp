#include "statements_p.h"

#include <catalogue/migrations.h>

namespace Catalogue::Migrations {

using namespace Qt::StringLiterals;

namespace {

// The stock's totals (catalogue/statistics.h: the stock by genre, the dead stock's totals) without reading every
// book: at a million books, summing Livres took 100 to 150 ms on SQLite and 190 to 290 ms on PostgreSQL, every
// time the Statistics view is drawn.
// - StockGenresEditions: per genre and publisher (a missing one is the empty text), the books in stock (Quantite
//   above 0): how many, their copies and the copies' value (Quantite times Prix, a missing Prix counting 0); and
//   all the books: how many (Titres: a line whose books all left it says so by 0), the sum of their Quantite and
//   of its value, negative stock included.
// Kept by triggers on Livres: a book added, deleted, or whose stock, price, genre or publisher changed takes its
// old line off and adds its new one.
// Everything below is frozen: the statements as written here are the migration (tests/catalogue/tst_migrator.cpp).

// The values a book (OLD, NEW) adds to its line, or takes off (sign "-").
QString values(const QString &book, const QString &sign)
{
    return uR"(COALESCE(%1."Genre", ''), COALESCE(%1."Edition", ''), %2(1), %2(CASE WHEN %1."Quantite" > 0 THEN 1 ELSE 0 )"_s
           uR"(END), %2(CASE WHEN %1."Quantite" > 0 THEN %1."Quantite" ELSE 0 END), %2(CASE WHEN %1."Quantite" > 0 )"_s
           uR"(THEN %1."Quantite" * COALESCE(%1."Prix", 0) ELSE 0 END), %2COALESCE(%1."Quantite", 0), )"_s
           uR"(%2COALESCE(%1."Quantite" * %1."Prix", 0))"_s.arg(book, sign);
}

const QString columns = uR"("Genre", "Edition", "Titres", "Livres", "Exemplaires", "Montant", "Stock", "Valeur")"_s;

QString line(const QString &book, const QString &sign)
{
    return uR"(INSERT INTO "StockGenresEditions" (%1) VALUES (%2) ON CONFLICT ("Genre", "Edition") DO UPDATE SET )"_s
           uR"("Titres" = "StockGenresEditions"."Titres" + excluded."Titres", "Livres" = )"_s
           uR"("StockGenresEditions"."Livres" + excluded."Livres", "Exemplaires" = )"_s
           uR"("StockGenresEditions"."Exemplaires" + excluded."Exemplaires", "Montant" = )"_s
           uR"("StockGenresEditions"."Montant" + excluded."Montant", "Stock" = "StockGenresEditions"."Stock" + )"_s
           uR"(excluded."Stock", "Valeur" = "StockGenresEditions"."Valeur" + excluded."Valeur";)"_s.arg(
                   columns, values(book, sign));
}

QString changed(bool sqlite)
{
    const QString distinct = sqlite ? u"IS NOT"_s : u"IS DISTINCT FROM"_s;
    QStringList checks;
    for (const QString &c : {u"Quantite"_s, u"Prix"_s, u"Genre"_s, u"Edition"_s})
        checks << uR"(NEW."%1" %2 OLD."%1")"_s.arg(c, distinct);
    return checks.join(u" OR "_s);
}

QStringList tables(bool sqlite)
{
    return {uR"(CREATE TABLE "StockGenresEditions" ("Genre" VARCHAR(255) NOT NULL, "Edition" VARCHAR(255) NOT )"_s
            uR"(NULL, "Titres" BIGINT NOT NULL, "Livres" BIGINT NOT NULL, "Exemplaires" BIGINT NOT NULL, "Montant" )"_s
            uR"(FLOAT NOT NULL, "Stock" )"_s
            uR"(BIGINT NOT NULL, "Valeur" FLOAT NOT NULL, PRIMARY KEY ("Genre", "Edition")))"_s
            + (sqlite ? u" WITHOUT ROWID"_s : QString())};
}

// The books already recorded, summed once.
QStringList fill()
{
    return {uR"(INSERT INTO "StockGenresEditions" (%1) SELECT COALESCE(l."Genre", ''), COALESCE(l."Edition", ''), )"_s
            uR"(COUNT(*), SUM(CASE WHEN l."Quantite" > 0 THEN 1 ELSE 0 END), SUM(CASE WHEN l."Quantite" > 0 THEN )"_s
            uR"(l."Quantite" ELSE 0 END), SUM(CASE WHEN l."Quantite" > 0 THEN l."Quantite" * COALESCE(l."Prix", 0) )"_s
            uR"(ELSE 0 END), SUM(COALESCE(l."Quantite", 0)), SUM(COALESCE(l."Quantite" * l."Prix", 0)) FROM )"_s
            uR"("Livres" AS l GROUP BY COALESCE(l."Genre", ''), COALESCE(l."Edition", ''))"_s.arg(columns)};
}

QStringList sqliteTriggers()
{
    return {
            uR"(CREATE TRIGGER "stock_genres_insert" AFTER INSERT ON "Livres" BEGIN %1 END)"_s.arg(
                    line(u"NEW"_s, QString())),
            uR"(CREATE TRIGGER "stock_genres_update" AFTER UPDATE OF "Quantite", "Prix", "Genre", "Edition" ON )"_s
            uR"("Livres" WHEN %1 BEGIN %2 %3 END)"_s.arg(changed(true), line(u"OLD"_s, u"-"_s),
                                                         line(u"NEW"_s, QString())),
            uR"(CREATE TRIGGER "stock_genres_delete" AFTER DELETE ON "Livres" BEGIN %1 END)"_s.arg(
                    line(u"OLD"_s, u"-"_s)),
    };
}

QStringList postgresTriggers()
{
    // SECURITY DEFINER: a clerk may change a book's stock (catalogue/users.h) but not write this table.
    const QString function = uR"(CREATE FUNCTION "%1"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET )"_s
                             uR"(search_path FROM CURRENT AS $stock$ BEGIN %2 RETURN NULL; END $stock$)"_s;
    return {
            function.arg(u"stock_genres_livres"_s,
                         uR"(IF TG_OP = 'INSERT' THEN %1 ELSIF TG_OP = 'DELETE' THEN %2 ELSIF %3 THEN %2 %1 )"_s
                         uR"(END IF;)"_s.arg(line(u"NEW"_s, QString()), line(u"OLD"_s, u"-"_s), changed(false))),
            uR"(CREATE TRIGGER "stock_genres_livres" AFTER INSERT OR DELETE OR UPDATE OF "Quantite", "Prix", )"_s
            uR"("Genre", "Edition" ON "Livres" FOR EACH ROW EXECUTE FUNCTION "stock_genres_livres"())"_s,
            function.arg(u"stock_genres_vides"_s, uR"(TRUNCATE "StockGenresEditions";)"_s),
            uR"(CREATE TRIGGER "stock_genres_vides" AFTER TRUNCATE ON "Livres" FOR EACH STATEMENT EXECUTE )"_s
            uR"(FUNCTION "stock_genres_vides"())"_s,
    };
}

QStringList dropStatements(bool sqlite)
{
    QStringList statements;
    if (sqlite) {
        for (const QString &t : {u"stock_genres_insert"_s, u"stock_genres_update"_s, u"stock_genres_delete"_s})
            statements << uR"(DROP TRIGGER IF EXISTS "%1")"_s.arg(t);
    } else {
        statements << uR"(DROP TRIGGER IF EXISTS "stock_genres_livres" ON "Livres")"_s
                   << uR"(DROP TRIGGER IF EXISTS "stock_genres_vides" ON "Livres")"_s;
        for (const QString &f : {u"stock_genres_livres"_s, u"stock_genres_vides"_s})
            statements << uR"(DROP FUNCTION IF EXISTS "%1"())"_s.arg(f);
    }
    statements << uR"(DROP TABLE IF EXISTS "StockGenresEditions")"_s;
    return statements;
}

} // namespace

// The stock's summary (above), filled from the books already recorded. Down removes it, which is all that up added.
Orm::Migration stockSummary()
{
    return {
            u"20240414000000-stock-summary"_s,
            [](Orm::Schema &schema) -> Orm::Status {
                const bool sqlite = isSqlite(schema);
                return run(schema, tables(sqlite) + fill() + (sqlite ? sqliteTriggers() : postgresTriggers()));
            },
            [](Orm::Schema &schema) -> Orm::Status { return run(schema, dropStatements(isSqlite(schema))); },
    };
}

} // namespace Catalogue::Migrations
