#include "testdatabase.h"

#include <orm/model.h>
#include <orm/rowbatch.h>
#include <orm/transaction.h>

#include <QSet>
#include <QTest>

using namespace Orm;
using namespace Qt::StringLiterals;

// Model::insertRows() with a RowBatch, on every dialect, against bulkCreate() of the same rows as maps: the same
// stored rows, defaults, validation errors (with the row's index) and hooks; keys only on demand; nothing written
// when a row fails; batches reused; a caller's transaction rolled back.
class TestRowBatch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestDatabase> m_db;
    Model m_books;
    QStringList m_events;

    static const inline QStringList columns = {u"title"_s, u"price"_s, u"pages"_s, u"note"_s};

    // Books with a rule on the title and the price, a default, a generated code and the timestamps.
    Model defineBooks()
    {
        return Test::defineAndSync(
                m_db->database(), u"Book"_s,
                {{.name = u"title"_s,
                  .type = DataType::string(),
                  .allowNull = false,
                  .validate = {Validator::notEmpty()}},
                 {.name = u"price"_s, .type = DataType::floating(), .validate = {Validator::min(0)}},
                 {.name = u"pages"_s, .type = DataType::integer()},
                 {.name = u"note"_s, .type = DataType::text()},
                 {.name = u"shelf"_s, .type = DataType::string(), .defaultValue = u"A1"_s},
                 {.name = u"code"_s, .type = DataType::uuid(), .defaultValue = DefaultValue::uuidV4()}});
    }

    // Row i of the tests' input: a null note every third row; an empty title (breaking its rule) at badRow.
    static QVariantList input(int i, int badRow = -1)
    {
        return {i == badRow ? QString() : u"Book %1"_s.arg(i), 2.5 * i, 100 + i,
                i % 3 ? QVariant(u"n%1"_s.arg(i)) : QVariant()};
    }
    static QVariantMap inputMap(int i, int badRow = -1)
    {
        const QVariantList values = input(i, badRow);
        QVariantMap map;
        for (qsizetype c = 0; c < columns.size(); ++c)
            map.insert(columns.at(c), values.at(c));
        return map;
    }
    RowBatch batchOf(int count, int badRow = -1, int first = 0)
    {
        RowBatch batch(m_books, columns);
        for (int i = first; i < first + count; ++i)
            batch.addRow(input(i, badRow));
        return batch;
    }
    // Every stored row but its generated values (id, code, timestamps), by id.
    QList<QVariantList> stored()
    {
        auto rows = m_db->database().query(
                u"SELECT \"title\", \"price\", \"pages\", \"note\", \"shelf\" FROM \"Books\" ORDER BY \"id\""_s);
        if (!rows)
            qFatal("%s", qPrintable(rows.error().toString()));
        return rows->rows;
    }
    qint64 count()
    {
        auto n = m_books.count();
        return n ? *n : -1;
    }
    void recordHooks()
    {
        for (const HookEvent event : {HookEvent::BeforeBulkCreate, HookEvent::BeforeValidate, HookEvent::AfterValidate,
                                      HookEvent::ValidationFailed, HookEvent::BeforeCreate, HookEvent::BeforeSave,
                                      HookEvent::AfterCreate, HookEvent::AfterSave, HookEvent::AfterBulkCreate}) {
            m_books.addHook(event, [this, event](HookContext &context) -> Status {
                m_events << hookEventName(event)
                                + (context.instance ? u" "_s + context.instance->get(u"title"_s).toString() : QString())
                                + (context.instances ? u" x%1"_s.arg(context.instances->size()) : QString());
                return {};
            });
        }
    }

