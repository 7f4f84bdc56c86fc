#include "testdatabase.h"

#include <orm/model.h>
#include <orm/transaction.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

using namespace Orm;
using namespace Qt::StringLiterals;

namespace {

// How long a call may take to report that the server is gone, or to work again once it is back.
constexpr qint64 failFastMs = 10000;

// The variables scripts/test.sh exports for the server it started, which this test stops and starts again.
const QStringList serverVariables = {u"CATALOGUE_PG_BIN"_s, u"CATALOGUE_PG_DATA"_s, u"CATALOGUE_PG_PORT"_s,
                                     u"CATALOGUE_TEST_PG_URL"_s};

} // namespace

// PostgreSQL goes away in the middle of a transaction and comes back: the call that finds it gone fails at once
// with a Connection error, nothing of the transaction survives, and the Database works again by itself once the
// server is back, with no transaction believed open that is not. Restarts the shared test server, hence RUN_SERIAL;
// the server is running again at the end whatever happens. The test server does not make commits durable
// (scripts/pg-test-server.sh): this test stops it in fast mode, which writes every commit out, and does not test
// what an immediate stop or a crash keeps.
class TestPgRestart : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestDatabase> m_db;
    Model m_entries;
    bool m_configured = false;

    // Runs pg_ctl on the test server (as $CATALOGUE_PG_RUNAS when set); empty on success, else what went wrong.
    QString pgCtl(const QString &action, qint64 *elapsedMs = nullptr)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setWorkingDirectory(u"/"_s); // the server's user may not be able to read ours
        // The paths come from the environment, never spliced into the command.
        const QString command =
                uR"(${CATALOGUE_PG_RUNAS:+runuser -u "$CATALOGUE_PG_RUNAS" --} "$CATALOGUE_PG_BIN/pg_ctl" )"
                uR"(-D "$CATALOGUE_PG_DATA" -w -t 30 )"_s
                + (action == u"start"          ? uR"(-l "$CATALOGUE_PG_DATA/server.log" start)"_s
                           : action == u"stop" ? u"stop -m fast"_s
                                               : action);
        QElapsedTimer clock;
        clock.start();
        process.start(u"bash"_s, {u"-c"_s, command});
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished(5000);
            return u"pg_ctl %1 did not end within 60 s"_s.arg(action);
        }
        if (elapsedMs)
            *elapsedMs = clock.elapsed();
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return u"pg_ctl %1 failed (exit %2): %3"_s.arg(action)
                    .arg(process.exitCode())
                    .arg(QString::fromLocal8Bit(process.readAll()).trimmed());
        return {};
    }

    bool isServerRunning() { return pgCtl(u"status"_s).isEmpty(); }

    // A detached shell that waits for this process to end, then starts the server if it is down: the server comes
    // back even when this test crashes or is killed (ctest's timeout) while it is stopped.
    QString startWatchdog()
    {
        const QString script = uR"(exec </dev/null >/dev/null 2>&1; cd /
while kill -0 "$0"; do sleep 0.2; done
[ -f "$CATALOGUE_PG_DATA/postgresql.conf" ] || exit 0
pg() { ${CATALOGUE_PG_RUNAS:+runuser -u "$CATALOGUE_PG_RUNAS" --} "$CATALOGUE_PG_BIN/pg_ctl" -D "$CATALOGUE_PG_DATA" "$@"; }
pg status || pg -l /dev/null -w -t 30 start)"_s;
        QProcess watchdog;
        watchdog.setProgram(u"bash"_s);
        watchdog.setArguments({u"-c"_s, script, QString::number(QCoreApplication::applicationPid())});
        watchdog.setStandardInputFile(QProcess::nullDevice());
        watchdog.setStandardOutputFile(QProcess::nullDevice());
        watchdog.setStandardErrorFile(QProcess::nullDevice());
        return watchdog.startDetached() ? QString() : u"cannot start the watchdog: "_s + watchdog.errorString();
    }

    // Starts the server unless it is running; empty on success.
    QString ensureServerRunning()
    {
        if (!m_configured || isServerRunning())
            return {};
        return pgCtl(u"start"_s);
    }

    qint64 count(const Where &where = {})
    {
        auto n = m_entries.count({.where = where});
        return n ? *n : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStringList missing;
        for (const QString &name : serverVariables) {
            if (qEnvironmentVariableIsEmpty(qPrintable(name)))
                missing << name;
        }
        if (!missing.isEmpty()) {
            const QByteArray why = "this test stops and restarts the PostgreSQL server that scripts/test.sh starts, "
                                   "and needs the variables it exports; missing: "
                    + missing.join(u", "_s).toUtf8();
            if (Test::isCi())
                QFAIL(why.constData());
            QSKIP(why.constData());
        }
        m_configured = true;
        const QString watching = startWatchdog();
        QVERIFY2(watching.isEmpty(), qPrintable(watching));
        const QString started = ensureServerRunning();
        QVERIFY2(started.isEmpty(), qPrintable(started));
    }

    void init()
    {
        const QString started = ensureServerRunning(); // whatever an earlier failure left
        QVERIFY2(started.isEmpty(), qPrintable(started));
        m_db = std::make_unique<Test::TestDatabase>(u"postgres"_s);
        QVERIFY2(m_db->error().isEmpty(), qPrintable(m_db->error()));
        auto entries = m_db->database().define(
                u"Entry"_s, {{.name = u"name"_s, .type = DataType::string(), .allowNull = false, .unique = true}},
                {.tableName = u"Entries"_s});
        QVERIFY2(entries, Test::why(entries));
        m_entries = *entries;
        QVERIFY(m_entries.sync(SyncMode::Force));
        for (int n = 1; n <= 3; ++n)
            QVERIFY(m_entries.create({{u"name"_s, u"kept %1"_s.arg(n)}}));
    }

    void cleanup()
    {
        const QString started = ensureServerRunning(); // before the test database is dropped
        m_entries = Model();
        m_db.reset();
        QVERIFY2(started.isEmpty(), qPrintable(started));
    }

    void cleanupTestCase()
    {
        const QString started = ensureServerRunning();
        QVERIFY2(started.isEmpty(), qPrintable(started));
    }

    // The server stops with rows of an open transaction written but not committed; then the caller ends the
    // transaction one way or another, before or after the server is back.
    void serverStopsInTransaction_data()
    {
        QTest::addColumn<QString>("ending");
        QTest::newRow("managed transaction") << u"managed"_s;
        QTest::newRow("commit while the server is down") << u"commit while down"_s;
        QTest::newRow("commit once the server is back") << u"commit"_s;
        QTest::newRow("rollback once the server is back") << u"rollback"_s;
        QTest::newRow("more writes once the server is back, then rollback") << u"write"_s;
        QTest::newRow("transaction dropped once the server is back") << u"drop"_s;
    }

    void serverStopsInTransaction()
    {
        QFETCH(QString, ending);
        Database db = m_db->database();
        const auto writeLost = [&]() -> Status {
            for (int n = 1; n <= 5; ++n) {
                if (auto r = m_entries.create({{u"name"_s, u"lost %1"_s.arg(n)}}); !r)
                    return std::unexpected(r.error());
            }
            return {};
        };
        qint64 stopMs = 0;
        qint64 failMs = 0;
        QString stopped;
        Error failure;
        // Stops the server, then makes the call that finds it gone.
        const auto stopAndCall = [&]() -> Status {
            stopped = pgCtl(u"stop"_s, &stopMs);
            if (!stopped.isEmpty())
                return fail(Error::Kind::Database, stopped);
            QElapsedTimer clock;
            clock.start();
            auto r = m_entries.create({{u"name"_s, u"after the stop"_s}});
            failMs = clock.elapsed();
            if (r)
                return fail(Error::Kind::Database, u"a create succeeded while the server was down"_s);
            failure = r.error();
            return std::unexpected(r.error());
        };

        std::optional<Transaction> open;
        if (ending == u"managed") {
            QElapsedTimer clock;
            clock.start();
            auto result = transaction(db, [&]() -> Status {
                if (auto r = writeLost(); !r)
                    return r;
                return stopAndCall();
            });
            const qint64 managedMs = clock.elapsed() - stopMs;
            QVERIFY2(stopped.isEmpty(), qPrintable(stopped));
            QVERIFY(!result);
            QCOMPARE(result.error().kind(), Error::Kind::Connection);
            QVERIFY2(managedMs < failFastMs, qPrintable(u"transaction() took %1 ms to give up"_s.arg(managedMs)));
        } else {
            auto begun = Transaction::begin(db);
            QVERIFY2(begun, Test::why(begun));
            open = std::move(*begun);
            auto written = writeLost();
            QVERIFY2(written, Test::why(written));
            QVERIFY(!stopAndCall());
            QVERIFY2(stopped.isEmpty(), qPrintable(stopped));
        }
        qInfo("%s: the server stopped in %lld ms; the next call failed after %lld ms: %s", QTest::currentDataTag(),
              stopMs, failMs, qPrintable(failure.toString()));
        QCOMPARE(failure.kind(), Error::Kind::Connection);
        QVERIFY2(failure.message().contains(u"connect"_s, Qt::CaseInsensitive), qPrintable(failure.message()));
        QVERIFY2(failMs < failFastMs, qPrintable(u"the call took %1 ms to fail"_s.arg(failMs)));

        // While the server is down, every call fails fast with a Connection error.
        QElapsedTimer clock;
        clock.start();
        auto down = m_entries.count();
        const qint64 downMs = clock.elapsed();
        QVERIFY(!down);
        QCOMPARE(down.error().kind(), Error::Kind::Connection);
        QVERIFY2(downMs < failFastMs, qPrintable(u"count() took %1 ms to fail"_s.arg(downMs)));
        if (ending == u"commit while down") {
            auto committed = open->commit();
            QVERIFY(!committed);
            QCOMPARE(committed.error().kind(), Error::Kind::Connection);
        }

        qint64 startMs = 0;
        const QString started = pgCtl(u"start"_s, &startMs);
        QVERIFY2(started.isEmpty(), qPrintable(started));

        if (ending == u"commit") {
            // The transaction died with its connection: committing it cannot succeed.
            auto committed = open->commit();
            QVERIFY2(!committed, "commit() of a transaction lost with its connection reported success");
            QCOMPARE(committed.error().kind(), Error::Kind::Connection);
        } else if (ending == u"rollback") {
            (void)open->rollback(); // nothing is left to undo; success or an error are both fair
            QVERIFY(open->isFinished());
        } else if (ending == u"write") {
            // Writes the caller believes part of its transaction must not land outside of it.
            auto ghost = m_entries.create({{u"name"_s, u"ghost"_s}});
            (void)open->rollback();
            QVERIFY2(count(col(u"name"_s) == u"ghost"_s) == 0,
                     ghost ? "a write made in the lost transaction was committed on its own and survived its rollback"
                           : "a ghost row exists");
        } else if (ending == u"drop") {
            open.reset();
        }
        open.reset();

        // The first call after the restart works, on the same Database.
        clock.restart();
        auto kept = m_entries.findAll({.order = {asc(u"name"_s)}});
        const qint64 backMs = clock.elapsed();
        QVERIFY2(kept, Test::why(kept));
        QVERIFY2(backMs < failFastMs, qPrintable(u"the first call after the restart took %1 ms"_s.arg(backMs)));
        qInfo("%s: the server started in %lld ms; the first call after it took %lld ms", QTest::currentDataTag(),
              startMs, backMs);
        QStringList names;
        for (const Instance &entry : std::as_const(*kept))
            names << entry.get(u"name"_s).toString();
        QCOMPARE(names, (QStringList{u"kept 1"_s, u"kept 2"_s, u"kept 3"_s})); // not one row of the lost transaction

        // No transaction is believed open any more: a new one is a real transaction, not a savepoint of a dead one.
        {
            auto again = Transaction::begin(db);
            QVERIFY2(again, Test::why(again));
            QVERIFY(!again->isNested());
            QVERIFY(m_entries.create({{u"name"_s, u"rolled back"_s}}));
            QVERIFY(again->rollback());
        }
        QCOMPARE(count(col(u"name"_s) == u"rolled back"_s), 0);
        auto managed = transaction(db, [&]() -> Status {
            auto r = m_entries.create({{u"name"_s, u"committed"_s}});
            if (!r)
                return std::unexpected(r.error());
            return {};
        });
        QVERIFY2(managed, Test::why(managed));
        QCOMPARE(count(), 4);
    }

    // A restart while the connection is idle (no transaction): the next calls find the server again by
    // themselves. The first may report the lost connection (the statement cannot be known not to have reached the
    // old server); the one after works.
    void idleConnectionComesBack()
    {
        qint64 stopMs = 0;
        qint64 startMs = 0;
        QString result = pgCtl(u"stop"_s, &stopMs);
        QVERIFY2(result.isEmpty(), qPrintable(result));
        result = pgCtl(u"start"_s, &startMs);
        QVERIFY2(result.isEmpty(), qPrintable(result));

        QElapsedTimer clock;
        clock.start();
        auto first = m_entries.count();
        const qint64 firstMs = clock.elapsed();
        QVERIFY2(first || first.error().kind() == Error::Kind::Connection, Test::why(first));
        QVERIFY2(firstMs < failFastMs, qPrintable(u"the first call took %1 ms"_s.arg(firstMs)));
        clock.restart();
        auto second = m_entries.count();
        const qint64 secondMs = clock.elapsed();
        QVERIFY2(second, Test::why(second));
        QCOMPARE(*second, 3);
        qInfo("idle restart: stop %lld ms, start %lld ms; first call %s after %lld ms, second call %lld ms", stopMs,
              startMs, first ? "succeeded" : "reported the lost connection", firstMs, secondMs);
        auto created = m_entries.create({{u"name"_s, u"after the restart"_s}});
        QVERIFY2(created, Test::why(created));
        QCOMPARE(count(), 4);
    }
};

QTEST_GUILESS_MAIN(TestPgRestart)
#include "tst_pgrestart.moc"
