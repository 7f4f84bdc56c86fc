#include <catalogue/livre.h>
#include <catalogue/migrations.h>
#include <catalogue/stock.h>

#include <QDateTime>

namespace Catalogue::Migrations {

// Stock movements. Every book of an existing catalogue with copies in stock gets an opening balance of that
// quantity, so that its stock equals the sum of its movements from the start; Livres is only read. Down removes
// the table, which is all that up added.
Orm::Migration createMouvementsStock()
{
    return {
            QStringLiteral("20240104000000-create-mouvements-stock"),
            [](Orm::Schema &schema) -> Orm::Status {
                const QList<Orm::Attribute> columns =
                        Orm::ModelDefinition(MouvementStock::modelName, MouvementStock::attributes(),
                                             MouvementStock::options())
                                .attributes();
                if (auto r = schema.createTable(MouvementStock::tableName, columns); !r)
                    return r;
                for (const Orm::Index &index : MouvementStock::options().indexes) {
                    if (auto r = schema.addIndex(MouvementStock::tableName, index.fields, index.name); !r)
                        return r;
                }
                auto stocked = schema.query(QStringLiteral("SELECT \"ID\", \"Quantite\" FROM \"Livres\" WHERE "
                                                           "\"Quantite\" IS NOT NULL AND \"Quantite\" <> 0"));
                if (!stocked)
                    return std::unexpected(stocked.error());
                const QDateTime now = QDateTime::currentDateTimeUtc();
                QList<QVariantMap> openings;
                openings.reserve(stocked->rows.size());
                for (const QVariantList &row : std::as_const(stocked->rows))
                    openings.append({{MouvementStock::LivreId, row.value(0)},
                                     {MouvementStock::Date, now},
                                     {MouvementStock::Quantite, row.value(1)},
                                     {MouvementStock::Type, movementType(Movement::OpeningBalance)},
                                     {QStringLiteral("createdAt"), now},
                                     {QStringLiteral("updatedAt"), now}});
                if (auto r = schema.bulkInsert(MouvementStock::tableName, openings); !r)
                    return std::unexpected(r.error());
                return {};
            },
            [](Orm::Schema &schema) -> Orm::Status { return schema.dropTable(MouvementStock::tableName); },
    };
}

} // namespace Catalogue::Migrations
