#pragma once

#include <orm/error.h>

#include <QObject>
#include <QString>

class QThread;

namespace Gui {

// The pass over a SQLite catalogue's pages (Catalogue::checkPages()) on a thread of its own, so that the window
// shows and searches the books while a large file is checked. finished() comes on the thread this object lives in.
// Destroying it while the check runs waits for the check to end (it only reads, on a connection of its own).
class PageCheck : public QObject
{
    Q_OBJECT

public:
    // Starts the check of the file at url at once.
    explicit PageCheck(const QString &url, QObject *parent = nullptr);
    ~PageCheck() override;

    bool isRunning() const;
    // Once finished: what the check found, nothing or the Connection error of a damaged file.
    Orm::Status result() const { return *m_result; }

Q_SIGNALS:
    void finished();

private:
    QThread *m_thread;
    std::shared_ptr<Orm::Status> m_result;
};

} // namespace Gui
