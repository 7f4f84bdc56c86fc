#include "window.h"

#include "filemenu.h"
#include "mainwindow.h"
#include "preferencesdialog.h"

#include <QApplication>

namespace Gui {

bool canShowWindow()
{
#ifdef Q_OS_LINUX
    for (const char *variable : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
        if (!qEnvironmentVariableIsEmpty(variable))
            return true;
    }
    return false;
#else
    return true;
#endif
}

int runWindow()
{
    installTranslations(chosenLocale());
    // The last catalogue (or the embedded one) opens before the window shows; a large file's pages are checked
    // afterwards, on a thread of their own, while the window shows it read-only.
    MainWindow window;
    window.fileMenu()->openAtStart();
    window.show();
    return QApplication::exec();
}

} // namespace Gui
