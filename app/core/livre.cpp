#include <catalogue/livre.h>

namespace Catalogue::Livre {

using Orm::Attribute;
using Orm::DataType;

QList<Attribute> attributes()
{
    return {
            {.name = Id, .type = DataType::integer(), .primaryKey = true, .autoIncrement = true},
            {.name = Nom, .type = DataType::string()},
            {.name = NomSansEspaces, .type = DataType::string(), .allowNull = false},
            {.name = Presentation, .type = DataType::string(10000), .allowNull = false},
            {.name = Description, .type = DataType::string()},
            {.name = Couverture, .type = DataType::string()},
            {.name = Prix, .type = DataType::floating()},
            {.name = Genre, .type = DataType::string()},
            {.name = Accroche, .type = DataType::string()},
            {.name = Lien, .type = DataType::string()},
            {.name = Auteur, .type = DataType::string()},
            {.name = Edition, .type = DataType::string()},
            {.name = Quantite, .type = DataType::integer()},
            {.name = Annee, .type = DataType::integer(), .allowNull = false},
            {.name = NbPages, .type = DataType::integer(), .allowNull = false},
            {.name = Ventes, .type = DataType::floating(), .allowNull = false},
            {.name = Arriere, .type = DataType::string(), .allowNull = false},
            {.name = Dos, .type = DataType::string(), .allowNull = false},
    };
}

Orm::ModelOptions options()
{
    return {.tableName = tableName, .timestamps = false};
}

Orm::Result<Orm::Model> define(Orm::Database &database)
{
    return database.define(modelName, attributes(), options());
}

} // namespace Catalogue::Livre
