#pragma once

#include <orm/database.h>
#include <orm/error.h>

#include <chrono>
#include <functional>
#include <memory>

namespace Orm {

class ScopedTransaction;

// PostgreSQL's isolation levels (SQLite transactions are always serializable).
enum class IsolationLevel { Default, ReadCommitted, RepeatableRead, Serializable };
// How a SQLite transaction takes its lock: Immediate (the default) takes the write lock at BEGIN, so that the busy
// timeout applies; a Deferred one that later writes fails at once with SQLITE_BUSY when another connection writes.
enum class SqliteLock { Deferred, Immediate, Exclusive };

struct TransactionOptions
{
    IsolationLevel isolation = IsolationLevel::Default;
    SqliteLock sqliteLock = SqliteLock::Immediate;
    // Managed transactions only: how many times the whole function is run again after a busy, deadlock or
    // serialization failure (Error::Kind::Timeout), waiting backoff, then twice as long each time.
    int retries = 0;
    std::chrono::milliseconds backoff{20};
};

// An unmanaged transaction, as Sequelize's `await sequelize.transaction()`: commit() or rollback() it; destroyed
// without either, it rolls back. Begun while this thread already has one open on the same database, it is a
// SAVEPOINT inside it, and its rollback undoes only what was done since. Every ORM call made on this thread
// meanwhile runs inside it (Sequelize's CLS): connections belong to threads, so there is nothing to pass around.
// Belongs to the thread that began it.
class Transaction
{
public:
    [[nodiscard]] static Result<Transaction> begin(const Database &database, const TransactionOptions &options = {});

    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&other) noexcept;
    ~Transaction();

    [[nodiscard]] Status commit();
    [[nodiscard]] Status rollback();
    // True for a savepoint inside an outer transaction.
    bool isNested() const;
    bool isFinished() const;

    // Runs callback once the outermost transaction commits (at once if this thread has none open); dropped if the
    // transaction or savepoint it was registered in rolls back.
    static void afterCommit(const Database &database, std::function<void()> callback);

private:
    Transaction() = default;
    std::unique_ptr<ScopedTransaction> m_scope;
};

// A managed transaction, as Sequelize's `sequelize.transaction(async t => ...)`: runs work inside a transaction
// (or a savepoint) that commits when work returns success and rolls back when it returns an error or throws (the
// exception becomes a Database error). Retries per options.retries when the outermost transaction hits a busy or
// serialization failure; the error says how many attempts were made when it gives up.
[[nodiscard]] Status transaction(const Database &database, const std::function<Status()> &work,
                                 const TransactionOptions &options = {});

} // namespace Orm
