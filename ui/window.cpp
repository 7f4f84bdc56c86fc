#include "window.h"

#include "mainwindow.h"
#include "preferencesdialog.h"

#include <catalogue/catalogue.h>

#include <QApplication>
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

int runWindow()
{
    installTranslations(chosenLocale());
    auto catalogue = Catalogue::Catalogue::openDefault(Catalogue::Catalogue::Pending::ReadOnly);
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
