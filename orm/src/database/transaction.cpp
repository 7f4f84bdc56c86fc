#include "database/databaseprivate_p.h"
#include "database/scopedtransaction_p.h"

#include <orm/transaction.h>

#include <QThread>

#include <exception>

namespace Orm {

Result<Transaction> Transaction::begin(const Database &database, const TransactionOptions &options)
{
    DatabasePrivate *d = DatabasePrivate::of(database);
    if (!d)
        return fail(Error::Kind::Connection, QStringLiteral("the database is not open"));
    Transaction t;
    t.m_scope = std::make_unique<ScopedTransaction>(*d, options);
    if (!t.m_scope->begun())
        return std::unexpected(t.m_scope->begun().error());
    return t;
}

Transaction::Transaction(Transaction &&other) noexcept = default;
Transaction &Transaction::operator=(Transaction &&other) noexcept = default;
Transaction::~Transaction() = default;

Status Transaction::commit()
{
    if (!m_scope)
        return fail(Error::Kind::Database, QStringLiteral("the transaction is already finished"));
    return m_scope->commit();
}

Status Transaction::rollback()
{
    if (!m_scope)
        return {};
    return m_scope->rollback();
}

bool Transaction::isNested() const
{
    return m_scope && m_scope->isNested();
}

bool Transaction::isFinished() const
{
    return !m_scope || !m_scope->isOpen();
}

void Transaction::afterCommit(const Database &database, std::function<void()> callback)
{
    if (DatabasePrivate *d = DatabasePrivate::of(database))
        ScopedTransaction::afterCommit(*d, std::move(callback));
}

Status transaction(const Database &database, const std::function<Status()> &work, const TransactionOptions &options)
{
    DatabasePrivate *d = DatabasePrivate::of(database);
    if (!d)
        return fail(Error::Kind::Connection, QStringLiteral("the database is not open"));
    // Only the outermost transaction may retry: a savepoint's failure belongs to the caller's transaction.
    const bool outermost = ScopedTransaction::depth(*d) == 0;
    const int attempts = outermost ? 1 + std::max(0, options.retries) : 1;
    auto wait = options.backoff;
    Error last;
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        Status result;
        {
            ScopedTransaction scope(*d, options);
            if (!scope.begun()) {
                result = scope.begun();
            } else {
                try {
                    result = work();
                } catch (const std::exception &e) {
                    result = fail(
                            Error::Kind::Database,
                            QStringLiteral("the transaction's work threw: %1").arg(QString::fromLocal8Bit(e.what())));
                } catch (...) {
                    result = fail(Error::Kind::Database, QStringLiteral("the transaction's work threw an exception"));
                }
                if (result)
                    result = scope.commit();
                else
                    (void)scope.rollback(); // the work's error is the one reported; a rollback error adds nothing
            }
        }
        if (result)
            return result;
        last = result.error();
        if (last.kind() != Error::Kind::Timeout || attempt == attempts)
            break;
        QThread::msleep(static_cast<unsigned long>(wait.count()));
        wait *= 2;
    }
    if (attempts > 1 && last.kind() == Error::Kind::Timeout)
        return std::unexpected(Error(last.kind(),
                                     QStringLiteral("gave up after %1 attempts: %2").arg(attempts).arg(last.message()),
                                     last.sql())
                                       .setNativeCode(last.nativeCode()));
    return std::unexpected(last);
}

} // namespace Orm
