#pragma once

//  Not part of the API.

#include "core/execution_p.h"
#include "sqlite/sqliteengine_p.h"

#include <orm/database.h>
#include <orm/dialect.h>

#include <QHash>
#include <QMutex>

#include <initializer_list>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace Orm {

// Runs statements on one SQLite connection through SQLite's C API, on the handle that QSQLITE opened
// (QSqlDriver::handle()), with the prepared statements kept for reuse. Measured here: rows read through the
// native handle took 1.0x the raw C API's time against 1.7x through a lean forward-only QSqlQuery, and binding
// through QSQLITE grows worse than linearly with the number of values. Used from the connection's thread only;
// clear() finalizes the statements before the connection closes (sqlite3_close refuses while any is open).
class SqliteStatements final : public SqliteEngine
{
public:
    explicit SqliteStatements(sqlite3 *handle);
    ~SqliteStatements() override;
    SqliteStatements(const SqliteStatements &) = delete;
    SqliteStatements &operator=(const SqliteStatements &) = delete;

    // With a visitor, the rows go to it as they are read (see RowVisitor) instead of into the RowSet.
    [[nodiscard]] Result<RowSet> execute(const QString &sql, const QVariantList &bindings, const Dialect &dialect,
                                         const RowVisitor &visit = {}) override;
    // Runs the statement once per list of bindings; the rows of every run, in order, in one RowSet.
    [[nodiscard]] Result<RowSet> executeEach(const QString &sql, const QList<QVariantList> &rows,
                                             const Dialect &dialect, const RowVisitor &visit = {}) override;
    // Runs INSERTs (without RETURNING) for count rows, the bindings of row r given by bindingsOf (pointers): the
    // batch statement while a whole batch remains, then the single-row one. The rowid of every row, in order: in a
    // batch, those before the last one inserted (see DatabasePrivate::rowidsAreConsecutive()).
    [[nodiscard]] Result<QList<qint64>> insertEach(const InsertStatements &statements, qsizetype count,
                                                   const BindingSource &bindingsOf, const Dialect &dialect) override;
    // Whether anything but an INSERT into the table may insert rows into it while that INSERT runs: a trigger (of
    // the main or the temporary schema, on any table) that names the table other than as its ON target.
    bool othersMayInsert(const QString &table, const Dialect &dialect) override;
    // Whether the column is its table's INTEGER PRIMARY KEY AUTOINCREMENT, whose value is the rowid.
    bool isAutoincrementKey(const QString &table, const QString &column) override;
    void clear() override;

private:
    // execute() and executeEach(): the statement run once per list of bindings of [rows, rows + count).
    [[nodiscard]] Result<RowSet> executeRows(const QString &sql, const QVariantList *rows, qsizetype count,
                                             const Dialect &dialect, const RowVisitor &visit);
    // The statement from the cache, or prepared and cached. Making room in a full cache finalizes the statement
    // prepared first, except those in keep (which the caller holds).
    [[nodiscard]] Result<sqlite3_stmt *> prepare(const QString &sql, const Dialect &dialect,
                                                 std::initializer_list<sqlite3_stmt *> keep = {});
    // The highest rowid an AUTOINCREMENT table has given or holds (0 before its first row), after which the next
    // row without a key comes; nothing when it cannot be read.
    static QString highestRowidSql(const QString &table);
    // Runs highestRowidSql()'s statement for the table named (in UTF-8; SQLite reads it where it is).
    static std::optional<qint64> highestRowid(sqlite3_stmt *statement, const QByteArray &table);
    Error lastError(const QString &sql, const Dialect &dialect) const;
    [[nodiscard]] Status bind(sqlite3_stmt *statement, const QVariantList &bindings, const QString &sql,
                              const Dialect &dialect);
    [[nodiscard]] Status bind(sqlite3_stmt *statement, const QList<const QVariant *> &bindings, const QString &sql,
                              const Dialect &dialect);
    template<typename At>
    [[nodiscard]] Status bind(sqlite3_stmt *statement, qsizetype count, At valueAt, const QString &sql,
                              const Dialect &dialect);
    [[nodiscard]] Status step(sqlite3_stmt *statement, RowSet &rows, const QString &sql, const Dialect &dialect,
                              const RowVisitor &visit = {});

    QMutex m_mutex; // clear() may come from the thread that closes the Database
    sqlite3 *m_handle;
    QHash<QString, sqlite3_stmt *> m_statements;
    QList<QByteArray> m_text; // the UTF-8 of the bound texts, one per parameter, until the statement is reset
    QList<QString> m_order; // least recently prepared first, for eviction
    // The statement prepare() gave last, and its text: a loop of lookups or saves sends the same text again, which
    // a comparison recognises faster than the hash of the statements' table.
    QString m_lastSql;
    sqlite3_stmt *m_lastStatement = nullptr;
};

} // namespace Orm
