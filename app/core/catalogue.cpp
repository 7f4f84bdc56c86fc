#include <catalogue/catalogue.h>
#include <catalogue/livre.h>
#include <catalogue/migrations.h>
#include <orm/schema.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace Catalogue {

namespace {

// What an existing database holds, besides the books.
struct Contents
{
    bool hasLivres = false;
    QStringList otherTables; // neither Livres nor the migrator's record
    QStringList unknownMigrations; // recorded, but unknown to this version
    QStringList newerMigrations; // of those, the ones this program recorded (a newer version of it)
};

// The triggers and views of a SQLite database, by name, with their SQL.
Orm::Result<QHash<QString, QString>> schemaCode(const Orm::Database &database)
{
    auto objects = Orm::Schema(database).showTriggersAndViews();
    if (!objects)
        return std::unexpected(objects.error());
    QHash<QString, QString> code;
    for (const Orm::CodeObjectInfo &object : std::as_const(*objects))
        code.insert(object.name, object.sql);
    return code;
}

// The triggers and views this version's migrations write (the search index's), made once in memory.
const QHash<QString, QString> &ownSchemaCode()
{
    static const QHash<QString, QString> code = [] {
        auto memory = Orm::Database::open(QStringLiteral("sqlite::memory:"));
        if (!memory)
            return QHash<QString, QString>();
        if (!Orm::Migrator(*memory, migrations()).up({}, Orm::Backup::Skip))
            return QHash<QString, QString>();
        return schemaCode(*memory).value_or(QHash<QString, QString>());
    }();
    return code;
}

// Whether every trigger and view of the file is one this program writes, word for word: only then may its SQL
// use what trusted_schema guards (the search index's triggers write to an FTS5 table).
Orm::Result<bool> knownSchemaCode(const Orm::Database &database)
{
    auto code = schemaCode(database);
    if (!code)
        return std::unexpected(code.error());
    const QHash<QString, QString> &own = ownSchemaCode();
    for (auto it = code->cbegin(); it != code->cend(); ++it) {
        if (own.value(it.key()) != it.value())
            return false;
    }
    return true;
}

Orm::Result<Contents> readContents(const Orm::Database &database)
{
    auto tables = database.tables();
    if (!tables)
        return std::unexpected(tables.error());
    Contents contents;
    contents.hasLivres = tables->contains(Livre::tableName);
    const QStringList ours = {Livre::tableName, QStringLiteral("SequelizeMeta"), QStringLiteral("SequelizeMetaTimes")};
    for (const QString &table : std::as_const(*tables)) {
        if (!ours.contains(table))
            contents.otherTables << table;
    }
    // On a read-only database the migrator only reads its record; it lists the unknown migrations after ours.
    auto states = Orm::Migrator(database, migrations()).status();
    if (!states && states.error().kind() == Orm::Error::Kind::Database) // a SequelizeMeta of another shape
        return Orm::fail(Orm::Error::Kind::Database,
                         Catalogue::tr("%1 is not a catalogue: its migration record (SequelizeMeta) cannot be read "
                                       "(%2); it was left as it is")
                                 .arg(database.displayUrl(), states.error().message()));
    if (!states)
        return std::unexpected(states.error());
    const QList<Orm::Migration> known = migrations();
    for (const Orm::MigrationState &state : std::as_const(*states)) {
        if (std::any_of(known.begin(), known.end(), [&](const Orm::Migration &m) { return m.name == state.name; }))
            continue;
        contents.unknownMigrations << state.name;
        // The Node application's own migrations (recorded by its sequelize-cli) are its business: they do not
        // make the file a newer version's.
        if (!state.recordedByOtherTool)
            contents.newerMigrations << state.name;
    }
    return contents;
}

// At most a few names, for a message on one line.
QString someNames(const QStringList &names)
{
    constexpr qsizetype shown = 5;
    QString text = names.mid(0, shown).join(QStringLiteral(", "));
    if (names.size() > shown)
        text += Catalogue::tr(", and %n more", nullptr, int(names.size() - shown));
    return text;
}

} // namespace

QString Catalogue::defaultUrl()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QStringLiteral("sqlite:") + QDir(dir).filePath(QStringLiteral("catalogue.db"));
}

