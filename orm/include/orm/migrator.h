#pragma once

#include <orm/database.h>
#include <orm/error.h>
#include <orm/schema.h>

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace Orm {

// One migration, as a sequelize-cli migration file: a sortable name ("20240101000000-create-livres") and its up
// and down, written against the Schema.
struct Migration
{
    QString name;
    std::function<Status(Schema &schema)> up;
    std::function<Status(Schema &schema)> down;
};

struct MigrationState
{
    QString name;
    bool executed = false;
    QDateTime executedAt; // null when unknown (recorded by sequelize-cli, which keeps no time)
    // Recorded by another tool (sequelize-cli, say the Node application's own migrations): this program keeps the
    // time of every migration it runs, other tools keep none. Tells a newer version's migrations from theirs.
    bool recordedByOtherTool = false;
};

struct MigrationReport
{
    QStringList executed; // in the order they ran (or were undone)
    QString backupPath; // the SQLite backup taken before, if any
    // Stopped by MigrationMonitor::cancelled: the migration in progress was rolled back, those in executed stay.
    bool cancelled = false;
};

// Watches up() and down() from the thread that runs them (a window's progress bar and its Cancel button).
struct MigrationMonitor
{
    // Told before each migration starts: its place among those this call runs (1 for the first), how many there
    // are, and its name.
    std::function<void(int index, int count, const QString &name)> starting;
    // Asked before each migration starts and again before it commits: true stops the work there. The migration in
    // progress is rolled back (it never stays half applied) and the report says cancelled; those already done stay.
    std::function<bool()> cancelled;
};

// A table that undoing migrations would drop, with the rows it holds.
struct DroppedTable
{
    QString table;
    qint64 rows = 0;
};

enum class Backup { Take, Skip };

// Told the backup's path once the copy is complete, before the first migration runs.
using BackupTaken = std::function<void(const QString &backupPath)>;

// Runs migrations as sequelize-cli does, recording them in SequelizeMeta (name VARCHAR(255) NOT NULL UNIQUE
// PRIMARY KEY) by their file name ("20240101000000-create-livres.js"; a record without ".js", as earlier versions
// wrote, counts too), so that a database migrated by a Sequelize project is understood; the time each ran is kept
// in SequelizeMetaTimes. Names given to up() and down() may have ".js" or not. Each migration is atomic: it runs in its
// own transaction with its record, and a failure leaves the database exactly as before it started, the error naming the
// migration and the statement. Two migrators on the same database never both run a migration: each takes the database's
// write lock (SQLite) or an advisory lock (PostgreSQL) and checks the record again before running. Before changing a
// SQLite file, a copy is taken with VACUUM INTO unless Backup::Skip (see takeBackup()); when it cannot be, nothing is
// migrated. On a read-only database, status() reads the record without creating its tables, and up() and down() are
// refused with a ReadOnly error before anything is done.
class Migrator
{
public:
    Migrator(const Database &database, const QList<Migration> &migrations);

    [[nodiscard]] Result<QList<MigrationState>> status() const;
    // Runs the pending migrations in name order, all of them or up to and including `to`. An unknown `to` is an
    // InvalidQuery error before anything is read or written; so it is for down().
    [[nodiscard]] Result<MigrationReport> up(const QString &to = {}, Backup backup = Backup::Take,
                                             const BackupTaken &backupTaken = {}) const;
    // Undoes the last executed migration, or every executed one after `to` and `to` itself.
    [[nodiscard]] Result<MigrationReport> down(const QString &to = {}, Backup backup = Backup::Take,
                                               const BackupTaken &backupTaken = {}) const;
    // What down(to) would drop that holds rows: the tables its migrations' up() created, found by replaying them on
    // a scratch in-memory SQLite database (nothing is written here), with the rows each holds here now; tables
    // without rows are left out. Migrations must run on SQLite for this (every migration written against Schema
    // does).
    [[nodiscard]] Result<QList<DroppedTable>> dataDroppedByDown(const QString &to = {}) const;
    // Watches the next up() and down() calls (see MigrationMonitor).
    void setMonitor(const MigrationMonitor &monitor) { m_monitor = monitor; }

private:
    [[nodiscard]] Status ensureMetaTables() const;
    [[nodiscard]] Result<QStringList> checkRecordShape() const;
    // The rows of SequelizeMeta with their times: name, executedAt.
    [[nodiscard]] Result<RowSet> records() const;
    [[nodiscard]] Status refuseReadOnly() const;
    // Copies the SQLite file beside it under a temporary name, renamed once complete: an interrupted copy never
    // bears a backup's name, and a failed one (a full disk) is removed. The error names the file and the copy.
    [[nodiscard]] Result<QString> takeBackup() const;
    enum class Outcome { Ran, AlreadyDone, Cancelled };
    [[nodiscard]] Result<Outcome> runOne(const Migration &migration, bool upwards) const;
    // The executed migrations down(to) would undo, last first.
    [[nodiscard]] Result<QList<Migration>> toUndo(const QString &to) const;
    // Takes the backup if asked, then runs (upwards) or undoes the migrations in the given order.
    [[nodiscard]] Result<MigrationReport> runAll(const QList<Migration> &migrations, bool upwards, Backup backup,
                                                 const BackupTaken &backupTaken) const;
    [[nodiscard]] Status refuseInTransaction() const;
    // An InvalidQuery error when `to` names no migration of this migrator (an empty `to` is none asked).
    [[nodiscard]] Status refuseUnknown(const QString &to) const;

    Database m_database;
    QList<Migration> m_migrations;
    MigrationMonitor m_monitor;
};

} // namespace Orm
