#include "sqlite/integerreader_p.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace Orm {

namespace {

sqlite3 *nativeHandle(const QSqlDatabase &connection)
{
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Error sqliteError(sqlite3 *handle, const QString &sql, const Dialect &dialect)
{
    const int code = sqlite3_extended_errcode(handle);
    const QString message = QString::fromUtf8(sqlite3_errmsg(handle));
    return dialect.mapError(QSqlError(QString(), message, QSqlError::StatementError, QString::number(code)), sql);
}

// Binds the values the query builder produces: null, integers, reals, text and blobs (anything else as text).
int bindValue(sqlite3_stmt *statement, int position, const QVariant &value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, position);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return sqlite3_bind_int64(statement, position, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(statement, position, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob64(statement, position, bytes.constData(), sqlite3_uint64(bytes.size()),
                                   SQLITE_TRANSIENT);
    }
    default: {
        const QString text = value.toString();
        return sqlite3_bind_text16(statement, position, text.utf16(), int(text.size() * sizeof(char16_t)),
                                   SQLITE_TRANSIENT);
    }
    }
}

[[nodiscard]] Result<std::vector<qint64>> readSqlite(sqlite3 *handle, const Statement &st, const Dialect &dialect)
{
    const QByteArray sql = st.sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return std::unexpected(sqliteError(handle, st.sql, dialect));
    }
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> owner(statement, &sqlite3_finalize);
    for (qsizetype i = 0; i < st.bindings.size(); ++i) {
        if (bindValue(statement, int(i) + 1, st.bindings.at(i)) != SQLITE_OK)
            return std::unexpected(sqliteError(handle, st.sql, dialect));
    }
    std::vector<qint64> values;
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
        values.push_back(sqlite3_column_int64(statement, 0));
    if (rc != SQLITE_DONE)
        return std::unexpected(sqliteError(handle, st.sql, dialect));
    return values;
}

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
        if (sqlite3 *handle = nativeHandle(*connection))
            return readSqlite(handle, statement, database.dialect());
    }
    return readQuery(*connection, statement, database.dialect());
}

} // namespace Orm
