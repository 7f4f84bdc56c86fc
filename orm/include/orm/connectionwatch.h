#pragma once

#include <orm/database.h>
#include <orm/error.h>

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace Orm {

// Watches a Database for a lost connection (Database::connectionState()) and gets it back by itself: once a call
// finds the database unreachable, lost() is emitted and the watch tries again (the same URL) after 1, 2, 4, 8, 16,
// then every 30 seconds, until it answers; then restored() is emitted. retryNow() tries at once. Each try asks the
// database from a thread of the pool first (Database::probe()), so that a server that does not answer never holds
// the watch's thread; once it answers, Database::ping() finds the connection again on the watch's thread. Lives on
// the thread that makes it (the window's); a loss seen by another thread is told through a queued call. Watching a
// database changes nothing in it.
class ConnectionWatch : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionWatch(const Database &database, QObject *parent = nullptr);
    ~ConnectionWatch() override;

    bool isLost() const { return m_lost; }
    // The error that made the connection lost, or the last failed retry's.
    Error lastError() const { return m_error; }
    // Seconds until the next retry (rounded up; 0 while one runs or when not lost).
    int secondsToRetry() const;
    bool isRetrying() const { return m_retrying; }
    // The failed retries since the connection was lost.
    int attempts() const { return m_attempts; }
    // The waits between retries, in seconds: 1, 2, 4, 8, 16, then 30.
    static int backoff(int attempt);

public Q_SLOTS:
    // Tries to reach the database now, without waiting for it (nothing happens when it is not lost, or while a
    // try runs): restored() or retryScheduled() tells how it went.
    void retryNow();

Q_SIGNALS:
    void lost(const Orm::Error &error);
    // A retry failed; the next one is in `seconds`.
    void retryScheduled(int seconds);
    // The database answers again: what waited for it may be saved.
    void restored();

private:
    void changed(ConnectionState state, const Error &error);
    void schedule();
    void probed(const Status &reached);

    Database m_database;
    int m_observer = 0;
    bool m_lost = false;
    bool m_retrying = false;
    int m_attempts = 0;
    Error m_error;
    QTimer m_timer;
    QElapsedTimer m_clock; // since the retry was scheduled
};

} // namespace Orm
