#include "databasemenu.h"

#include "checkdialog.h"
#include "mainwindow.h"
#include "migrationsdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QUndoStack>

namespace Gui {

namespace {

QString fileFilter()
{
    return DatabaseMenu::tr("Catalogues (*.db *.sqlite *.catalogue);;All files (*)");
}

} // namespace

DatabaseMenu::DatabaseMenu(MainWindow *window, QMenu *menu) : QObject(window), m_window(window)
{
    const auto add = [&](const QString &name, const QString &text, const QString &icon, void (DatabaseMenu::*slot)()) {
        QAction *action = menu->addAction(QIcon::fromTheme(icon), text);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    add(QStringLiteral("migrations"), tr("&Migrations…"), QStringLiteral("system-software-update"),
        &DatabaseMenu::showMigrations);
    add(QStringLiteral("checkCatalogue"), tr("&Check catalogue…"), QStringLiteral("tools-check-spelling"),
        &DatabaseMenu::showCheck);
    menu->addSeparator();
    add(QStringLiteral("backUp"), tr("&Back up…"), QStringLiteral("document-save-as"), &DatabaseMenu::backUp);
    add(QStringLiteral("restoreBackup"), tr("&Restore from a backup…"), QStringLiteral("document-revert"),
        &DatabaseMenu::restore);
    menu->setToolTipsVisible(true); // a greyed item says why
    window->installEventFilter(this); // the offer waits for the window to be shown
}

QString DatabaseMenu::migrationsRefused() const
{
    const Catalogue::Permissions &permissions = m_window->permissions();
    if (permissions.migrate)
        return {};
    const QString who = permissions.user.isEmpty() ? tr("This user") : permissions.user;
    return tr("%1 may not run migrations on this catalogue: only a manager may (the server refuses it).").arg(who);
}

bool DatabaseMenu::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Show && m_offerPending)
        QTimer::singleShot(0, this, &DatabaseMenu::offerMigrations);
    return QObject::eventFilter(watched, event);
}

void DatabaseMenu::catalogueSet(const Catalogue::Catalogue &catalogue)
{
    // Greyed with the reason for a user who is not a manager (the server would refuse the tables it creates).
    const QString refused = migrationsRefused();
    if (QAction *migrations = m_window->action(QStringLiteral("migrations"))) {
        migrations->setEnabled(refused.isEmpty());
        migrations->setToolTip(refused.isEmpty() ? tr("Review and apply this catalogue's migrations") : refused);
        migrations->setStatusTip(refused);
    }
    if (m_reloading)
        return;
    auto pending = catalogue.pendingMigrations();
    m_offerPending = refused.isEmpty() && pending && !pending->isEmpty()
            && (!catalogue.database().isReadOnly() || catalogue.isReadOnlyUntilMigrated());
    if (m_offerPending && m_window->isVisible())
        QTimer::singleShot(0, this, &DatabaseMenu::offerMigrations);
}

void DatabaseMenu::offerMigrations()
{
    // Offered once the window is on screen, over it (see eventFilter()).
    if (!m_offerPending || !m_window->isVisible())
        return;
    m_offerPending = false;
    showMigrations();
}

void DatabaseMenu::showMigrations()
{
    m_offerPending = false;
    if (const QString refused = migrationsRefused(); !refused.isEmpty()) {
        QMessageBox::information(m_window, tr("Migrations"), refused);
        return;
    }
    MigrationsDialog dialog(m_window->catalogue(), m_window);
    bool changed = false;
    connect(&dialog, &MigrationsDialog::schemaChanged, this, [&] { changed = true; });
    dialog.exec();
    if (changed)
        reload(!dialog.rolledBack());
}

void DatabaseMenu::reload(bool keepHistory)
{
    auto again = m_window->catalogue().reopen(Catalogue::Catalogue::Pending::ReadOnly);
    if (!again) {
        QMessageBox::critical(m_window, tr("Catalogue"),
                              tr("The catalogue could not be opened again:\n%1").arg(again.error().message()));
        return;
    }
    m_reloading = true;
    m_window->setCatalogue(*again, keepHistory ? MainWindow::History::Keep : MainWindow::History::Clear);
    m_reloading = false;
}

void DatabaseMenu::showCheck()
{
    CheckDialog dialog(m_window->catalogue(), m_window);
    connect(&dialog, &CheckDialog::bookActivated, this, [this](const QVariant &id) {
        if (m_window->selectBook(id))
            return;
        // Hidden by the search or a filter: they are cleared so that the book shows.
        m_window->searchBox()->clear();
        m_window->genreFilter()->setCurrentIndex(0);
        m_window->lowStockFilter()->setChecked(false);
        m_window->outOfStockFilter()->setChecked(false);
        if (!m_window->selectBook(id))
            m_window->statusBar()->showMessage(tr("Book %1 is not in the catalogue any more").arg(id.toString()), 8000);
    });
    dialog.check();
    dialog.exec();
}

