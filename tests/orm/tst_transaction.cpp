#include "testdatabase.h"

#include <orm/model.h>
#include <orm/transaction.h>

#include <QTest>
#include <QThread>

#include <stdexcept>

using namespace Orm;
using namespace Qt::StringLiterals;

// Managed and unmanaged transactions, savepoints, CLS joining, isolation, locks, afterCommit and retries.
class TestTransaction : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestDatabase> m_db;
    Model m_items;

    qint64 count() { return m_items.count().value_or(-1); }
    Status add(const QString &name)
    {
        auto created = m_items.create({{u"name"_s, name}});
        if (!created)
            return std::unexpected(created.error());
        return {};
    }

private Q_SLOTS:
    void initTestCase_data() { Test::addDialectRows(); }

    void init()
    {
        TEST_OPEN_DATABASE(m_db);
        auto items = m_db->database().define(u"Item"_s,
                                             {{.name = u"name"_s, .type = DataType::string(), .unique = true},
                                              {.name = u"n"_s, .type = DataType::integer(), .defaultValue = 0}});
        QVERIFY2(items, Test::why(items));
        m_items = *items;
        QVERIFY(m_items.sync(SyncMode::Force));
    }

    void cleanup()
    {
        m_items = Model();
        m_db.reset();
    }

    void managedCommitsAndRollsBack()
    {
        auto ok = transaction(m_db->database(), [&]() -> Status {
            if (auto r = add(u"a"_s); !r)
                return r;
            return add(u"b"_s);
        });
        QVERIFY2(ok, Test::why(ok));
        QCOMPARE(count(), 2);
        auto failed = transaction(m_db->database(), [&]() -> Status {
            if (auto r = add(u"c"_s); !r)
                return r;
            return add(u"a"_s); // unique conflict
        });
        QVERIFY(!failed);
        QCOMPARE(failed.error().kind(), Error::Kind::UniqueConstraint);
        QCOMPARE(count(), 2); // "c" rolled back too
    }

    void managedRollsBackWhenWorkThrows()
    {
        auto thrown = transaction(m_db->database(), [&]() -> Status {
            (void)add(u"x"_s);
            throw std::runtime_error("boom");
        });
        QVERIFY(!thrown);
        QVERIFY(thrown.error().message().contains(u"boom"_s));
        QCOMPARE(count(), 0);
    }

    void unmanagedRollsBackWhenDestroyed()
    {
        {
            auto t = Transaction::begin(m_db->database());
            QVERIFY2(t, Test::why(t));
            QVERIFY(add(u"a"_s));
            QCOMPARE(count(), 1); // visible inside
        }
        QCOMPARE(count(), 0);
        auto t = Transaction::begin(m_db->database());
        QVERIFY(t);
        QVERIFY(add(u"b"_s));
        QVERIFY(t->commit());
        QVERIFY(t->isFinished());
        QVERIFY(!t->commit()); // twice is an error
        QCOMPARE(count(), 1);
    }

    void nestedSavepoints()
    {
        auto outer = Transaction::begin(m_db->database());
        QVERIFY(outer);
        QVERIFY(!outer->isNested());
        QVERIFY(add(u"outer"_s));
        {
            auto inner = Transaction::begin(m_db->database());
            QVERIFY(inner);
            QVERIFY(inner->isNested());
            QVERIFY(add(u"inner"_s));
            {
                auto innermost = Transaction::begin(m_db->database());
                QVERIFY(innermost);
                QVERIFY(add(u"innermost"_s));
                QVERIFY(innermost->rollback()); // undoes only "innermost"
            }
            QCOMPARE(count(), 2);
            QVERIFY(inner->commit());
        }
        {
            auto discarded = Transaction::begin(m_db->database());
            QVERIFY(add(u"discarded"_s));
        } // destroyed: back to its savepoint
        QCOMPARE(count(), 2);
        QVERIFY(outer->rollback()); // the inner commit was only a release: everything goes
        QCOMPARE(count(), 0);
    }

    void failureInsideNestedManagedKeepsOuter()
    {
        auto ok = transaction(m_db->database(), [&]() -> Status {
            if (auto r = add(u"kept"_s); !r)
                return r;
            auto inner = transaction(m_db->database(), [&]() -> Status { return add(u"kept"_s); }); // conflict
            if (inner || inner.error().kind() != Error::Kind::UniqueConstraint)
                return fail(Error::Kind::Database, u"the inner transaction should have failed"_s);
            return add(u"after"_s); // the outer transaction is still usable (PostgreSQL too)
        });
        QVERIFY2(ok, Test::why(ok));
        QCOMPARE(count(), 2);
    }

    void ormOperationsJoinTheThreadsTransaction()
    {
        // bulkCreate and findOrCreate use their own savepoints inside the caller's transaction.
        auto t = Transaction::begin(m_db->database());
        QVERIFY(t);
        QVERIFY(m_items.bulkCreate({{{u"name"_s, u"p"_s}}, {{u"name"_s, u"q"_s}}}));
        QVERIFY(m_items.findOrCreate({.where = col(u"name"_s) == u"r"_s}));
        QVERIFY(m_items.update({{u"n"_s, 5}}, {.where = col(u"name"_s) == u"p"_s}));
        QCOMPARE(count(), 3);
        QVERIFY(t->rollback());
        QCOMPARE(count(), 0);
    }

    void otherConnectionsDoNotSeeUncommittedRows()
    {
        auto other = Database::open(m_db->url());
        QVERIFY2(other, Test::why(other));
        auto otherItems = other->define(u"Item"_s, m_items.definition().attributes(), m_items.definition().options());
        QVERIFY(otherItems);
        auto t = Transaction::begin(m_db->database());
        QVERIFY(t);
        QVERIFY(add(u"hidden"_s));
        QCOMPARE(otherItems->count().value_or(-1), 0);
        QVERIFY(t->commit());
        QCOMPARE(otherItems->count().value_or(-1), 1);
    }

    void afterCommitRunsOnlyOnOutermostCommit()
    {
        QStringList ran;
        auto t = Transaction::begin(m_db->database());
        Transaction::afterCommit(m_db->database(), [&] { ran << u"outer"_s; });
        {
            auto inner = Transaction::begin(m_db->database());
            Transaction::afterCommit(m_db->database(), [&] { ran << u"inner-committed"_s; });
            QVERIFY(inner->commit());
        }
        {
            auto inner = Transaction::begin(m_db->database());
            Transaction::afterCommit(m_db->database(), [&] { ran << u"inner-rolled-back"_s; });
            QVERIFY(inner->rollback());
        }
        QVERIFY(ran.isEmpty());
        QVERIFY(t->commit());
        QCOMPARE(ran, (QStringList{u"outer"_s, u"inner-committed"_s}));

        ran.clear();
        {
            auto dropped = Transaction::begin(m_db->database());
            Transaction::afterCommit(m_db->database(), [&] { ran << u"never"_s; });
        }
        Transaction::afterCommit(m_db->database(), [&] { ran << u"now"_s; }); // no transaction: at once
        QCOMPARE(ran, QStringList{u"now"_s});
    }

    void isolationLevels_data()
    {
        QTest::addColumn<int>("level");
        QTest::newRow("read committed") << int(IsolationLevel::ReadCommitted);
        QTest::newRow("repeatable read") << int(IsolationLevel::RepeatableRead);
        QTest::newRow("serializable") << int(IsolationLevel::Serializable);
    }

    void isolationLevels()
    {
        QFETCH_GLOBAL(QString, dialect);
        QFETCH(int, level);
        auto t = Transaction::begin(m_db->database(), {.isolation = IsolationLevel(level)});
        QVERIFY2(t, Test::why(t));
        if (dialect == u"postgres") {
            auto shown = m_db->database().query(u"SHOW transaction_isolation"_s);
            QVERIFY(shown);
            const QString expected = level == int(IsolationLevel::ReadCommitted) ? u"read committed"_s
                    : level == int(IsolationLevel::RepeatableRead)               ? u"repeatable read"_s
                                                                                 : u"serializable"_s;
            QCOMPARE(shown->rows.value(0).value(0).toString(), expected);
        }
        QVERIFY(t->commit());
    }

    void repeatableReadSeesASnapshot()
    {
        QFETCH_GLOBAL(QString, dialect);
        QVERIFY(add(u"first"_s));
        auto other = Database::open(m_db->url());
        QVERIFY(other);
        auto t = Transaction::begin(m_db->database(),
                                    {.isolation = IsolationLevel::RepeatableRead, .sqliteLock = SqliteLock::Deferred});
        QVERIFY(t);
        QCOMPARE(count(), 1);
        QVERIFY(other->query(u"INSERT INTO \"Items\" (\"name\", \"n\", \"createdAt\", \"updatedAt\") "
                             u"VALUES ('second', 0, '2024-01-01', '2024-01-01')"_s));
        QCOMPARE(count(), 1); // both databases keep the snapshot of the first read
        QVERIFY(t->commit());
        QCOMPARE(count(), 2);
    }

    void rowLocksOnPostgres()
    {
        QFETCH_GLOBAL(QString, dialect);
        QVERIFY(add(u"locked"_s));
        auto t = Transaction::begin(m_db->database());
        auto mine = m_items.findOne({.where = col(u"name"_s) == u"locked"_s, .lock = Lock::Update});
        QVERIFY2(mine, Test::why(mine));
        QVERIFY(!mine->isNull());
        if (dialect == u"postgres") {
            // Another connection skips the locked row instead of waiting for it.
            auto other = Database::open(m_db->url());
            QVERIFY(other);
            auto otherItems =
                    other->define(u"Item"_s, m_items.definition().attributes(), m_items.definition().options());
            auto otherTx = Transaction::begin(*other);
            QVERIFY(otherTx);
            auto skipped = otherItems->findAll({.lock = Lock::UpdateSkipLocked});
            QVERIFY2(skipped, Test::why(skipped));
            QCOMPARE(skipped->size(), 0);
            QVERIFY(otherTx->commit());
        }
        QVERIFY(t->commit());
    }

    void retryOnBusy()
    {
        QFETCH_GLOBAL(QString, dialect);
        int attempts = 0;
        auto r = transaction(m_db->database(),
                             [&]() -> Status {
                                 ++attempts;
                                 if (attempts < 3)
                                     return fail(Error::Kind::Timeout, u"simulated serialization failure"_s);
                                 return add(u"third time"_s);
                             },
                             {.retries = 5, .backoff = std::chrono::milliseconds(1)});
        QVERIFY2(r, Test::why(r));
        QCOMPARE(attempts, 3);
        QCOMPARE(count(), 1);

        attempts = 0;
        auto gaveUp = transaction(m_db->database(),
                                  [&]() -> Status {
                                      ++attempts;
                                      (void)add(u"attempt %1"_s.arg(attempts));
                                      return fail(Error::Kind::Timeout, u"always busy"_s);
                                  },
                                  {.retries = 2, .backoff = std::chrono::milliseconds(1)});
        QVERIFY(!gaveUp);
        QCOMPARE(attempts, 3);
        QCOMPARE(gaveUp.error().kind(), Error::Kind::Timeout);
        QVERIFY(gaveUp.error().message().contains(u"3 attempts"_s));
        QCOMPARE(count(), 1); // none of the failed attempts left a row
    }

    void realSerializationFailureIsRetried()
    {
        QFETCH_GLOBAL(QString, dialect);
        if (dialect != u"postgres")
            return; // SQLite transactions are serial by construction: the busy case is covered by tst_errors
        QVERIFY(add(u"counter"_s));
        auto other = Database::open(m_db->url());
        QVERIFY(other);
        int attempts = 0;
        auto r = transaction(
                m_db->database(),
                [&]() -> Status {
                    ++attempts;
                    auto row = m_items.findOne({.where = col(u"name"_s) == u"counter"_s});
                    if (!row)
                        return std::unexpected(row.error());
                    if (attempts == 1) // a concurrent committed write after our snapshot: our update must fail
                        (void)other->query(u"UPDATE \"Items\" SET \"n\" = \"n\" + 100 WHERE \"name\" = 'counter'"_s);
                    Instance item = *row;
                    (void)item.set(u"n"_s, item.get(u"n"_s).toInt() + 1);
                    return item.save();
                },
                {.isolation = IsolationLevel::Serializable, .retries = 3, .backoff = std::chrono::milliseconds(5)});
        QVERIFY2(r, Test::why(r));
        QCOMPARE(attempts, 2);
        QCOMPARE(m_items.findOne({.where = col(u"name"_s) == u"counter"_s})->get(u"n"_s).toInt(), 101);
    }

    void sqliteImmediateWaitsForTheWriter()
    {
        QFETCH_GLOBAL(QString, dialect);
        if (dialect != u"sqlite")
            return; // BEGIN IMMEDIATE is SQLite's
        // A writer holds the lock for 300 ms in another thread; our transaction waits (busy timeout) instead of
        // failing at once as a deferred one that upgrades would.
        Database db = m_db->database();
        QThread *holder = QThread::create([url = m_db->url()] {
            auto other = Database::open(url);
            auto t = Transaction::begin(*other);
            (void)other->query(u"INSERT INTO \"Items\" (\"name\", \"n\", \"createdAt\", \"updatedAt\") "
                               u"VALUES ('held', 0, '2024-01-01', '2024-01-01')"_s);
            QThread::msleep(300);
            (void)t->commit();
        });
        holder->start();
        QThread::msleep(50);
        auto r = transaction(db, [&]() -> Status { return add(u"waited"_s); });
        holder->wait();
        delete holder;
        QVERIFY2(r, Test::why(r));
        QCOMPARE(count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
