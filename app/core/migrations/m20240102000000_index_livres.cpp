#include "indexes_p.h"

#include <catalogue/migrations.h>

namespace Catalogue::Migrations {

using namespace Qt::StringLiterals;

namespace {

// The columns a catalogue is sorted and searched by. Indexes are objects of their own: the Livres table stays
// column for column what the seed creates.
const QList<std::pair<QString, QString>> indexes = {
        {u"livres_nom"_s, u"Nom"_s},     {u"livres_auteur"_s, u"Auteur"_s}, {u"livres_genre"_s, u"Genre"_s},
        {u"livres_annee"_s, u"Annee"_s}, {u"livres_prix"_s, u"Prix"_s},     {u"livres_edition"_s, u"Edition"_s},
};

} // namespace

Orm::Migration indexLivres()
{
    return livresIndexes(u"20240102000000-index-livres"_s, indexes);
}

Orm::Migration livresIndexes(const QString &name, const QList<std::pair<QString, QString>> &list)
{
    return {
            name,
            [list](Orm::Schema &schema) -> Orm::Status {
                for (const auto &[index, column] : list) {
                    if (auto r = schema.addIndex(u"Livres"_s, {.fields = {column}, .name = index}); !r)
                        return r;
                }
                return {};
            },
            [list](Orm::Schema &schema) -> Orm::Status {
                for (const auto &[index, column] : list) {
                    if (auto r = schema.removeIndex(u"Livres"_s, index); !r)
                        return r;
                }
                return {};
            },
    };
}

} // namespace Catalogue::Migrations
