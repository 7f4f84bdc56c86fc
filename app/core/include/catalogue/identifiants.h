#pragma once

#include <orm/attribute.h>
#include <orm/modeldefinition.h>

#include <QList>
#include <QString>

#include <optional>

namespace Catalogue {

// A book's identifiers (table Identifiants): one row per book and kind, and a value unique per kind. Livres stays as
// the seed made it, without an ISBN column: ISBNs live here, always as ISBN-13 (an ISBN-10 is converted).
namespace Identifiant {

inline const QString modelName = QStringLiteral("Identifiant");
inline const QString tableName = QStringLiteral("Identifiants");
inline const QString Id = QStringLiteral("id");
inline const QString LivreId = QStringLiteral("LivreId");
inline const QString Type = QStringLiteral("Type");
inline const QString Valeur = QStringLiteral("Valeur");

// The kinds, as stored in Type. Other kinds (from a Calibre "identifiers" field, say) are lowercase ASCII names.
inline const QString Isbn13 = QStringLiteral("isbn13");
inline const QString Goodreads = QStringLiteral("goodreads");

QList<Orm::Attribute> attributes();
Orm::ModelOptions options();

// Whether kind is a name a kind may have: 1 to 32 characters among a-z, 0-9, '-' and '_'.
bool isKindName(const QString &kind);

} // namespace Identifiant

// The ISBN-13 that text names, or nothing: text may be an ISBN-13 or an ISBN-10, with hyphens or spaces, the
// spreadsheet guard ="…", and an ISBN-10 that lost its leading zeros (a number in a spreadsheet). The check digit
// must be right.
std::optional<QString> isbn13(QStringView text);

// Why text is not an ISBN (its length, a character, its check digit), or empty when isbn13() accepts it.
QString isbnProblem(QStringView text);

} // namespace Catalogue
