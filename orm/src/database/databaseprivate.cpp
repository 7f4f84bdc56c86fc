#include "core/textchecks_p.h"
#include "database/databaseprivate_p.h"
#include "database/scopedtransaction_p.h"
#include "sqlite/sqliteengine_p.h"
#include "sqlite/sqlitefile_p.h"
#include "sqlite/sqlitenative_p.h"

#include <orm/database.h>
#include <orm/querybuilder.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <atomic>
#include <list>
#include <map>

#include <libpq-fe.h>

namespace Orm {

namespace {

std::atomic<quint64> s_nextSerial{1};

// The statements prepared on one PostgreSQL connection, by their SQL text, the least recently used dropped past
// a bound. QPSQL PREPAREs a named statement for each QSqlQuery and DEALLOCATEs it when the query goes: kept, a
// statement run again costs one round trip (EXECUTE) instead of three. A query is taken out while it runs, and
// given back only when it succeeded.
class PreparedQueries
{
public:
    static constexpr qsizetype capacity = 64;

    std::unique_ptr<QSqlQuery> take(const QString &sql)
    {
        const auto it = m_index.constFind(sql);
        if (it == m_index.cend())
            return nullptr;
        std::unique_ptr<QSqlQuery> query = std::move((*it)->second);
        m_order.erase(*it);
        m_index.erase(it);
        return query;
    }
    void put(const QString &sql, std::unique_ptr<QSqlQuery> query)
    {
        m_order.emplace_back(sql, std::move(query));
        m_index.insert(sql, std::prev(m_order.end()));
        if (m_order.size() > capacity) {
            m_index.remove(m_order.front().first);
            m_order.pop_front();
        }
    }

private:
    std::list<std::pair<QString, std::unique_ptr<QSqlQuery>>> m_order; // least recently used first
    QHash<QString, decltype(m_order)::iterator> m_index;
};

// The connections this thread opened, by database serial. They are closed when the thread ends, on the thread
// that owns them, as QSqlDatabase requires.
struct ThreadConnections
{
    // Declared first, so destroyed last: once its connection is removed, a query's driver is gone and it sends
    // no DEALLOCATE (the session that held the statements is over).
    std::map<quint64, PreparedQueries> prepared; // PostgreSQL connections' statements
    quint64 threadSerial = s_nextSerial++;
    QHash<quint64, QString> names;
    QHash<quint64, std::shared_ptr<SqliteEngine>> statements; // SQLite connections' statement engines
    ~ThreadConnections()
    {
        for (const auto &cache : std::as_const(statements))
            cache->clear(); // before the connection closes: sqlite3_close refuses while statements are open
        for (const QString &name : std::as_const(names)) {
            if (QSqlDatabase::contains(name))
                QSqlDatabase::removeDatabase(name);
        }
    }
};

ThreadConnections &threadConnections()
{
    thread_local ThreadConnections connections;
    return connections;
}

Error connectionError(const QString &what, const QSqlError &error, const QString &url)
{
    QString detail = error.databaseText().trimmed();
    if (detail.isEmpty())
        detail = error.text().trimmed();
    detail.replace(u'\n', u' ');
    return Error(Error::Kind::Connection, QStringLiteral("%1 %2: %3").arg(what, url, detail))
            .setNativeCode(error.nativeErrorCode());
}

} // namespace

namespace {

Error lostInTransaction(const QString &sql)
{
    return Error(Error::Kind::Connection,
                 QStringLiteral("the connection to the database was lost during the transaction: end the "
                                "transaction (it was rolled back) before anything else"),
                 sql);
}

// What the server says besides results (RAISE NOTICE and WARNING, "terminating connection" when it shuts down)
// goes to the database's logger as an SQL comment. libpq's default prints it on stderr, where it landed in the
// middle of the command line's output; the error that follows, if any, is reported as usual.
void logNotice(void *database, const char *message)
{
    static_cast<DatabasePrivate *>(database)->log(QStringLiteral("-- ") + QString::fromUtf8(message).trimmed());
}

} // namespace

DatabasePrivate::DatabasePrivate(const ConnectionUrl &u)
    : url(u),
      dialect(Dialect::forKind(u.kind)),
      serial(s_nextSerial++)
{
    if (url.isMemory())
        // The memdb VFS shares one in-memory database between this Database's connections with ordinary
        // locking, so the busy timeout applies (a shared-cache one reports SQLITE_LOCKED at once instead).
        memoryUri = QStringLiteral("file:/orm_memory_%1?vfs=memdb").arg(serial);
}

DatabasePrivate::~DatabasePrivate()
{
    closeAll();
}

void DatabasePrivate::closeAll()
{
    QMutexLocker lock(&mutex);
    for (const auto &cache : std::as_const(statements))
        cache->clear();
    statements.clear();
    for (const QString &name : std::as_const(connectionNames)) {
        if (QSqlDatabase::contains(name))
            QSqlDatabase::removeDatabase(name);
    }
    connectionNames.clear();
    threadConnections().names.remove(serial);
    threadConnections().statements.remove(serial);
    threadConnections().prepared.erase(serial); // after their connection: their statements went with it
}

Result<QSqlDatabase> DatabasePrivate::connection()
{
    ThreadConnections &mine = threadConnections();
    const auto it = mine.names.constFind(serial);
    if (it != mine.names.cend()) {
        {
            QSqlDatabase db = QSqlDatabase::database(*it, false); // invalid, so not open, when it was removed
            if (db.isOpen())
                return db;
        }
        if (auto cache = mine.statements.take(serial))
            cache->clear();
        QSqlDatabase::removeDatabase(*it); // closed or lost: open it anew
    }
    mine.prepared.erase(serial); // prepared on the connection that is gone (or on an earlier one, before reopen())
    const QString name = QStringLiteral("orm_%1_%2").arg(serial).arg(mine.threadSerial);
    auto db = openConnection(name);
    if (!db)
        return observed(std::move(db));
    mine.names.insert(serial, name);
    QMutexLocker lock(&mutex);
    connectionNames.insert(name);
    if (dialect.kind() == Dialect::Kind::Sqlite) {
        if (auto engine = SqliteNative::engine(*db)) {
            mine.statements.insert(serial, engine);
            statements.insert(name, engine);
        }
    }
    return db;
}

Result<QSqlDatabase> DatabasePrivate::openConnection(const QString &name)
{
    bool newFile = false;
    if (url.kind == Dialect::Kind::Sqlite && !url.isMemory()) {
        // Checked before Qt opens anything: SQLite would create a file where the user mistyped a path.
        const QFileInfo file(url.path);
        if (!file.absoluteDir().exists())
            return fail(Error::Kind::Connection,
                        QStringLiteral("cannot open %1: the directory %2 does not exist")
                                .arg(url.display(), QDir::toNativeSeparators(file.absolutePath())));
        if (file.isDir())
            return fail(Error::Kind::Connection,
                        QStringLiteral("cannot open %1: it is a directory").arg(url.display()));
        if (file.exists() && !file.isFile())
            return fail(Error::Kind::Connection,
                        QStringLiteral("cannot open %1: it is not a regular file").arg(url.display()));
        // A file moved or deleted while the catalogue was open is not made again, empty, where it was.
        if (auto there = fileInPlace(); !there)
            return std::unexpected(there.error());
        newFile = !readOnly && (!file.exists() || file.size() == 0);
    }
    Error error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), name);
        if (!db.isValid()) {
            error = Error(Error::Kind::Connection,
                          QStringLiteral("the Qt driver %1 is not installed").arg(dialect.driverName()));
        } else if (url.kind == Dialect::Kind::Sqlite) {
            if (url.isMemory()) {
                db.setDatabaseName(memoryUri);
                db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;") + SqliteNative::connectOptions());
            } else if (immutable) {
                db.setDatabaseName(immutableUri(url.path));
                db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY;")
                                     + SqliteNative::connectOptions());
            } else if (readOnly) {
                db.setDatabaseName(url.path);
                db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;") + SqliteNative::connectOptions());
            } else {
                db.setDatabaseName(url.path);
                db.setConnectOptions(SqliteNative::connectOptions());
            }
            if (!db.open())
                error = connectionError(QStringLiteral("cannot open"), db.lastError(), url.display());
            else if (auto configured = configureSqlite(db, newFile); !configured)
                error = configured.error();
        } else {
            db.setHostName(url.host.isEmpty() ? QStringLiteral("localhost") : url.host);
            if (url.port > 0)
                db.setPort(url.port);
            db.setDatabaseName(url.database);
            db.setUserName(url.user);
            if (!url.password.isEmpty()) // otherwise libpq reads PGPASSWORD and ~/.pgpass itself
                db.setPassword(url.password);
            db.setConnectOptions(url.postgresOptions());
            if (!db.open())
                error = connectionError(QStringLiteral("cannot connect to"), db.lastError(), url.display());
            else if (auto configured = configurePostgres(db); !configured)
                error = configured.error();
            else if (const QVariant handle = db.driver()->handle();
                     qstrcmp(handle.typeName(), "pg_conn*") == 0) // PGconn
                // The connection is removed (closeAll(), connection()) before this DatabasePrivate is gone.
                PQsetNoticeProcessor(*static_cast<PGconn *const *>(handle.constData()), &logNotice, this);
        }
        if (error.message().isEmpty()) {
            if (url.kind == Dialect::Kind::Sqlite && !url.isMemory())
                fileSeen.store(true);
            return db;
        }
        db.close();
    } // every QSqlDatabase copy is gone before the connection is removed (else Qt warns it is still in use)
    QSqlDatabase::removeDatabase(name);
    return std::unexpected(error);
}

