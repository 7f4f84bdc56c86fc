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
    return {
            QStringLiteral("20240111000000-index-livres-stock"),
            [](Orm::Schema &schema) -> Orm::Status {
                for (const auto &[name, column] : indexes) {
                    if (auto r = schema.addIndex(Livre::tableName, {column}, name); !r)
                        return r;
                }
                return {};
            },
            [](Orm::Schema &schema) -> Orm::Status {
                for (const auto &[name, column] : indexes) {
                    if (auto r = schema.removeIndex(Livre::tableName, name); !r)
                        return r;
                }
                return {};
            },
    };
}

} // namespace Catalogue::Migrations
