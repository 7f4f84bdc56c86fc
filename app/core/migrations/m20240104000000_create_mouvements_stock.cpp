#include <catalogue/migrations.h>

#include <QDateTime>

namespace Catalogue::Migrations {

using namespace Qt::StringLiterals;
using Orm::DataType;
using Orm::References;
using Orm::ReferentialAction;

namespace {

// The table as this migration creates it, frozen here (the model's timestamps spelled out): what it creates
// never follows the MouvementStock model, whose later changes belong in migrations of their own.
QList<Orm::Attribute> mouvementsStockColumns()
{
    return {
            {.name = u"id"_s, .type = DataType::integer(), .primaryKey = true, .autoIncrement = true},
            {.name = u"LivreId"_s,
             .type = DataType::integer(),
             .allowNull = false,
             .references = References{.table = u"Livres"_s,
                                      .key = u"ID"_s,
                                      .onDelete = ReferentialAction::Restrict,
                                      .onUpdate = ReferentialAction::Cascade}},
            {.name = u"Date"_s, .type = DataType::date(), .allowNull = false, .defaultValue = Orm::DefaultValue::now()},
            {.name = u"Quantite"_s, .type = DataType::integer(), .allowNull = false},
            {.name = u"Type"_s,
             .type = DataType::enumeration({u"ouverture"_s, u"reception"_s, u"vente"_s, u"retour"_s, u"ajustement"_s}),
             .allowNull = false},
            {.name = u"Note"_s, .type = DataType::string()},
            {.name = u"createdAt"_s, .type = DataType::date(), .allowNull = false},
            {.name = u"updatedAt"_s, .type = DataType::date(), .allowNull = false},
    };
}

} // namespace

// Stock movements. Every book of an existing catalogue with copies in stock gets an opening balance of that
// quantity, so that its stock equals the sum of its movements from the start; Livres is only read. Down removes
// the table, which is all that up added.
Orm::Migration createMouvementsStock()
{
    return {
            u"20240104000000-create-mouvements-stock"_s,
            [](Orm::Schema &schema) -> Orm::Status {
                if (auto r = schema.createTable(u"MouvementsStock"_s, mouvementsStockColumns()); !r)
                    return r;
                if (auto r = schema.addIndex(u"MouvementsStock"_s,
                                             {.fields = {u"LivreId"_s}, .name = u"mouvements_stock_livre"_s});
                    !r)
                    return r;
                auto stocked =
                        schema.select(u"Livres"_s,
                                      {.where = Orm::col(u"Quantite"_s).isNotNull() && Orm::col(u"Quantite"_s) != 0,
                                       .attributes = {u"ID"_s, u"Quantite"_s}});
                if (!stocked)
                    return std::unexpected(stocked.error());
                const QDateTime now = QDateTime::currentDateTimeUtc();
                QList<QVariantMap> openings;
                openings.reserve(stocked->rows.size());
                for (const QVariantList &row : std::as_const(stocked->rows))
                    openings.append({{u"LivreId"_s, row.value(0)},
                                     {u"Date"_s, now},
                                     {u"Quantite"_s, row.value(1)},
                                     {u"Type"_s, u"ouverture"_s},
                                     {u"createdAt"_s, now},
                                     {u"updatedAt"_s, now}});
                if (auto r = schema.bulkInsert(u"MouvementsStock"_s, openings); !r)
                    return std::unexpected(r.error());
                return {};
            },
            [](Orm::Schema &schema) -> Orm::Status { return schema.dropTable(u"MouvementsStock"_s); },
    };
}

} // namespace Catalogue::Migrations
