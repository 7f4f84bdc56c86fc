#include "preferencesdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLibraryInfo>
#include <QLocale>
#include <QSpinBox>
#include <QTranslator>
#include <QVBoxLayout>

namespace Gui {

QString chosenLanguage()
{
    return Settings().value(QStringLiteral("language")).toString();
}

QLocale chosenLocale()
{
    const QString language = chosenLanguage();
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

void installTranslations(const QLocale &locale)
{
    QLocale::setDefault(locale);
    auto *own = new QTranslator(qApp);
    if (own->load(locale, QStringLiteral("catalogue"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(qApp);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent),
      m_language(new QComboBox(this)),
      m_threshold(new QSpinBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_language->addItem(tr("The system's language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(chosenLanguage())));
    m_threshold->setRange(0, 10000);
    m_threshold->setValue(Settings().value(QStringLiteral("lowStockThreshold"), 2).toInt());
    m_threshold->setToolTip(tr("A book with this many copies or fewer is shown by the “Low stock” filter"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto *note = new QLabel(tr("A new language applies when the program starts again."), this);
    note->setWordWrap(true);
    form->addRow(QString(), note);
    form->addRow(tr("Low &stock at or under:"), m_threshold);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    Settings settings;
    settings.setValue(QStringLiteral("language"), m_language->currentData().toString());
    settings.setValue(QStringLiteral("lowStockThreshold"), m_threshold->value());
    QDialog::accept();
}

} // namespace Gui
