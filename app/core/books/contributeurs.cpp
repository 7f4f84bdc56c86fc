#include <catalogue/contributeurs.h>
#include <catalogue/livre.h>

#include <QCoreApplication>
#include <QRegularExpression>

namespace Catalogue {

using Orm::Attribute;
using Orm::DataType;
using Orm::References;
using Orm::ReferentialAction;
using Orm::Validator;

namespace Auteur {

QList<Attribute> attributes()
{
    return {
            {.name = Id, .type = DataType::integer(), .primaryKey = true, .autoIncrement = true},
            {.name = Nom,
             .type = DataType::string(),
             .allowNull = false,
             .unique = true,
             .validate = {Validator::notEmpty().withMessage(
                     QCoreApplication::translate("Catalogue::Auteur", "A contributor needs a name"))}},
    };
}

Orm::ModelOptions options()
{
    return {.tableName = tableName};
}

} // namespace Auteur

namespace Contribution {

QList<Attribute> attributes()
{
    const Orm::Unique once(QStringLiteral("livre_auteur_role")); // a person has a role on a book once
    return {
            {.name = Id, .type = DataType::integer(), .primaryKey = true, .autoIncrement = true},
            // A book's contributions go with it; a person who still has books cannot be deleted.
            {.name = LivreId,
             .type = DataType::integer(),
             .allowNull = false,
             .unique = once,
             .references = References{.table = Livre::tableName,
                                      .key = Livre::Id,
                                      .onDelete = ReferentialAction::Cascade,
                                      .onUpdate = ReferentialAction::Cascade}},
            {.name = AuteurId,
             .type = DataType::integer(),
             .allowNull = false,
             .unique = once,
             .references = References{.table = Auteur::tableName,
                                      .key = Auteur::Id,
                                      .onDelete = ReferentialAction::Restrict,
                                      .onUpdate = ReferentialAction::Cascade}},
            {.name = Role,
             .type = DataType::enumeration({Author, Translator, Illustrator}),
             .allowNull = false,
             .defaultValue = Author,
             .unique = once},
            {.name = Ordre, .type = DataType::integer(), .allowNull = false, .defaultValue = 0},
    };
}

Orm::ModelOptions options()
{
    return {.tableName = tableName,
            .indexes = {{.fields = {AuteurId}, .name = QStringLiteral("livres_auteurs_auteur")}}};
}

} // namespace Contribution

QStringList splitAuthors(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("\\s*(?:[,&/;]|\\s+et\\s+|\\s+and\\s+)\\s*"),
                                               QRegularExpression::CaseInsensitiveOption);
    QStringList names;
    for (const QString &part : text.split(separators)) {
        const QString name = part.simplified();
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    return names;
}

QString joinAuthors(const QStringList &names)
{
    return names.join(QStringLiteral(", "));
}

} // namespace Catalogue
