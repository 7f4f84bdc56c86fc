#include "testdatabase.h"

#include <orm/model.h>
#include <orm/transaction.h>

#include <QTest>

using namespace Orm;
using namespace Qt::StringLiterals;

// On PostgreSQL a bound statement stays prepared on its connection and is run again with one EXECUTE, instead of
// PREPARE, EXECUTE and DEALLOCATE each time; what would make a kept statement wrong drops it: a change of schema,
// a lost connection. Read from the server's pg_prepared_statements (this connection's named statements, each with
// the count of plans it ran: one a run).
class TestPreparedStatements : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestDatabase> m_db;
    Model m_entries;

    // This connection's prepared statements on Entries whose text contains the fragment, as "runs: statement".
    QStringList prepared(const QString &fragment)
    {
        // Without bindings: this statement is not prepared itself.
        auto rows = m_db->database().query(u"SELECT generic_plans + custom_plans, statement FROM "
                                           "pg_prepared_statements ORDER BY statement"_s);
        if (!rows)
            return {u"error: "_s + rows.error().message()};
        QStringList lines;
        for (const QVariantList &row : std::as_const(rows->rows)) {
            if (row.at(1).toString().contains(fragment) && row.at(1).toString().contains(u"\"Entries\""_s))
                lines << row.at(0).toString() + u": "_s + row.at(1).toString();
        }
        return lines;
    }

private Q_SLOTS:
    void init()
    {
        if (Test::postgresAdminUrl().isEmpty() && !Test::isCi())
            QSKIP("CATALOGUE_TEST_PG_URL is not set (scripts/test.sh starts a server; with CI=true this fails)");
        m_db = std::make_unique<Test::TestDatabase>(u"postgres"_s);
        QVERIFY2(m_db->error().isEmpty(), qPrintable(m_db->error()));
        auto entries = m_db->database().define(
                u"Entry"_s, {{.name = u"name"_s, .type = DataType::string(), .allowNull = false, .unique = true}},
                {.tableName = u"Entries"_s});
        QVERIFY2(entries, Test::why(entries));
        m_entries = *entries;
        QVERIFY(m_entries.sync(SyncMode::Force));
        QVERIFY(m_entries.create({{u"name"_s, u"first"_s}}));
    }

    void cleanup()
    {
        m_entries = Model();
        m_db.reset();
    }

    // N findByPk: one statement prepared, run N times (without the cache, none stays prepared).
    void findByPkIsPreparedOnce()
    {
        constexpr int runs = 20;
        for (int i = 0; i < runs; ++i) {
            auto found = m_entries.findByPk(1);
            QVERIFY2(found, Test::why(found));
            QCOMPARE(found->get(u"name"_s).toString(), u"first"_s);
        }
        const QStringList selects = prepared(u"SELECT"_s);
        QCOMPARE(selects.size(), 1);
        QVERIFY2(selects.first().startsWith(u"%1: "_s.arg(runs)), qPrintable(selects.join(u'\n')));
    }

    // After DDL, a statement whose result gained a column runs again, prepared anew (PostgreSQL refuses a kept
    // one: "cached plan must not change result type").
    void schemaChangeDropsStatements()
    {
        const QString select = u"SELECT * FROM \"Entries\" WHERE id = ?"_s;
        auto before = m_db->database().query(select, {1});
        QVERIFY2(before, Test::why(before));
        QCOMPARE(prepared(u"SELECT *"_s).size(), 1);
        QVERIFY(m_db->database().query(u"ALTER TABLE \"Entries\" ADD COLUMN extra integer"_s));
        QCOMPARE(prepared(u"SELECT *"_s), QStringList());
        auto after = m_db->database().query(select, {1});
        QVERIFY2(after, Test::why(after));
        QCOMPARE(after->columns.size(), before->columns.size() + 1);
    }

    // A kept statement that failed inside a transaction works once the transaction is rolled back.
    void failureInTransactionDoesNotPoisonTheStatement()
    {
        const QString insert =
                u"INSERT INTO \"Entries\" (name, \"createdAt\", \"updatedAt\") VALUES (?, now(), now())"_s;
        QVERIFY(m_db->database().query(insert, {u"second"_s}));
        auto failed = transaction(m_db->database(), [&]() -> Status {
            auto duplicate = m_db->database().query(insert, {u"second"_s});
            if (!duplicate)
                return std::unexpected(duplicate.error());
            return {};
        });
        QVERIFY(!failed);
        QCOMPARE(failed.error().kind(), Error::Kind::UniqueConstraint);
        auto third = m_db->database().query(insert, {u"third"_s});
        QVERIFY2(third, Test::why(third));
        auto count = m_db->database().query(u"SELECT count(*) FROM \"Entries\""_s);
        QVERIFY2(count, Test::why(count));
        QCOMPARE(count->rows.value(0).value(0).toInt(), 3);
    }

    // The server ends this connection: the next call reports it, the one after opens a new connection and
    // prepares its statements there again.
    void lostConnectionDropsStatements()
    {
        QVERIFY(m_entries.findByPk(1));
        auto pid = m_db->database().query(u"SELECT pg_backend_pid()"_s);
        QVERIFY2(pid, Test::why(pid));
        auto admin = Database::open(Test::postgresAdminUrl());
        QVERIFY2(admin, Test::why(admin));
        QVERIFY(admin->query(u"SELECT pg_terminate_backend(?)"_s, {pid->rows.value(0).value(0)}));
        admin->close();
        (void)m_entries.findByPk(1); // may find the connection gone
        auto found = m_entries.findByPk(1);
        QVERIFY2(found, Test::why(found));
        QCOMPARE(found->get(u"name"_s).toString(), u"first"_s);
    }
};

QTEST_GUILESS_MAIN(TestPreparedStatements)
#include "tst_preparedstatements.moc"
