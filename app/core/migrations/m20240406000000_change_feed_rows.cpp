#include <catalogue/migrations.h>
#include <orm/changefeed.h>
#include <orm/database.h>
#include <orm/dialect.h>
#include <orm/schema.h>

namespace Catalogue::Migrations {

using namespace Qt::StringLiterals;

// On PostgreSQL, the change feed of Livres (see Orm::ChangeFeed) in its current form: an UPDATE of a few books (a
// sale, a price) tells the other windows which books and columns changed, so that each reads those books again
// instead of every key of its list. Catalogues made since have it from 20240110000000-search-livres already, and
// this changes nothing there. SQLite has no change feed in the file.
Orm::Migration changeFeedRows()
{
    return {
            u"20240406000000-change-feed-rows"_s,
            [](Orm::Schema &schema) -> Orm::Status {
                if (schema.database().dialect().kind() != Orm::Dialect::Kind::Postgres)
                    return {};
                return Orm::ChangeFeed::install(schema.database(), u"Livres"_s);
            },
            // Back to the form 20240110000000-search-livres made before: one trigger telling each operation by its
            // name (the program of that time reads the current form's notifications the same way).
            [](Orm::Schema &schema) -> Orm::Status {
                if (schema.database().dialect().kind() != Orm::Dialect::Kind::Postgres)
                    return {};
                const QStringList statements = {
                        uR"(DROP TRIGGER IF EXISTS "Livres_updated" ON "Livres")"_s,
                        uR"(DROP TRIGGER IF EXISTS "Livres_changed" ON "Livres")"_s,
                        uR"(CREATE OR REPLACE FUNCTION "Livres_changed"() RETURNS trigger LANGUAGE plpgsql AS $orm$ )"
                        uR"(BEGIN PERFORM pg_notify('orm_changed_Livres', TG_OP); RETURN NULL; END $orm$)"_s,
                        uR"(CREATE TRIGGER "Livres_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Livres" )"
                        uR"(FOR EACH STATEMENT EXECUTE FUNCTION "Livres_changed"())"_s,
                };
                for (const QString &sql : statements) {
                    if (auto r = schema.query(sql); !r)
                        return std::unexpected(r.error());
                }
                return {};
            },
    };
}

} // namespace Catalogue::Migrations
