#pragma once

//  Not part of the API.

#include <orm/error.h>

namespace Orm {

class DatabasePrivate;

// The transaction an ORM operation that writes several statements runs in: BEGIN (BEGIN IMMEDIATE on SQLite, so
// that the busy timeout applies) when the thread has none open on this database, a SAVEPOINT inside one that is.
// Rolls back in its destructor unless committed. Depth is tracked per thread and database, never through
// QSqlDatabase::transaction(), which QPSQL lets nest without savepoints.
class ScopedTransaction
{
public:
    explicit ScopedTransaction(DatabasePrivate &database);
    ~ScopedTransaction();
    ScopedTransaction(const ScopedTransaction &) = delete;
    ScopedTransaction &operator=(const ScopedTransaction &) = delete;

    // The error of BEGIN or SAVEPOINT; when there is one, nothing is open and commit() returns it again.
    Status begun() const { return m_begun; }
    Status commit();
    Status rollback();

    // How many transactions and savepoints this thread has open on the database.
    static int depth(const DatabasePrivate &database);

private:
    DatabasePrivate &m_database;
    Status m_begun;
    int m_level = 0; // 1 for the outermost transaction
    bool m_open = false;
};

} // namespace Orm
