#include "testdatabase.h"
#include "warningrecorder.h"

#include <orm/database.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSet>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <cstdio>
#include <memory>
#include <vector>

#include <unistd.h>

using namespace Orm;
using namespace Qt::StringLiterals;

namespace {

// Whether the rows that need the PostgreSQL test server are added: when it is configured, and always in CI (where a
// missing server then fails those rows instead of skipping them).
bool withPostgres()
{
    if (!Test::postgresAdminUrl().isEmpty() || Test::isCi())
        return true;
    static bool warned = false;
    if (!warned) {
        warned = true;
        qWarning("CATALOGUE_TEST_PG_URL is not set: the PostgreSQL rows of this test are NOT run "
                 "(scripts/test.sh starts a server; with CI=true this is a failure)");
    }
    return false;
}

// Fills in a URL template: %dir% (the test's temporary directory), and for PostgreSQL the test server's parts:
// %user%, %hostport% (host:port) and %database%.
QString resolve(QString url, const QString &dir)
{
    url.replace(u"%dir%"_s, dir);
    const QUrl admin(Test::postgresAdminUrl());
    url.replace(u"%user%"_s, admin.userName());
    url.replace(u"%hostport%"_s, admin.host() + u':' + QString::number(admin.port(5432)));
    url.replace(u"%database%"_s, admin.path().mid(1));
    return url;
}

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

// One value of a one-row, one-column statement, as text; the error message when it fails.
QString scalar(const Database &db, const QString &sql)
{
    auto rows = db.query(sql);
    if (!rows)
        return u"error: "_s + rows.error().message();
    return rows->rows.value(0).value(0).toString();
}

// The settings every SQLite connection must have, as "name=value" lines; LIKE is probed, since case_sensitive_like
// cannot be read back.
QStringList sqliteSettings(const Database &db)
{
    return {u"foreign_keys="_s + scalar(db, u"PRAGMA foreign_keys"_s),
            u"trusted_schema="_s + scalar(db, u"PRAGMA trusted_schema"_s),
            u"journal_mode="_s + scalar(db, u"PRAGMA journal_mode"_s).toLower(),
            u"busy_timeout="_s + scalar(db, u"PRAGMA busy_timeout"_s),
            u"'abc' LIKE 'ABC'="_s + scalar(db, u"SELECT 'abc' LIKE 'ABC'"_s),
            u"'abc' LIKE 'a%'="_s + scalar(db, u"SELECT 'abc' LIKE 'a%'"_s)};
}

// What one worker thread saw.
struct WorkerReport
{
    QString firstName;
    QString secondName;
    qint64 ownRows = -1;
    QString error;
};

} // namespace

