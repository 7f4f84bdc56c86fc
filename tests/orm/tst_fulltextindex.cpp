#include "testdatabase.h"

#include <catalogue/livre.h>
#include <catalogue/migrations.h>
#include <orm/changefeed.h>
#include <orm/fulltextindex.h>
#include <orm/migrator.h>
#include <orm/model.h>

#include <QTest>

using namespace Orm;
using namespace Qt::StringLiterals;

namespace {

// Every object of the database's schema, one line each: what create() adds and drop() must take away.
QStringList objects(const Database &db)
{
    const QStringList queries = db.dialect().kind() == Dialect::Kind::Sqlite
            ? QStringList{u"SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master"_s}
            : QStringList{
                    u"SELECT 'relation ' || relname FROM pg_class WHERE relnamespace = current_schema()::regnamespace"_s,
                    u"SELECT 'function ' || proname FROM pg_proc WHERE pronamespace = current_schema()::regnamespace"_s,
                    u"SELECT 'trigger ' || tgname FROM pg_trigger WHERE NOT tgisinternal"_s,
                    u"SELECT 'configuration ' || cfgname FROM pg_ts_config WHERE cfgnamespace = "
                    u"current_schema()::regnamespace"_s,
                    u"SELECT 'dictionary ' || dictname FROM pg_ts_dict WHERE dictnamespace = "
                    u"current_schema()::regnamespace"_s,
                    u"SELECT 'extension ' || extname FROM pg_extension"_s};
    QStringList lines;
    for (const QString &sql : queries) {
        auto rows = db.query(sql);
        if (!rows)
            qFatal("%s", qPrintable(rows.error().toString()));
        for (const QVariantList &row : std::as_const(rows->rows))
            lines << row.value(0).toString();
    }
    lines.sort();
    return lines;
}

} // namespace

// The full-text index on every dialect: what it matches, the triggers that keep it current, what it creates and
// what drop() removes, and the catalogue's migration that makes one for Livres.
class TestFullTextIndex : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestDatabase> m_db;
    Model m_notes;

    Database &db() { return m_db->database(); }

    qint64 create(const QString &title, const QString &body, int stars = 0)
    {
        auto note = m_notes.create({{u"title"_s, title}, {u"body"_s, body}, {u"stars"_s, stars}});
        if (!note)
            qFatal("%s", qPrintable(note.error().toString()));
        return note->get(u"id"_s).toLongLong();
    }

    QList<qint64> keys(const FullTextIndex &index, const QString &text, Qt::SortOrder order = Qt::AscendingOrder,
                       std::optional<qint64> limit = std::nullopt)
    {
        auto found = index.keys(text, order, limit);
        if (!found)
            qFatal("%s", qPrintable(found.error().toString()));
        return QList<qint64>(found->begin(), found->end());
    }

