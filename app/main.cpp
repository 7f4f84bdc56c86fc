#include "commandline.h"

#include <QApplication>
#include <QLocale>
#include <QTranslator>

#include <memory>

#include <window.h>

// Without arguments the window; with arguments (catalogue info, init, migrate...), or without a display, the command
// line.
int main(int argc, char *argv[])
{
    const bool window = argc <= 1 && Gui::canShowWindow();
    std::unique_ptr<QCoreApplication> app =
            window ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("catalogue"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CATALOGUE_VERSION));
    if (window)
        return Gui::runWindow();

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("catalogue"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return Catalogue::CommandLine(out, err).run(QCoreApplication::arguments());
}
