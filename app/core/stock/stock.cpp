#include <catalogue/livre.h>
#include <catalogue/stock.h>

#include <QCoreApplication>

namespace Catalogue {

using Orm::Attribute;
using Orm::DataType;
using Orm::References;
using Orm::ReferentialAction;
using Orm::Validator;

QString movementType(Movement kind)
{
    switch (kind) {
    case Movement::OpeningBalance:
        return QStringLiteral("ouverture");
    case Movement::Receipt:
        return QStringLiteral("reception");
    case Movement::Sale:
        return QStringLiteral("vente");
    case Movement::Return:
        return QStringLiteral("retour");
    case Movement::Adjustment:
        return QStringLiteral("ajustement");
    }
    return {};
}

namespace MouvementStock {

QList<Attribute> attributes()
{
    const QStringList types = {movementType(Movement::OpeningBalance), movementType(Movement::Receipt),
                               movementType(Movement::Sale), movementType(Movement::Return),
                               movementType(Movement::Adjustment)};
    return {
            {.name = Id, .type = DataType::integer(), .primaryKey = true, .autoIncrement = true},
            // RESTRICT: deleting a book never deletes its history silently (Catalogue::removeBook() decides).
            {.name = LivreId,
             .type = DataType::integer(),
             .allowNull = false,
             .references = References{.table = Livre::tableName,
                                      .key = Livre::Id,
                                      .onDelete = ReferentialAction::Restrict,
                                      .onUpdate = ReferentialAction::Cascade}},
            {.name = Date, .type = DataType::date(), .allowNull = false, .defaultValue = Orm::DefaultValue::now()},
            {.name = Quantite,
             .type = DataType::integer(),
             .allowNull = false,
             .validate = {Validator::custom(QStringLiteral("notZero"),
                                            [](const QVariant &value, const Orm::Instance &) {
                                                return value.toLongLong() == 0 ? QCoreApplication::translate(
                                                               "Catalogue::MouvementStock",
                                                               "A stock movement changes the stock by at least "
                                                               "one copy")
                                                                               : QString();
                                            })}},
            {.name = Type, .type = DataType::enumeration(types), .allowNull = false},
            {.name = Note, .type = DataType::string()},
    };
}

Orm::ModelOptions options()
{
    // The sign goes with the kind: sales take copies away, receipts and returns bring them.
    const Orm::ModelValidator signed_{
            QStringLiteral("signMatchesType"), [](const Orm::Instance &m) {
                const QString type = m.get(Type).toString();
                const qint64 quantity = m.get(Quantite).toLongLong();
                const bool out = type == movementType(Movement::Sale);
                const bool in = type == movementType(Movement::Receipt) || type == movementType(Movement::Return)
                        || type == movementType(Movement::OpeningBalance);
                if ((out && quantity > 0) || (in && quantity < 0))
                    return QCoreApplication::translate("Catalogue::MouvementStock",
                                                       "The quantity's sign does not match the kind of movement");
                return QString();
            }};
    return {.tableName = tableName,
            .indexes = {{.fields = {LivreId}, .name = QStringLiteral("mouvements_stock_livre")}},
            .validate = {signed_}};
}

} // namespace MouvementStock

} // namespace Catalogue
