#include "indexes_p.h"

#include <catalogue/migrations.h>

namespace Catalogue::Migrations {

using namespace Qt::StringLiterals;

namespace {

// A bookshop's list is also sorted by what is in stock and by what sells: these columns need indexes for a
// sort of a large catalogue to come at once (a million books sort in tens of milliseconds with one, in most of a
// second without).
const QList<std::pair<QString, QString>> indexes = {
        {u"livres_quantite"_s, u"Quantite"_s},
        {u"livres_ventes"_s, u"Ventes"_s},
};

} // namespace

Orm::Migration indexLivresStock()
{
    return livresIndexes(u"20240111000000-index-livres-stock"_s, indexes);
}

} // namespace Catalogue::Migrations