Status DatabasePrivate::probe()
{
    if (auto there = fileInPlace(); !there)
        return there;
    static std::atomic<quint64> probes = 0;
    const QString name = QStringLiteral("orm_probe_%1_%2").arg(serial).arg(probes++);
    Status reached;
    {
        auto db = openConnection(name); // removed again when it fails
        if (!db)
            return std::unexpected(db.error());
        QSqlQuery q(*db);
        if (!q.exec(QStringLiteral("SELECT 1")))
            reached = std::unexpected(dialect.mapError(q.lastError(), q.lastQuery()));
    } // every copy of the connection gone before it is removed
    QSqlDatabase::removeDatabase(name);
    return reached;
}

Status DatabasePrivate::configureSqlite(QSqlDatabase &db, bool newFile)
{
    SqliteNative::setBusyHandler(db);
    QSqlQuery q(db);
    // Before anything is read: SQL stored in a file from elsewhere (views, triggers, defaults, CHECKs) may not call
    // a function that has side effects, unless the schema is known to be this program's own.
    const QString trust = trustedSchema ? QStringLiteral("PRAGMA trusted_schema = ON")
                                        : QStringLiteral("PRAGMA trusted_schema = OFF");
    if (!q.exec(trust))
        return std::unexpected(dialect.mapError(q.lastError(), trust));
    // On a read-only connection too: a write is then refused as it starts (SQLITE_READONLY, a ReadOnly error),
    // before SQLite would run anything else of it (a trigger on a virtual table that the schema may not use).
    if (readOnly && !q.exec(QStringLiteral("PRAGMA query_only = ON")))
        return std::unexpected(dialect.mapError(q.lastError(), QStringLiteral("PRAGMA query_only = ON")));
    // Reading the schema first tells a file that is not a database (SQLITE_NOTADB) from one that is.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        Error e = dialect.mapError(q.lastError(), q.lastQuery());
        return std::unexpected(
                Error(Error::Kind::Connection, QStringLiteral("cannot open %1: %2").arg(url.display(), e.message()))
                        .setNativeCode(e.nativeCode()));
    }
    q.finish();
    const QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys = ON"),
                                 QStringLiteral("PRAGMA case_sensitive_like = ON")};
    for (const QString &pragma : pragmas) {
        if (!q.exec(pragma))
            return std::unexpected(dialect.mapError(q.lastError(), pragma));
    }
    if (newFile)
        useWriteAheadLog(q);
    else if (!url.isMemory() && q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next()
             && q.value(0).toString().compare(u"wal", Qt::CaseInsensitive) == 0)
        useWriteAheadLog(q); // for its synchronous setting, which belongs to the connection
    q.finish();
    SqliteNative::configure(db);
    return {};
}

