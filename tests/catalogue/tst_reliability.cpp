#include "testdatabase.h"
#include "warningrecorder.h"

#include <catalogue/catalogue.h>
#include <catalogue/livre.h>
#include <orm/migrator.h>
#include <orm/model.h>
#include <orm/schema.h>
#include <orm/transaction.h>

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <chrono>
#include <vector>

using namespace Orm;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Livre = Catalogue::Livre;

namespace {

// The dialects a case runs on: SQLite, and PostgreSQL when $CATALOGUE_TEST_PG_URL names a server, or always in CI
// (where a missing server then fails the case instead of leaving it out).
QStringList dialects()
{
    if (!Test::postgresAdminUrl().isEmpty() || Test::isCi())
        return {u"sqlite"_s, u"postgres"_s};
    static bool warned = false;
    if (!std::exchange(warned, true))
        qWarning("CATALOGUE_TEST_PG_URL is not set: the PostgreSQL half of this test is NOT run "
                 "(scripts/test.sh starts a server; with CI=true this is a failure)");
    return {u"sqlite"_s};
}

// A valid book of the catalogue; tag goes into Genre, so that the rows of one batch can be counted.
QVariantMap book(const QString &tag, int n)
{
    return {{Livre::Nom, u"Livre %1 %2"_s.arg(tag).arg(n)},
            {Livre::Presentation, u"Présentation %1"_s.arg(n)},
            {Livre::Genre, tag},
            {Livre::Prix, 5.0 + n % 40},
            {Livre::Quantite, 0},
            {Livre::Annee, 1980 + n % 40},
            {Livre::NbPages, 50 + n},
            {Livre::Ventes, 0.0},
            {Livre::Arriere, u"arriere.png"_s},
            {Livre::Dos, u"dos.png"_s}};
}

QString quoted(const QString &name)
{
    return Dialect::sqlite().quote(name); // the same double quotes on both dialects
}

// A digest of the rows a query returns: any changed, added, lost or reordered value changes it.
Result<QByteArray> digest(const Database &db, const QString &sql)
{
    auto rows = db.query(sql);
    if (!rows)
        return std::unexpected(rows.error());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QVariantList &row : std::as_const(rows->rows)) {
        for (const QVariant &value : row) {
            hash.addData(value.isNull() ? QByteArrayView("\\N") : QByteArrayView(value.toString().toUtf8()));
            hash.addData(QByteArrayView("\x1f"));
        }
        hash.addData(QByteArrayView("\x1e"));
    }
    return hash.result().toHex();
}

// A digest of every row of the table, in key order.
Result<QByteArray> checksum(const Database &db, const QString &table, const QString &key)
{
    return digest(db, u"SELECT * FROM %1 ORDER BY %2"_s.arg(quoted(table), quoted(key)));
}

// SQLite's PRAGMA integrity_check: "ok", or what it found.
QString integrity(const Database &db)
{
    auto rows = db.query(u"PRAGMA integrity_check"_s);
    if (!rows)
        return rows.error().toString();
    QStringList lines;
    for (const QVariantList &row : std::as_const(rows->rows))
        lines << row.value(0).toString();
    return lines.join(u"; "_s);
}

// How many books each Genre (each writer's batch) has.
Result<QHash<QString, qint64>> booksByTag(const Database &db)
{
    auto rows = db.query(u"SELECT \"Genre\", COUNT(*) FROM \"Livres\" GROUP BY \"Genre\""_s);
    if (!rows)
        return std::unexpected(rows.error());
    QHash<QString, qint64> counts;
    for (const QVariantList &row : std::as_const(rows->rows))
        counts.insert(row.value(0).toString(), row.value(1).toLongLong());
    return counts;
}

// Waits until no other session is connected to this PostgreSQL database (a killed client's backend ends, and its
// transaction is rolled back, a moment after the client died).
Status waitForOtherSessions(const Database &db, QDeadlineTimer deadline)
{
    for (;;) {
        auto others = db.query(u"SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> "
                               u"pg_backend_pid()"_s);
        if (!others)
            return std::unexpected(others.error());
        if (others->rows.value(0).value(0).toLongLong() == 0)
            return {};
        if (deadline.hasExpired())
            return fail(Error::Kind::Timeout, u"another session is still connected"_s);
        QThread::msleep(20);
    }
}

// A reliability_writer child process; killed if still running when dropped.
class Writer
{
public:
    explicit Writer(const QStringList &arguments)
    {
        m_process.setProgram(QStringLiteral(RELIABILITY_WRITER));
        m_process.setArguments(arguments);
        m_process.start();
    }
    ~Writer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    // Waits until the writer printed this line; false when it ended without or the time ran out.
    bool waitForLine(const QString &line, QDeadlineTimer deadline)
    {
        for (;;) {
            readOutput();
            if (m_lines.contains(line))
                return true;
            if (m_process.state() == QProcess::NotRunning || deadline.hasExpired())
                return false;
            m_process.waitForReadyRead(int(std::clamp<qint64>(deadline.remainingTime(), 1, 1000)));
        }
    }
    void send(const QByteArray &line) { m_process.write(line + '\n'); }
    // SIGKILL, then waits for the end and reads what it printed before.
    void kill()
    {
        m_process.kill();
        m_process.waitForFinished(10000);
        readOutput();
    }
    // True when the writer ended by itself, with status 0, within the deadline.
    bool finish(QDeadlineTimer deadline)
    {
        const bool ended = m_process.waitForFinished(int(std::max<qint64>(1, deadline.remainingTime())));
        readOutput();
        return ended && m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }
    QStringList lines() const { return m_lines; }
    // What the writer said on stderr, with how it ended: for failure messages.
    QByteArray report()
    {
        return "exit " + QByteArray::number(m_process.exitCode()) + " ("
                + (m_process.exitStatus() == QProcess::NormalExit ? "normal" : "crashed") + "), stdout: ["
                + m_lines.join(u", "_s).toUtf8() + "], stderr: " + m_process.readAllStandardError().trimmed()
                + (m_process.error() == QProcess::FailedToStart ? " (failed to start)" : "");
    }

private:
    void readOutput()
    {
        m_buffer += m_process.readAllStandardOutput();
        for (qsizetype end = m_buffer.indexOf('\n'); end >= 0; end = m_buffer.indexOf('\n')) {
            m_lines << QString::fromUtf8(m_buffer.left(end)).trimmed();
            m_buffer.remove(0, end + 1);
        }
    }

