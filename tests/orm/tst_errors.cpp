#include "testdatabase.h"

#include <orm/model.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QTest>

using namespace Orm;
using namespace Qt::StringLiterals;

namespace {

// What each row of errorKinds() does to provoke its error.
enum class Scenario {
    UniqueAttribute,
    CompositeUnique,
    UniqueRenamedColumn,
    CompositeUniqueRenamedColumn,
    ForeignKeyOnInsert,
    ForeignKeyOnDelete,
    NotNullRaw,
    EnumOutsideList,
    EnumOutsideListRaw,
    StaleVersion,
    FindOneRejectsEmpty,
    FindAllRejectsEmpty,
    UnknownInWhere,
    UnknownInSet,
    UnknownInBuild,
    BusyDatabase,
};

} // namespace

Q_DECLARE_METATYPE(Scenario)
Q_DECLARE_METATYPE(Orm::Error::Kind)

// Every kind of error, on every dialect: the same kind and fields, a message for a person, the SQL that failed.
class TestErrors : public QObject
{
    Q_OBJECT

private:
    // One database per dialect, shared by the rows of that dialect (each row starts from empty tables): creating a
    // PostgreSQL database per row would take most of the run.
    std::unique_ptr<Test::TestDatabase> m_db;
    QString m_dialect;
    Model m_ouvrages;
    Model m_auteurs;
    Model m_romans;

    Database database() { return m_db->database(); }

    // Ouvrages: a model with every kind of unique key, an ENUM and optimistic locking.
    // Auteurs and Romans: tables made with raw SQL and a FOREIGN KEY, with models defined over them.
    void defineSchema()
    {
        auto ouvrages = database().define(
                u"Ouvrage"_s,
                {
                        {.name = u"titre"_s, .type = DataType::string(), .allowNull = false},
                        {.name = u"isbn"_s, .type = DataType::string(20), .unique = true},
                        {.name = u"code"_s, .type = DataType::string(20), .unique = true, .field = u"code_interne"_s},
                        {.name = u"serie"_s, .type = DataType::string(), .unique = u"serie_tome"_s},
                        {.name = u"tome"_s, .type = DataType::integer(), .unique = u"serie_tome"_s},
                        {.name = u"nom"_s, .type = DataType::string(), .unique = u"nom_auteur"_s},
                        {.name = u"auteur"_s,
                         .type = DataType::string(),
                         .unique = u"nom_auteur"_s,
                         .field = u"auteur_nom"_s},
                        {.name = u"statut"_s, .type = DataType::enumeration({u"brouillon"_s, u"publie"_s})},
                },
                {.tableName = u"Ouvrages"_s, .version = true});
        QVERIFY2(ouvrages, Test::why(ouvrages));
        m_ouvrages = *ouvrages;
        auto synced = m_ouvrages.sync(SyncMode::Force);
        QVERIFY2(synced, Test::why(synced));

        for (const QString &table : {u"Romans"_s, u"Auteurs"_s}) {
            auto dropped = database().query(u"DROP TABLE IF EXISTS "_s + database().dialect().quote(table));
            QVERIFY2(dropped, Test::why(dropped));
        }
        auto auteurs = database().query(u"CREATE TABLE \"Auteurs\" (\"id\" INTEGER NOT NULL PRIMARY KEY, "
                                        "\"nom\" VARCHAR(255))"_s);
        QVERIFY2(auteurs, Test::why(auteurs));
        auto romans = database().query(u"CREATE TABLE \"Romans\" (\"id\" INTEGER NOT NULL PRIMARY KEY, "
                                       "\"titre\" VARCHAR(255) NOT NULL, \"auteurId\" INTEGER, "
                                       "FOREIGN KEY (\"auteurId\") REFERENCES \"Auteurs\" (\"id\"))"_s);
        QVERIFY2(romans, Test::why(romans));
        auto auteur = database().define(u"Auteur"_s,
                                        {{.name = u"id"_s, .type = DataType::integer(), .primaryKey = true},
                                         {.name = u"nom"_s, .type = DataType::string()}},
                                        {.tableName = u"Auteurs"_s, .timestamps = false});
        QVERIFY2(auteur, Test::why(auteur));
        m_auteurs = *auteur;
        auto roman = database().define(u"Roman"_s,
                                       {{.name = u"id"_s, .type = DataType::integer(), .primaryKey = true},
                                        {.name = u"titre"_s, .type = DataType::string(), .allowNull = false},
                                        {.name = u"auteurId"_s, .type = DataType::integer()}},
                                       {.tableName = u"Romans"_s, .timestamps = false});
        QVERIFY2(roman, Test::why(roman));
        m_romans = *roman;
    }

