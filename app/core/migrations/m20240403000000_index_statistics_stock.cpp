#include "statements_p.h"

#include <catalogue/migrations.h>

namespace Catalogue::Migrations {

using namespace Qt::StringLiterals;

namespace {

// Two indexes of Livres for the statistics' stock figures (catalogue/statistics.h, bench/README.md):
// - the stock's value (Quantite times Prix), most first, then ID: the dead stock's list is the books tying up the
//   most value, so that it walks the books in that order and stops once it has its lines, instead of looking at
//   every book in stock and sorting them;
// - (Genre, Quantite, Prix): the stock by genre read from the index alone, in the genres' order, never the table.
// Everything below is frozen: the statements as written here are the migration (tests/catalogue/tst_migrator.cpp).
QStringList upStatements(bool sqlite)
{
    // SQLite keeps the rowid (ID) after the columns of every index, ascending, and its NULLs sort first, so last
    // when descending; PostgreSQL is told both.
    return {sqlite ? uR"(CREATE INDEX "livres_valeur_stock" ON "Livres" (("Quantite" * "Prix") DESC))"_s
                   : uR"(CREATE INDEX "livres_valeur_stock" ON "Livres" (("Quantite" * "Prix") DESC NULLS LAST, "ID"))"_s,
            uR"(CREATE INDEX "livres_genre_stock" ON "Livres" ("Genre", "Quantite", "Prix"))"_s};
}

} // namespace

Orm::Migration indexStatisticsStock()
{
    return {
            u"20240403000000-index-statistics-stock"_s,
            [](Orm::Schema &schema) -> Orm::Status { return run(schema, upStatements(isSqlite(schema))); },
            [](Orm::Schema &schema) -> Orm::Status {
                return run(schema, {uR"(DROP INDEX "livres_genre_stock")"_s, uR"(DROP INDEX "livres_valeur_stock")"_s});
            },
    };
}

} // namespace Catalogue::Migrations
