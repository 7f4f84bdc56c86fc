#pragma once

#include "exportdialog.h"
#include "importdialog.h"

#include <catalogue/transfer.h>

#include <QObject>
#include <QPointer>
#include <QProgressDialog>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace Gui {

class MainWindow;

// The window's import and export: File > Import… (ImportDialog; a written import goes on the undo stack as one
// step), File > Export… (ExportDialog: all the books or those shown), and Help > Open the demo catalogue, which
// builds once, through the same importer and off the GUI thread, a catalogue of goodbooks-10k's books beside the
// default catalogue, then opens it through the File menu (a second time it only opens it).
class TransferMenu : public QObject
{
    Q_OBJECT

public:
    explicit TransferMenu(MainWindow *window);

    void addFileActions(QMenu *menu);
    void addHelpActions(QMenu *menu);

    // Asks for a file, then shows the import dialog (window-modal, not blocking).
    void importFile();
    void exportBooks();
    // Opens the demo catalogue, building it first when it does not exist yet (demoReady() says how it went).
    void openDemo();
    // demo.db in the folder of Catalogue::defaultUrl().
    static QString demoPath();
    // goodbooks-10k's books.csv, built into the program.
    static QString demoSource();

    ImportDialog *importDialog() const { return m_import; }
    ExportDialog *exportDialog() const { return m_export; }
    QProgressDialog *demoProgress() const { return m_demoProgress; }

    // Asks for the file to import (parent, caption, filter); the native dialog by default; set by tests.
    std::function<QString(QWidget *, const QString &, const QString &)> askOpenFileName;

Q_SIGNALS:
    // The demo catalogue is shown (true), or could not be built or opened (false, after saying why).
    void demoReady(bool opened);

private:
    void updateActions();
    void demoBuilt(const QString &error, const Catalogue::ImportReport &report);

    MainWindow *m_window;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QPointer<ImportDialog> m_import;
    QPointer<ExportDialog> m_export;
    QPointer<QProgressDialog> m_demoProgress;
};

} // namespace Gui
