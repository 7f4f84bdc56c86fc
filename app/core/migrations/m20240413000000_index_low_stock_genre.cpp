#include "statements_p.h"

#include <catalogue/migrations.h>

namespace Catalogue::Migrations {

using namespace Qt::StringLiterals;

namespace {

// An index of Livres for the low stock of one genre (catalogue/statistics.h, bench/README.md): (Genre, Quantite,
// then the ID) is the order in which the list groups a genre's books at or under the threshold, so the database
// reads that range of the index and stops at the list's limit, as it does on the index on Quantite for all genres.
// Without it, SQLite took the index on Genre alone and read every book of the genre (83,000 of a million) for a
// few thousand low ones. SQLite keeps the rowid (ID) after the columns of every index; PostgreSQL is told.
// Everything below is frozen: the statements as written here are the migration (tests/catalogue/tst_migrator.cpp).
QString upStatement(bool sqlite)
{
    return sqlite ? uR"(CREATE INDEX "livres_genre_quantite" ON "Livres" ("Genre", "Quantite"))"_s
                  : uR"(CREATE INDEX "livres_genre_quantite" ON "Livres" ("Genre", "Quantite", "ID"))"_s;
}

} // namespace

Orm::Migration indexLowStockGenre()
{
    return {
            u"20240413000000-index-low-stock-genre"_s,
            [](Orm::Schema &schema) -> Orm::Status { return run(schema, {upStatement(isSqlite(schema))}); },
            [](Orm::Schema &schema) -> Orm::Status {
                return run(schema, {uR"(DROP INDEX "livres_genre_quantite")"_s});
            },
    };
}

} // namespace Catalogue::Migrations
