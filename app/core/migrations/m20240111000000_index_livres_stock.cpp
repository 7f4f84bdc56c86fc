#include "indexes_p.h"

#include <catalogue/livre.h>
#include <catalogue/migrations.h>

namespace Catalogue::Migrations {

namespace {

// A bookshop's list is also sorted by what is in stock and by what sells: these columns need indexes for a
// sort of a large catalogue to come at once (a million books sort in tens of milliseconds with one, in most of a
// second without).
const QList<std::pair<QString, QString>> indexes = {
        {QStringLiteral("livres_quantite"), Livre::Quantite},
        {QStringLiteral("livres_ventes"), Livre::Ventes},
};

} // namespace

Orm::Migration indexLivresStock()
{
    return livresIndexes(QStringLiteral("20240111000000-index-livres-stock"), indexes);
}

} // namespace Catalogue::Migrations
