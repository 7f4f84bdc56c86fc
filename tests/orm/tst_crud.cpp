#include "testdatabase.h"

#include <orm/model.h>

#include <QMutex>
#include <QTest>
#include <QThread>

using namespace Orm;
using namespace Qt::StringLiterals;

// Create, read, update and delete, and the instance's state, on every dialect.
Q_DECLARE_METATYPE(Orm::BulkCreateOptions)

class TestCrud : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestDatabase> m_db;
    Model m_books;

    Model defineBooks(const ModelOptions &options = {.tableName = u"Books"_s})
    {
        auto model = m_db->database().define(
                u"Book"_s,
                {
                        {.name = u"title"_s, .type = DataType::string(), .allowNull = false},
                        {.name = u"price"_s, .type = DataType::floating()},
                        {.name = u"stock"_s, .type = DataType::integer(), .defaultValue = 0},
                        {.name = u"isbn"_s, .type = DataType::string(20), .unique = true},
                        {.name = u"active"_s, .type = DataType::boolean(), .defaultValue = true},
                },
                options);
        if (!model)
            qFatal("%s", qPrintable(model.error().toString()));
        auto synced = model->sync(SyncMode::Force);
        if (!synced)
            qFatal("%s", qPrintable(synced.error().toString()));
        return *model;
    }