bool DatabasePrivate::useWriteAheadLog(QSqlQuery &q)
{
    // WAL lets readers work while one connection writes, and writers wait far less for each other than in a
    // rollback journal, where four processes recording sales were seen failing with "database is locked". It is
    // written into the file's header, so it is set only on files this library creates or migrates (their owner
    // accepted changes to them): opening an existing file to read it leaves it byte for byte as it was. SQLite
    // since 3.7 (2010), the seed's Node.js code included, opens a WAL file as any other. Changing the mode needs
    // a moment alone with the file: when another connection holds it, the file keeps its journal.
    const bool wal = q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && q.next()
            && q.value(0).toString().compare(u"wal", Qt::CaseInsensitive) == 0;
    q.finish();
    if (wal)
        q.exec(QStringLiteral("PRAGMA synchronous = NORMAL")); // safe with WAL, and much faster than FULL
    q.finish();
    return wal;
}

Result<bool> DatabasePrivate::useWriteAheadLog()
{
    if (url.kind != Dialect::Kind::Sqlite || url.isMemory() || readOnly)
        return false;
    auto db = connection();
    if (!db)
        return std::unexpected(db.error());
    QSqlQuery q(*db);
    return useWriteAheadLog(q);
}

Status DatabasePrivate::configurePostgres(QSqlDatabase &db)
{
    QSqlQuery q(db);
    // Statements stay prepared (see PreparedQueries), but each run is planned for its values, as when every
    // statement was prepared anew: a generic plan would not know a LIMIT, or that a genre holds half the books.
    QStringList settings = {QStringLiteral("SET client_min_messages TO WARNING"), QStringLiteral("SET TIME ZONE 'UTC'"),
                            QStringLiteral("SET plan_cache_mode TO force_custom_plan")};
    if (readOnly) // every write then fails with read_only_sql_transaction (25006)
        settings << QStringLiteral("SET default_transaction_read_only = on");
    for (const QString &setting : settings) {
        if (!q.exec(setting))
            return std::unexpected(dialect.mapError(q.lastError(), setting));
    }
    return {};
}

