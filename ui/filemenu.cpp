#include "filemenu.h"

#include "bookform.h"
#include "connectdialog.h"
#include "copyactions.h"
#include "mainwindow.h"
#include "pagecheck.h"
#include "passwordkeeper.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStatusBar>
#include <QUrl>
#include <QVBoxLayout>

namespace Gui {

namespace {

using Missing = Catalogue::Catalogue::Missing;
using Pending = Catalogue::Catalogue::Pending;
using Verify = Catalogue::Catalogue::Verify;

bool isServer(const QString &url)
{
    return url.startsWith(QStringLiteral("postgres://")) || url.startsWith(QStringLiteral("postgresql://"));
}

// A file dropped on the window, when it is one catalogue file.
QString droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().first();
    return url.isLocalFile() && FileMenu::isCatalogueFile(url.toLocalFile()) ? url.toLocalFile() : QString();
}

} // namespace

FileMenu::FileMenu(MainWindow *window) : QObject(window), m_window(window)
{
    askOpenFileName = [](QWidget *parent, const QString &caption, const QString &filter) {
        return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
    };
    askSaveFileName = [](QWidget *parent, const QString &caption, const QString &filter) {
        return QFileDialog::getSaveFileName(parent, caption, QString(), filter);
    };
}

FileMenu::~FileMenu()
{
    delete m_check; // waits for a check in progress
}

bool FileMenu::isCatalogueFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"db" || suffix == u"sqlite" || suffix == u"catalogue";
}