    // Creates an Ouvrage that must be accepted, for the next one to conflict with.
    void createOuvrage(const QVariantMap &values)
    {
        auto created = m_ouvrages.create(values);
        QVERIFY2(created, Test::why(created));
    }

    // Keeps the error of a result that must have failed.
    template<typename T>
    void expectFailure(const Result<T> &result, Error &error)
    {
        QVERIFY2(!result, "the operation succeeded; an error was expected");
        error = result.error();
    }

    void provoke(Scenario scenario, Error &error)
    {
        switch (scenario) {
        case Scenario::UniqueAttribute:
            createOuvrage({{u"titre"_s, u"A"_s}, {u"isbn"_s, u"978-2"_s}});
            if (!QTest::currentTestFailed())
                expectFailure(m_ouvrages.create({{u"titre"_s, u"B"_s}, {u"isbn"_s, u"978-2"_s}}), error);
            return;
        case Scenario::CompositeUnique:
            createOuvrage({{u"titre"_s, u"A"_s}, {u"serie"_s, u"Fondation"_s}, {u"tome"_s, 1}});
            createOuvrage({{u"titre"_s, u"B"_s}, {u"serie"_s, u"Fondation"_s}, {u"tome"_s, 2}});
            if (!QTest::currentTestFailed())
                expectFailure(m_ouvrages.create({{u"titre"_s, u"C"_s}, {u"serie"_s, u"Fondation"_s}, {u"tome"_s, 1}}),
                              error);
            return;
        case Scenario::UniqueRenamedColumn:
            createOuvrage({{u"titre"_s, u"A"_s}, {u"code"_s, u"X1"_s}});
            if (!QTest::currentTestFailed())
                expectFailure(m_ouvrages.create({{u"titre"_s, u"B"_s}, {u"code"_s, u"X1"_s}}), error);
            return;
        case Scenario::CompositeUniqueRenamedColumn:
            createOuvrage({{u"titre"_s, u"A"_s}, {u"nom"_s, u"Dune"_s}, {u"auteur"_s, u"Herbert"_s}});
            if (!QTest::currentTestFailed())
                expectFailure(
                        m_ouvrages.create({{u"titre"_s, u"B"_s}, {u"nom"_s, u"Dune"_s}, {u"auteur"_s, u"Herbert"_s}}),
                        error);
            return;
        case Scenario::ForeignKeyOnInsert:
            QVERIFY(m_auteurs.create({{u"id"_s, 1}, {u"nom"_s, u"Verne"_s}}));
            expectFailure(m_romans.create({{u"id"_s, 1}, {u"titre"_s, u"Orphelin"_s}, {u"auteurId"_s, 99}}), error);
            QCOMPARE(*m_romans.count(), 0);
            return;
        case Scenario::ForeignKeyOnDelete:
            QVERIFY(m_auteurs.create({{u"id"_s, 1}, {u"nom"_s, u"Verne"_s}}));
            QVERIFY(m_romans.create({{u"id"_s, 1}, {u"titre"_s, u"Michel Strogoff"_s}, {u"auteurId"_s, 1}}));
            expectFailure(m_auteurs.destroy({.where = col(u"id"_s) == 1}), error);
            QCOMPARE(*m_auteurs.count(), 1);
            return;
        case Scenario::NotNullRaw:
            expectFailure(database().query(u"INSERT INTO \"Romans\" (\"id\", \"auteurId\") VALUES (?, ?)"_s,
                                           QVariantList{1, QVariant()}),
                          error);
            return;
        case Scenario::EnumOutsideList: {
            // Validation skipped, so that the value reaches the database and its CHECK constraint.
            auto built = m_ouvrages.build({{u"titre"_s, u"B"_s}, {u"statut"_s, u"archive"_s}});
            QVERIFY2(built, Test::why(built));
            expectFailure(built->save(Validate::Skip), error);
            QCOMPARE(*m_ouvrages.count(), 0);
            return;
        }
        case Scenario::EnumOutsideListRaw:
            expectFailure(database().query(u"INSERT INTO \"Ouvrages\" (\"titre\", \"statut\", \"createdAt\", "
                                           "\"updatedAt\", \"version\") VALUES (?, ?, ?, ?, ?)"_s,
                                           QVariantList{u"B"_s, u"archive"_s, QDateTime::currentDateTimeUtc(),
                                                        QDateTime::currentDateTimeUtc(), 0}),
                          error);
            return;
        case Scenario::StaleVersion: {
            auto fresh = m_ouvrages.create({{u"titre"_s, u"v0"_s}});
            QVERIFY2(fresh, Test::why(fresh));
            auto stale = m_ouvrages.findByPk(fresh->get(u"id"_s));
            QVERIFY2(stale, Test::why(stale));
            QVERIFY(fresh->update({{u"titre"_s, u"v1"_s}}));
            QVERIFY(stale->set(u"titre"_s, u"stale"_s));
            expectFailure(stale->save(), error);
            QCOMPARE(m_ouvrages.findByPk(fresh->get(u"id"_s))->get(u"titre"_s).toString(), u"v1"_s);
            return;
        }
        case Scenario::FindOneRejectsEmpty:
            expectFailure(m_ouvrages.findOne({.where = col(u"titre"_s) == u"absent"_s, .onEmpty = OnEmpty::Reject}),
                          error);
            return;
        case Scenario::FindAllRejectsEmpty:
            expectFailure(m_ouvrages.findAll({.where = col(u"titre"_s) == u"absent"_s, .onEmpty = OnEmpty::Reject}),
                          error);
            return;
        case Scenario::UnknownInWhere:
            expectFailure(m_ouvrages.findAll({.where = col(u"nope"_s) == 1}), error);
            return;
        case Scenario::UnknownInSet: {
            auto built = m_ouvrages.build({{u"titre"_s, u"A"_s}});
            QVERIFY2(built, Test::why(built));
            expectFailure(built->set(u"nope"_s, 1), error);
            return;
        }
        case Scenario::UnknownInBuild:
            expectFailure(m_ouvrages.build({{u"titre"_s, u"A"_s}, {u"nope"_s, 1}}), error);
            return;
        case Scenario::BusyDatabase:
            provokeBusy(error);
            return;
        }
    }