void DatabasePrivate::log(const QString &sql)
{
    if (!hasLogger.load(std::memory_order_relaxed))
        return;
    QMutexLocker lock(&mutex);
    const auto logger = this->logger;
    lock.unlock();
    if (logger)
        logger(sql);
}

Result<RowSet> DatabasePrivate::execute(const QString &sql, const QVariantList &bindings, const RowVisitor &visit)
{
    return observed(explained(run(sql, bindings, visit)));
}

Result<RowSet> DatabasePrivate::executeEach(const QString &sql, const QList<QVariantList> &rows)
{
    return observed(explained(runEach(sql, rows)));
}

Status DatabasePrivate::fileInPlace() const
{
    if (url.kind != Dialect::Kind::Sqlite || url.isMemory() || !fileSeen.load() || QFileInfo::exists(url.path))
        return {};
    return fail(Error::Kind::Connection,
                QCoreApplication::translate("Orm::Database",
                                            "cannot reach %1: the file is no longer there (moved or deleted while it "
                                            "was open); nothing more can be saved to it until it is back")
                        .arg(url.display()));
}

void DatabasePrivate::observe(const Error *connectionError)
{
    const bool nowLost = connectionError != nullptr;
    if (lost.exchange(nowLost) == nowLost)
        return;
    QMutexLocker lock(&mutex);
    const auto observers = connectionObservers.values();
    lock.unlock();
    // Outside the lock: an observer may use the database (a watch pings it, a window reads again).
    const ConnectionState state = nowLost ? ConnectionState::Lost : ConnectionState::Connected;
    for (const auto &observer : observers)
        observer(state, nowLost ? *connectionError : Error());
}

Result<RowSet> DatabasePrivate::explained(Result<RowSet> result) const
{
    if (result || result.error().kind() != Error::Kind::ReadOnly)
        return result;
    const Error &e = result.error();
    const QString why = readOnly ? readOnlyReason : e.message();
    return std::unexpected(
            Error(Error::Kind::ReadOnly,
                  QCoreApplication::translate("Orm::Database", "cannot write to %1: %2").arg(url.display(), why),
                  e.sql())
                    .setNativeCode(e.nativeCode()));
}

// Why a value bound to a statement run through QSqlQuery would not be stored, or read back, as it is: what no
// database stores (textProblem()), and on SQLite what QSQLITE reads back changed (sqliteUtf16Problem()).
QString DatabasePrivate::queryPathTextProblem(const QVariant &value) const
{
    QString problem = textProblem(value);
    if (problem.isEmpty() && dialect.kind() == Dialect::Kind::Sqlite)
        problem = sqliteUtf16Problem(value);
    return problem;
}

