#include "statements_p.h"

#include <catalogue/migrations.h>

namespace Catalogue::Migrations {

using namespace Qt::StringLiterals;

namespace {

// Two indexes of Livres for the statistics of one genre (catalogue/statistics.h, bench/README.md):
// - (Genre, Annee): the publication years' bars of a genre, each read from the index alone, instead of every book
//   of the genre looked up for its year, once per bar;
// - (Genre, the stock's value most first): the dead stock's list of a genre walks the genre's books in the order of
//   the value they tie up and stops once it has its lines, as 20240403000000-index-statistics-stock does for all
//   genres, instead of looking at every book of the genre in stock and sorting them.
// Everything below is frozen: the statements as written here are the migration (tests/catalogue/tst_migrator.cpp).
QStringList upStatements(bool sqlite)
{
    // SQLite keeps the rowid (ID) after the columns of every index, ascending, and its NULLs sort first, so last
    // when descending; PostgreSQL is told both.
    return {uR"(CREATE INDEX "livres_genre_annee" ON "Livres" ("Genre", "Annee"))"_s,
            sqlite ? uR"(CREATE INDEX "livres_genre_valeur_stock" ON "Livres" ("Genre", ("Quantite" * "Prix") DESC))"_s
                   : uR"(CREATE INDEX "livres_genre_valeur_stock" ON "Livres" ("Genre", ("Quantite" * "Prix") DESC )"_s
                     uR"(NULLS LAST, "ID"))"_s};
}

} // namespace

Orm::Migration indexStatisticsGenre()
{
    return {
            u"20240411000000-index-statistics-genre"_s,
            [](Orm::Schema &schema) -> Orm::Status { return run(schema, upStatements(isSqlite(schema))); },
            [](Orm::Schema &schema) -> Orm::Status {
                return run(schema,
                           {uR"(DROP INDEX "livres_genre_valeur_stock")"_s, uR"(DROP INDEX "livres_genre_annee")"_s});
            },
    };
}

} // namespace Catalogue::Migrations