Orm::Result<Catalogue> Catalogue::openDefault(Pending pending, Verify verify)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    // QDir::mkpath() does not say why it failed (a read-only or missing home, say): the system's reason is kept.
    std::error_code error;
    std::filesystem::create_directories(QFile::encodeName(dir).toStdString(), error);
    if (error && !QFileInfo(dir).isDir())
        return Orm::fail(Orm::Error::Kind::Connection,
                         tr("cannot create the directory %1 for the default catalogue: %2")
                                 .arg(QDir::toNativeSeparators(dir), QString::fromLocal8Bit(error.message())));
    return open(defaultUrl(), Missing::Create, pending, verify);
}

Orm::Result<Catalogue> Catalogue::open(const QString &url, Missing missing, Pending pending, Verify verify)
{
    // The URL as the ORM reads it: one it cannot open (another scheme, a bad parameter) says so here.
    auto location = Orm::Database::locate(url);
    if (!location)
        return std::unexpected(location.error());
    const QString &file = location->filePath;
    // QFileInfo::exists() is false for a dangling link, which SQLite would follow to create a file.
    const bool existingFile = !file.isEmpty() && (QFileInfo::exists(file) || QFileInfo(file).isSymLink());
    // Opening a SQLite file creates it: check first, so that a mistyped path leaves nothing behind.
    if (missing == Missing::Refuse && !file.isEmpty() && !existingFile)
        return Orm::fail(Orm::Error::Kind::Connection,
                         tr("no catalogue at %1 (create one with: catalogue init)").arg(file));
    Orm::OpenOptions options;
    bool pagesChecked = true;
    if (existingFile || location->kind == Orm::Dialect::Kind::Postgres) {
        auto checked = check(url, missing, verify);
        if (!checked)
            return std::unexpected(checked.error());
        options = *checked;
        pagesChecked = checked->pagesChecked;
    }
    bool untilMigrated = false;
    // A file that cannot be written is read-only for that reason, which migrating would not lift.
    const bool writableFile =
            file.isEmpty() || (QFileInfo(file).isWritable() && QFileInfo(QFileInfo(file).absolutePath()).isWritable());
    if (pending == Pending::ReadOnly && options.access == Orm::Access::ReadWrite && writableFile
        && (existingFile || location->kind == Orm::Dialect::Kind::Postgres)) {
        auto waiting = pendingAt(url);
        if (!waiting)
            return std::unexpected(waiting.error());
        if (!waiting->isEmpty()) {
            untilMigrated = true;
            options.access = Orm::Access::ReadOnly;
            options.readOnlyReason =
                    tr("it needs %n migration(s) before it can be changed", nullptr, int(waiting->size()));
        }
    }
    // How it opens once its pages are checked, when that is left for later.
    std::optional<Orm::OpenOptions> afterCheck;
    if (verify == Verify::Later && existingFile && !pagesChecked) {
        // Read-only until the pages are checked: nothing is written to a file before it is known to be sound.
        afterCheck = options;
        options.access = Orm::Access::ReadOnly;
        if (afterCheck->access == Orm::Access::ReadWrite)
            options.readOnlyReason = tr("it is being checked; changes are possible once the check has passed");
    }
    auto database = Orm::Database::open(url, options);
    if (!database)
        return std::unexpected(database.error());
    Catalogue catalogue;
    catalogue.m_url = url;
    catalogue.m_untilMigrated = untilMigrated;
    catalogue.m_database = *database;
    auto livres = Livre::define(catalogue.m_database);
    if (!livres)
        return std::unexpected(livres.error());
    catalogue.m_livres = *livres;

    auto tables = catalogue.m_database.tables();
    if (!tables)
        return std::unexpected(tables.error());
    if (!tables->contains(Livre::tableName)) {
        if (missing == Missing::Refuse)
            return Orm::fail(Orm::Error::Kind::Database,
                             tr("%1 is not a catalogue: it has no %2 table (create one with: catalogue init)")
                                     .arg(catalogue.m_database.displayUrl(), Livre::tableName));
        if (missing == Missing::Create) {
            auto created = catalogue.init();
            if (!created)
                return std::unexpected(created.error());
        }
    }
    if (auto r = catalogue.setUpRelations(); !r)
        return std::unexpected(r.error());
    *catalogue.m_pending = afterCheck;
    return catalogue;
}