    QProcess m_process;
    QByteArray m_buffer;
    QStringList m_lines;
};

// Every schema object as the database describes it (SQLite's sqlite_master; PostgreSQL's columns, constraints,
// indexes and sequence names), one a line. Sequences' values are left out: nextval() is never rolled back.
Result<QStringList> schemaDump(const Database &db)
{
    const QStringList queries = db.dialect().kind() == Dialect::Kind::Sqlite
            ? QStringList{u"SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"_s}
            : QStringList{
                    u"SELECT table_name, column_name, data_type, character_maximum_length, numeric_precision, "
                    u"is_nullable, column_default FROM information_schema.columns WHERE table_schema = "
                    u"current_schema() ORDER BY table_name, ordinal_position"_s,
                    u"SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE "
                    u"connamespace = current_schema()::regnamespace ORDER BY 1, 2"_s,
                    u"SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
                    u"ORDER BY 1, 2"_s,
                    u"SELECT sequencename FROM pg_sequences WHERE schemaname = current_schema() ORDER BY 1"_s};
    QStringList lines;
    for (const QString &sql : queries) {
        auto rows = db.query(sql);
        if (!rows)
            return std::unexpected(rows.error());
        for (const QVariantList &row : std::as_const(rows->rows)) {
            QStringList cells;
            for (const QVariant &v : row)
                cells << (v.isNull() ? u"NULL"_s : v.toString());
            lines << cells.join(u" | "_s);
        }
    }
    return lines;
}

// What a failed migration must leave exactly as it was: the schema, every table's row count and checksum (the
// migrators' own tables and SQLite's sqlite_sequence included), the broken references (none) and, on SQLite,
// whether foreign keys are enforced.
Result<QStringList> snapshot(const Database &db)
{
    auto lines = schemaDump(db);
    if (!lines)
        return lines;
    const bool sqlite = db.dialect().kind() == Dialect::Kind::Sqlite;
    QStringList tables;
    if (sqlite) {
        auto names = db.query(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
        if (!names)
            return std::unexpected(names.error());
        for (const QVariantList &n : std::as_const(names->rows))
            tables << n.value(0).toString();
    } else {
        auto names = db.tables();
        if (!names)
            return std::unexpected(names.error());
        tables = *names;
    }
    for (const QString &table : std::as_const(tables)) {
        auto columns = db.columns(table);
        if (!columns)
            return std::unexpected(columns.error());
        auto count = db.query(u"SELECT COUNT(*) FROM %1"_s.arg(quoted(table)));
        if (!count)
            return std::unexpected(count.error());
        auto sum = checksum(db, table, columns->value(0));
        if (!sum)
            return std::unexpected(sum.error());
        *lines << u"%1: %2 rows, checksum %3"_s.arg(table, count->rows.value(0).value(0).toString(),
                                                    QString::fromLatin1(*sum));
    }
    auto orphans = db.query(u"SELECT COUNT(*) FROM \"Ouvrages\" o WHERE o.\"auteurId\" IS NOT NULL AND NOT EXISTS "
                            u"(SELECT 1 FROM \"Auteurs\" a WHERE a.\"id\" = o.\"auteurId\")"_s);
    if (!orphans)
        return std::unexpected(orphans.error());
    *lines << u"books without their author: "_s + orphans->rows.value(0).value(0).toString();
    if (sqlite) {
        auto check = db.query(u"PRAGMA foreign_key_check"_s);
        if (!check)
            return std::unexpected(check.error());
        *lines << u"foreign_key_check: %1 rows"_s.arg(check->rows.size());
        auto enforced = db.query(u"PRAGMA foreign_keys"_s);
        if (!enforced)
            return std::unexpected(enforced.error());
        *lines << u"foreign_keys: "_s + enforced->rows.value(0).value(0).toString();
    }
    return lines;
}

// The first lines where two snapshots differ, for a failure message.
QByteArray difference(const QStringList &before, const QStringList &after)
{
    QStringList out;
    for (const QString &line : before) {
        if (!after.contains(line))
            out << u"- "_s + line;
    }
    for (const QString &line : after) {
        if (!before.contains(line))
            out << u"+ "_s + line;
    }
    return out.mid(0, 12).join(u'\n').toUtf8();
}

} // namespace

