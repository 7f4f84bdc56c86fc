#pragma once

//  Not part of the API.

#include <orm/dialect.h>
#include <orm/error.h>
#include <orm/querybuilder.h>

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Orm {

class SqliteEngine;

// The one door to SQLite's C API. The ORM calls it on the handle under a QSQLITE connection
// (QSqlDriver::handle()) for what QSqlQuery cannot do or does slowly: a busy handler that gives every waiter its
// turn, double-quoted string literals turned off, orm_casefold() for iLike beyond ASCII, telling whether SQLite
// opened a file read-only, the online backup, and the statement engine (SqliteStatements, readIntegers()).
//
// It is used only when the build has it (the CMake option ORM_SQLITE_C_API, on by default) and Qt's QSQLITE plugin
// runs on the very libsqlite3 the ORM linked. Qt's own binary builds put a SQLite of their own inside the plugin:
// its handles belong to that copy, which the ORM's sqlite3_* functions must never touch. That is decided once per
// process, on the first SQLite connection. Otherwise every function below does its work through QSqlQuery, or
// reports that it cannot, as it says.
namespace SqliteNative {

// Whether the C API is used on this process's QSQLITE connections: the first open one given decides; any other
// connection (PostgreSQL's) answers false and decides nothing.
bool isUsable(const QSqlDatabase &db);
// Why it is not, for a person ("built without SQLite's C API", "Qt's SQLite plugin has a SQLite of its own");
// empty when it is or before the first SQLite connection.
QString whyNotUsable();

// Installs on a connection just opened, before anything runs on it, the busy handler that waits up to 10 s for a
// lock with short jittered tries. Without the C API, QSQLITE's busy timeout (connectOptions()) stands instead.
void setBusyHandler(const QSqlDatabase &db);
// Sets up a connection once its pragmas are set: double-quoted string literals off, orm_casefold() registered.
// Without the C API, nothing: iLike then folds ASCII only (see SqliteDialect::setUnicodeCaseFolding()).
void configure(const QSqlDatabase &db);
// QSQLITE's connection options that stand in for configure() without the C API (its busy timeout); to append to
// the others.
QString connectOptions();
// Whether SQLite opened the database read-only by itself (no permission to write, or a file format newer than it
// writes). Without the C API, whether a write lock is refused as read-only.
bool opensReadOnly(const QSqlDatabase &db);

// The statement engine of the connection, or null when its statements go through QSqlQuery.
std::shared_ptr<SqliteEngine> engine(const QSqlDatabase &db);
// The first column of the statement's rows as integers, read through the C API; nothing when it cannot be (the
// caller then reads them through QSqlQuery).
std::optional<Result<std::vector<qint64>>> readIntegers(const QSqlDatabase &db, const Statement &statement,
                                                        const Dialect &dialect);

// Copies the connection's main database into a new file at path, a page range at a time so that others may write
// between the steps (SQLite's online backup), telling progress(copied, total) pages after each; without the C
// API, in one VACUUM INTO (progress told once, at the end). The reason for a person when it fails.
[[nodiscard]] std::optional<QString> backup(const QSqlDatabase &db, const QString &path,
                                            const std::function<void(qint64 copied, qint64 total)> &progress);

} // namespace SqliteNative

} // namespace Orm
