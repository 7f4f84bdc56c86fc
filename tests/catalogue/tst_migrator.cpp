#include "frozenddl.h"
#include "testdatabase.h"

#include <catalogue/catalogue.h>
#include <catalogue/livre.h>
#include <catalogue/migrations.h>
#include <orm/changefeed.h>
#include <orm/migrator.h>
#include <orm/schema.h>
#include <orm/transaction.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>

using namespace Orm;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Orm::Backup)

namespace {

const QString createShelves = u"20240101000000-create-shelves"_s;
const QString addLabel = u"20240102000000-add-shelves-label"_s;
const QString indexLabel = u"20240103000000-index-shelves"_s;

// Three migrations that only work in name order (each needs what the one before made), given out of order.
QList<Migration> shelfMigrations()
{
    return {
            {indexLabel,
             [](Schema &s) { return s.addIndex(u"Shelves"_s, {.fields = {u"label"_s}, .name = u"shelves_label"_s}); },
             [](Schema &s) { return s.removeIndex(u"Shelves"_s, u"shelves_label"_s); }},
            {createShelves,
             [](Schema &s) {
                 return s.createTable(
                         u"Shelves"_s,
                         {{.name = u"id"_s, .type = DataType::integer(), .primaryKey = true, .autoIncrement = true},
                          {.name = u"name"_s, .type = DataType::string(100), .allowNull = false}});
             },
             [](Schema &s) { return s.dropTable(u"Shelves"_s); }},
            {addLabel,
             [](Schema &s) {
                 return s.addColumn(u"Shelves"_s,
                                    {.name = u"label"_s, .type = DataType::string(50), .defaultValue = u"none"_s});
             },
             [](Schema &s) { return s.removeColumn(u"Shelves"_s, u"label"_s); }},
    };
}

QString quoted(const QString &name)
{
    return Dialect::sqlite().quote(name);
}

QString line(const QVariantList &row)
{
    QStringList cells;
    for (const QVariant &v : row)
        cells << (v.isNull() ? u"NULL"_s : QString::fromLatin1(v.typeName()) + u':' + v.toString());
    return cells.join(u" | "_s);
}

// Every schema object of the database, as the database describes it (SQLite's sqlite_master; PostgreSQL's
// columns, constraints, indexes and sequences), one a line.
Result<QStringList> schemaDump(const Database &db)
{
    const QStringList queries = db.dialect().kind() == Dialect::Kind::Sqlite
            ? QStringList{u"SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"_s}
            : QStringList{
                    u"SELECT table_name, column_name, data_type, character_maximum_length, is_nullable, "
                    u"column_default FROM information_schema.columns WHERE table_schema = current_schema() ORDER "
                    u"BY table_name, ordinal_position"_s,
                    u"SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE "
                    u"connamespace = current_schema()::regnamespace ORDER BY 1, 2"_s,
                    u"SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
                    u"ORDER BY 1, 2"_s,
                    u"SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = current_schema() ORDER "
                    u"BY 1"_s};
    QStringList lines;
    for (const QString &sql : queries) {
        auto rows = db.query(sql);
        if (!rows)
            return std::unexpected(rows.error());
        for (const QVariantList &row : std::as_const(rows->rows))
            lines << line(row);
    }
    return lines;
}

// The rows of one table, each value with its type, sorted.
Result<QStringList> tableRows(const Database &db, const QString &table)
{
    auto columns = db.columns(table);
    if (!columns)
        return std::unexpected(columns.error());
    QStringList names;
    for (const QString &c : std::as_const(*columns))
        names << quoted(c);
    auto rows = db.query(u"SELECT %1 FROM %2"_s.arg(names.join(u", "_s), quoted(table)));
    if (!rows)
        return std::unexpected(rows.error());
    QStringList lines;
    for (const QVariantList &row : std::as_const(rows->rows))
        lines << table + u": "_s + line(row);
    lines.sort();
    return lines;
}

// The whole content: the schema and every row of every table (SQLite's sqlite_sequence and the migrators' own
// tables included).
Result<QStringList> dump(const Database &db)
{
    auto lines = schemaDump(db);
    if (!lines)
        return lines;
    QStringList tables;
    if (db.dialect().kind() == Dialect::Kind::Sqlite) {
        auto names = db.query(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
        if (!names)
            return std::unexpected(names.error());
        for (const QVariantList &n : std::as_const(names->rows))
            tables << n.value(0).toString();
    } else {
        auto names = db.tables();
        if (!names)
            return std::unexpected(names.error());
        tables = *names;
    }
    for (const QString &table : std::as_const(tables)) {
        auto rows = tableRows(db, table);
        if (!rows)
            return rows;
        *lines << *rows;
    }
    return lines;
}

// The state of one migration in a status() list, or a null state named "absent".
MigrationState stateOf(const QList<MigrationState> &states, const QString &name)
{
    for (const MigrationState &s : states) {
        if (s.name == name)
            return s;
    }
    return {u"absent"_s};
}

QString stateText(const QList<MigrationState> &states, const QString &name)
{
    const MigrationState s = stateOf(states, name);
    return s.name == u"absent" ? s.name : s.executed ? u"executed"_s : u"pending"_s;
}

// A book of the seed's schema, as many as needed, all different.
QVariantMap book(int i)
{
    return {{Catalogue::Livre::Nom, u"Livre n°%1 « l'été »"_s.arg(i)},
            {Catalogue::Livre::NomSansEspaces, u"Livren°%1«l'été»"_s.arg(i)},
            {Catalogue::Livre::Presentation, u"Présentation %1"_s.arg(i)},
            {Catalogue::Livre::Description, i % 7 == 0 ? QVariant() : QVariant(u"Description %1"_s.arg(i))},
            {Catalogue::Livre::Prix, 5.0 + i / 4.0},
            {Catalogue::Livre::Genre, i % 3 == 0 ? u"Roman"_s : u"Essai"_s},
            {Catalogue::Livre::Auteur, u"Auteur %1"_s.arg(i % 50)},
            {Catalogue::Livre::Edition, u"Édition %1"_s.arg(i % 9)},
            {Catalogue::Livre::Quantite, i % 11},
            {Catalogue::Livre::Annee, 1900 + i % 120},
            {Catalogue::Livre::NbPages, 100 + i},
            {Catalogue::Livre::Ventes, i * 1.5},
            {Catalogue::Livre::Arriere, u"arriere/%1.jpg"_s.arg(i)},
            {Catalogue::Livre::Dos, u"dos/%1.jpg"_s.arg(i)}};
}

// Exactly what Sequelize 6 sends to create schema.js's table.
const QString seedSqliteDdl =
        u"CREATE TABLE IF NOT EXISTS `Livres` (`ID` INTEGER PRIMARY KEY AUTOINCREMENT, `Nom` VARCHAR(255), "
        u"`NomSansEspaces` VARCHAR(255) NOT NULL, `Presentation` VARCHAR(10000) NOT NULL, `Description` VARCHAR(255), "
        u"`Couverture` VARCHAR(255), `Prix` FLOAT, `Genre` VARCHAR(255), `Accroche` VARCHAR(255), `Lien` "
        u"VARCHAR(255), `Auteur` VARCHAR(255), `Edition` VARCHAR(255), `Quantite` INTEGER, `Annee` INTEGER NOT NULL, "
        u"`NbPages` INTEGER NOT NULL, `Ventes` FLOAT NOT NULL, `Arriere` VARCHAR(255) NOT NULL, `Dos` VARCHAR(255) "
        u"NOT NULL);"_s;
const QString seedPostgresDdl =
        u"CREATE TABLE IF NOT EXISTS \"Livres\" (\"ID\"   SERIAL , \"Nom\" VARCHAR(255), \"NomSansEspaces\" "
        u"VARCHAR(255) NOT NULL, \"Presentation\" VARCHAR(10000) NOT NULL, \"Description\" VARCHAR(255), "
        u"\"Couverture\" VARCHAR(255), \"Prix\" FLOAT, \"Genre\" VARCHAR(255), \"Accroche\" VARCHAR(255), \"Lien\" "
        u"VARCHAR(255), \"Auteur\" VARCHAR(255), \"Edition\" VARCHAR(255), \"Quantite\" INTEGER, \"Annee\" INTEGER NOT "
        u"NULL, \"NbPages\" INTEGER NOT NULL, \"Ventes\" FLOAT NOT NULL, \"Arriere\" VARCHAR(255) NOT NULL, \"Dos\" "
        u"VARCHAR(255) NOT NULL, PRIMARY KEY (\"ID\"));"_s;
const QString seedRows =
        u"INSERT INTO \"Livres\" (\"Nom\", \"NomSansEspaces\", \"Presentation\", \"Description\", \"Couverture\", "
        u"\"Prix\", \"Genre\", \"Accroche\", \"Lien\", \"Auteur\", \"Edition\", \"Quantite\", \"Annee\", \"NbPages\", "
        u"\"Ventes\", \"Arriere\", \"Dos\") VALUES ('Le Petit Prince', 'LePetitPrince', 'Un conte', NULL, "
        u"'images/prince.jpg', 8.9, 'Conte', 'S''il vous plaît…', 'https://example.org/prince', 'Saint-Exupéry', "
        u"'Gallimard', 3, 1943, 96, 12.5, 'images/prince-arriere.jpg', 'images/prince-dos.jpg'), (NULL, '', '', "
        u"'sans nom', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2001, 1, 0, '', ''), ('Les Misérables', "
        u"'LesMisérables', 'Roman', 'Tome 1', NULL, 12.75, 'Roman', NULL, NULL, 'Hugo', NULL, 0, 1862, 1900, 1000000, "
        u"'a.jpg', 'b.jpg')"_s;

} // namespace

// The Migrator on both dialects: status, up and down as sequelize-cli, SequelizeMeta shared with it, atomic
// migrations, concurrent migrators, backups, and the catalogue's own migrations on a seed file full of books.
class TestMigrator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestDatabase> m_db;

