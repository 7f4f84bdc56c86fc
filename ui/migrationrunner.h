#pragma once

#include <catalogue/catalogue.h>
#include <orm/migrator.h>

#include <QObject>
#include <QStringList>

#include <atomic>

namespace Gui {

// Runs migrations up or down off the GUI thread: moved to a QThread, run() opens the catalogue again there (a
// Database of its own, so that its connection belongs to that thread and its logger hears only these
// statements), runs them, closes it and says how it went. Its signals are queued to the dialog that watches.
// cancel() may be called from any thread: the migration in progress is rolled back, those done stay.
class MigrationRunner : public QObject
{
    Q_OBJECT

public:
    enum class Direction { Up, Down };

    MigrationRunner(const Catalogue::Catalogue &catalogue, const QList<Orm::Migration> &migrations, Direction direction,
                    const QString &to, Orm::Backup backup);

    void run();
    void cancel() { m_cancelled.store(true); }

    // How it went: the migrations run (or undone), whether it was cancelled, the backup taken, and on failure the
    // database's message and the SQL that failed (empty when it succeeded).
    struct Outcome
    {
        QStringList done;
        bool cancelled = false;
        QString backupPath;
        QString error;
        QString sql;
    };

Q_SIGNALS:
    void backupTaken(const QString &path);
    void starting(int index, int count, const QString &name);
    void statement(const QString &sql);
    void finished(const Gui::MigrationRunner::Outcome &outcome);

private:
    Catalogue::Catalogue m_catalogue;
    QList<Orm::Migration> m_migrations;
    Direction m_direction;
    QString m_to;
    Orm::Backup m_backup;
    std::atomic<bool> m_cancelled{false};
};

} // namespace Gui

Q_DECLARE_METATYPE(Gui::MigrationRunner::Outcome)
