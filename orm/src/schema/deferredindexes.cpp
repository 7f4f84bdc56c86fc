#include "database/databaseprivate_p.h"
#include "database/scopedtransaction_p.h"

#include <orm/deferredindexes.h>
#include <orm/dialect.h>
#include <orm/fulltextindex.h>
#include <orm/modeldefinition.h>

namespace Orm {

namespace {

[[nodiscard]] Status run(const Database &database, const QString &sql)
{
    auto done = database.execute(Statement{sql, {}});
    if (!done)
        return std::unexpected(done.error());
    return {};
}

} // namespace

Result<DeferredIndexes> DeferredIndexes::suspend(const Database &database, const QString &table)
{
    if (!isSafeIdentifier(table))
        return fail(Error::Kind::InvalidQuery, QStringLiteral("'%1' is not a valid table name").arg(table.left(80)));
    DatabasePrivate *d = DatabasePrivate::of(database);
    if (!d || ScopedTransaction::depth(*d) == 0)
        return fail(Error::Kind::InvalidQuery,
                    QStringLiteral("the indexes of %1 can be set aside only inside a transaction").arg(table));
    DeferredIndexes deferred;
    deferred.m_database = database;
    deferred.m_table = table;
    if (database.dialect().kind() != Dialect::Kind::Sqlite)
        return deferred; // PostgreSQL: nothing set aside
    // The indexes made by CREATE INDEX (SQLite's own, for a PRIMARY KEY or UNIQUE constraint, have no SQL) that
    // are not unique, in the order of the schema: made again in that order.
    auto indexes =
            database.query(QStringLiteral("SELECT m.name, m.sql FROM sqlite_schema m JOIN pragma_index_list(?) l "
                                          "ON l.name = m.name WHERE m.type = 'index' AND m.sql IS NOT NULL "
                                          "AND l.\"unique\" = 0 ORDER BY m.rowid"),
                           QVariantList{table});
    if (!indexes)
        return std::unexpected(indexes.error());
    for (const QVariantList &row : std::as_const(indexes->rows))
        deferred.m_indexes.append({row.value(0).toString(), row.value(1).toString()});
    auto fullText = FullTextIndex::find(database, table);
    if (!fullText)
        return std::unexpected(fullText.error());
    if (!fullText->isNull()) {
        const QString name = fullText->name();
        auto triggers = database.query(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND "
                                                      "tbl_name = ? AND name IN (?, ?, ?) ORDER BY rowid"),
                                       QVariantList{table, QString(name + QStringLiteral("_insert")),
                                                    QString(name + QStringLiteral("_delete")),
                                                    QString(name + QStringLiteral("_update"))});
        if (!triggers)
            return std::unexpected(triggers.error());
        for (const QVariantList &row : std::as_const(triggers->rows))
            deferred.m_triggers.append({row.value(0).toString(), row.value(1).toString()});
        if (!deferred.m_triggers.isEmpty())
            deferred.m_fullText = name;
    }
    // Every trigger goes, not only the insert's: an update or delete of a row written meanwhile would otherwise
    // remove from the index what was never put there.
    for (const SchemaObject &trigger : std::as_const(deferred.m_triggers)) {
        if (auto r = run(database, QStringLiteral("DROP TRIGGER ") + Dialect::quote(trigger.name)); !r)
            return std::unexpected(r.error());
    }
    for (const SchemaObject &index : std::as_const(deferred.m_indexes)) {
        if (auto r = run(database, QStringLiteral("DROP INDEX ") + Dialect::quote(index.name)); !r)
            return std::unexpected(r.error());
    }
    return deferred;
}

Status DeferredIndexes::restore()
{
    if (m_restored)
        return fail(Error::Kind::InvalidQuery, QStringLiteral("the indexes of %1 are restored already").arg(m_table));
    m_restored = true;
    for (const SchemaObject &index : std::as_const(m_indexes)) {
        if (auto r = run(m_database, index.sql); !r)
            return r;
    }
    for (const SchemaObject &trigger : std::as_const(m_triggers)) {
        if (auto r = run(m_database, trigger.sql); !r)
            return r;
    }
    if (!m_fullText.isEmpty()) {
        // The index's content is the table (external content): 'rebuild' reads every row of it again.
        const QString name = Dialect::quote(m_fullText);
        if (auto r = run(m_database, QStringLiteral("INSERT INTO %1(%1) VALUES ('rebuild')").arg(name)); !r)
            return r;
    }
    return {};
}

QStringList DeferredIndexes::indexNames() const
{
    QStringList names;
    for (const SchemaObject &index : m_indexes)
        names << index.name;
    return names;
}

} // namespace Orm