// What the data survives: a writer killed at any moment, two writers on one file, a full disk, migrations that
// fail at any step, and the ORM used from several threads at once. Trial counts are small in CI (CI=true) and
// larger otherwise; the figures are printed with qInfo. The kill times are random: each run prints its seed, and
// RELIABILITY_SEED=<seed> replays them.
class TestReliability : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestDatabase> m_db;

    // A fresh database of that dialect with the Livre table.
    Result<Model> openCatalogue(const QString &dialect)
    {
        m_db = std::make_unique<Test::TestDatabase>(dialect);
        if (!m_db->error().isEmpty())
            return fail(Error::Kind::Connection, m_db->error());
        auto livres = Livre::define(m_db->database());
        if (!livres)
            return livres;
        if (auto synced = livres->sync(SyncMode::Force); !synced)
            return std::unexpected(synced.error());
        return livres;
    }

private Q_SLOTS:
    void cleanup() { m_db.reset(); }

    // 1. A writer killed (SIGKILL) at a random moment of a large transaction: the database is never damaged and
    // holds the whole batch or none of it; a batch whose commit returned is never lost.
    void killDuringWrite_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("journal");
        QTest::newRow("sqlite, WAL") << u"sqlite"_s << u"wal"_s;
        QTest::newRow("sqlite, rollback journal") << u"sqlite"_s << u"delete"_s;
        if (dialects().contains(u"postgres"_s))
            QTest::newRow("postgres") << u"postgres"_s << QString();
    }

    void killDuringWrite()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, journal);
        auto livres = openCatalogue(dialect);
        QVERIFY2(livres, Test::why(livres));
        Database db = m_db->database();
        const bool sqlite = dialect == u"sqlite";
        if (journal == u"delete") {
            // The ORM makes new files WAL: the file is switched to a rollback journal before any writer opens it.
            auto mode = db.query(u"PRAGMA journal_mode = DELETE"_s);
            QVERIFY2(mode, Test::why(mode));
            QCOMPARE(mode->rows.value(0).value(0).toString().toLower(), u"delete"_s);
        }
        QList<QVariantMap> baseline;
        for (int n = 0; n < 50; ++n)
            baseline << book(u"baseline"_s, n);
        auto created = livres->bulkCreate(baseline);
        QVERIFY2(created, Test::why(created));
        const QString baselineSql = u"SELECT * FROM \"Livres\" WHERE \"Genre\" = 'baseline' ORDER BY \"ID\""_s;
        auto baselineSum = digest(db, baselineSql);
        QVERIFY2(baselineSum, Test::why(baselineSum));
        db.close(); // no connection of the test is open while the writers run

        const int trials = Test::isCi() ? 8 : 40;
        constexpr int rows = 3000;
        const quint32 seed = qEnvironmentVariableIsSet("RELIABILITY_SEED")
                ? quint32(qEnvironmentVariableIntValue("RELIABILITY_SEED"))
                : QRandomGenerator::global()->generate();
        QRandomGenerator random(seed);
        QStringList arguments{u"bulk"_s, m_db->url(), QString::number(rows)};
        const QStringList journalArgument = journal == u"delete" ? QStringList{u"delete"_s} : QStringList();

        // Checks the database after a writer ended; tags are the batches written so far, committed those whose
        // commit returned. Returns an empty string when everything is as it must be.
        QHash<QString, bool> batches; // tag -> whether its rows are in
        int lost = 0;
        int partial = 0;
        auto check = [&](const QString &tag, bool committed, bool &written) -> QString {
            auto opened = Database::open(m_db->url()); // a new connection: SQLite recovers the file as it opens
            if (!opened)
                return opened.error().toString();
            Database fresh = *opened;
            if (!sqlite) {
                if (auto gone = waitForOtherSessions(fresh, QDeadlineTimer(10s)); !gone)
                    return gone.error().toString();
            } else if (const QString ok = integrity(fresh); ok != u"ok") {
                return u"integrity_check: "_s + ok;
            }
            auto counts = booksByTag(fresh);
            auto unchanged = digest(fresh, baselineSql);
            fresh.close();
            if (!counts)
                return counts.error().toString();
            const qint64 found = counts->value(tag);
            written = found == rows;
            if (found != 0 && found != rows) {
                ++partial;
                return u"%1 of the batch's %2 rows are in"_s.arg(found).arg(rows);
            }
            if (committed && !written) {
                ++lost;
                return u"the batch's commit returned, yet its %1 rows are gone"_s.arg(rows);
            }
            batches.insert(tag, written);
            for (auto it = batches.cbegin(); it != batches.cend(); ++it) {
                if (counts->value(it.key()) != (it.value() ? rows : 0))
                    return u"the earlier batch %1 has %2 rows"_s.arg(it.key()).arg(counts->value(it.key()));
            }
            if (counts->value(u"baseline"_s) != 50 || !unchanged || *unchanged != *baselineSum)
                return u"the rows written before the writers changed"_s;
            if (counts->size() != 1 + std::count(batches.cbegin(), batches.cend(), true))
                return u"rows of an unknown batch: %1"_s.arg(QStringList(counts->keys()).join(u", "_s));
            return {};
        };

        QElapsedTimer clock;
        clock.start();
        // A first batch runs to its end: it tells how long a batch takes, so that the kills fall inside one.
        qint64 batchMs = 0;
        {
            Writer writer(arguments + QStringList{u"calibration"_s} + journalArgument);
            QVERIFY2(writer.waitForLine(u"ready"_s, QDeadlineTimer(30s)), writer.report().constData());
            QElapsedTimer batchClock;
            batchClock.start();
            QVERIFY2(writer.finish(QDeadlineTimer(60s)), writer.report().constData());
            batchMs = batchClock.elapsed();
            if (sqlite)
                QVERIFY2(writer.lines().contains(u"journal "_s + journal), writer.report().constData());
            QVERIFY2(writer.lines().contains(u"committed"_s), writer.report().constData());
            bool written = false;
            const QString problem = check(u"calibration"_s, true, written);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }

        int before = 0;
        int after = 0;
        for (int trial = 1; trial <= trials; ++trial) {
            const QString tag = u"trial%1"_s.arg(trial);
            const qint64 delayUs = qint64(random.bounded(quint32(batchMs * 1200 + 1)));
            Writer writer(arguments + QStringList{tag} + journalArgument);
            const QByteArray context = "trial " + QByteArray::number(trial) + " (seed " + QByteArray::number(seed)
                    + ", killed " + QByteArray::number(delayUs / 1000.0, 'f', 1) + " ms into the batch): ";
            QVERIFY2(writer.waitForLine(u"ready"_s, QDeadlineTimer(30s)),
                     QByteArray(context + writer.report()).constData());
            QThread::usleep(static_cast<unsigned long>(delayUs));
            writer.kill();
            const bool committed = writer.lines().contains(u"committed"_s);
            bool written = false;
            const QString problem = check(tag, committed, written);
            QVERIFY2(problem.isEmpty(), QByteArray(context + problem.toUtf8()).constData());
            ++(written ? after : before);
        }
        qInfo("killDuringWrite %s: %d trials of %d rows (a batch takes %lld ms), %d killed before the commit, %d "
              "after; rows lost: %d, partial batches: %d; %lld ms (seed %u)",
              QTest::currentDataTag(), trials, rows, batchMs, before, after, lost, partial, clock.elapsed(), seed);
        QCOMPARE(lost, 0);
        QCOMPARE(partial, 0);
        // Most kills must land inside the transaction, or the trials prove nothing.
        QVERIFY2(before > 0, "no kill landed before the commit");
    }

    // 2. Two processes increment the same few books: no update is lost and no busy error reaches the caller.
    void twoWritersLoseNoUpdate_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("mode");
        for (const QString &dialect : dialects()) {
            QTest::addRow("%s, findByPk then save in a transaction", qPrintable(dialect)) << dialect << u"save"_s;
            QTest::addRow("%s, Model::increment", qPrintable(dialect)) << dialect << u"increment"_s;
        }
    }

    void twoWritersLoseNoUpdate()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, mode);
        auto livres = openCatalogue(dialect);
        QVERIFY2(livres, Test::why(livres));
        constexpr int bookCount = 3;
        QStringList ids;
        for (int n = 0; n < bookCount; ++n) {
            auto created = livres->create(book(u"shared"_s, n));
            QVERIFY2(created, Test::why(created));
            ids << created->get(Livre::Id).toString();
        }
        m_db->database().close();

        const int increments = Test::isCi() ? 150 : 1000;
        QElapsedTimer clock;
        clock.start();
        std::vector<std::unique_ptr<Writer>> writers;
        for (int w = 0; w < 2; ++w)
            writers.push_back(std::make_unique<Writer>(
                    QStringList{u"increment"_s, m_db->url(), QString::number(increments), mode} + ids));
        for (const auto &writer : writers)
            QVERIFY2(writer->waitForLine(u"ready"_s, QDeadlineTimer(30s)), writer->report().constData());
        for (const auto &writer : writers)
            writer->send("go"); // both start together
        for (const auto &writer : writers) {
            // A busy or serialization error reaching the writer makes it stop with status 1 and the error.
            QVERIFY2(writer->finish(QDeadlineTimer(90s)), writer->report().constData());
            QVERIFY2(writer->lines().contains(u"done"_s), writer->report().constData());
        }
        const qint64 elapsed = clock.elapsed();

        auto found = livres->findAll({.where = col(Livre::Genre) == u"shared"_s, .order = {asc(Livre::Id)}});
        QVERIFY2(found, Test::why(found));
        QCOMPARE(found->size(), bookCount);
        qint64 total = 0;
        for (int n = 0; n < bookCount; ++n) {
            const int mine = increments / bookCount + (n < increments % bookCount ? 1 : 0);
            QCOMPARE(found->at(n).get(Livre::Quantite).toInt(), 2 * mine);
            total += found->at(n).get(Livre::Quantite).toInt();
        }
        qInfo("twoWritersLoseNoUpdate %s: 2 writers x %d increments, final total %lld (expected %d), updates lost: "
              "%lld; %lld ms",
              QTest::currentDataTag(), increments, total, 2 * increments, 2 * increments - total, elapsed);
        QCOMPARE(total, qint64(2 * increments));
    }

    // 2. A catalogue in a rollback journal (every file the seed's Node.js code makes is one, and stays one until
    // this program migrates it): six processes record receipts while two open the catalogue again and again, as
    // people at several windows and scripts do. No "database is locked" may reach any of them (with SQLite's own
    // busy handler, four of the six failed after 5 s), and no receipt is lost.
    void rollbackJournalCatalogueSharedByEightProcesses()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString url = dir.filePath(u"shared.db"_s);
        QStringList ids;
        {
            auto catalogue = Catalogue::Catalogue::open(url, Catalogue::Catalogue::Missing::Create);
            QVERIFY2(catalogue, Test::why(catalogue));
            for (int n = 0; n < 3; ++n) {
                auto created = catalogue->livres().create(book(u"shared"_s, n));
                QVERIFY2(created, Test::why(created));
                ids << created->get(Livre::Id).toString();
            }
            // A shop's catalogue, not an empty one: each open's checks read it all under a shared lock.
            QList<QVariantMap> others;
            for (int n = 0; n < 5000; ++n)
                others << book(u"other"_s, n);
            auto filled = catalogue->livres().bulkCreate(others);
            QVERIFY2(filled, Test::why(filled));
            auto mode = catalogue->database().query(u"PRAGMA journal_mode = DELETE"_s);
            QVERIFY2(mode, Test::why(mode));
            QCOMPARE(mode->rows.value(0).value(0).toString().toLower(), u"delete"_s);
        }

        constexpr int receipts = 150;
        constexpr int writerCount = 6;
        std::vector<std::unique_ptr<Writer>> writers;
        for (int w = 0; w < writerCount; ++w)
            writers.push_back(
                    std::make_unique<Writer>(QStringList{u"receipts"_s, url, QString::number(receipts)} + ids));
        for (int w = 0; w < 2; ++w)
            writers.push_back(std::make_unique<Writer>(QStringList{u"opens"_s, url, QString::number(receipts / 4)}));
        // Each starts as soon as it can: some still open the catalogue while others write, as in a shop.
        QElapsedTimer clock;
        clock.start();
        for (const auto &writer : writers)
            writer->send("go");
        for (const auto &writer : writers)
            QVERIFY2(writer->finish(QDeadlineTimer(180s)) && writer->lines().contains(u"done"_s),
                     writer->report().constData());
        qInfo("rollbackJournalCatalogueSharedByEightProcesses: %d x %d receipts and 2 x %d opens in %lld ms",
              writerCount, receipts, receipts / 4, clock.elapsed());

        auto catalogue = Catalogue::Catalogue::open(url, Catalogue::Catalogue::Missing::Refuse);
        QVERIFY2(catalogue, Test::why(catalogue));
        auto total = catalogue->livres().sum(Livre::Quantite);
        QVERIFY2(total, Test::why(total));
        QCOMPARE(total->toLongLong(), qint64(writerCount * receipts));
    }

    // 2. Optimistic locking: a save based on a copy read before someone else's save is refused.
    void staleVersionIsRefused_data()
    {
        QTest::addColumn<QString>("dialect");
        for (const QString &dialect : dialects())
            QTest::newRow(qPrintable(dialect)) << dialect;
    }

    void staleVersionIsRefused()
    {
        QFETCH(QString, dialect);
        m_db = std::make_unique<Test::TestDatabase>(dialect);
        QVERIFY2(m_db->error().isEmpty(), qPrintable(m_db->error()));
        const QList<Attribute> attributes{{.name = u"name"_s, .type = DataType::string()},
                                          {.name = u"stock"_s, .type = DataType::integer(), .defaultValue = 0}};
        const ModelOptions options{.tableName = u"Fiches"_s, .version = true};
        auto fiches = m_db->database().define(u"Fiche"_s, attributes, options);
        QVERIFY2(fiches, Test::why(fiches));
        QVERIFY(fiches->sync(SyncMode::Force));
        auto created = fiches->create({{u"name"_s, u"Dune"_s}});
        QVERIFY2(created, Test::why(created));
        const QVariant id = created->get(u"id"_s);
        QCOMPARE(created->get(u"version"_s).toInt(), 0);

        // Two copies read from the same version, the second one through another connection (another program).
        auto opened = Database::open(m_db->url());
        QVERIFY2(opened, Test::why(opened));
        Database other = *opened;
        auto otherFiches = other.define(u"Fiche"_s, attributes, options);
        QVERIFY2(otherFiches, Test::why(otherFiches));
        auto mine = fiches->findByPk(id);
        auto theirs = otherFiches->findByPk(id);
        QVERIFY2(mine, Test::why(mine));
        QVERIFY2(theirs, Test::why(theirs));

        QVERIFY(theirs->set(u"stock"_s, 5));
        auto saved = theirs->save();
        QVERIFY2(saved, Test::why(saved));
        QCOMPARE(theirs->get(u"version"_s).toInt(), 1);

        QVERIFY(mine->set(u"stock"_s, 9));
        auto stale = mine->save();
        QVERIFY(!stale);
        QCOMPARE(stale.error().kind(), Error::Kind::OptimisticLock);
        QVERIFY2(!stale.error().message().isEmpty(), "the refusal says nothing");
        QCOMPARE(mine->get(u"stock"_s).toInt(), 9); // the instance keeps the unsaved change
        auto stored = fiches->findByPk(id);
        QVERIFY2(stored, Test::why(stored));
        QCOMPARE(stored->get(u"stock"_s).toInt(), 5); // the other program's save stands
        QCOMPARE(stored->get(u"version"_s).toInt(), 1);

        // Read again, the same edit goes through.
        QVERIFY(mine->reload());
        QVERIFY(mine->set(u"stock"_s, 9));
        auto retried = mine->save();
        QVERIFY2(retried, Test::why(retried));
        QCOMPARE(mine->get(u"version"_s).toInt(), 2);

        // A copy of a row deleted meanwhile is refused too, and nothing is written back.
        auto gone = otherFiches->findByPk(id);
        QVERIFY2(gone, Test::why(gone));
        QVERIFY(mine->destroy());
        QVERIFY(gone->set(u"stock"_s, 1));
        auto vanished = gone->save();
        QVERIFY(!vanished);
        QCOMPARE(vanished.error().kind(), Error::Kind::OptimisticLock);
        QCOMPARE(*fiches->count(), 0);
        other.close();
    }

    // 4. A full disk (SQLite's max_page_count): a clear error, and the file opens with its content intact.
    void diskFullLeavesContentIntact_data()
    {
        QTest::addColumn<QString>("journal");
        QTest::newRow("WAL") << u"wal"_s;
        QTest::newRow("rollback journal") << u"delete"_s;
    }

    void diskFullLeavesContentIntact()
    {
        QFETCH(QString, journal);
        auto livres = openCatalogue(u"sqlite"_s);
        QVERIFY2(livres, Test::why(livres));
        Database db = m_db->database();
        auto mode = db.query(u"PRAGMA journal_mode = "_s + (journal == u"wal" ? u"WAL"_s : u"DELETE"_s));
        QVERIFY2(mode, Test::why(mode));
        QCOMPARE(mode->rows.value(0).value(0).toString().toLower(), journal);

        QList<QVariantMap> rows;
        for (int n = 0; n < 300; ++n)
            rows << book(u"before"_s, n);
        QVERIFY(livres->bulkCreate(rows));
        auto before = checksum(db, Livre::tableName, Livre::Id);
        QVERIFY2(before, Test::why(before));
        auto pages = db.query(u"PRAGMA page_count"_s);
        QVERIFY2(pages, Test::why(pages));
        const qint64 limit = pages->rows.value(0).value(0).toLongLong() + 10;
        auto limited = db.query(u"PRAGMA max_page_count = %1"_s.arg(limit));
        QVERIFY2(limited, Test::why(limited));
        QCOMPARE(limited->rows.value(0).value(0).toLongLong(), limit);

        rows.clear();
        for (int n = 0; n < 5000; ++n)
            rows << book(u"too many"_s, n);
        QElapsedTimer clock;
        clock.start();
        auto full = livres->bulkCreate(rows);
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(!full, "5,000 books fitted in 10 pages");
        qInfo("diskFullLeavesContentIntact %s: bulkCreate of %lld rows refused after %lld ms: %s",
              QTest::currentDataTag(), qint64(rows.size()), elapsed, qPrintable(full.error().toString().left(300)));
        QVERIFY2(full.error().message().contains(u"full"_s, Qt::CaseInsensitive), qPrintable(full.error().message()));
        QCOMPARE(full.error().nativeCode().toInt() & 0xff, 13); // SQLITE_FULL
        QVERIFY(full.error().kind() != Error::Kind::Validation);

        // The same connection still reads the old content.
        QCOMPARE(*livres->count(), 300);
        // A new connection opens the file: undamaged, the same rows.
        {
            auto opened = Database::open(m_db->url());
            QVERIFY2(opened, Test::why(opened));
            QCOMPARE(integrity(*opened), u"ok"_s);
            auto count = opened->query(u"SELECT COUNT(*) FROM \"Livres\""_s);
            QVERIFY2(count, Test::why(count));
            QCOMPARE(count->rows.value(0).value(0).toInt(), 300);
            auto after = checksum(*opened, Livre::tableName, Livre::Id);
            QVERIFY2(after, Test::why(after));
            QCOMPARE(*after, *before);
            opened->close();
        }
        // With room again, the same connection writes: nothing was left half-open.
        QVERIFY(db.query(u"PRAGMA max_page_count = 1073741823"_s));
        auto more = livres->bulkCreate(rows.mid(0, 500));
        QVERIFY2(more, Test::why(more));
        QCOMPARE(*livres->count(), 800);
        QCOMPARE(integrity(db), u"ok"_s);
    }

    // 6. A migration of five steps that fails at step k, for every k: the database is exactly as before.
    void failedMigrationChangesNothing_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<int>("failingStep");
        QTest::addColumn<QString>("failure");
        const QList<std::pair<QString, QString>> failures = {{u"error"_s, u"the step returns an error"_s},
                                                             {u"sql"_s, u"its SQL fails"_s},
                                                             {u"reference"_s, u"it breaks a foreign key"_s}};
        for (const QString &dialect : dialects()) {
            for (int step = 1; step <= 5; ++step) {
                for (const auto &[failure, name] : failures)
                    QTest::addRow("%s, step %d: %s", qPrintable(dialect), step, qPrintable(name))
                            << dialect << step << failure;
            }
        }
    }

    void failedMigrationChangesNothing()
    {
        QFETCH(QString, dialect);
        QFETCH(int, failingStep);
        QFETCH(QString, failure);
        m_db = std::make_unique<Test::TestDatabase>(dialect);
        QVERIFY2(m_db->error().isEmpty(), qPrintable(m_db->error()));
        Database db = m_db->database();

        const Migration create{
                u"20240101000000-create-ouvrages"_s,
                [](Schema &s) -> Status {
                    if (auto r = s.createTable(u"Auteurs"_s,
                                               {{.name = u"id"_s,
                                                 .type = DataType::integer(),
                                                 .primaryKey = true,
                                                 .autoIncrement = true},
                                                {.name = u"nom"_s, .type = DataType::string(100), .allowNull = false}});
                        !r)
                        return r;
                    if (auto r = s.createTable(u"Ouvrages"_s,
                                               {{.name = u"id"_s,
                                                 .type = DataType::integer(),
                                                 .primaryKey = true,
                                                 .autoIncrement = true},
                                                {.name = u"titre"_s, .type = DataType::string(200), .allowNull = false},
                                                {.name = u"prix"_s, .type = DataType::floating()},
                                                {.name = u"auteurId"_s, .type = DataType::integer()}});
                        !r)
                        return r;
                    if (auto r = s.addConstraint(u"Ouvrages"_s,
                                                 {.type = Constraint::Type::ForeignKey,
                                                  .name = u"ouvrages_auteur_fk"_s,
                                                  .fields = {u"auteurId"_s},
                                                  .referencesTable = u"Auteurs"_s,
                                                  .referencesFields = {u"id"_s}});
                        !r)
                        return r;
                    return s.addIndex(u"Ouvrages"_s, {.fields = {u"titre"_s}, .name = u"ouvrages_titre"_s});
                },
                [](Schema &s) -> Status {
                    if (auto r = s.dropTable(u"Ouvrages"_s); !r)
                        return r;
                    return s.dropTable(u"Auteurs"_s);
                }};
        auto created = Migrator(db, {create}).up({}, Backup::Skip);
        QVERIFY2(created, Test::why(created));
        for (int a = 1; a <= 3; ++a)
            QVERIFY(db.query(u"INSERT INTO \"Auteurs\" (\"nom\") VALUES (?)"_s, QVariantList{u"Auteur %1"_s.arg(a)}));
        for (int o = 1; o <= 12; ++o)
            QVERIFY(db.query(u"INSERT INTO \"Ouvrages\" (\"titre\", \"prix\", \"auteurId\") VALUES (?, ?, ?)"_s,
                             QVariantList{u"Ouvrage %1"_s.arg(o), 4.5 * o, 1 + o % 3}));

        // Five steps, each changing the schema or the rows; step k fails instead of running, or (reference) runs
        // then breaks a reference.
        const QList<std::function<Status(Schema &)>> steps = {
                [](Schema &s) {
                    return s.createTable(
                            u"Editeurs"_s,
                            {{.name = u"id"_s, .type = DataType::integer(), .primaryKey = true, .autoIncrement = true},
                             {.name = u"nom"_s, .type = DataType::string(100)}});
                },
                [](Schema &s) { return s.addColumn(u"Ouvrages"_s, {.name = u"isbn"_s, .type = DataType::string(20)}); },
                [](Schema &s) -> Status {
                    auto r = s.bulkUpdate(u"Ouvrages"_s, {{u"prix"_s, 0.0}}, col(u"id"_s) > 0);
                    if (!r)
                        return std::unexpected(r.error());
                    return {};
                },
                [](Schema &s) {
                    // A type change: SQLite rebuilds the table (with its foreign key and index).
                    return s.changeColumn(u"Ouvrages"_s, u"prix"_s,
                                          {.name = u"prix"_s,
                                           .type = DataType::decimal(10, 2),
                                           .allowNull = false,
                                           .defaultValue = 0});
                },
                [](Schema &s) { return s.renameColumn(u"Auteurs"_s, u"nom"_s, u"name"_s); },
        };
        const QString name = u"20240201000000-five-steps"_s;
        auto migration = [&](int failAt) {
            return Migration{name,
                             [steps, failAt, failure](Schema &s) -> Status {
                                 for (int k = 1; k <= steps.size(); ++k) {
                                     if (k == failAt && failure == u"error")
                                         return fail(Error::Kind::Database, u"step %1 refused"_s.arg(k));
                                     if (k == failAt && failure == u"sql") {
                                         auto r = s.query(u"INSERT INTO \"NoSuchTable\" (\"x\") VALUES (1)"_s);
                                         if (!r)
                                             return std::unexpected(r.error());
                                         return fail(Error::Kind::Database, u"the broken SQL ran"_s);
                                     }
                                     if (auto r = steps.at(k - 1)(s); !r)
                                         return r;
                                     if (k == failAt && failure == u"reference") {
                                         auto r = s.query(
                                                 u"UPDATE \"Ouvrages\" SET \"auteurId\" = 999 WHERE \"id\" = 2"_s);
                                         if (!r)
                                             return std::unexpected(r.error());
                                     }
                                 }
                                 return {};
                             },
                             [](Schema &) -> Status { return {}; }};
        };

        Migrator migrator(db, {create, migration(failingStep)});
        QVERIFY(migrator.status()); // the migrators' tables exist before the snapshot
        auto before = snapshot(db);
        QVERIFY2(before, Test::why(before));

        auto failed = migrator.up({}, Backup::Skip);
        QVERIFY2(!failed, "the failing migration succeeded");
        QVERIFY2(failed.error().message().contains(name), qPrintable(failed.error().toString()));
        if (failure == u"error")
            QVERIFY2(failed.error().message().contains(u"step %1 refused"_s.arg(failingStep)),
                     qPrintable(failed.error().toString()));
        if (failure == u"reference")
            QCOMPARE(failed.error().kind(), Error::Kind::ForeignKeyConstraint);

        auto after = snapshot(db);
        QVERIFY2(after, Test::why(after));
        QVERIFY2(*after == *before, difference(*before, *after).constData());
        auto states = migrator.status();
        QVERIFY2(states, Test::why(states));
        QCOMPARE(states->size(), 2);
        QVERIFY(!states->at(1).executed);

        // Nothing was left open or locked: the same migration, without its failure, then applies in full.
        auto fixed = Migrator(db, {create, migration(0)}).up({}, Backup::Skip);
        QVERIFY2(fixed, Test::why(fixed));
        QCOMPARE(fixed->executed, QStringList{name});
        auto columns = db.columns(u"Auteurs"_s);
        QVERIFY2(columns, Test::why(columns));
        QCOMPARE(*columns, (QStringList{u"id"_s, u"name"_s}));
        auto editeurs = db.columns(u"Editeurs"_s);
        QVERIFY2(editeurs, Test::why(editeurs));
        QCOMPARE(editeurs->size(), 2);
        auto prices = db.query(u"SELECT COUNT(*) FROM \"Ouvrages\" WHERE \"prix\" = 0"_s);
        QVERIFY2(prices, Test::why(prices));
        QCOMPARE(prices->rows.value(0).value(0).toInt(), 12);
    }

    // 8. Several threads use one Database at once through the models: right results, and not one Qt warning
    // about a connection used from another thread than its own.
    void threadsShareOneDatabase_data()
    {
        QTest::addColumn<QString>("dialect");
        for (const QString &dialect : dialects())
            QTest::newRow(qPrintable(dialect)) << dialect;
    }

    void threadsShareOneDatabase()
    {
        QFETCH(QString, dialect);
        const Test::WarningRecorder recorder; // installed first: opening and closing are watched too
        {
            auto livres = openCatalogue(dialect);
            QVERIFY2(livres, Test::why(livres));
            Database db = m_db->database();
            auto counter = livres->create(book(u"counter"_s, 0));
            QVERIFY2(counter, Test::why(counter));
            const QVariant counterId = counter->get(Livre::Id);

            const int tasks = Test::isCi() ? 8 : 24;
            constexpr int creates = 10;
            constexpr int bulk = 40;
            constexpr int increments = 10;
            constexpr int waves = 2;
            QMutex mutex;
            QStringList errors;
            QElapsedTimer clock;
            clock.start();
            {
                QThreadPool pool;
                pool.setMaxThreadCount(4);
                for (int wave = 1; wave <= waves; ++wave) {
                    for (int t = 0; t < tasks; ++t) {
                        const QString tag = u"wave%1-task%2"_s.arg(wave).arg(t);
                        pool.start([&, tag, model = *livres] {
                            auto report = [&](const QString &what, const Error &error) {
                                QMutexLocker lock(&mutex);
                                errors << tag + u": "_s + what + u": "_s + error.toString();
                            };
                            for (int n = 0; n < creates; ++n) {
                                if (auto r = model.create(book(tag, n)); !r)
                                    return report(u"create"_s, r.error());
                            }
                            auto inTransaction = transaction(db,
                                                             [&]() -> Status {
                                                                 QList<QVariantMap> rows;
                                                                 for (int n = creates; n < creates + bulk; ++n)
                                                                     rows << book(tag, n);
                                                                 auto r = model.bulkCreate(rows);
                                                                 if (!r)
                                                                     return std::unexpected(r.error());
                                                                 return {};
                                                             },
                                                             {.retries = 10});
                            if (!inTransaction)
                                return report(u"bulkCreate"_s, inTransaction.error());
                            for (int n = 0; n < increments; ++n) {
                                auto r = model.increment({{Livre::Quantite, 1}}, col(Livre::Id) == counterId);
                                if (!r)
                                    return report(u"increment"_s, r.error());
                            }
                            auto found = model.findAll({.where = col(Livre::Genre) == tag, .order = {asc(Livre::Id)}});
                            if (!found)
                                return report(u"findAll"_s, found.error());
                            if (found->size() != creates + bulk)
                                return report(u"findAll"_s,
                                              Error(Error::Kind::Database, u"%1 rows found"_s.arg(found->size())));
                            for (int n = 0; n < found->size(); ++n) {
                                if (found->at(n).get(Livre::Nom).toString() != book(tag, n).value(Livre::Nom))
                                    return report(
                                            u"findAll"_s,
                                            Error(Error::Kind::Database, u"row %1 is not the one written"_s.arg(n)));
                            }
                        });
                    }
                    QVERIFY(pool.waitForDone(60000));
                    if (wave == 1)
                        db.close(); // closes every thread's connection; the pool's threads open new ones
                }
            } // the pool's threads end here, and their connections with them
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
            auto total = livres->count({.where = col(Livre::Genre).startsWith(u"wave"_s)});
            QVERIFY2(total, Test::why(total));
            QCOMPARE(*total, qint64(waves * tasks * (creates + bulk)));
            auto counted = livres->findByPk(counterId);
            QVERIFY2(counted, Test::why(counted));
            QCOMPARE(counted->get(Livre::Quantite).toInt(), waves * tasks * increments);
            qInfo("threadsShareOneDatabase %s: %d tasks on 4 threads, %d waves, %lld rows, %lld ms",
                  QTest::currentDataTag(), tasks, waves, *total, clock.elapsed());
            m_db.reset();
        }
        QVERIFY2(recorder.warnings().isEmpty(), qPrintable(recorder.warnings().join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestReliability)
#include "tst_reliability.moc"
