#include <orm/modeldefinition.h>
#include <orm/sequence.h>

namespace Orm::Sequence {

namespace {

[[nodiscard]] Status checkNames(const QString &table, const QString &column)
{
    if (!isSafeIdentifier(table) || !isSafeIdentifier(column))
        return fail(Error::Kind::InvalidQuery,
                    QStringLiteral("'%1.%2' cannot name a key column").arg(table.left(80), column.left(80)));
    return {};
}

} // namespace

Status setPastMax(const Database &database, const QString &table, const QString &column)
{
    if (auto checked = checkNames(table, column); !checked)
        return checked;
    if (database.dialect().kind() == Dialect::Kind::Sqlite)
        return {};
    // pg_get_serial_sequence() parses its first argument as an identifier (quoted, so that case is kept) and takes
    // its second as a column name as it is: both are bound. setval(..., false): the next nextval() returns it.
    auto set = database.query(QStringLiteral("SELECT setval(pg_get_serial_sequence(?, ?), COALESCE((SELECT MAX(")
                                      + Dialect::quote(column) + QStringLiteral(") FROM ") + Dialect::quote(table)
                                      + QStringLiteral("), 0) + 1, false)"),
                              QVariantList{Dialect::quote(table), column});
    if (!set)
        return std::unexpected(set.error());
    return {};
}

} // namespace Orm::Sequence