Orm::Status Catalogue::checkPages(const QString &url)
{
    auto database = Orm::Database::open(url, {.access = Orm::Access::ReadOnly});
    if (!database)
        return std::unexpected(database.error());
    const Orm::Status intact = database->quickCheck();
    database->close();
    return intact;
}

Orm::Result<QString> Catalogue::serverVersion(const QString &url)
{
    auto database = Orm::Database::open(url, {.access = Orm::Access::ReadOnly});
    if (!database)
        return std::unexpected(database.error());
    auto version = database->serverVersion();
    database->close();
    return version;
}

Orm::Status Catalogue::finishCheck(const Orm::Status &pages)
{
    if (!m_pending->has_value())
        return {};
    Orm::OpenOptions options = **m_pending;
    m_pending->reset();
    if (!pages) {
        options.access = Orm::Access::ReadOnly;
        options.readOnlyReason = tr("it is damaged (%1); it was left as it is").arg(pages.error().message());
    } else if (options.access == Orm::Access::ReadOnly && options.readOnlyReason == m_database.readOnlyReason()) {
        return {};
    }
    return m_database.reopen(options);
}

Orm::Result<Catalogue::Checked> Catalogue::check(const QString &url, Missing missing, Verify verify)
{
    // A write interrupted in a file with a rollback journal leaves a hot -journal beside it, which a read-only
    // connection cannot undo (it fails, "attempt to write a readonly database"). A connection that may write
    // undoes it as it opens, restoring the file's last committed state, as any SQLite program that opens it
    // would; only done when this user may write the file and its directory (otherwise it is read-only anyway).
    if (auto location = Orm::Database::locate(url); location && !location->filePath.isEmpty()) {
        const QFileInfo file(location->filePath);
        const QFileInfo journal(location->filePath + QStringLiteral("-journal"));
        if (journal.size() > 0 && file.isFile() && file.isWritable() && QFileInfo(file.absolutePath()).isWritable()) {
            auto recovered = Orm::Database::open(url);
            if (!recovered)
                return std::unexpected(recovered.error());
            recovered->close();
        }
    }
    // Read-only while it is checked: a file from elsewhere is not written to before it is known to be sound.
    auto database = Orm::Database::open(url, {.access = Orm::Access::ReadOnly});
    if (!database)
        return std::unexpected(database.error());
    // Deferred, the pass over every page runs later on a connection of its own (checkPages()); the checks below
    // read only the schema and the migration record.
    if (verify == Verify::Now) {
        if (auto intact = database->quickCheck(); !intact)
            return std::unexpected(intact.error());
    }
    const bool pagesChecked = verify == Verify::Now || database->dialect().kind() != Orm::Dialect::Kind::Sqlite;
    // The migration record decides what runs on the file: it is checked against its index (quick_check does not
    // compare them), so that a changed byte in a migration's name is damage, not a migration to run again.
    auto tables = database->tables();
    if (!tables)
        return std::unexpected(tables.error());
    if (tables->contains(QStringLiteral("SequelizeMeta"))) {
        auto record = database->integrityCheck(QStringLiteral("SequelizeMeta"));
        if (!record)
            return std::unexpected(record.error());
        if (!record->isEmpty())
            return std::unexpected(
                    Orm::Error(Orm::Error::Kind::Connection,
                               tr("%1 is damaged: its migration record does not match its index (%2); it was left as "
                                  "it is")
                                       .arg(database->displayUrl(), record->first()))
                            .setNativeCode(QStringLiteral("11"))); // SQLITE_CORRUPT, as quickCheck() says it
    }
    auto contents = readContents(*database);
    if (!contents)
        return std::unexpected(contents.error());
    // A file without books is written to as it opens (Missing::Create) or refused: nothing to defer then.
    if (!pagesChecked && !contents->hasLivres) {
        if (auto intact = database->quickCheck(); !intact)
            return std::unexpected(intact.error());
        return check(url, missing, Verify::Now);
    }
    const QString where = database->displayUrl();
    if (!contents->hasLivres && !contents->otherTables.isEmpty())
        return Orm::fail(Orm::Error::Kind::Database,
                         tr("%1 is not a catalogue: it holds another application's tables (%2) and no %3 table; it "
                            "was left as it is")
                                 .arg(where, someNames(contents->otherTables), Livre::tableName));
    if (!contents->hasLivres && !contents->unknownMigrations.isEmpty())
        return Orm::fail(Orm::Error::Kind::Database,
                         tr("%1 is not a catalogue: it has no %2 table, and records migrations of another "
                            "application (%3); it was left as it is")
                                 .arg(where, Livre::tableName, someNames(contents->unknownMigrations)));
    if (!contents->hasLivres && missing == Missing::Refuse)
        // Refused here, on the read-only connection: opened for writing, an empty file would get a header.
        return Orm::fail(Orm::Error::Kind::Database,
                         tr("%1 is not a catalogue: it has no %2 table (create one with: catalogue init)")
                                 .arg(where, Livre::tableName));
    if (!contents->newerMigrations.isEmpty())
        return Checked{{.access = Orm::Access::ReadOnly,
                        .readOnlyReason = tr("it was written by a newer version of the catalogue (it records "
                                             "migrations this version does not know: %1)")
                                                  .arg(someNames(contents->newerMigrations))},
                       pagesChecked};
    if (database->dialect().kind() != Orm::Dialect::Kind::Sqlite)
        return Checked{{}, pagesChecked};
    auto known = knownSchemaCode(*database);
    if (!known)
        return std::unexpected(known.error());
    if (!*known)
        return Checked{{.access = Orm::Access::ReadOnly,
                        .readOnlyReason = tr("it holds triggers or views that this program did not write")},
                       pagesChecked};
    return Checked{{.trustedSchema = true}, pagesChecked};
}

