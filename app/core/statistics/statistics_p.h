#pragma once

//  Not part of the API: the associations the catalogue declares for the statistics' joins (books/relations.cpp), named
//  by the queries of statistics.cpp and bestsellers.cpp.

#include <QString>

namespace Catalogue::Statistics {

// MouvementStock -> LivreAuteur, on LivreId: a movement joined to each contribution of its book.
inline const QString contributionsJoin = QStringLiteral("StatistiquesContributions");
// Livre -> MouvementStock, on ID = LivreId: a book joined to each of its movements.
inline const QString movementsJoin = QStringLiteral("StatistiquesMouvements");

} // namespace Catalogue::Statistics
