#pragma once

#include <orm/database.h>
#include <orm/model.h>

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Test {

// The error of a failed result as text for QVERIFY2 (which evaluates its message even when the check passes).
template<typename T>
QByteArray why(const std::expected<T, Orm::Error> &result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}

// Adds the "dialect" column and a row per dialect to a test's initTestCase_data(): "sqlite" always, "postgres"
// when $CATALOGUE_TEST_PG_URL names a server. With CI=true a missing server is a failure, never a skip.
void addDialectRows();

// True in CI (CI=true, 1 or yes).
bool isCi();

// The PostgreSQL URL of the test server, or empty.
QString postgresAdminUrl();

// Defines the model and creates its table anew (sync Force); a failure ends the test run (qFatal).
Orm::Model defineAndSync(Orm::Database &database, const QString &name, const QList<Orm::Attribute> &attributes,
                         const Orm::ModelOptions &options = {});

// A fresh, empty database of the given dialect, removed on destruction: a temporary SQLite file, or a new
// PostgreSQL database created on the test server (dropped afterwards).
class TestDatabase
{
public:
    explicit TestDatabase(const QString &dialect);
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    // Empty when the database was created; otherwise why not.
    QString error() const { return m_error; }
    Orm::Database &database() { return m_database; }
    QString url() const { return m_url; }

private:
    QString m_dialect;
    QString m_url;
    QString m_pgName;
    std::unique_ptr<QTemporaryDir> m_dir;
    Orm::Database m_database;
    QString m_error;
};

} // namespace Test

// In init(): opens a fresh database of the current dialect row into `db` (a std::unique_ptr<Test::TestDatabase>
// member), failing the test when it cannot. It never skips: without a server outside CI, addDialectRows() adds no
// "postgres" row at all (and warns); in CI the row is there and fails here.
#define TEST_OPEN_DATABASE(holder) \
  do { \
    QFETCH_GLOBAL(QString, dialect); \
    holder = std::make_unique<Test::TestDatabase>(dialect); \
    QVERIFY2(holder->error().isEmpty(), qPrintable(holder->error())); \
  } while (false)