    // A second handle on the same database holds a write transaction (SQLite: BEGIN IMMEDIATE; PostgreSQL: an
    // uncommitted row with the same key) while this one writes: after the busy timeout (SQLite's 5 s; on
    // PostgreSQL, which would wait for ever, a lock_timeout) the write fails with Timeout. Once the holder rolls
    // back, the same write succeeds.
    void provokeBusy(Error &error)
    {
        const bool sqlite = database().dialect().kind() == Dialect::Kind::Sqlite;
        auto holder = Database::open(m_db->url());
        QVERIFY2(holder, Test::why(holder));
        auto begun = holder->query(sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s);
        QVERIFY2(begun, Test::why(begun));
        auto held =
                holder->query(u"INSERT INTO \"Auteurs\" (\"id\", \"nom\") VALUES (?, ?)"_s, QVariantList{1, u"tenu"_s});
        QVERIFY2(held, Test::why(held));
        if (!sqlite) {
            auto timeout = database().query(u"SET lock_timeout = '300ms'"_s);
            QVERIFY2(timeout, Test::why(timeout));
        }

        QElapsedTimer waited;
        waited.start();
        expectFailure(m_auteurs.create({{u"id"_s, 1}, {u"nom"_s, u"écrit"_s}}), error);
        if (sqlite)
            QVERIFY2(waited.elapsed() >= 4500, qPrintable(u"gave up after %1 ms"_s.arg(waited.elapsed())));

        if (!sqlite) {
            auto reset = database().query(u"RESET lock_timeout"_s);
            QVERIFY2(reset, Test::why(reset));
        }
        auto rolledBack = holder->query(u"ROLLBACK"_s);
        QVERIFY2(rolledBack, Test::why(rolledBack));
        holder->close();
        auto written = m_auteurs.create({{u"id"_s, 1}, {u"nom"_s, u"écrit"_s}});
        QVERIFY2(written, Test::why(written));
        QCOMPARE(m_auteurs.findByPk(1)->get(u"nom"_s).toString(), u"écrit"_s);
    }

private Q_SLOTS:
    void initTestCase_data() { Test::addDialectRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, dialect);
        if (!m_db || m_dialect != dialect) {
            m_db.reset();
            TEST_OPEN_DATABASE(m_db);
            m_dialect = dialect;
        }
        defineSchema();
    }

    void cleanup()
    {
        m_ouvrages = Model();
        m_auteurs = Model();
        m_romans = Model();
    }

    void cleanupTestCase() { m_db.reset(); }

    void errorKinds_data()
    {
        QTest::addColumn<Scenario>("scenario");
        QTest::addColumn<Error::Kind>("kind");
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QString>("sqlVerb"); // the statement that failed; empty when nothing may be sent
        QTest::addColumn<QString>("mentions"); // what the message must speak of, on both dialects

        using K = Error::Kind;
        const QString none;
        QTest::newRow("unique attribute") << Scenario::UniqueAttribute << K::UniqueConstraint << QStringList{u"isbn"_s}
                                          << u"INSERT"_s << u"unique"_s;
        QTest::newRow("composite unique") << Scenario::CompositeUnique << K::UniqueConstraint
                                          << QStringList{u"serie"_s, u"tome"_s} << u"INSERT"_s << u"unique"_s;
        QTest::newRow("unique attribute with its own column name")
                << Scenario::UniqueRenamedColumn << K::UniqueConstraint << QStringList{u"code"_s} << u"INSERT"_s
                << u"unique"_s;
        QTest::newRow("composite unique with a renamed column")
                << Scenario::CompositeUniqueRenamedColumn << K::UniqueConstraint << QStringList{u"nom"_s, u"auteur"_s}
                << u"INSERT"_s << u"unique"_s;
        // SQLite's SQLITE_CONSTRAINT_FOREIGNKEY names no column, so the same fields on both dialects are none.
        QTest::newRow("foreign key on insert") << Scenario::ForeignKeyOnInsert << K::ForeignKeyConstraint
                                               << QStringList{} << u"INSERT"_s << u"foreign key"_s;
        QTest::newRow("foreign key on delete of a referenced row")
                << Scenario::ForeignKeyOnDelete << K::ForeignKeyConstraint << QStringList{} << u"DELETE"_s
                << u"foreign key"_s;
        QTest::newRow("not null raised by the database")
                << Scenario::NotNullRaw << K::NotNull << QStringList{u"titre"_s} << u"INSERT"_s << u"null"_s;
        // The CHECK constraint is the ORM's own, written for one attribute: it names that attribute.
        QTest::newRow("enum value outside its list")
                << Scenario::EnumOutsideList << K::Check << QStringList{u"statut"_s} << u"INSERT"_s << u"check"_s;
        QTest::newRow("enum value outside its list, raw insert")
                << Scenario::EnumOutsideListRaw << K::Check << QStringList{u"statut"_s} << u"INSERT"_s << u"check"_s;
        QTest::newRow("stale version saved")
                << Scenario::StaleVersion << K::OptimisticLock << QStringList{} << u"UPDATE"_s << u"version"_s;
        QTest::newRow("findOne rejecting empty")
                << Scenario::FindOneRejectsEmpty << K::EmptyResult << QStringList{} << u"SELECT"_s << u"Ouvrage"_s;
        QTest::newRow("findAll rejecting empty")
                << Scenario::FindAllRejectsEmpty << K::EmptyResult << QStringList{} << u"SELECT"_s << u"Ouvrage"_s;
        QTest::newRow("unknown attribute in where")
                << Scenario::UnknownInWhere << K::InvalidQuery << QStringList{} << none << u"nope"_s;
        QTest::newRow("unknown attribute in set()")
                << Scenario::UnknownInSet << K::InvalidQuery << QStringList{} << none << u"nope"_s;
        QTest::newRow("unknown attribute in build")
                << Scenario::UnknownInBuild << K::InvalidQuery << QStringList{} << none << u"nope"_s;
        QTest::newRow("write while another connection holds the lock")
                << Scenario::BusyDatabase << K::Timeout << QStringList{} << u"INSERT"_s << u"lock"_s;
    }

    void errorKinds()
    {
        QFETCH(Scenario, scenario);
        QFETCH(Error::Kind, kind);
        QFETCH(QStringList, fields);
        QFETCH(QString, sqlVerb);
        QFETCH(QString, mentions);

        Error error;
        provoke(scenario, error);
        if (QTest::currentTestFailed())
            return;
        const QByteArray described = error.toString().toUtf8();

        QVERIFY2(error.kind() == kind, described.constData());
        QCOMPARE(error.fields(), fields);

        // A sentence for a person: what went wrong, on one line, without the driver's prefixes.
        const QString message = error.message();
        QVERIFY2(!message.trimmed().isEmpty(), described.constData());
        QVERIFY2(!message.contains(u'\n'), described.constData());
        QVERIFY2(!message.startsWith(u"ERROR"_s), described.constData());
        QVERIFY2(!message.contains(u"Unable to"_s), described.constData());
        QVERIFY2(message.contains(mentions, Qt::CaseInsensitive), described.constData());

        // The statement that failed, or none when nothing was sent.
        if (sqlVerb.isEmpty()) {
            QVERIFY2(error.sql().isEmpty(), described.constData());
        } else {
            QVERIFY2(error.sql().contains(sqlVerb, Qt::CaseInsensitive), described.constData());
        }

        // toString(): the kind's name and the SQL.
        const QString text = error.toString();
        QVERIFY2(text.contains(Error::kindName(kind)), described.constData());
        QVERIFY2(text.contains(message), described.constData());
        if (!error.sql().isEmpty())
            QVERIFY2(text.contains(error.sql()), described.constData());
    }

    void toStringNamesTheKindAndTheSql()
    {
        using K = Error::Kind;
        const QList<std::pair<K, QString>> kinds = {
                {K::Database, u"DatabaseError"_s},
                {K::Connection, u"ConnectionError"_s},
                {K::Validation, u"ValidationError"_s},
                {K::UniqueConstraint, u"UniqueConstraintError"_s},
                {K::ForeignKeyConstraint, u"ForeignKeyConstraintError"_s},
                {K::NotNull, u"NotNullError"_s},
                {K::Check, u"CheckConstraintError"_s},
                {K::OptimisticLock, u"OptimisticLockError"_s},
                {K::EmptyResult, u"EmptyResultError"_s},
                {K::Timeout, u"TimeoutError"_s},
                {K::InvalidQuery, u"InvalidQueryError"_s},
                {K::ReadOnly, u"ReadOnlyError"_s},
        };
        for (const auto &[kind, name] : kinds) {
            QCOMPARE(Error::kindName(kind), name);
            const QString text = Error(kind, u"what went wrong"_s, u"SELECT 1"_s).toString();
            QVERIFY2(text.startsWith(name), qPrintable(text));
            QVERIFY2(text.contains(u"what went wrong"_s), qPrintable(text));
            QVERIFY2(text.contains(u"SELECT 1"_s), qPrintable(text));
            QVERIFY(!Error(kind, u"m"_s).toString().contains(u"SQL"_s));
        }
    }
};

QTEST_GUILESS_MAIN(TestErrors)
#include "tst_errors.moc"
