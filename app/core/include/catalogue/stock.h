#pragma once

#include <orm/attribute.h>
#include <orm/modeldefinition.h>

#include <QList>
#include <QString>

namespace Catalogue {

// A book's stock history: table MouvementsStock, one row per change of Livres.Quantite, so that the stock always
// equals the sum of its movements. Quantite is the signed change (a sale of 2 is -2).
namespace MouvementStock {

inline const QString modelName = QStringLiteral("MouvementStock");
inline const QString tableName = QStringLiteral("MouvementsStock");
inline const QString Id = QStringLiteral("id");
inline const QString LivreId = QStringLiteral("LivreId");
inline const QString Date = QStringLiteral("Date");
inline const QString Quantite = QStringLiteral("Quantite");
inline const QString Type = QStringLiteral("Type");
inline const QString Note = QStringLiteral("Note");

QList<Orm::Attribute> attributes();
Orm::ModelOptions options();

} // namespace MouvementStock

// The kinds of movement and the stored names of their Type.
enum class Movement { OpeningBalance, Receipt, Sale, Return, Adjustment };
QString movementType(Movement kind);

} // namespace Catalogue
