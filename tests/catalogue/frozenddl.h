#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <utility>

namespace CatalogueTests {

// The statements that shape the schema, as each of the catalogue's migrations sent them when it was written
// (SQLite, PostgreSQL). A migration is history: these never change, whatever the models become.
// Kept out of tst_migrator.cpp, which checks them (catalogueMigrationsCreateWhatTheyAlwaysCreated): a new migration
// adds its entry to one of the three files, printed by that test with CATALOGUE_PRINT_DDL=1.
using FrozenDdl = QHash<QString, std::pair<QStringList, QStringList>>;
const FrozenDdl &frozenDdl(); // all of them, by migration

FrozenDdl salesSummariesDdl(); // frozenddl_sales.cpp
FrozenDdl stockSummariesDdl(); // frozenddl_stock.cpp

} // namespace CatalogueTests