void DatabaseMenu::backUp()
{
    const QString file = m_window->catalogue().database().filePath();
    if (file.isEmpty()) {
        QMessageBox::information(m_window, tr("Back up"),
                                 tr("This catalogue is on a server: it is backed up with the server's own tools "
                                    "(pg_dump)."));
        return;
    }
    const QFileInfo info(file);
    const QString suggested = info.absoluteDir().filePath(
            tr("%1 backup %2.db")
                    .arg(info.completeBaseName(),
                         QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HHmm"))));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Back up the catalogue"), suggested, fileFilter());
    if (path.isEmpty())
        return;
    // The file dialog asked whether to replace an existing file: the answer was yes.
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QMessageBox::critical(m_window, tr("Back up"), tr("%1 cannot be replaced.").arg(path));
        return;
    }
    backUpTo(path);
}

void DatabaseMenu::backUpTo(const QString &path)
{
    const Catalogue::Catalogue catalogue = m_window->catalogue();
    QProgressDialog progress(tr("Backing up the catalogue to %1…").arg(QDir::toNativeSeparators(path)), QString(), 0,
                             100, m_window);
    progress.setWindowTitle(tr("Back up"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setValue(0);
    QPointer<QProgressDialog> bar(&progress);
    Orm::Status result;
    // On a thread of its own, on a connection of its own, so that the window stays responsive; the catalogue stays
    // open and usable meanwhile (SQLite's online backup).
    QThread *thread = QThread::create([catalogue, path, bar, &result] {
        auto own = catalogue.reopen(Catalogue::Catalogue::Pending::Writable);
        if (!own) {
            result = std::unexpected(own.error());
            return;
        }
        result = own->backup(path, [bar](qint64 copied, qint64 total) {
            const int percent = total > 0 ? int(copied * 100 / total) : 100;
            QMetaObject::invokeMethod(
                    bar,
                    [bar, percent] {
                        if (bar)
                            bar->setValue(percent);
                    },
                    Qt::QueuedConnection);
        });
        own->database().close();
    });
    QEventLoop loop;
    connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    delete thread;
    progress.setValue(100);
    if (!result) {
        QMessageBox::critical(m_window, tr("Back up"), tr("The backup failed:\n%1").arg(result.error().message()));
        return;
    }
    m_window->statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(path)), 15000);
}

void DatabaseMenu::restore()
{
    const QString file = m_window->catalogue().database().filePath();
    if (file.isEmpty()) {
        QMessageBox::information(m_window, tr("Restore from a backup"),
                                 tr("This catalogue is on a server: it is restored with the server's own tools."));
        return;
    }
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Restore from a backup"),
                                                      QFileInfo(file).absolutePath(), fileFilter());
    if (!path.isEmpty())
        restoreFrom(path);
}

void DatabaseMenu::restoreFrom(const QString &backupFile)
{
    Catalogue::Catalogue current = m_window->catalogue();
    const QString file = current.database().filePath();
    if (file.isEmpty())
        return;
    {
        // Checked before asking, as any file is opened: a damaged file or another application's is refused here.
        auto checked = Catalogue::Catalogue::open(backupFile, Catalogue::Catalogue::Missing::Refuse,
                                                  Catalogue::Catalogue::Pending::ReadOnly);
        if (!checked) {
            QMessageBox::critical(m_window, tr("Restore from a backup"),
                                  tr("%1 cannot be restored:\n%2")
                                          .arg(QDir::toNativeSeparators(backupFile), checked.error().message()));
            return;
        }
        auto summary = checked->summary();
        checked->database().close();
        const QString books = summary ? tr("%Ln book(s)", nullptr, summary->books) : QString();
        if (QMessageBox::question(
                    m_window, tr("Restore from a backup"),
                    tr("Replace the catalogue %1 with the backup %2 (%3)?\n\nThe current file is kept "
                       "beside it, renamed, and the changes made since the backup are no longer shown.")
                            .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(backupFile), books),
                    QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
            return;
    }
    current.database().close(); // every connection to the file, before it is replaced
    auto aside = Catalogue::Catalogue::restore(backupFile, file);
    reload();
    if (!aside) {
        QMessageBox::critical(m_window, tr("Restore from a backup"),
                              tr("The backup was not restored:\n%1").arg(aside.error().message()));
        return;
    }
    m_window->statusBar()->showMessage(
            tr("Restored from %1; the replaced file is kept as %2")
                    .arg(QDir::toNativeSeparators(backupFile), QDir::toNativeSeparators(*aside)),
            20000);
    m_reloading = false;
    catalogueSet(m_window->catalogue());
}

} // namespace Gui
