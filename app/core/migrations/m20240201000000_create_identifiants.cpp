#include <catalogue/migrations.h>

namespace Catalogue::Migrations {

using namespace Qt::StringLiterals;
using Orm::DataType;
using Orm::References;
using Orm::ReferentialAction;

// Identifiers of books (ISBN-13, Goodreads id...): one row per book and kind, a value unique per kind. The columns
// are spelled out here, as they were when this migration was written: a later change to the model must not change
// what it creates. Livres is untouched (the seed's table has no ISBN). A book's identifiers go with it (ON DELETE
// CASCADE, as its contributions). Down removes the table, which is all that up added.
Orm::Migration createIdentifiants()
{
    return {
            u"20240201000000-create-identifiants"_s,
            [](Orm::Schema &schema) -> Orm::Status {
                const Orm::Unique perKind(u"type_valeur"_s);
                const QList<Orm::Attribute> columns = {
                        {.name = u"id"_s, .type = DataType::integer(), .primaryKey = true, .autoIncrement = true},
                        {.name = u"LivreId"_s,
                         .type = DataType::integer(),
                         .allowNull = false,
                         .references = References{.table = u"Livres"_s,
                                                  .key = u"ID"_s,
                                                  .onDelete = ReferentialAction::Cascade,
                                                  .onUpdate = ReferentialAction::Cascade}},
                        {.name = u"Type"_s, .type = DataType::string(32), .allowNull = false, .unique = perKind},
                        {.name = u"Valeur"_s, .type = DataType::string(), .allowNull = false, .unique = perKind},
                };
                if (auto r = schema.createTable(u"Identifiants"_s, columns); !r)
                    return r;
                return schema.addIndex(
                        u"Identifiants"_s,
                        {.fields = {u"LivreId"_s, u"Type"_s}, .unique = true, .name = u"identifiants_livre_type"_s});
            },
            [](Orm::Schema &schema) -> Orm::Status { return schema.dropTable(u"Identifiants"_s); },
    };
}

} // namespace Catalogue::Migrations
