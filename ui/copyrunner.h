#pragma once

#include <catalogue/copy.h>

#include <QObject>
#include <QString>

#include <atomic>

namespace Gui {

// Copies a catalogue off the GUI thread (Catalogue::CatalogueCopy): moved to a QThread, run() copies on
// connections of its own (they belong to that thread, and it closes them) and says how it went. Its signals are
// queued to the window that watches. cancel() may be called from any thread: nothing is written then.
class CopyRunner : public QObject
{
    Q_OBJECT

public:
    CopyRunner(const QString &fromUrl, const QString &toUrl);

    void run();
    void cancel() { m_cancelled.store(true); }

    // How it went: the report, or the reason it failed (empty when it succeeded).
    struct Outcome
    {
        Catalogue::CopyReport report;
        QString error;
    };

Q_SIGNALS:
    void progress(const QString &table, qint64 copied, qint64 total);
    void finished(const Gui::CopyRunner::Outcome &outcome);

private:
    QString m_from;
    QString m_to;
    std::atomic_bool m_cancelled{false};
};

} // namespace Gui

Q_DECLARE_METATYPE(Gui::CopyRunner::Outcome)
