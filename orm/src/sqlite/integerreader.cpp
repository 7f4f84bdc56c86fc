#include "sqlite/integerreader_p.h"
#include "sqlite/sqlitenative_p.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace Orm {

namespace {

[[nodiscard]] Result<std::vector<qint64>> readQuery(const QSqlDatabase &connection, const Statement &st,
                                                    const Dialect &dialect)
{
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    query.setNumericalPrecisionPolicy(QSql::LowPrecisionInt64);
    bool ok = query.prepare(st.sql);
    for (const QVariant &value : st.bindings)
        query.addBindValue(value);
    ok = ok && query.exec();
    if (!ok)
        return std::unexpected(dialect.mapError(query.lastError(), st.sql));
    std::vector<qint64> values;
    if (query.size() > 0)
        values.reserve(size_t(query.size()));
    while (query.next())
        values.push_back(query.value(0).toLongLong());
    if (query.lastError().isValid())
        return std::unexpected(dialect.mapError(query.lastError(), st.sql));
    return values;
}

} // namespace

Result<std::vector<qint64>> readIntegers(const Database &database, const Statement &statement)
{
    auto connection = database.connection();
    if (!connection)
        return std::unexpected(connection.error());
    if (database.dialect().kind() == Dialect::Kind::Sqlite) {
        if (auto read = SqliteNative::readIntegers(*connection, statement, database.dialect()))
            return *read;
    }
    return readQuery(*connection, statement, database.dialect());
}

} // namespace Orm
