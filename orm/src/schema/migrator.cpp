#include "database/databaseprivate_p.h"
#include "database/scopedtransaction_p.h"

#include <orm/migrator.h>
#include <orm/querybuilder.h>
#include <orm/schema.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <algorithm>

#include <unistd.h>

namespace Orm {

namespace {

const QString metaTable = QStringLiteral("SequelizeMeta");
const QString timesTable = QStringLiteral("SequelizeMetaTimes");
// PostgreSQL advisory lock key of the migrators ("ORMMIGR" in ASCII).
constexpr qint64 advisoryKey = 0x4F524D4D49475200LL;

// sequelize-cli records a migration by its file name ("20240101000000-create-livres.js"), and so does this
// program, so that each sees the other's; versions before it recorded the name alone, which is read as the same.
QString fileName(const QString &name)
{
    return name.endsWith(QStringLiteral(".js")) ? name : name + QStringLiteral(".js");
}

QString bareName(const QString &name)
{
    return name.endsWith(QStringLiteral(".js")) ? name.chopped(3) : name;
}

// Whether a migration goes by this name, with or without ".js".
bool isNamed(const Migration &migration, const QString &name)
{
    return bareName(migration.name) == bareName(name);
}

} // namespace

Migrator::Migrator(const Database &database, const QList<Migration> &migrations)
    : m_database(database),
      m_migrations(migrations)
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.name < b.name; });
}

Status Migrator::ensureMetaTables() const
{
    // The same DDL as sequelize-cli, so that either tool reads the other's record.
    const Dialect &d = m_database.dialect();
    DatabasePrivate *dp = DatabasePrivate::of(m_database);
    std::unique_ptr<ScopedTransaction> lock;
    if (d.kind() == Dialect::Kind::Postgres && dp && ScopedTransaction::depth(*dp) == 0) {
        lock = std::make_unique<ScopedTransaction>(*dp);
        if (!lock->begun())
            return lock->begun();
        auto locked = m_database.query(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), QVariantList{advisoryKey});
        if (!locked)
            return std::unexpected(locked.error());
    }
    const QStringList statements = {
            QStringLiteral("CREATE TABLE IF NOT EXISTS ") + d.quote(metaTable) + QStringLiteral(" (")
                    + d.quote(QStringLiteral("name")) + QStringLiteral(" VARCHAR(255) NOT NULL UNIQUE PRIMARY KEY)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS ") + d.quote(timesTable) + QStringLiteral(" (")
                    + d.quote(QStringLiteral("name")) + QStringLiteral(" VARCHAR(255) NOT NULL PRIMARY KEY, ")
                    + d.quote(QStringLiteral("executedAt")) + QStringLiteral(" VARCHAR(40) NOT NULL)")};
    for (const QString &sql : statements) {
        auto r = m_database.execute(Statement{sql, {}});
        if (!r)
            return std::unexpected(r.error());
    }
    if (lock)
        return lock->commit();
    return {};
}

Status Migrator::refuseInTransaction() const
{
    DatabasePrivate *d = DatabasePrivate::of(m_database);
    if (d && ScopedTransaction::depth(*d) > 0)
        return fail(Error::Kind::InvalidQuery, QStringLiteral("migrations cannot run inside a transaction"));
    return {};
}

// The tables of the database, once the migration record's tables, where they exist, are checked to have the
// columns this code reads: a table of that name made by another program is refused before anything is read from
// it or written beside it. (SQLite would otherwise read "name" as a text literal where double-quoted literals are
// allowed, as they are when the ORM cannot reach SQLite's C API to forbid them.)
Result<QStringList> Migrator::checkRecordShape() const
{
    auto tables = m_database.tables();
    if (!tables)
        return std::unexpected(tables.error());
    const std::pair<QString, QStringList> expected[] = {
            {metaTable, {QStringLiteral("name")}},
            {timesTable, {QStringLiteral("name"), QStringLiteral("executedAt")}}};
    Schema schema(m_database);
    for (const auto &[table, needed] : expected) {
        if (!tables->contains(table))
            continue;
        auto columns = schema.describeTable(table);
        if (!columns)
            return std::unexpected(columns.error());
        QStringList names;
        for (const ColumnInfo &column : std::as_const(*columns))
            names << column.name;
        for (const QString &name : needed) {
            if (!names.contains(name))
                return fail(Error::Kind::Database,
                            QStringLiteral("the migration record %1 has no column %2 (its columns: %3)")
                                    .arg(table, name, names.join(QStringLiteral(", "))));
        }
    }
    return *tables;
}

