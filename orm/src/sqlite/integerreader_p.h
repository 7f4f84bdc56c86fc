#pragma once

//  Not part of the API.

#include <orm/database.h>
#include <orm/error.h>
#include <orm/querybuilder.h>

#include <vector>

namespace Orm {

// Reads the first column of a statement's rows as 64-bit integers, straight into a vector, without a QVariant per
// row: the ordered primary keys of a million-row table in one pass (8 MB) instead of a RowSet (about 80 MB of
// small allocations that glibc keeps afterwards). On SQLite it steps the statement through the C API on the
// thread's own connection handle; on PostgreSQL it reads a forward-only QSqlQuery. A null value reads as 0.
[[nodiscard]] Result<std::vector<qint64>> readIntegers(const Database &database, const Statement &statement);

} // namespace Orm
