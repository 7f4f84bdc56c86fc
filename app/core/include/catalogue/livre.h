#pragma once

#include <orm/database.h>
#include <orm/model.h>

#include <QString>

namespace Catalogue {

// The seed's book model: table `Livres`, the columns of its schema.js with the same names, types and NOT NULLs,
// no timestamps. On SQLite the table is, column for column, the one Sequelize 6 creates from schema.js, so that a
// catalogue file is shared with the seed's Node.js code both ways. Column names stay in French, as the seed has them.
namespace Livre {

inline const QString modelName = QStringLiteral("Livre");
inline const QString tableName = QStringLiteral("Livres");

// Column names.
inline const QString Id = QStringLiteral("ID");
inline const QString Nom = QStringLiteral("Nom");
inline const QString NomSansEspaces = QStringLiteral("NomSansEspaces");
inline const QString Presentation = QStringLiteral("Presentation");
inline const QString Description = QStringLiteral("Description");
inline const QString Couverture = QStringLiteral("Couverture");
inline const QString Prix = QStringLiteral("Prix");
inline const QString Genre = QStringLiteral("Genre");
inline const QString Accroche = QStringLiteral("Accroche");
inline const QString Lien = QStringLiteral("Lien");
inline const QString Auteur = QStringLiteral("Auteur");
inline const QString Edition = QStringLiteral("Edition");
inline const QString Quantite = QStringLiteral("Quantite");
inline const QString Annee = QStringLiteral("Annee");
inline const QString NbPages = QStringLiteral("NbPages");
inline const QString Ventes = QStringLiteral("Ventes");
inline const QString Arriere = QStringLiteral("Arriere");
inline const QString Dos = QStringLiteral("Dos");

// The attributes and options as schema.js declares them (names, types, NOT NULLs), with the rules a bookshop
// expects (a title, prices, stock and sales not below zero, a year between 1450 and next year, at least one page,
// a web address for Lien, covers that are images inside the catalogue's folder or on the web). The rules live
// here, not in the table: files made by the seed's Node.js code still open, and their rows that break a rule are
// reported by validation, never altered.
QList<Orm::Attribute> attributes();
Orm::ModelOptions options();
// Defines the model on a database, with its hook: NomSansEspaces ("the name without spaces") follows Nom
// whenever Nom changes and NomSansEspaces was not set explicitly.
[[nodiscard]] Orm::Result<Orm::Model> define(Orm::Database &database);

} // namespace Livre

} // namespace Catalogue