Result<RowSet> Migrator::records() const
{
    auto tables = checkRecordShape();
    if (!tables)
        return std::unexpected(tables.error());
    if (!m_database.isReadOnly()) {
        if (auto r = ensureMetaTables(); !r)
            return std::unexpected(r.error());
    } else {
        // Read what there is, creating nothing: no table is no migration run, no times table is no time known.
        if (!tables->contains(metaTable))
            return RowSet{};
        if (!tables->contains(timesTable))
            return m_database.query(QStringLiteral("SELECT \"name\", NULL FROM \"SequelizeMeta\""));
    }
    return m_database.query(QStringLiteral("SELECT m.\"name\", t.\"executedAt\" FROM \"SequelizeMeta\" m LEFT JOIN "
                                           "\"SequelizeMetaTimes\" t ON t.\"name\" = m.\"name\""));
}

Status Migrator::refuseReadOnly() const
{
    if (!m_database.isReadOnly())
        return {};
    return fail(Error::Kind::ReadOnly,
                QCoreApplication::translate("Orm::Migrator", "cannot migrate %1: %2")
                        .arg(m_database.displayUrl(), m_database.readOnlyReason()));
}

Status Migrator::refuseUnknown(const QString &to) const
{
    if (to.isEmpty()
        || std::any_of(m_migrations.begin(), m_migrations.end(), [&](const Migration &m) { return isNamed(m, to); }))
        return {};
    return fail(Error::Kind::InvalidQuery, QStringLiteral("there is no migration named %1").arg(to));
}

Result<QList<MigrationState>> Migrator::status() const
{
    auto rows = records();
    if (!rows)
        return std::unexpected(rows.error());
    // Each record, by its name, with its time: none when sequelize-cli recorded it (this program always keeps one).
    QHash<QString, QDateTime> executed;
    QHash<QString, bool> timed;
    for (const QVariantList &row : std::as_const(rows->rows)) {
        const QString name = row.value(0).toString();
        executed.insert(name, QDateTime::fromString(row.value(1).toString(), Qt::ISODateWithMs));
        timed.insert(name, !row.value(1).isNull());
    }
    QList<MigrationState> states;
    for (const Migration &m : m_migrations) {
        const QString recorded = executed.contains(fileName(m.name)) ? fileName(m.name) : bareName(m.name);
        const bool done = executed.contains(recorded);
        states.append({m.name, done, executed.value(recorded), done && !timed.value(recorded)});
    }
    // Records of migrations this program does not know are listed too: run by a newer version of it, or by
    // another program's sequelize-cli (recordedByOtherTool).
    QStringList unknown;
    for (auto it = executed.cbegin(); it != executed.cend(); ++it) {
        if (std::none_of(m_migrations.begin(), m_migrations.end(),
                         [&](const Migration &m) { return isNamed(m, it.key()); }))
            unknown << it.key();
    }
    unknown.sort();
    for (const QString &name : std::as_const(unknown))
        states.append({name, true, executed.value(name), !timed.value(name)});
    return states;
}

