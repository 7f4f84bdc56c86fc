#pragma once

#include <QDialog>
#include <QLocale>
#include <QSettings>

class QComboBox;
class QSpinBox;

namespace Gui {

// The window's settings (~/.config/catalogue/catalogue.conf on Linux): named here, so that setting an
// organization name, which would also move the catalogue's data folder, is not needed.
class Settings : public QSettings
{
public:
    Settings() : QSettings(QStringLiteral("catalogue"), QStringLiteral("catalogue")) { }
};

// The settings a person changes: the language of the window, and the stock at or under which a book is "low".
// Saved in QSettings when accepted.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    void accept() override;

private:
    QComboBox *m_language;
    QSpinBox *m_threshold;
};

// The language chosen in the preferences ("fr", "en"), or empty for the system's.
QString chosenLanguage();
// The locale of the chosen language (the system's when none is chosen).
QLocale chosenLocale();
// Installs the program's and Qt's own translations for a locale, and makes it the default one, for numbers,
// prices and dates. Call once, before the window is made.
void installTranslations(const QLocale &locale);

} // namespace Gui
