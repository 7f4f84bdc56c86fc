#include <catalogue/migrations.h>

namespace Catalogue::Migrations {

// The cover images stored in the catalogue (see catalogue/covers.h). The columns are spelled out here, as they
// were when this migration was written: a later change to the model must not change what this migration creates.
// Livres is untouched: its cover columns hold references to these rows as text. Down removes the table.
Orm::Migration createCouvertures()
{
    return {
            QStringLiteral("20240120000000-create-couvertures"),
            [](Orm::Schema &schema) -> Orm::Status {
                using Orm::DataType;
                const QList<Orm::Attribute> columns = {
                        {.name = QStringLiteral("Empreinte"), .type = DataType::fixedChar(64), .primaryKey = true},
                        {.name = QStringLiteral("Format"), .type = DataType::string(16), .allowNull = false},
                        {.name = QStringLiteral("Largeur"), .type = DataType::integer(), .allowNull = false},
                        {.name = QStringLiteral("Hauteur"), .type = DataType::integer(), .allowNull = false},
                        {.name = QStringLiteral("Donnees"), .type = DataType::blob(), .allowNull = false},
                };
                return schema.createTable(QStringLiteral("Couvertures"), columns);
            },
            [](Orm::Schema &schema) -> Orm::Status { return schema.dropTable(QStringLiteral("Couvertures")); },
    };
}

} // namespace Catalogue::Migrations
