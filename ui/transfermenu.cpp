#include "transfermenu.h"

#include "bookeditor.h"
#include "bookform.h"
#include "exportdialog.h"
#include "filemenu.h"
#include "importcommand.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "transferrunner.h"

#include <orm/tablemodel.h>

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>

namespace Gui {

TransferMenu::TransferMenu(MainWindow *window) : QObject(window), m_window(window)
{
    askOpenFileName = [](QWidget *parent, const QString &caption, const QString &filter) {
        return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
    };
}

void TransferMenu::addFileActions(QMenu *menu)
{
    menu->addSeparator();
    m_importAction = menu->addAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import books…"), this,
                                     &TransferMenu::importFile);
    m_importAction->setObjectName(QStringLiteral("importBooks"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_exportAction = menu->addAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export books…"), this,
                                     &TransferMenu::exportBooks);
    m_exportAction->setObjectName(QStringLiteral("exportBooks"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(menu, &QMenu::aboutToShow, this, &TransferMenu::updateActions);
}

void TransferMenu::addHelpActions(QMenu *menu)
{
    QAction *demo = menu->addAction(tr("Open the &demo catalogue"), this, &TransferMenu::openDemo);
    demo->setObjectName(QStringLiteral("openDemo"));
    demo->setToolTip(tr("10,000 popular books (goodbooks-10k), to try the program"));
    menu->addSeparator();
}

void TransferMenu::updateActions()
{
    const bool open = m_window->tableModel() != nullptr;
    m_importAction->setEnabled(open && !m_window->catalogue().database().isReadOnly());
    m_exportAction->setEnabled(open);
}

void TransferMenu::importFile()
{
    if (!m_window->tableModel() || m_window->catalogue().database().isReadOnly()) {
        m_window->statusBar()->showMessage(tr("Open a catalogue you can change first"), 8000);
        return;
    }
    if (!m_window->bookForm()->save())
        return;
    const QString path = askOpenFileName(
            m_window, tr("Import books"),
            tr("Book files (*.csv *.tsv *.txt *.json *.xml *.onix);;CSV files (*.csv *.tsv *.txt);;JSON files "
               "(*.json);;ONIX files (*.xml *.onix);;All files (*)"));
    if (path.isEmpty())
        return;
    delete m_import;
    m_import = new ImportDialog(m_window->catalogue(), path, m_window);
    m_import->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_import, &ImportDialog::imported, this, [this, path](const Catalogue::ImportReport &report) {
        BookEditor *editor = m_window->editor();
        const qint64 changed = report.added + report.duplicatesAdded + report.updated;
        if (changed > 0) // an import that only skipped duplicates changed nothing to undo
            editor->undoStack()->push(
                    new ImportCommand(editor, report,
                                      tr("Import %n book(s) from %1", nullptr, int(std::min<qint64>(changed, INT_MAX)))
                                              .arg(QFileInfo(path).fileName())));
        Q_EMIT editor->booksReplaced();
        m_window->statusBar()->showMessage(tr("Imported from %1 — books added: %2, updated: %3")
                                                   .arg(QFileInfo(path).fileName(),
                                                        QLocale().toString(report.added + report.duplicatesAdded),
                                                        QLocale().toString(report.updated)),
                                           10000);
    });
    m_import->open();
}

void TransferMenu::exportBooks()
{
    Orm::TableModel *model = m_window->tableModel();
    if (!model)
        return;
    auto total = m_window->catalogue().livres().count();
    delete m_export;
    m_export = new ExportDialog(m_window->catalogue(), model->filter(), model->search(), model->rowCount(),
                                total.value_or(model->rowCount()), m_window);
    m_export->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_export, &ExportDialog::exported, this,
            [this](const QString &path, const Catalogue::ExportReport &report) {
                QString text = tr("Exported to %1 — books: %2").arg(path, QLocale().toString(report.books));
                if (report.covers > 0)
                    text += u' ' + tr("covers: %1").arg(QLocale().toString(report.covers));
                if (!report.warnings.isEmpty())
                    text += QStringLiteral(" — ") + report.warnings.first();
                m_window->statusBar()->showMessage(text, 15000);
            });
    m_export->open();
}

QString TransferMenu::demoPath()
{
    const QString url = Catalogue::Catalogue::defaultUrl();
    const QString file = url.mid(url.indexOf(u':') + 1);
    return QFileInfo(file).dir().filePath(QStringLiteral("demo.db"));
}

QString TransferMenu::demoSource()
{
    return QStringLiteral(":/demo/goodbooks-10k/books.csv");
}

void TransferMenu::openDemo()
{
    if (m_demoProgress)
        return; // being built
    const QString path = demoPath();
    if (QFileInfo::exists(path)) {
        const bool opened = m_window->fileMenu()->open(QStringLiteral("sqlite:") + path);
        Q_EMIT demoReady(opened);
        return;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    // Built under another name and renamed once complete: a build cut short never passes for the demo.
    const QString part = path + QStringLiteral(".part");
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(part + suffix);
    m_demoProgress = new QProgressDialog(tr("Building the demo catalogue from goodbooks-10k's 10,000 books…"),
                                         tr("Cancel"), 0, 1000, m_window);
    m_demoProgress->setWindowTitle(tr("Demo catalogue"));
    m_demoProgress->setWindowModality(Qt::WindowModal);
    m_demoProgress->setMinimumDuration(0);
    m_demoProgress->setAutoClose(false);
    m_demoProgress->setAutoReset(false);
    m_demoProgress->setValue(0);
    Catalogue::ImportOptions options;
    options.format = Catalogue::TransferFormat::Goodbooks;
    options.skipInvalid = true; // the few books the catalogue's rules refuse (a year before printing) stay out
    const auto opener = [part] {
        return Catalogue::Catalogue::open(QStringLiteral("sqlite:") + part, Catalogue::Catalogue::Missing::Create);
    };
    TransferRunner *runner = TransferRunner::importer(opener, demoSource(), options);
    connect(
            m_demoProgress, &QProgressDialog::canceled, runner, [runner] { runner->cancel(); }, Qt::DirectConnection);
    connect(runner, &TransferRunner::progress, m_demoProgress, [this](qint64, int permille) {
        if (m_demoProgress && permille >= 0)
            m_demoProgress->setValue(permille);
    });
    connect(runner, &TransferRunner::finished, this,
            [this](const TransferRunner::Outcome &outcome) { demoBuilt(outcome.error, outcome.import); });
    runner->start(this);
}

void TransferMenu::demoBuilt(const QString &error, const Catalogue::ImportReport &report)
{
    delete m_demoProgress;
    const QString path = demoPath();
    const QString part = path + QStringLiteral(".part");
    if (!report.written || !error.isEmpty() || !QFile::rename(part, path)) {
        for (const QString &suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(part + suffix);
        if (!report.cancelled) {
            const QString why = !error.isEmpty()  ? error
                    : !report.fileError.isEmpty() ? report.fileError
                    : report.written              ? tr("%1 cannot be written").arg(path)
                                                  : tr("the books were refused");
            QMessageBox::warning(m_window, tr("Demo catalogue"),
                                 tr("The demo catalogue could not be built: %1").arg(why));
        }
        Q_EMIT demoReady(false);
        return;
    }
    const bool opened = m_window->fileMenu()->open(QStringLiteral("sqlite:") + path);
    if (opened)
        m_window->statusBar()->showMessage(
                tr("The demo catalogue: %1 books from goodbooks-10k by Zygmunt Zając (CC BY-SA 4.0). Change them "
                   "freely: it is yours to try the program with.")
                        .arg(QLocale().toString(report.added)),
                20000);
    Q_EMIT demoReady(opened);
}

} // namespace Gui
