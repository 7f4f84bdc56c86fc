#pragma once

#include <orm/attribute.h>
#include <orm/modeldefinition.h>

#include <QList>
#include <QString>
#include <QStringList>

namespace Catalogue {

// The people who made a book: table Auteurs, and the join table LivresAuteurs between Livres and Auteurs with
// each person's role and order on the book. Livres.Auteur stays what the seed has, the display text: the
// catalogue keeps it in step with the contributors whose role is auteur (see Catalogue::setContributors()).
namespace Auteur {

inline const QString modelName = QStringLiteral("Auteur");
inline const QString tableName = QStringLiteral("Auteurs");
inline const QString Id = QStringLiteral("id");
inline const QString Nom = QStringLiteral("Nom");

QList<Orm::Attribute> attributes();
Orm::ModelOptions options();

} // namespace Auteur

namespace Contribution {

inline const QString modelName = QStringLiteral("LivreAuteur");
inline const QString tableName = QStringLiteral("LivresAuteurs");
inline const QString Id = QStringLiteral("id");
inline const QString LivreId = QStringLiteral("LivreId");
inline const QString AuteurId = QStringLiteral("AuteurId");
inline const QString Role = QStringLiteral("Role");
inline const QString Ordre = QStringLiteral("Ordre");

// The roles, as stored.
inline const QString Author = QStringLiteral("auteur");
inline const QString Translator = QStringLiteral("traducteur");
inline const QString Illustrator = QStringLiteral("illustrateur");

QList<Orm::Attribute> attributes();
Orm::ModelOptions options();

} // namespace Contribution

// One contributor of a book, as the window and the imports give them.
struct Contributor
{
    QString name;
    QString role = Contribution::Author;

    friend bool operator==(const Contributor &, const Contributor &) = default;
};

// The names in a Livres.Auteur text, in order: split on ",", "&", "/", ";", " et " and " and ", spaces tidied,
// empty parts and repeats dropped ("Goscinny & Uderzo" -> Goscinny, Uderzo).
QStringList splitAuthors(const QString &text);

// The display text of names: "A, B".
QString joinAuthors(const QStringList &names);

} // namespace Catalogue
