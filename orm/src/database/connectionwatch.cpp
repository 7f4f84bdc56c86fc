#include <orm/connectionwatch.h>

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <algorithm>
#include <cmath>

namespace Orm {

ConnectionWatch::ConnectionWatch(const Database &database, QObject *parent) : QObject(parent), m_database(database)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionWatch::retryNow);
    // The observer runs on whichever thread saw the change: it hands it to this object's thread, and does nothing
    // once this object is gone (QPointer, checked there).
    QPointer<ConnectionWatch> self(this);
    m_observer = m_database.addConnectionObserver([self](ConnectionState state, const Error &error) {
        if (!self)
            return;
        QMetaObject::invokeMethod(
                self.get(),
                [self, state, error] {
                    if (self)
                        self->changed(state, error);
                },
                Qt::QueuedConnection);
    });
    if (m_database.connectionState() == ConnectionState::Lost)
        QMetaObject::invokeMethod(
                this, [this] { changed(ConnectionState::Lost, Error(Error::Kind::Connection, QString())); },
                Qt::QueuedConnection);
}

ConnectionWatch::~ConnectionWatch()
{
    m_database.removeConnectionObserver(m_observer);
}

int ConnectionWatch::backoff(int attempt)
{
    // 1, 2, 4, 8, 16, 30, 30...: quick for a restart, a few calls a minute for a long outage.
    return attempt >= 5 ? 30 : 1 << std::max(0, attempt);
}

int ConnectionWatch::secondsToRetry() const
{
    if (!m_lost || m_retrying || !m_timer.isActive())
        return 0;
    const qint64 left = m_timer.interval() - m_clock.elapsed();
    return int(std::max<qint64>(0, (left + 999) / 1000));
}

void ConnectionWatch::changed(ConnectionState state, const Error &error)
{
    if (state == ConnectionState::Lost) {
        if (!error.message().isEmpty())
            m_error = error;
        if (m_lost)
            return; // already counting down
        m_lost = true;
        m_attempts = 0;
        Q_EMIT lost(m_error);
        if (!m_retrying)
            schedule();
        return;
    }
    if (!m_lost)
        return;
    // A call of the program's own found it back before the next retry.
    m_lost = false;
    m_attempts = 0;
    m_timer.stop();
    Q_EMIT restored();
}

void ConnectionWatch::schedule()
{
    const int seconds = backoff(m_attempts);
    m_clock.start();
    m_timer.start(seconds * 1000);
    Q_EMIT retryScheduled(seconds);
}

void ConnectionWatch::retryNow()
{
    if (!m_lost || m_retrying)
        return;
    m_timer.stop();
    m_retrying = true;
    // The database is first asked from a thread of the pool, on a connection of its own (Database::probe()): a
    // server that does not answer holds that thread, up to the URL's connect_timeout, and not this one (the
    // window's). The pool waits for it when the program ends.
    QPointer<ConnectionWatch> self(this);
    QThreadPool::globalInstance()->start([self, database = m_database]() mutable {
        const Status reached = database.probe();
        // The copy of the database is released where the watch lives (or on the application's thread when the watch
        // is gone): were it the last copy, its connections would be closed from the thread that made them.
        QObject *home = self ? static_cast<QObject *>(self.get()) : QCoreApplication::instance();
        if (!home)
            return;
        QMetaObject::invokeMethod(
                home,
                [self, reached, database = std::move(database)] {
                    if (self)
                        self->probed(reached);
                },
                Qt::QueuedConnection);
    });
}

void ConnectionWatch::probed(const Status &reached)
{
    // Once the database answers, this thread's own connection is found again by a ping (opened anew), which makes
    // the state Connected for every observer.
    const Status pinged = reached ? m_database.ping() : reached;
    m_retrying = false;
    if (!pinged) {
        m_error = pinged.error();
        ++m_attempts;
        if (m_lost)
            schedule();
        return;
    }
    // ping() made the state Connected, which the observer tells through a queued call; this tells it now, and that
    // call then finds nothing to do.
    changed(ConnectionState::Connected, {});
}

} // namespace Orm
