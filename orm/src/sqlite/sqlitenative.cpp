// The only file of the ORM that calls SQLite's C API (besides the statement engine, sqlitestatements.cpp, which
// this file creates), and the only one that knows whether the build has it (ORM_SQLITE_C_API).

#include "dialects/sqlitedialect_p.h"
#include "sqlite/sqliteengine_p.h"
#include "sqlite/sqlitenative_p.h"

#include <QFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <chrono>
#include <mutex>

#if ORM_SQLITE_C_API
#  include "sqlite/sqlitestatements_p.h"

#  include <QMetaObject>
#  include <QRandomGenerator>

#  include <thread>

#  include <dlfcn.h>
#  include <sqlite3.h>
#endif

namespace Orm::SqliteNative {

namespace {

// How long a SQLite statement waits for a lock another connection holds.
constexpr std::chrono::milliseconds busyTimeout{10'000};

std::once_flag s_decided;
std::atomic<bool> s_usable{false};
QString s_whyNot; // written once, under s_decided

#if ORM_SQLITE_C_API

// The reason the C API may not be used on the connections of this QSQLITE plugin, or an empty string when it may:
// the plugin must resolve SQLite's functions to the library this ORM linked, and that library must be the one that
// answers the connection's queries.
QString checkPlugin(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return QStringLiteral("the SQLite driver hands out no sqlite3 handle");
    // The plugin is the file that holds its driver's meta-object; its SQLite is what its functions resolve to.
    Dl_info plugin{};
    if (dladdr(db.driver()->metaObject(), &plugin) == 0 || !plugin.dli_fname)
        return QStringLiteral("the file of Qt's SQLite plugin cannot be found");
    void *library = dlopen(plugin.dli_fname, RTLD_LAZY | RTLD_NOLOAD);
    if (!library)
        return QStringLiteral("Qt's SQLite plugin cannot be looked into");
    void *pluginSqlite = dlsym(library, "sqlite3_libversion");
    dlclose(library);
    Dl_info theirs{};
    Dl_info ours{};
    if (!pluginSqlite || dladdr(pluginSqlite, &theirs) == 0
        || dladdr(reinterpret_cast<void *>(&sqlite3_libversion), &ours) == 0 || theirs.dli_fbase != ours.dli_fbase)
        return QStringLiteral("Qt's SQLite plugin has a SQLite of its own, not the library this program linked");
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT sqlite_version()")) || !q.next()
        || q.value(0).toString() != QString::fromLatin1(sqlite3_libversion()))
        return QStringLiteral("Qt's SQLite plugin answers with another SQLite version than the library this "
                              "program linked");
    return {};
}

// The SQLite handle under a QSQLITE connection when the C API may be used on it; null otherwise.
sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    if (!isUsable(db))
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
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

// What a SQLite connection does when another holds the lock it needs: try again every 0.5 to 2.5 ms, for up to
// busyTimeout, then fail with SQLITE_BUSY (a Timeout error). SQLite's own handler (QSQLITE_BUSY_TIMEOUT)
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
    if (now - since >= busyTimeout)
        return 0;
    std::this_thread::sleep_for(std::chrono::microseconds(500 + QRandomGenerator::global()->bounded(2000)));
    return 1;
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

#else

QString checkPlugin(const QSqlDatabase &)
{
    return QStringLiteral("this program was built without SQLite's C API (ORM_SQLITE_C_API=OFF)");
}

#endif

// Whether the connection is QSQLITE's: the only one the functions below look at.
bool isSqlite(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QSQLITE");
}

// backup() without the C API: VACUUM INTO writes a consistent copy of the database in one statement.
std::optional<QString> vacuumInto(const QSqlDatabase &db, const QString &path,
                                  const std::function<void(qint64 copied, qint64 total)> &progress)
{
    QSqlQuery q(db);
    qint64 pages = 0;
    if (q.exec(QStringLiteral("PRAGMA page_count")) && q.next())
        pages = q.value(0).toLongLong();
    q.finish();
    if (!q.prepare(QStringLiteral("VACUUM INTO ?")))
        return q.lastError().text();
    q.addBindValue(path);
    if (!q.exec())
        return q.lastError().text();
    if (progress)
        progress(pages, pages);
    return std::nullopt;
}

} // namespace

bool isUsable(const QSqlDatabase &db)
{
    if (!isSqlite(db))
        return false; // says nothing of the SQLite connections to come
    std::call_once(s_decided, [&] {
        s_whyNot = checkPlugin(db);
        s_usable.store(s_whyNot.isEmpty());
        // Without orm_casefold(), iLike on SQLite folds ASCII only, as SQLite's lower() does.
        SqliteDialect::setUnicodeCaseFolding(s_whyNot.isEmpty());
    });
    return s_usable.load();
}

QString whyNotUsable()
{
    return s_usable.load() ? QString() : s_whyNot;
}

QString connectOptions()
{
    return QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeout.count());
}