private Q_SLOTS:
    void initTestCase_data() { Test::addDialectRows(); }

    void init()
    {
        TEST_OPEN_DATABASE(m_db);
        m_books = defineBooks();
    }

    void cleanup()
    {
        m_books = Model();
        m_db.reset();
    }

    void createAndFindByPk()
    {
        auto created = m_books.create({{u"title"_s, u"Dune"_s}, {u"price"_s, 9.5}});
        QVERIFY2(created, Test::why(created));
        QVERIFY(!created->isNewRecord());
        const QVariant id = created->get(u"id"_s);
        QVERIFY(id.toLongLong() > 0);
        QCOMPARE(created->get(u"stock"_s).toInt(), 0); // the default
        QCOMPARE(created->get(u"active"_s).toBool(), true);
        QVERIFY(created->get(u"createdAt"_s).toDateTime().isValid());

        auto found = m_books.findByPk(id);
        QVERIFY2(found, Test::why(found));
        QVERIFY(!found->isNull());
        QCOMPARE(found->get(u"title"_s).toString(), u"Dune"_s);
        QCOMPARE(found->get(u"price"_s).toDouble(), 9.5);
        QCOMPARE(found->get(u"active"_s).typeId(), QMetaType::Bool);

        auto missing = m_books.findByPk(id.toLongLong() + 1000);
        QVERIFY(missing);
        QVERIFY(missing->isNull());
        auto rejected = m_books.findByPk(id.toLongLong() + 1000, {.onEmpty = OnEmpty::Reject});
        QVERIFY(!rejected);
        QCOMPARE(rejected.error().kind(), Error::Kind::EmptyResult);
    }

    void buildThenSaveWritesOnlyChanges()
    {
        auto book = m_books.build({{u"title"_s, u"Emma"_s}});
        QVERIFY(book);
        QVERIFY(book->isNewRecord());
        QVERIFY(book->changed(u"title"_s));
        QVERIFY(book->save());
        QVERIFY(!book->changed());

        QVERIFY(book->set(u"price"_s, 12.0));
        QVERIFY(book->changed());
        QVERIFY(book->changed(u"price"_s));
        QVERIFY(!book->changed(u"title"_s));
        QCOMPARE(book->changedAttributes(), QStringList{u"price"_s});
        QVERIFY(book->previous(u"price"_s).isNull());

        // Another writer changes the title meanwhile: saving only the price must not overwrite it.
        QVERIFY(m_books.update({{u"title"_s, u"Emma (2nd ed.)"_s}}, {.where = col(u"id"_s) == book->get(u"id"_s)}));
        QVERIFY(book->save());
        auto reread = m_books.findByPk(book->get(u"id"_s));
        QVERIFY(reread);
        QCOMPARE(reread->get(u"title"_s).toString(), u"Emma (2nd ed.)"_s);
        QCOMPARE(reread->get(u"price"_s).toDouble(), 12.0);

        QVERIFY(!book->set(u"nope"_s, 1));
        QVERIFY(!m_books.build({{u"nope"_s, 1}}));
    }

    void settingBackIsNoChange()
    {
        auto book = m_books.create({{u"title"_s, u"A"_s}, {u"price"_s, 5.0}});
        QVERIFY(book);
        QVERIFY(book->set(u"price"_s, 6.0));
        QVERIFY(book->changed());
        QVERIFY(book->set(u"price"_s, 5.0));
        QVERIFY(!book->changed());
    }

    void bulkCreateReturnsIds()
    {
        QList<QVariantMap> rows;
        for (int i = 0; i < 2500; ++i)
            rows << QVariantMap{{u"title"_s, u"Book %1"_s.arg(i)}, {u"price"_s, i * 0.5}};
        auto created = m_books.bulkCreate(rows);
        QVERIFY2(created, Test::why(created));
        QCOMPARE(created->size(), 2500);
        QSet<qlonglong> ids;
        for (int i = 0; i < created->size(); ++i) {
            QCOMPARE(created->at(i).get(u"title"_s).toString(), u"Book %1"_s.arg(i));
            ids.insert(created->at(i).get(u"id"_s).toLongLong());
        }
        QCOMPARE(ids.size(), 2500);
        QCOMPARE(*m_books.count(), 2500);
    }

    void bulkCreateIsAllOrNothing()
    {
        QVERIFY(m_books.create({{u"title"_s, u"X"_s}, {u"isbn"_s, u"123"_s}}));
        QList<QVariantMap> rows;
        for (int i = 0; i < 10; ++i)
            rows << QVariantMap{{u"title"_s, u"B%1"_s.arg(i)}, {u"isbn"_s, i == 7 ? u"123"_s : u"i%1"_s.arg(i)}};
        auto created = m_books.bulkCreate(rows);
        QVERIFY(!created);
        QCOMPARE(created.error().kind(), Error::Kind::UniqueConstraint);
        QCOMPARE(*m_books.count(), 1);
    }

    void bulkCreateChunksBeyondTheParameterLimit()
    {
        // 40,000 rows of 7 columns bind 280,000 values: several statements on both dialects.
        QList<QVariantMap> rows;
        for (int i = 0; i < 40000; ++i)
            rows << QVariantMap{{u"title"_s, u"T%1"_s.arg(i)}};
        auto created = m_books.bulkCreate(rows);
        QVERIFY2(created, Test::why(created));
        QCOMPARE(created->size(), 40000);
        QCOMPARE(*m_books.count(), 40000);
    }

    void bulkCreateIgnoreAndUpdateDuplicates()
    {
        QVERIFY(m_books.create({{u"title"_s, u"Old"_s}, {u"isbn"_s, u"1"_s}, {u"price"_s, 1.0}}));
        auto ignored = m_books.bulkCreate(
                {{{u"title"_s, u"New"_s}, {u"isbn"_s, u"1"_s}}, {{u"title"_s, u"Other"_s}, {u"isbn"_s, u"2"_s}}},
                {.ignoreDuplicates = true});
        QVERIFY2(ignored, Test::why(ignored));
        QCOMPARE(ignored->size(), 1);
        QCOMPARE(*m_books.count(), 2);
        auto updated =
                m_books.bulkCreate({{{u"title"_s, u"Renamed"_s}, {u"isbn"_s, u"1"_s}, {u"price"_s, 7.0}}},
                                   {.updateOnDuplicate = {u"title"_s, u"price"_s}, .conflictFields = {u"isbn"_s}});
        QVERIFY2(updated, Test::why(updated));
        auto one = m_books.findOne({.where = col(u"isbn"_s) == u"1"_s});
        QCOMPARE(one->get(u"title"_s).toString(), u"Renamed"_s);
        QCOMPARE(one->get(u"price"_s).toDouble(), 7.0);
        QCOMPARE(*m_books.count(), 2);
    }

    void bulkCreateRefusesAHostileOptionBeforeAnySql_data()
    {
        QTest::addColumn<BulkCreateOptions>("options");
        const QString hostile = u"title\" = 1; DROP TABLE \"Books\"; --"_s;
        QTest::newRow("updateOnDuplicate") << BulkCreateOptions{.updateOnDuplicate = {u"title"_s, hostile}};
        QTest::newRow("conflictFields") << BulkCreateOptions{.updateOnDuplicate = {u"title"_s},
                                                             .conflictFields = {hostile}};
        QTest::newRow("conflictFields with ignoreDuplicates")
                << BulkCreateOptions{.conflictFields = {hostile}, .ignoreDuplicates = true};
    }

    void bulkCreateRefusesAHostileOptionBeforeAnySql()
    {
        QFETCH(BulkCreateOptions, options);
        Database db = m_db->database();
        QStringList statements;
        db.setLogger([&statements](const QString &sql) { statements << sql; });
        auto created = m_books.bulkCreate({{{u"title"_s, u"A"_s}, {u"isbn"_s, u"1"_s}}}, options);
        db.setLogger({});
        QVERIFY(!created);
        QCOMPARE(created.error().kind(), Error::Kind::InvalidQuery);
        QVERIFY2(statements.isEmpty(), qPrintable(statements.join(u"; "_s))); // not even BEGIN
        QCOMPARE(*m_books.count(), 0);
    }

    void findOrCreate()
    {
        auto first = m_books.findOrCreate({.where = col(u"isbn"_s) == u"42"_s, .defaults = {{u"title"_s, u"H2G2"_s}}});
        QVERIFY2(first, Test::why(first));
        QVERIFY(first->created);
        QCOMPARE(first->instance.get(u"title"_s).toString(), u"H2G2"_s);
        QCOMPARE(first->instance.get(u"isbn"_s).toString(), u"42"_s);
        auto second =
                m_books.findOrCreate({.where = col(u"isbn"_s) == u"42"_s, .defaults = {{u"title"_s, u"Other"_s}}});
        QVERIFY(second);
        QVERIFY(!second->created);
        QCOMPARE(second->instance.get(u"id"_s), first->instance.get(u"id"_s));
        QCOMPARE(*m_books.count(), 1);
    }

    void findOrCreateRace()
    {
        // Another connection (another thread) creates the row between our find and our create: the unique
        // conflict must end in the existing row, not an error.
        Database db = m_db->database();
        Model books = m_books;
        int created = 0;
        int found = 0;
        QList<QString> errors;
        QMutex mutex;
        QList<QThread *> threads;
        for (int t = 0; t < 4; ++t) {
            threads << QThread::create([&] {
                for (int i = 0; i < 20; ++i) {
                    auto r = books.findOrCreate(
                            {.where = col(u"isbn"_s) == u"race-%1"_s.arg(i), .defaults = {{u"title"_s, u"R"_s}}});
                    QMutexLocker lock(&mutex);
                    if (!r)
                        errors << r.error().toString();
                    else if (r->created)
                        ++created;
                    else
                        ++found;
                }
            });
            threads.last()->start();
        }
        for (QThread *t : threads) {
            t->wait();
            delete t;
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0)));
        QCOMPARE(created, 20);
        QCOMPARE(found, 60);
        QCOMPARE(*m_books.count(), 20);
    }

    void findAndCountAll()
    {
        QList<QVariantMap> rows;
        for (int i = 0; i < 30; ++i)
            rows << QVariantMap{{u"title"_s, u"B%1"_s.arg(i)}, {u"stock"_s, i % 3}};
        QVERIFY(m_books.bulkCreate(rows));
        auto page = m_books.findAndCountAll(
                {.where = col(u"stock"_s) == 1, .order = {asc(u"id"_s)}, .limit = 4, .offset = 2});
        QVERIFY2(page, Test::why(page));
        QCOMPARE(page->count, 10);
        QCOMPARE(page->rows.size(), 4);
        QCOMPARE(page->rows.first().get(u"title"_s).toString(), u"B7"_s);
    }

    void aggregates()
    {
        QVERIFY(m_books.bulkCreate({{{u"title"_s, u"a"_s}, {u"price"_s, 2.0}, {u"stock"_s, 1}},
                                    {{u"title"_s, u"b"_s}, {u"price"_s, 4.0}, {u"stock"_s, 5}},
                                    {{u"title"_s, u"c"_s}, {u"price"_s, 9.0}, {u"stock"_s, 3}}}));
        QCOMPARE(*m_books.count(), 3);
        QCOMPARE(*m_books.count({.where = col(u"price"_s) > 3}), 2);
        QCOMPARE(m_books.max(u"price"_s)->toDouble(), 9.0);
        QCOMPARE(m_books.min(u"stock"_s)->toLongLong(), 1);
        QCOMPARE(m_books.sum(u"stock"_s)->toLongLong(), 9);
        QCOMPARE(m_books.avg(u"price"_s)->toDouble(), 5.0);
        QVERIFY(m_books.max(u"price"_s, {.where = col(u"price"_s) > 100})->isNull());
        QVERIFY(!m_books.max(u"nope"_s));
    }

    void staticUpdateAndDestroy()
    {
        QVERIFY(m_books.bulkCreate({{{u"title"_s, u"a"_s}, {u"stock"_s, 1}},
                                    {{u"title"_s, u"b"_s}, {u"stock"_s, 2}},
                                    {{u"title"_s, u"c"_s}, {u"stock"_s, 3}}}));
        auto updated = m_books.update({{u"price"_s, 1.5}}, {.where = col(u"stock"_s) >= 2});
        QVERIFY2(updated, Test::why(updated));
        QCOMPARE(*updated, 2);
        QCOMPARE(*m_books.count({.where = col(u"price"_s) == 1.5}), 2);
        QVERIFY(!m_books.update({{u"price"_s, 1}}, {})); // a where is required
        auto destroyed = m_books.destroy({.where = col(u"stock"_s) < 3});
        QVERIFY(destroyed);
        QCOMPARE(*destroyed, 2);
        QCOMPARE(*m_books.count(), 1);
        QVERIFY(!m_books.destroy({}));
    }

    void instanceUpdateDestroyReload()
    {
        auto book = m_books.create({{u"title"_s, u"t"_s}});
        QVERIFY(book);
        QVERIFY(book->update({{u"price"_s, 3.0}}));
        QCOMPARE(m_books.findByPk(book->get(u"id"_s))->get(u"price"_s).toDouble(), 3.0);
        QVERIFY(m_books.update({{u"stock"_s, 9}}, {.where = col(u"id"_s) == book->get(u"id"_s)}));
        QVERIFY(book->set(u"price"_s, 100.0));
        QVERIFY(book->reload());
        QCOMPARE(book->get(u"stock"_s).toInt(), 9);
        QCOMPARE(book->get(u"price"_s).toDouble(), 3.0); // unsaved change dropped
        QVERIFY(book->destroy());
        QCOMPARE(*m_books.count(), 0);
        auto gone = book->reload();
        QVERIFY(!gone);
        QCOMPARE(gone.error().kind(), Error::Kind::EmptyResult);
    }

    void incrementIsAtomic()
    {
        auto book = m_books.create({{u"title"_s, u"t"_s}, {u"stock"_s, 10}});
        QVERIFY(book);
        auto stale = *book;
        QVERIFY(book->increment({{u"stock"_s, 5}}));
        QCOMPARE(book->get(u"stock"_s).toInt(), 15);
        // increment from a stale copy still adds in SQL, it does not write 10 + 3
        QVERIFY(stale.increment({{u"stock"_s, 3}}));
        QCOMPARE(stale.get(u"stock"_s).toInt(), 18);
        QVERIFY(stale.decrement({{u"stock"_s, 8}}));
        QCOMPARE(stale.get(u"stock"_s).toInt(), 10);
        auto n = m_books.increment({{u"stock"_s, 1}}, col(u"id"_s) == book->get(u"id"_s));
        QVERIFY(n);
        QCOMPARE(*n, 1);
        QVERIFY(!m_books.increment({{u"title"_s, 1}}, col(u"id"_s) == 1));
    }

    // A conditional increment (stock taken only where there is enough) tells how many rows it changed, and those
    // who watch the table's bulk updates hear of it, with its where and its amounts.
    void conditionalIncrementRunsAfterBulkUpdate()
    {
        auto book = m_books.create({{u"title"_s, u"t"_s}, {u"stock"_s, 2}});
        QVERIFY2(book, Test::why(book));
        QList<QVariantMap> heard;
        m_books.addHook(
                HookEvent::AfterBulkUpdate,
                [&heard](HookContext &context) -> Status {
                    heard << *context.values;
                    return {};
                },
                u"listener"_s);
        const Where enough = col(u"id"_s) == book->get(u"id"_s) && col(u"stock"_s) >= 3;
        auto refused = m_books.decrement({{u"stock"_s, 3}}, enough);
        QVERIFY2(refused, Test::why(refused));
        QCOMPARE(*refused, 0);
        const Where enoughForTwo = col(u"id"_s) == book->get(u"id"_s) && col(u"stock"_s) >= 2;
        auto taken = m_books.decrement({{u"stock"_s, 2}}, enoughForTwo);
        QVERIFY2(taken, Test::why(taken));
        QCOMPARE(*taken, 1);
        QVERIFY(book->reload());
        QCOMPARE(book->get(u"stock"_s).toInt(), 0);
        QCOMPARE(heard.size(), 2);
        QCOMPARE(heard.last().value(u"stock"_s).toLongLong(), -2);
        QCOMPARE(m_books.removeHook(HookEvent::AfterBulkUpdate, u"listener"_s), 1);
    }

    void upsert()
    {
        auto inserted = m_books.upsert({{u"title"_s, u"A"_s}, {u"isbn"_s, u"9"_s}, {u"price"_s, 1.0}},
                                       {.conflictFields = {u"isbn"_s}});
        QVERIFY2(inserted, Test::why(inserted));
        auto updated = m_books.upsert({{u"title"_s, u"B"_s}, {u"isbn"_s, u"9"_s}, {u"price"_s, 2.0}},
                                      {.conflictFields = {u"isbn"_s}});
        QVERIFY2(updated, Test::why(updated));
        QCOMPARE(updated->get(u"id"_s), inserted->get(u"id"_s));
        QCOMPARE(updated->get(u"title"_s).toString(), u"B"_s);
        QCOMPARE(*m_books.count(), 1);
        auto byKey = m_books.upsert({{u"id"_s, inserted->get(u"id"_s)}, {u"title"_s, u"C"_s}});
        QVERIFY2(byKey, Test::why(byKey));
        QCOMPARE(m_books.findByPk(inserted->get(u"id"_s))->get(u"title"_s).toString(), u"C"_s);
    }

    void paranoidSoftDeleteAndRestore()
    {
        Model notes = *m_db->database().define(u"Note"_s, {{.name = u"text"_s, .type = DataType::text()}},
                                               {.paranoid = true});
        QVERIFY(notes.sync(SyncMode::Force));
        auto a = notes.create({{u"text"_s, u"a"_s}});
        auto b = notes.create({{u"text"_s, u"b"_s}});
        QVERIFY(a && b);
        QVERIFY(a->destroy());
        QVERIFY(a->get(u"deletedAt"_s).toDateTime().isValid());
        QCOMPARE(*notes.count(), 1);
        QCOMPARE(*notes.count({.paranoid = Paranoid::IncludeDeleted}), 2);
        QVERIFY(notes.findByPk(a->get(u"id"_s))->isNull());
        QVERIFY(a->restore());
        QCOMPARE(*notes.count(), 2);
        QCOMPARE(*notes.destroy({.where = col(u"text"_s) == u"b"_s}), 1);
        QCOMPARE(*notes.restore({.where = col(u"text"_s) == u"b"_s}), 1);
        QCOMPARE(*notes.destroy({.where = col(u"text"_s) == u"b"_s, .mode = DestroyMode::Force}), 1);
        QCOMPARE(*notes.count({.paranoid = Paranoid::IncludeDeleted}), 1);
    }

    void optimisticLocking()
    {
        Model docs =
                *m_db->database().define(u"Doc"_s, {{.name = u"body"_s, .type = DataType::text()}}, {.version = true});
        QVERIFY(docs.sync(SyncMode::Force));
        auto doc = docs.create({{u"body"_s, u"v0"_s}});
        QVERIFY(doc);
        QCOMPARE(doc->get(u"version"_s).toInt(), 0);
        Instance copy = *docs.findByPk(doc->get(u"id"_s));
        QVERIFY(doc->update({{u"body"_s, u"v1"_s}}));
        QCOMPARE(doc->get(u"version"_s).toInt(), 1);
        auto stale = copy.update({{u"body"_s, u"stale"_s}});
        QVERIFY(!stale);
        QCOMPARE(stale.error().kind(), Error::Kind::OptimisticLock);
        QCOMPARE(copy.get(u"body"_s).toString(), u"v0"_s); // left as it was
        QCOMPARE(docs.findByPk(doc->get(u"id"_s))->get(u"body"_s).toString(), u"v1"_s);
    }

    void timestampsRenamedOrOff()
    {
        Model a = *m_db->database().define(u"A"_s, {{.name = u"x"_s, .type = DataType::integer()}},
                                           {.createdAt = u"made"_s, .updatedAt = {}});
        QVERIFY(a.sync(SyncMode::Force));
        QCOMPARE(*m_db->database().columns(u"As"_s), (QStringList{u"id"_s, u"x"_s, u"made"_s}));
        Model b = *m_db->database().define(u"B"_s, {{.name = u"x"_s, .type = DataType::integer()}},
                                           {.timestamps = false, .underscored = true});
        QVERIFY(b.sync(SyncMode::Force));
        QCOMPARE(*m_db->database().columns(u"Bs"_s), (QStringList{u"id"_s, u"x"_s}));
        auto created = a.create({{u"x"_s, 1}});
        QVERIFY(created);
        QVERIFY(created->get(u"made"_s).toDateTime().isValid());
        QCOMPARE(created->get(u"made"_s).toDateTime().timeSpec(), Qt::UTC);
    }

    void toJson()
    {
        auto book = m_books.create({{u"title"_s, u"J"_s}, {u"price"_s, 1.25}});
        QVERIFY(book);
        const QJsonObject json = book->toJson();
        QCOMPARE(json.value(u"title"_s).toString(), u"J"_s);
        QCOMPARE(json.value(u"price"_s).toDouble(), 1.25);
        QCOMPARE(json.value(u"active"_s).toBool(), true);
        QVERIFY(json.value(u"createdAt"_s).toString().endsWith(u'Z'));
        QVERIFY(json.value(u"isbn"_s).isNull());
    }
};

QTEST_GUILESS_MAIN(TestCrud)
#include "tst_crud.moc"
