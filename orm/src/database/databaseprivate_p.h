#pragma once

//  Not part of the API.

#include "core/connectionurl_p.h"
#include "core/execution_p.h"
#include "core/hookregistry_p.h"

#include <orm/database.h>
#include <orm/dialect.h>

#include <QHash>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>

#include <atomic>
#include <functional>
#include <memory>

class QSqlQuery;

namespace Orm {

class ModelPrivate;
class SqliteEngine;

// The shared part of a Database: its URL and access, its connections (one per thread, each with its SQLite
// statements), its global hooks and models, and the running of statements.
class DatabasePrivate : public std::enable_shared_from_this<DatabasePrivate>
{
public:
    explicit DatabasePrivate(const ConnectionUrl &url);
    static DatabasePrivate *of(const Database &database) { return database.d.get(); }
    ~DatabasePrivate();

    [[nodiscard]] Result<QSqlDatabase> connection();
    void closeAll();
    // Runs one statement and reads all its rows; with a visitor, gives them to it instead of keeping them (the
    // RowSet then has the columns and the count of changed rows only).
    [[nodiscard]] Result<RowSet> execute(const QString &sql, const QVariantList &bindings,
                                         const RowVisitor &visit = {});
    // Runs one statement once per list of bindings (prepared once on SQLite); the rows of every run, in order.
    [[nodiscard]] Result<RowSet> executeEach(const QString &sql, const QList<QVariantList> &rows);
    // SQLite: whether this thread's connection runs statements through SQLite's C API and the column is its
    // table's INTEGER PRIMARY KEY AUTOINCREMENT, so that insertEach() gives the keys of the inserted rows.
    bool insertsGiveKeys(const QString &table, const QString &column);
    // SQLite: whether nothing but a statement inserting into the table can insert into it meanwhile (see
    // SqliteStatements::othersMayInsert()), so that the rows of one multi-row INSERT get consecutive rowids.
    // Checked when asked: triggers come and go. insertEach() makes sure with the table's highest rowid.
    bool rowidsAreConsecutive(const QString &table);
    // Runs INSERTs without RETURNING for count rows, the bindings of each row from bindingsOf: the batch statement
    // while a whole batch remains, then the single-row one; the rowid of each row. Only where insertsGiveKeys(),
    // and batches only where rowidsAreConsecutive() or the rowids are not wanted (InsertStatements::rowids). The
    // bindings of a row stay valid until the statement that takes them has run: up to perBatch rows are asked for
    // before it runs.
    [[nodiscard]] Result<QList<qint64>> insertEach(const InsertStatements &statements, qsizetype count,
                                                   const BindingSource &bindingsOf);

    const ConnectionUrl url;
    const Dialect &dialect;
    const quint64 serial;
    QString memoryUri; // the shared in-memory database of sqlite::memory:, one per Database
    // Decided by Database::open() (see decideAccess()), before any other thread can see them; changed only by
    // Database::reopen(), which no other thread may run beside.
    bool readOnly = false;
    QString readOnlyReason;
    bool immutable = false; // a SQLite file read without locks nor side files
    bool trustedSchema = false; // PRAGMA trusted_schema of every SQLite connection

    HookRegistry hooks; // global hooks
    QMutex mutex; // guards connectionNames, statements and models
    QSet<QString> connectionNames;
    QHash<QString, std::shared_ptr<SqliteEngine>> statements; // by connection name
    QList<std::shared_ptr<const ModelPrivate>> models;
    std::function<void(const QString &)> logger; // guarded by mutex
    // Database::connectionState() and its observers (guarded by mutex).
    std::atomic<bool> lost{false};
    QHash<int, std::function<void(ConnectionState, const Error &)>> connectionObservers;
    int nextObserver = 1;
    // Follows a call's outcome: a Connection error makes the state Lost, a success Connected; observers are told.
    void observe(const Error *connectionError);
    template<typename T>
    Result<T> observed(Result<T> result)
    {
        if (!result && result.error().kind() == Error::Kind::Connection)
            observe(&result.error());
        else if (result && lost.load(std::memory_order_relaxed))
            observe(nullptr); // only a success: some errors (a lost transaction's) are not the server's answer
        return result;
    }
    // A SQLite file existed when a connection first opened it: it is never created anew after that.
    std::atomic<bool> fileSeen{false};
    // A SQLite file that was opened is still at its path: a Connection error when it was moved or deleted (SQLite
    // would go on writing to the deleted file in WAL mode, and all would be lost when it closes). Checked as each
    // outermost transaction begins, and by Database::ping().
    [[nodiscard]] Status fileInPlace() const;
    std::atomic<bool> hasLogger{false};
    void log(const QString &sql);
    // A SQLite file (not read-only) is moved to a write-ahead log, on this thread's connection; false when it
    // keeps its journal (see database.cpp).
    [[nodiscard]] Result<bool> useWriteAheadLog();
    [[nodiscard]] Status probe(); // Database::probe()

private:
    [[nodiscard]] Status beforeStatement(const QString &sql);
    [[nodiscard]] Result<RowSet> run(const QString &sql, const QVariantList &bindings, const RowVisitor &visit = {});
    [[nodiscard]] Result<RowSet> runEach(const QString &sql, const QList<QVariantList> &rows);
    QString queryPathTextProblem(const QVariant &value) const;
    // A refused write's error, saying which database and why it is read-only.
    [[nodiscard]] Result<RowSet> explained(Result<RowSet> result) const;
    [[nodiscard]] Result<QSqlDatabase> openConnection(const QString &name);
    [[nodiscard]] Status configureSqlite(QSqlDatabase &db, bool newFile);
    static bool useWriteAheadLog(QSqlQuery &q);
    [[nodiscard]] Status configurePostgres(QSqlDatabase &db);
};

} // namespace Orm
