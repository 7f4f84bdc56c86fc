#include "migrationrunner.h"

namespace Gui {

MigrationRunner::MigrationRunner(const Catalogue::Catalogue &catalogue, const QList<Orm::Migration> &migrations,
                                 Direction direction, const QString &to, Orm::Backup backup)
    : m_catalogue(catalogue),
      m_migrations(migrations),
      m_direction(direction),
      m_to(to),
      m_backup(backup)
{
    qRegisterMetaType<Gui::MigrationRunner::Outcome>();
}

void MigrationRunner::run()
{
    Outcome outcome;
    {
        // Opened for writing, whatever the window's catalogue is: one read-only until it is migrated becomes
        // writable here; one read-only for another reason (a newer version's, a read-only file) stays so, and the
        // migrator refuses it.
        auto own = m_catalogue.reopen(Catalogue::Catalogue::Pending::Writable);
        if (!own) {
            outcome.error = own.error().message();
            outcome.sql = own.error().sql();
            Q_EMIT finished(outcome);
            return;
        }
        Orm::Database database = own->database();
        database.setLogger([this](const QString &sql) { Q_EMIT statement(sql); });
        Orm::Migrator migrator(database, m_migrations);
        migrator.setMonitor(
                {.starting = [this](int index, int count, const QString &name) { Q_EMIT starting(index, count, name); },
                 .cancelled = [this] { return m_cancelled.load(); }});
        const auto taken = [this](const QString &path) { Q_EMIT backupTaken(path); };
        auto report = m_direction == Direction::Up ? migrator.up(m_to, m_backup, taken)
                                                   : migrator.down(m_to, m_backup, taken);
        if (report) {
            outcome.done = report->executed;
            outcome.cancelled = report->cancelled;
            outcome.backupPath = report->backupPath;
        } else {
            outcome.error = report.error().message();
            outcome.sql = report.error().sql();
        }
        database.setLogger({});
        database.close(); // on this thread, whose connection it is
    }
    Q_EMIT finished(outcome);
}

} // namespace Gui
