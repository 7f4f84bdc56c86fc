#include "core/connectionurl_p.h"
#include "database/databaseprivate_p.h"
#include "sqlite/sqlitefile_p.h"
#include "sqlite/sqlitenative_p.h"

#include <orm/database.h>
#include <orm/querybuilder.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <unistd.h>

namespace Orm {

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
    if (!d->readOnly && !d->url.isMemory() && SqliteNative::opensReadOnly(*connection)) {
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
    if (!d->readOnly && !d->url.isMemory() && SqliteNative::opensReadOnly(*connection)) {
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
    const QString partial = path + QStringLiteral(".partial");
    const auto removePartial = [&] {
        for (const QString &name : QStringList{partial, partial + QStringLiteral("-journal")})
            QFile::remove(name);
    };
    const auto failed = [&](const QString &why) {
        removePartial();
        return refused(why);
    };
    d->log(QStringLiteral("-- SQLite online backup to ") + partial);
    if (const auto why = SqliteNative::backup(*db, partial, progress))
        return failed(*why);
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

ConnectionState Database::connectionState() const
{
    return d && d->lost.load() ? ConnectionState::Lost : ConnectionState::Connected;
}

int Database::addConnectionObserver(const std::function<void(ConnectionState, const Error &)> &observer)
{
    if (!d || !observer)
        return 0;
    QMutexLocker lock(&d->mutex);
    const int id = d->nextObserver++;
    d->connectionObservers.insert(id, observer);
    return id;
}

void Database::removeConnectionObserver(int id)
{
    if (!d)
        return;
    QMutexLocker lock(&d->mutex);
    d->connectionObservers.remove(id);
}

Status Database::ping() const
{
    if (!d)
        return fail(Error::Kind::Connection, QStringLiteral("the database is not open"));
    if (auto there = d->fileInPlace(); !there)
        return d->observed(std::move(there));
    auto r = d->execute(QStringLiteral("SELECT 1"), {});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Status Database::probe() const
{
    if (!d)
        return fail(Error::Kind::Connection, QStringLiteral("the database is not open"));
    return d->probe();
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