Result<QString> Migrator::takeBackup() const
{
    const QString file = m_database.filePath();
    if (file.isEmpty())
        return QString();
    const QString path = file + QStringLiteral(".backup-")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) + u'-'
            + QUuid::createUuid().toString(QUuid::Id128).left(8) + QStringLiteral(".db");
    const QString partial = path + QStringLiteral(".partial");
    const auto removePartial = [&] {
        for (const QString &name : QStringList{partial, partial + QStringLiteral("-journal")})
            QFile::remove(name);
    };
    const auto failed = [&](const Error &cause) {
        removePartial();
        return Error(cause.kind(),
                     QCoreApplication::translate("Orm::Migrator",
                                                 "cannot migrate %1: its backup %2 could not be written (%3); "
                                                 "nothing was migrated, and the partial copy was removed")
                             .arg(m_database.displayUrl(), QDir::toNativeSeparators(path), cause.message()),
                     cause.sql())
                .setNativeCode(cause.nativeCode());
    };
    auto copied = m_database.query(QStringLiteral("VACUUM INTO ?"), QVariantList{partial});
    if (!copied)
        return std::unexpected(failed(copied.error()));
    // VACUUM INTO does not sync what it wrote: the copy is on disk before it takes a backup's name.
    QFile copy(partial);
    if (!copy.open(QIODevice::ReadWrite) || ::fsync(copy.handle()) != 0)
        return std::unexpected(failed(Error(Error::Kind::Database, copy.errorString())));
    copy.close();
    if (!QFile::rename(partial, path))
        return std::unexpected(failed(Error(Error::Kind::Database, copy.errorString())));
    return path;
}

Result<Migrator::Outcome> Migrator::runOne(const Migration &migration, bool upwards) const
{
    DatabasePrivate *d = DatabasePrivate::of(m_database);
    if (!d)
        return fail(Error::Kind::Connection, QStringLiteral("the database is not open"));
    if (ScopedTransaction::depth(*d) > 0)
        return fail(Error::Kind::InvalidQuery, QStringLiteral("migrations cannot run inside a transaction"));
    const bool sqlite = m_database.dialect().kind() == Dialect::Kind::Sqlite;
    // SQLite's table rebuilds need foreign keys off, which only works outside a transaction; they are checked
    // with foreign_key_check before the commit instead.
    if (sqlite) {
        if (auto r = m_database.query(QStringLiteral("PRAGMA foreign_keys = OFF")); !r)
            return std::unexpected(r.error());
    }
    bool ran = false;
    bool cancelled = false;
    auto work = [&]() -> Status {
        ScopedTransaction transaction(*d); // BEGIN IMMEDIATE on SQLite: the write lock, held to the end
        if (!transaction.begun())
            return transaction.begun();
        if (!sqlite) {
            auto locked =
                    m_database.query(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), QVariantList{advisoryKey});
            if (!locked)
                return std::unexpected(locked.error());
        }
        // Under the lock, look again: another migrator may have run (or undone) it meanwhile.
        const QString file = fileName(migration.name);
        const QString bare = bareName(migration.name);
        auto recorded = m_database.query(QStringLiteral("SELECT 1 FROM \"SequelizeMeta\" WHERE \"name\" IN (?, ?)"),
                                         QVariantList{file, bare});
        if (!recorded)
            return std::unexpected(recorded.error());
        if (recorded->rows.isEmpty() != upwards)
            return transaction.commit();
        ran = true;
        Schema schema(m_database);
        const auto &step = upwards ? migration.up : migration.down;
        if (!step)
            return fail(Error::Kind::InvalidQuery,
                        QStringLiteral("the migration %1 has no %2")
                                .arg(migration.name, upwards ? QStringLiteral("up") : QStringLiteral("down")));
        if (auto r = step(schema); !r) {
            Error e = r.error();
            return std::unexpected(
                    Error(e.kind(),
                          QStringLiteral("the migration %1 failed (%2): %3")
                                  .arg(migration.name, upwards ? QStringLiteral("up") : QStringLiteral("down"),
                                       e.message()),
                          e.sql())
                            .setFields(e.fields())
                            .setNativeCode(e.nativeCode())
                            .setItems(e.items()));
        }
        QList<std::pair<QString, QVariantList>> record;
        if (upwards) {
            record = {{QStringLiteral("INSERT INTO \"SequelizeMeta\" (\"name\") VALUES (?)"), {file}},
                      {QStringLiteral("DELETE FROM \"SequelizeMetaTimes\" WHERE \"name\" IN (?, ?)"), {file, bare}},
                      {QStringLiteral("INSERT INTO \"SequelizeMetaTimes\" (\"name\", \"executedAt\") VALUES (?, ?)"),
                       {file, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}}};
        } else {
            record = {{QStringLiteral("DELETE FROM \"SequelizeMeta\" WHERE \"name\" IN (?, ?)"), {file, bare}},
                      {QStringLiteral("DELETE FROM \"SequelizeMetaTimes\" WHERE \"name\" IN (?, ?)"), {file, bare}}};
        }
        for (const auto &[sql, bindings] : std::as_const(record)) {
            if (auto r = m_database.query(sql, bindings); !r)
                return std::unexpected(r.error());
        }
        if (m_monitor.cancelled && m_monitor.cancelled()) {
            // Asked to stop while it ran: everything it did goes with the transaction.
            cancelled = true;
            return transaction.rollback();
        }
        if (sqlite) {
            auto violations = m_database.query(QStringLiteral("PRAGMA foreign_key_check"));
            if (!violations)
                return std::unexpected(violations.error());
            if (!violations->rows.isEmpty())
                return fail(
                        Error::Kind::ForeignKeyConstraint,
                        QStringLiteral("the migration %1 would leave %2 broken foreign key references (first in %3)")
                                .arg(migration.name)
                                .arg(violations->rows.size())
                                .arg(violations->rows.first().value(0).toString()));
        }
        return transaction.commit();
    };
    Status result = work();
    if (sqlite) {
        // Turned back on whatever happened; when the migration itself failed, its error is the one reported.
        auto restored = m_database.query(QStringLiteral("PRAGMA foreign_keys = ON"));
        if (result && !restored)
            return std::unexpected(restored.error());
    }
    if (!result)
        return std::unexpected(result.error());
    if (cancelled)
        return Outcome::Cancelled;
    return ran ? Outcome::Ran : Outcome::AlreadyDone;
}

