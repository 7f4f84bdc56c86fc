#include <orm/changefeed.h>
#include <orm/modeldefinition.h>
#include <orm/transaction.h>

namespace Orm::ChangeFeed {

namespace {

// Two triggers share one function: "<table>_changed" for INSERT, DELETE and TRUNCATE, "<table>_updated" for
// UPDATE, which alone needs the rows before and after (transition tables can be given to one event only).
QString triggerName(const QString &table)
{
    return table + QStringLiteral("_changed");
}

QString updateTriggerName(const QString &table)
{
    return table + QStringLiteral("_updated");
}

[[nodiscard]] Status checkName(const QString &table)
{
    if (!isSafeIdentifier(table) || !isSafeIdentifier(triggerName(table))
        || !isSafeIdentifier(updateTriggerName(table)))
        return fail(Error::Kind::InvalidQuery,
                    QStringLiteral("'%1' cannot name a table with a change feed").arg(table.left(80)));
    return {};
}

[[nodiscard]] Result<qint64> triggerCount(const Database &database, const QStringList &names, const QString &table)
{
    auto rows = database.query(QStringLiteral("SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                                              "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE t.tgname IN (?, ?) "
                                              "AND c.relname = ? AND n.nspname = current_schema()"),
                               {names.value(0), names.value(1), table});
    if (!rows)
        return std::unexpected(rows.error());
    return rows->rows.value(0).value(0).toLongLong();
}

// The table's primary key when it is one column (empty otherwise): the key an UPDATE's notification lists.
[[nodiscard]] Result<QString> singleKeyColumn(const Database &database, const QString &table)
{
    auto rows = database.query(QStringLiteral("SELECT a.attname FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid "
                                              "JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON "
                                              "a.attrelid = c.oid AND a.attnum = ANY (i.indkey) WHERE i.indisprimary "
                                              "AND c.relname = ? AND n.nspname = current_schema()"),
                               {table});
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->rows.size() != 1)
        return QString();
    return rows->rows.value(0).value(0).toString();
}

// The function both triggers run. An UPDATE of 1 to 100 rows that keeps their keys is told with what it changed,
// as JSON: {"op": "UPDATE", "keys": [...], "columns": [...]}, so that a listener reads those rows again instead of
// all of its rows; a larger one, one that changes a key, or a payload near PostgreSQL's 8000-byte limit is told as
// "UPDATE", and an UPDATE that changed no value is not told. The other operations are told by their name.
QString functionSql(const QString &table, const QString &key)
{
    const QString function = Dialect::quote(triggerName(table)) + QStringLiteral("()");
    const QString notifyOp = QStringLiteral("PERFORM pg_notify('%1', TG_OP); ").arg(channel(table));
    if (key.isEmpty())
        return QStringLiteral("CREATE OR REPLACE FUNCTION %1 RETURNS trigger LANGUAGE plpgsql AS $orm$ BEGIN %2"
                              "RETURN NULL; END $orm$")
                .arg(function, notifyOp);
    const QString k = Dialect::quote(key);
    return QStringLiteral(
                   "CREATE OR REPLACE FUNCTION %1 RETURNS trigger LANGUAGE plpgsql AS $orm$ "
                   "DECLARE total bigint; matched bigint; keys json; changed json; payload text; BEGIN "
                   "IF TG_OP <> 'UPDATE' THEN %2RETURN NULL; END IF; "
                   "SELECT count(*) INTO total FROM (SELECT 1 FROM orm_new LIMIT 101) s; "
                   "IF total = 0 THEN RETURN NULL; END IF; "
                   "IF total <= 100 THEN "
                   "SELECT count(*), json_agg(n.%3) INTO matched, keys FROM orm_new n JOIN orm_old o ON o.%3 = n.%3; "
                   "IF matched = total THEN "
                   "SELECT coalesce(json_agg(DISTINCT e.key), '[]') INTO changed FROM orm_new n JOIN orm_old o ON "
                   "o.%3 = n.%3, jsonb_each(to_jsonb(n)) e WHERE to_jsonb(o) -> e.key IS DISTINCT FROM e.value; "
                   "IF changed::text = '[]' THEN RETURN NULL; END IF; "
                   "payload := json_build_object('op', 'UPDATE', 'keys', keys, 'columns', changed)::text; "
                   "IF octet_length(payload) <= 7900 THEN PERFORM pg_notify('%4', payload); RETURN NULL; END IF; "
                   "END IF; END IF; "
                   "PERFORM pg_notify('%4', 'UPDATE'); RETURN NULL; END $orm$")
            .arg(function, notifyOp, k, channel(table));
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
    auto count = triggerCount(database, {triggerName(table), updateTriggerName(table)}, table);
    if (!count)
        return std::unexpected(count.error());
    return *count == 2;
}

Status install(const Database &database, const QString &table)
{
    auto installed = isInstalled(database, table);
    if (!installed)
        return std::unexpected(installed.error());
    if (*installed || database.dialect().kind() == Dialect::Kind::Sqlite)
        return {};
    auto key = singleKeyColumn(database, table);
    if (!key)
        return std::unexpected(key.error());
    const QString name = Dialect::quote(triggerName(table));
    const QString quotedTable = Dialect::quote(table);
    // One notification per statement, not per row: a bulk update of a million rows sends one, and listeners
    // refresh once. PostgreSQL delivers it at commit, and folds identical notifications of one transaction.
    // An earlier form had one trigger for every operation: it is replaced.
    const QStringList statements = {
            functionSql(table, *key),
            QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2").arg(name, quotedTable),
            QStringLiteral("CREATE TRIGGER %1 AFTER INSERT OR DELETE OR TRUNCATE ON %2 FOR EACH STATEMENT "
                           "EXECUTE FUNCTION %1()")
                    .arg(name, quotedTable),
            QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2")
                    .arg(Dialect::quote(updateTriggerName(table)), quotedTable),
            QStringLiteral("CREATE TRIGGER %1 AFTER UPDATE ON %2 REFERENCING OLD TABLE AS orm_old NEW TABLE AS "
                           "orm_new FOR EACH STATEMENT EXECUTE FUNCTION %3()")
                    .arg(Dialect::quote(updateTriggerName(table)), quotedTable, name),
    };
    return transaction(database, [&]() -> Status {
        for (const QString &sql : statements) {
            if (auto done = database.query(sql); !done)
                return std::unexpected(done.error());
        }
        return {};
    });
}

Status remove(const Database &database, const QString &table)
{
    if (auto checked = checkName(table); !checked)
        return checked;
    if (database.dialect().kind() == Dialect::Kind::Sqlite)
        return {};
    const QString name = Dialect::quote(triggerName(table));
    const QStringList statements = {
            QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2")
                    .arg(Dialect::quote(updateTriggerName(table)), Dialect::quote(table)),
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