private Q_SLOTS:
    void initTestCase_data() { Test::addDialectRows(); }

    void init()
    {
        TEST_OPEN_DATABASE(m_db);
        m_books = defineBooks();
        m_events.clear();
    }

    void sameRowsAsBulkCreate()
    {
        QList<QVariantMap> maps;
        for (int i = 0; i < 7; ++i)
            maps << inputMap(i);
        auto created = m_books.bulkCreate(maps);
        QVERIFY2(created, Test::why(created));
        const QList<QVariantList> fromMaps = stored();
        QVERIFY(m_books.destroy({.where = col(u"id"_s) > 0}));

        RowBatch batch = batchOf(7);
        auto inserted = m_books.insertRows(batch);
        QVERIFY2(inserted, Test::why(inserted));
        QCOMPARE(stored(), fromMaps);
        QCOMPARE(inserted->instances.size(), 7);
        QCOMPARE(inserted->keys.size(), 7);
        for (qsizetype r = 0; r < 7; ++r) {
            const Instance &mine = inserted->instances.at(r);
            const Instance &theirs = created->at(r);
            QCOMPARE(mine.isNewRecord(), theirs.isNewRecord());
            QCOMPARE(mine.changed(), theirs.changed());
            QCOMPARE(mine.get(u"id"_s), inserted->keys.at(r));
            QVERIFY(mine.get(u"id"_s).toLongLong() > theirs.get(u"id"_s).toLongLong());
            QVERIFY(!mine.get(u"code"_s).isNull());
            QVERIFY(mine.get(u"code"_s) != theirs.get(u"code"_s)); // generated for each row
            QVERIFY(mine.get(u"createdAt"_s).toDateTime().isValid());
            for (const QString &name : {u"title"_s, u"price"_s, u"pages"_s, u"note"_s, u"shelf"_s})
                QCOMPARE(mine.get(name), theirs.get(name));
        }
        // The instances are the rows as stored: a find reads the same values.
        auto found = m_books.findByPk(inserted->keys.at(3));
        QVERIFY2(found && !found->isNull(), Test::why(found));
        QCOMPARE(found->get(u"code"_s), inserted->instances.at(3).get(u"code"_s));
        QCOMPARE(found->get(u"note"_s), inserted->instances.at(3).get(u"note"_s));
    }

    void validationErrorNamesTheRowAndWritesNothing()
    {
        RowBatch batch = batchOf(6, 4);
        auto inserted = m_books.insertRows(batch);
        QVERIFY(!inserted);
        QCOMPARE(inserted.error().kind(), Error::Kind::Validation);
        QCOMPARE(inserted.error().items().size(), 1);
        QCOMPARE(inserted.error().items().first().row, 4);
        QCOMPARE(inserted.error().items().first().attribute, u"title"_s);
        QCOMPARE(count(), 0);
        QVERIFY(batch.isEmpty()); // taken all the same
        // bulkCreate's error for the same rows, word for word.
        QList<QVariantMap> maps;
        for (int i = 0; i < 6; ++i)
            maps << inputMap(i, 4);
        auto created = m_books.bulkCreate(maps);
        QVERIFY(!created);
        QCOMPARE(inserted.error().message(), created.error().message());
        QVERIFY(inserted.error().message().startsWith(u"row 5: "_s));
    }

    void hooksAsBulkCreate_data()
    {
        QTest::addColumn<IndividualHooks>("individual");
        QTest::addColumn<int>("badRow");
        QTest::newRow("batch hooks") << IndividualHooks::Off << -1;
        QTest::newRow("individual hooks") << IndividualHooks::On << -1;
        QTest::newRow("a row fails") << IndividualHooks::On << 1;
    }
    void hooksAsBulkCreate()
    {
        QFETCH(IndividualHooks, individual);
        QFETCH(int, badRow);
        recordHooks();
        QList<QVariantMap> maps = {inputMap(0, badRow), inputMap(1, badRow)};
        const bool created = m_books.bulkCreate(maps, {.individualHooks = individual}).has_value();
        const QStringList expected = m_events;
        QVERIFY(expected.contains(u"beforeBulkCreate x2"_s));
        QVERIFY(expected.contains(u"beforeValidate Book 0"_s));
        QCOMPARE(expected.contains(u"afterBulkCreate x2"_s), badRow < 0);
        m_events.clear();
        RowBatch batch = batchOf(2, badRow);
        auto inserted = m_books.insertRows(batch, {.bulkCreate = {.individualHooks = individual}});
        QCOMPARE(inserted.has_value(), created);
        QCOMPARE(m_events, expected);
    }

    void hookChangesAreWritten()
    {
        // A beforeValidate hook changes a value; beforeBulkCreate sees the instances: both as with bulkCreate.
        m_books.addHook(HookEvent::BeforeValidate,
                        [](HookContext &context) -> Status { return context.instance->set(u"shelf"_s, u"B2"_s); });
        RowBatch batch = batchOf(3);
        auto inserted = m_books.insertRows(batch);
        QVERIFY2(inserted, Test::why(inserted));
        for (const QVariantList &row : stored())
            QCOMPARE(row.at(4).toString(), u"B2"_s);
    }

    void keysOnly()
    {
        RowBatch batch = batchOf(40);
        auto inserted = m_books.insertRows(batch, {.returning = Returning::KeysOnly});
        QVERIFY2(inserted, Test::why(inserted));
        QVERIFY(inserted->instances.isEmpty());
        QCOMPARE(inserted->keys.size(), 40);
        auto ids = m_db->database().query(u"SELECT \"id\" FROM \"Books\" ORDER BY \"id\""_s);
        QVERIFY2(ids, Test::why(ids));
        for (qsizetype r = 0; r < 40; ++r)
            QCOMPARE(inserted->keys.at(r).toLongLong(), ids->rows.at(r).at(0).toLongLong());
    }

    void batchesAreReused()
    {
        RowBatch batch(m_books, columns);
        QSet<qlonglong> keys;
        for (int start = 0; start < 300; start += 100) {
            for (int i = start; i < start + 100; ++i)
                batch.addRow(u"Book %1"_s.arg(i), 1.0 * i, i, QVariant()); // values given one by one
            QCOMPARE(batch.size(), 100);
            auto inserted = m_books.insertRows(batch, {.returning = Returning::KeysOnly});
            QVERIFY2(inserted, Test::why(inserted));
            QVERIFY(batch.isEmpty());
            QCOMPARE(batch.columns(), columns);
            for (const QVariant &key : std::as_const(inserted->keys))
                keys.insert(key.toLongLong());
        }
        QCOMPARE(count(), 300);
        QCOMPARE(keys.size(), 300);
        QCOMPARE(stored().at(299).at(0).toString(), u"Book 299"_s);
        QCOMPARE(stored().at(299).at(4).toString(), u"A1"_s); // the default, not carried by the rows
    }

    void callerTransactionRolledBack()
    {
        {
            auto t = Transaction::begin(m_db->database());
            QVERIFY2(t, Test::why(t));
            RowBatch first = batchOf(10);
            QVERIFY(m_books.insertRows(first, {.returning = Returning::KeysOnly}));
            RowBatch second = batchOf(10, 15, 10);
            auto failed = m_books.insertRows(second);
            QVERIFY(!failed);
            QCOMPARE(failed.error().items().first().row, 5);
            QCOMPARE(count(), 10); // the failed batch wrote nothing; the first one is still there, uncommitted
            QVERIFY(t->rollback());
        }
        QCOMPARE(count(), 0);
        // A database error (a unique conflict) in a batch: nothing of it is written.
        RowBatch duplicates(m_books, {u"id"_s, u"title"_s});
        duplicates.addRow(1, u"One"_s);
        duplicates.addRow(2, u"Two"_s);
        duplicates.addRow(1, u"One again"_s);
        auto conflicted = m_books.insertRows(duplicates);
        QVERIFY(!conflicted);
        QCOMPARE(conflicted.error().kind(), Error::Kind::UniqueConstraint);
        QCOMPARE(count(), 0);
    }

    void validateRowsAsInsertRows()
    {
        // Rows by attribute index, checked without writing: the refused rows' items (row and attribute), the
        // defaults filled in, a beforeValidate hook's change kept in the rows; then written as they are.
        m_books.addHook(HookEvent::BeforeValidate, [](HookContext &context) -> Status {
            return context.instance->set(u"note"_s, QString(context.instance->get(u"title"_s).toString() + u"!"_s));
        });
        QStringList names;
        for (const Attribute &a : m_books.definition().attributes())
            names << a.name;
        QList<QVariantList> rows;
        for (int i = 0; i < 5; ++i) {
            QVariantList row(names.size());
            const QVariantList values = input(i, 2);
            for (qsizetype c = 0; c < columns.size(); ++c)
                row[names.indexOf(columns.at(c))] = values.at(c);
            rows << row;
        }
        rows[3][names.indexOf(u"price"_s)] = -1.0;
        auto items = m_books.validateRows(rows);
        QVERIFY2(items, Test::why(items));
        QCOMPARE(items->size(), 2);
        QCOMPARE(items->at(0).row, 2);
        QCOMPARE(items->at(0).attribute, u"title"_s);
        QCOMPARE(items->at(1).row, 3);
        QCOMPARE(items->at(1).attribute, u"price"_s);
        QCOMPARE(count(), 0);
        QCOMPARE(rows.at(0).at(names.indexOf(u"note"_s)).toString(), u"Book 0!"_s);
        QCOMPARE(rows.at(0).at(names.indexOf(u"shelf"_s)).toString(), u"A1"_s);
        QVERIFY(!rows.at(0).at(names.indexOf(u"code"_s)).isNull());
        QVERIFY(rows.at(0).at(names.indexOf(u"id"_s)).isNull());

        RowBatch batch(m_books, names);
        for (int r : {0, 1, 4})
            batch.addRow(std::move(rows[r]));
        QVERIFY(rows.at(0).isEmpty()); // taken, not copied
        auto inserted = m_books.insertRows(batch, {.bulkCreate = {.validate = Validate::Skip}});
        QVERIFY2(inserted, Test::why(inserted));
        QCOMPARE(count(), 3);
        QCOMPARE(stored().at(2).at(0).toString(), u"Book 4"_s);
        QCOMPARE(stored().at(2).at(3).toString(), u"Book 4!"_s);

        QList<QVariantList> uneven = {QVariantList{u"Too short"_s}};
        auto refused = m_books.validateRows(uneven);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind(), Error::Kind::InvalidQuery);
    }

    void badBatchesAreRefused()
    {
        RowBatch unknown(m_books, {u"title"_s, u"colour"_s});
        unknown.addRow(u"A"_s, u"red"_s);
        QVERIFY(unknown.problem().contains(u"colour"_s));
        auto refused = m_books.insertRows(unknown);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind(), Error::Kind::InvalidQuery);

        RowBatch twice(m_books, {u"title"_s, u"title"_s});
        QVERIFY(!twice.problem().isEmpty());
        QVERIFY(!m_books.insertRows(twice));

        RowBatch shortRow(m_books, columns);
        shortRow.addRow(input(0));
        shortRow.addRow(u"Too short"_s, 1.0);
        QCOMPARE(shortRow.problem(), u"row 2 has 2 values for 4 columns"_s);
        auto uneven = m_books.insertRows(shortRow);
        QVERIFY(!uneven);
        QCOMPARE(uneven.error().kind(), Error::Kind::InvalidQuery);
        QCOMPARE(count(), 0);
        QVERIFY(shortRow.problem().isEmpty()); // the batch is fit again for the next rows
        shortRow.addRow(input(1));
        QVERIFY(m_books.insertRows(shortRow));
        QCOMPARE(count(), 1);

        auto other =
                Test::defineAndSync(m_db->database(), u"Other"_s, {{.name = u"title"_s, .type = DataType::string()}});
        RowBatch foreign(other, {u"title"_s});
        foreign.addRow(u"X"_s);
        QVERIFY(!m_books.insertRows(foreign));
    }
};

QTEST_GUILESS_MAIN(TestRowBatch)
#include "tst_rowbatch.moc"
