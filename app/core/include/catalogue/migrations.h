#pragma once

#include <orm/migrator.h>

#include <QList>

namespace Catalogue {

// The catalogue's migrations, one per file in app/core/migrations/, in the order they run. A new catalogue is
// created by running them all.
QList<Orm::Migration> migrations();

namespace Migrations {
Orm::Migration createLivres();
Orm::Migration indexLivres();
Orm::Migration createAuteurs();
Orm::Migration createMouvementsStock();
Orm::Migration searchLivres();
Orm::Migration indexLivresStock();
Orm::Migration createCouvertures();
Orm::Migration createIdentifiants();
Orm::Migration indexStatistics();
Orm::Migration salesSummary();
Orm::Migration indexLivresPostgres();
Orm::Migration indexStatisticsStock();
Orm::Migration changeFeedRows();
Orm::Migration bestSellersBounds();
Orm::Migration deadStockSummary();
Orm::Migration bestSellersBoundsByGenre();
Orm::Migration indexStatisticsGenre();
Orm::Migration bestSellersBoundsByMonth();
Orm::Migration indexLowStockGenre();
Orm::Migration stockSummary();
Orm::Migration bestSellersBoundsByGenreAndMonth();
Orm::Migration summariesLockPostgres();
Orm::Migration indexBestSellersBoundsByMonth();
} // namespace Migrations

} // namespace Catalogue
