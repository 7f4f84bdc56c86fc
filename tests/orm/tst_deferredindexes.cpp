#include "testdatabase.h"

#include <orm/deferredindexes.h>
#include <orm/fulltextindex.h>
#include <orm/model.h>
#include <orm/schema.h>
#include <orm/transaction.h>

#include <QTest>

using namespace Orm;
using namespace Qt::StringLiterals;

// Orm::DeferredIndexes: a table's non-unique indexes and its full-text index's triggers set aside inside a
// transaction and made again, a rollback bringing them back, unique indexes kept (and checked meanwhile).
class TestDeferredIndexes : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestDatabase> m_db;
    Model m_notes;

    Database &db() { return m_db->database(); }
    bool isSqlite() { return db().dialect().kind() == Dialect::Kind::Sqlite; }

    QStringList indexNames()
    {
        Schema schema(db());
        auto indexes = schema.showIndex(u"Notes"_s);
        if (!indexes)
            qFatal("%s", qPrintable(indexes.error().toString()));
        QStringList names;
        for (const IndexInfo &index : std::as_const(*indexes))
            names << index.name;
        return names;
    }

    QList<qint64> found(const QString &text)
    {
        auto index = FullTextIndex::find(db(), u"Notes"_s);
        if (!index)
            qFatal("%s", qPrintable(index.error().toString()));
        auto keys = index->keys(text);
        if (!keys)
            qFatal("%s", qPrintable(keys.error().toString()));
        return QList<qint64>(keys->begin(), keys->end());
    }

    qint64 create(const QString &title, const QString &code)
    {
        auto note = m_notes.create({{u"title"_s, title}, {u"code"_s, code}});
        if (!note)
            qFatal("%s", qPrintable(note.error().toString()));
        return note->get(u"id"_s).toLongLong();
    }

private Q_SLOTS:
    void initTestCase_data() { Test::addDialectRows(); }

    void init()
    {
        TEST_OPEN_DATABASE(m_db);
        auto notes = db().define(u"Note"_s,
                                 {{.name = u"title"_s, .type = DataType::string()},
                                  {.name = u"code"_s, .type = DataType::string(), .unique = true},
                                  {.name = u"stars"_s, .type = DataType::integer()}},
                                 {.tableName = u"Notes"_s,
                                  .timestamps = false,
                                  .indexes = {{.fields = {u"title"_s}, .name = u"notes_title"_s},
                                              {.fields = {u"stars"_s, u"title"_s}, .name = u"notes_stars_title"_s}}});
        QVERIFY(notes);
        m_notes = *notes;
        QVERIFY(m_notes.sync(SyncMode::Force));
        QVERIFY(FullTextIndex::create(db(), u"Notes"_s, u"id"_s, {u"title"_s}));
    }

    void cleanup()
    {
        m_notes = Model();
        m_db.reset();
    }

    void refusedOutsideATransaction()
    {
        const QStringList before = indexNames();
        auto deferred = DeferredIndexes::suspend(db(), u"Notes"_s);
        QVERIFY(!deferred);
        QCOMPARE(deferred.error().kind(), Error::Kind::InvalidQuery);
        QCOMPARE(indexNames(), before);
        QVERIFY(!DeferredIndexes::suspend(db(), u"Notes\"; DROP TABLE x"_s));
    }

    void suspendedThenRestored()
    {
        const qint64 first = create(u"L'Étranger"_s, u"a"_s);
        const QStringList before = indexNames();
        auto transaction = Transaction::begin(db());
        QVERIFY(transaction);
        auto deferred = DeferredIndexes::suspend(db(), u"Notes"_s);
        QVERIFY2(deferred, Test::why(deferred));
        if (!isSqlite()) {
            QVERIFY(!deferred->isActive()); // PostgreSQL: nothing set aside
            QCOMPARE(indexNames(), before);
            return;
        }
        QVERIFY(deferred->isActive());
        QCOMPARE(deferred->indexNames(), (QStringList{u"notes_title"_s, u"notes_stars_title"_s}));
        // Only the unique index (and SQLite's own of the key) is left, and it still refuses a duplicate.
        const QStringList during = indexNames();
        QVERIFY(!during.contains(u"notes_title"_s));
        QVERIFY(!during.contains(u"notes_stars_title"_s));
        QCOMPARE(during.size(), before.size() - 2);
        const qint64 second = create(u"La Peste"_s, u"b"_s);
        {
            auto savepoint = Transaction::begin(db());
            QVERIFY(savepoint);
            auto duplicate = m_notes.create({{u"title"_s, u"Autre"_s}, {u"code"_s, u"a"_s}});
            QVERIFY(!duplicate);
            QCOMPARE(duplicate.error().kind(), Error::Kind::UniqueConstraint);
        }
        // Changed and removed meanwhile: the index made again holds the rows as they are at the end.
        QVERIFY(m_notes.update({{u"title"_s, u"Le Premier Homme"_s}}, {.where = col(u"id"_s) == first}));
        const qint64 third = create(u"Noces"_s, u"c"_s);
        QVERIFY(m_notes.destroy({.where = col(u"id"_s) == third}));
        QVERIFY(deferred->restore());
        QVERIFY(!deferred->isActive());
        QVERIFY(!deferred->restore()); // once only
        QVERIFY(transaction->commit());
        QCOMPARE(indexNames(), before);
        QCOMPARE(found(u"peste"_s), QList<qint64>{second});
        QCOMPARE(found(u"homme"_s), QList<qint64>{first});
        QCOMPARE(found(u"etranger"_s), QList<qint64>{});
        QCOMPARE(found(u"noces"_s), QList<qint64>{});
        // The triggers are back: a new row is indexed as it is written.
        const qint64 fourth = create(u"Caligula"_s, u"d"_s);
        QCOMPARE(found(u"calig"_s), QList<qint64>{fourth});
        auto integrity = db().integrityCheck();
        QVERIFY(integrity);
        QVERIFY2(integrity->isEmpty(), qPrintable(integrity->join(u'\n')));
    }

    void rollbackBringsThemBack()
    {
        const qint64 first = create(u"L'Étranger"_s, u"a"_s);
        const QStringList before = indexNames();
        {
            auto transaction = Transaction::begin(db());
            QVERIFY(transaction);
            auto deferred = DeferredIndexes::suspend(db(), u"Notes"_s);
            QVERIFY(deferred);
            create(u"La Peste"_s, u"b"_s);
            // Neither restored nor committed: the transaction rolls back.
        }
        QCOMPARE(indexNames(), before);
        QCOMPARE(found(u"etranger"_s), QList<qint64>{first});
        QCOMPARE(found(u"peste"_s), QList<qint64>{});
        const qint64 second = create(u"La Peste"_s, u"b"_s);
        QCOMPARE(found(u"peste"_s), QList<qint64>{second});
    }
};

QTEST_GUILESS_MAIN(TestDeferredIndexes)
#include "tst_deferredindexes.moc"
