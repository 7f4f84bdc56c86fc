#pragma once

#include "migrationrunner.h"

#include <catalogue/catalogue.h>
#include <orm/migrator.h>

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QThread;
class QTreeWidget;

namespace Gui {

// Database > Migrations…: every migration this version knows, applied or pending and when, with the actions to
// apply them (all, or up to the selected one) and roll them back (the last one, or down to the selected one).
// The work runs on a thread of its own (MigrationRunner) with a progress bar, a Cancel button and a log of every
// statement; a SQLite catalogue is backed up first unless "Back up first" is cleared. On a catalogue open
// read-only for another reason than its pending migrations, every action is disabled and the dialog says why.
// Reads the migrations' state through Orm::Migrator; runs no SQL of its own.
class MigrationsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MigrationsDialog(const Catalogue::Catalogue &catalogue, QWidget *parent = nullptr);
    ~MigrationsDialog() override;

    // The migrations listed and run, the catalogue's own by default (tests add their own).
    void setMigrations(const QList<Orm::Migration> &migrations);
    // The catalogue as the dialog last read it: reopened after each piece of work.
    Catalogue::Catalogue catalogue() const { return m_catalogue; }
    bool isBusy() const { return m_thread != nullptr; }

    void applyAll();
    void applyToSelected();
    void rollBackLast();
    void rollBackToSelected();
    void cancel();

    QTreeWidget *list() const { return m_list; }
    QCheckBox *backupFirst() const { return m_backupFirst; }
    QLabel *reason() const { return m_reason; }
    // What the last piece of work did, or why it failed.
    QLabel *result() const { return m_result; }
    QLabel *backupLabel() const { return m_backupLabel; }
    QPushButton *showBackupButton() const { return m_showBackup; }
    QProgressBar *progress() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPlainTextEdit *log() const { return m_log; }
    QPushButton *button(const QString &objectName) const;

    // Whether a rollback was started since the dialog opened: tables may be gone.
    bool rolledBack() const { return m_rolledBack; }

Q_SIGNALS:
    // The schema changed (migrations ran or were undone, even if it then failed or was cancelled): the window
    // reloads its model from catalogue().
    void schemaChanged();
    // The piece of work is over; the list shows the new state.
    void workFinished();

protected:
    void reject() override;

private:
    void refresh();
    void updateButtons();
    QString selectedName() const;
    bool isPending(const QString &name) const;
    void start(MigrationRunner::Direction direction, const QString &to);
    // Asks again when rolling back down to `to` drops tables that hold rows; true to go on.
    bool confirmDataLoss(const QString &to);
    void finished(const MigrationRunner::Outcome &outcome);
    void appendLog(const QString &line);

    Catalogue::Catalogue m_catalogue;
    QList<Orm::Migration> m_migrations;
    QList<Orm::MigrationState> m_states;
    bool m_locked = false; // read-only for a reason migrations do not lift
    bool m_rolledBack = false;
    QLabel *m_reason;
    QLabel *m_result;
    QTreeWidget *m_list;
    QPushButton *m_applyAll;
    QPushButton *m_applyTo;
    QPushButton *m_rollBackLast;
    QPushButton *m_rollBackTo;
    QCheckBox *m_backupFirst;
    QLabel *m_backupLabel;
    QPushButton *m_showBackup;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_close;
    QPlainTextEdit *m_log;
    QString m_backupPath;
    QThread *m_thread = nullptr;
    MigrationRunner *m_runner = nullptr;
};

} // namespace Gui
