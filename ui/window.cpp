#include "window.h"

#include "filemenu.h"
#include "mainwindow.h"
#include "preferencesdialog.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QIcon>

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

bool isCatalogueFile(const char *argument)
{
    const QString path = QFile::decodeName(argument);
    return !path.startsWith(u'-') && (path.contains(u'.') || path.contains(u'/')) && QFileInfo(path).isFile();
}

int runWindow(const QString &file)
{
    installTranslations(chosenLocale());
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/hicolor/%1x%1/catalogue.png").arg(size));
    QApplication::setWindowIcon(icon);
    // The file given (a double-click on a .catalogue), else the last catalogue (or the embedded one), opens before
    // the window shows; a large file's pages are checked afterwards, on a thread of their own, while the window
    // shows it read-only.
    MainWindow window;
    if (file.isEmpty() || !window.fileMenu()->open(QStringLiteral("sqlite:") + QFileInfo(file).absoluteFilePath()))
        window.fileMenu()->openAtStart();
    window.show();
    return QApplication::exec();
}

} // namespace Gui
