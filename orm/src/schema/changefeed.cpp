#include <orm/changefeed.h>
#include <orm/modeldefinition.h>

namespace Orm::ChangeFeed {

namespace {

QString triggerName(const QString &table)
{
    return table + QStringLiteral("_changed");
}

[[nodiscard]] Status checkName(const QString &table)
{
    if (!isSafeIdentifier(table) || !isSafeIdentifier(triggerName(table)))
        return fail(Error::Kind::InvalidQuery,
                    QStringLiteral("'%1' cannot name a table with a change feed").arg(table.left(80)));
    return {};
}

} // namespace

QString channel(const QString &table)
{
    return QString(QStringLiteral("orm_changed_") + table).left(63);
}

Result<bool> isInstalled(const Database &database, const QString &table)
{
    if (auto checked = checkName(table); !checked)
        return std::unexpected(checked.error());
    if (database.dialect().kind() == Dialect::Kind::Sqlite)
        return false;
    auto rows = database.query(QStringLiteral("SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                                              "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE t.tgname = ? AND "
                                              "c.relname = ? AND n.nspname = current_schema()"),
                               {triggerName(table), table});
    if (!rows)
        return std::unexpected(rows.error());
    return rows->rows.value(0).value(0).toLongLong() > 0;
}

Status install(const Database &database, const QString &table)
{
    auto installed = isInstalled(database, table);
    if (!installed)
        return std::unexpected(installed.error());
    if (*installed || database.dialect().kind() == Dialect::Kind::Sqlite)
        return {};
    const QString name = Dialect::quote(triggerName(table));
    // One notification per statement, not per row: a bulk update of a million rows sends one, and listeners
    // refresh once. PostgreSQL delivers it at commit, and folds identical notifications of one transaction.
    const QStringList statements = {
            QStringLiteral("CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $orm$ BEGIN "
                           "PERFORM pg_notify('%2', TG_OP); RETURN NULL; END $orm$")
                    .arg(name, channel(table)),
            QStringLiteral("CREATE TRIGGER %1 AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %2 FOR EACH STATEMENT "
                           "EXECUTE FUNCTION %1()")
                    .arg(name, Dialect::quote(table)),
    };
    for (const QString &sql : statements) {
        if (auto done = database.query(sql); !done)
            return std::unexpected(done.error());
    }
    return {};
}

Status remove(const Database &database, const QString &table)
{
    if (auto checked = checkName(table); !checked)
        return checked;
    if (database.dialect().kind() == Dialect::Kind::Sqlite)
        return {};
    const QString name = Dialect::quote(triggerName(table));
    const QStringList statements = {
            QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2").arg(name, Dialect::quote(table)),
            QStringLiteral("DROP FUNCTION IF EXISTS %1()").arg(name),
    };
    for (const QString &sql : statements) {
        if (auto done = database.query(sql); !done)
            return std::unexpected(done.error());
    }
    return {};
}

} // namespace Orm::ChangeFeed
