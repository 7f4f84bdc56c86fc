#pragma once

//  Not part of the API.

#include <orm/dialect.h>

namespace Orm {

// PostgreSQL as Sequelize 6 writes it: SERIAL for an auto-incremented INTEGER key, TIMESTAMP WITH TIME ZONE for
// DATE, BYTEA for BLOB. Errors are mapped by SQLSTATE.
class PostgresDialect final : public Dialect
{
public:
    Kind kind() const override { return Kind::Postgres; }
    QString name() const override { return QStringLiteral("postgres"); }
    QString driverName() const override { return QStringLiteral("QPSQL"); }
    QString columnType(const Attribute &attribute) const override;
    QString iLike(const QString &lhs, const QString &pattern, bool negated) const override;
    int maxParameters() const override { return 65535; }
    int batchParameters() const override { return 8192; }
    QString dropTable(const QString &table) const override;
    Error mapError(const QSqlError &error, const QString &sql) const override;

protected:
    QVariant booleanToDatabase(bool value) const override { return value; }
    // ISO 8601 in UTC: exact to the millisecond, whatever the server's time zone.
    QString dateTimeToDatabase(const QDateTime &utc) const override { return utc.toString(Qt::ISODateWithMs); }
};

} // namespace Orm
