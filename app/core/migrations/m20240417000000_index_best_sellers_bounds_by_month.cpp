#include "statements_p.h"

#include <catalogue/migrations.h>

namespace Catalogue::Migrations {

using namespace Qt::StringLiterals;

namespace {

// The bounds by month (m20240412000000_best_sellers_bounds_by_month.cpp, and by genre and month:
// m20240415000000_best_sellers_bounds_by_genre_and_month.cpp) read as the bounds by year are: each month's names
// from the highest bound down, an index range each (catalogue/statistics.h). A range of twelve months is then read
// as twelve such lists, a few pages each, instead of summing every name's twelve lines (240,000 at a million
// books: 250 ms on PostgreSQL). The same columns, in the same order, as the indexes of the bounds by year.
// Everything below is frozen: the statements as written here are the migration (tests/catalogue/tst_migrator.cpp).
const QStringList upStatements = {
        uR"(CREATE INDEX "ventes_auteurs_mois_exemplaires" ON "VentesAuteursMois" ("Mois", "Exemplaires", "Nom"))"_s,
        uR"(CREATE INDEX "ventes_auteurs_genres_mois_exemplaires" ON "VentesAuteursGenresMois" ("Genre", "Mois", )"_s
        uR"("Exemplaires", "Nom"))"_s};

const QStringList downStatements = {uR"(DROP INDEX "ventes_auteurs_genres_mois_exemplaires")"_s,
                                    uR"(DROP INDEX "ventes_auteurs_mois_exemplaires")"_s};

} // namespace

Orm::Migration indexBestSellersBoundsByMonth()
{
    return {
            u"20240417000000-index-best-sellers-bounds-by-month"_s,
            [](Orm::Schema &schema) -> Orm::Status { return run(schema, upStatements); },
            [](Orm::Schema &schema) -> Orm::Status { return run(schema, downStatements); },
    };
}

} // namespace Catalogue::Migrations
