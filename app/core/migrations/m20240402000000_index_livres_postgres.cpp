#include <catalogue/migrations.h>
#include <orm/database.h>
#include <orm/dialect.h>
#include <orm/schema.h>

namespace Catalogue::Migrations {

using namespace Qt::StringLiterals;

namespace {

// A window lists books by one column, then by ID (so that every book has one place, see Orm::TableModel). On
// SQLite an index on a column already holds each row's ID (its rowid) in that order; a PostgreSQL index on the
// column alone does not: a sort by genre read whole groups of tens of thousands of books to order them by ID, and
// the ordered IDs of a million books (where a view's current book went) were sorted on disk (bench/README.md,
// "The window on the server"). On PostgreSQL the single-column indexes of 20240102000000-index-livres and
// 20240111000000-index-livres-stock become (column, ID): every query the old ones served, these serve too.
struct Index
{
    QString single;
    QString pair;
    QString column;
};

const QList<Index> indexes = {
        {u"livres_nom"_s, u"livres_nom_id"_s, u"Nom"_s},
        {u"livres_auteur"_s, u"livres_auteur_id"_s, u"Auteur"_s},
        {u"livres_genre"_s, u"livres_genre_id"_s, u"Genre"_s},
        {u"livres_annee"_s, u"livres_annee_id"_s, u"Annee"_s},
        {u"livres_prix"_s, u"livres_prix_id"_s, u"Prix"_s},
        {u"livres_edition"_s, u"livres_edition_id"_s, u"Edition"_s},
        {u"livres_quantite"_s, u"livres_quantite_id"_s, u"Quantite"_s},
        {u"livres_ventes"_s, u"livres_ventes_id"_s, u"Ventes"_s},
};

bool isPostgres(Orm::Schema &schema)
{
    return schema.database().dialect().kind() == Orm::Dialect::Kind::Postgres;
}

} // namespace

Orm::Migration indexLivresPostgres()
{
    return {
            u"20240402000000-index-livres-postgres"_s,
            [](Orm::Schema &schema) -> Orm::Status {
                if (!isPostgres(schema))
                    return {}; // SQLite's indexes already end with the rowid
                for (const Index &index : indexes) {
                    if (auto r = schema.query(uR"(DROP INDEX ")"_s + index.single + u'"'); !r)
                        return std::unexpected(r.error());
                    if (auto r = schema.query(uR"(CREATE INDEX ")"_s + index.pair + uR"(" ON "Livres" (")"_s
                                              + index.column + uR"(", "ID"))"_s);
                        !r)
                        return std::unexpected(r.error());
                }
                return {};
            },
            [](Orm::Schema &schema) -> Orm::Status {
                if (!isPostgres(schema))
                    return {};
                for (const Index &index : indexes) {
                    if (auto r = schema.query(uR"(DROP INDEX ")"_s + index.pair + u'"'); !r)
                        return std::unexpected(r.error());
                    if (auto r = schema.query(uR"(CREATE INDEX ")"_s + index.single + uR"(" ON "Livres" (")"_s
                                              + index.column + uR"("))"_s);
                        !r)
                        return std::unexpected(r.error());
                }
                return {};
            },
    };
}

} // namespace Catalogue::Migrations