Result<MigrationReport> Migrator::up(const QString &to, Backup backup, const BackupTaken &backupTaken) const
{
    if (auto r = refuseInTransaction(); !r)
        return std::unexpected(r.error());
    if (auto r = refuseReadOnly(); !r)
        return std::unexpected(r.error());
    if (auto r = refuseUnknown(to); !r) // before status(), which creates the record's tables
        return std::unexpected(r.error());
    auto states = status();
    if (!states)
        return std::unexpected(states.error());
    QList<Migration> pending;
    for (const Migration &m : m_migrations) {
        const bool done = std::any_of(states->begin(), states->end(),
                                      [&](const MigrationState &s) { return s.name == m.name && s.executed; });
        if (!done && (to.isEmpty() || bareName(m.name) <= bareName(to)))
            pending << m;
    }
    return runAll(pending, true, backup, backupTaken);
}

Result<QList<Migration>> Migrator::toUndo(const QString &to) const
{
    if (auto r = refuseUnknown(to); !r)
        return std::unexpected(r.error());
    auto states = status();
    if (!states)
        return std::unexpected(states.error());
    QList<Migration> executed;
    for (const Migration &m : m_migrations) {
        if (std::any_of(states->begin(), states->end(),
                        [&](const MigrationState &s) { return s.name == m.name && s.executed; }))
            executed << m;
    }
    if (!to.isEmpty()
        && std::none_of(executed.begin(), executed.end(), [&](const Migration &m) { return isNamed(m, to); }))
        return fail(Error::Kind::InvalidQuery, QStringLiteral("the migration %1 is not executed").arg(to));
    QList<Migration> undo;
    for (auto it = executed.crbegin(); it != executed.crend(); ++it) {
        undo << *it;
        if (to.isEmpty() || isNamed(*it, to))
            break;
    }
    return undo;
}

