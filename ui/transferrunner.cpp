#include "transferrunner.h"

#include <catalogue/exporter.h>
#include <catalogue/importer.h>

namespace Gui {

TransferRunner *TransferRunner::importer(const Opener &open, const QString &path,
                                         const Catalogue::ImportOptions &options)
{
    auto *runner = new TransferRunner;
    runner->m_kind = Kind::Import;
    runner->m_open = open;
    runner->m_path = path;
    runner->m_import = options;
    return runner;
}

TransferRunner *TransferRunner::exporter(const Opener &open, const QString &path,
                                         const Catalogue::ExportOptions &options)
{
    auto *runner = new TransferRunner;
    runner->m_kind = Kind::Export;
    runner->m_open = open;
    runner->m_path = path;
    runner->m_export = options;
    return runner;
}

TransferRunner::Opener TransferRunner::reopening(const Catalogue::Catalogue &catalogue)
{
    return [catalogue] { return catalogue.reopen(Catalogue::Catalogue::Pending::Writable); };
}

void TransferRunner::start(QObject *owner)
{
    qRegisterMetaType<Gui::TransferRunner::Outcome>();
    auto *thread = new QThread;
    moveToThread(thread);
    connect(thread, &QThread::started, this, &TransferRunner::run);
    connect(thread, &QThread::finished, this, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    // The owner going away (a window closed under way): the work stops at its next batch and is waited for, so
    // that no connection outlives its thread.
    QPointer<TransferRunner> self(this);
    connect(owner, &QObject::destroyed, thread, [self, thread] {
        if (self)
            self->cancel();
        thread->quit();
        thread->wait();
    });
    thread->start();
}

void TransferRunner::run()
{
    Outcome outcome;
    outcome.kind = m_kind;
    {
        auto own = m_open();
        if (!own) {
            outcome.error = own.error().message();
        } else if (m_kind == Kind::Import) {
            Catalogue::ImportOptions options = m_import;
            options.cancel = &m_cancelled;
            options.fileProgress = [this](qint64 read, qint64 total) {
                m_lastPermille = total > 0 ? int(read * 1000 / total) : -1;
            };
            options.progress = [this](qint64 rows) {
                Q_EMIT progress(rows, m_lastPermille);
                if (batchDone)
                    batchDone(rows);
            };
            auto report = Catalogue::Importer(*own).importFile(m_path, options);
            if (report)
                outcome.import = *report;
            else
                outcome.error = report.error().message();
        } else {
            Catalogue::ExportOptions options = m_export;
            options.progress = [this](qint64 books) { Q_EMIT progress(books, -1); };
            auto report = Catalogue::Exporter(*own).exportFile(m_path, options);
            if (report)
                outcome.exported = *report;
            else
                outcome.error = report.error().message();
        }
        if (own)
            own->database().close(); // on this thread, whose connection it is
    }
    Q_EMIT finished(outcome);
    thread()->quit();
}

} // namespace Gui
