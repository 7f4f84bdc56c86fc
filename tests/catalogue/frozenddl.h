#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <utility>

namespace CatalogueTests {

// The statements that shape the schema, as each of the catalogue's migrations sent them when it was written
// (SQLite, PostgreSQL). A migration is history: these never change, whatever the models become.
// Kept out of tst_migrator.cpp, which checks them (catalogueMigrationsCreateWhatTheyAlwaysCreated): a new migration
// adds its entry here, printed by that test with CATALOGUE_PRINT_DDL=1.
extern const QHash<QString, std::pair<QStringList, QStringList>> frozenDdl;

} // namespace CatalogueTests