void FileMenu::addActions(QMenu *menu)
{
    // A catalogue file dropped anywhere on the window (but on a cover slot, which takes images) opens.
    m_window->setAcceptDrops(true);
    m_window->installEventFilter(this);
    const auto add = [this, menu](const QString &name, const QString &text, const QKeySequence &shortcut,
                                  const QString &icon, void (FileMenu::*slot)()) {
        QAction *action = menu->addAction(QIcon::fromTheme(icon), text);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setParent(m_window); // found by MainWindow::action()
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    add(QStringLiteral("newCatalogue"), tr("New &catalogue…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
        QStringLiteral("document-new"), &FileMenu::newCatalogue);
    add(QStringLiteral("openCatalogue"), tr("&Open…"), QKeySequence::Open, QStringLiteral("document-open"),
        &FileMenu::openFile);
    m_recentMenu = menu->addMenu(QIcon::fromTheme(QStringLiteral("document-open-recent")), tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &FileMenu::fillRecentMenu);
    add(QStringLiteral("connectServer"), tr("Connect to a &server…"), {}, QStringLiteral("network-server"),
        &FileMenu::askForServer);
    menu->addSeparator();
    m_copies = new CopyActions(m_window); // Copy to a server…, Save a local copy…
    m_copies->addActions(menu);
    menu->addSeparator();
    m_close = add(QStringLiteral("closeCatalogue"), tr("&Close"), QKeySequence::Close, QStringLiteral("document-close"),
                  &FileMenu::close);
    fillRecentMenu();
}

QWidget *FileMenu::createClosedPage(QWidget *parent)
{
    auto *page = new QWidget(parent);
    page->setObjectName(QStringLiteral("closedPage"));
    auto *layout = new QVBoxLayout(page);
    auto *text = new QLabel(tr("<h2>No catalogue is open</h2><p>Create a new one, open a file, or connect to a "
                               "server from the File menu.</p>"),
                            page);
    text->setAlignment(Qt::AlignCenter);
    layout->addStretch();
    layout->addWidget(text);
    const std::pair<QString, void (FileMenu::*)()> buttons[] = {{tr("New catalogue…"), &FileMenu::newCatalogue},
                                                                {tr("Open…"), &FileMenu::openFile},
                                                                {tr("Connect to a server…"), &FileMenu::askForServer}};
    auto *row = new QHBoxLayout;
    row->addStretch();
    for (const auto &[label, slot] : buttons) {
        auto *button = new QPushButton(label, page);
        connect(button, &QPushButton::clicked, this, slot);
        row->addWidget(button);
    }
    row->addStretch();
    layout->addLayout(row);
    layout->addStretch();
    return page;
}

bool FileMenu::isChecking() const
{
    return m_check && m_check->isRunning();
}

bool FileMenu::settleForm()
{
    if (m_window->bookForm()->save())
        return true;
    return QMessageBox::question(m_window, tr("Catalogue"),
                                 tr("This book's changes were refused. Leave this catalogue and lose them?"),
                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Discard;
}

bool FileMenu::open(const QString &url, Tell tell)
{
    if (!settleForm())
        return false;
    if (isServer(url))
        return openServer(url, tell);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = Catalogue::Catalogue::open(url, Missing::Refuse, Pending::ReadOnly, Verify::Later);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        tellRefusal(url, opened.error());
        return false;
    }
    show(*opened, url, tell);
    return true;
}

bool FileMenu::openServer(const QString &url, Tell tell)
{
    QString withPassword = url;
    QUrl parsed(url, QUrl::StrictMode);
    if (parsed.password().isEmpty()) {
        // A remembered password, if the keyring has one; otherwise libpq's PGPASSWORD and ~/.pgpass.
        const PasswordKeeper::Answer kept = PasswordKeeper::read(RecentCatalogues::storable(url));
        if (!kept.password.isEmpty()) {
            parsed.setPassword(kept.password);
            withPassword = parsed.toString(QUrl::FullyEncoded);
        }
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = Catalogue::Catalogue::open(withPassword, Missing::Refuse, Pending::ReadOnly, Verify::Later);
    QApplication::restoreOverrideCursor();
    if (!opened && opened.error().kind() == Orm::Error::Kind::Connection && tell == Tell::Everything)
        // Not reached, or it asks for what the list does not keep (a password): the dialog, filled in, says why.
        return connectToServer(url, opened.error());
    if (!opened) {
        tellRefusal(url, opened.error());
        return false;
    }
    show(*opened, url, tell);
    return true;
}

bool FileMenu::openAtStart()
{
    const QString last = m_recent.last();
    if (!last.isEmpty() && RecentCatalogues::isAvailable(last) && open(last, Tell::Refusals))
        return true;
    auto opened = Catalogue::Catalogue::openDefault(Pending::ReadOnly, Verify::Later);
    if (!opened) {
        tellRefusal(Catalogue::Catalogue::defaultUrl(), opened.error());
        return false;
    }
    show(*opened, Catalogue::Catalogue::defaultUrl(), Tell::Refusals);
    return true;
}

bool FileMenu::create(const QString &path)
{
    const QFileInfo file(path);
    if (file.exists() || file.isSymLink()) {
        QMessageBox::warning(m_window, tr("New catalogue"),
                             tr("A file named %1 exists already. Choose another name: a new catalogue never "
                                "replaces a file.")
                                     .arg(QDir::toNativeSeparators(file.absoluteFilePath())));
        return false;
    }
    if (!settleForm())
        return false;
    const QString url = QStringLiteral("sqlite:") + file.absoluteFilePath();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto created = Catalogue::Catalogue::open(url, Missing::Create);
    QApplication::restoreOverrideCursor();
    if (!created) {
        QMessageBox box(QMessageBox::Warning, tr("New catalogue"),
                        tr("The catalogue %1 could not be created.").arg(file.fileName()), QMessageBox::Ok, m_window);
        box.setDetailedText(created.error().message());
        box.exec();
        return false;
    }
    show(*created, url, Tell::Refusals);
    m_window->statusBar()->showMessage(
            tr("New catalogue %1 created").arg(QDir::toNativeSeparators(file.absoluteFilePath())), 10000);
    return true;
}

void FileMenu::newCatalogue()
{
    QString path = askSaveFileName(m_window, tr("New catalogue"), tr("Catalogues (*.catalogue *.db *.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".catalogue");
    create(path);
}

void FileMenu::openFile()
{
    const QString path = askOpenFileName(m_window, tr("Open a catalogue"),
                                         tr("Catalogues (*.db *.sqlite *.catalogue);;All files (*)"));
    if (!path.isEmpty())
        open(QStringLiteral("sqlite:") + QFileInfo(path).absoluteFilePath());
}

bool FileMenu::connectToServer(const QString &url, const Orm::Error &why)
{
    ConnectDialog dialog(m_window);
    QString filled = url;
    const QStringList recent = m_recent.urls();
    for (qsizetype i = 0; filled.isEmpty() && i < recent.size(); ++i) {
        if (isServer(recent.at(i)))
            filled = recent.at(i);
    }
    if (!filled.isEmpty())
        dialog.setUrl(filled);
    if (!why.message().isEmpty())
        dialog.showProblem(describeConnectionProblem(why), why.message());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (!settleForm())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = Catalogue::Catalogue::open(dialog.url(), Missing::Refuse, Pending::ReadOnly, Verify::Later);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        tellRefusal(dialog.urlWithoutPassword(), opened.error());
        return false;
    }
    show(*opened, dialog.urlWithoutPassword(), Tell::Everything);
    return true;
}

void FileMenu::close()
{
    if (!m_window->catalogue().database().isValid() || !settleForm())
        return;
    delete std::exchange(m_check, nullptr);
    m_window->closeCatalogue();
    m_recent.setLast(QString());
    updateActions();
}

void FileMenu::show(const Catalogue::Catalogue &catalogue, const QString &url, Tell tell)
{
    delete std::exchange(m_check, nullptr); // the previous catalogue's check, if any, no longer matters
    m_window->setCatalogue(catalogue);
    m_recent.add(url);
    fillRecentMenu();
    updateActions();
    if (!catalogue.isChecked()) {
        m_check = new PageCheck(catalogue.database().filePath(), this);
        connect(m_check, &PageCheck::finished, this, [this, tell] { checked(m_check->result(), tell); });
        m_window->statusBar()->showMessage(tr("Checking the catalogue… you can browse and search meanwhile"));
    } else if (tell == Tell::Everything && catalogue.database().isReadOnly()) {
        tellReadOnly(catalogue);
    }
}

void FileMenu::checked(const Orm::Status &result, Tell tell)
{
    Catalogue::Catalogue catalogue = m_window->catalogue();
    const Orm::Status finished = catalogue.finishCheck(result);
    m_window->showAccess();
    m_window->statusBar()->clearMessage();
    if (!result) {
        tellRefusal(catalogue.database().displayUrl(), result.error());
    } else if (!finished) {
        QMessageBox box(QMessageBox::Warning, tr("Catalogue"),
                        tr("The catalogue was checked, but could not be opened for changes: it stays read-only."),
                        QMessageBox::Ok, m_window);
        box.setDetailedText(finished.error().message());
        box.exec();
    } else if (tell == Tell::Everything && catalogue.database().isReadOnly()) {
        tellReadOnly(catalogue);
    } else {
        m_window->statusBar()->showMessage(tr("The catalogue was checked: it is sound"), 5000);
    }
    Q_EMIT checkFinished(bool(result));
}

void FileMenu::tellRefusal(const QString &url, const Orm::Error &error)
{
    const QString name = RecentCatalogues::label(url);
    const QString code = error.nativeCode();
    QString text;
    QString what = m_window->catalogue().database().isValid()
            ? tr("Nothing was written to it. The window keeps the catalogue it had.")
            : tr("Nothing was written to it.");
    auto location = Orm::Database::locate(url);
    const bool missingFile = location && !location->filePath.isEmpty() && !QFileInfo::exists(location->filePath);
    if (missingFile) {
        text = tr("There is no file %1 any more: it was moved, renamed or deleted.").arg(name);
        what = tr("You can remove it from the recent list (File > Open recent).");
    } else if (error.kind() == Orm::Error::Kind::Connection && code == u"11") {
        text = tr("The catalogue %1 is damaged: SQLite found broken pages or records in it.").arg(name);
        what = tr("It was not changed. Restore it from a backup, or keep a copy for a repair tool. %1").arg(what);
    } else if (error.kind() == Orm::Error::Kind::Connection && code == u"26") {
        text = tr("%1 is not a catalogue: it is not a database file at all.").arg(name);
    } else if (error.kind() == Orm::Error::Kind::Database) {
        text = tr("%1 is not a catalogue: it is another application's database, or holds no books table.").arg(name);
        what = tr("It was refused and left exactly as it was. %1").arg(what);
    } else if (isServer(url)) {
        text = tr("Could not connect to %1. %2").arg(name, describeConnectionProblem(error));
    } else {
        text = tr("The catalogue %1 could not be opened.").arg(name);
    }
    QMessageBox box(QMessageBox::Warning, tr("Open a catalogue"), text, QMessageBox::Ok, m_window);
    box.setObjectName(QStringLiteral("openProblem"));
    box.setInformativeText(what);
    box.setDetailedText(error.message());
    box.exec();
    fillRecentMenu();
}

void FileMenu::tellReadOnly(const Catalogue::Catalogue &catalogue)
{
    const Orm::Database database = catalogue.database();
    QMessageBox box(QMessageBox::Information, tr("Open a catalogue"),
                    tr("This catalogue is open read-only: you can browse and search it, but not change it."),
                    QMessageBox::Ok, m_window);
    box.setObjectName(QStringLiteral("readOnlyNotice"));
    box.setInformativeText(tr("Why: %1.").arg(database.readOnlyReason()));
    box.setDetailedText(database.displayUrl());
    box.exec();
}

void FileMenu::fillRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList urls = m_recent.urls();
    QStringList missing;
    int number = 0;
    for (const QString &url : urls) {
        const bool available = RecentCatalogues::isAvailable(url);
        QString label = RecentCatalogues::label(url);
        label.replace(u'&', QStringLiteral("&&"));
        if (!available) {
            label = tr("%1 (missing)").arg(label);
            missing << url;
        }
        QAction *action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(++number).arg(label));
        action->setData(url);
        action->setEnabled(available);
        action->setToolTip(url);
        connect(action, &QAction::triggered, this, [this, url] { open(url); });
    }
    if (urls.isEmpty()) {
        m_recentMenu->addAction(tr("No recent catalogue"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    if (!missing.isEmpty()) {
        QAction *removeMissing = m_recentMenu->addAction(tr("Remove the missing ones"));
        removeMissing->setObjectName(QStringLiteral("removeMissing"));
        connect(removeMissing, &QAction::triggered, this, [this, missing] {
            for (const QString &url : missing)
                m_recent.remove(url);
            fillRecentMenu();
        });
    }
    QAction *clear = m_recentMenu->addAction(tr("Clear the list"));
    clear->setObjectName(QStringLiteral("clearRecent"));
    connect(clear, &QAction::triggered, this, [this] {
        m_recent.clear();
        fillRecentMenu();
    });
}

void FileMenu::updateActions()
{
    if (m_close)
        m_close->setEnabled(m_window->catalogue().database().isValid());
    if (m_copies)
        m_copies->updateActions();
}

bool FileMenu::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove)) {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (!droppedFile(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (watched == m_window && event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QString file = droppedFile(drop->mimeData());
        if (!file.isEmpty()) {
            drop->acceptProposedAction();
            // Opened once the drop is over: the dialogs it may show must not run inside the drag.
            QMetaObject::invokeMethod(
                    this, [this, file] { open(QStringLiteral("sqlite:") + QFileInfo(file).absoluteFilePath()); },
                    Qt::QueuedConnection);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Gui
