#include "indexes_p.h"

#include <catalogue/livre.h>
#include <catalogue/migrations.h>

namespace Catalogue::Migrations {

namespace {

// The columns a catalogue is sorted and searched by. Indexes are objects of their own: the Livres table stays
// column for column what the seed creates.
const QList<std::pair<QString, QString>> indexes = {
        {QStringLiteral("livres_nom"), Livre::Nom},     {QStringLiteral("livres_auteur"), Livre::Auteur},
        {QStringLiteral("livres_genre"), Livre::Genre}, {QStringLiteral("livres_annee"), Livre::Annee},
        {QStringLiteral("livres_prix"), Livre::Prix},   {QStringLiteral("livres_edition"), Livre::Edition},
};

} // namespace

Orm::Migration indexLivres()
{
    return livresIndexes(QStringLiteral("20240102000000-index-livres"), indexes);
}

Orm::Migration livresIndexes(const QString &name, const QList<std::pair<QString, QString>> &list)
{
    return {
            name,
            [list](Orm::Schema &schema) -> Orm::Status {
                for (const auto &[index, column] : list) {
                    if (auto r = schema.addIndex(Livre::tableName, {column}, index); !r)
                        return r;
                }
                return {};
            },
            [list](Orm::Schema &schema) -> Orm::Status {
                for (const auto &[index, column] : list) {
                    if (auto r = schema.removeIndex(Livre::tableName, index); !r)
                        return r;
                }
                return {};
            },
    };
}

} // namespace Catalogue::Migrations
