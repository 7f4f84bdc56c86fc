#include <catalogue/migrations.h>

namespace Catalogue {

QList<Orm::Migration> migrations()
{
    return {Migrations::createLivres(),
            Migrations::indexLivres(),
            Migrations::createAuteurs(),
            Migrations::createMouvementsStock(),
            Migrations::searchLivres(),
            Migrations::indexLivresStock(),
            Migrations::createCouvertures(),
            Migrations::createIdentifiants(),
            Migrations::indexStatistics(),
            Migrations::salesSummary(),
            Migrations::indexLivresPostgres(),
            Migrations::indexStatisticsStock(),
            Migrations::changeFeedRows(),
            Migrations::bestSellersBounds(),
            Migrations::deadStockSummary(),
            Migrations::bestSellersBoundsByGenre(),
            Migrations::indexStatisticsGenre(),
            Migrations::bestSellersBoundsByMonth(),
            Migrations::indexLowStockGenre(),
            Migrations::stockSummary(),
            Migrations::bestSellersBoundsByGenreAndMonth(),
            Migrations::summariesLockPostgres(),
            Migrations::indexBestSellersBoundsByMonth()};
}

} // namespace Catalogue
