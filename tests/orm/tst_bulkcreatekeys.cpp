#include "fastpaths.h"

#include <orm/rowbatch.h>

// bulkCreate's keys read as SQLite rowids without RETURNING, and its batches (multi-row INSERTs, their keys the
// rowids before the last one, used only where no trigger or skipped row can take rowids in between): the keys
// are each row's own, on every dialect.
class TestBulkCreateKeys : public FastPathsTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addDialectRows(); }

    void init()
    {
        TEST_OPEN_DATABASE(m_db);
        defineFixtures();
    }

    void cleanup() { closeFixtures(); }

    // --- bulkCreate: the keys of an INTEGER PRIMARY KEY AUTOINCREMENT read as rowids ---

    void bulkCreateKeysAreTheStoredKeys()
    {
        // Keys that do not start at 1: three rows, the last one deleted (AUTOINCREMENT never gives its key again).
        QVERIFY(m_books.bulkCreate(titles(u"Before"_s, 3)));
        QCOMPARE(*m_books.destroy({.where = col(u"title"_s) == u"Before 2"_s}), 1);
        m_statements.clear();

        auto created = m_books.bulkCreate(titles(u"Book"_s, 500));
        QVERIFY2(created, Test::why(created));
        QCOMPARE(created->size(), 500);
        auto stored = m_books.findAll({.where = col(u"title"_s).startsWith(u"Book "_s), .order = {asc(u"id"_s)}});
        QVERIFY2(stored, Test::why(stored));
        QCOMPARE(stored->size(), 500);
        QSet<qlonglong> keys;
        for (qsizetype i = 0; i < created->size(); ++i) {
            const Instance &mine = created->at(i);
            const Instance &theirs = stored->at(i);
            QCOMPARE(mine.get(u"title"_s).toString(), u"Book %1"_s.arg(i));
            QCOMPARE(theirs.get(u"title"_s).toString(), mine.get(u"title"_s).toString());
            QCOMPARE(mine.get(u"id"_s).toLongLong(), theirs.get(u"id"_s).toLongLong());
            QVERIFY(!mine.isNewRecord());
            keys.insert(mine.get(u"id"_s).toLongLong());
        }
        QCOMPARE(keys.size(), 500);
        QVERIFY(!keys.contains(3)); // the deleted row's key

        // The keys come back without RETURNING on SQLite only: the test fails if that path silently disappears.
        const QStringList inserts = insertsInto(u"Books"_s);
        QVERIFY(!inserts.isEmpty());
        for (const QString &sql : inserts) {
            if (onSqliteEngine())
                QVERIFY2(!sql.contains(u"RETURNING"_s, Qt::CaseInsensitive), qPrintable(sql));
            else
                QVERIFY2(sql.contains(u"RETURNING"_s, Qt::CaseInsensitive), qPrintable(sql));
        }
    }

    void bulkCreateMixesGivenAndMissingKeys()
    {
        auto created = m_books.bulkCreate({{{u"title"_s, u"a"_s}},
                                           {{u"id"_s, 1000}, {u"title"_s, u"b"_s}},
                                           {{u"title"_s, u"c"_s}},
                                           {{u"id"_s, 5}, {u"title"_s, u"d"_s}},
                                           {{u"title"_s, u"e"_s}, {u"price"_s, 2.5}}});
        QVERIFY2(created, Test::why(created));
        QCOMPARE(created->size(), 5);
        const QHash<QString, qlonglong> stored = storedIds(m_books);
        QCOMPARE(stored.size(), 5);
        const QStringList order{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s};
        for (qsizetype i = 0; i < created->size(); ++i) {
            const Instance &row = created->at(i);
            const QString title = row.get(u"title"_s).toString();
            QCOMPARE(title, order.at(i));
            QVERIFY2(stored.contains(title), qPrintable(title));
            QCOMPARE(row.get(u"id"_s).toLongLong(), stored.value(title));
        }
        QCOMPARE(stored.value(u"b"_s), 1000);
        QCOMPARE(stored.value(u"d"_s), 5);
        QCOMPARE(created->at(4).get(u"price"_s).toDouble(), 2.5);

        // The instances are stored ones: a change saves as an UPDATE of the right row.
        Instance c = created->at(2);
        QVERIFY(c.set(u"price"_s, 7.0));
        QVERIFY(c.save());
        QCOMPARE(*m_books.count(), 5);
        auto reread = m_books.findOne({.where = col(u"title"_s) == u"c"_s});
        QVERIFY2(reread, Test::why(reread));
        QCOMPARE(reread->get(u"price"_s).toDouble(), 7.0);
    }

    void bulkCreateKeysOfOtherTables()
    {
        // A text key: the keys are the given ones, sent back by RETURNING.
        QList<QVariantMap> genres;
        for (int i = 0; i < 50; ++i)
            genres << QVariantMap{{u"code"_s, u"g%1"_s.arg(i, 3, 10, QChar(u'0'))}, {u"title"_s, u"Genre %1"_s.arg(i)}};
        auto created = m_genres.bulkCreate(genres);
        QVERIFY2(created, Test::why(created));
        QCOMPARE(created->size(), 50);
        for (qsizetype i = 0; i < created->size(); ++i) {
            QCOMPARE(created->at(i).get(u"code"_s).toString(), genres.at(i).value(u"code"_s).toString());
            auto found = m_genres.findByPk(genres.at(i).value(u"code"_s));
            QVERIFY2(found, Test::why(found));
            QVERIFY(!found->isNull());
            QCOMPARE(found->get(u"title"_s).toString(), u"Genre %1"_s.arg(i));
        }
        const QStringList inserts = insertsInto(u"Genres"_s);
        QVERIFY(!inserts.isEmpty());
        for (const QString &sql : inserts)
            QVERIFY2(sql.contains(u"RETURNING"_s, Qt::CaseInsensitive), qPrintable(sql));

        // A table made by hand whose integer key the model declares auto-incremented, but which is not SQLite's
        // AUTOINCREMENT: its keys are not taken as rowids (without AUTOINCREMENT, SQLite gives a deleted
        // key again).
        if (isSqlite()) // SQLite's own syntax
            QVERIFY(db().query(u"CREATE TABLE \"Plain\" (\"id\" INTEGER PRIMARY KEY, \"name\" TEXT)"_s));
        else // its PostgreSQL equivalent: a key from a sequence
            QVERIFY(db().query(u"CREATE TABLE \"Plain\" (\"id\" SERIAL PRIMARY KEY, \"name\" TEXT)"_s));
        auto plain =
                db().define(u"Plain"_s,
                            {{.name = u"id"_s, .type = DataType::integer(), .primaryKey = true, .autoIncrement = true},
                             {.name = u"name"_s, .type = DataType::string()}},
                            {.tableName = u"Plain"_s, .timestamps = false});
        QVERIFY2(plain, Test::why(plain));
        QVERIFY(db().query(u"INSERT INTO \"Plain\" (\"name\") VALUES ('first')"_s));
        QList<QVariantMap> names;
        for (int i = 0; i < 40; ++i)
            names << QVariantMap{{u"name"_s, u"p%1"_s.arg(i)}};
        auto first = plain->bulkCreate(names);
        QVERIFY2(first, Test::why(first));
        QCOMPARE(*plain->destroy({.where = col(u"name"_s).startsWith(u"p3"_s)}), 11); // p3, p30 to p39: the last keys
        QList<QVariantMap> more;
        for (int i = 0; i < 20; ++i)
            more << QVariantMap{{u"name"_s, u"q%1"_s.arg(i)}};
        auto second = plain->bulkCreate(more);
        QVERIFY2(second, Test::why(second));
        const QHash<QString, qlonglong> stored = storedIds(*plain, u"name"_s);
        QCOMPARE(stored.size(), 1 + 40 - 11 + 20);
        QSet<qlonglong> keys;
        for (const QList<Instance> *batch : {&*first, &*second}) {
            for (const Instance &row : *batch) {
                const QString name = row.get(u"name"_s).toString();
                if (name.startsWith(u"p3"_s))
                    continue; // deleted since
                QVERIFY2(stored.contains(name), qPrintable(name));
                QCOMPARE(row.get(u"id"_s).toLongLong(), stored.value(name));
                keys.insert(row.get(u"id"_s).toLongLong());
            }
        }
        QCOMPARE(keys.size(), 40 - 11 + 20);
    }

    void bulkCreateRefusesRowsATriggerSkips()
    {
        // A trigger that silently skips a row leaves no key to give it: the batch is refused and nothing of it is
        // stored (a rowid read after a skipped insert would be the previous row's).
        const Status skipping = createSkipTrigger();
        QVERIFY2(skipping, Test::why(skipping));
        const qint64 before = *m_books.count();
        QList<QVariantMap> rows = titles(u"kept"_s, 5);
        rows.insert(2, QVariantMap{{u"title"_s, u"skip"_s}});
        auto created = m_books.bulkCreate(rows);
        QVERIFY(!created);
        QCOMPARE(created.error().kind(), Error::Kind::Database);
        QCOMPARE(*m_books.count(), before);
    }

    // --- bulkCreate's batches: up to 32 rows per INSERT on SQLite, their keys the rowids before the last one ---

    void bulkCreateBatchesAndRemainders_data()
    {
        QTest::addColumn<int>("count");
        for (const int count : {1, 31, 32, 33, 64, 100, 257})
            QTest::addRow("%d rows", count) << count;
    }

    void bulkCreateBatchesAndRemainders()
    {
        // Whole batches, then the rows left over one by one: every key is its own row's. Keys that do not start
        // at 1: three rows, the last one deleted.
        QFETCH(int, count);
        QVERIFY(m_books.bulkCreate(titles(u"Before"_s, 3)));
        QCOMPARE(*m_books.destroy({.where = col(u"title"_s) == u"Before 2"_s}), 1);
        m_statements.clear();

        QList<QVariantMap> rows;
        for (int i = 0; i < count; ++i)
            rows << QVariantMap{{u"title"_s, u"Book %1"_s.arg(i)}, {u"price"_s, i * 0.25}};
        auto created = m_books.bulkCreate(rows);
        QVERIFY2(created, Test::why(created));
        QCOMPARE(created->size(), count);
        for (int i = 0; i < count; ++i) {
            QCOMPARE(created->at(i).get(u"title"_s).toString(), u"Book %1"_s.arg(i));
            QCOMPARE(created->at(i).get(u"price"_s).toDouble(), i * 0.25);
            QVERIFY(!created->at(i).isNewRecord());
        }
        const QString problem = storedProblem(m_books, *created);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(*m_books.count(), count + 2);

        if (onSqliteEngine()) {
            const QStringList inserts = insertsInto(u"Books"_s);
            QVERIFY(!inserts.isEmpty());
            for (const QString &sql : inserts)
                QVERIFY2(!sql.contains(u"RETURNING"_s, Qt::CaseInsensitive), qPrintable(sql));
            if (count >= 32) // the batches must not silently disappear
                QVERIFY2(!multiRowInsertsInto(u"Books"_s).isEmpty(), qPrintable(inserts.join(u'\n')));
            if (count % 32 != 0) // nor the single-row INSERT of the rows after the last batch
                QVERIFY2(inserts.size() > multiRowInsertsInto(u"Books"_s).size(), qPrintable(inserts.join(u'\n')));
        }
    }

    void bulkCreateConvertsEachRowOfABatch()
    {
        // Values converted before they are bound (dates, times, booleans, JSON, UUIDs, bytes) are kept for each row
        // of a batch until its statement has run: a copy shared by the rows of a batch would store one row's
        // values in all of them.
        Model events = defineEvents();
        QList<QVariantMap> rows;
        for (int i = 0; i < 70; ++i)
            rows << eventRow(i);
        QList<Instance> created;
        QList<Instance> stored;
        const QString problem = roundTripProblem(events, rows, u"n"_s, eventDifference, created, stored);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        if (onSqliteEngine())
            QVERIFY(!multiRowInsertsInto(u"Events"_s).isEmpty());
    }

    void bulkCreateKeysStayRightWithATrigger_data()
    {
        QTest::addColumn<Trigger>("trigger");
        QTest::addRow("trigger") << Trigger::Plain;
        QTest::addRow("temp trigger") << Trigger::Temp;
        QTest::addRow("trigger naming the table in other letters") << Trigger::OtherCase;
    }

    void bulkCreateKeysStayRightWithATrigger()
    {
        // A trigger that inserts into the table while a statement does would take rowids in the middle of a
        // batch's: with a trigger on the table, wherever it is defined and however it names the table, rows go
        // one by one and each gets its own key.
        QFETCH(Trigger, trigger);
        Model notes = defineNotes();
        const Status created = createEchoTrigger(trigger);
        QVERIFY2(created, Test::why(created));
        m_statements.clear();
        auto inserted = notes.bulkCreate(noteRows(u"note"_s, 70));
        QVERIFY2(inserted, Test::why(inserted));
        QCOMPARE(inserted->size(), 70);
        const QString problem = storedProblem(notes, *inserted);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(*notes.count(), 140); // the trigger ran for every row
        QCOMPARE(*notes.count({.where = col(u"title"_s).startsWith(u"echo note "_s)}), 70);
        if (isSqlite())
            QVERIFY2(multiRowInsertsInto(u"Notes"_s).isEmpty(),
                     qPrintable(multiRowInsertsInto(u"Notes"_s).join(u'\n')));
    }

    void bulkCreateSeesTriggersComeAndGo()
    {
        // Whether the table has a trigger is asked at every bulkCreate of a model: one created since the last
        // call turns batches off, and they come back once it is dropped.
        Model notes = defineNotes();
        const auto round = [&](const QString &prefix, bool batches) {
            m_statements.clear();
            auto inserted = notes.bulkCreate(noteRows(prefix, 40));
            QVERIFY2(inserted, Test::why(inserted));
            const QString problem = storedProblem(notes, *inserted);
            QVERIFY2(problem.isEmpty(), qPrintable(prefix + u": "_s + problem));
            if (isSqlite()) // batches are the C-API engine's
                QVERIFY2(multiRowInsertsInto(u"Notes"_s).isEmpty() != (batches && onSqliteEngine()),
                         qPrintable(prefix));
        };
        round(u"first"_s, true);
        if (QTest::currentTestFailed())
            return;
        const Status created = createEchoTrigger();
        QVERIFY2(created, Test::why(created));
        round(u"with the trigger"_s, false);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(*notes.count({.where = col(u"title"_s).startsWith(u"echo "_s)}), 40);
        const Status dropped = dropEchoTrigger();
        QVERIFY2(dropped, Test::why(dropped));
        round(u"once dropped"_s, true);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(*notes.count(), 160);
    }

    void bulkCreateRefusesABatchATriggerSkips()
    {
        // As bulkCreateRefusesRowsATriggerSkips, with enough rows for batches: a skipped row refuses the whole
        // bulkCreate, and nothing of it stays. (With a trigger on the table, SQLite's rows go one by one: a row
        // skipped inside a batch is bulkCreateRefusesABatchAConstraintSkips.)
        const Status skipping = createSkipTrigger();
        QVERIFY2(skipping, Test::why(skipping));
        QVERIFY(m_books.bulkCreate(titles(u"before"_s, 2)));
        QList<QVariantMap> rows = titles(u"kept"_s, 70);
        rows[40][u"title"_s] = u"skip"_s;
        auto created = m_books.bulkCreate(rows);
        QVERIFY(!created);
        QCOMPARE(created.error().kind(), Error::Kind::Database);
        QCOMPARE(*m_books.count(), 2);
    }

    void bulkCreateRefusesABatchAConstraintSkips()
    {
        // Without a trigger, a row can still be skipped silently: by a UNIQUE ... ON CONFLICT IGNORE column on
        // SQLite (a batch then changes fewer rows than it holds), or on PostgreSQL by a trigger that skips a title
        // already stored. Wherever the skipped row is (an earlier batch's, its own batch's, the rows after the last
        // batch), the bulkCreate is refused and nothing of it stays.
        if (isSqlite()) {
            QVERIFY(db().query(u"CREATE TABLE \"Quiet\" (\"id\" INTEGER PRIMARY KEY AUTOINCREMENT, "
                               "\"title\" TEXT NOT NULL UNIQUE ON CONFLICT IGNORE, \"n\" INTEGER)"_s));
        } else {
            QVERIFY(db().query(u"CREATE TABLE \"Quiet\" (\"id\" SERIAL PRIMARY KEY, \"title\" TEXT NOT NULL, "
                               "\"n\" INTEGER)"_s));
            QVERIFY(db().query(u"CREATE FUNCTION \"quiet\"() RETURNS trigger AS $$ BEGIN IF EXISTS (SELECT 1 FROM "
                               "\"Quiet\" WHERE \"title\" = NEW.\"title\") THEN RETURN NULL; END IF; RETURN NEW; "
                               "END $$ LANGUAGE plpgsql"_s));
            QVERIFY(db().query(u"CREATE TRIGGER \"quiet\" BEFORE INSERT ON \"Quiet\" FOR EACH ROW "
                               "EXECUTE FUNCTION \"quiet\"()"_s));
        }
        auto quiet =
                db().define(u"Quiet"_s,
                            {{.name = u"id"_s, .type = DataType::integer(), .primaryKey = true, .autoIncrement = true},
                             {.name = u"title"_s, .type = DataType::string(), .allowNull = false},
                             {.name = u"n"_s, .type = DataType::integer()}},
                            {.tableName = u"Quiet"_s, .timestamps = false});
        QVERIFY2(quiet, Test::why(quiet));
        auto before = quiet->bulkCreate(noteRows(u"stored"_s, 3));
        QVERIFY2(before, Test::why(before));

        struct Case
        {
            QString what;
            int row; // the row given an earlier title
            QString title;
        };
        const QList<Case> cases{{u"a stored title, in the first batch"_s, 5, u"stored 1"_s},
                                {u"a title of the batch before"_s, 40, u"note 3"_s},
                                {u"a title of its own batch"_s, 20, u"note 3"_s},
                                {u"a title of a batch, in the rows after the last batch"_s, 66, u"note 3"_s}};
        for (const Case &c : cases) {
            QList<QVariantMap> rows = noteRows(u"note"_s, 70);
            rows[c.row][u"title"_s] = c.title;
            auto created = quiet->bulkCreate(rows);
            QVERIFY2(!created, qPrintable(c.what));
            QVERIFY2(created.error().kind() == Error::Kind::Database,
                     qPrintable(c.what + u": "_s + created.error().toString()));
            QVERIFY2(*quiet->count() == 3, qPrintable(c.what));
        }

        // The same rows without a title twice are stored, in batches on SQLite.
        m_statements.clear();
        auto created = quiet->bulkCreate(noteRows(u"note"_s, 70));
        QVERIFY2(created, Test::why(created));
        const QString problem = storedProblem(*quiet, *created);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(*quiet->count(), 73);
        if (onSqliteEngine()) {
            QVERIFY(!multiRowInsertsInto(u"Quiet"_s).isEmpty());
            // The table's own ON CONFLICT IGNORE holds: its batches are not sent as INSERT OR FAIL.
            for (const QString &sql : multiRowInsertsInto(u"Quiet"_s))
                QVERIFY2(sql.startsWith(u"INSERT INTO"_s), qPrintable(sql));
        }
    }

    void bulkCreateKeysStayRightWhenAReplaceSetsOffATrigger()
    {
        // A row that replaces a stored one deletes it; a foreign-key action on that deletion can set off a trigger
        // on another table, which inserts into this one in the middle of the bulkCreate. Each key must still be
        // its own row's. SQLite: a UNIQUE ... ON CONFLICT REPLACE column (the trigger names the table, so its rows go
        // one by one); PostgreSQL has no REPLACE clause, and a BEFORE INSERT trigger that deletes the row in the way
        // stands for it.
        if (isSqlite()) {
            QVERIFY(db().query(u"CREATE TABLE \"Parents\" (\"id\" INTEGER PRIMARY KEY AUTOINCREMENT, "
                               "\"title\" TEXT UNIQUE ON CONFLICT REPLACE, \"n\" INTEGER)"_s));
            QVERIFY(db().query(u"CREATE TABLE \"Children\" (\"id\" INTEGER PRIMARY KEY, \"parentId\" INTEGER "
                               "REFERENCES \"Parents\" (\"id\") ON DELETE CASCADE)"_s));
            QVERIFY(db().query(u"CREATE TRIGGER \"reborn\" AFTER DELETE ON \"Children\" BEGIN INSERT INTO "
                               "\"Parents\" (\"title\", \"n\") VALUES ('reborn ' || OLD.\"id\", -1); END"_s));
        } else {
            QVERIFY(db().query(u"CREATE TABLE \"Parents\" (\"id\" SERIAL PRIMARY KEY, \"title\" TEXT UNIQUE, "
                               "\"n\" INTEGER)"_s));
            QVERIFY(db().query(u"CREATE TABLE \"Children\" (\"id\" INTEGER PRIMARY KEY, \"parentId\" INTEGER "
                               "REFERENCES \"Parents\" (\"id\") ON DELETE CASCADE)"_s));
            QVERIFY(db().query(u"CREATE FUNCTION \"replacing\"() RETURNS trigger AS $$ BEGIN DELETE FROM \"Parents\" "
                               "WHERE \"title\" = NEW.\"title\"; RETURN NEW; END $$ LANGUAGE plpgsql"_s));
            QVERIFY(db().query(u"CREATE TRIGGER \"replacing\" BEFORE INSERT ON \"Parents\" FOR EACH ROW "
                               "EXECUTE FUNCTION \"replacing\"()"_s));
            QVERIFY(db().query(u"CREATE FUNCTION \"reborn\"() RETURNS trigger AS $$ BEGIN INSERT INTO \"Parents\" "
                               "(\"title\", \"n\") VALUES ('reborn ' || OLD.\"id\", -1); RETURN OLD; END $$ "
                               "LANGUAGE plpgsql"_s));
            QVERIFY(db().query(u"CREATE TRIGGER \"reborn\" AFTER DELETE ON \"Children\" FOR EACH ROW "
                               "EXECUTE FUNCTION \"reborn\"()"_s));
        }
        auto parents =
                db().define(u"Parents"_s,
                            {{.name = u"id"_s, .type = DataType::integer(), .primaryKey = true, .autoIncrement = true},
                             {.name = u"title"_s, .type = DataType::string()},
                             {.name = u"n"_s, .type = DataType::integer()}},
                            {.tableName = u"Parents"_s, .timestamps = false});
        QVERIFY2(parents, Test::why(parents));
        auto old = parents->create({{u"title"_s, u"old"_s}, {u"n"_s, 0}});
        QVERIFY2(old, Test::why(old));
        QVERIFY(db().query(u"INSERT INTO \"Children\" (\"id\", \"parentId\") VALUES (7, ?)"_s, {old->get(u"id"_s)}));

        QList<QVariantMap> rows = noteRows(u"p"_s, 40);
        rows[5][u"title"_s] = u"old"_s;
        auto created = parents->bulkCreate(rows);
        QVERIFY2(created, Test::why(created));
        const QString problem = storedProblem(*parents, *created);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // The old row gave way to row 5, and the child's trigger added a row of its own.
        auto reborn = parents->count({.where = col(u"title"_s) == u"reborn 7"_s});
        QVERIFY2(reborn, Test::why(reborn));
        QCOMPARE(*reborn, 1);
        QCOMPARE(*parents->count(), 41);
    }

    void bulkCreateBatchesBesideAFullTextIndex()
    {
        // The triggers of a full-text index write to the index, never to the table: the table's rows still go in
        // batches on SQLite, and the index finds each of them under its own key. A trigger that names the table in
        // its body turns the batches off again.
        auto index = FullTextIndex::create(db(), u"Books"_s, u"id"_s, {u"title"_s});
        QVERIFY2(index, Test::why(index));
        m_statements.clear();
        QList<QVariantMap> rows;
        for (int i = 0; i < 70; ++i)
            rows << QVariantMap{{u"title"_s, u"Volume%1 of the set"_s.arg(i)}, {u"price"_s, i * 1.5}};
        auto created = m_books.bulkCreate(rows);
        QVERIFY2(created, Test::why(created));
        const QString problem = storedProblem(m_books, *created);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        if (onSqliteEngine())
            QVERIFY(!multiRowInsertsInto(u"Books"_s).isEmpty());
        for (int i : {0, 31, 32, 69}) {
            auto keys = index->keys(u"Volume%1"_s.arg(i));
            QVERIFY2(keys, Test::why(keys));
            QCOMPARE(keys->size(), size_t(1));
            QCOMPARE(qlonglong(keys->front()), created->at(i).get(u"id"_s).toLongLong());
        }

        if (!isSqlite())
            return; // the rest is about SQLite's batches
        QVERIFY(db().query(u"CREATE TABLE \"Audit\" (\"n\" INTEGER)"_s));
        QVERIFY(db().query(u"CREATE TRIGGER \"audit\" AFTER INSERT ON \"Audit\" BEGIN INSERT INTO books (\"title\") "
                           "VALUES ('audited ' || NEW.\"n\"); END"_s));
        m_statements.clear();
        auto again = m_books.bulkCreate(titles(u"again"_s, 40));
        QVERIFY2(again, Test::why(again));
        QVERIFY(multiRowInsertsInto(u"Books"_s).isEmpty());
        const QString problemAgain = storedProblem(m_books, *again);
        QVERIFY2(problemAgain.isEmpty(), qPrintable(problemAgain));
    }

    void insertRowsWithoutKeysBatchesBesideATrigger()
    {
        // insertRows() with Returning::Nothing reads no key back: SQLite writes the rows in multi-row INSERTs even
        // though a trigger inserts into the same table while they run. That trigger runs for each row as it would
        // for INSERTs of one row each: its row follows the row that set it off, under the next rowid.
        Model notes = defineNotes();
        const Status created = createEchoTrigger();
        QVERIFY2(created, Test::why(created));
        RowBatch batch(notes, {u"title"_s, u"n"_s});
        for (int i = 0; i < 70; ++i)
            batch.addRow(u"note %1"_s.arg(i), i);
        m_statements.clear();
        auto inserted = notes.insertRows(batch, {.returning = Returning::Nothing});
        QVERIFY2(inserted, Test::why(inserted));
        QVERIFY(inserted->keys.isEmpty());
        QVERIFY(inserted->instances.isEmpty());
        if (onSqliteEngine())
            QVERIFY(!multiRowInsertsInto(u"Notes"_s).isEmpty());
        auto stored = notes.findAll({.order = {asc(u"id"_s)}});
        QVERIFY2(stored, Test::why(stored));
        QCOMPARE(stored->size(), 140);
        QSet<QString> titles;
        for (const Instance &row : std::as_const(*stored))
            titles.insert(row.get(u"title"_s).toString());
        for (int i = 0; i < 70; ++i) {
            QVERIFY(titles.contains(u"note %1"_s.arg(i)));
            QVERIFY(titles.contains(u"echo note %1"_s.arg(i)));
        }
        if (isSqlite()) { // PostgreSQL runs AFTER ROW triggers at the end of the statement
            for (int i = 0; i < 70; ++i) {
                QCOMPARE(stored->at(2 * i).get(u"title"_s).toString(), u"note %1"_s.arg(i));
                QCOMPARE(stored->at(2 * i + 1).get(u"title"_s).toString(), u"echo note %1"_s.arg(i));
                QCOMPARE(stored->at(2 * i + 1).get(u"n"_s).toInt(), i + 1000);
            }
        }

        // The same rows with their keys: one by one, each key its own row's.
        RowBatch again(notes, {u"title"_s, u"n"_s});
        for (int i = 0; i < 40; ++i)
            again.addRow(u"again %1"_s.arg(i), i);
        m_statements.clear();
        auto keyed = notes.insertRows(again, {.returning = Returning::KeysOnly});
        QVERIFY2(keyed, Test::why(keyed));
        QCOMPARE(keyed->keys.size(), 40);
        if (isSqlite())
            QVERIFY(multiRowInsertsInto(u"Notes"_s).isEmpty());
        const QHash<QString, qlonglong> ids = storedIds(notes);
        for (int i = 0; i < 40; ++i)
            QCOMPARE(keyed->keys.at(i).toLongLong(), ids.value(u"again %1"_s.arg(i)));
        QCOMPARE(*notes.count(), 220);
    }

    void insertRowsWithoutKeysStillGivesHooksTheirKeys()
    {
        // A hook after the insert sees the rows as stored: with a hook, Returning::Nothing still reads the keys.
        Model notes = defineNotes();
        QList<qlonglong> seen;
        notes.addHook(
                HookEvent::AfterBulkCreate,
                [&seen](HookContext &context) -> Status {
                    for (const Instance &row : std::as_const(*context.instances))
                        seen << row.get(u"id"_s).toLongLong();
                    return {};
                },
                u"test.keys"_s);
        RowBatch batch(notes, {u"title"_s, u"n"_s});
        for (int i = 0; i < 70; ++i)
            batch.addRow(u"hooked %1"_s.arg(i), i);
        auto inserted = notes.insertRows(batch, {.returning = Returning::Nothing});
        QVERIFY2(inserted, Test::why(inserted));
        QVERIFY(inserted->keys.isEmpty());
        QCOMPARE(seen.size(), 70);
        const QHash<QString, qlonglong> ids = storedIds(notes);
        for (int i = 0; i < 70; ++i)
            QCOMPARE(seen.at(i), ids.value(u"hooked %1"_s.arg(i)));
    }

    void batchesKeepATriggersConflictClause()
    {
        // A trigger's INSERT OR IGNORE keeps ignoring when the rows that set it off go in batches: an outer
        // INSERT OR FAIL would override it (SQLite: the outer statement's conflict clause wins), so that the
        // second row of a kind failed where INSERTs of one row each pass. Written behind a comment, too.
        Model notes = defineNotes();
        if (isSqlite()) {
            QVERIFY(db().query(u"CREATE TABLE \"Kinds\" (\"k\" INTEGER UNIQUE)"_s));
            QVERIFY(db().query(u"CREATE TRIGGER \"kinds\" AFTER INSERT ON \"Notes\" BEGIN INSERT OR /* once */ IGNORE "
                               "INTO \"Kinds\" VALUES (NEW.\"n\" % 3); END"_s));
        } else {
            QVERIFY(db().query(u"CREATE TABLE \"Kinds\" (\"k\" INTEGER UNIQUE)"_s));
            QVERIFY(db().query(u"CREATE FUNCTION \"kinds\"() RETURNS trigger AS $$ BEGIN INSERT INTO \"Kinds\" VALUES "
                               "(NEW.\"n\" % 3) ON CONFLICT DO NOTHING; RETURN NULL; END $$ LANGUAGE plpgsql"_s));
            QVERIFY(db().query(u"CREATE TRIGGER \"kinds\" AFTER INSERT ON \"Notes\" FOR EACH ROW EXECUTE FUNCTION "
                               "\"kinds\"()"_s));
        }
        for (const Returning returning : {Returning::KeysOnly, Returning::Nothing}) {
            const QString prefix = returning == Returning::Nothing ? u"without keys"_s : u"with keys"_s;
            RowBatch batch(notes, {u"title"_s, u"n"_s});
            for (int i = 0; i < 70; ++i)
                batch.addRow(u"%1 %2"_s.arg(prefix).arg(i), i);
            m_statements.clear();
            auto inserted = notes.insertRows(batch, {.returning = returning});
            QVERIFY2(inserted, qPrintable(prefix + u": "_s + QString::fromUtf8(Test::why(inserted))));
            if (onSqliteEngine()) {
                QVERIFY2(!multiRowInsertsInto(u"Notes"_s).isEmpty(), qPrintable(prefix));
                for (const QString &sql : multiRowInsertsInto(u"Notes"_s))
                    QVERIFY2(!sql.startsWith(u"INSERT OR FAIL"_s), qPrintable(sql));
            }
        }
        QCOMPARE(*notes.count(), 140);
        auto kinds = db().query(u"SELECT count(*) FROM \"Kinds\""_s);
        QVERIFY2(kinds, Test::why(kinds));
        QCOMPARE(kinds->rows.value(0).value(0).toLongLong(), 3);
    }

    void bulkCreateBatchesBesideATriggerThatReadsTheTable()
    {
        // Only a trigger that inserts into the table can take rowids in the middle of a batch: one that reads it
        // (a summary kept of another table's rows, priced from this one) leaves the batches on, and each key is
        // its own row's. A trigger that inserts into it, behind a comment, turns them off.
        if (!isSqlite())
            return; // SQLite's batches
        QVERIFY(db().query(u"CREATE TABLE \"Sales\" (\"bookId\" INTEGER, \"copies\" INTEGER)"_s));
        QVERIFY(db().query(u"CREATE TABLE \"Takings\" (\"total\" REAL)"_s));
        QVERIFY(db().query(u"CREATE TRIGGER \"takings\" AFTER INSERT ON \"Sales\" BEGIN INSERT INTO \"Takings\" "
                           "SELECT NEW.\"copies\" * b.\"price\" FROM \"Books\" AS b WHERE b.\"id\" = NEW.\"bookId\"; "
                           "END"_s));
        m_statements.clear();
        auto created = m_books.bulkCreate(titles(u"read"_s, 70));
        QVERIFY2(created, Test::why(created));
        QString problem = storedProblem(m_books, *created);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        if (onSqliteEngine())
            QVERIFY(!multiRowInsertsInto(u"Books"_s).isEmpty());

        QVERIFY(db().query(u"CREATE TRIGGER \"restock\" AFTER INSERT ON \"Sales\" BEGIN INSERT INTO /* again */ "
                           "\"books\" (\"title\") VALUES ('restocked ' || NEW.\"bookId\"); END"_s));
        m_statements.clear();
        auto again = m_books.bulkCreate(titles(u"again"_s, 70));
        QVERIFY2(again, Test::why(again));
        problem = storedProblem(m_books, *again);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(multiRowInsertsInto(u"Books"_s).isEmpty());
    }

    void bulkCreateMixesGivenAndMissingKeysAcrossBatches()
    {
        // A hundred rows, every tenth with a key far above the others: the rows without one go in batches, and
        // every key is its own row's. Once with a given key first, so that the batches come after those rows.
        Model notes = defineNotes();
        for (const int first : {9, 0}) {
            QList<QVariantMap> rows = noteRows(u"from %1"_s.arg(first), 100);
            for (int i = first; i < rows.size(); i += 10)
                rows[i].insert(u"id"_s, 100000 * (first + 1) + i);
            m_statements.clear();
            auto created = notes.bulkCreate(rows);
            QVERIFY2(created, Test::why(created));
            QCOMPARE(created->size(), 100);
            for (int i = first; i < rows.size(); i += 10)
                QCOMPARE(created->at(i).get(u"id"_s).toLongLong(), 100000 * (first + 1) + i);
            for (int i = 0; i < rows.size(); ++i)
                QCOMPARE(created->at(i).get(u"title"_s).toString(), u"from %1 %2"_s.arg(first).arg(i));
            const QString problem = storedProblem(notes, *created);
            QVERIFY2(problem.isEmpty(), qPrintable(u"given keys from row %1: "_s.arg(first) + problem));
            if (onSqliteEngine())
                QVERIFY(!multiRowInsertsInto(u"Notes"_s).isEmpty());
        }
        QCOMPARE(*notes.count(), 200);
    }

    void bulkCreateBatchesRollBack()
    {
        // Batches written inside a transaction that rolls back leave nothing; a batch that fails on a constraint
        // takes the batches before it away, and inside an outer transaction leaves what was written before it.
        {
            auto transaction = Transaction::begin(db());
            QVERIFY2(transaction, Test::why(transaction));
            m_statements.clear();
            auto created = m_books.bulkCreate(titles(u"rolled back"_s, 70));
            QVERIFY2(created, Test::why(created));
            QCOMPARE(*m_books.count(), 70);
            if (onSqliteEngine()) {
                QVERIFY(!multiRowInsertsInto(u"Books"_s).isEmpty());
                // Inside the call's own transaction a failed row fails the call: SQLite keeps no journal to undo
                // each batch alone.
                for (const QString &sql : multiRowInsertsInto(u"Books"_s))
                    QVERIFY2(sql.startsWith(u"INSERT OR FAIL INTO"_s), qPrintable(sql));
            }
            QVERIFY(transaction->rollback());
        }
        QCOMPARE(*m_books.count(), 0);
        auto kept = m_books.bulkCreate(titles(u"kept"_s, 70));
        QVERIFY2(kept, Test::why(kept));
        const QString problem = storedProblem(m_books, *kept);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // Row 40 of 70 takes a title already taken: by row 3 (the batch before), by a stored row, by row 35 (its
        // own batch).
        for (const QString &title : {u"dup 3"_s, u"kept 5"_s, u"dup 35"_s}) {
            for (const bool outer : {false, true}) {
                const QString where = u"row 40 as \"%1\"%2"_s.arg(title, outer ? u", in a transaction"_s : QString());
                std::optional<Transaction> transaction;
                if (outer) {
                    auto begun = Transaction::begin(db());
                    QVERIFY2(begun, Test::why(begun));
                    transaction.emplace(std::move(*begun));
                    QVERIFY(m_books.create({{u"title"_s, u"outer"_s}}));
                }
                QList<QVariantMap> rows = titles(u"dup"_s, 70);
                rows[40][u"title"_s] = title;
                auto created = m_books.bulkCreate(rows);
                QVERIFY2(!created, qPrintable(where));
                QVERIFY2(created.error().kind() == Error::Kind::UniqueConstraint,
                         qPrintable(where + u": "_s + created.error().toString()));
                if (outer) {
                    QVERIFY2(transaction->commit(), qPrintable(where));
                    QCOMPARE(*m_books.destroy({.where = col(u"title"_s) == u"outer"_s}), 1);
                }
                QVERIFY2(*m_books.count() == 70, qPrintable(where));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestBulkCreateKeys)
#include "tst_bulkcreatekeys.moc"