namespace {

enum class StatementKind { Data, Transaction, Other };

// What a statement does to the statements prepared on its connection: a query or a change of rows (Data) may be
// kept prepared; transaction control leaves them be; anything else may change the schema, after which PostgreSQL
// refuses a prepared statement whose result type changed, so they are dropped.
StatementKind statementKind(const QString &sql)
{
    static const QStringList data = {QStringLiteral("SELECT"), QStringLiteral("INSERT"), QStringLiteral("UPDATE"),
                                     QStringLiteral("DELETE"), QStringLiteral("WITH")};
    static const QStringList transaction = {QStringLiteral("BEGIN"),    QStringLiteral("COMMIT"),
                                            QStringLiteral("ROLLBACK"), QStringLiteral("SAVEPOINT"),
                                            QStringLiteral("RELEASE"),  QStringLiteral("END")};
    const QStringView text = QStringView(sql).trimmed();
    const auto end = std::ranges::find_if(text, [](QChar c) { return !c.isLetter(); });
    const QStringView word = text.first(end - text.begin());
    const auto is = [&](const QString &keyword) { return word.compare(keyword, Qt::CaseInsensitive) == 0; };
    if (std::ranges::any_of(data, is))
        return StatementKind::Data;
    return std::ranges::any_of(transaction, is) ? StatementKind::Transaction : StatementKind::Other;
}

} // namespace

// What every statement waits for: it is refused when the transaction it would run in died with its connection, and
// the deferred transactions it runs inside are started first.
Status DatabasePrivate::beforeStatement(const QString &sql)
{
    if (ScopedTransaction::isBroken(*this))
        return std::unexpected(lostInTransaction(sql));
    return ScopedTransaction::startDeferred(*this);
}

Result<RowSet> DatabasePrivate::run(const QString &sql, const QVariantList &bindings, const RowVisitor &visit)
{
    if (auto ready = beforeStatement(sql); !ready)
        return std::unexpected(ready.error());
    log(sql); // after the BEGIN or SAVEPOINT sent before it
    auto db = connection();
    if (!db)
        return std::unexpected(db.error());
    if (const auto cache = threadConnections().statements.value(serial))
        return cache->execute(sql, bindings, dialect, visit); // refuses unstorable text while binding, before a step
    for (const QVariant &value : bindings) {
        if (auto problem = queryPathTextProblem(value); !problem.isEmpty())
            return std::unexpected(unstorableText(value, sql, problem));
    }
    // QPSQL deallocates a prepared statement when its QSqlQuery is destroyed; after a failed statement inside a
    // transaction that DEALLOCATE would fail too ("current transaction is aborted"). Such a query is kept until
    // the next statement (the ROLLBACK) has run.
    thread_local std::unique_ptr<QSqlQuery> failedInTransaction;
    std::unique_ptr<QSqlQuery> previousFailure = std::move(failedInTransaction);
    const bool postgres = dialect.kind() == Dialect::Kind::Postgres;
    const StatementKind kind = postgres ? statementKind(sql) : StatementKind::Data;
    const bool keep = postgres && !bindings.isEmpty() && kind == StatementKind::Data;
    std::unique_ptr<QSqlQuery> query = keep ? threadConnections().prepared[serial].take(sql) : nullptr;
    bool ok = query != nullptr; // prepared already
    if (!query) {
        query = std::make_unique<QSqlQuery>(*db);
        query->setForwardOnly(true);
    }
    QSqlQuery &q = *query;
    if (bindings.isEmpty()) {
        ok = q.exec(sql);
    } else {
        ok = ok || q.prepare(sql);
        if (ok) {
            for (int i = 0; i < bindings.size(); ++i)
                q.bindValue(i, bindings.at(i));
            ok = q.exec();
        }
    }
    if (!ok) {
        Error e = dialect.mapError(q.lastError(), sql);
        if (e.kind() == Error::Kind::Connection) {
            db->close(); // the next call opens it anew
            ScopedTransaction::markBroken(*this); // but not inside the transaction that died with it
            if (keep) // its statement died with the session: dropped with its connection, sending no DEALLOCATE
                threadConnections().prepared[serial].put(sql, std::move(query));
        } else if (postgres && ScopedTransaction::depth(*this) > 0)
            failedInTransaction = std::move(query);
        return std::unexpected(e);
    }
    RowSet rows;
    const QSqlRecord record = q.record();
    const int count = record.count();
    rows.columns.reserve(count);
    for (int i = 0; i < count; ++i)
        rows.columns << record.fieldName(i);
    QVariantList row;
    while (q.next()) {
        row.resize(count);
        for (int i = 0; i < count; ++i)
            row[i] = q.isNull(i) ? QVariant() : q.value(i); // never a typed null (see ModelPrivate::fromRow)
        if (!visit) {
            rows.rows << std::exchange(row, {}); // the next row gets a list of its own
        } else if (auto visited = visit(row); !visited) {
            return std::unexpected(visited.error());
        }
    }
    if (q.lastError().isValid()) {
        Error e = dialect.mapError(q.lastError(), sql);
        return std::unexpected(e);
    }
    rows.affected = q.numRowsAffected();
    if (keep && db->isOpen()) // not when a visitor's statement found the connection lost
        threadConnections().prepared[serial].put(sql, std::move(query));
    else if (kind == StatementKind::Other) // once its rows are read: the DEALLOCATEs would drop them
        threadConnections().prepared.erase(serial); // the schema may have changed
    return rows;
}

