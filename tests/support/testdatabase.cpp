#include "testdatabase.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QTest>
#include <QUuid>

namespace Test {

bool isCi()
{
    const QString ci = qEnvironmentVariable("CI").toLower();
    return ci == u"true" || ci == u"1" || ci == u"yes";
}

QString postgresAdminUrl()
{
    return qEnvironmentVariable("CATALOGUE_TEST_PG_URL");
}

Orm::Model defineAndSync(Orm::Database &database, const QString &name, const QList<Orm::Attribute> &attributes,
                         const Orm::ModelOptions &options)
{
    auto model = database.define(name, attributes, options);
    if (!model)
        qFatal("%s", qPrintable(model.error().toString()));
    auto synced = model->sync(Orm::SyncMode::Force);
    if (!synced)
        qFatal("%s", qPrintable(synced.error().toString()));
    return *model;
}

void addDialectRows()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    if (!postgresAdminUrl().isEmpty()) {
        QTest::newRow("postgres") << QStringLiteral("postgres");
    } else if (isCi()) {
        // A row that fails in init(): CI must never pass without the PostgreSQL tests.
        QTest::newRow("postgres") << QStringLiteral("postgres");
    } else {
        qWarning("CATALOGUE_TEST_PG_URL is not set: the PostgreSQL half of this test is NOT run "
                 "(scripts/test.sh starts a server; with CI=true this is a failure)");
    }
}

TestDatabase::TestDatabase(const QString &dialect) : m_dialect(dialect)
{
    if (dialect == u"sqlite") {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid()) {
            m_error = QStringLiteral("cannot create a temporary directory");
            return;
        }
        m_url = QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("test.db"));
    } else {
        const QString admin = postgresAdminUrl();
        if (admin.isEmpty()) {
            m_error = QStringLiteral("CATALOGUE_TEST_PG_URL is not set, and CI requires the PostgreSQL tests");
            return;
        }
        auto server = Orm::Database::open(admin);
        if (!server) {
            m_error = QStringLiteral("the PostgreSQL test server is unreachable: ") + server.error().message();
            return;
        }
        m_pgName = QStringLiteral("t_%1_%2")
                           .arg(QCoreApplication::applicationPid())
                           .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
        auto created = server->query(QStringLiteral("CREATE DATABASE \"%1\"").arg(m_pgName));
        server->close();
        if (!created) {
            m_error = created.error().toString();
            return;
        }
        m_url = admin.section(u'/', 0, 2) + u'/' + m_pgName;
    }
    auto db = Orm::Database::open(m_url);
    if (!db) {
        m_error = db.error().toString();
        return;
    }
    m_database = *db;
}

TestDatabase::~TestDatabase()
{
    m_database.close();
    m_database = Orm::Database();
    if (!m_pgName.isEmpty()) {
        auto server = Orm::Database::open(postgresAdminUrl());
        if (server) {
            auto dropped = server->query(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(m_pgName));
            if (!dropped)
                qWarning("could not drop the test database %s: %s", qPrintable(m_pgName),
                         qPrintable(dropped.error().message()));
            server->close();
        }
    }
}

} // namespace Test
