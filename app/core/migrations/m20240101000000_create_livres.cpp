#include <catalogue/migrations.h>

namespace Catalogue::Migrations {

using namespace Qt::StringLiterals;
using Orm::DataType;

namespace {

// Livres exactly as the seed's schema.js creates it, frozen here: what this migration creates never follows the
// Livre model, whose later changes belong in migrations of their own.
QList<Orm::Attribute> livresColumns()
{
    return {
            {.name = u"ID"_s, .type = DataType::integer(), .primaryKey = true, .autoIncrement = true},
            {.name = u"Nom"_s, .type = DataType::string()},
            {.name = u"NomSansEspaces"_s, .type = DataType::string(), .allowNull = false},
            {.name = u"Presentation"_s, .type = DataType::string(10000), .allowNull = false},
            {.name = u"Description"_s, .type = DataType::string()},
            {.name = u"Couverture"_s, .type = DataType::string()},
            {.name = u"Prix"_s, .type = DataType::floating()},
            {.name = u"Genre"_s, .type = DataType::string()},
            {.name = u"Accroche"_s, .type = DataType::string()},
            {.name = u"Lien"_s, .type = DataType::string()},
            {.name = u"Auteur"_s, .type = DataType::string()},
            {.name = u"Edition"_s, .type = DataType::string()},
            {.name = u"Quantite"_s, .type = DataType::integer()},
            {.name = u"Annee"_s, .type = DataType::integer(), .allowNull = false},
            {.name = u"NbPages"_s, .type = DataType::integer(), .allowNull = false},
            {.name = u"Ventes"_s, .type = DataType::floating(), .allowNull = false},
            {.name = u"Arriere"_s, .type = DataType::string(), .allowNull = false},
            {.name = u"Dos"_s, .type = DataType::string(), .allowNull = false},
    };
}

} // namespace

// Livres exactly as the seed's schema.js creates it. A file made by the seed's Node.js code already has the
// table: the migration is then recorded as done and the table and its rows are left as they are.
Orm::Migration createLivres()
{
    return {
            u"20240101000000-create-livres"_s,
            [](Orm::Schema &schema) -> Orm::Status {
                auto exists = schema.hasTable(u"Livres"_s);
                if (!exists)
                    return std::unexpected(exists.error());
                if (*exists)
                    return {};
                return schema.createTable(u"Livres"_s, livresColumns());
            },
            [](Orm::Schema &schema) -> Orm::Status {
                // Undoing the first migration drops the books: refused while there are any, so that nothing stored
                // is lost by a mistaken `migrate down`.
                auto count = schema.select(u"Livres"_s, {.attributes = {Orm::fn::count().as(u"books"_s)}});
                if (!count)
                    return std::unexpected(count.error());
                const qint64 books = count->rows.value(0).value(0).toLongLong();
                if (books > 0)
                    return Orm::fail(Orm::Error::Kind::InvalidQuery,
                                     u"Livres holds %1 books: undoing its creation would delete them"_s.arg(books));
                return schema.dropTable(u"Livres"_s);
            },
    };
}

} // namespace Catalogue::Migrations
