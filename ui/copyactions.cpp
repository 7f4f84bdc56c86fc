#include "copyactions.h"

#include "connectdialog.h"
#include "copyrunner.h"
#include "mainwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>
#include <QThread>

namespace Gui {

CopyActions::CopyActions(MainWindow *window) : QObject(window), m_window(window)
{
    askSaveFileName = [](QWidget *parent, const QString &caption, const QString &filter) {
        return QFileDialog::getSaveFileName(parent, caption, QString(), filter, nullptr,
                                            QFileDialog::DontConfirmOverwrite);
    };
}

void CopyActions::addActions(QMenu *menu)
{
    m_toServer = menu->addAction(QIcon::fromTheme(QStringLiteral("network-server")), tr("Copy to a ser&ver…"));
    m_toServer->setObjectName(QStringLiteral("copyToServer"));
    m_toServer->setParent(m_window); // found by MainWindow::action()
    m_toServer->setToolTip(tr("Copy this whole catalogue into an empty database on a PostgreSQL server"));
    connect(m_toServer, &QAction::triggered, this, &CopyActions::copyToServer);
    m_local = menu->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save a &local copy…"));
    m_local->setObjectName(QStringLiteral("saveLocalCopy"));
    m_local->setParent(m_window);
    m_local->setToolTip(tr("Copy this whole catalogue into a new catalogue file"));
    connect(m_local, &QAction::triggered, this, &CopyActions::saveLocalCopy);
    updateActions();
}

void CopyActions::updateActions()
{
    const bool open = m_window->catalogue().database().isValid();
    if (m_toServer)
        m_toServer->setEnabled(open);
    if (m_local)
        m_local->setEnabled(open);
}

void CopyActions::copyToServer()
{
    if (!m_window->catalogue().database().isValid())
        return;
    ConnectDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("copyToServerDialog"));
    dialog.setWindowTitle(tr("Copy to a server"));
    // The same fields as Connect to a server…; its default button says what happens here.
    if (auto *buttons = dialog.findChild<QDialogButtonBox *>()) {
        for (QAbstractButton *button : buttons->buttons()) {
            if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole) {
                button->setText(tr("&Copy here"));
                button->setToolTip(tr("Copy the whole catalogue into this database, which must be empty"));
            }
        }
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    copyTo(dialog.url(), dialog.urlWithoutPassword());
}

void CopyActions::saveLocalCopy()
{
    if (!m_window->catalogue().database().isValid())
        return;
    QString path = askSaveFileName(m_window, tr("Save a local copy"), tr("Catalogues (*.catalogue *.db *.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".catalogue");
    const QFileInfo file(path);
    if (file.exists() || file.isSymLink()) {
        QMessageBox::warning(m_window, tr("Save a local copy"),
                             tr("A file named %1 exists already. Choose another name: a copy never replaces a file.")
                                     .arg(QDir::toNativeSeparators(file.absoluteFilePath())));
        return;
    }
    copyTo(QStringLiteral("sqlite:") + file.absoluteFilePath(), QDir::toNativeSeparators(file.absoluteFilePath()));
}

bool CopyActions::copyTo(const QString &toUrl, const QString &shownUrl)
{
    const QString from = m_window->catalogue().url();
    QProgressDialog progress(tr("Copying the catalogue to %1…").arg(shownUrl), tr("Cancel"), 0, 1000, m_window);
    progress.setObjectName(QStringLiteral("copyProgress"));
    progress.setWindowTitle(tr("Copy the catalogue"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoReset(false);
    progress.setValue(0);

    auto *thread = new QThread;
    auto *runner = new CopyRunner(from, toUrl);
    runner->moveToThread(thread);
    CopyRunner::Outcome outcome;
    QEventLoop loop;
    connect(thread, &QThread::started, runner, &CopyRunner::run);
    connect(runner, &CopyRunner::progress, &progress, [&progress](const QString &table, qint64 copied, qint64 total) {
        progress.setLabelText(tr("Copying %1… (%2 of %3 rows)").arg(table).arg(copied).arg(total));
        progress.setValue(total > 0 ? int(copied * 1000 / total) : 1000);
    });
    connect(runner, &CopyRunner::finished, &loop, [&](const CopyRunner::Outcome &result) {
        outcome = result;
        loop.quit();
    });
    // Cancel asks the copy to stop at its next batch; the dialog stays until it has (nothing is written then).
    connect(
            &progress, &QProgressDialog::canceled, runner,
            [runner, &progress] {
                runner->cancel();
                progress.setLabelText(tr("Cancelling…"));
            },
            Qt::DirectConnection);
    thread->start();
    loop.exec();
    thread->quit();
    thread->wait();
    delete runner;
    delete thread;
    progress.reset();

    const Catalogue::CopyReport &report = outcome.report;
    if (!outcome.error.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Copy the catalogue"),
                        tr("The catalogue could not be copied to %1.").arg(shownUrl), QMessageBox::Ok, m_window);
        box.setObjectName(QStringLiteral("copyProblem"));
        box.setInformativeText(tr("Nothing was written there. The window keeps its catalogue as it was."));
        box.setDetailedText(outcome.error);
        box.exec();
        Q_EMIT copyFinished(false);
        return false;
    }
    if (report.cancelled) {
        m_window->statusBar()->showMessage(tr("The copy was cancelled: nothing was written"), 10000);
        Q_EMIT copyFinished(false);
        return false;
    }
    QStringList lines;
    for (const Catalogue::TableDigest &table : report.tables)
        lines << tr("%1: %2 rows, digest %3").arg(table.table).arg(table.rows).arg(table.digest);
    QMessageBox box(QMessageBox::Information, tr("Copy the catalogue"),
                    tr("The catalogue was copied to %1.").arg(shownUrl), QMessageBox::Ok, m_window);
    box.setObjectName(QStringLiteral("copyResult"));
    box.setInformativeText(tr("%n row(s) in %1 tables, each checked after the copy: the same number of rows and the "
                              "same contents as here.",
                              nullptr, int(report.rows()))
                                   .arg(report.tables.size()));
    box.setDetailedText(lines.join(u'\n'));
    box.exec();
    m_window->statusBar()->showMessage(tr("Copied to %1").arg(shownUrl), 15000);
    Q_EMIT copyFinished(true);
    return true;
}

} // namespace Gui
