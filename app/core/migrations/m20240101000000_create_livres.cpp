#include <catalogue/livre.h>
#include <catalogue/migrations.h>

namespace Catalogue::Migrations {

// Livres exactly as the seed's schema.js creates it. A file made by the seed's Node.js code already has the
// table: the migration is then recorded as done and the table and its rows are left as they are.
Orm::Migration createLivres()
{
    return {
            QStringLiteral("20240101000000-create-livres"),
            [](Orm::Schema &schema) -> Orm::Status {
                auto exists = schema.hasTable(Livre::tableName);
                if (!exists)
                    return std::unexpected(exists.error());
                if (*exists)
                    return {};
                return schema.createTable(Livre::tableName, Livre::attributes());
            },
            [](Orm::Schema &schema) -> Orm::Status {
                // Undoing the first migration drops the books: refused while there are any, so that nothing stored
                // is lost by a mistaken `migrate down`.
                auto count = schema.query(QStringLiteral("SELECT COUNT(*) FROM \"Livres\""));
                if (!count)
                    return std::unexpected(count.error());
                const qint64 books = count->rows.value(0).value(0).toLongLong();
                if (books > 0)
                    return Orm::fail(
                            Orm::Error::Kind::InvalidQuery,
                            QStringLiteral("Livres holds %1 books: undoing its creation would delete them").arg(books));
                return schema.dropTable(Livre::tableName);
            },
    };
}

} // namespace Catalogue::Migrations
