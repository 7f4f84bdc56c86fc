#pragma once

#include <orm/attribute.h>
#include <orm/modeldefinition.h>

#include <QList>
#include <QString>

namespace Catalogue {

// The cover images stored in the catalogue itself (table Couvertures), so that a SQLite catalogue stays one file
// and a PostgreSQL catalogue shares its covers with every user. An image is stored once, under the SHA-256 of its
// bytes, however many books show it; a Livres cover column (Couverture, Arriere, Dos) then holds the reference
// "sha256:<64 hex digits>". Images are never deleted with a book: an undo, or another book, may still show them.
namespace CoverImage {

inline const QString modelName = QStringLiteral("CoverImage");
inline const QString tableName = QStringLiteral("Couvertures");
inline const QString Empreinte = QStringLiteral("Empreinte"); // the SHA-256 of Donnees, 64 lowercase hex digits
inline const QString Format = QStringLiteral("Format"); // "png", "jpeg"... as QImageReader names it
inline const QString Largeur = QStringLiteral("Largeur"); // pixels
inline const QString Hauteur = QStringLiteral("Hauteur");
inline const QString Donnees = QStringLiteral("Donnees"); // the file's bytes, as given

// What a cover may be: at most 20 MB, at most 10,000 pixels on a side, and an image QImageReader decodes.
inline constexpr qint64 maxBytes = 20 * 1024 * 1024;
inline constexpr int maxSide = 10000;

inline const QString referencePrefix = QStringLiteral("sha256:");

QList<Orm::Attribute> attributes();
Orm::ModelOptions options();

// Whether text is a reference to a stored image ("sha256:" and 64 lowercase hex digits).
bool isReference(QStringView text);

} // namespace CoverImage

} // namespace Catalogue
