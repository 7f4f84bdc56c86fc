#pragma once

//  Not part of the API.

#include <orm/dialect.h>
#include <orm/error.h>

#include <QMap>
#include <QString>

namespace Orm {

// A parsed database URL (see Database::open()).
struct ConnectionUrl
{
    Dialect::Kind kind = Dialect::Kind::Sqlite;
    QString path; // SQLite: the file, or ":memory:"
    QString user;
    QString password;
    QString host;
    int port = -1;
    QString database;
    QMap<QString, QString> parameters; // PostgreSQL: ?sslmode=...&host=...
    bool readOnly = false; // SQLite: ?mode=ro

    bool isMemory() const { return kind == Dialect::Kind::Sqlite && path == u":memory:"; }
    // The URL without the password, for messages.
    QString display() const;
    [[nodiscard]] static Result<ConnectionUrl> parse(const QString &url);
    // PostgreSQL: the parameters as QPSQL's connect options (QSqlDatabase::setConnectOptions()), each value quoted
    // and escaped as libpq's connection strings define, with connect_timeout=10 unless the URL sets it. (QPSQL
    // quotes the host, database, user and password itself, but passes the options on as they are.)
    QString postgresOptions() const;
    // A value as libpq reads it in a connection string: in single quotes, with backslashes and quotes escaped.
    static QString libpqQuoted(const QString &value);

private:
    [[nodiscard]] static Status readSqliteParameters(const QString &query, ConnectionUrl &url);
};

} // namespace Orm