Result<RowSet> DatabasePrivate::runEach(const QString &sql, const QList<QVariantList> &rows)
{
    for (const QVariantList &bindings : rows) {
        for (const QVariant &value : bindings) {
            if (!textProblem(value).isEmpty())
                return run(sql, bindings); // reports it as run() does
        }
    }
    if (auto ready = beforeStatement(sql); !ready)
        return std::unexpected(ready.error());
    auto db = connection();
    if (!db)
        return std::unexpected(db.error());
    if (const auto cache = threadConnections().statements.value(serial)) {
        log(sql);
        return cache->executeEach(sql, rows, dialect);
    }
    for (const QVariantList &bindings : rows) { // every row checked before the first one runs
        for (const QVariant &value : bindings) {
            if (!queryPathTextProblem(value).isEmpty())
                return run(sql, bindings); // reports it as run() does
        }
    }
    RowSet all;
    for (const QVariantList &bindings : rows) {
        auto one = run(sql, bindings);
        if (!one)
            return one;
        all.columns = one->columns;
        all.rows += one->rows;
        all.affected = std::max<qint64>(all.affected, 0) + std::max<qint64>(one->affected, 0);
    }
    return all;
}

bool DatabasePrivate::insertsGiveKeys(const QString &table, const QString &column)
{
    if (dialect.kind() != Dialect::Kind::Sqlite || !connection())
        return false;
    const auto cache = threadConnections().statements.value(serial);
    return cache && cache->isAutoincrementKey(table, column);
}

bool DatabasePrivate::rowidsAreConsecutive(const QString &table)
{
    if (dialect.kind() != Dialect::Kind::Sqlite || !connection())
        return false;
    const auto cache = threadConnections().statements.value(serial);
    return cache && !cache->othersMayInsert(table, dialect);
}

Result<QList<qint64>> DatabasePrivate::insertEach(const InsertStatements &statements, qsizetype count,
                                                  const BindingSource &bindingsOf)
{
    const bool batches = statements.perBatch > 1 && count >= statements.perBatch;
    const bool singles = statements.perBatch <= 1 || count % statements.perBatch != 0;
    const QString &sql = batches ? statements.batch : statements.row;
    if (auto ready = beforeStatement(sql); !ready)
        return std::unexpected(ready.error());
    if (batches)
        log(statements.batch);
    if (singles)
        log(statements.row);
    auto db = connection();
    if (!db)
        return std::unexpected(db.error());
    const auto cache = threadConnections().statements.value(serial);
    if (!cache)
        return fail(Error::Kind::InvalidQuery, QStringLiteral("insertEach needs SQLite's C API"), sql);
    auto rowids = cache->insertEach(statements, count, bindingsOf, dialect);
    if (!rowids && rowids.error().kind() == Error::Kind::ReadOnly)
        return std::unexpected(explained(std::unexpected(rowids.error())).error());
    return observed(std::move(rowids));
}

} // namespace Orm
