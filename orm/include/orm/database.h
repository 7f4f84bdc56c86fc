#pragma once

#include <orm/dialect.h>
#include <orm/error.h>
#include <orm/hooks.h>
#include <orm/modeldefinition.h>

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>

namespace Orm {

class Model;
struct Statement;
class DatabasePrivate;

// What sync() does: create what is missing, drop and recreate, or add missing columns and indexes to existing
// tables (never dropping a column or a row).
enum class SyncMode { Create, Alter, Force };

// What sync() did, one sentence a step ("created table Livres", "added column Livres.Isbn").
struct SyncReport
{
    QStringList actions;
};

// How a database is opened: for reading and writing, or for reading only.
enum class Access { ReadWrite, ReadOnly };

struct OpenOptions
{
    Access access = Access::ReadWrite;
    // With Access::ReadOnly: why, in words for a person ("it was written by a newer version"); every refused write
    // says it. Empty: "it was opened read-only".
    QString readOnlyReason;
    // SQLite: whether the file's own SQL (views, triggers) may use functions and virtual tables that have side
    // effects, such as an FTS5 index kept current by triggers (PRAGMA trusted_schema). Off for a file from
    // elsewhere until its schema is known; a file that open() creates, and an in-memory database, hold only what
    // this program writes there, so they are trusted whatever this says.
    bool trustedSchema = false;
};

// Whether a database could be reached at its last use: Lost from a statement or a connection attempt that failed
// with a Connection error (a server restarted, a network gone, a SQLite file moved away) until one succeeds again.
enum class ConnectionState { Connected, Lost };

// The rows of a statement, read completely before the next statement runs on the connection (QPSQL silently cuts
// a forward-only result short when another query runs meanwhile).
struct RowSet
{
    QStringList columns;
    QList<QVariantList> rows;
    qint64 affected = -1;
};

// Where a database URL leads, read as Database::open() reads it.
struct Location
{
    Dialect::Kind kind = Dialect::Kind::Sqlite;
    QString filePath; // a SQLite file's path; empty for PostgreSQL and in-memory databases
    QString displayUrl; // the URL without its password
};

// A database, as Sequelize's `new Sequelize(url)`: where the models are defined and the connections come from.
// A cheap handle; copies share the same database. Safe to use from several threads: each thread that uses it gets
// a QSqlDatabase connection of its own, opened on first use and closed with close().
class Database
{
public:
    Database();
    ~Database();
    Database(const Database &);
    Database &operator=(const Database &);

    // Opens a database from a URL: "sqlite:path.db", "sqlite::memory:", a bare file path (SQLite), or
    // "postgres://user[:password]@host[:port]/dbname[?sslmode=...&host=/socket/dir]" (libpq finds a missing
    // password in PGPASSWORD or ~/.pgpass). Connects at once, so that a bad URL, a missing directory, a file that
    // is not a database, a server that is down or refused credentials give a Connection error here.
    // Opening writes nothing to an existing SQLite file (no journal mode or schema change; SQLite itself may only
    // complete or undo a write that was interrupted, from its -wal or -journal file), and no SQL stored in it
    // (views, triggers, defaults, checks) may call a function that has side effects (trusted_schema is off).
    // A database is read-only when asked (options, or "sqlite:FILE?mode=ro"), and a SQLite file also when it or
    // its directory is marked read-only (even for root), or cannot be written; every write to it then fails
    // with a ReadOnly error that says why, and nothing is written. A read-only SQLite file must exist.
    [[nodiscard]] static Result<Database> open(const QString &url, const OpenOptions &options = {});
    // Reads a URL as open() does, opening nothing: the Connection error open() would give for a URL it cannot
    // read (an unsupported scheme such as mysql:// or file:, a bad parameter, no file or database named).
    [[nodiscard]] static Result<Location> locate(const QString &url);
    // Opens the database again with other options, as open() would have opened it with them: every connection is
    // closed (in every thread) and the next use of each opens it anew. For a database opened read-only until a
    // check passed, to let it write. Call it while no other thread uses the database. A Connection error (or the
    // ReadOnly access open() would decide) when it cannot be opened so; the database is then closed, and opens
    // again as before on its next use.
    [[nodiscard]] Status reopen(const OpenOptions &options);

    bool isValid() const;
    const Dialect &dialect() const;
    // The URL without its password.
    QString displayUrl() const;
    // For SQLite files, the file's path; empty otherwise.
    QString filePath() const;
    // True when every write is refused (see open()); readOnlyReason() says why, empty when it is not read-only.
    bool isReadOnly() const;
    QString readOnlyReason() const;
    // The server's version ("15.4"; SQLite's library version for a SQLite database).
    [[nodiscard]] Result<QString> serverVersion() const;

