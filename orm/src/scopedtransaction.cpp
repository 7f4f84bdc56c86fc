#include "scopedtransaction_p.h"

#include "database_p.h"

#include <QHash>

namespace Orm {

namespace {

QHash<quint64, int> &depths()
{
    thread_local QHash<quint64, int> perDatabase;
    return perDatabase;
}

QString savepointName(int level)
{
    return QStringLiteral("orm_sp_%1").arg(level);
}

} // namespace

ScopedTransaction::ScopedTransaction(DatabasePrivate &database) : m_database(database)
{
    int &depth = depths()[database.serial];
    m_level = depth + 1;
    QString sql;
    if (m_level == 1)
        sql = database.dialect.kind() == Dialect::Kind::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                                                                : QStringLiteral("BEGIN");
    else
        sql = QStringLiteral("SAVEPOINT ") + savepointName(m_level);
    auto r = database.execute(sql, {});
    if (!r) {
        m_begun = std::unexpected(r.error());
        return;
    }
    depth = m_level;
    m_open = true;
}

ScopedTransaction::~ScopedTransaction()
{
    if (m_open)
        (void)rollback();
}

Status ScopedTransaction::commit()
{
    if (!m_begun)
        return m_begun;
    if (!m_open)
        return fail(Error::Kind::Database, QStringLiteral("the transaction is already finished"));
    const QString sql = m_level == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE SAVEPOINT ") + savepointName(m_level);
    auto r = m_database.execute(sql, {});
    if (!r) {
        (void)rollback();
        return std::unexpected(r.error());
    }
    m_open = false;
    depths()[m_database.serial] = m_level - 1;
    return {};
}

Status ScopedTransaction::rollback()
{
    if (!m_open)
        return {};
    m_open = false;
    depths()[m_database.serial] = m_level - 1;
    if (m_level == 1) {
        auto r = m_database.execute(QStringLiteral("ROLLBACK"), {});
        if (!r)
            return std::unexpected(r.error());
        return {};
    }
    // ROLLBACK TO keeps the savepoint open; RELEASE then ends it, leaving the outer transaction as it was.
    const QString name = savepointName(m_level);
    auto r = m_database.execute(QStringLiteral("ROLLBACK TO SAVEPOINT ") + name, {});
    if (!r)
        return std::unexpected(r.error());
    auto released = m_database.execute(QStringLiteral("RELEASE SAVEPOINT ") + name, {});
    if (!released)
        return std::unexpected(released.error());
    return {};
}

int ScopedTransaction::depth(const DatabasePrivate &database)
{
    return depths().value(database.serial, 0);
}

} // namespace Orm