// Opening databases from URLs, the failures that must be clear Connection errors, SQLite's connection settings and
// connections per thread.
class TestConnection : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void openSucceeds_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<Dialect::Kind>("dialect");
        QTest::addColumn<QString>("filePath"); // SQLite files: the file the URL names
        QTest::addColumn<QString>("displayUrl");

        QTest::newRow("sqlite: prefix") << u"sqlite:%dir%/prefixed.db"_s << Dialect::Kind::Sqlite
                                        << u"%dir%/prefixed.db"_s << u"sqlite:%dir%/prefixed.db"_s;
        QTest::newRow("bare path") << u"%dir%/bare.db"_s << Dialect::Kind::Sqlite << u"%dir%/bare.db"_s
                                   << u"sqlite:%dir%/bare.db"_s;
        QTest::newRow("sqlite:// with an absolute path") << u"sqlite://%dir%/slashes.db"_s << Dialect::Kind::Sqlite
                                                         << u"%dir%/slashes.db"_s << u"sqlite:%dir%/slashes.db"_s;
        QTest::newRow("in memory") << u"sqlite::memory:"_s << Dialect::Kind::Sqlite << QString()
                                   << u"sqlite::memory:"_s;
        if (withPostgres()) {
            QTest::newRow("postgres test server")
                    << u"postgres://%user%@%hostport%/%database%"_s << Dialect::Kind::Postgres << QString()
                    << u"postgres://%user%@%hostport%/%database%"_s;
            QTest::newRow("postgresql:// scheme")
                    << u"postgresql://%user%@%hostport%/%database%"_s << Dialect::Kind::Postgres << QString()
                    << u"postgres://%user%@%hostport%/%database%"_s;
            // The server trusts local connections: the password is parsed, passed on and ignored.
            QTest::newRow("password in the URL")
                    << u"postgres://%user%:s3cr%40t%20pw@%hostport%/%database%?sslmode=disable"_s
                    << Dialect::Kind::Postgres << QString() << u"postgres://%user%@%hostport%/%database%"_s;
        }
    }

    void openSucceeds()
    {
        QFETCH(QString, url);
        QFETCH(Dialect::Kind, dialect);
        QFETCH(QString, filePath);
        QFETCH(QString, displayUrl);
        if (dialect == Dialect::Kind::Postgres)
            QVERIFY2(!Test::postgresAdminUrl().isEmpty(),
                     "CATALOGUE_TEST_PG_URL is not set, and CI requires the PostgreSQL tests");
        url = resolve(url, m_dir.path());
        filePath = resolve(filePath, m_dir.path());
        displayUrl = resolve(displayUrl, m_dir.path());

        auto db = Database::open(url);
        QVERIFY2(db, Test::why(db));
        QVERIFY(db->isValid());
        QCOMPARE(db->dialect().kind(), dialect);
        QCOMPARE(db->filePath(), filePath);
        QCOMPARE(db->displayUrl(), displayUrl);
        QVERIFY(!db->displayUrl().contains(u"s3cr"_s));
        if (!filePath.isEmpty())
            QVERIFY(QFileInfo(filePath).isFile());

        // A temporary table: a round trip on every dialect without leaving anything in a shared database.
        QVERIFY(db->query(u"CREATE TEMPORARY TABLE probe (n INTEGER, t VARCHAR(20))"_s));
        QVERIFY(db->query(u"INSERT INTO probe (n, t) VALUES (?, ?)"_s, QVariantList{42, u"réponse"_s}));
        auto rows = db->query(u"SELECT n, t FROM probe"_s);
        QVERIFY2(rows, Test::why(rows));
        QCOMPARE(rows->rows.size(), 1);
        QCOMPARE(rows->rows.at(0).value(0).toInt(), 42);
        QCOMPARE(rows->rows.at(0).value(1).toString(), u"réponse"_s);
        db->close();
    }

    void memoryDatabaseIsSharedByThreads()
    {
        auto db = Database::open(u"sqlite::memory:"_s);
        QVERIFY2(db, Test::why(db));
        QVERIFY(db->filePath().isEmpty());
        QVERIFY(db->query(u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"_s));
        QVERIFY(db->query(u"INSERT INTO notes (body) VALUES (?)"_s, QVariantList{u"from main"_s}));

        QStringList seenByWorker;
        QString workerError;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            auto rows = db->query(u"SELECT body FROM notes ORDER BY id"_s);
            if (!rows) {
                workerError = rows.error().toString();
                return;
            }
            for (const QVariantList &row : std::as_const(rows->rows))
                seenByWorker << row.value(0).toString();
            auto inserted = db->query(u"INSERT INTO notes (body) VALUES (?)"_s, QVariantList{u"from worker"_s});
            if (!inserted)
                workerError = inserted.error().toString();
        }));
        worker->start();
        QVERIFY(worker->wait(20000));
        QVERIFY2(workerError.isEmpty(), qPrintable(workerError));
        QCOMPARE(seenByWorker, QStringList{u"from main"_s});

        auto rows = db->query(u"SELECT body FROM notes ORDER BY id"_s);
        QVERIFY2(rows, Test::why(rows));
        QCOMPARE(rows->rows.size(), 2);
        QCOMPARE(rows->rows.at(1).value(0).toString(), u"from worker"_s);

        // Each Database of its own: another "sqlite::memory:" is another, empty, database.
        auto other = Database::open(u"sqlite::memory:"_s);
        QVERIFY2(other, Test::why(other));
        auto tables = other->tables();
        QVERIFY2(tables, Test::why(tables));
        QVERIFY(tables->isEmpty());
    }

    void openFails_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("fileContent"); // written to %dir%/<row>/file before opening, when not empty
        QTest::addColumn<QString>("message"); // a part of the error message that says why

        QTest::newRow("sqlite file in a missing directory")
                << u"sqlite:%dir%/missing/sub/test.db"_s << QByteArray() << u"does not exist"_s;
        QTest::newRow("bare path in a missing directory")
                << u"%dir%/missing/test.db"_s << QByteArray() << u"does not exist"_s;
        QTest::newRow("sqlite path is a directory") << u"sqlite:%dir%"_s << QByteArray() << u"is a directory"_s;
        QTest::newRow("file of random bytes")
                << u"sqlite:%dir%/file"_s << randomBytes(8192) << u"not a valid SQLite database"_s;
        QTest::newRow("text file") << u"%dir%/file"_s << QByteArray("title,price\nDune,9.5\n")
                                   << u"not a valid SQLite database"_s;
        QTest::newRow("unsupported scheme") << u"mysql://x"_s << QByteArray() << u"unsupported"_s;
        QTest::newRow("empty url") << QString() << QByteArray() << u"no database URL"_s;
        QTest::newRow("blank url") << u"   "_s << QByteArray() << u"no database URL"_s;
        QTest::newRow("sqlite url without a file") << u"sqlite:"_s << QByteArray() << u"names no file"_s;
        QTest::newRow("postgres url without a database")
                << u"postgres://catalogue@127.0.0.1:1"_s << QByteArray() << u"names no database"_s;
        QTest::newRow("postgres url with a bad parameter")
                << u"postgres://catalogue@127.0.0.1:1/x?foo=bar"_s << QByteArray()
                << u"unknown PostgreSQL URL parameter 'foo'"_s;
        QTest::newRow("postgres server down") << u"postgres://catalogue@127.0.0.1:1/x"_s << QByteArray()
                                              << u"cannot connect to postgres://catalogue@127.0.0.1:1/x"_s;
        QTest::newRow("postgres server down, with a password")
                << u"postgres://catalogue:s3cret@127.0.0.1:1/x"_s << QByteArray()
                << u"cannot connect to postgres://catalogue@127.0.0.1:1/x"_s;
        if (withPostgres()) {
            QTest::newRow("postgres database that does not exist")
                    << u"postgres://%user%@%hostport%/no_such_db_h4"_s << QByteArray()
                    << u"\"no_such_db_h4\" does not exist"_s;
            QTest::newRow("postgres user that does not exist")
                    << u"postgres://no_such_user_h4@%hostport%/%database%"_s << QByteArray()
                    << u"\"no_such_user_h4\" does not exist"_s;
            QTest::newRow("postgres url with a bad parameter, server up")
                    << u"postgres://%user%@%hostport%/%database%?foo=bar"_s << QByteArray()
                    << u"unknown PostgreSQL URL parameter 'foo'"_s;
        }
    }

    void openFails()
    {
        QFETCH(QString, url);
        QFETCH(QByteArray, fileContent);
        QFETCH(QString, message);
        if (url.contains(u"%hostport%"_s))
            QVERIFY2(!Test::postgresAdminUrl().isEmpty(),
                     "CATALOGUE_TEST_PG_URL is not set, and CI requires the PostgreSQL tests");

        // Each row in a directory of its own, so that anything created shows.
        QTemporaryDir dir(m_dir.filePath(u"case-XXXXXX"_s));
        QVERIFY(dir.isValid());
        if (!fileContent.isEmpty()) {
            QFile file(dir.filePath(u"file"_s));
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(fileContent), fileContent.size());
            file.close();
        }
        const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        url = resolve(url, dir.path());

        const Test::WarningRecorder recorder;
        QElapsedTimer timer;
        timer.start();
        auto db = Database::open(url);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(!db, qPrintable(u"opened %1"_s.arg(url)));
        QCOMPARE(db.error().kind(), Error::Kind::Connection);
        QVERIFY2(db.error().message().contains(message, Qt::CaseInsensitive), qPrintable(db.error().message()));
        QVERIFY2(!db.error().message().contains(u"s3cret"_s), qPrintable(db.error().message()));
        QVERIFY2(!db.error().message().contains(u'\n'), qPrintable(db.error().message()));
        // libpq is given a 10 s connect timeout; a refused connection is immediate.
        QVERIFY2(elapsed < 11000, qPrintable(u"took %1 ms"_s.arg(elapsed)));

        // A returned error, not a printed warning.
        QVERIFY2(recorder.warnings().isEmpty(), qPrintable(recorder.warnings().join(u" / "_s)));

        // Nothing created, nothing changed.
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);
        if (!fileContent.isEmpty()) {
            QFile file(dir.filePath(u"file"_s));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(file.readAll() == fileContent, "the file was changed");
        }
    }

    void sqliteConnectionSettings_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("journalMode");
        QTest::newRow("file") << u"sqlite:%dir%/settings.db"_s << u"wal"_s;
        QTest::newRow("in memory") << u"sqlite::memory:"_s << u"memory"_s;
    }

    void sqliteConnectionSettings()
    {
        QFETCH(QString, url);
        QFETCH(QString, journalMode);
        auto db = Database::open(resolve(url, m_dir.path()));
        QVERIFY2(db, Test::why(db));

        // A file open() creates, or memory, holds only what the program writes: its schema is trusted (a file
        // from elsewhere is not: tst_damaged).
        // busy_timeout reads 0: the wait for a lock is the ORM's own busy handler (sqliteWriterWaitsForAnotherThread,
        // sqliteWriterGivesUpAfterTenSeconds). Without SQLite's C API, it is QSQLITE's busy timeout of 10 s.
#if ORM_SQLITE_C_API
        const QString busyTimeout = u"busy_timeout=0"_s;
#else
        const QString busyTimeout = u"busy_timeout=10000"_s;
#endif
        const QStringList expected = {u"foreign_keys=1"_s, u"trusted_schema=1"_s,   u"journal_mode="_s + journalMode,
                                      busyTimeout,         u"'abc' LIKE 'ABC'=0"_s, u"'abc' LIKE 'a%'=1"_s};
        QCOMPARE(sqliteSettings(*db), expected);

        // Every connection has them, not only the first: another thread's too.
        QStringList seenByWorker;
        std::unique_ptr<QThread> worker(QThread::create([&] { seenByWorker = sqliteSettings(*db); }));
        worker->start();
        QVERIFY(worker->wait(20000));
        QCOMPARE(seenByWorker, expected);

        // Foreign keys are enforced, not only switched on.
        QVERIFY(db->query(u"CREATE TABLE parents (id INTEGER PRIMARY KEY)"_s));
        QVERIFY(db->query(u"CREATE TABLE children (id INTEGER PRIMARY KEY, parent INTEGER REFERENCES parents(id))"_s));
        auto orphan = db->query(u"INSERT INTO children (parent) VALUES (?)"_s, QVariantList{7});
        QVERIFY(!orphan);
        QCOMPARE(orphan.error().kind(), Error::Kind::ForeignKeyConstraint);
        db->close();
    }

    void sqliteWriterWaitsForAnotherThread_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("file") << u"sqlite:%dir%/waits.db"_s;
        QTest::newRow("in memory") << u"sqlite::memory:"_s;
    }

    void sqliteWriterWaitsForAnotherThread()
    {
        QFETCH(QString, url);
        auto db = Database::open(resolve(url, m_dir.path()));
        QVERIFY2(db, Test::why(db));
        QVERIFY(db->query(u"CREATE TABLE IF NOT EXISTS queue (n INTEGER)"_s));
        QVERIFY(db->query(u"DELETE FROM queue"_s));

        // Another thread writes in a transaction it holds for a moment; a write meanwhile waits for it (the busy
        // timeout), rather than failing at once.
        QSemaphore writing;
        QString workerError;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            auto step = [&](const QString &sql) {
                auto done = db->query(sql);
                if (!done && workerError.isEmpty())
                    workerError = done.error().toString();
            };
            step(u"BEGIN IMMEDIATE"_s);
            step(u"INSERT INTO queue (n) VALUES (1)"_s);
            writing.release();
            QThread::msleep(300);
            step(u"COMMIT"_s);
        }));
        worker->start();
        QVERIFY(writing.tryAcquire(1, 10000));
        QElapsedTimer timer;
        timer.start();
        auto inserted = db->query(u"INSERT INTO queue (n) VALUES (2)"_s);
        const qint64 waited = timer.elapsed();
        QVERIFY(worker->wait(20000));
        QVERIFY2(workerError.isEmpty(), qPrintable(workerError));
        QVERIFY2(inserted, Test::why(inserted));
        QVERIFY2(waited >= 200, qPrintable(u"did not wait: %1 ms"_s.arg(waited)));
        QCOMPARE(scalar(*db, u"SELECT group_concat(n) FROM (SELECT n FROM queue ORDER BY n)"_s), u"1,2"_s);
        db->close();
    }

    // The wait is bounded, at the 10 s the README states: then the write fails with a Timeout error, and the
    // lock's holder goes on.
    void sqliteWriterGivesUpAfterTenSeconds()
    {
        auto db = Database::open(resolve(u"sqlite:%dir%/gives-up.db"_s, m_dir.path()));
        QVERIFY2(db, Test::why(db));
        QVERIFY(db->query(u"CREATE TABLE IF NOT EXISTS queue (n INTEGER)"_s));
        QSemaphore writing;
        QSemaphore done;
        QString workerError;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            auto step = [&](const QString &sql) {
                auto result = db->query(sql);
                if (!result && workerError.isEmpty())
                    workerError = result.error().toString();
            };
            step(u"BEGIN IMMEDIATE"_s);
            step(u"INSERT INTO queue (n) VALUES (1)"_s);
            writing.release();
            done.tryAcquire(1, 30000);
            step(u"COMMIT"_s);
        }));
        worker->start();
        QVERIFY(writing.tryAcquire(1, 10000));
        QElapsedTimer timer;
        timer.start();
        auto inserted = db->query(u"INSERT INTO queue (n) VALUES (2)"_s);
        const qint64 waited = timer.elapsed();
        done.release();
        QVERIFY(worker->wait(40000));
        QVERIFY2(workerError.isEmpty(), qPrintable(workerError));
        QVERIFY(!inserted);
        QCOMPARE(inserted.error().kind(), Error::Kind::Timeout);
        QVERIFY2(waited >= 9500 && waited < 20000, qPrintable(u"waited %1 ms"_s.arg(waited)));
        QCOMPARE(scalar(*db, u"SELECT group_concat(n) FROM queue"_s), u"1"_s);
        db->close();
    }

    void perThreadConnections_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<bool>("memory");
        QTest::newRow("sqlite file") << u"sqlite"_s << false;
        QTest::newRow("sqlite in memory") << u"sqlite"_s << true;
        if (withPostgres())
            QTest::newRow("postgres") << u"postgres"_s << false;
    }

    void perThreadConnections()
    {
        QFETCH(QString, dialect);
        QFETCH(bool, memory);
        std::unique_ptr<Test::TestDatabase> holder;
        Database db;
        if (memory) {
            auto opened = Database::open(u"sqlite::memory:"_s);
            QVERIFY2(opened, Test::why(opened));
            db = *opened;
        } else {
            holder = std::make_unique<Test::TestDatabase>(dialect);
            QVERIFY2(holder->error().isEmpty(), qPrintable(holder->error()));
            db = holder->database();
        }

        const Test::WarningRecorder recorder;
        QVERIFY(db.query(u"CREATE TABLE hits (thread INTEGER NOT NULL, n INTEGER NOT NULL)"_s));
        QString mainName;
        {
            auto mine = db.connection();
            QVERIFY2(mine, Test::why(mine));
            mainName = mine->connectionName();
        }

        constexpr int threadCount = 4;
        constexpr int rowsPerThread = 25;
        std::vector<WorkerReport> reports(threadCount);
        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < threadCount; ++t) {
            threads.emplace_back(QThread::create([&db, &reports, t] {
                WorkerReport &report = reports[t];
                {
                    auto first = db.connection();
                    auto second = db.connection();
                    if (!first || !second) {
                        report.error = (first ? second : first).error().toString();
                        return;
                    }
                    report.firstName = first->connectionName();
                    report.secondName = second->connectionName();
                }
                for (int n = 0; n < rowsPerThread; ++n) {
                    auto inserted = db.query(u"INSERT INTO hits (thread, n) VALUES (?, ?)"_s, QVariantList{t, n});
                    if (!inserted) {
                        report.error = inserted.error().toString();
                        return;
                    }
                }
                auto count = db.query(u"SELECT COUNT(*) FROM hits WHERE thread = ?"_s, QVariantList{t});
                if (!count) {
                    report.error = count.error().toString();
                    return;
                }
                report.ownRows = count->rows.value(0).value(0).toLongLong();
            }));
        }
        for (const auto &thread : threads)
            thread->start();
        for (const auto &thread : threads)
            QVERIFY(thread->wait(20000));

        QSet<QString> names{mainName};
        for (const WorkerReport &report : std::as_const(reports)) {
            QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
            QVERIFY(!report.firstName.isEmpty());
            QCOMPARE(report.secondName, report.firstName); // the same connection within a thread
            names.insert(report.firstName);
            QCOMPARE(report.ownRows, qint64(rowsPerThread));
        }
        QCOMPARE(names.size(), threadCount + 1); // a connection of its own per thread

        auto rows = db.query(u"SELECT thread, COUNT(*), SUM(n) FROM hits GROUP BY thread ORDER BY thread"_s);
        QVERIFY2(rows, Test::why(rows));
        QCOMPARE(rows->rows.size(), threadCount);
        for (int t = 0; t < threadCount; ++t) {
            QCOMPARE(rows->rows.at(t).value(0).toInt(), t);
            QCOMPARE(rows->rows.at(t).value(1).toInt(), rowsPerThread);
            QCOMPARE(rows->rows.at(t).value(2).toInt(), rowsPerThread * (rowsPerThread - 1) / 2);
        }
        threads.clear();
        db.close();
        db = Database();
        holder.reset();
        QVERIFY2(recorder.warnings().isEmpty(), qPrintable(recorder.warnings().join(u" / "_s)));
    }

    // Every part of a PostgreSQL URL reaches libpq as one value, whatever it holds: a space, a quote or a backslash
    // never starts another keyword of the connection string (issue 21.1: "?application_name=x%20dbname=other"
    // connected to other). Each row connects to the test server, with a role and a database of hostile names made
    // for it, and reads back who and where it is.
    void probeChangesNothingOfTheDatabase_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::newRow("sqlite") << u"sqlite"_s;
        if (withPostgres())
            QTest::newRow("postgres") << u"postgres"_s;
    }

    // Database::probe() asks the database on a connection of its own, from any thread, and leaves the Database as
    // it was: its connection state (observers hear nothing), and its connections.
    void probeChangesNothingOfTheDatabase()
    {
        QFETCH(QString, dialect);
        Test::TestDatabase holder(dialect);
        QVERIFY2(holder.error().isEmpty(), qPrintable(holder.error()));
        Database db = holder.database();
        QVERIFY(db.ping());
        QString mainName;
        {
            auto mine = db.connection();
            QVERIFY2(mine, Test::why(mine));
            mainName = mine->connectionName();
        }
        const QStringList before = QSqlDatabase::connectionNames();
        int told = 0;
        const int observer = db.addConnectionObserver([&told](ConnectionState, const Error &) { ++told; });
        const auto removeObserver = qScopeGuard([&] { db.removeConnectionObserver(observer); });

        Status fromThread = fail(Error::Kind::Database, u"not run"_s);
        std::unique_ptr<QThread> thread(QThread::create([&db, &fromThread] { fromThread = db.probe(); }));
        thread->start();
        QVERIFY(thread->wait(30000));
        QVERIFY2(fromThread, Test::why(fromThread));
        QVERIFY2(db.probe(), "the probe on this thread");
        QCOMPARE(QSqlDatabase::connectionNames(), before); // the probes' connections are gone
        QCOMPARE(db.connectionState(), ConnectionState::Connected);
        QCOMPARE(told, 0);
        auto mine = db.connection();
        QVERIFY2(mine, Test::why(mine));
        QCOMPARE(mine->connectionName(), mainName);

        // Unreachable: a Connection error, and still nothing told.
        if (dialect == u"sqlite"_s) {
            const QString path = holder.url().section(u':', 1);
            QVERIFY(QFile::rename(path, path + u".away"_s));
            const Status gone = db.probe();
            QVERIFY(QFile::rename(path + u".away"_s, path));
            QVERIFY(!gone);
            QCOMPARE(gone.error().kind(), Error::Kind::Connection);
            QVERIFY(!QFile::exists(path + u".away"_s));
        }
        QCOMPARE(told, 0);
    }

    void postgresUrlPartsReachLibpqAsTheyAre_data()
    {
        QTest::addColumn<QString>("part"); // user, password, database, or a parameter's name
        QTest::addColumn<QString>("value");
        if (!withPostgres()) {
            QTest::newRow("no server") << QString() << QString(); // a row, so that the test can say it is skipped
            return;
        }
        // Every character class libpq's connection string gives a meaning to: spaces, '=', quotes, backslashes;
        // and the rest of printable ASCII, and non-ASCII letters, which must come through too.
        const QString injection = u"x dbname=postgres port=1 host=nowhere"_s;
        const QString quotes = u"it's \\ a 'quoted' \\' value\\"_s;
        const QString punctuation = u"!\"#$%&()*+,-./:;<=>?@[\\]^_`{|}~'"_s;
        const QStringList values = {injection, quotes, punctuation, u"tab\tand newline\nend"_s, u"été à"_s};
        const QStringList classes = {u"injection"_s, u"quotes and backslashes"_s, u"punctuation"_s,
                                     u"control characters"_s, u"non-ASCII"_s};
        for (const QString &part : {u"user"_s, u"password"_s, u"database"_s, u"application_name"_s}) {
            for (qsizetype i = 0; i < values.size(); ++i) {
                QString value = values.at(i);
                if (part == u"application_name" && value.contains(u';'))
                    continue; // refused: see postgresParameterWithSemicolonIsRefused
                QTest::addRow("%s: %s", qPrintable(part), qPrintable(classes.at(i))) << part << value;
            }
        }
    }

    void postgresUrlPartsReachLibpqAsTheyAre()
    {
        QFETCH(QString, part);
        QFETCH(QString, value);
        if (part.isEmpty())
            QSKIP("CATALOGUE_TEST_PG_URL is not set (scripts/test.sh starts a server; with CI=true this fails)");
        QVERIFY2(!Test::postgresAdminUrl().isEmpty(),
                 "CATALOGUE_TEST_PG_URL is not set, and CI requires the PostgreSQL tests");
        const QUrl admin(Test::postgresAdminUrl());
        auto server = Database::open(Test::postgresAdminUrl());
        QVERIFY2(server, Test::why(server));
        const auto quoted = [](QString name) {
            name.replace(u'"', u"\"\""_s);
            return QString(u'"' + name + u'"');
        };
        const QString suffix = QString::number(QCoreApplication::applicationPid()) + u'_'
                + QString::number(QRandomGenerator::global()->bounded(1000000));
        QString user = admin.userName();
        QString database = admin.path().mid(1);
        QString password;
        QString cleanup;
        if (part == u"user") {
            user = value.left(40) + suffix;
            QVERIFY2(server->query(u"CREATE ROLE %1 LOGIN"_s.arg(quoted(user))), "CREATE ROLE");
            cleanup = u"DROP ROLE %1"_s.arg(quoted(user));
        } else if (part == u"database") {
            database = value.left(40) + suffix;
            QVERIFY2(server->query(u"CREATE DATABASE %1"_s.arg(quoted(database))), "CREATE DATABASE");
            cleanup = u"DROP DATABASE %1 WITH (FORCE)"_s.arg(quoted(database));
        } else if (part == u"password") {
            password = value; // the server trusts local connections: the password is passed on and ignored
        }
        const auto encoded = [](const QString &text) { return QString::fromLatin1(QUrl::toPercentEncoding(text)); };
        QString url = u"postgres://"_s + encoded(user) + (password.isEmpty() ? QString() : u':' + encoded(password))
                + u'@' + admin.host() + u':' + QString::number(admin.port(5432)) + u'/' + encoded(database);
        if (part == u"application_name")
            url += u"?application_name="_s + encoded(value);

        QStringList seen;
        QString error;
        {
            auto db = Database::open(url);
            if (db) {
                auto rows = db->query(u"SELECT current_user, current_database(), inet_server_port(), "
                                      "current_setting('application_name')"_s);
                if (rows) {
                    for (const QVariant &v : rows->rows.value(0))
                        seen << v.toString();
                } else {
                    error = rows.error().toString();
                }
                db->close();
            } else {
                error = db.error().toString();
            }
        }
        if (!cleanup.isEmpty())
            QVERIFY2(server->query(cleanup), qPrintable(cleanup));
        server->close();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(seen.value(0), user);
        QCOMPARE(seen.value(1), database);
        QCOMPARE(seen.value(2), QString::number(admin.port(5432)));
        if (part == u"application_name") {
            // The server (15) replaces each byte that is not printable ASCII with '?'.
            QString shown;
            const QByteArray bytes = value.toUtf8().left(63);
            for (const char c : bytes)
                shown += (c >= 32 && c <= 126) ? QChar::fromLatin1(c) : u'?';
            QCOMPARE(seen.value(3), shown);
        }
    }

    // What libpq would read as another keyword, were a value not quoted, fails instead of dialling elsewhere: the
    // whole text is the one parameter's value, which libpq refuses (or, as a host name, cannot resolve).
    // A notice or warning the server sends (RAISE WARNING; "terminating connection" when it shuts down) reaches
    // the logger as an SQL comment, never the program's stderr, where libpq prints it by default.
    void postgresNoticesGoToTheLogger()
    {
        if (!withPostgres())
            QSKIP("CATALOGUE_TEST_PG_URL is not set (scripts/test.sh starts a server; with CI=true this fails)");
        QVERIFY2(!Test::postgresAdminUrl().isEmpty(),
                 "CATALOGUE_TEST_PG_URL is not set, and CI requires the PostgreSQL tests");
        auto db = Database::open(Test::postgresAdminUrl());
        QVERIFY2(db, Test::why(db));
        QStringList logged;
        db->setLogger([&](const QString &sql) { logged << sql; });

        QTemporaryFile captured;
        QVERIFY(captured.open());
        std::fflush(stderr);
        const int savedStderr = ::dup(STDERR_FILENO);
        QVERIFY(savedStderr >= 0);
        ::dup2(captured.handle(), STDERR_FILENO);
        auto raised = db->query(u"DO $$ BEGIN RAISE WARNING 'orm notice %', 42; END $$"_s);
        std::fflush(stderr);
        ::dup2(savedStderr, STDERR_FILENO);
        ::close(savedStderr);
        QVERIFY2(raised, Test::why(raised));
        captured.seek(0);
        const QByteArray printed = captured.readAll();
        QVERIFY2(!printed.contains("orm notice 42"), printed.constData());
        QVERIFY2(logged.contains(u"-- WARNING:  orm notice 42"_s), qPrintable(logged.join(u'\n')));
        db->close();
    }

    void postgresInjectedKeywordsHaveNoEffect_data()
    {
        QTest::addColumn<QString>("query");
        if (!withPostgres()) {
            QTest::newRow("no server") << QString(); // a row, so that the test can say it is skipped
            return;
        }
        QTest::newRow("sslmode") << u"sslmode=disable%20dbname=postgres"_s;
        QTest::newRow("connect_timeout") << u"connect_timeout=5%20dbname=postgres"_s;
        QTest::newRow("host as a parameter") << u"host=127.0.0.1%20dbname=postgres"_s;
        QTest::newRow("sslrootcert") << u"sslmode=disable&sslrootcert=x%27%20dbname=%27postgres"_s;
    }

    void postgresInjectedKeywordsHaveNoEffect()
    {
        QFETCH(QString, query);
        if (query.isEmpty())
            QSKIP("CATALOGUE_TEST_PG_URL is not set (scripts/test.sh starts a server; with CI=true this fails)");
        QVERIFY2(!Test::postgresAdminUrl().isEmpty(),
                 "CATALOGUE_TEST_PG_URL is not set, and CI requires the PostgreSQL tests");
        const QUrl admin(Test::postgresAdminUrl());
        // A database that does not exist: only an injected dbname=postgres could make the connection succeed.
        const QString url = u"postgres://%1@%2:%3/no_such_db_inj?%4"_s.arg(admin.userName(), admin.host())
                                    .arg(admin.port(5432))
                                    .arg(query);
        auto db = Database::open(url);
        QVERIFY2(!db, qPrintable(u"connected with %1"_s.arg(url)));
        QCOMPARE(db.error().kind(), Error::Kind::Connection);
    }

    void postgresParameterWithSemicolonIsRefused()
    {
        // QPSQL turns every ';' of the connect options into a space, inside quotes too: such a value is refused.
        auto db = Database::open(u"postgres://u@127.0.0.1:1/x?application_name=a%3Bport=1"_s);
        QVERIFY(!db);
        QVERIFY2(db.error().message().contains(u"cannot hold"_s), qPrintable(db.error().message()));
        auto nul = Database::open(u"postgres://u:a%00b@127.0.0.1:1/x"_s);
        QVERIFY(!nul);
        QVERIFY2(nul.error().message().contains(u"cannot hold"_s), qPrintable(nul.error().message()));
    }

    void closeThenReuse_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::newRow("sqlite") << u"sqlite"_s;
        if (withPostgres())
            QTest::newRow("postgres") << u"postgres"_s;
    }

    void closeThenReuse()
    {
        QFETCH(QString, dialect);
        Test::TestDatabase holder(dialect);
        QVERIFY2(holder.error().isEmpty(), qPrintable(holder.error()));
        Database db = holder.database();
        QVERIFY(db.query(u"CREATE TABLE kept (v INTEGER)"_s));
        QVERIFY(db.query(u"INSERT INTO kept (v) VALUES (?)"_s, QVariantList{5}));
        QString name;
        {
            auto connection = db.connection();
            QVERIFY2(connection, Test::why(connection));
            name = connection->connectionName();
        }
        QVERIFY(QSqlDatabase::contains(name));

        const Test::WarningRecorder recorder;
        db.close();
        QVERIFY(!QSqlDatabase::contains(name));
        db.close(); // twice is harmless

        // The next use opens a new connection, to the same data.
        QCOMPARE(scalar(db, u"SELECT SUM(v) FROM kept"_s), u"5"_s);
        auto connection = db.connection();
        QVERIFY2(connection, Test::why(connection));
        QVERIFY(connection->isOpen());
        QVERIFY2(recorder.warnings().isEmpty(), qPrintable(recorder.warnings().join(u" / "_s)));
    }
};

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
