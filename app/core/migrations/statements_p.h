#pragma once

//  Not part of the API: shared by the catalogue's migrations that send their own SQL.

#include <orm/database.h>
#include <orm/dialect.h>
#include <orm/schema.h>

#include <QStringList>

namespace Catalogue::Migrations {

// Sends the statements in order; stops at the first that fails (the migrator rolls the migration back).
inline Orm::Status run(Orm::Schema &schema, const QStringList &statements)
{
    for (const QString &sql : statements) {
        if (auto r = schema.query(sql); !r)
            return std::unexpected(r.error());
    }
    return {};
}

inline bool isSqlite(const Orm::Schema &schema)
{
    return schema.database().dialect().kind() == Orm::Dialect::Kind::Sqlite;
}

} // namespace Catalogue::Migrations
