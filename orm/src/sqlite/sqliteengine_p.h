#pragma once

//  Not part of the API.

#include "core/execution_p.h"

#include <orm/database.h>
#include <orm/dialect.h>

namespace Orm {

// What runs a SQLite connection's statements when it need not go through QSqlQuery: today SqliteStatements, on
// SQLite's C API (see sqlitenative_p.h for when it is used). DatabasePrivate knows only this interface; without an
// engine (a build or a Qt whose SQLite it may not use), statements run through QSqlQuery and the answers below are
// the cautious ones.
class SqliteEngine
{
public:
    virtual ~SqliteEngine() = default;

    // Runs one statement and reads its rows; with a visitor, the rows go to it as they are read (see RowVisitor)
    // instead of into the RowSet.
    [[nodiscard]] virtual Result<RowSet> execute(const QString &sql, const QVariantList &bindings,
                                                 const Dialect &dialect, const RowVisitor &visit = {}) = 0;
    // Runs the statement once per list of bindings; the rows of every run, in order, in one RowSet.
    [[nodiscard]] virtual Result<RowSet> executeEach(const QString &sql, const QList<QVariantList> &rows,
                                                     const Dialect &dialect, const RowVisitor &visit = {}) = 0;
    // Runs INSERTs (without RETURNING) for count rows, the bindings of row r given by bindingsOf (pointers): the
    // batch statement while a whole batch remains, then the single-row one. The rowid of every row, in order: in a
    // batch, those before the last one inserted (see DatabasePrivate::rowidsAreConsecutive()).
    [[nodiscard]] virtual Result<QList<qint64>> insertEach(const InsertStatements &statements, qsizetype count,
                                                           const BindingSource &bindingsOf, const Dialect &dialect) = 0;
    // Whether anything but an INSERT into the table may insert rows into it while that INSERT runs: a trigger (of
    // the main or the temporary schema, on any table) that names the table other than as its ON target.
    virtual bool othersMayInsert(const QString &table, const Dialect &dialect) = 0;
    // Whether the column is its table's INTEGER PRIMARY KEY AUTOINCREMENT, whose value is the rowid.
    virtual bool isAutoincrementKey(const QString &table, const QString &column) = 0;
    // Releases what it holds on the connection, before the connection closes.
    virtual void clear() = 0;
};

} // namespace Orm
