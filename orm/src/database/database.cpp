#include "core/textchecks_p.h"
#include "core/variantaccess_p.h"
#include "database/databaseprivate_p.h"
#include "database/scopedtransaction_p.h"
#include "model/modelprivate_p.h"
#include "sqlite/sqlitefile_p.h"
#include "sqlite/sqlitestatements_p.h"

#include <orm/database.h>
#include <orm/model.h>
#include <orm/querybuilder.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

#include <atomic>
#include <chrono>
#include <thread>

#include <libpq-fe.h>
#include <sqlite3.h>
#include <unistd.h>

namespace Orm {

namespace {

std::atomic<quint64> s_nextSerial{1};

// The connections this thread opened, by database serial. They are closed when the thread ends, on the thread
// that owns them, as QSqlDatabase requires.
struct ThreadConnections
{
    quint64 threadSerial = s_nextSerial++;
    QHash<quint64, QString> names;
    QHash<quint64, std::shared_ptr<SqliteStatements>> statements; // SQLite connections' prepared statements
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

// orm_casefold(text): Unicode case folding for iLike on SQLite, whose lower() folds ASCII only.
void casefold(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const int bytes = sqlite3_value_bytes(argv[0]);
    const QByteArray folded = QString::fromUtf8(text, bytes).toCaseFolded().toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

// Whether SQLite opened the file read-only by itself: it falls back to reading when it may not write, and a file
// whose format version is newer than it can write (byte 18 of the header) is read-only for it.
bool isSqliteReadOnly(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *native = *static_cast<sqlite3 *const *>(handle.constData());
    return native && sqlite3_db_readonly(native, "main") == 1;
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

QString unstorablePart(const QString &text)
{
    const QChar *data = text.constData();
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (char16_t(data[i].unicode() - 1) < 0xd7ff)
            continue; // U+0001 to U+D7FF: most text has nothing else
        const QChar c = data[i];
        if (c.unicode() == 0)
            return QStringLiteral("a NUL character at position %1").arg(i);
        if (c.isHighSurrogate()) {
            if (i + 1 < size && data[i + 1].isLowSurrogate()) {
                ++i;
                continue;
            }
            return QStringLiteral("an unpaired surrogate at position %1").arg(i);
        }
        if (c.isLowSurrogate())
            return QStringLiteral("an unpaired surrogate at position %1").arg(i);
    }
    return {};
}

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

// How long a SQLite statement waits for a lock another connection holds (see waitWhileBusy()).
constexpr std::chrono::seconds sqliteBusyTimeout{10};

// The SQLite handle under a QSQLITE connection; null when the driver is not SQLite's.
sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// What a SQLite connection does when another holds the lock it needs: try again every 0.5 to 2.5 ms, for up to
// sqliteBusyTimeout, then fail with SQLITE_BUSY (a Timeout error). SQLite's own handler (QSQLITE_BUSY_TIMEOUT)
// backs off to a try every 100 ms: in a rollback journal, where each commit holds the lock for its fsyncs, a
// waiter then kept losing to the writers that tried at the right moment, and failed after 5 s with six writers.
// Short, jittered tries give every waiter its turn. SQLite counts the tries of one wait from 0, and a thread waits
// for one lock at a time, so the start of the wait can be the thread's.
int waitWhileBusy(void *, int tries)
{
    thread_local std::chrono::steady_clock::time_point since;
    const auto now = std::chrono::steady_clock::now();
    if (tries == 0)
        since = now;
    if (now - since >= sqliteBusyTimeout)
        return 0;
    std::this_thread::sleep_for(std::chrono::microseconds(500 + QRandomGenerator::global()->bounded(2000)));
    return 1;
}

} // namespace

Error unstorableText(const QVariant &value, const QString &sql)
{
    ValidationItem item{QString(), QStringLiteral("storableText"), {}, {}, value, ValidationItem::Origin::Core};
    item.message = QStringLiteral("text cannot be stored: it contains %1").arg(textProblem(value));
    item.value = value.toString().left(200);
    return Error(Error::Kind::Validation, item.message, sql).setItems({item});
}

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
}

Result<QSqlDatabase> DatabasePrivate::connection()
{
    ThreadConnections &mine = threadConnections();
    const auto it = mine.names.constFind(serial);
    if (it != mine.names.cend() && QSqlDatabase::contains(*it)) {
        {
            QSqlDatabase db = QSqlDatabase::database(*it, false);
            if (db.isOpen())
                return db;
        }
        if (auto cache = mine.statements.take(serial))
            cache->clear();
        QSqlDatabase::removeDatabase(*it); // closed or lost: open it anew
    }
    const QString name = QStringLiteral("orm_%1_%2").arg(serial).arg(mine.threadSerial);
    auto db = openConnection(name);
    if (!db)
        return db;
    mine.names.insert(serial, name);
    QMutexLocker lock(&mutex);
    connectionNames.insert(name);
    if (dialect.kind() == Dialect::Kind::Sqlite) {
        const QVariant handle = db->driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
            auto cache = std::make_shared<SqliteStatements>(*static_cast<sqlite3 *const *>(handle.constData()));
            mine.statements.insert(serial, cache);
            statements.insert(name, cache);
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
                db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI"));
            } else if (immutable) {
                db.setDatabaseName(immutableUri(url.path));
                db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
            } else if (readOnly) {
                db.setDatabaseName(url.path);
                db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            } else {
                db.setDatabaseName(url.path);
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
        if (error.message().isEmpty())
            return db;
        db.close();
    } // every QSqlDatabase copy is gone before the connection is removed (else Qt warns it is still in use)
    QSqlDatabase::removeDatabase(name);
    return std::unexpected(error);
}

Status DatabasePrivate::configureSqlite(QSqlDatabase &db, bool newFile)
{
    if (sqlite3 *native = nativeHandle(db))
        sqlite3_busy_handler(native, &waitWhileBusy, nullptr);
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
    if (sqlite3 *native = nativeHandle(db)) {
        sqlite3_db_config(native, SQLITE_DBCONFIG_DQS_DDL, 0, nullptr);
        sqlite3_db_config(native, SQLITE_DBCONFIG_DQS_DML, 0, nullptr);
        // Innocuous (no side effects), so that a schema may use it with trusted_schema off.
        sqlite3_create_function_v2(native, "orm_casefold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                   nullptr, &casefold, nullptr, nullptr, nullptr);
    }
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
    QStringList settings = {QStringLiteral("SET client_min_messages TO WARNING"),
                            QStringLiteral("SET TIME ZONE 'UTC'")};
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
    return explained(run(sql, bindings, visit));
}

Result<RowSet> DatabasePrivate::executeEach(const QString &sql, const QList<QVariantList> &rows)
{
    return explained(runEach(sql, rows));
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

Result<RowSet> DatabasePrivate::run(const QString &sql, const QVariantList &bindings, const RowVisitor &visit)
{
    log(sql);
    if (ScopedTransaction::isBroken(*this))
        return std::unexpected(lostInTransaction(sql));
    auto db = connection();
    if (!db)
        return std::unexpected(db.error());
    if (const auto cache = threadConnections().statements.value(serial))
        return cache->execute(sql, bindings, dialect, visit); // refuses unstorable text while binding, before a step
    for (const QVariant &value : bindings) {
        if (!textProblem(value).isEmpty())
            return std::unexpected(unstorableText(value, sql));
    }
    // QPSQL deallocates a prepared statement when its QSqlQuery is destroyed; after a failed statement inside a
    // transaction that DEALLOCATE would fail too ("current transaction is aborted"). Such a query is kept until
    // the next statement (the ROLLBACK) has run.
    thread_local std::unique_ptr<QSqlQuery> failedInTransaction;
    std::unique_ptr<QSqlQuery> previousFailure = std::move(failedInTransaction);
    QSqlQuery q(*db);
    q.setForwardOnly(true);
    bool ok = false;
    if (bindings.isEmpty()) {
        ok = q.exec(sql);
    } else {
        ok = q.prepare(sql);
        if (ok) {
            for (const QVariant &value : bindings)
                q.addBindValue(value);
            ok = q.exec();
        }
    }
    if (!ok) {
        Error e = dialect.mapError(q.lastError(), sql);
        if (e.kind() == Error::Kind::Connection) {
            db->close(); // the next call opens it anew
            ScopedTransaction::markBroken(*this); // but not inside the transaction that died with it
        } else if (dialect.kind() == Dialect::Kind::Postgres && ScopedTransaction::depth(*this) > 0)
            failedInTransaction = std::make_unique<QSqlQuery>(std::move(q));
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
    auto db = connection();
    if (!db)
        return std::unexpected(db.error());
    if (const auto cache = threadConnections().statements.value(serial)) {
        log(sql);
        return cache->executeEach(sql, rows, dialect);
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
    if (batches)
        log(statements.batch);
    if (singles)
        log(statements.row);
    if (ScopedTransaction::isBroken(*this))
        return std::unexpected(lostInTransaction(sql));
    auto db = connection();
    if (!db)
        return std::unexpected(db.error());
    const auto cache = threadConnections().statements.value(serial);
    if (!cache)
        return fail(Error::Kind::InvalidQuery, QStringLiteral("insertEach needs SQLite's C API"), sql);
    auto rowids = cache->insertEach(statements, count, bindingsOf, dialect);
    if (!rowids && rowids.error().kind() == Error::Kind::ReadOnly)
        return std::unexpected(explained(std::unexpected(rowids.error())).error());
    return rowids;
}

// --- Database ---

Database::Database() = default;
Database::~Database() = default;
Database::Database(const Database &) = default;
Database &Database::operator=(const Database &) = default;
Database::Database(std::shared_ptr<DatabasePrivate> dd) : d(std::move(dd)) { }

Result<Database> Database::open(const QString &url, const OpenOptions &options)
{
    auto parsed = ConnectionUrl::parse(url);
    if (!parsed)
        return std::unexpected(parsed.error());
    auto access = decideAccess(*parsed, options);
    if (!access)
        return std::unexpected(access.error());
    auto d = std::make_shared<DatabasePrivate>(*parsed);
    d->trustedSchema = options.trustedSchema || parsed->isMemory()
            || (parsed->kind == Dialect::Kind::Sqlite && !QFileInfo::exists(parsed->path));
    d->readOnly = access->readOnly;
    d->readOnlyReason = access->reason;
    d->immutable = access->immutable;
    auto connection = d->connection();
    if (!connection)
        return std::unexpected(connection.error());
    if (!d->readOnly && !d->url.isMemory() && isSqliteReadOnly(*connection)) {
        d->readOnly = true; // decided before any other thread can see d
        d->readOnlyReason = QCoreApplication::translate(
                "Orm::Database", "SQLite can only read it (no permission to write, or a newer file format)");
    }
    return Database(d);
}

Status Database::reopen(const OpenOptions &options)
{
    if (!d)
        return fail(Error::Kind::Connection, QStringLiteral("the database is not open"));
    auto access = decideAccess(d->url, options);
    if (!access)
        return std::unexpected(access.error());
    const bool readOnly = d->readOnly;
    const QString readOnlyReason = d->readOnlyReason;
    const bool immutable = d->immutable;
    const bool trustedSchema = d->trustedSchema;
    d->closeAll();
    d->trustedSchema = options.trustedSchema || d->url.isMemory();
    d->readOnly = access->readOnly;
    d->readOnlyReason = access->reason;
    d->immutable = access->immutable;
    auto connection = d->connection();
    if (!connection) {
        d->closeAll();
        d->readOnly = readOnly;
        d->readOnlyReason = readOnlyReason;
        d->immutable = immutable;
        d->trustedSchema = trustedSchema;
        return std::unexpected(connection.error());
    }
    if (!d->readOnly && !d->url.isMemory() && isSqliteReadOnly(*connection)) {
        d->readOnly = true;
        d->readOnlyReason = QCoreApplication::translate(
                "Orm::Database", "SQLite can only read it (no permission to write, or a newer file format)");
    }
    return {};
}

Result<QString> Database::serverVersion() const
{
    if (!d)
        return fail(Error::Kind::Connection, QStringLiteral("the database is not open"));
    const QString sql = d->dialect.kind() == Dialect::Kind::Postgres ? QStringLiteral("SHOW server_version")
                                                                     : QStringLiteral("SELECT sqlite_version()");
    auto rows = query(sql);
    if (!rows)
        return std::unexpected(rows.error());
    return rows->rows.value(0).value(0).toString();
}

Result<Location> Database::locate(const QString &url)
{
    auto parsed = ConnectionUrl::parse(url);
    if (!parsed)
        return std::unexpected(parsed.error());
    return Location{parsed->kind,
                    parsed->kind == Dialect::Kind::Sqlite && !parsed->isMemory() ? parsed->path : QString(),
                    parsed->display()};
}

void Database::setLogger(const std::function<void(const QString &sql)> &logger)
{
    if (!d)
        return;
    QMutexLocker lock(&d->mutex);
    d->logger = logger;
    d->hasLogger.store(bool(logger));
}

bool Database::isValid() const
{
    return d != nullptr;
}

const Dialect &Database::dialect() const
{
    return d ? d->dialect : Dialect::sqlite();
}

QString Database::displayUrl() const
{
    return d ? d->url.display() : QString();
}

QString Database::filePath() const
{
    return d && d->url.kind == Dialect::Kind::Sqlite && !d->url.isMemory() ? d->url.path : QString();
}

bool Database::isReadOnly() const
{
    return d && d->readOnly;
}

QString Database::readOnlyReason() const
{
    return d ? d->readOnlyReason : QString();
}

Status Database::backup(const QString &path, const std::function<void(qint64 copied, qint64 total)> &progress) const
{
    if (!d)
        return fail(Error::Kind::Connection, QStringLiteral("the database is not open"));
    const auto refused = [&](const QString &why) {
        return fail(Error::Kind::InvalidQuery,
                    QCoreApplication::translate("Orm::Database", "cannot back up %1 to %2: %3")
                            .arg(displayUrl(), QDir::toNativeSeparators(path), why));
    };
    if (d->dialect.kind() != Dialect::Kind::Sqlite || d->url.isMemory())
        return refused(QCoreApplication::translate("Orm::Database",
                                                   "only a SQLite file is copied here (a server's database is "
                                                   "copied with its own tools, such as pg_dump)"));
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
        return refused(QCoreApplication::translate("Orm::Database", "the file exists already"));
    auto db = d->connection();
    if (!db)
        return std::unexpected(db.error());
    const QVariant handle = db->driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return refused(QStringLiteral("no SQLite handle"));
    sqlite3 *source = *static_cast<sqlite3 *const *>(handle.constData());
    const QString partial = path + QStringLiteral(".partial");
    const auto removePartial = [&] {
        for (const QString &name : QStringList{partial, partial + QStringLiteral("-journal")})
            QFile::remove(name);
    };
    sqlite3 *target = nullptr;
    const QByteArray targetName = QFile::encodeName(partial);
    int rc = sqlite3_open_v2(targetName.constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    const auto failed = [&](const QString &why) {
        if (target)
            sqlite3_close(target);
        target = nullptr;
        removePartial();
        return refused(why);
    };
    if (rc != SQLITE_OK)
        return failed(QString::fromUtf8(target ? sqlite3_errmsg(target) : sqlite3_errstr(rc)));
    d->log(QStringLiteral("-- SQLite online backup to ") + partial);
    sqlite3_backup *copy = sqlite3_backup_init(target, "main", source, "main");
    if (!copy)
        return failed(QString::fromUtf8(sqlite3_errmsg(target)));
    // 256 pages a step (1 MiB with 4 KiB pages): the source is locked only while a step reads.
    constexpr int pagesPerStep = 256;
    do {
        rc = sqlite3_backup_step(copy, pagesPerStep);
        if (progress && (rc == SQLITE_OK || rc == SQLITE_DONE)) {
            const qint64 total = sqlite3_backup_pagecount(copy);
            progress(total - sqlite3_backup_remaining(copy), total);
        }
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20); // another connection is writing: the step is tried again
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(copy);
    if (rc != SQLITE_DONE)
        return failed(QString::fromUtf8(sqlite3_errstr(rc)));
    if (sqlite3_close(target) != SQLITE_OK)
        return failed(QString::fromUtf8(sqlite3_errmsg(target)));
    target = nullptr;
    // The backup API leaves syncing to the OS's schedule: the copy is on disk before it takes the backup's name.
    QFile written(partial);
    if (!written.open(QIODevice::ReadWrite) || ::fsync(written.handle()) != 0)
        return failed(written.errorString());
    written.close();
    if (!QFile::rename(partial, path))
        return failed(written.errorString());
    return {};
}

Status Database::quickCheck() const
{
    if (!d)
        return fail(Error::Kind::Connection, QStringLiteral("the database is not open"));
    if (d->dialect.kind() != Dialect::Kind::Sqlite)
        return {};
    // The first few problems are enough to tell the file is damaged, and keep the message readable. Run on the
    // connection itself, so that SQLite's own words reach the message when the check stops at a damaged page.
    const QString sql = QStringLiteral("PRAGMA quick_check(10)");
    auto db = d->connection();
    if (!db)
        return std::unexpected(db.error());
    QSqlQuery q(*db);
    QStringList problems;
    QString found;
    QString nativeCode = QStringLiteral("11"); // SQLITE_CORRUPT
    if (q.exec(sql)) {
        while (q.next()) {
            const QString line = q.value(0).toString().simplified();
            if (line != u"ok")
                problems << line;
        }
        found = QCoreApplication::translate("Orm::Database", "SQLite's quick_check found: %1")
                        .arg(problems.join(QStringLiteral("; ")));
    } else {
        const int primary = q.lastError().nativeErrorCode().toInt() & 0xff;
        if (primary != 11 && primary != 26) // neither SQLITE_CORRUPT nor SQLITE_NOTADB: the check could not run
            return std::unexpected(d->dialect.mapError(q.lastError(), sql));
        problems << q.lastError().databaseText();
        nativeCode = q.lastError().nativeErrorCode();
        found = QCoreApplication::translate("Orm::Database", "SQLite's quick_check stopped: %1").arg(problems.first());
    }
    if (problems.isEmpty())
        return {};
    return std::unexpected(
            Error(Error::Kind::Connection,
                  QCoreApplication::translate("Orm::Database", "%1 is damaged: %2").arg(d->url.display(), found), sql)
                    .setNativeCode(nativeCode));
}

Result<QStringList> Database::integrityCheck(int limit) const
{
    return runIntegrityCheck(QString::number(std::max(limit, 1)));
}

Result<QStringList> Database::integrityCheck(const QString &table) const
{
    if (!d)
        return fail(Error::Kind::Connection, QStringLiteral("the database is not open"));
    return runIntegrityCheck(d->dialect.quote(table));
}

Result<QStringList> Database::runIntegrityCheck(const QString &argument) const
{
    if (!d)
        return fail(Error::Kind::Connection, QStringLiteral("the database is not open"));
    if (d->dialect.kind() != Dialect::Kind::Sqlite)
        return QStringList();
    const QString sql = QStringLiteral("PRAGMA integrity_check(%1)").arg(argument);
    auto db = d->connection();
    if (!db)
        return std::unexpected(db.error());
    QSqlQuery q(*db);
    QStringList problems;
    if (!q.exec(sql)) {
        const int primary = q.lastError().nativeErrorCode().toInt() & 0xff;
        if (primary != 11 && primary != 26) // neither SQLITE_CORRUPT nor SQLITE_NOTADB: the check could not run
            return std::unexpected(d->dialect.mapError(q.lastError(), sql));
        return QStringList{q.lastError().databaseText().simplified()}; // it stopped at a damaged page
    }
    while (q.next()) {
        const QString line = q.value(0).toString().simplified();
        if (line != u"ok")
            problems << line;
    }
    return problems;
}

Result<QSqlDatabase> Database::connection() const
{
    if (!d)
        return fail(Error::Kind::Connection, QStringLiteral("the database is not open"));
    return d->connection();
}

void Database::close()
{
    if (d)
        d->closeAll();
}

Result<Model> Database::define(const QString &name, const QList<Attribute> &attributes, const ModelOptions &options)
{
    if (!d)
        return fail(Error::Kind::Connection, QStringLiteral("the database is not open"));
    auto model = std::make_shared<ModelPrivate>();
    model->definition = ModelDefinition(name, attributes, options);
    model->database = d;
    if (!model->definition.problems().isEmpty())
        return fail(Error::Kind::InvalidQuery,
                    QStringLiteral("the model %1 is not valid: %2")
                            .arg(name.left(80), model->definition.problems().join(QStringLiteral("; "))));
    QMutexLocker lock(&d->mutex);
    const auto existing = std::find_if(d->models.begin(), d->models.end(),
                                       [&](const auto &m) { return m->definition.name() == name; });
    if (existing != d->models.end())
        *existing = model;
    else
        d->models.append(model);
    return Model(model);
}

Model Database::model(const QString &name) const
{
    if (!d)
        return Model();
    QMutexLocker lock(&d->mutex);
    for (const auto &m : std::as_const(d->models)) {
        if (m->definition.name() == name)
            return Model(m);
    }
    return Model();
}

QList<Model> Database::models() const
{
    QList<Model> list;
    if (!d)
        return list;
    QMutexLocker lock(&d->mutex);
    for (const auto &m : std::as_const(d->models))
        list << Model(m);
    return list;
}

void Database::addHook(HookEvent event, const Hook &hook, const QString &name)
{
    if (d)
        d->hooks.add(event, hook, name);
}

int Database::removeHook(HookEvent event, const QString &name)
{
    return d ? d->hooks.remove(event, name) : 0;
}

namespace {

// The models in definition order, except that a table comes after the tables its foreign keys refer to
// (PostgreSQL checks a REFERENCES clause's table at once). Cycles keep the definition order.
QList<Model> dependencyOrder(const QList<Model> &models)
{
    QList<Model> ordered;
    QSet<QString> placed;
    QList<Model> pending = models;
    while (!pending.isEmpty()) {
        const qsizetype before = pending.size();
        for (qsizetype i = 0; i < pending.size();) {
            const ModelDefinition &def = pending.at(i).definition();
            const bool ready = std::all_of(def.attributes().begin(), def.attributes().end(), [&](const Attribute &a) {
                const QString &table = a.references.table;
                return table.isEmpty() || table == def.tableName() || placed.contains(table)
                        || std::none_of(pending.begin(), pending.end(),
                                        [&](const Model &m) { return m.tableName() == table; });
            });
            if (ready) {
                placed.insert(def.tableName());
                ordered << pending.takeAt(i);
            } else {
                ++i;
            }
        }
        if (pending.size() == before) { // a cycle
            ordered += pending;
            break;
        }
    }
    return ordered;
}

} // namespace

Result<SyncReport> Database::sync(SyncMode mode) const
{
    const QList<Model> ordered = dependencyOrder(models());
    SyncReport report;
    if (mode == SyncMode::Force) {
        // Dropped in reverse order first, so that no table goes while another still refers to it.
        auto existing = tables();
        if (!existing)
            return std::unexpected(existing.error());
        for (auto it = ordered.crbegin(); it != ordered.crend(); ++it) {
            if (!existing->contains(it->tableName()))
                continue;
            auto dropped = d->execute(d->dialect.dropTable(it->tableName()), {});
            if (!dropped)
                return std::unexpected(dropped.error());
            report.actions << QStringLiteral("dropped table %1").arg(it->tableName());
        }
    }
    for (const Model &m : ordered) {
        auto r = m.sync(mode);
        if (!r)
            return r;
        report.actions += r->actions;
    }
    return report;
}

namespace {

// Rewrites ':name' replacements to '?' and collects their values in order, outside quoted text and comments;
// counts '?' placeholders when the replacements are positional.
[[nodiscard]] Result<Statement> bindReplacements(const QString &sql, const QVariantList *positional,
                                                 const QVariantMap *named)
{
    Statement st;
    int questionMarks = 0;
    QChar quote;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (!quote.isNull()) {
            st.sql += c;
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'\'' || c == u'"') {
            quote = c;
            st.sql += c;
            continue;
        }
        if (c == u'-' && i + 1 < sql.size() && sql.at(i + 1) == u'-') {
            const qsizetype end = sql.indexOf(u'\n', i);
            const qsizetype stop = end < 0 ? sql.size() : end;
            st.sql += sql.mid(i, stop - i);
            i = stop - 1;
            continue;
        }
        if (c == u'?') {
            ++questionMarks;
            st.sql += c;
            continue;
        }
        if (c == u':' && named && i + 1 < sql.size() && (sql.at(i + 1).isLetter() || sql.at(i + 1) == u'_')
            && (i == 0 || sql.at(i - 1) != u':')) {
            qsizetype end = i + 1;
            while (end < sql.size() && (sql.at(end).isLetterOrNumber() || sql.at(end) == u'_'))
                ++end;
            const QString name = sql.mid(i + 1, end - i - 1);
            if (!named->contains(name))
                return fail(Error::Kind::InvalidQuery, QStringLiteral("no value for the replacement :%1").arg(name),
                            sql);
            st.sql += u'?';
            st.bindings << named->value(name);
            i = end - 1;
            continue;
        }
        st.sql += c;
    }
    if (positional) {
        if (questionMarks != positional->size())
            return fail(Error::Kind::InvalidQuery,
                        QStringLiteral("the query has %1 placeholders but %2 replacements were given")
                                .arg(questionMarks)
                                .arg(positional->size()),
                        sql);
        st.bindings = *positional;
    } else if (questionMarks > 0) {
        return fail(Error::Kind::InvalidQuery, QStringLiteral("a query with named replacements cannot also use '?'"),
                    sql);
    }
    return st;
}

} // namespace

Result<RowSet> Database::query(const QString &sql, const QVariantList &replacements) const
{
    if (!d)
        return fail(Error::Kind::Connection, QStringLiteral("the database is not open"));
    auto st = bindReplacements(sql, &replacements, nullptr);
    if (!st)
        return std::unexpected(st.error());
    return d->execute(st->sql, st->bindings);
}

Result<RowSet> Database::query(const QString &sql, const QVariantMap &replacements) const
{
    if (!d)
        return fail(Error::Kind::Connection, QStringLiteral("the database is not open"));
    auto st = bindReplacements(sql, nullptr, &replacements);
    if (!st)
        return std::unexpected(st.error());
    return d->execute(st->sql, st->bindings);
}

Result<RowSet> Database::execute(const Statement &statement) const
{
    if (!d)
        return fail(Error::Kind::Connection, QStringLiteral("the database is not open"));
    return d->execute(statement.sql, statement.bindings);
}

Result<QStringList> Database::tables() const
{
    const QString sql = dialect().kind() == Dialect::Kind::Sqlite
            ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
                             "ESCAPE '\\' ORDER BY name")
            : QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                             "AND table_type = 'BASE TABLE' ORDER BY table_name");
    auto rows = query(sql);
    if (!rows)
        return std::unexpected(rows.error());
    QStringList names;
    for (const QVariantList &row : std::as_const(rows->rows))
        names << row.value(0).toString();
    return names;
}

Result<QStringList> Database::columns(const QString &table) const
{
    const QString sql = dialect().kind() == Dialect::Kind::Sqlite
            ? QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid")
            : QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                             "AND table_name = ? ORDER BY ordinal_position");
    auto rows = query(sql, QVariantList{table});
    if (!rows)
        return std::unexpected(rows.error());
    QStringList names;
    for (const QVariantList &row : std::as_const(rows->rows))
        names << row.value(0).toString();
    return names;
}

} // namespace Orm