private Q_SLOTS:
    void initTestCase_data() { Test::addDialectRows(); }

    void init()
    {
        TEST_OPEN_DATABASE(m_db);
        auto notes = db().define(u"Note"_s,
                                 {{.name = u"title"_s, .type = DataType::string()},
                                  {.name = u"body"_s, .type = DataType::text()},
                                  {.name = u"stars"_s, .type = DataType::integer()},
                                  {.name = u"secret"_s, .type = DataType::string()}},
                                 {.tableName = u"Notes"_s, .timestamps = false});
        QVERIFY(notes);
        m_notes = *notes;
        QVERIFY(m_notes.sync(SyncMode::Force));
    }

    void cleanup()
    {
        m_notes = Model();
        m_db.reset();
    }

    void words_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("apostrophe and comma") << u"L'Étranger, 1942"_s << QStringList{u"L"_s, u"Étranger"_s, u"1942"_s};
        QTest::newRow("spaces only") << u"  \t "_s << QStringList{};
        QTest::newRow("query syntax is no syntax")
                << u"\"a\" OR b* NEAR(c)"_s << QStringList{u"a"_s, u"OR"_s, u"b"_s, u"NEAR"_s, u"c"_s};
        QTest::newRow("hyphen") << u"Notre-Dame"_s << QStringList{u"Notre"_s, u"Dame"_s};
    }

    void words()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, words);
        QCOMPARE(FullTextIndex::words(text), words);
    }

    void matches_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("expected"); // positions in the notes created below
        QTest::newRow("prefix") << u"cam"_s << QList<int>{0, 1};
        QTest::newRow("whole word") << u"camus"_s << QList<int>{0, 1};
        QTest::newRow("accent in the text, none typed") << u"etrang"_s << QList<int>{0};
        QTest::newRow("accent typed, none in the text") << u"café"_s << QList<int>{2};
        QTest::newRow("capitals") << u"ÉTRANGER"_s << QList<int>{0};
        QTest::newRow("words in two columns") << u"peste camus"_s << QList<int>{1};
        QTest::newRow("every word must match") << u"peste hugo"_s << QList<int>{};
        QTest::newRow("digits") << u"194"_s << QList<int>{0, 1};
        QTest::newRow("inside a word is no prefix") << u"rang"_s << QList<int>{};
        QTest::newRow("query syntax is taken as words") << u"\"camus\" OR NOT*"_s << QList<int>{};
        QTest::newRow("a column not indexed") << u"hidden"_s << QList<int>{};
    }

    void matches()
    {
        QFETCH(QString, text);
        QFETCH(QList<int>, expected);
        const QList<qint64> ids = {
                create(u"L'Étranger"_s, u"Albert Camus, 1942"_s), create(u"La Peste"_s, u"Albert Camus, 1947"_s),
                create(u"Le Cafe de la gare"_s, u"Une piece"_s), create(u"Notes"_s, u"Victor Hugo"_s)};
        QVERIFY(m_notes.update({{u"secret"_s, u"hidden"_s}}, {.where = col(u"id"_s) == ids.at(3)}));
        auto index = FullTextIndex::create(db(), u"Notes"_s, u"id"_s, {u"title"_s, u"body"_s});
        QVERIFY2(index, Test::why(index));
        QCOMPARE(index->name(), u"Notes_search"_s);
        QCOMPARE(index->columns(), (QStringList{u"title"_s, u"body"_s}));
        QList<qint64> wanted;
        for (int i : std::as_const(expected))
            wanted << ids.at(i);
        QCOMPARE(keys(*index, text), wanted);
        QCOMPARE(*index->count(text), qint64(wanted.size()));
        QList<qint64> reversed(wanted.rbegin(), wanted.rend());
        QCOMPARE(keys(*index, text, Qt::DescendingOrder), reversed);
        QCOMPARE(keys(*index, text, Qt::DescendingOrder, 1), reversed.mid(0, 1));
    }

    void triggersKeepItCurrent()
    {
        const qint64 first = create(u"Alpha"_s, u"un"_s);
        auto index = FullTextIndex::create(db(), u"Notes"_s, u"id"_s, {u"title"_s, u"body"_s});
        QVERIFY2(index, Test::why(index));
        QCOMPARE(keys(*index, u"alp"_s), QList<qint64>{first}); // the rows already there

        const qint64 second = create(u"Beta"_s, u"deux"_s);
        QCOMPARE(keys(*index, u"bet"_s), QList<qint64>{second});
        auto beta = m_notes.findByPk(second);
        QVERIFY(beta->update({{u"title"_s, u"Gamma"_s}}));
        QCOMPARE(keys(*index, u"bet"_s), QList<qint64>{});
        QCOMPARE(keys(*index, u"gam"_s), QList<qint64>{second});
        QVERIFY(beta->update({{u"stars"_s, 3}})); // no indexed column: the index is left alone
        QCOMPARE(keys(*index, u"gam"_s), QList<qint64>{second});
        QVERIFY(db().query(u"UPDATE \"Notes\" SET \"body\" = 'trois' WHERE \"id\" = ?"_s, {first}));
        QCOMPARE(keys(*index, u"tro"_s), QList<qint64>{first});
        QCOMPARE(keys(*index, u"un"_s), QList<qint64>{});
        QVERIFY(beta->destroy());
        QCOMPARE(keys(*index, u"gam"_s), QList<qint64>{});
        QVERIFY(db().query(u"DELETE FROM \"Notes\""_s));
        QCOMPARE(*index->count(u"tro"_s), 0);
    }

    void dropRemovesExactlyWhatCreateAdded()
    {
        create(u"Alpha"_s, u"un"_s);
        const QStringList before = objects(db());
        auto index = FullTextIndex::create(db(), u"Notes"_s, u"id"_s, {u"title"_s});
        QVERIFY2(index, Test::why(index));
        QVERIFY(objects(db()) != before);
        auto found = FullTextIndex::find(db(), u"Notes"_s);
        QVERIFY2(found, Test::why(found));
        QVERIFY(!found->isNull());
        QCOMPARE(found->columns(), QStringList{u"title"_s});
        auto again = FullTextIndex::create(db(), u"Notes"_s, u"id"_s, {u"title"_s});
        QVERIFY(!again);
        QCOMPARE(again.error().kind(), Error::Kind::InvalidQuery);

        QVERIFY(FullTextIndex::drop(db(), u"Notes"_s));
        QCOMPARE(objects(db()), before);
        QVERIFY(FullTextIndex::find(db(), u"Notes"_s)->isNull());
        QVERIFY(FullTextIndex::drop(db(), u"Notes"_s)); // nothing to do
        QVERIFY(FullTextIndex().isNull());
        QVERIFY(!FullTextIndex().keys(u"a"_s));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("columns");
        QTest::newRow("unknown table") << u"Nope"_s << u"id"_s << QStringList{u"title"_s};
        QTest::newRow("unknown column") << u"Notes"_s << u"id"_s << QStringList{u"title"_s, u"nope"_s};
        QTest::newRow("unknown key") << u"Notes"_s << u"nope"_s << QStringList{u"title"_s};
        QTest::newRow("hostile column") << u"Notes"_s << u"id"_s << QStringList{u"title\", x) --"_s};
        QTest::newRow("hostile table") << u"Notes'; DROP TABLE x; --"_s << u"id"_s << QStringList{u"title"_s};
        QTest::newRow("no column") << u"Notes"_s << u"id"_s << QStringList{};
        QTest::newRow("a column twice") << u"Notes"_s << u"id"_s << QStringList{u"title"_s, u"title"_s};
    }

    void refusals()
    {
        QFETCH(QString, table);
        QFETCH(QString, key);
        QFETCH(QStringList, columns);
        const QStringList before = objects(db());
        auto index = FullTextIndex::create(db(), table, key, columns);
        QVERIFY(!index);
        QCOMPARE(index.error().kind(), Error::Kind::InvalidQuery);
        QCOMPARE(objects(db()), before);
    }

    void searchLivresMigration()
    {
        QFETCH_GLOBAL(QString, dialect);
        const Migrator migrator(db(), Catalogue::migrations());
        // Every migration before the search index.
        auto first = migrator.up(Catalogue::Migrations::createMouvementsStock().name, Backup::Skip);
        QVERIFY2(first, Test::why(first));
        auto livres = Catalogue::Livre::define(db());
        QVERIFY(livres);
        const QVariantMap book{{Catalogue::Livre::Nom, u"Les Misérables"_s},
                               {Catalogue::Livre::Presentation, u"Un roman"_s},
                               {Catalogue::Livre::Auteur, u"Victor Hugo"_s},
                               {Catalogue::Livre::Edition, u"Éditions Lacroix"_s},
                               {Catalogue::Livre::Annee, 1862},
                               {Catalogue::Livre::NbPages, 1500},
                               {Catalogue::Livre::Ventes, 0.0},
                               {Catalogue::Livre::Arriere, u""_s},
                               {Catalogue::Livre::Dos, u""_s}};
        auto existing = livres->create(book);
        QVERIFY2(existing, Test::why(existing));
        const QStringList before = objects(db());
        auto table = db().query(u"SELECT sql FROM sqlite_master WHERE name = 'Livres'"_s);

        auto up = migrator.up(Catalogue::Migrations::searchLivres().name, Backup::Skip);
        QVERIFY2(up, Test::why(up));
        QVERIFY(up->executed.contains(Catalogue::Migrations::searchLivres().name));
        auto index = FullTextIndex::find(db(), Catalogue::Livre::tableName);
        QVERIFY2(index, Test::why(index));
        QVERIFY(!index->isNull());
        const qint64 id = existing->get(Catalogue::Livre::Id).toLongLong();
        QCOMPARE(keys(*index, u"miser"_s), QList<qint64>{id}); // filled from the books already there
        QCOMPARE(keys(*index, u"editions"_s), QList<qint64>{id});
        QVariantMap another = book;
        another.insert(Catalogue::Livre::Nom, u"Quatrevingt-treize"_s);
        auto added = livres->create(another);
        QVERIFY(added);
        QCOMPARE(keys(*index, u"quatre"_s), QList<qint64>{added->get(Catalogue::Livre::Id).toLongLong()});
        QCOMPARE(*ChangeFeed::isInstalled(db(), Catalogue::Livre::tableName), dialect == u"postgres");
        if (dialect == u"sqlite") { // the seed's table, untouched
            auto after = db().query(u"SELECT sql FROM sqlite_master WHERE name = 'Livres'"_s);
            QVERIFY(table && after);
            QCOMPARE(after->rows, table->rows);
        }

        auto down = migrator.down(QString(), Backup::Skip);
        QVERIFY2(down, Test::why(down));
        QCOMPARE(down->executed, QStringList{Catalogue::Migrations::searchLivres().name});
        QCOMPARE(objects(db()), before);
    }
};

QTEST_GUILESS_MAIN(TestFullTextIndex)
#include "tst_fulltextindex.moc"
