#include "window.h"

#include "mainwindow.h"
#include "preferencesdialog.h"

#include <catalogue/catalogue.h>

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>

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
    // A catalogue with pending migrations opens read-only: the window offers to apply them.
    auto catalogue = file.isEmpty()
            ? Catalogue::Catalogue::openDefault(Catalogue::Catalogue::Pending::ReadOnly)
            : Catalogue::Catalogue::open(QStringLiteral("sqlite:") + QFileInfo(file).absoluteFilePath(),
                                         Catalogue::Catalogue::Missing::Refuse,
                                         Catalogue::Catalogue::Pending::ReadOnly);
    if (!catalogue) {
        QMessageBox::critical(
                nullptr, MainWindow::tr("Catalogue"),
                MainWindow::tr("The catalogue could not be opened:\n%1").arg(catalogue.error().message()));
        return 1;
    }
    MainWindow window;
    window.setCatalogue(*catalogue);
    window.show();
    return QApplication::exec();
}

} // namespace Gui
