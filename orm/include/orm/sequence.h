#pragma once

#include <orm/database.h>
#include <orm/error.h>

#include <QString>

namespace Orm {

// The counters that give an auto-incremented key its next value.
namespace Sequence {

// Sets the counter of table.column (an auto-incremented integer key) past the largest value the column holds, so
// that the next row inserted without a key gets a new one: rows copied or restored with their keys leave a
// PostgreSQL SERIAL's sequence where it was, and the next insert would collide with them. PostgreSQL: the
// column's own sequence (pg_get_serial_sequence) is set to the largest value plus one (1 when the table is empty);
// a column without a sequence is left as it is. SQLite keeps its counter (the rowid, sqlite_sequence for an
// AUTOINCREMENT key) past every key inserted by itself: nothing to do. Runs on the calling thread's connection,
// inside its transaction if one is open. An unsafe table or column name is an InvalidQuery error, nothing sent.
[[nodiscard]] Status setPastMax(const Database &database, const QString &table, const QString &column);

} // namespace Sequence

} // namespace Orm