    Database &db() { return m_db->database(); }
    bool isSqlite() { return db().dialect().kind() == Dialect::Kind::Sqlite; }
    Migrator migrator(const QList<Migration> &extra = {}) { return Migrator(db(), shelfMigrations() + extra); }

    bool hasTable(const QString &table)
    {
        auto tables = db().tables();
        return tables && tables->contains(table);
    }

    QStringList filesBeside()
    {
        if (!isSqlite())
            return {};
        const QFileInfo file(db().filePath());
        return file.dir().entryList(QDir::Files, QDir::Name);
    }

private Q_SLOTS:
    void initTestCase_data() { Test::addDialectRows(); }

    void init() { TEST_OPEN_DATABASE(m_db); }

    void cleanup() { m_db.reset(); }

    void statusListsPendingAndExecuted()
    {
        auto states = migrator().status();
        QVERIFY2(states, Test::why(states));
        QCOMPARE(states->size(), 3);
        QCOMPARE(states->at(0).name, createShelves);
        QCOMPARE(states->at(1).name, addLabel);
        QCOMPARE(states->at(2).name, indexLabel);
        for (const MigrationState &s : std::as_const(*states)) {
            QVERIFY(!s.executed);
            QVERIFY(s.executedAt.isNull());
        }

        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
        auto report = migrator().up(addLabel, Backup::Skip);
        QVERIFY2(report, Test::why(report));
        const QDateTime end = QDateTime::currentDateTimeUtc().addSecs(1);
        QCOMPARE(report->executed, (QStringList{createShelves, addLabel}));

        states = migrator().status();
        QVERIFY2(states, Test::why(states));
        QCOMPARE(states->size(), 3);
        for (int i = 0; i < 2; ++i) {
            QVERIFY(states->at(i).executed);
            QVERIFY2(states->at(i).executedAt.isValid() && states->at(i).executedAt >= start
                             && states->at(i).executedAt <= end,
                     qPrintable(states->at(i).executedAt.toString(Qt::ISODateWithMs)));
        }
        QVERIFY(states->at(0).executedAt <= states->at(1).executedAt);
        QVERIFY(!states->at(2).executed);
        QVERIFY(states->at(2).executedAt.isNull());
    }

    void upRunsAllInNameOrder()
    {
        auto report = migrator().up({}, Backup::Skip);
        QVERIFY2(report, Test::why(report));
        QCOMPARE(report->executed, (QStringList{createShelves, addLabel, indexLabel}));
        Schema schema(db());
        auto columns = db().columns(u"Shelves"_s);
        QVERIFY(columns);
        QCOMPARE(*columns, (QStringList{u"id"_s, u"name"_s, u"label"_s}));
        auto indexes = schema.showIndex(u"Shelves"_s);
        QVERIFY(indexes);
        QVERIFY(std::any_of(indexes->begin(), indexes->end(), [](const IndexInfo &i) {
            return i.name == u"shelves_label" && i.fields == QStringList{u"label"_s};
        }));
        auto recorded = db().query(u"SELECT \"name\" FROM \"SequelizeMeta\" ORDER BY \"name\""_s);
        QVERIFY(recorded);
        QCOMPARE(recorded->rows.size(), 3);
        QCOMPARE(recorded->rows.at(2).value(0).toString(), indexLabel + u".js"_s); // its file name, as sequelize-cli

        auto again = migrator().up({}, Backup::Skip);
        QVERIFY2(again, Test::why(again));
        QVERIFY(again->executed.isEmpty());
    }

