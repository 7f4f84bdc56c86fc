#pragma once

#include <orm/connectionwatch.h>
#include <orm/database.h>

#include <QFrame>
#include <QPointer>
#include <QTimer>

class QLabel;
class QPushButton;

namespace Gui {

// The bar at the top of the window while the catalogue cannot be reached (a server restarted, a network gone, a
// file moved away): says so, counts down to the next try ("reconnecting in 4 s…") with a Retry now button, and
// how many movements wait to be saved; says briefly that the connection is back, then hides. Not a dialog: the
// window stays usable meanwhile. The reconnecting itself is the ORM's (Orm::ConnectionWatch, which it owns).
class ConnectionBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ConnectionBanner(QWidget *parent = nullptr);

    // Watches that database (an invalid one: none); the banner hides.
    void watch(const Orm::Database &database);
    Orm::ConnectionWatch *connectionWatch() const { return m_watch; }
    // How many movements wait for the connection (shown while it is lost).
    void setWaiting(int count);

    // What was saved once the connection came back (said under "connected again"); with important (something was
    // not saved) the bar stays longer.
    void setOutcome(const QString &text, bool important);

    QString text() const;
    QPushButton *retryButton() const { return m_retry; }

Q_SIGNALS:
    void lost();
    // The connection is back: what waits for it may be saved now.
    void restored();

private:
    void showLost();
    void showRestored();
    void refresh();

    QPointer<Orm::ConnectionWatch> m_watch;
    bool m_server = true;
    int m_waiting = 0;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_retry;
    QTimer m_tick; // the countdown, once a second
    QTimer m_hide; // the "back" message's time on screen
};

} // namespace Gui
