#pragma once

#include <catalogue/catalogue.h>
#include <catalogue/transfer.h>

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>

namespace Gui {

// Runs an import or an export off the GUI thread. start() moves it to a QThread of its own; run() opens the
// catalogue there (Orm::Database connections belong to their thread: a Database of its own, closed before it
// ends), does the work and says how it went through finished(), queued to whoever listens. cancel() may be called
// from any thread: an import stops after its batch and nothing is written.
class TransferRunner : public QObject
{
    Q_OBJECT

public:
    // How the runner's thread gets its catalogue: by default the catalogue given, opened again for writing.
    using Opener = std::function<Orm::Result<Catalogue::Catalogue>()>;
    enum class Kind { Import, Export };

    struct Outcome
    {
        Kind kind = Kind::Import;
        Catalogue::ImportReport import;
        Catalogue::ExportReport exported;
        QString error; // a database or file failure: nothing was written
    };

    static TransferRunner *importer(const Opener &open, const QString &path, const Catalogue::ImportOptions &options);
    static TransferRunner *exporter(const Opener &open, const QString &path, const Catalogue::ExportOptions &options);
    // The catalogue, opened again (Pending::Writable) on the runner's thread.
    static Opener reopening(const Catalogue::Catalogue &catalogue);

    // Moves the runner to a new thread and runs it there; the thread and the runner go once finished() is
    // delivered. Stopped and waited for when owner goes.
    void start(QObject *owner);
    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }

    // Called on the runner's thread after each batch of an import, before it goes on (tests use it to act at a
    // known point).
    std::function<void(qint64 rowsRead)> batchDone;

Q_SIGNALS:
    // rows: read (import) or written (export); permille: how far into the file (import), -1 when unknown.
    void progress(qint64 rows, int permille);
    void finished(const Gui::TransferRunner::Outcome &outcome);

private:
    TransferRunner() = default;
    void run();

    Kind m_kind = Kind::Import;
    Opener m_open;
    QString m_path;
    Catalogue::ImportOptions m_import;
    Catalogue::ExportOptions m_export;
    std::atomic_bool m_cancelled{false};
    int m_lastPermille = -1; // on the runner's thread
};

} // namespace Gui

Q_DECLARE_METATYPE(Gui::TransferRunner::Outcome)