    void upToStopsAfterTheNamedOne()
    {
        auto report = migrator().up(createShelves, Backup::Skip);
        QVERIFY2(report, Test::why(report));
        QCOMPARE(report->executed, QStringList{createShelves});
        QVERIFY(hasTable(u"Shelves"_s));
        auto columns = db().columns(u"Shelves"_s);
        QVERIFY(columns);
        QVERIFY(!columns->contains(u"label"_s));

        auto unknown = migrator().up(u"20990101000000-nope"_s, Backup::Skip);
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message().contains(u"20990101000000-nope"_s));
        auto states = migrator().status();
        QVERIFY(states);
        QCOMPARE(stateText(*states, addLabel), u"pending"_s);

        report = migrator().up(indexLabel, Backup::Skip);
        QVERIFY2(report, Test::why(report));
        QCOMPARE(report->executed, (QStringList{addLabel, indexLabel}));
    }

    void downUndoesTheLastOrDownToTheNamedOne()
    {
        QVERIFY(migrator().up({}, Backup::Skip));
        auto last = migrator().down({}, Backup::Skip);
        QVERIFY2(last, Test::why(last));
        QCOMPARE(last->executed, QStringList{indexLabel});
        auto indexes = Schema(db()).showIndex(u"Shelves"_s);
        QVERIFY(indexes);
        QVERIFY(std::none_of(indexes->begin(), indexes->end(),
                             [](const IndexInfo &i) { return i.name == u"shelves_label"; }));
        auto states = migrator().status();
        QVERIFY(states);
        QCOMPARE(stateText(*states, addLabel), u"executed"_s);
        QCOMPARE(stateText(*states, indexLabel), u"pending"_s);

        auto notExecuted = migrator().down(indexLabel, Backup::Skip);
        QVERIFY(!notExecuted);

        auto through = migrator().down(createShelves, Backup::Skip);
        QVERIFY2(through, Test::why(through));
        QCOMPARE(through->executed, (QStringList{addLabel, createShelves}));
        QVERIFY(!hasTable(u"Shelves"_s));
        states = migrator().status();
        QVERIFY(states);
        for (const MigrationState &s : std::as_const(*states))
            QVERIFY2(!s.executed, qPrintable(s.name));
        auto records = db().query(u"SELECT COUNT(*) FROM \"SequelizeMeta\""_s);
        QVERIFY(records);
        QCOMPARE(records->rows.value(0).value(0).toInt(), 0);

        auto nothing = migrator().down({}, Backup::Skip);
        QVERIFY2(nothing, Test::why(nothing));
        QVERIFY(nothing->executed.isEmpty());
    }

    void sequelizeMetaHasSequelizeCliShape()
    {
        QVERIFY(migrator().status());
        Schema schema(db());
        auto columns = schema.describeTable(u"SequelizeMeta"_s);
        QVERIFY2(columns, Test::why(columns));
        QCOMPARE(columns->size(), 1);
        QCOMPARE(columns->at(0).name, u"name"_s);
        QCOMPARE(columns->at(0).type, isSqlite() ? u"VARCHAR(255)"_s : u"character varying(255)"_s);
        QVERIFY(!columns->at(0).allowNull);
        QVERIFY(columns->at(0).primaryKey);
        auto indexes = schema.showIndex(u"SequelizeMeta"_s);
        QVERIFY(indexes);
        QVERIFY(std::any_of(indexes->begin(), indexes->end(),
                            [](const IndexInfo &i) { return i.unique && i.fields == QStringList{u"name"_s}; }));
        if (isSqlite()) {
            // As sequelize-cli creates it: CREATE TABLE IF NOT EXISTS `SequelizeMeta` (`name` VARCHAR(255) NOT NULL
            // UNIQUE PRIMARY KEY), which SQLite keeps without IF NOT EXISTS; either quote character reads the same.
            auto sql = db().query(u"SELECT sql FROM sqlite_master WHERE name = 'SequelizeMeta'"_s);
            QVERIFY(sql);
            QCOMPARE(sql->rows.value(0).value(0).toString().replace(u'`', u'"'),
                     u"CREATE TABLE \"SequelizeMeta\" (\"name\" VARCHAR(255) NOT NULL UNIQUE PRIMARY KEY)"_s);
        } else {
            auto kinds = db().query(u"SELECT contype FROM pg_constraint WHERE conrelid = '\"SequelizeMeta\"'::regclass "
                                    u"ORDER BY contype"_s);
            QVERIFY(kinds);
            QStringList types;
            for (const QVariantList &k : std::as_const(kinds->rows))
                types << k.value(0).toString();
            // PostgreSQL folds a UNIQUE identical to the primary key into it, for sequelize-cli's DDL as well.
            QCOMPARE(types, QStringList{u"p"_s});
        }
    }

    void recordOfSequelizeCliIsUnderstood()
    {
        // A database migrated by sequelize-cli: its SequelizeMeta, with the first migration done and one this
        // program does not know.
        const QString ddl = isSqlite()
                ? u"CREATE TABLE IF NOT EXISTS `SequelizeMeta` (`name` VARCHAR(255) NOT NULL UNIQUE PRIMARY KEY);"_s
                : u"CREATE TABLE IF NOT EXISTS \"SequelizeMeta\" (\"name\" VARCHAR(255) NOT NULL UNIQUE , PRIMARY KEY "
                  u"(\"name\"));"_s;
        QVERIFY(db().query(ddl));
        QVERIFY(db().query(u"INSERT INTO \"SequelizeMeta\" (\"name\") VALUES (?), (?)"_s,
                           {createShelves, u"20231231000000-from-node"_s}));
        QVERIFY(db().query(u"CREATE TABLE \"Shelves\" (\"id\" INTEGER PRIMARY KEY, \"name\" VARCHAR(100) NOT NULL)"_s));
        QVERIFY(db().query(u"INSERT INTO \"Shelves\" VALUES (1, 'from Node')"_s));

        auto states = migrator().status();
        QVERIFY2(states, Test::why(states));
        QCOMPARE(states->size(), 4);
        QCOMPARE(stateText(*states, createShelves), u"executed"_s);
        QVERIFY(stateOf(*states, createShelves).executedAt.isNull()); // sequelize-cli keeps no time
        QCOMPARE(stateText(*states, u"20231231000000-from-node"_s), u"executed"_s);
        QCOMPARE(stateText(*states, addLabel), u"pending"_s);

        auto report = migrator().up({}, Backup::Skip);
        QVERIFY2(report, Test::why(report));
        QCOMPARE(report->executed, (QStringList{addLabel, indexLabel}));
        auto rows = db().query(u"SELECT \"name\", \"label\" FROM \"Shelves\""_s);
        QVERIFY2(rows, Test::why(rows));
        QCOMPARE(rows->rows.size(), 1);
        QCOMPARE(rows->rows.at(0).value(0).toString(), u"from Node"_s);
        QCOMPARE(rows->rows.at(0).value(1).toString(), u"none"_s);
        if (isSqlite()) { // sequelize-cli's table is left as it made it
            auto sql = db().query(u"SELECT sql FROM sqlite_master WHERE name = 'SequelizeMeta'"_s);
            QVERIFY(sql);
            QCOMPARE(sql->rows.value(0).value(0).toString(),
                     u"CREATE TABLE `SequelizeMeta` (`name` VARCHAR(255) NOT NULL UNIQUE PRIMARY KEY)"_s);
        }
    }

    void recordsFileNamesAsSequelizeCli()
    {
        // sequelize-cli records a migration by its file name ("...-create-shelves.js"): so does the migrator, in
        // both of its tables.
        QVERIFY(migrator().up({}, Backup::Skip));
        for (const QString &table : {u"SequelizeMeta"_s, u"SequelizeMetaTimes"_s}) {
            auto names = db().query(u"SELECT \"name\" FROM \"%1\" ORDER BY \"name\""_s.arg(table));
            QVERIFY2(names, Test::why(names));
            QStringList recorded;
            for (const QVariantList &row : std::as_const(names->rows))
                recorded << row.value(0).toString();
            QCOMPARE(recorded, (QStringList{createShelves + u".js"_s, addLabel + u".js"_s, indexLabel + u".js"_s}));
        }
        auto states = migrator().status();
        QVERIFY2(states, Test::why(states));
        QCOMPARE(states->size(), 3);
        QCOMPARE(states->at(0).name, createShelves);
        QVERIFY(states->at(0).executed);
        QVERIFY(!states->at(0).recordedByOtherTool);

        // A name with ".js" names the same migration.
        auto down = migrator().down(addLabel + u".js"_s, Backup::Skip);
        QVERIFY2(down, Test::why(down));
        QCOMPARE(down->executed, (QStringList{indexLabel, addLabel}));
        auto up = migrator().up(addLabel + u".js"_s, Backup::Skip);
        QVERIFY2(up, Test::why(up));
        QCOMPARE(up->executed, QStringList{addLabel});
    }

    void recordsOfEarlierVersionsAreRead()
    {
        // Earlier versions recorded the name alone, with its time: the same migration, executed.
        QVERIFY(migrator().up(createShelves, Backup::Skip));
        QVERIFY(db().query(u"UPDATE \"SequelizeMeta\" SET \"name\" = ?"_s, {createShelves}));
        QVERIFY(db().query(u"UPDATE \"SequelizeMetaTimes\" SET \"name\" = ?"_s, {createShelves}));
        auto states = migrator().status();
        QVERIFY2(states, Test::why(states));
        QCOMPARE(states->size(), 3);
        QCOMPARE(stateText(*states, createShelves), u"executed"_s);
        QVERIFY(stateOf(*states, createShelves).executedAt.isValid());
        QVERIFY(!stateOf(*states, createShelves).recordedByOtherTool);

        auto up = migrator().up({}, Backup::Skip);
        QVERIFY2(up, Test::why(up));
        QCOMPARE(up->executed, (QStringList{addLabel, indexLabel}));
        auto down = migrator().down(createShelves, Backup::Skip);
        QVERIFY2(down, Test::why(down));
        QCOMPARE(down->executed, (QStringList{indexLabel, addLabel, createShelves}));
        for (const QString &table : {u"SequelizeMeta"_s, u"SequelizeMetaTimes"_s}) {
            auto count = db().query(u"SELECT COUNT(*) FROM \"%1\""_s.arg(table));
            QVERIFY2(count, Test::why(count));
            QCOMPARE(count->rows.value(0).value(0).toInt(), 0);
        }
    }

    // A catalogue that the seed's Node application migrated with its own sequelize-cli migrations (made by
    // sequelize-cli 6 itself: bench/peers/sequelize/cli/make-fixture.sh): its first migration has the name of ours,
    // the other is its own. The file opens writable, and this program's migrations run beside the Node ones.
    void catalogueMigratedBySequelizeCliIsMigrated()
    {
        QFETCH_GLOBAL(QString, dialect);
        if (dialect != u"sqlite")
            QSKIP("the file made by sequelize-cli is a SQLite file");
        const QString fixture = QStringLiteral(CATALOGUE_FIXTURES "/sequelize-cli.db");
        QVERIFY2(QFile::exists(fixture), "tests/fixtures/sequelize-cli.db is missing");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"catalogue.db"_s);
        QVERIFY(QFile::copy(fixture, path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const QString clients = u"20240115000000-create-clients.js"_s;
        const QString createLivres = Catalogue::Migrations::createLivres().name;

        auto catalogue = Catalogue::Catalogue::open(u"sqlite:"_s + path, Catalogue::Catalogue::Missing::Refuse);
        QVERIFY2(catalogue, Test::why(catalogue));
        QVERIFY2(!catalogue->database().isReadOnly(), qPrintable(catalogue->database().readOnlyReason()));
        auto states = catalogue->migrator().status();
        QVERIFY2(states, Test::why(states));
        QCOMPARE(stateText(*states, createLivres), u"executed"_s);
        QVERIFY(stateOf(*states, createLivres).recordedByOtherTool);
        QCOMPARE(stateText(*states, clients), u"executed"_s);
        QVERIFY(stateOf(*states, clients).recordedByOtherTool);

        // The file came in a rollback journal, as the seed's code makes them; opened, it keeps it.
        auto journal = catalogue->database().query(u"PRAGMA journal_mode"_s);
        QVERIFY2(journal, Test::why(journal));
        QCOMPARE(journal->rows.value(0).value(0).toString().toLower(), u"delete"_s);

        auto report = catalogue->init();
        QVERIFY2(report, Test::why(report));
        // Migrated, it has a write-ahead log, as the files this program creates.
        journal = catalogue->database().query(u"PRAGMA journal_mode"_s);
        QVERIFY2(journal, Test::why(journal));
        QCOMPARE(journal->rows.value(0).value(0).toString().toLower(), u"wal"_s);
        QStringList ours;
        for (const Migration &m : Catalogue::migrations()) {
            if (m.name != createLivres)
                ours << m.name;
        }
        QCOMPARE(report->executed, ours);
        auto books = catalogue->livres().findAll();
        QVERIFY2(books, Test::why(books));
        QCOMPARE(books->size(), 1);
        QCOMPARE(books->first().get(Catalogue::Livre::Nom).toString(), u"Le Petit Prince"_s);
        QVERIFY(catalogue->livres().create(book(1)));
        Database database = catalogue->database();
        auto recorded = database.query(u"SELECT \"name\" FROM \"SequelizeMeta\" ORDER BY \"name\""_s);
        QVERIFY2(recorded, Test::why(recorded));
        QStringList names;
        for (const QVariantList &row : std::as_const(recorded->rows))
            names << row.value(0).toString();
        QStringList expected{createLivres + u".js"_s, clients};
        for (const QString &name : std::as_const(ours))
            expected << name + u".js"_s;
        expected.sort();
        QCOMPARE(names, expected);
        auto tables = database.tables();
        QVERIFY2(tables, Test::why(tables));
        QVERIFY(tables->contains(u"Clients"_s));
        database.close();

        // Opened again: still writable, nothing left to run.
        auto again = Catalogue::Catalogue::open(u"sqlite:"_s + path, Catalogue::Catalogue::Missing::Refuse);
        QVERIFY2(again, Test::why(again));
        QVERIFY2(!again->database().isReadOnly(), qPrintable(again->database().readOnlyReason()));
        auto nothing = again->init();
        QVERIFY2(nothing, Test::why(nothing));
        QVERIFY(nothing->executed.isEmpty());
        again->database().close();
    }

    void failedMigrationLeavesEverythingAsItWas()
    {
        const QString failing = u"20240104000000-fails-in-third"_s;
        const QString badSql = u"CREATE INDEX \"shelves_label\" ON \"Shelves\" (\"name\")"_s;
        const QList<Migration> extra = {
                {failing,
                 [](Schema &s) -> Status {
                     if (auto r = s.addColumn(u"Shelves"_s,
                                              {.name = u"capacity"_s, .type = DataType::integer(), .defaultValue = 10});
                         !r)
                         return r;
                     // On SQLite a table rebuild, itself a transaction (a savepoint here).
                     if (auto r = s.changeColumn(u"Shelves"_s, u"name"_s,
                                                 {.type = DataType::text(), .allowNull = false});
                         !r)
                         return r;
                     return s.addIndex(u"Shelves"_s,
                                       {.fields = {u"name"_s}, .name = u"shelves_label"_s}); // the name is taken
                 },
                 [](Schema &) -> Status { return {}; }},
                {u"20240105000000-after"_s,
                 [](Schema &s) {
                     return s.createTable(u"After"_s,
                                          {{.name = u"id"_s, .type = DataType::integer(), .primaryKey = true}});
                 },
                 [](Schema &s) { return s.dropTable(u"After"_s); }},
        };
        QVERIFY(migrator().up({}, Backup::Skip));
        Schema schema(db());
        QVERIFY(schema.bulkInsert(u"Shelves"_s,
                                  {{{u"name"_s, u"Romans"_s}, {u"label"_s, u"R"_s}},
                                   {{u"name"_s, u"Poésie"_s}, {u"label"_s, QVariant()}}}));
        auto before = dump(db());
        QVERIFY2(before, Test::why(before));

        auto failed = migrator(extra).up();
        QVERIFY(!failed);
        QVERIFY2(failed.error().message().contains(failing), qPrintable(failed.error().message()));
        QCOMPARE(failed.error().sql(), badSql);

        auto after = dump(db());
        QVERIFY2(after, Test::why(after));
        QCOMPARE(*after, *before);
        auto states = migrator(extra).status();
        QVERIFY(states);
        QCOMPARE(stateText(*states, failing), u"pending"_s);
        QCOMPARE(stateText(*states, u"20240105000000-after"_s), u"pending"_s);
        if (isSqlite()) {
            auto keys = db().query(u"PRAGMA foreign_keys"_s);
            QVERIFY(keys);
            QCOMPARE(keys->rows.value(0).value(0).toInt(), 1);
        }
    }

    void upDownUpOnACatalogueFullOfBooks()
    {
        const QString addPrets = u"20991231000000-add-prets"_s;
        QList<Migration> migrations = Catalogue::migrations();
        migrations.append({addPrets,
                           [](Schema &s) -> Status {
                               if (auto r = s.createTable(
                                           u"Prets"_s,
                                           {{.name = u"id"_s,
                                             .type = DataType::integer(),
                                             .primaryKey = true,
                                             .autoIncrement = true},
                                            {.name = u"livreId"_s, .type = DataType::integer(), .allowNull = false},
                                            {.name = u"emprunteur"_s, .type = DataType::string(100)}});
                                   !r)
                                   return r;
                               return s.addIndex(Catalogue::Livre::tableName,
                                                 {.fields = {Catalogue::Livre::Genre, Catalogue::Livre::Prix},
                                                  .name = u"livres_genre_prix"_s});
                           },
                           [](Schema &s) -> Status {
                               if (auto r = s.removeIndex(Catalogue::Livre::tableName, u"livres_genre_prix"_s); !r)
                                   return r;
                               return s.dropTable(u"Prets"_s);
                           }});
        const Migrator migrator(db(), migrations);
        auto first = migrator.up();
        QVERIFY2(first, Test::why(first));
        QCOMPARE(first->executed.size(), migrations.size());
        QCOMPARE(first->executed.last(), addPrets);

        QList<QVariantMap> books;
        for (int i = 0; i < 1000; ++i)
            books << book(i);
        auto inserted = Schema(db()).bulkInsert(Catalogue::Livre::tableName, books);
        QVERIFY2(inserted, Test::why(inserted));
        QCOMPARE(*inserted, 1000);
        auto rowsBefore = tableRows(db(), Catalogue::Livre::tableName);
        QVERIFY(rowsBefore);
        QCOMPARE(rowsBefore->size(), 1000);
        auto schemaBefore = schemaDump(db());
        QVERIFY(schemaBefore);

        auto down = migrator.down(Catalogue::Migrations::indexLivres().name);
        QVERIFY2(down, Test::why(down));
        QStringList undone;
        for (qsizetype i = migrations.size() - 1; i >= 1; --i)
            undone << migrations.at(i).name; // every migration after the creation of Livres, last first
        QCOMPARE(down->executed, undone);
        QVERIFY(!hasTable(u"Prets"_s));
        auto indexes = Schema(db()).showIndex(Catalogue::Livre::tableName);
        QVERIFY(indexes);
        QVERIFY2(std::none_of(indexes->begin(), indexes->end(),
                              [](const IndexInfo &i) { return i.name.startsWith(u"livres_"_s); }),
                 "the indexes are undone");
        auto rowsDown = tableRows(db(), Catalogue::Livre::tableName);
        QVERIFY(rowsDown);
        QCOMPARE(*rowsDown, *rowsBefore);

        auto again = migrator.up();
        QVERIFY2(again, Test::why(again));
        QStringList redone = undone;
        std::reverse(redone.begin(), redone.end());
        QCOMPARE(again->executed, redone);
        auto rowsAfter = tableRows(db(), Catalogue::Livre::tableName);
        QVERIFY(rowsAfter);
        QCOMPARE(*rowsAfter, *rowsBefore);
        auto schemaAfter = schemaDump(db());
        QVERIFY(schemaAfter);
        // Redone on a catalogue full of books, the related tables are built from them: only their id sequences
        // (PostgreSQL) may have moved.
        const auto relatedSequence = [](const QString &l) {
            return l.startsWith(u"QString:Auteurs_id_seq"_s) || l.startsWith(u"QString:LivresAuteurs_id_seq"_s)
                    || l.startsWith(u"QString:MouvementsStock_id_seq"_s);
        };
        schemaBefore->removeIf(relatedSequence);
        schemaAfter->removeIf(relatedSequence);
        QCOMPARE(*schemaAfter, *schemaBefore);
    }

    void twoMigratorsRunEachMigrationOnce()
    {
        QFETCH_GLOBAL(QString, dialect);
        const QList<Migration> migrations = {
                {u"20240101000000-count"_s,
                 [](Schema &s) -> Status {
                     auto r = s.query(u"UPDATE \"Counter\" SET \"n\" = \"n\" + 1"_s);
                     if (!r)
                         return std::unexpected(r.error());
                     QThread::msleep(100); // long enough for the other migrator to arrive meanwhile
                     return {};
                 },
                 [](Schema &s) -> Status {
                     auto r = s.query(u"UPDATE \"Counter\" SET \"n\" = \"n\" - 1"_s);
                     return r ? Status() : std::unexpected(r.error());
                 }},
                {u"20240102000000-create-shelves"_s,
                 [](Schema &s) {
                     return s.createTable(u"Shelves"_s,
                                          {{.name = u"id"_s, .type = DataType::integer(), .primaryKey = true}});
                 },
                 [](Schema &s) { return s.dropTable(u"Shelves"_s); }},
        };
        for (int round = 0; round < 3; ++round) {
            auto fresh = std::make_unique<Test::TestDatabase>(dialect);
            QVERIFY2(fresh->error().isEmpty(), qPrintable(fresh->error()));
            QVERIFY(fresh->database().query(u"CREATE TABLE \"Counter\" (\"n\" INTEGER NOT NULL)"_s));
            QVERIFY(fresh->database().query(u"INSERT INTO \"Counter\" VALUES (0)"_s));

            QSemaphore ready, go;
            Result<MigrationReport> results[2];
            QThread *threads[2];
            for (int t = 0; t < 2; ++t) {
                threads[t] = QThread::create([&, t, url = fresh->url()] {
                    auto own = Database::open(url);
                    ready.release();
                    go.acquire();
                    if (!own) {
                        results[t] = std::unexpected(own.error());
                        return;
                    }
                    results[t] = Migrator(*own, migrations).up();
                    own->close();
                });
                threads[t]->start();
            }
            ready.acquire(2);
            go.release(2);
            for (QThread *thread : threads) {
                thread->wait();
                delete thread;
            }
            QVERIFY2(results[0], Test::why(results[0]));
            QVERIFY2(results[1], Test::why(results[1]));
            auto counter = fresh->database().query(u"SELECT \"n\" FROM \"Counter\""_s);
            QVERIFY(counter);
            QCOMPARE(counter->rows.value(0).value(0).toInt(), 1);
            // Each migration in exactly one report: the one that ran it.
            QStringList ran = results[0]->executed + results[1]->executed;
            ran.sort();
            QCOMPARE(ran, (QStringList{u"20240101000000-count"_s, u"20240102000000-create-shelves"_s}));
            auto records = fresh->database().query(u"SELECT COUNT(*) FROM \"SequelizeMeta\""_s);
            QVERIFY(records);
            QCOMPARE(records->rows.value(0).value(0).toInt(), 2);
        }
    }

    void backupsOfSqliteFiles()
    {
        QVERIFY(migrator().up(createShelves, Backup::Skip));
        QVERIFY(db().query(u"INSERT INTO \"Shelves\" (\"name\") VALUES ('Romans'), ('Poésie')"_s));
        auto before = dump(db());
        QVERIFY(before);
        const QStringList filesBefore = filesBeside();

        auto up = migrator().up(addLabel);
        QVERIFY2(up, Test::why(up));
        QCOMPARE(up->executed, QStringList{addLabel});
        if (!isSqlite()) {
            QVERIFY(up->backupPath.isEmpty()); // nothing to copy: PostgreSQL has its own tools
            return;
        }
        QVERIFY(!up->backupPath.isEmpty());
        QVERIFY2(QFileInfo::exists(up->backupPath), qPrintable(up->backupPath));
        QCOMPARE(filesBeside().size(), filesBefore.size() + 1);
        {
            auto copy = Database::open(u"sqlite:"_s + up->backupPath);
            QVERIFY2(copy, Test::why(copy));
            auto content = dump(*copy);
            copy->close();
            QVERIFY2(content, Test::why(content));
            QCOMPARE(*content, *before);
        }

        const QStringList filesAfterUp = filesBeside();
        auto skipped = migrator().up(indexLabel, Backup::Skip);
        QVERIFY2(skipped, Test::why(skipped));
        QCOMPARE(skipped->executed, QStringList{indexLabel});
        QVERIFY(skipped->backupPath.isEmpty());
        QCOMPARE(filesBeside(), filesAfterUp);

        auto beforeDown = dump(db());
        QVERIFY(beforeDown);
        auto down = migrator().down();
        QVERIFY2(down, Test::why(down));
        QVERIFY(!down->backupPath.isEmpty());
        QVERIFY(down->backupPath != up->backupPath);
        auto copy = Database::open(u"sqlite:"_s + down->backupPath);
        QVERIFY2(copy, Test::why(copy));
        auto content = dump(*copy);
        copy->close();
        QVERIFY(content);
        QCOMPARE(*content, *beforeDown);
    }

    // The monitor is told each migration as it starts; a cancel asked while one runs rolls it back whole, and the
    // ones after it do not run.
    void monitorSeesEachMigrationAndCancelRollsBackTheOneUnderWay()
    {
        QList<std::tuple<int, int, QString>> started;
        bool cancel = false;
        Migrator watched = migrator();
        watched.setMonitor({.starting =
                                    [&](int index, int count, const QString &name) {
                                        started.append({index, count, name});
                                        cancel = index == 2; // asked while the second runs
                                    },
                            .cancelled = [&] { return cancel; }});
        auto report = watched.up({}, Backup::Skip);
        QVERIFY2(report, Test::why(report));
        QVERIFY(report->cancelled);
        QCOMPARE(report->executed, QStringList{createShelves});
        QCOMPARE(started.size(), 2);
        QCOMPARE(started.at(0), std::make_tuple(1, 3, createShelves));
        QCOMPARE(started.at(1), std::make_tuple(2, 3, addLabel));
        auto columns = db().columns(u"Shelves"_s);
        QVERIFY(columns);
        QVERIFY(!columns->contains(u"label"_s)); // the second's change went with its transaction
        auto states = migrator().status();
        QVERIFY(states);
        QCOMPARE(stateText(*states, createShelves), u"executed"_s);
        QCOMPARE(stateText(*states, addLabel), u"pending"_s);
        QCOMPARE(stateText(*states, indexLabel), u"pending"_s);
    }

    // What a rollback would drop that holds rows: found by replaying the migrations on a scratch database.
    void dataDroppedByDownNamesTablesWithRows()
    {
        QVERIFY(migrator().up({}, Backup::Skip));
        auto none = migrator().dataDroppedByDown(createShelves);
        QVERIFY2(none, Test::why(none));
        QVERIFY(none->isEmpty()); // Shelves is empty
        QVERIFY(db().query(u"INSERT INTO \"Shelves\" (\"name\") VALUES ('Romans'), ('Poésie')"_s));
        auto last = migrator().dataDroppedByDown();
        QVERIFY2(last, Test::why(last));
        QVERIFY(last->isEmpty()); // the last migration adds an index: no table goes
        auto all = migrator().dataDroppedByDown(createShelves);
        QVERIFY2(all, Test::why(all));
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().table, u"Shelves"_s);
        QCOMPARE(all->first().rows, 2);
        QVERIFY(hasTable(u"Shelves"_s)); // nothing was dropped here
    }

    // SQLite's online backup: a consistent copy while the database stays open; an existing file is refused.
    void databaseBackupCopiesWhileOpen()
    {
        QVERIFY(migrator().up({}, Backup::Skip));
        QVERIFY(db().query(u"INSERT INTO \"Shelves\" (\"name\") VALUES ('Romans'), ('Poésie')"_s));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"copy.db"_s);
        qint64 lastCopied = -1;
        qint64 lastTotal = -1;
        auto copied = db().backup(path, [&](qint64 copiedPages, qint64 total) {
            lastCopied = copiedPages;
            lastTotal = total;
        });
        if (!isSqlite()) {
            QVERIFY(!copied);
            QVERIFY(copied.error().message().contains(u"pg_dump"_s));
            QVERIFY(!QFileInfo::exists(path));
            return;
        }
        QVERIFY2(copied, Test::why(copied));
        QVERIFY(lastTotal > 0);
        QCOMPARE(lastCopied, lastTotal);
        QVERIFY(!QFileInfo::exists(path + u".partial"_s));
        auto before = dump(db());
        auto copy = Database::open(u"sqlite:"_s + path);
        QVERIFY2(copy, Test::why(copy));
        auto content = dump(*copy);
        copy->close();
        QVERIFY(before && content);
        QCOMPARE(*content, *before);
        const QByteArray existing = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        auto again = db().backup(path);
        QVERIFY(!again);
        QVERIFY(again.error().message().contains(u"exists already"_s));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), existing);
    }

    void refusedInsideATransaction_data()
    {
        QTest::addColumn<bool>("upwards");
        QTest::addColumn<Backup>("backup");
        QTest::newRow("up") << true << Backup::Take;
        QTest::newRow("up without backup") << true << Backup::Skip;
        QTest::newRow("down") << false << Backup::Take;
    }

    void refusedInsideATransaction()
    {
        QFETCH(bool, upwards);
        QFETCH(Backup, backup);
        if (!upwards)
            QVERIFY(migrator().up(createShelves, Backup::Skip));
        auto transaction = Transaction::begin(db());
        QVERIFY2(transaction, Test::why(transaction));
        auto refused = upwards ? migrator().up({}, backup) : migrator().down({}, backup);
        QVERIFY(!refused);
        QVERIFY2(refused.error().kind() == Error::Kind::InvalidQuery
                         && refused.error().message().contains(u"transaction"_s),
                 qPrintable(refused.error().toString()));
        QVERIFY(transaction->commit());
        QCOMPARE(hasTable(u"Shelves"_s), !upwards);
        auto states = migrator().status();
        QVERIFY(states);
        QCOMPARE(stateText(*states, createShelves), upwards ? u"pending"_s : u"executed"_s);
        QCOMPARE(stateText(*states, addLabel), u"pending"_s);
    }

    // A catalogue made by the seed's Node.js code (Sequelize 6's own DDL for schema.js) is adopted as it is.
    void seedCatalogueIsAdopted()
    {
        QFETCH_GLOBAL(QString, dialect);
        QTemporaryDir dir;
        QString url = m_db->url();
        if (dialect == u"sqlite") {
            // Made without this library, as node-sqlite3 would: no WAL, nothing but the table and its rows.
            QVERIFY(dir.isValid());
            const QString path = dir.filePath(u"seed.db"_s);
            {
                QSqlDatabase seed = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"seed"_s);
                seed.setDatabaseName(path);
                QVERIFY(seed.open());
                QSqlQuery q(seed);
                QVERIFY2(q.exec(seedSqliteDdl), qPrintable(q.lastError().text()));
                QVERIFY2(q.exec(seedRows), qPrintable(q.lastError().text()));
                q.finish();
                seed.close();
            }
            QSqlDatabase::removeDatabase(u"seed"_s);
            url = u"sqlite:"_s + path;
        } else {
            QVERIFY(db().query(seedPostgresDdl));
            QVERIFY(db().query(seedRows));
        }

        auto catalogue = Catalogue::Catalogue::open(url, Catalogue::Catalogue::Missing::Refuse);
        QVERIFY2(catalogue, Test::why(catalogue));
        Database database = catalogue->database();
        auto tableBefore = database.query(u"SELECT sql FROM sqlite_master WHERE name = 'Livres'"_s);
        auto schemaBefore = schemaDump(database);
        QVERIFY(schemaBefore);
        auto rowsBefore = tableRows(database, Catalogue::Livre::tableName);
        QVERIFY(rowsBefore);
        QCOMPARE(rowsBefore->size(), 3);

        auto report = catalogue->init();
        QVERIFY2(report, Test::why(report));
        QStringList all;
        for (const Migration &m : Catalogue::migrations())
            all << m.name;
        QCOMPARE(report->executed, all);
        QCOMPARE(report->backupPath.isEmpty(), dialect != u"sqlite"); // the seed's file is copied first

        auto rowsAfter = tableRows(database, Catalogue::Livre::tableName);
        QVERIFY(rowsAfter);
        QCOMPARE(*rowsAfter, *rowsBefore);
        if (dialect == u"sqlite") {
            QVERIFY(tableBefore);
            auto tableAfter = database.query(u"SELECT sql FROM sqlite_master WHERE name = 'Livres'"_s);
            QVERIFY(tableAfter);
            QCOMPARE(tableAfter->rows.value(0).value(0).toString(), tableBefore->rows.value(0).value(0).toString());
            QCOMPARE(tableAfter->rows.value(0).value(0).toString(),
                     seedSqliteDdl.mid(0, seedSqliteDdl.size() - 1).replace(u"IF NOT EXISTS "_s, QString()));
        } else {
            // Only indexes are new on Livres (the other migrations add tables, the search index's among them): its
            // columns and constraints are as made.
            auto schemaAfter = schemaDump(database);
            QVERIFY(schemaAfter);
            QStringList added = *schemaAfter;
            for (const QString &l : std::as_const(*schemaBefore))
                QVERIFY2(added.removeOne(l), qPrintable(u"changed or lost: "_s + l));
            for (const QString &l : std::as_const(added))
                QVERIFY2(!l.startsWith(u"QString:Livres |"_s) || l.contains(u"QString:livres_"_s)
                                 || l.contains(u"QString:Livres_search"_s),
                         qPrintable(l));
        }
        auto states = catalogue->migrator().status();
        QVERIFY2(states, Test::why(states));
        QCOMPARE(stateText(*states, Catalogue::Migrations::createLivres().name), u"executed"_s);

        // Undoing the first migration would drop the books: refused, and nothing stored is lost.
        auto down = catalogue->migrator().down(Catalogue::Migrations::createLivres().name, Backup::Skip);
        QVERIFY(!down);
        QVERIFY2(down.error().message().contains(Catalogue::Migrations::createLivres().name),
                 qPrintable(down.error().message()));
        auto rowsKept = tableRows(database, Catalogue::Livre::tableName);
        QVERIFY(rowsKept);
        QCOMPARE(*rowsKept, *rowsBefore);
        states = catalogue->migrator().status();
        QVERIFY(states);
        QCOMPARE(stateText(*states, Catalogue::Migrations::createLivres().name), u"executed"_s);
        database.close();
    }

    // A PostgreSQL catalogue made before 20240406000000-change-feed-rows has the change feed's earlier form (one
    // trigger, every operation told by its name): the migration brings the current form, its down the earlier one.
    void changeFeedOfAnOlderCatalogueIsBroughtUpToDate()
    {
        if (isSqlite())
            QSKIP("PostgreSQL only: SQLite has no change feed in the file");
        const Migrator catalogue(db(), Catalogue::migrations());
        auto all = catalogue.up({}, Backup::Skip);
        QVERIFY2(all, Test::why(all));
        const auto triggers = [&] {
            auto rows = db().query(u"SELECT tgname FROM pg_trigger WHERE tgrelid = '\"Livres\"'::regclass AND "
                                   u"tgname IN ('Livres_changed', 'Livres_updated') ORDER BY tgname"_s);
            QStringList names;
            for (const QVariantList &row : rows ? rows->rows : QList<QVariantList>())
                names << row.value(0).toString();
            return names;
        };
        QCOMPARE(triggers(), (QStringList{u"Livres_changed"_s, u"Livres_updated"_s}));
        QCOMPARE(ChangeFeed::isInstalled(db(), u"Livres"_s).value_or(false), true);

        auto down = catalogue.down(Catalogue::Migrations::changeFeedRows().name, Backup::Skip);
        QVERIFY2(down, Test::why(down));
        QCOMPARE(triggers(), QStringList{u"Livres_changed"_s});
        QCOMPARE(ChangeFeed::isInstalled(db(), u"Livres"_s).value_or(true), false);

        auto up = catalogue.up({}, Backup::Skip);
        QVERIFY2(up, Test::why(up));
        QStringList undone; // changeFeedRows() and the migrations after it
        for (const Migration &m : Catalogue::migrations()) {
            if (!undone.isEmpty() || m.name == Catalogue::Migrations::changeFeedRows().name)
                undone << m.name;
        }
        QCOMPARE(up->executed, undone);
        QCOMPARE(triggers(), (QStringList{u"Livres_changed"_s, u"Livres_updated"_s}));
        QCOMPARE(ChangeFeed::isInstalled(db(), u"Livres"_s).value_or(false), true);
    }

    // A migration is history: what each of the catalogue's migrations creates is frozen, whatever the models
    // become. The statements that shape the schema, in order, as the migration sends them on a new catalogue.
    void catalogueMigrationsCreateWhatTheyAlwaysCreated_data()
    {
        QTest::addColumn<QString>("migration");
        QTest::addColumn<QStringList>("sqlite");
        QTest::addColumn<QStringList>("postgres");
        for (const Migration &m : Catalogue::migrations()) {
            if (m.name != Catalogue::Migrations::searchLivres().name) // Orm::FullTextIndex's, tested on its own
                QTest::newRow(qPrintable(m.name)) << m.name << CatalogueTests::frozenDdl().value(m.name).first
                                                  << CatalogueTests::frozenDdl().value(m.name).second;
        }
    }

    void catalogueMigrationsCreateWhatTheyAlwaysCreated()
    {
        QFETCH(QString, migration);
        QFETCH(QStringList, sqlite);
        QFETCH(QStringList, postgres);
        const Migrator catalogue(db(), Catalogue::migrations());
        QList<Migration> before;
        for (const Migration &m : Catalogue::migrations()) {
            if (m.name == migration)
                break;
            before << m;
        }
        if (!before.isEmpty()) {
            auto earlier = catalogue.up(before.last().name, Backup::Skip);
            QVERIFY2(earlier, Test::why(earlier));
        }
        QStringList sent;
        db().setLogger([&sent](const QString &sql) {
            static const QStringList shaping = {u"CREATE "_s, u"ALTER "_s, u"DROP "_s, u"COMMENT "_s};
            if (std::any_of(shaping.begin(), shaping.end(), [&](const QString &w) { return sql.startsWith(w); })
                && !sql.contains(u"SequelizeMeta"_s))
                sent << sql;
        });
        auto report = catalogue.up(migration, Backup::Skip);
        db().setLogger({});
        QVERIFY2(report, Test::why(report));
        QCOMPARE(report->executed, QStringList{migration});
        if (qEnvironmentVariableIsSet("CATALOGUE_PRINT_DDL")) { // to write down what a new migration sends
            for (const QString &s : std::as_const(sent))
                qInfo().noquote() << s;
        }
        QCOMPARE(sent, isSqlite() ? sqlite : postgres);
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
