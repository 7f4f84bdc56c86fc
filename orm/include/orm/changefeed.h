#pragma once

#include <orm/database.h>
#include <orm/error.h>

#include <QString>

namespace Orm {

// Tells every connection when a table changes, so that the views of it refresh by themselves (TableModel
// listens). PostgreSQL: statement-level triggers send NOTIFY on channel(table) after each INSERT, UPDATE, DELETE
// or TRUNCATE; a listener hears it when the writer's transaction commits. The payload is the operation's name,
// except for an UPDATE of 1 to 100 rows of a table with a one-column primary key that keeps their keys: then it is
// JSON, {"op": "UPDATE", "keys": [the rows' keys], "columns": [the columns whose values changed]}, so that a
// listener can read those rows again instead of all of its rows (an UPDATE that changed no value sends nothing).
// SQLite needs nothing in the file: a connection learns of the commits of the others from PRAGMA data_version,
// so install() and remove() do nothing there. Both run on the calling thread's connection, inside its transaction
// if one is open (a migration's).
namespace ChangeFeed {

// The notification channel of a table: "orm_changed_" and the table's name (cut to PostgreSQL's 63 characters).
QString channel(const QString &table);
// Creates the triggers (and their function) unless they exist, replacing an earlier form of them (one trigger
// for every operation, telling only its name). An unsafe table name is an InvalidQuery error.
[[nodiscard]] Status install(const Database &database, const QString &table);
// Removes what install() created.
[[nodiscard]] Status remove(const Database &database, const QString &table);
// Whether the table has the triggers, in their current form (always false on SQLite).
[[nodiscard]] Result<bool> isInstalled(const Database &database, const QString &table);

} // namespace ChangeFeed

} // namespace Orm
