#pragma once

#include <orm/database.h>
#include <orm/error.h>

#include <QList>
#include <QString>

namespace Orm {

// A table's secondary indexes and the triggers of its full-text index (see FullTextIndex) set aside while many rows
// are written into it, and made again after, for a bulk load: SQLite builds an index by sorting its rows far faster
// than by inserting them one at a time into a B-tree larger than its cache, and fills a full-text index with one
// 'rebuild' faster than with a trigger per row. Only what is a speed-up is set aside: the primary key and every
// UNIQUE index stay, so that constraints are checked as each row is written.
//
// Must be used inside a transaction (suspend() refuses otherwise), and restore()d before it commits: the
// indexes are dropped and made again by statements of that transaction, so a rollback (an error, a cancel) brings
// them back as they were, whatever the writing reached. A handle that is never restored before a commit leaves the
// table without them: that is the caller's contract. On PostgreSQL nothing is set aside (isActive() is false).
// Rows read meanwhile by key are found as before; reads by a suspended index's columns scan the table.
class DeferredIndexes
{
public:
    DeferredIndexes() = default;

    // Drops the table's non-unique indexes and its full-text index's triggers, remembering how to make them again.
    // An unsafe table name, or no open transaction on this thread: an InvalidQuery error, nothing dropped.
    [[nodiscard]] static Result<DeferredIndexes> suspend(const Database &database, const QString &table);
    // Makes again what suspend() dropped, then rebuilds the full-text index from the table's rows. Once only.
    [[nodiscard]] Status restore();

    bool isActive() const { return !m_restored && (!m_indexes.isEmpty() || !m_triggers.isEmpty()); }
    // The names of the indexes set aside, in the order they will be made again.
    QStringList indexNames() const;

private:
    struct SchemaObject
    {
        QString name;
        QString sql; // its CREATE statement, as the database keeps it
    };

    Database m_database;
    QString m_table;
    QList<SchemaObject> m_indexes;
    QList<SchemaObject> m_triggers;
    QString m_fullText; // the full-text index's table, when its triggers were set aside
    bool m_restored = false;
};

} // namespace Orm
