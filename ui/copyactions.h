#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace Gui {

class MainWindow;

// File > Copy to a server… and File > Save a local copy…: the window's catalogue copied whole into an empty
// PostgreSQL database (chosen in the connection dialog) or a new SQLite file, off the GUI thread (CopyRunner) with a
// progress dialog whose Cancel writes nothing, then a message saying what was copied and checked, or why not.
// The window keeps its catalogue open and usable meanwhile.
class CopyActions : public QObject
{
    Q_OBJECT

public:
    explicit CopyActions(MainWindow *window);

    // Adds the two actions to the File menu (enabled while a catalogue is open).
    void addActions(QMenu *menu);
    // Enables the actions when the window has a catalogue (FileMenu calls it when that changes).
    void updateActions();
    // Copies the window's catalogue into the database at toUrl (shown as shownUrl); true when it was copied.
    bool copyTo(const QString &toUrl, const QString &shownUrl);

    // Asks for the new file's name; the native dialog by default, set by the tests (parent, caption, filter).
    std::function<QString(QWidget *, const QString &, const QString &)> askSaveFileName;

Q_SIGNALS:
    // A copy ended: copied, or not (failed, refused or cancelled; nothing was written).
    void copyFinished(bool copied);

private:
    void copyToServer();
    void saveLocalCopy();

    MainWindow *m_window;
    QAction *m_toServer = nullptr;
    QAction *m_local = nullptr;
};

} // namespace Gui