Orm::Result<QStringList> Catalogue::pendingAt(const QString &url)
{
    auto database = Orm::Database::open(url, {.access = Orm::Access::ReadOnly});
    if (!database)
        return std::unexpected(database.error());
    auto tables = database->tables();
    if (!tables)
        return std::unexpected(tables.error());
    QStringList waiting;
    if (tables->contains(Livre::tableName)) { // a database without it is created, or refused, by open()
        auto states = Orm::Migrator(*database, migrations()).status();
        if (!states)
            return std::unexpected(states.error());
        for (const Orm::MigrationState &state : std::as_const(*states)) {
            if (!state.executed)
                waiting << state.name;
        }
    }
    database->close();
    return waiting;
}

Orm::Result<Catalogue> Catalogue::reopen(Pending pending) const
{
    return open(m_url, Missing::Refuse, pending);
}

Orm::Result<QList<Orm::MigrationState>> Catalogue::migrationStates() const
{
    return migrationStates(migrations());
}

Orm::Result<QList<Orm::MigrationState>> Catalogue::migrationStates(const QList<Orm::Migration> &list) const
{
    auto tables = m_database.tables();
    if (!tables)
        return std::unexpected(tables.error());
    const bool recordComplete =
            tables->contains(QStringLiteral("SequelizeMeta")) && tables->contains(QStringLiteral("SequelizeMetaTimes"));
    if (m_database.isReadOnly() || recordComplete || m_url.isEmpty())
        return Orm::Migrator(m_database, list).status();
    // status() would create the record's missing tables: read on a read-only connection instead.
    auto reader = Orm::Database::open(m_url, {.access = Orm::Access::ReadOnly});
    if (!reader)
        return std::unexpected(reader.error());
    auto states = Orm::Migrator(*reader, list).status();
    reader->close();
    return states;
}

Orm::Result<QStringList> Catalogue::pendingMigrations() const
{
    auto states = migrationStates();
    if (!states)
        return std::unexpected(states.error());
    QStringList waiting;
    for (const Orm::MigrationState &state : std::as_const(*states)) {
        if (!state.executed)
            waiting << state.name;
    }
    return waiting;
}

Orm::Status Catalogue::backup(const QString &path, const std::function<void(qint64, qint64)> &progress) const
{
    return m_database.backup(path, progress);
}

