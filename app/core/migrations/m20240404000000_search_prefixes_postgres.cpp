#include <catalogue/migrations.h>
#include <orm/database.h>
#include <orm/dialect.h>
#include <orm/schema.h>

namespace Catalogue::Migrations {

using namespace Qt::StringLiterals;

// Search as you type counts the books that match. On PostgreSQL the search index of 20240110000000-search-livres
// (a tsvector of each book under GIN) rechecks every match in its table: for one letter, half a million books
// read one by one (bench/README.md, "The window on the server"). This adds what Orm::FullTextIndex counts with
// when it is there: a GIN index over the prefixes of one to five characters of every word of a book (the
// elements of an array made from its tsvector by an immutable function), whose matches are exact, as SQLite's
// prefix indexes of 20240110000000 are. Nothing is written to the books, nor to the search index's rows. SQLite
// has its prefix indexes already.
Orm::Migration searchPrefixesPostgres()
{
    return {
            u"20240404000000-search-prefixes-postgres"_s,
            [](Orm::Schema &schema) -> Orm::Status {
                if (schema.database().dialect().kind() != Orm::Dialect::Kind::Postgres)
                    return {};
                const QStringList statements = {
                        uR"(CREATE FUNCTION "Livres_search_prefixes"("document" tsvector) RETURNS text[] LANGUAGE )"_s
                        uR"(sql IMMUTABLE STRICT PARALLEL SAFE COST 1000 AS $prefixes$SELECT coalesce(array_agg(D)"_s
                        uR"(ISTINCT left(w.lexeme, p.n)), '{}') FROM unnest(tsvector_to_array("document")) AS w(l)"_s
                        uR"(exeme), generate_series(1, least(length(w.lexeme), 5)) AS p(n)$prefixes$)"_s,
                        uR"(CREATE INDEX "Livres_search_prefixes" ON "Livres_search" USING GIN ("Livres_search_pre)"_s
                        uR"(fixes"("document")))"_s,
                };
                for (const QString &sql : statements) {
                    if (auto r = schema.query(sql); !r)
                        return std::unexpected(r.error());
                }
                return {};
            },
            [](Orm::Schema &schema) -> Orm::Status {
                if (schema.database().dialect().kind() != Orm::Dialect::Kind::Postgres)
                    return {};
                for (const QString &sql : {uR"(DROP INDEX "Livres_search_prefixes")"_s,
                                           uR"(DROP FUNCTION "Livres_search_prefixes"(tsvector))"_s}) {
                    if (auto r = schema.query(sql); !r)
                        return std::unexpected(r.error());
                }
                return {};
            },
    };
}

} // namespace Catalogue::Migrations
