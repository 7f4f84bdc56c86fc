#include "commandline.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("catalogue"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CATALOGUE_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("catalogue"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    return Catalogue::CommandLine(out, err).run(QCoreApplication::arguments());
}