#if ORM_SQLITE_C_API

void setBusyHandler(const QSqlDatabase &db)
{
    if (sqlite3 *native = nativeHandle(db))
        sqlite3_busy_handler(native, &waitWhileBusy, nullptr); // in place of connectOptions()' busy timeout
}

void configure(const QSqlDatabase &db)
{
    if (sqlite3 *native = nativeHandle(db)) {
        sqlite3_db_config(native, SQLITE_DBCONFIG_DQS_DDL, 0, nullptr);
        sqlite3_db_config(native, SQLITE_DBCONFIG_DQS_DML, 0, nullptr);
        // Innocuous (no side effects), so that a schema may use it with trusted_schema off.
        sqlite3_create_function_v2(native, "orm_casefold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                   nullptr, &casefold, nullptr, nullptr, nullptr);
    }
}

bool opensReadOnly(const QSqlDatabase &db)
{
    sqlite3 *native = nativeHandle(db);
    return native && sqlite3_db_readonly(native, "main") == 1;
}

std::shared_ptr<SqliteEngine> engine(const QSqlDatabase &db)
{
    if (sqlite3 *native = nativeHandle(db))
        return std::make_shared<SqliteStatements>(native);
    return nullptr;
}

std::optional<Result<std::vector<qint64>>> readIntegers(const QSqlDatabase &db, const Statement &st,
                                                        const Dialect &dialect)
{
    sqlite3 *handle = nativeHandle(db);
    if (!handle)
        return std::nullopt;
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

std::optional<QString> backup(const QSqlDatabase &db, const QString &path,
                              const std::function<void(qint64 copied, qint64 total)> &progress)
{
    sqlite3 *source = nativeHandle(db);
    if (!source)
        return vacuumInto(db, path, progress);
    sqlite3 *target = nullptr;
    const QByteArray targetName = QFile::encodeName(path);
    int rc = sqlite3_open_v2(targetName.constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    const auto failed = [&](const QString &why) {
        if (target)
            sqlite3_close(target);
        return why;
    };
    if (rc != SQLITE_OK)
        return failed(QString::fromUtf8(target ? sqlite3_errmsg(target) : sqlite3_errstr(rc)));
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
        return QString::fromUtf8(sqlite3_errmsg(target));
    return std::nullopt;
}

#else

void setBusyHandler(const QSqlDatabase &) { }

void configure(const QSqlDatabase &) { }

bool opensReadOnly(const QSqlDatabase &db)
{
    // A write lock asked for and given back at once: SQLite refuses it as read-only (SQLITE_READONLY, 8) when it
    // opened the file for reading only. Any other refusal (a lock held by another connection) says nothing.
    if (!isSqlite(db))
        return false;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return (q.lastError().nativeErrorCode().toInt() & 0xff) == 8;
}

std::shared_ptr<SqliteEngine> engine(const QSqlDatabase &)
{
    return nullptr;
}

std::optional<Result<std::vector<qint64>>> readIntegers(const QSqlDatabase &, const Statement &, const Dialect &)
{
    return std::nullopt;
}

std::optional<QString> backup(const QSqlDatabase &db, const QString &path,
                              const std::function<void(qint64 copied, qint64 total)> &progress)
{
    return vacuumInto(db, path, progress);
}

#endif

} // namespace Orm::SqliteNative
