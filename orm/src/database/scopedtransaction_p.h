#pragma once

//  Not part of the API.

#include <orm/error.h>
#include <orm/transaction.h>

#include <functional>

namespace Orm {

class DatabasePrivate;

// A transaction on this thread's connection: BEGIN (BEGIN IMMEDIATE on SQLite by default, so that the busy timeout
// applies) when the thread has none open on this database, a SAVEPOINT inside one that is. Rolls back in its
// destructor unless committed. Depth is tracked per thread and database, never through
// QSqlDatabase::transaction(), which QPSQL lets nest without savepoints (an inner commit commits everything).
// The ORM's own multi-statement operations and the public Transaction both use it.
//
// A deferred one sends its BEGIN or SAVEPOINT just before the first statement run inside it, and nothing at all if
// none is: save() with hooks opens one in case a hook writes, and most hooks only change the instance.
class ScopedTransaction
{
public:
    enum class Start { Now, Deferred };

    explicit ScopedTransaction(DatabasePrivate &database, const TransactionOptions &options = {},
                               Start start = Start::Now);
    ~ScopedTransaction();
    ScopedTransaction(const ScopedTransaction &) = delete;
    ScopedTransaction &operator=(const ScopedTransaction &) = delete;

    // The error of BEGIN or SAVEPOINT; when there is one, nothing is open and commit() returns it again.
    [[nodiscard]] Status begun() const { return m_begun; }
    [[nodiscard]] Status commit();
    [[nodiscard]] Status rollback();
    bool isNested() const { return m_level > 1; }
    bool isOpen() const { return m_open; }
    // Whether its BEGIN or SAVEPOINT was sent (a deferred one's, only once a statement ran inside it).
    bool isStarted() const;
    // For a deferred one nothing started yet (nor any below it), whose next statement is its last and atomic
    // alone: that statement runs without it, and it sends nothing at all. Its commit() still hands the callbacks
    // queued inside it over (afterCommit()), its rollback() still drops them.
    void skipIfUnstarted();

    // How many transactions and savepoints this thread has open on the database.
    static int depth(const DatabasePrivate &database);
    // The connection was lost while this thread had a transaction open on the database: the server rolled it
    // back. Until the outermost transaction ends, every statement fails with a Connection error (instead of
    // running in autocommit on a new connection), commit() fails and rollback() sends nothing.
    static void markBroken(const DatabasePrivate &database);
    static bool isBroken(const DatabasePrivate &database);
    // Sends the BEGIN and SAVEPOINTs of the deferred ones this thread has open and not yet started: called before
    // each statement on the database.
    static Status startDeferred(DatabasePrivate &database);

    // Queues callback for when this thread's outermost transaction on the database commits (runs it at once when
    // none is open).
    static void afterCommit(const DatabasePrivate &database, std::function<void()> callback);

private:
    void finish();

    DatabasePrivate &m_database;
    Status m_begun;
    int m_level = 0; // 1 for the outermost transaction
    bool m_open = false;
    bool m_skipped = false; // by skipIfUnstarted()
};

} // namespace Orm