Orm::Result<QString> Catalogue::restore(const QString &backupFile, const QString &catalogueFile)
{
    if (QFileInfo(backupFile).canonicalFilePath() == QFileInfo(catalogueFile).canonicalFilePath())
        return Orm::fail(
                Orm::Error::Kind::InvalidQuery,
                tr("%1 is the catalogue itself, not a backup of it").arg(QDir::toNativeSeparators(backupFile)));
    {
        // Checked as any file is: read-only, so that a backup that needs its migrations is not migrated here.
        auto checked = open(backupFile, Missing::Refuse, Pending::ReadOnly);
        if (!checked)
            return std::unexpected(checked.error());
        if (checked->database().isReadOnly() && !checked->isReadOnlyUntilMigrated()
            && QFileInfo(backupFile).isWritable())
            return Orm::fail(Orm::Error::Kind::Database,
                             tr("%1 cannot replace the catalogue: %2")
                                     .arg(QDir::toNativeSeparators(backupFile), checked->database().readOnlyReason()));
        checked->m_database.close();
    }
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString aside = catalogueFile + QStringLiteral(".replaced-") + stamp + QStringLiteral(".db");
    const QString partial = catalogueFile + QStringLiteral(".restoring");
    QFile::remove(partial);
    // The copy first, beside the catalogue (same file system): the catalogue is replaced only once it is complete.
    if (!QFile::copy(backupFile, partial)) {
        QFile::remove(partial);
        return Orm::fail(Orm::Error::Kind::Database, tr("cannot copy %1 to %2").arg(backupFile, partial));
    }
    QFile::setPermissions(partial, QFile::permissions(partial) | QFileDevice::WriteOwner);
    if (QFileInfo::exists(catalogueFile) && !QFile::rename(catalogueFile, aside)) {
        QFile::remove(partial);
        return Orm::fail(Orm::Error::Kind::Database,
                         tr("cannot set %1 aside; the catalogue was left as it is").arg(catalogueFile));
    }
    // What SQLite keeps beside the replaced file goes with it: a -wal would otherwise be read into the backup.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (QFileInfo::exists(catalogueFile + suffix))
            QFile::rename(catalogueFile + suffix, aside + suffix);
    }
    if (!QFile::rename(partial, catalogueFile)) {
        QFile::rename(aside, catalogueFile);
        QFile::remove(partial);
        return Orm::fail(
                Orm::Error::Kind::Database,
                tr("cannot put the backup in place of %1; the catalogue was left as it is").arg(catalogueFile));
    }
    return aside;
}

Orm::Migrator Catalogue::migrator() const
{
    return Orm::Migrator(m_database, migrations());
}

Orm::Result<Orm::MigrationReport> Catalogue::init()
{
    auto tables = m_database.tables();
    if (!tables)
        return std::unexpected(tables.error());
    auto report = migrator().up({}, tables->isEmpty() ? Orm::Backup::Skip : Orm::Backup::Take);
    if (!report)
        return report;
    if (auto r = setUpRelations(); !r)
        return std::unexpected(r.error());
    return report;
}

Orm::Result<Summary> Catalogue::summary() const
{
    using namespace Orm;
    Summary s;
    s.location = m_database.displayUrl();
    auto rows = m_livres.findAll(
            {.attributes = {fn::count(Expr::star()).as(QStringLiteral("books")),
                            fn::sum(col(Livre::Quantite)).as(QStringLiteral("copies")),
                            fn::countDistinct(col(Livre::Genre)).as(QStringLiteral("genres")),
                            fn::min(col(Livre::Annee)).as(QStringLiteral("firstYear")),
                            fn::max(col(Livre::Annee)).as(QStringLiteral("lastYear")),
                            fn::sum(col(Livre::Prix) * col(Livre::Quantite)).as(QStringLiteral("stockValue"))}});
    if (!rows)
        return std::unexpected(rows.error());
    const Instance totals = rows->value(0);
    s.books = totals.get(QStringLiteral("books")).toLongLong();
    s.copies = totals.get(QStringLiteral("copies")).toLongLong();
    s.genres = totals.get(QStringLiteral("genres")).toLongLong();
    s.firstYear = totals.get(QStringLiteral("firstYear"));
    s.lastYear = totals.get(QStringLiteral("lastYear"));
    s.stockValue = totals.get(QStringLiteral("stockValue")).toDouble();
    return s;
}

Orm::Result<QList<Catalogue::Problem>> Catalogue::problems() const
{
    auto books = m_livres.findAll({.order = {Orm::asc(Livre::Id)}});
    if (!books)
        return std::unexpected(books.error());
    QList<Problem> found;
    for (Orm::Instance &book : *books) {
        auto checked = book.validate(Orm::Instance::Scope::All);
        if (!checked && checked.error().kind() == Orm::Error::Kind::Validation)
            found.append({book.get(Livre::Id), checked.error().items()});
        else if (!checked)
            return std::unexpected(checked.error());
    }
    return found;
}

} // namespace Catalogue
