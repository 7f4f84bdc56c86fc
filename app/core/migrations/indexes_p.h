#pragma once

//  Not part of the API: shared by the catalogue's migrations that only add indexes to Livres.

#include <orm/migrator.h>

#include <QList>
#include <QString>

#include <utility>

namespace Catalogue::Migrations {

// A migration that adds single-column indexes (name, column) to Livres, and whose down removes exactly them.
Orm::Migration livresIndexes(const QString &name, const QList<std::pair<QString, QString>> &indexes);

} // namespace Catalogue::Migrations
