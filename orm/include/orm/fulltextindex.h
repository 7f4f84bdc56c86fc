#pragma once

#include <orm/database.h>
#include <orm/error.h>
#include <orm/querybuilder.h>

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Orm {

// A full-text index over chosen text columns of a table, kept current by triggers, for searching as the user
// types: every word of a search is a prefix, and case and accents are ignored ("miséra" and "MISERA" both find
// "Les Misérables"). The indexed table itself is left exactly as it is:
// - SQLite: an FTS5 table of its own, "<table>_search", with external content (it keeps no copy of the text),
//   the unicode61 tokenizer with remove_diacritics 2, prefix indexes for one to five characters and no positions
//   (detail=none: prefix and word queries only, a fifth of the size), and three triggers on the table;
// - PostgreSQL: a side table "<table>_search" (key, tsvector) under a GIN index, filled by a trigger, through a
//   text search configuration of its own, "<table>_search": the simple dictionary (lowercase, no stemming) after
//   the unaccent dictionary when the unaccent extension can be created (it is then created if missing).
// A cheap handle. Every call runs on the calling thread's connection, inside its transaction if one is open.
class FullTextIndex
{
public:
    FullTextIndex() = default;

    // Creates the index of table over columns, keyed by key (an integer column that identifies a row: the primary
    // key), and fills it from the rows already there. An unknown table or column, an unsafe name or an index that
    // already exists is an InvalidQuery error, and nothing is created.
    [[nodiscard]] static Result<FullTextIndex> create(const Database &database, const QString &table,
                                                      const QString &key, const QStringList &columns);
    // Removes what create() added: the index, its triggers and, on PostgreSQL, its configuration, and the unaccent
    // extension if create() was the one that created it and nothing else uses it. Nothing to do when there is no
    // index.
    [[nodiscard]] static Status drop(const Database &database, const QString &table);
    // The index of table; a null one when the table has none.
    [[nodiscard]] static Result<FullTextIndex> find(const Database &database, const QString &table);

    bool isNull() const { return m_table.isEmpty(); }
    QString table() const { return m_table; }
    QString name() const;
    // The indexed columns, in index order.
    QStringList columns() const { return m_columns; }

    // The words a search text looks for: its runs of letters, marks and digits, in order ("L'Étranger, 1942"
    // gives "L", "Étranger", "1942").
    static QStringList words(const QString &text);
    // The keys of the rows that hold every word of text as the start of a word, in ascending or descending key
    // order, at most limit of them. A text without any word is an InvalidQuery error.
    [[nodiscard]] Result<std::vector<qint64>> keys(const QString &text, Qt::SortOrder order = Qt::AscendingOrder,
                                                   std::optional<qint64> limit = std::nullopt) const;
    // How many rows keys() would give, counted by the index alone.
    [[nodiscard]] Result<qint64> count(const QString &text) const;
    // Where the row of key is in keys(text, order): how many keys come before it, counted by the index alone (at
    // worst as long as count()); nullopt when that row does not hold every word.
    [[nodiscard]] Result<std::optional<qint64>> position(const QString &text, qint64 key,
                                                         Qt::SortOrder order = Qt::AscendingOrder) const;
    // The SELECT of those keys (one column, in no particular order) with its binding, to compose with other SQL.
    [[nodiscard]] Result<Statement> matching(const QString &text) const;

private:
    Database m_database;
    QString m_table;
    QString m_key; // PostgreSQL's side table names its key after the table's; SQLite's FTS5 table calls it rowid
    QStringList m_columns;
};

} // namespace Orm
