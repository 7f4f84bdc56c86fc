#pragma once

#include "recentcatalogues.h"

#include <catalogue/catalogue.h>

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace Gui {

class CopyActions;
class MainWindow;
class PageCheck;

// The File menu's catalogues for a MainWindow: New catalogue…, Open…, Open recent, Connect to a server…, Close, and
// a catalogue file dropped on the window. Everything opens through Catalogue::open() and its checks; what they find
// is told in a dialog in plain words, the checks' own message under "Show Details…"; on a failure the window keeps
// the catalogue it had. A SQLite file's pages are checked on a thread of its own (PageCheck) while the window shows
// it read-only; edits are allowed once the check passes.
class FileMenu : public QObject
{
    Q_OBJECT

public:
    explicit FileMenu(MainWindow *window);
    ~FileMenu() override;

    // Adds the actions (and the Open recent submenu) to the window's File menu.
    void addActions(QMenu *menu);
    // The page the window shows when no catalogue is open.
    QWidget *createClosedPage(QWidget *parent);

    // Whether opening tells what the checks found in a dialog (a person asked for it) or only refusals (at start).
    enum class Tell { Everything, Refusals };
    // Opens the catalogue at url in the window (a SQLite file must exist: Missing::Refuse). False, after saying why
    // in a dialog, when it cannot be opened; the window then keeps its catalogue.
    bool open(const QString &url, Tell tell = Tell::Everything);
    // At start: the last catalogue, or the embedded one when there is none or it cannot be opened.
    bool openAtStart();
    // Creates a new catalogue file at path (every migration run) and opens it; false, after saying why, when it
    // cannot (a file there already is never replaced).
    bool create(const QString &path);
    // Whether the window's catalogue waits for its pages to be checked.
    bool isChecking() const;

    // Asks for file names; the native dialogs by default, set by the tests (parent, caption, filter).
    std::function<QString(QWidget *, const QString &, const QString &)> askOpenFileName;
    std::function<QString(QWidget *, const QString &, const QString &)> askSaveFileName;

    QMenu *recentMenu() const { return m_recentMenu; }
    CopyActions *copies() const { return m_copies; }
    // Whether a dropped file is one this menu opens (.db, .sqlite, .catalogue).
    static bool isCatalogueFile(const QString &path);

Q_SIGNALS:
    // The check of the window's catalogue ended: passed (edits allowed), or the file is damaged.
    void checkFinished(bool passed);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void newCatalogue();
    void openFile();
    void askForServer() { connectToServer(); }
    // The connection dialog, filled in from url (or the last server) and showing why when given; connects.
    bool connectToServer(const QString &url = {}, const Orm::Error &why = {});
    void close();
    void fillRecentMenu();
    void updateActions();
    // Shows an opened catalogue in the window, remembers it, and starts its check when it waits for one.
    void show(const Catalogue::Catalogue &catalogue, const QString &url, Tell tell);
    void checked(const Orm::Status &result, Tell tell);
    // Says why a catalogue was not opened.
    void tellRefusal(const QString &url, const Orm::Error &error);
    // Says that a catalogue opened read-only, and why.
    void tellReadOnly(const Catalogue::Catalogue &catalogue);
    // Saves what the book form holds before the catalogue changes; false when the person keeps it.
    bool settleForm();
    // Reads a server's password from the keyring when its URL has none, then opens it.
    bool openServer(const QString &url, Tell tell);

    MainWindow *m_window;
    RecentCatalogues m_recent;
    QMenu *m_recentMenu = nullptr;
    QAction *m_close = nullptr;
    PageCheck *m_check = nullptr;
    CopyActions *m_copies = nullptr;
};

} // namespace Gui