    // SQLite's PRAGMA quick_check: a Connection error naming the file and listing what SQLite found when the file
    // is damaged (its native code SQLITE_CORRUPT, 11); nothing is changed. Takes time in proportion to the file's
    // size (a pass over every page). Always succeeds on PostgreSQL, which checks its own pages.
    [[nodiscard]] Status quickCheck() const;
    // SQLite's full PRAGMA integrity_check: what it found, one line a problem (at most `limit`), empty when the file
    // is sound; nothing is changed. Unlike quickCheck() it also compares every index with its table, and so finds
    // some changed bytes inside rows; no check finds a changed value that breaks neither (SQLite keeps no checksum
    // of its pages). Takes longer than quickCheck(). Always empty on PostgreSQL.
    [[nodiscard]] Result<QStringList> integrityCheck(int limit = 100) const;
    // The same check of one table and its indexes only (quick on a small table): what it found, empty when sound.
    [[nodiscard]] Result<QStringList> integrityCheck(const QString &table) const;

    // SQLite: copies the database into a new file at `path`, consistent as of one moment, while it stays open and
    // in use (SQLite's online backup from this thread's connection, a few hundred pages a step, so that the other
    // connections' writers wait little; a write by another connection during the copy starts it again). The copy is
    // written under a temporary name and takes `path` once complete and on disk: an interrupted copy never bears
    // the name, and a failed one is removed. An existing file at `path` is an error and is left as it is. progress,
    // when given, is told the pages copied and the total after each step, on this thread. An InvalidQuery error on
    // PostgreSQL and in-memory databases, whose copies are the server's business (pg_dump).
    [[nodiscard]] Status backup(const QString &path,
                                const std::function<void(qint64 copied, qint64 total)> &progress = {}) const;

    // This thread's connection, opened on first use.
    [[nodiscard]] Result<QSqlDatabase> connection() const;
    // Closes every connection of this database, in every thread. Models stay defined.
    void close();

    // Lost once a statement or a connection attempt fails with a Connection error, Connected again once one
    // succeeds (every call opens the connection anew with the same URL; prepared statements are made again on it).
    ConnectionState connectionState() const;
    // Called on each change of connectionState(), with the Connection error that made it Lost (an empty error for
    // Connected), on the thread whose call saw the change, outside any lock of the database. Returns an ID for
    // removeConnectionObserver(); the observer must not outlive what it captures.
    int addConnectionObserver(const std::function<void(ConnectionState state, const Error &error)> &observer);
    void removeConnectionObserver(int id);
    // Reaches the database on this thread's connection (opened anew when lost) with a statement that reads
    // nothing: the Connection error when it cannot be reached. A SQLite file that was there when the database
    // was first opened and is gone now is a Connection error: it is never created again empty.
    [[nodiscard]] Status ping() const;
    // Whether the database answers, asked on a connection of its own, opened on the calling thread and closed
    // before returning: changes nothing of this Database (neither its connection state, told to the observers, nor
    // its connections). For a check from another thread, which a server that does not answer holds up to the
    // URL's connect_timeout.
    [[nodiscard]] Status probe() const;

    // Defines a model, as sequelize.define(name, attributes, options). Redefining a name replaces the model.
    // An invalid definition (unknown index field, unsafe name) is an InvalidQuery error.
    [[nodiscard]] Result<Model> define(const QString &name, const QList<Attribute> &attributes,
                                       const ModelOptions &options = {});
    // A defined model by name; an invalid Model when there is none.
    Model model(const QString &name) const;
    QList<Model> models() const;
    // A global hook: runs for every model of this database, after the model's own hooks of the same event.
    void addHook(HookEvent event, const Hook &hook, const QString &name = {});
    int removeHook(HookEvent event, const QString &name);

    // sync() of every defined model, in definition order.
    [[nodiscard]] Result<SyncReport> sync(SyncMode mode = SyncMode::Create) const;

    // Raw SQL with positional '?' or named ':name' replacements, always bound, never spliced.
    [[nodiscard]] Result<RowSet> query(const QString &sql, const QVariantList &replacements = {}) const;
    [[nodiscard]] Result<RowSet> query(const QString &sql, const QVariantMap &replacements) const;
    // Runs a statement built by a QueryBuilder.
    [[nodiscard]] Result<RowSet> execute(const Statement &statement) const;

    // Sequelize's logging option: called with the SQL of every statement, before it runs, on the thread that runs
    // it; and with what a PostgreSQL server says besides results (notices, warnings), as an SQL comment
    // ("-- WARNING:  ..."). An empty function turns it off.
    void setLogger(const std::function<void(const QString &sql)> &logger);

    // Table names in the database (without the database's own tables).
    [[nodiscard]] Result<QStringList> tables() const;
    // Column names of a table, in order; empty when the table does not exist.
    [[nodiscard]] Result<QStringList> columns(const QString &table) const;

private:
    // PRAGMA integrity_check with its argument (a limit, or a quoted table).
    [[nodiscard]] Result<QStringList> runIntegrityCheck(const QString &argument) const;
    friend class Model;
    friend class DatabasePrivate;
    friend class ModelPrivate;
    friend class AssociationPrivate;
    explicit Database(std::shared_ptr<DatabasePrivate> d);
    std::shared_ptr<DatabasePrivate> d;
};

} // namespace Orm
