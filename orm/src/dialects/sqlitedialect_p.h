#pragma once

//  Not part of the API.

#include <orm/dialect.h>

namespace Orm {

// SQLite as Sequelize 6 writes it: VARCHAR(n) for STRING, TINYINT(1) for BOOLEAN, DATETIME stored as text in
// Sequelize's "YYYY-MM-DD HH:MM:SS.SSS +00:00" form, so that files are shared with Node.js code.
class SqliteDialect final : public Dialect
{
public:
    Kind kind() const override { return Kind::Sqlite; }
    QString name() const override { return QStringLiteral("sqlite"); }
    QString driverName() const override { return QStringLiteral("QSQLITE"); }
    QString columnType(const Attribute &attribute) const override;
    QString iLike(const QString &lhs, const QString &pattern, bool negated) const override;
    // Whether iLike folds all of Unicode through orm_casefold(), which SqliteNative registers on each connection
    // with SQLite's C API, or ASCII only through lower() (without it). Decided with the first SQLite connection.
    static void setUnicodeCaseFolding(bool on);
    int maxParameters() const override { return 32766; } // SQLITE_MAX_VARIABLE_NUMBER since 3.32
    // Statements are bound through SQLite's own API (SqliteStatements); 8,000 values a statement measured as fast
    // as larger ones here. (Through QSQLITE, binding grew worse than linearly: 40,000 rows of 7 values took 34.6 s
    // in statements of 32,766 values.)
    int batchParameters() const override { return 8000; }
    QString dropTable(const QString &table) const override;
    Error mapError(const QSqlError &error, const QString &sql) const override;

protected:
    QVariant booleanToDatabase(bool value) const override { return qlonglong(value ? 1 : 0); }
    // Sequelize's text form: "2024-05-01 12:30:00.000 +00:00".
    QString dateTimeToDatabase(const QDateTime &utc) const override;
};

} // namespace Orm
