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

namespace {

// Whether text surely holds none of splitAuthors()' separators: no , & / ; and no word "et" or "and" in any case
// (a word between any characters that are not letters or digits, which every space is). Decided without the
// regular expression, which costs more than the rest of an import's row; when in doubt, it decides.
bool isOneName(QStringView text)
{
    qsizetype wordStart = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const QChar c = i < text.size() ? text.at(i) : QChar(u' ');
        if (c == u',' || c == u'&' || c == u'/' || c == u';')
            return false;
        if (c.isLetterOrNumber())
            continue;
        const QStringView word = text.sliced(wordStart, i - wordStart);
        if (word.compare(u"et", Qt::CaseInsensitive) == 0 || word.compare(u"and", Qt::CaseInsensitive) == 0)
            return false;
        wordStart = i + 1;
    }
    return true;
}

} // namespace

QStringList splitAuthors(const QString &text)
{
    if (isOneName(text)) {
        const QString name = text.simplified();
        return name.isEmpty() ? QStringList() : QStringList{name};
    }
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
