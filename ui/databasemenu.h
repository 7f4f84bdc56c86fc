#pragma once

#include <catalogue/catalogue.h>

#include <QObject>

class QMenu;

namespace Gui {

class MainWindow;

// The window's Database menu: Migrations…, Check catalogue…, Back up… and Restore from a backup…, and the offer to
// apply the migrations of a catalogue that opens with some pending. Works on the window's catalogue through
// app/core and reloads the window when the catalogue changes under it.
class DatabaseMenu : public QObject
{
    Q_OBJECT

public:
    DatabaseMenu(MainWindow *window, QMenu *menu);

    // Told by the window each time it shows a catalogue: one opened with pending migrations gets the migrations
    // dialog offered once the window is on screen (not when the window itself reloads it after migrating).
    void catalogueSet(const Catalogue::Catalogue &catalogue);

    void showMigrations();
    void showCheck();
    // Back up… and Restore… ask for a file, then call these.
    void backUpTo(const QString &path);
    void restoreFrom(const QString &backupFile);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void backUp();
    void restore();
    // Opens the window's catalogue again (read-only until its migrations are applied) and shows it. Its undo history is
    // kept when only migrations were applied (the books and tables it refers to are all still there), cleared
    // otherwise.
    void reload(bool keepHistory = false);
    void offerMigrations();
    // Why this user may not run migrations; empty when it may.
    QString migrationsRefused() const;

    MainWindow *m_window;
    bool m_reloading = false;
    bool m_offerPending = false;
};

} // namespace Gui
