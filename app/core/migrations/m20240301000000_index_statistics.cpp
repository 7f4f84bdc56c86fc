#include <catalogue/migrations.h>

namespace Catalogue::Migrations {

using namespace Qt::StringLiterals;

namespace {

// The statistics' queries (catalogue/statistics.h) read the sales and returns of a range of dates, and each book's
// sales: without these indexes every figure reads the whole of MouvementsStock and looks up each row's book.
// Both cover what the queries read of a movement, so that SQLite never reads the table's rows for them.
struct Index
{
    QString name;
    QStringList fields;
};

const QList<Index> indexes = {
        // Sales over time, best sellers, sales by genre: Type IN (sales, returns) AND Date in the range.
        {u"mouvements_stock_type_date"_s, {u"Type"_s, u"Date"_s, u"LivreId"_s, u"Quantite"_s}},
        // Dead stock and low stock: the sales of one book (its last sale, its last 90 days).
        {u"mouvements_stock_livre_type_date"_s, {u"LivreId"_s, u"Type"_s, u"Date"_s, u"Quantite"_s}},
};

} // namespace

Orm::Migration indexStatistics()
{
    return {
            u"20240301000000-index-statistics"_s,
            [](Orm::Schema &schema) -> Orm::Status {
                for (const Index &index : indexes) {
                    if (auto r = schema.addIndex(u"MouvementsStock"_s, {.fields = index.fields, .name = index.name});
                        !r)
                        return r;
                }
                return {};
            },
            [](Orm::Schema &schema) -> Orm::Status {
                for (const Index &index : indexes) {
                    if (auto r = schema.removeIndex(u"MouvementsStock"_s, index.name); !r)
                        return r;
                }
                return {};
            },
    };
}

} // namespace Catalogue::Migrations
