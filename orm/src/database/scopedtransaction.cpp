#include "database/databaseprivate_p.h"
#include "database/scopedtransaction_p.h"

#include <QHash>

#include <array>

namespace Orm {

namespace {

// What one thread has open on one database.
struct ThreadState
{
    int depth = 0;
    int started = 0; // of those, how many sent their BEGIN or SAVEPOINT: the deferred ones above have not yet
    QString deferredBegin; // the BEGIN of a deferred outermost transaction not yet started
    bool broken = false; // the connection was lost inside the transaction
    QList<std::pair<int, std::function<void()>>> afterCommit; // registered at this depth
};

QHash<quint64, ThreadState> &states()
{
    thread_local QHash<quint64, ThreadState> perDatabase;
    return perDatabase;
}

enum class SavepointStep { Begin, Release, RollbackTo };

// A savepoint statement of a nesting level. The first levels' statements are made once: a save() inside a
// transaction opens and releases one each time.
QString savepointStatement(SavepointStep step, int level)
{
    // QString, not auto: with QStringBuilder, auto would be a builder holding the temporary arg() made.
    const auto make = [](SavepointStep step, int level) -> QString {
        static const QString prefixes[] = {QStringLiteral("SAVEPOINT "), QStringLiteral("RELEASE SAVEPOINT "),
                                           QStringLiteral("ROLLBACK TO SAVEPOINT ")};
        return prefixes[int(step)] + QStringLiteral("orm_sp_%1").arg(level);
    };
    constexpr int kept = 16;
    static const std::array<QStringList, 3> made = [&] {
        std::array<QStringList, 3> lists;
        for (int s = 0; s < 3; ++s) {
            for (int i = 0; i < kept; ++i)
                lists[s] << make(SavepointStep(s), i);
        }
        return lists;
    }();
    return level < kept ? made[int(step)].at(level) : make(step, level);
}

QString beginStatement(const Dialect &dialect, const TransactionOptions &options)
{
    if (dialect.kind() == Dialect::Kind::Sqlite) {
        switch (options.sqliteLock) {
        case SqliteLock::Deferred:
            return QStringLiteral("BEGIN DEFERRED");
        case SqliteLock::Immediate:
            return QStringLiteral("BEGIN IMMEDIATE");
        case SqliteLock::Exclusive:
            return QStringLiteral("BEGIN EXCLUSIVE");
        }
    }
    switch (options.isolation) {
    case IsolationLevel::Default:
        break;
    case IsolationLevel::ReadCommitted:
        return QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED");
    case IsolationLevel::RepeatableRead:
        return QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ");
    case IsolationLevel::Serializable:
        return QStringLiteral("BEGIN ISOLATION LEVEL SERIALIZABLE");
    }
    return QStringLiteral("BEGIN");
}

} // namespace

ScopedTransaction::ScopedTransaction(DatabasePrivate &database, const TransactionOptions &options, Start start)
    : m_database(database)
{
    ThreadState &state = states()[database.serial];
    m_level = state.depth + 1;
    if (m_level == 1) {
        if (auto there = database.fileInPlace(); !there) {
            m_begun = database.observed(std::move(there));
            return;
        }
    }
    const QString sql = m_level == 1 ? beginStatement(database.dialect, options)
                                     : savepointStatement(SavepointStep::Begin, m_level);
    if (start == Start::Deferred) {
        if (m_level == 1)
            state.deferredBegin = sql;
        state.depth = m_level;
        m_open = true;
        return;
    }
    auto r = database.execute(sql, {}); // starts the deferred ones below it first
    if (!r) {
        m_begun = std::unexpected(r.error());
        return;
    }
    ThreadState &after = states()[database.serial]; // the execution may have grown the hash
    after.depth = m_level;
    after.started = m_level;
    m_open = true;
}

Status ScopedTransaction::startDeferred(DatabasePrivate &database)
{
    for (;;) {
        // Looked up each time: the statement sent comes back through here.
        const auto it = states().find(database.serial);
        if (it == states().end() || it->started >= it->depth)
            return {};
        const int level = ++it->started; // counted before it is sent, for that reason
        const QString sql =
                level == 1 ? std::exchange(it->deferredBegin, {}) : savepointStatement(SavepointStep::Begin, level);
        if (auto r = database.execute(sql, {}); !r) {
            states()[database.serial].started = level - 1;
            return std::unexpected(r.error());
        }
    }
}

bool ScopedTransaction::isStarted() const
{
    return m_open && !m_skipped && states().value(m_database.serial).started >= m_level;
}

void ScopedTransaction::skipIfUnstarted()
{
    ThreadState &state = states()[m_database.serial];
    // Only when every transaction below it has started: counting this one as started counts them too.
    if (m_open && state.depth == m_level && state.started == m_level - 1) {
        state.started = m_level;
        m_skipped = true;
    }
}

ScopedTransaction::~ScopedTransaction()
{
    if (m_open)
        (void)rollback();
}

void ScopedTransaction::finish()
{
    m_open = false;
    ThreadState &state = states()[m_database.serial];
    state.depth = m_level - 1;
    state.started = std::min(state.started, state.depth);
    if (state.depth == 0) {
        state.broken = false;
        state.deferredBegin.clear();
    }
}

static Error lostTransaction()
{
    return Error(Error::Kind::Connection,
                 QStringLiteral("the connection to the database was lost during the transaction, which the server "
                                "rolled back: nothing of it was written"));
}

void ScopedTransaction::markBroken(const DatabasePrivate &database)
{
    ThreadState &state = states()[database.serial];
    if (state.depth > 0)
        state.broken = true;
}

bool ScopedTransaction::isBroken(const DatabasePrivate &database)
{
    const auto it = states().constFind(database.serial);
    return it != states().cend() && it->broken;
}

Status ScopedTransaction::commit()
{
    if (!m_begun)
        return m_begun;
    if (!m_open)
        return fail(Error::Kind::Database, QStringLiteral("the transaction is already finished"));
    if (isBroken(m_database)) {
        (void)rollback();
        return std::unexpected(lostTransaction());
    }
    if (isStarted()) { // a deferred one nothing ran in has nothing to end
        const QString sql =
                m_level == 1 ? QStringLiteral("COMMIT") : savepointStatement(SavepointStep::Release, m_level);
        if (auto r = m_database.execute(sql, {}); !r) {
            (void)rollback();
            return std::unexpected(r.error());
        }
    }
    finish();
    ThreadState &state = states()[m_database.serial];
    if (m_level == 1) {
        // Callbacks may start transactions of their own: take them out first.
        const auto callbacks = std::exchange(state.afterCommit, {});
        for (const auto &[level, callback] : callbacks)
            callback();
    } else if (!state.afterCommit.isEmpty()) { // a non-const walk detaches, and detaching a null list allocates
        for (auto &[level, callback] : state.afterCommit) // they now belong to the enclosing level
            level = std::min(level, m_level - 1);
    }
    return {};
}

Status ScopedTransaction::rollback()
{
    if (!m_open)
        return {};
    const bool broken = isBroken(m_database);
    const bool started = isStarted();
    finish();
    ThreadState &state = states()[m_database.serial];
    state.afterCommit.removeIf([this](const auto &entry) { return entry.first >= m_level; });
    if (broken || !started) // the server already rolled everything back, or nothing was sent
        return {};
    if (m_level == 1) {
        auto r = m_database.execute(QStringLiteral("ROLLBACK"), {});
        if (!r)
            return std::unexpected(r.error());
        return {};
    }
    // ROLLBACK TO keeps the savepoint open; RELEASE then ends it, leaving the outer transaction as it was.
    auto r = m_database.execute(savepointStatement(SavepointStep::RollbackTo, m_level), {});
    if (!r)
        return std::unexpected(r.error());
    auto released = m_database.execute(savepointStatement(SavepointStep::Release, m_level), {});
    if (!released)
        return std::unexpected(released.error());
    return {};
}

int ScopedTransaction::depth(const DatabasePrivate &database)
{
    return states().value(database.serial).depth;
}

void ScopedTransaction::afterCommit(const DatabasePrivate &database, std::function<void()> callback)
{
    ThreadState &state = states()[database.serial];
    if (state.depth == 0) {
        callback();
        return;
    }
    state.afterCommit.append({state.depth, std::move(callback)});
}

} // namespace Orm
