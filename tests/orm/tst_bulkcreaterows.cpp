#include "fastpaths.h"

// bulkCreate's rows: built through the keys of the row before, validated as they are built (rules and hooks on
// the calling thread, failures with their row's number), in long batches too, their ints widened in place.
class TestBulkCreateRows : public FastPathsTest
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

    // --- bulkCreate's rows: keys resolved through the row before, validated as they are built ---

    void bulkCreateTakesRowsOfDifferentKeys()
    {
        // A hundred rows whose keys change from row to row; every third row's keys are texts of their own, so a
        // key is found by comparing texts, not by the identity of shared ones.
        Model items = defineItems();
        constexpr int count = 100;
        QList<QVariantMap> rows;
        for (int i = 0; i < count; ++i)
            rows << itemRow(i);
        QList<Instance> created;
        QList<Instance> stored;
        const QString problem = roundTripProblem(items, rows, u"id"_s, itemDifference, created, stored);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QSet<QString> refs;
        for (int i = 0; i < count; ++i) {
            QCOMPARE(stored.at(i).get(u"ref"_s).toString(), created.at(i).get(u"ref"_s).toString());
            refs.insert(stored.at(i).get(u"ref"_s).toString());
        }
        QCOMPARE(refs.size(), count); // a default generated for each row

        // build() makes instances the same way: a value given is a change, unless it is null; a default is none.
        for (int i = 0; i < count; ++i) {
            auto built = items.build(rows.at(i));
            QVERIFY2(built, Test::why(built));
            QVERIFY(built->isNewRecord());
            const QString diff = itemDifference(*built, i);
            QVERIFY2(diff.isEmpty(), qPrintable(u"built row %1: %2"_s.arg(i).arg(diff)));
            QStringList changed;
            for (auto it = rows.at(i).cbegin(); it != rows.at(i).cend(); ++it) {
                if (it.value().isValid())
                    changed << (it.key() == u"label_text"_s ? u"label"_s : it.key());
            }
            changed.sort();
            QStringList found = built->changedAttributes();
            found.sort();
            QVERIFY2(found == changed,
                     qPrintable(u"row %1: changed %2 instead of %3"_s.arg(i).arg(found.join(u", "_s),
                                                                                 changed.join(u", "_s))));
            for (const QString &attribute : {u"price"_s, u"stock"_s, u"label"_s, u"notes"_s, u"ref"_s})
                QCOMPARE(built->changed(attribute), changed.contains(attribute));
        }
    }

    void bulkCreateRefusesAnUnknownKeyInALateRow()
    {
        // A key that is no attribute, in a row after many alike, refuses the whole batch with its row's number
        // before anything is written. The cases share one database.
        enum class Keys {
            Shared, // the same texts in every row
            Fresh, // every key a text of its own, equal to the row before's
            Prefixed, // "stock" is the first five units of the text of "stocks" (QString::fromRawData)
        };
        struct Case
        {
            QString what;
            int row; // counted from 1, as the error does
            QString key;
            Keys keys;
            bool added; // a key more, rather than in the place of "stock"
        };
        const QList<Case> cases{
                {u"in the place of a key of its length"_s, 70, u"stuck"_s, Keys::Shared, false},
                {u"in the place of a key of its length, keys of their own"_s, 70, u"stuck"_s, Keys::Fresh, false},
                {u"in the place of a shorter key"_s, 70, u"stocks"_s, Keys::Shared, false},
                {u"in the place of a key that starts its text"_s, 70, u"stocks"_s, Keys::Prefixed, false},
                {u"a column's name, of another model"_s, 70, u"label_text"_s, Keys::Fresh, false},
                {u"a key more"_s, 70, u"zzz"_s, Keys::Shared, true},
                {u"a key more, keys of their own"_s, 70, u"zzz"_s, Keys::Fresh, true},
                {u"in the last row"_s, 100, u"stuck"_s, Keys::Shared, false},
                {u"in the first row"_s, 1, u"stuck"_s, Keys::Shared, false},
        };
        static constexpr char16_t stocks[] = u"stocks";
        Model books = define(u"Shelved"_s,
                             {{.name = u"title"_s, .type = DataType::string()},
                              {.name = u"price"_s, .type = DataType::floating()},
                              {.name = u"stock"_s, .type = DataType::integer()}},
                             {.tableName = u"Shelved"_s, .timestamps = false});
        for (qsizetype k = 0; k < cases.size(); ++k) {
            const Case &c = cases.at(k);
            const QString where = u"'%1' in row %2, %3"_s.arg(c.key).arg(c.row).arg(c.what);
            const auto name = [&](const QString &text) {
                if (c.keys == Keys::Fresh)
                    return QString::fromUtf8(text.toUtf8());
                if (c.keys == Keys::Prefixed && QStringView(stocks).startsWith(text))
                    return QString::fromRawData(reinterpret_cast<const QChar *>(stocks), text.size());
                return text;
            };
            QList<QVariantMap> rows;
            for (int r = 1; r <= 100; ++r) {
                QVariantMap values{{name(u"title"_s), u"book %1 %2"_s.arg(k).arg(r)}, {name(u"price"_s), r * 0.5}};
                if (r != c.row || c.added)
                    values.insert(name(u"stock"_s), r);
                if (r == c.row)
                    values.insert(name(c.key), r);
                rows << values;
            }
            const qint64 before = *books.count();
            m_statements.clear();
            auto created = books.bulkCreate(rows);
            QVERIFY2(!created, qPrintable(where));
            QVERIFY2(created.error().kind() == Error::Kind::InvalidQuery,
                     qPrintable(where + u": "_s + created.error().toString()));
            QVERIFY2(created.error().message().startsWith(u"row %1: "_s.arg(c.row)),
                     qPrintable(where + u": "_s + created.error().message()));
            QVERIFY2(created.error().message().contains(u"'%1'"_s.arg(c.key)),
                     qPrintable(where + u": "_s + created.error().message()));
            QCOMPARE(*books.count(), before);
            QVERIFY2(insertsInto(u"Shelved"_s).isEmpty(), qPrintable(where));

            // Without the unknown key, the same rows are stored.
            rows[c.row - 1].remove(name(c.key));
            rows[c.row - 1].insert(u"stock"_s, c.row);
            auto fixed = books.bulkCreate(rows);
            QVERIFY2(fixed, qPrintable(where + u": "_s + QString::fromUtf8(Test::why(fixed))));
            QCOMPARE(*books.count(), before + 100);
            auto found = books.findOne({.where = col(u"title"_s) == u"book %1 %2"_s.arg(k).arg(c.row)});
            QVERIFY2(found, Test::why(found));
            QCOMPARE(found->get(u"stock"_s).toLongLong(), c.row);
            QCOMPARE(found->get(u"price"_s).toDouble(), c.row * 0.5);
        }
    }

    void bulkCreateValidatesEveryRow()
    {
        // Every row is validated once, after a beforeBulkCreate hook has seen them all (and changed some), or as
        // it is built when there is none; the failures of every row are reported with their rows, and nothing is
        // written. The cases share one database.
        struct Case
        {
            bool bulkHook; // beforeBulkCreate: it repairs row 2 and spoils row 3
            bool validateHook; // beforeValidate: the rows are validated through Instance::validate()
            bool global; // the hooks are the database's, not the model's
        };
        const QList<Case> cases{{false, false, false}, {false, true, false}, {true, false, false},
                                {true, true, false},   {true, true, true},   {false, true, true}};
        Model stock = defineStock();
        QStringList validated; // the titles beforeValidate saw, in order
        qsizetype bulkSaw = -1; // how many rows beforeBulkCreate saw
        qsizetype validatedBeforeBulk = -1; // how many rows beforeValidate had seen then
        const Hook beforeValidate = [&](HookContext &context) -> Status {
            validated << context.instance->get(u"title"_s).toString();
            return {};
        };
        const Hook beforeBulkCreate = [&](HookContext &context) -> Status {
            bulkSaw = context.instances->size();
            validatedBeforeBulk = validated.size();
            for (Instance &instance : *context.instances) {
                if (instance.get(u"title"_s).isNull() && instance.get(u"stock"_s).toInt() == 2)
                    (void)instance.set(u"title"_s, u"repaired"_s);
                if (instance.get(u"title"_s).toString() == u"t 3"_s)
                    (void)instance.set(u"stock"_s, -9);
            }
            return {};
        };
        for (const Case &c : cases) {
            const QString where = u"%1%2%3"_s.arg(c.bulkHook ? u"beforeBulkCreate "_s : QString(),
                                                  c.validateHook ? u"beforeValidate "_s : QString(),
                                                  c.global ? u"(global)"_s : u"(the model's)"_s);
            const auto addHook = [&](HookEvent event, const Hook &hook) {
                if (c.global)
                    db().addHook(event, hook, u"test"_s);
                else
                    stock.addHook(event, hook, u"test"_s);
            };
            if (c.validateHook)
                addHook(HookEvent::BeforeValidate, beforeValidate);
            if (c.bulkHook)
                addHook(HookEvent::BeforeBulkCreate, beforeBulkCreate);
            validated.clear();
            bulkSaw = validatedBeforeBulk = -1;
            const qint64 before = *stock.count();
            m_statements.clear();
            auto created = stock.bulkCreate(stockRows());
            QVERIFY2(!created, qPrintable(where));
            QVERIFY2(created.error().kind() == Error::Kind::Validation,
                     qPrintable(where + u": "_s + created.error().toString()));
            QStringList expected{u"5:stock:min"_s, u"6:stock:min"_s, u"8:title:notNull"_s, u"8:price:max"_s,
                                 u"11:price:max"_s};
            expected << (c.bulkHook ? u"3:stock:min"_s : u"2:title:notNull"_s);
            expected.sort();
            QVERIFY2(failures(created.error()) == expected,
                     qPrintable(where + u": "_s + failures(created.error()).join(u", "_s)));
            for (int row : {c.bulkHook ? 3 : 2, 5, 6, 8, 11})
                QVERIFY2(created.error().message().contains(u"row %1: "_s.arg(row + 1)),
                         qPrintable(where + u": "_s + created.error().message()));
            QCOMPARE(*stock.count(), before);
            QVERIFY2(insertsInto(u"Stocks"_s).isEmpty(), qPrintable(where));
            if (c.bulkHook) {
                QVERIFY2(bulkSaw == 12, qPrintable(where + u": beforeBulkCreate saw %1 rows"_s.arg(bulkSaw)));
                QVERIFY2(validatedBeforeBulk == 0,
                         qPrintable(where + u": %1 rows validated before beforeBulkCreate"_s.arg(validatedBeforeBulk)));
            }
            if (c.validateHook) {
                QStringList titles;
                for (const QVariantMap &row : stockRows())
                    titles << row.value(u"title"_s).toString();
                if (c.bulkHook)
                    titles[2] = u"repaired"_s;
                QVERIFY2(validated == titles, qPrintable(where + u": validated "_s + validated.join(u", "_s)));
            }

            // Valid rows go through the same hooks, and are stored.
            validated.clear();
            auto valid = stock.bulkCreate({{{u"title"_s, u"a"_s}, {u"stock"_s, 0}, {u"price"_s, 100}},
                                           {{u"title"_s, u"b"_s}, {u"stock"_s, qlonglong(5)}, {u"price"_s, -1.5}}});
            QVERIFY2(valid, qPrintable(where + u": "_s + QString::fromUtf8(Test::why(valid))));
            QCOMPARE(*stock.count(), before + 2);
            if (c.validateHook)
                QCOMPARE(validated, (QStringList{u"a"_s, u"b"_s}));
            if (c.bulkHook)
                QCOMPARE(bulkSaw, 2);
            for (HookEvent event : {HookEvent::BeforeValidate, HookEvent::BeforeBulkCreate}) {
                if (c.global)
                    db().removeHook(event, u"test"_s);
                else
                    stock.removeHook(event, u"test"_s);
            }
        }
    }

    void bulkCreateStopsAtAHookError()
    {
        // A beforeValidate hook that fails otherwise than by validation stops the batch at its row, even after a
        // row that failed validation; nothing is written. With or without a beforeBulkCreate hook.
        Model stock = defineStock();
        QStringList validated;
        stock.addHook(HookEvent::BeforeValidate, [&](HookContext &context) -> Status {
            const QString title = context.instance->get(u"title"_s).toString();
            validated << title;
            if (title == u"t 4"_s)
                return fail(Error::Kind::Database, u"no t 4 today"_s);
            return {};
        });
        for (const bool bulkHook : {false, true}) {
            if (bulkHook)
                stock.addHook(HookEvent::BeforeBulkCreate, [](HookContext &) -> Status { return {}; });
            validated.clear();
            m_statements.clear();
            auto created = stock.bulkCreate(stockRows()); // row 2 fails validation
            QVERIFY(!created);
            QCOMPARE(created.error().kind(), Error::Kind::Database);
            QCOMPARE(created.error().message(), u"no t 4 today"_s);
            QCOMPARE(validated, (QStringList{u"t 0"_s, u"t 1"_s, QString(), u"t 3"_s, u"t 4"_s}));
            QCOMPARE(*stock.count(), 0);
            QVERIFY(insertsInto(u"Stocks"_s).isEmpty());
        }
    }

    // --- bulkCreate's long batches: every row built, validated (hooks and rules on the calling thread) and
    // written, or none ---

    void bulkCreateStoresALongBatch()
    {
        // Every row of a long batch is stored with its own values, and the keys bulkCreate gives are the stored
        // ones: the rows read back in the order of their keys are the batch's, in its order. Keys that do not start
        // at 1: the table emptied, three rows stored, then destroyed. The cases share one database.
        struct Case
        {
            QString what;
            Model model;
            QString table;
            std::function<QVariantMap(int)> rowOf;
            std::function<QString(const Instance &, int)> difference;
            int count;
        };
        const QList<Case> cases{
                {u"books"_s, m_books, u"Books"_s, bookRow, bookDifference, longBatch},
                {u"items: keys that change from row to row, defaults"_s, defineItems(), u"Items"_s, itemRow,
                 itemDifference, longBatch},
                {u"events: values converted before they are bound"_s, defineEvents(), u"Events"_s, eventRow,
                 eventDifference, 2500},
                {u"books, 1,024 rows (32 whole batches)"_s, m_books, u"Books"_s, bookRow, bookDifference, 1024},
        };
        for (const Case &c : cases) {
            QVERIFY2(c.model.destroy({.where = col(u"id"_s) > 0}), qPrintable(c.what));
            QVERIFY2(c.model.bulkCreate({c.rowOf(c.count), c.rowOf(c.count + 1), c.rowOf(c.count + 2)}),
                     qPrintable(c.what));
            QVERIFY2(c.model.destroy({.where = col(u"id"_s) > 0}), qPrintable(c.what));
            m_statements.clear();

            QList<QVariantMap> rows;
            rows.reserve(c.count);
            for (int i = 0; i < c.count; ++i)
                rows << c.rowOf(i);
            QList<Instance> created;
            QList<Instance> stored;
            const QString problem = roundTripProblem(c.model, rows, u"id"_s, c.difference, created, stored);
            QVERIFY2(problem.isEmpty(), qPrintable(c.what + u": "_s + problem));
            QSet<qlonglong> keys;
            for (const Instance &row : std::as_const(created)) {
                QVERIFY2(!row.isNewRecord(), qPrintable(c.what));
                keys.insert(row.get(u"id"_s).toLongLong());
            }
            QVERIFY2(keys.size() == c.count, qPrintable(c.what + u": %1 keys"_s.arg(keys.size())));
            QVERIFY2(created.first().get(u"id"_s).toLongLong() > 3,
                     qPrintable(c.what + u": the first key is "_s + created.first().get(u"id"_s).toString()));
            if (onSqliteEngine()) { // the keys read as rowids, of multi-row INSERTs: the paths this test is about
                QVERIFY2(!multiRowInsertsInto(c.table).isEmpty(), qPrintable(c.what));
                for (const QString &sql : insertsInto(c.table))
                    QVERIFY2(!sql.contains(u"RETURNING"_s, Qt::CaseInsensitive), qPrintable(c.what + u": "_s + sql));
            }
        }
    }

    void bulkCreateRefusesAnUnknownKeyInALongBatch()
    {
        // A key that is no attribute, in row 3, 2,600 or 3,000 of 3,000, refuses the whole batch with its row's
        // number before anything is written, early or late in the batch. Only rows before it were validated, each
        // on the calling thread. The cases share one database.
        QThread *const here = QThread::currentThread();
        std::atomic<int> validated = 0;
        std::atomic<int> elsewhere = 0; // hooks run on another thread than the caller's
        m_books.addHook(HookEvent::BeforeValidate, [&](HookContext &) -> Status {
            ++validated;
            if (QThread::currentThread() != here)
                ++elsewhere;
            return {};
        });
        QList<QVariantMap> rows;
        rows.reserve(longBatch);
        for (int i = 0; i < longBatch; ++i)
            rows << bookRow(i);
        for (const int row : {3, 2600, longBatch}) { // counted from 1, as the error does
            const QString where = u"row %1"_s.arg(row);
            rows[row - 1].insert(u"stuck"_s, row);
            validated = 0;
            m_statements.clear();
            auto created = m_books.bulkCreate(rows);
            rows[row - 1].remove(u"stuck"_s);
            QVERIFY2(!created, qPrintable(where));
            QVERIFY2(created.error().kind() == Error::Kind::InvalidQuery,
                     qPrintable(where + u": "_s + created.error().toString()));
            QVERIFY2(created.error().message().startsWith(u"row %1: "_s.arg(row)),
                     qPrintable(where + u": "_s + created.error().message()));
            QVERIFY2(created.error().message().contains(u"'stuck'"_s),
                     qPrintable(where + u": "_s + created.error().message()));
            QVERIFY2(validated.load() <= row - 1, qPrintable(where + u": %1 rows validated"_s.arg(validated.load())));
            QCOMPARE(elsewhere.load(), 0);
            QCOMPARE(*m_books.count(), 0);
            QVERIFY2(insertsInto(u"Books"_s).isEmpty(), qPrintable(where));
        }

        // Without the unknown key, the same rows are stored, each under its key.
        validated = 0;
        auto fixed = m_books.bulkCreate(rows);
        QVERIFY2(fixed, Test::why(fixed));
        QCOMPARE(validated.load(), longBatch);
        QCOMPARE(elsewhere.load(), 0);
        const QString problem = storedInOrderProblem(m_books, *fixed, bookDifference);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void bulkCreateValidatesEveryRowOfALongBatch()
    {
        // Rows 2 (early), 2,700 and 2,999 (late) of a long batch fail validation: every failure is reported with
        // its row, each rule ran once per row, in order, on the calling thread, and nothing is written. Validated
        // as the rows are built, through beforeValidate, or once a beforeBulkCreate hook has seen them all; the
        // cases share one database. Repaired, the same rows are stored.
        struct Case
        {
            QString what;
            bool validateHook; // beforeValidate: the rows are validated through Instance::validate()
            bool bulkHook; // beforeBulkCreate: the rows are all built before any is validated
        };
        const QList<Case> cases{{u"validated as they are built"_s, false, false},
                                {u"validated through beforeValidate"_s, true, false},
                                {u"validated after beforeBulkCreate"_s, false, true}};
        QThread *const here = QThread::currentThread();
        std::atomic<int> checked = 0; // the custom rule's calls
        std::atomic<int> elsewhere = 0; // rules and hooks run on another thread than the caller's
        QMutex mutex;
        QStringList validated; // the titles beforeValidate saw, in order; under mutex
        int bulkSaw = -1; // how many rows beforeBulkCreate saw; under mutex
        int checkedBeforeBulk = -1; // how many rows the custom rule had checked then; under mutex
        Model stock = define(u"Checked"_s,
                             {{.name = u"title"_s,
                               .type = DataType::string(),
                               .allowNull = false,
                               .validate = {Validator::custom(u"seen"_s,
                                                              [&](const QVariant &, const Instance &) {
                                                                  ++checked;
                                                                  if (QThread::currentThread() != here)
                                                                      ++elsewhere;
                                                                  return QString();
                                                              })}},
                              {.name = u"stock"_s, .type = DataType::integer(), .validate = {Validator::min(0)}},
                              {.name = u"price"_s, .type = DataType::floating(), .validate = {Validator::max(100)}}},
                             {.tableName = u"Checked"_s, .timestamps = false});
        const Hook beforeValidate = [&](HookContext &context) -> Status {
            const QMutexLocker lock(&mutex);
            validated << context.instance->get(u"title"_s).toString();
            if (QThread::currentThread() != here)
                ++elsewhere;
            return {};
        };
        const Hook beforeBulkCreate = [&](HookContext &context) -> Status {
            const QMutexLocker lock(&mutex);
            bulkSaw = int(context.instances->size());
            checkedBeforeBulk = checked.load();
            return {};
        };
        QList<QVariantMap> rows = longStockRows(longBatch);
        rows[2][u"title"_s] = QVariant();
        rows[2700][u"stock"_s] = -1;
        rows[2999][u"price"_s] = 150.5;
        QStringList titles;
        for (const QVariantMap &row : std::as_const(rows))
            titles << row.value(u"title"_s).toString();
        QStringList expected{u"2:title:notNull"_s, u"2700:stock:min"_s, u"2999:price:max"_s};
        expected.sort();
        for (const Case &c : cases) {
            if (c.validateHook)
                stock.addHook(HookEvent::BeforeValidate, beforeValidate, u"test"_s);
            if (c.bulkHook)
                stock.addHook(HookEvent::BeforeBulkCreate, beforeBulkCreate, u"test"_s);
            checked = 0;
            {
                const QMutexLocker lock(&mutex);
                validated.clear();
                bulkSaw = checkedBeforeBulk = -1;
            }
            m_statements.clear();
            auto created = stock.bulkCreate(rows);
            QVERIFY2(!created, qPrintable(c.what));
            QVERIFY2(created.error().kind() == Error::Kind::Validation,
                     qPrintable(c.what + u": "_s + created.error().toString()));
            QVERIFY2(failures(created.error()) == expected,
                     qPrintable(c.what + u": "_s + failures(created.error()).join(u", "_s)));
            for (int row : {2, 2700, 2999})
                QVERIFY2(created.error().message().contains(u"row %1: "_s.arg(row + 1)),
                         qPrintable(c.what + u": "_s + created.error().message()));
            QVERIFY2(checked.load() == longBatch - 1, // not for the null title
                     qPrintable(c.what + u": the rule checked %1 rows"_s.arg(checked.load())));
            QCOMPARE(elsewhere.load(), 0);
            QCOMPARE(*stock.count(), 0);
            QVERIFY2(insertsInto(u"Checked"_s).isEmpty(), qPrintable(c.what));
            {
                const QMutexLocker lock(&mutex);
                if (c.validateHook)
                    QVERIFY2(validated == titles, qPrintable(c.what + u": validated %1 rows"_s.arg(validated.size())));
                if (c.bulkHook) {
                    QCOMPARE(bulkSaw, longBatch);
                    QCOMPARE(checkedBeforeBulk, 0);
                }
            }
            for (HookEvent event : {HookEvent::BeforeValidate, HookEvent::BeforeBulkCreate})
                stock.removeHook(event, u"test"_s);
        }

        // Repaired, the rows are stored.
        rows[2][u"title"_s] = u"t 2"_s;
        rows[2700][u"stock"_s] = 2700;
        rows[2999][u"price"_s] = 99.0;
        checked = 0;
        auto stored = stock.bulkCreate(rows);
        QVERIFY2(stored, Test::why(stored));
        QCOMPARE(checked.load(), longBatch);
        QCOMPARE(elsewhere.load(), 0);
        const QString problem = storedInOrderProblem(stock, *stored, stockDifference);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void bulkCreateStopsAtAHookErrorInALongBatch()
    {
        // A beforeValidate hook that fails otherwise than by validation, at the 1,500th row of 3,000 (after row 5
        // failed validation): the batch stops there with the hook's error; the hook saw the rows up to it only, in
        // order, on the calling thread; nothing is written. With or without a beforeBulkCreate hook. The connection
        // goes on: the next batch is stored.
        Model stock = defineStock();
        QThread *const here = QThread::currentThread();
        QMutex mutex;
        QStringList validated; // under mutex
        int elsewhere = 0; // hooks run on another thread than the caller's; under mutex
        bool failing = true; // under mutex
        stock.addHook(HookEvent::BeforeValidate, [&](HookContext &context) -> Status {
            const QMutexLocker lock(&mutex);
            const QString title = context.instance->get(u"title"_s).toString();
            validated << title;
            if (QThread::currentThread() != here)
                ++elsewhere;
            if (failing && title == u"t 1499"_s)
                return fail(Error::Kind::Database, u"no t 1499 today"_s);
            return {};
        });
        QList<QVariantMap> rows = longStockRows(longBatch);
        rows[5][u"stock"_s] = -1;
        for (const bool bulkHook : {false, true}) {
            if (bulkHook)
                stock.addHook(HookEvent::BeforeBulkCreate, [](HookContext &) -> Status { return {}; });
            {
                const QMutexLocker lock(&mutex);
                validated.clear();
            }
            m_statements.clear();
            auto created = stock.bulkCreate(rows);
            const QString where = bulkHook ? u"with beforeBulkCreate"_s : u"without beforeBulkCreate"_s;
            QVERIFY2(!created, qPrintable(where));
            QVERIFY2(created.error().kind() == Error::Kind::Database,
                     qPrintable(where + u": "_s + created.error().toString()));
            QCOMPARE(created.error().message(), u"no t 1499 today"_s);
            {
                const QMutexLocker lock(&mutex);
                QCOMPARE(validated.size(), 1500);
                for (int i = 0; i < validated.size(); ++i)
                    QCOMPARE(validated.at(i), u"t %1"_s.arg(i));
                QCOMPARE(elsewhere, 0);
            }
            QCOMPARE(*stock.count(), 0);
            QVERIFY(insertsInto(u"Stocks"_s).isEmpty());
        }

        // The same rows, the hook letting them through and row 5 repaired, are stored.
        {
            const QMutexLocker lock(&mutex);
            failing = false;
            validated.clear();
        }
        rows[5][u"stock"_s] = 5;
        auto stored = stock.bulkCreate(rows);
        QVERIFY2(stored, Test::why(stored));
        const QString problem = storedInOrderProblem(stock, *stored, stockDifference);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QMutexLocker lock(&mutex);
        QCOMPARE(validated.size(), longBatch);
        QCOMPARE(elsewhere, 0);
    }

    void bulkCreateRollsBackALongBatchAtAConstraint()
    {
        // A row of a long batch that breaks a unique constraint, in the second batch or in the rows after the last
        // batch: the batch is refused, and nothing of it stays. The next batch is stored.
        QList<QVariantMap> rows;
        rows.reserve(longBatch);
        for (int i = 0; i < longBatch; ++i)
            rows << bookRow(i);
        for (const int row : {40, 2990}) {
            rows[row][u"title"_s] = u"Book 10"_s;
            auto created = m_books.bulkCreate(rows);
            rows[row][u"title"_s] = u"Book %1"_s.arg(row);
            const QString where = u"row %1"_s.arg(row);
            QVERIFY2(!created, qPrintable(where));
            QVERIFY2(created.error().kind() == Error::Kind::UniqueConstraint,
                     qPrintable(where + u": "_s + created.error().toString()));
            QCOMPARE(*m_books.count(), 0);
        }
        auto stored = m_books.bulkCreate(rows);
        QVERIFY2(stored, Test::why(stored));
        const QString problem = storedInOrderProblem(m_books, *stored, bookDifference);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void bulkCreateKeysStayRightWithATriggerInALongBatch()
    {
        // As bulkCreateKeysStayRightWithATrigger, with a long batch: SQLite's rows go one per statement, and each
        // gets its own key.
        constexpr int count = 2500;
        Model notes = defineNotes();
        const Status made = createEchoTrigger();
        QVERIFY2(made, Test::why(made));
        m_statements.clear();
        auto inserted = notes.bulkCreate(noteRows(u"note"_s, count));
        QVERIFY2(inserted, Test::why(inserted));
        QCOMPARE(inserted->size(), count);
        QCOMPARE(*notes.count(), 2 * count); // the trigger ran for every row
        auto stored = notes.findAll({.where = col(u"title"_s).startsWith(u"note "_s), .order = {asc(u"id"_s)}});
        QVERIFY2(stored, Test::why(stored));
        QCOMPARE(stored->size(), count);
        QSet<qlonglong> keys;
        for (int i = 0; i < count; ++i) {
            const QString where = u"row %1"_s.arg(i);
            QVERIFY2(inserted->at(i).get(u"title"_s).toString() == u"note %1"_s.arg(i), qPrintable(where));
            QVERIFY2(stored->at(i).get(u"title"_s).toString() == u"note %1"_s.arg(i), qPrintable(where));
            QVERIFY2(stored->at(i).get(u"n"_s).toLongLong() == i, qPrintable(where));
            QVERIFY2(inserted->at(i).get(u"id"_s).toLongLong() == stored->at(i).get(u"id"_s).toLongLong(),
                     qPrintable(where
                                + u": created as %1, stored as %2"_s.arg(inserted->at(i).get(u"id"_s).toString(),
                                                                         stored->at(i).get(u"id"_s).toString())));
            keys.insert(stored->at(i).get(u"id"_s).toLongLong());
        }
        QCOMPARE(keys.size(), count);
        QCOMPARE(*notes.count({.where = col(u"title"_s).startsWith(u"echo note "_s)}), count);
        if (isSqlite())
            QVERIFY2(multiRowInsertsInto(u"Notes"_s).isEmpty(),
                     qPrintable(multiRowInsertsInto(u"Notes"_s).join(u'\n')));
    }

    void bulkCreateWidensIntValues()
    {
        // Numbers given as int come back from bulkCreate() as what a find reads: qlonglong for an integer column,
        // double for a floating one.
        Model measures = define(u"Measure"_s,
                                {{.name = u"k"_s, .type = DataType::integer()},
                                 {.name = u"i"_s, .type = DataType::integer()},
                                 {.name = u"b"_s, .type = DataType::bigInt()},
                                 {.name = u"f"_s, .type = DataType::floating()},
                                 {.name = u"d"_s, .type = DataType::doublePrecision()},
                                 {.name = u"m"_s, .type = DataType::decimal(12, 2)},
                                 {.name = u"s"_s, .type = DataType::string()}},
                                {.tableName = u"Measures"_s, .timestamps = false});
        const QList<int> numbers{
                0, 1, -1, 42, 16777217, -123456789, std::numeric_limits<int>::max(), std::numeric_limits<int>::min()};
        const QStringList integral{u"k"_s, u"i"_s, u"b"_s};
        const QStringList floating{u"f"_s, u"d"_s, u"m"_s};
        QList<QVariantMap> rows;
        for (int number : numbers) {
            QVariantMap row{{u"k"_s, int(rows.size())}, {u"s"_s, number}};
            for (const QString &a : integral.mid(1) + floating)
                row.insert(a, number);
            rows << row;
        }
        // Values already in their stored form, and nulls, beside them.
        rows << QVariantMap{{u"k"_s, int(rows.size())},
                            {u"i"_s, qlonglong(5)},
                            {u"b"_s, qlonglong(1) << 40},
                            {u"f"_s, 0.5},
                            {u"d"_s, -2.25},
                            {u"m"_s, 3.0},
                            {u"s"_s, u"5"_s}};
        rows << QVariantMap{{u"k"_s, int(rows.size())}, {u"i"_s, QVariant()}, {u"f"_s, QVariant()}};
        // Typed null ints (their storage holds 0) are nulls, as create() takes them.
        const QVariant nullInt(QMetaType::fromType<int>());
        rows << QVariantMap{{u"k"_s, int(rows.size())}, {u"i"_s, nullInt}, {u"b"_s, nullInt}, {u"f"_s, nullInt},
                            {u"d"_s, nullInt},          {u"m"_s, nullInt}, {u"s"_s, nullInt}};
        auto created = measures.bulkCreate(rows);
        QVERIFY2(created, Test::why(created));
        QCOMPARE(created->size(), rows.size());
        auto found = measures.findAll({.order = {asc(u"k"_s)}});
        QVERIFY2(found, Test::why(found));
        QCOMPARE(found->size(), rows.size());
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const Instance &mine = created->at(r);
            const Instance &theirs = found->at(r);
            for (const QString &a : integral + floating + QStringList{u"s"_s}) {
                const QVariant given = rows.at(r).value(a);
                const QVariant value = mine.get(a);
                const QString where = u"row %1, %2 given %3"_s.arg(r).arg(a, QString::fromLatin1(given.typeName()));
                if (given.isNull()) {
                    QVERIFY2(!value.isValid() || value.isNull(), qPrintable(where));
                } else if (integral.contains(a)) {
                    QVERIFY2(value.typeId() == QMetaType::LongLong,
                             qPrintable(where + u": "_s + QString::fromLatin1(value.typeName())));
                    QCOMPARE(value.toLongLong(), given.toLongLong());
                } else if (floating.contains(a)) {
                    QVERIFY2(value.typeId() == QMetaType::Double,
                             qPrintable(where + u": "_s + QString::fromLatin1(value.typeName())));
                    QCOMPARE(value.toDouble(), given.toDouble());
                } else {
                    QVERIFY2(value.typeId() == QMetaType::QString,
                             qPrintable(where + u": "_s + QString::fromLatin1(value.typeName())));
                    QCOMPARE(value.toString(), given.toString());
                }
                QVERIFY2(theirs.get(a).typeId() == value.typeId(),
                         qPrintable(where + u": found as "_s + QString::fromLatin1(theirs.get(a).typeName())));
                QVERIFY2(theirs.get(a) == value, qPrintable(where));
            }
        }
    }

    void buildKeepsEachKindOfValueAsGiven()
    {
        // build() copies numbers by their bytes and texts by a reference: every other kind, and every null,
        // through QVariant. Each comes out as it went in: same type, same value, same nullness.
        Model notes = define(u"Note"_s,
                             {{.name = u"a"_s, .type = DataType::json()},
                              {.name = u"b"_s, .type = DataType::json()},
                              {.name = u"c"_s, .type = DataType::json()},
                              {.name = u"d"_s, .type = DataType::json()},
                              {.name = u"e"_s, .type = DataType::json()},
                              {.name = u"f"_s, .type = DataType::json()},
                              {.name = u"g"_s, .type = DataType::json()},
                              {.name = u"h"_s, .type = DataType::json()}},
                             {.tableName = u"Notes"_s, .timestamps = false});
        const QList<QVariant> kinds{true,
                                    -7,
                                    qlonglong(1) << 50,
                                    -0.125,
                                    u"a text"_s,
                                    QString(),
                                    QString(u""_s),
                                    QVariant(QMetaType::fromType<QString>()), // a typed null
                                    QVariant(QMetaType::fromType<int>()),
                                    QByteArray("\0bytes", 6),
                                    QStringList{u"x"_s, u"y"_s},
                                    QLineF(1, 2, 3, 4), // kept outside the QVariant (shared)
                                    QVariant(QMetaType::fromType<QLineF>()),
                                    QVariant()};
        for (qsizetype k = 0; k < kinds.size(); k += 8) {
            QVariantMap values;
            const QStringList names{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s, u"g"_s, u"h"_s};
            for (qsizetype n = 0; n < names.size() && k + n < kinds.size(); ++n)
                values.insert(names[n], kinds[k + n]);
            auto built = notes.build(values);
            QVERIFY2(built, Test::why(built));
            for (auto it = values.cbegin(); it != values.cend(); ++it) {
                const QVariant &given = it.value();
                const QVariant copy = built->get(it.key());
                const QString what = u"%1 (%2)"_s.arg(it.key(), QString::fromLatin1(given.typeName()));
                QVERIFY2(copy.typeId() == given.typeId(), qPrintable(what));
                QVERIFY2(copy.isNull() == given.isNull(), qPrintable(what));
                QVERIFY2(copy == given, qPrintable(what));
                QVERIFY2(built->changed(it.key()) == !given.isNull(), qPrintable(what));
            }
        }
        // The instance holds a reference of its own to a text: once the caller's map is gone, changing the
        // caller's text copies it, and leaves the instance's as it was.
        QString text = QString::fromUtf8("a text shared with the caller"); // on the heap, counted
        QVariantMap one{{u"a"_s, text}};
        auto built = notes.build(one);
        QVERIFY2(built, Test::why(built));
        one.clear();
        text[0] = u'A';
        QCOMPARE(built->get(u"a"_s).toString(), u"a text shared with the caller"_s);
    }
};

QTEST_GUILESS_MAIN(TestBulkCreateRows)
#include "tst_bulkcreaterows.moc"