Result<MigrationReport> Migrator::down(const QString &to, Backup backup, const BackupTaken &backupTaken) const
{
    if (auto r = refuseInTransaction(); !r)
        return std::unexpected(r.error());
    if (auto r = refuseReadOnly(); !r)
        return std::unexpected(r.error());
    auto undo = toUndo(to); // refuses an unknown `to` before status() creates the record's tables
    if (!undo)
        return std::unexpected(undo.error());
    return runAll(*undo, false, backup, backupTaken);
}

Result<QList<DroppedTable>> Migrator::dataDroppedByDown(const QString &to) const
{
    auto undo = toUndo(to);
    if (!undo)
        return std::unexpected(undo.error());
    if (undo->isEmpty())
        return QList<DroppedTable>();
    // The tables the undone migrations' up() created: replayed on a scratch database from nothing, those there
    // after the last of them and not before the first.
    auto scratch = Database::open(QStringLiteral("sqlite::memory:"));
    if (!scratch)
        return std::unexpected(scratch.error());
    const QString first = undo->constLast().name;
    const QString last = undo->constFirst().name;
    QStringList before;
    QStringList after;
    for (const Migration &m : m_migrations) {
        if (bareName(m.name) > bareName(last))
            break;
        if (isNamed(m, first)) {
            auto tables = scratch->tables();
            if (!tables)
                return std::unexpected(tables.error());
            before = *tables;
        }
        Schema schema(*scratch);
        if (!m.up)
            continue;
        if (auto r = m.up(schema); !r)
            return std::unexpected(r.error());
    }
    auto tables = scratch->tables();
    if (!tables)
        return std::unexpected(tables.error());
    after = *tables;
    scratch->close();
    auto here = m_database.tables();
    if (!here)
        return std::unexpected(here.error());
    QList<DroppedTable> dropped;
    const Dialect &d = m_database.dialect();
    for (const QString &table : std::as_const(after)) {
        if (before.contains(table) || !here->contains(table))
            continue;
        auto rows = m_database.query(QStringLiteral("SELECT COUNT(*) FROM ") + d.quote(table));
        if (!rows)
            return std::unexpected(rows.error());
        const qint64 count = rows->rows.value(0).value(0).toLongLong();
        if (count > 0)
            dropped.append({table, count});
    }
    return dropped;
}

Result<MigrationReport> Migrator::runAll(const QList<Migration> &migrations, bool upwards, Backup backup,
                                         const BackupTaken &backupTaken) const
{
    MigrationReport report;
    if (migrations.isEmpty())
        return report;
    if (backup == Backup::Take) {
        auto path = takeBackup();
        if (!path)
            return std::unexpected(path.error());
        report.backupPath = *path;
        if (backupTaken && !path->isEmpty())
            backupTaken(*path);
    }
    const int count = int(migrations.size());
    for (int i = 0; i < count; ++i) {
        const Migration &m = migrations.at(i);
        if (m_monitor.cancelled && m_monitor.cancelled()) {
            report.cancelled = true;
            break;
        }
        if (m_monitor.starting)
            m_monitor.starting(i + 1, count, m.name);
        auto r = runOne(m, upwards);
        if (!r) {
            // Named, as the backup's failure is: "database or disk is full" alone does not say which.
            Error e = r.error();
            return std::unexpected(Error(e.kind(),
                                         QCoreApplication::translate("Orm::Migrator", "cannot migrate %1: %2")
                                                 .arg(m_database.displayUrl(), e.message()),
                                         e.sql())
                                           .setFields(e.fields())
                                           .setNativeCode(e.nativeCode())
                                           .setItems(e.items()));
        }
        if (*r == Outcome::Cancelled) {
            report.cancelled = true;
            break;
        }
        if (*r == Outcome::Ran) // another migrator may have run it meanwhile: the report lists only what this one ran
            report.executed << m.name;
    }
    // A SQLite file its owner has migrated goes to a write-ahead log, as new files start (see database.cpp):
    // a file made by the seed's Node.js code comes in a rollback journal. Kept as it was when that fails.
    if (upwards && !report.executed.isEmpty()) {
        if (DatabasePrivate *d = DatabasePrivate::of(m_database))
            (void)d->useWriteAheadLog();
    }
    return report;
}

} // namespace Orm
