#pragma once

#include <orm/database.h>
#include <orm/error.h>

#include <QString>

namespace Orm {

// Tells every connection when a table changes, so that the views of it refresh by themselves (TableModel
// listens). PostgreSQL: a statement-level trigger sends NOTIFY on channel(table) after each INSERT, UPDATE,
// DELETE or TRUNCATE, with the operation as payload; a listener hears it when the writer's transaction commits.
// SQLite needs nothing in the file: a connection learns of the commits of the others from PRAGMA data_version,
// so install() and remove() do nothing there. Both run on the calling thread's connection, inside its transaction
// if one is open (a migration's).
namespace ChangeFeed {

// The notification channel of a table: "orm_changed_" and the table's name (cut to PostgreSQL's 63 characters).
QString channel(const QString &table);
// Creates the trigger (and its function) unless they exist. An unsafe table name is an InvalidQuery error.
[[nodiscard]] Status install(const Database &database, const QString &table);
// Removes what install() created.
[[nodiscard]] Status remove(const Database &database, const QString &table);
// Whether the table has the trigger (always false on SQLite).
[[nodiscard]] Result<bool> isInstalled(const Database &database, const QString &table);

} // namespace ChangeFeed

} // namespace Orm
