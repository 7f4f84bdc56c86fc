#include "commandline.h"

#include <QApplication>
#include <QFile>
#include <QLocale>
#include <QTranslator>

#include <memory>

#include <window.h>

// Without arguments, or with a catalogue file alone (a double-click on it), the window; with other arguments
// (catalogue info, init, migrate...), or without a display, the command line.
int main(int argc, char *argv[])
{
    const bool opensFile = argc == 2 && Gui::isCatalogueFile(argv[1]);
    const bool window = (argc <= 1 || opensFile) && Gui::canShowWindow();
    std::unique_ptr<QCoreApplication> app =
            window ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("catalogue"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CATALOGUE_VERSION));
    if (window)
        return Gui::runWindow(opensFile ? QFile::decodeName(argv[1]) : QString());

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("catalogue"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    QTextStream out(stdout);
    QTextStream err(stderr);
    // A catalogue file without a display: the command line says there is no display, as without arguments.
    const QStringList arguments = QCoreApplication::arguments();
    return Catalogue::CommandLine(out, err).run(opensFile ? arguments.first(1) : arguments);
}
