#include "sqlite/integerreader_p.h"

#include <orm/fulltextindex.h>
#include <orm/modeldefinition.h>
#include <orm/transaction.h>

#include <algorithm>

namespace Orm {

namespace {

QString indexName(const QString &table)
{
    return table + QStringLiteral("_search");
}

[[nodiscard]] Status run(const Database &database, const QString &sql, const QVariantList &bindings = {})
{
    auto done = database.query(sql, bindings);
    if (!done)
        return std::unexpected(done.error());
    return {};
}

[[nodiscard]] Result<bool> exists(const Database &database, const QString &table)
{
    auto tables = database.tables();
    if (!tables)
        return std::unexpected(tables.error());
    return tables->contains(table);
}

// What a PostgreSQL index records about itself, in its table's comment: what drop() must undo.
struct PostgresNote
{
    QString key;
    QStringList columns;
    QString unaccent; // "created" (by create()), "existing" or "absent"

    QString toString() const
    {
        return QStringLiteral("orm-fulltext key=%1 columns=%2 unaccent=%3").arg(key, columns.join(u','), unaccent);
    }
    static PostgresNote parse(const QString &text)
    {
        PostgresNote note;
        for (const QString &part : text.split(u' ', Qt::SkipEmptyParts)) {
            if (part.startsWith(QStringLiteral("key=")))
                note.key = part.mid(4);
            else if (part.startsWith(QStringLiteral("columns=")))
                note.columns = part.mid(8).split(u',', Qt::SkipEmptyParts);
            else if (part.startsWith(QStringLiteral("unaccent=")))
                note.unaccent = part.mid(9);
        }
        return note;
    }
};

[[nodiscard]] Result<PostgresNote> postgresNote(const Database &database, const QString &name)
{
    auto rows = database.query(QStringLiteral("SELECT obj_description(c.oid, 'pg_class') FROM pg_class c JOIN "
                                              "pg_namespace n ON n.oid = c.relnamespace WHERE c.relname = ? AND "
                                              "n.nspname = current_schema()"),
                               {name});
    if (!rows)
        return std::unexpected(rows.error());
    return PostgresNote::parse(rows->rows.value(0).value(0).toString());
}

[[nodiscard]] Status createSqlite(const Database &database, const QString &table, const QString &key,
                                  const QStringList &columns)
{
    const QString name = indexName(table);
    QStringList quoted, fromNew, fromOld;
    for (const QString &column : columns) {
        quoted << Dialect::quote(column);
        fromNew << QStringLiteral("new.") + Dialect::quote(column);
        fromOld << QStringLiteral("old.") + Dialect::quote(column);
    }
    const QString list = quoted.join(QStringLiteral(", "));
    // External content: the text stays in the table only. detail=none keeps no positions (prefix and word
    // queries need none) and columnsize=0 no lengths (nothing is ranked): measured on a million books, the index
    // takes 80 MB instead of 420 MB and builds in 19 s instead of 47 s. The prefix indexes make a prefix of one
    // to five characters (what is typed into a search box) one list to read rather than the merge of every word
    // that starts with it: counting the matches of "memo" took 13 ms without, 2 ms with, for 33 % more index.
    const QString create = QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(%2, content='%3', content_rowid='%4', "
                                          "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3 4 5', detail=none, "
                                          "columnsize=0)")
                                   .arg(Dialect::quote(name), list, table, key);
    const QString qName = Dialect::quote(name);
    const QString qTable = Dialect::quote(table);
    const QString qKey = Dialect::quote(key);
    const QString insertNew = QStringLiteral("INSERT INTO %1(rowid, %2) VALUES (new.%3, %4);")
                                      .arg(qName, list, qKey, fromNew.join(QStringLiteral(", ")));
    const QString deleteOld = QStringLiteral("INSERT INTO %1(%1, rowid, %2) VALUES ('delete', old.%3, %4);")
                                      .arg(qName, list, qKey, fromOld.join(QStringLiteral(", ")));
    const QStringList statements = {
            create,
            QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON %2 BEGIN %3 END")
                    .arg(Dialect::quote(name + QStringLiteral("_insert")), qTable, insertNew),
            QStringLiteral("CREATE TRIGGER %1 AFTER DELETE ON %2 BEGIN %3 END")
                    .arg(Dialect::quote(name + QStringLiteral("_delete")), qTable, deleteOld),
            // Only a change of an indexed column (or of the key) touches the index: editing a price does not.
            QStringLiteral("CREATE TRIGGER %1 AFTER UPDATE OF %2, %3 ON %4 BEGIN %5 %6 END")
                    .arg(Dialect::quote(name + QStringLiteral("_update")), qKey, list, qTable, deleteOld, insertNew),
            QStringLiteral("INSERT INTO %1(%1) VALUES ('rebuild')").arg(qName),
    };
    for (const QString &sql : statements) {
        if (auto done = run(database, sql); !done)
            return done;
    }
    return {};
}

// Creates the unaccent extension unless it is there; says which it was, or "absent" when it cannot be created
// (not installed on the server, or not allowed): the index then ignores case but not accents.
[[nodiscard]] Result<QString> ensureUnaccent(const Database &database)
{
    auto present = database.query(QStringLiteral("SELECT count(*) FROM pg_extension WHERE extname = 'unaccent'"));
    if (!present)
        return std::unexpected(present.error());
    if (present->rows.value(0).value(0).toLongLong() > 0)
        return QStringLiteral("existing");
    // In a savepoint: a refused CREATE EXTENSION must not abort the caller's transaction.
    auto created = transaction(database, [&] { return run(database, QStringLiteral("CREATE EXTENSION unaccent")); });
    return created ? QStringLiteral("created") : QStringLiteral("absent");
}

QString postgresDocument(const QString &config, const QStringList &columns, const QString &prefix)
{
    QStringList parts;
    for (const QString &column : columns)
        parts << prefix + Dialect::quote(column);
    return QStringLiteral("to_tsvector('%1', concat_ws(' ', %2))").arg(Dialect::quote(config), parts.join(u','));
}

[[nodiscard]] Status createPostgres(const Database &database, const QString &table, const QString &key,
                                    const QStringList &columns)
{
    const QString name = indexName(table);
    const QString qName = Dialect::quote(name);
    const QString qTable = Dialect::quote(table);
    const QString qKey = Dialect::quote(key);
    auto unaccent = ensureUnaccent(database);
    if (!unaccent)
        return std::unexpected(unaccent.error());
    QStringList quoted;
    for (const QString &column : columns)
        quoted << Dialect::quote(column);
    const QString tokens = QStringLiteral("asciiword, asciihword, hword_asciipart, word, hword, hword_part, numword, "
                                          "numhword, hword_numpart");
    const QString dictionaries = *unaccent == u"absent" ? QStringLiteral("simple") : QStringLiteral("unaccent, simple");
    const PostgresNote note{key, columns, *unaccent};
    const QStringList statements = {
            QStringLiteral("CREATE TEXT SEARCH CONFIGURATION %1 (COPY = pg_catalog.simple)").arg(qName),
            QStringLiteral("ALTER TEXT SEARCH CONFIGURATION %1 ALTER MAPPING FOR %2 WITH %3")
                    .arg(qName, tokens, dictionaries),
            QStringLiteral("CREATE TABLE %1 (%2 BIGINT PRIMARY KEY, \"document\" TSVECTOR NOT NULL)").arg(qName, qKey),
            QStringLiteral("CREATE INDEX %1 ON %2 USING GIN (\"document\")")
                    .arg(Dialect::quote(name + QStringLiteral("_document")), qName),
            QStringLiteral("COMMENT ON TABLE %1 IS '%2'").arg(qName, note.toString()),
            QStringLiteral(
                    "CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $orm$ BEGIN "
                    "IF TG_OP = 'TRUNCATE' THEN TRUNCATE %2; RETURN NULL; END IF; "
                    "IF TG_OP IN ('DELETE', 'UPDATE') THEN DELETE FROM %2 WHERE %3 = OLD.%3; END IF; "
                    "IF TG_OP IN ('INSERT', 'UPDATE') THEN INSERT INTO %2 (%3, \"document\") VALUES (NEW.%3, %4); "
                    "END IF; RETURN NULL; END $orm$")
                    .arg(Dialect::quote(name + QStringLiteral("_sync")), qName, qKey,
                         postgresDocument(name, columns, QStringLiteral("NEW."))),
            QStringLiteral("CREATE TRIGGER %1 AFTER INSERT OR DELETE OR UPDATE OF %2, %3 ON %4 FOR EACH ROW EXECUTE "
                           "FUNCTION %5()")
                    .arg(Dialect::quote(name + QStringLiteral("_sync")), qKey, quoted.join(QStringLiteral(", ")),
                         qTable, Dialect::quote(name + QStringLiteral("_sync"))),
            QStringLiteral("CREATE TRIGGER %1 AFTER TRUNCATE ON %2 FOR EACH STATEMENT EXECUTE FUNCTION %3()")
                    .arg(Dialect::quote(name + QStringLiteral("_truncate")), qTable,
                         Dialect::quote(name + QStringLiteral("_sync"))),
            QStringLiteral("INSERT INTO %1 (%2, \"document\") SELECT %2, %3 FROM %4")
                    .arg(qName, qKey, postgresDocument(name, columns, QString()), qTable),
    };
    for (const QString &sql : statements) {
        if (auto done = run(database, sql); !done)
            return done;
    }
    return {};
}

[[nodiscard]] Status checkNames(const QString &table, const QString &key, const QStringList &columns)
{
    QStringList names = columns;
    names << table << key << indexName(table) + QStringLiteral("_truncate");
    for (const QString &name : std::as_const(names)) {
        if (!isSafeIdentifier(name))
            return fail(Error::Kind::InvalidQuery,
                        QStringLiteral("'%1' cannot name a full-text index's table or column").arg(name.left(80)));
    }
    if (columns.isEmpty())
        return fail(Error::Kind::InvalidQuery, QStringLiteral("a full-text index needs at least one column"));
    if (QStringList(columns).removeDuplicates() > 0)
        return fail(Error::Kind::InvalidQuery, QStringLiteral("a full-text index names each column once"));
    return {};
}

} // namespace

QString FullTextIndex::name() const
{
    return indexName(m_table);
}

Result<FullTextIndex> FullTextIndex::create(const Database &database, const QString &table, const QString &key,
                                            const QStringList &columns)
{
    if (auto checked = checkNames(table, key, columns); !checked)
        return std::unexpected(checked.error());
    auto existing = database.columns(table);
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->isEmpty())
        return fail(Error::Kind::InvalidQuery, QStringLiteral("there is no table %1 to index").arg(table));
    const QStringList named = QStringList(columns) << key;
    for (const QString &column : named) {
        if (!existing->contains(column))
            return fail(Error::Kind::InvalidQuery, QStringLiteral("the table %1 has no column %2").arg(table, column));
    }
    auto already = exists(database, indexName(table));
    if (!already)
        return std::unexpected(already.error());
    if (*already)
        return fail(Error::Kind::InvalidQuery, QStringLiteral("the table %1 already has a full-text index").arg(table));
    // One transaction (or savepoint): the index, its triggers and its rows all exist, or none does.
    const Status created = transaction(database, [&] {
        return database.dialect().kind() == Dialect::Kind::Sqlite ? createSqlite(database, table, key, columns)
                                                                  : createPostgres(database, table, key, columns);
    });
    if (!created)
        return std::unexpected(created.error());
    return find(database, table);
}

Status FullTextIndex::drop(const Database &database, const QString &table)
{
    if (!isSafeIdentifier(table) || !isSafeIdentifier(indexName(table) + QStringLiteral("_truncate")))
        return fail(Error::Kind::InvalidQuery, QStringLiteral("'%1' is not a valid table name").arg(table.left(80)));
    auto present = exists(database, indexName(table));
    if (!present)
        return std::unexpected(present.error());
    if (!*present)
        return {};
    const QString name = indexName(table);
    const QString qName = Dialect::quote(name);
    const QString qTable = Dialect::quote(table);
    return transaction(database, [&]() -> Status {
        if (database.dialect().kind() == Dialect::Kind::Sqlite) {
            for (const QString &suffix :
                 {QStringLiteral("_insert"), QStringLiteral("_delete"), QStringLiteral("_update")}) {
                if (auto done = run(database,
                                    QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(Dialect::quote(name + suffix)));
                    !done)
                    return done;
            }
            return run(database, QStringLiteral("DROP TABLE %1").arg(qName));
        }
        auto note = postgresNote(database, name);
        if (!note)
            return std::unexpected(note.error());
        const QStringList statements = {
                QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2")
                        .arg(Dialect::quote(name + QStringLiteral("_truncate")), qTable),
                QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2")
                        .arg(Dialect::quote(name + QStringLiteral("_sync")), qTable),
                QStringLiteral("DROP FUNCTION IF EXISTS %1()").arg(Dialect::quote(name + QStringLiteral("_sync"))),
                QStringLiteral("DROP TABLE %1").arg(qName),
                QStringLiteral("DROP TEXT SEARCH CONFIGURATION IF EXISTS %1").arg(qName),
        };
        for (const QString &sql : statements) {
            if (auto done = run(database, sql); !done)
                return done;
        }
        if (note->unaccent == u"created") {
            // In a savepoint: another index's configuration may use it still, and then it stays.
            (void)transaction(database,
                              [&] { return run(database, QStringLiteral("DROP EXTENSION unaccent RESTRICT")); });
        }
        return {};
    });
}

Result<FullTextIndex> FullTextIndex::find(const Database &database, const QString &table)
{
    if (!isSafeIdentifier(table) || !isSafeIdentifier(indexName(table)))
        return FullTextIndex();
    const QString name = indexName(table);
    const bool sqlite = database.dialect().kind() == Dialect::Kind::Sqlite;
    auto rows =
            database.query(sqlite ? QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?")
                                  : QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE "
                                                   "table_schema = current_schema() AND table_name = ?"),
                           {name});
    if (!rows)
        return std::unexpected(rows.error());
    FullTextIndex index;
    if (sqlite) {
        const QString sql = rows->rows.value(0).value(0).toString();
        if (!sql.contains(QStringLiteral("fts5"), Qt::CaseInsensitive))
            return index;
        auto columns = database.columns(name);
        if (!columns)
            return std::unexpected(columns.error());
        index.m_key = QStringLiteral("rowid");
        index.m_columns = *columns;
    } else {
        if (rows->rows.value(0).value(0).toLongLong() == 0)
            return index;
        auto note = postgresNote(database, name);
        if (!note)
            return std::unexpected(note.error());
        if (note->key.isEmpty() || !isSafeIdentifier(note->key))
            return index; // a table of that name that this class did not make
        index.m_key = note->key;
        index.m_columns = note->columns;
    }
    index.m_database = database;
    index.m_table = table;
    return index;
}

QStringList FullTextIndex::words(const QString &text)
{
    QStringList list;
    QString current;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.isMark()) {
            current += c;
        } else if (!current.isEmpty()) {
            list << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        list << current;
    return list;
}

Result<Statement> FullTextIndex::matching(const QString &text) const
{
    if (isNull())
        return fail(Error::Kind::InvalidQuery, QStringLiteral("there is no full-text index to search"));
    const QStringList found = words(text);
    if (found.isEmpty())
        return fail(Error::Kind::InvalidQuery, QStringLiteral("the search holds no word"));
    QStringList terms;
    const QString qName = Dialect::quote(name());
    if (m_database.dialect().kind() == Dialect::Kind::Sqlite) {
        // Each word a quoted string (it holds no quote: words are letters and digits) followed by * for a prefix;
        // the tokenizer folds the case and the accents of the query as it did the text's.
        for (const QString &word : found)
            terms << u'"' + word + QStringLiteral("\"*");
        return Statement{QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ?").arg(qName), {terms.join(u' ')}};
    }
    for (const QString &word : found)
        terms << u'\'' + word + QStringLiteral("':*");
    return Statement{QStringLiteral("SELECT %1 FROM %2 WHERE \"document\" @@ to_tsquery('%3', ?)")
                             .arg(Dialect::quote(m_key), qName, Dialect::quote(name())),
                     {terms.join(QStringLiteral(" & "))}};
}

Result<std::vector<qint64>> FullTextIndex::keys(const QString &text, Qt::SortOrder order,
                                                std::optional<qint64> limit) const
{
    auto st = matching(text);
    if (!st)
        return std::unexpected(st.error());
    const QString key =
            m_database.dialect().kind() == Dialect::Kind::Sqlite ? QStringLiteral("rowid") : Dialect::quote(m_key);
    st->sql += QStringLiteral(" ORDER BY ") + key
            + (order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC"));
    if (limit) {
        st->sql += QStringLiteral(" LIMIT ?");
        st->bindings << std::max<qint64>(0, *limit);
    }
    return readIntegers(m_database, *st);
}

Result<qint64> FullTextIndex::count(const QString &text) const
{
    auto st = matching(text);
    if (!st)
        return std::unexpected(st.error());
    st->sql = QStringLiteral("SELECT count(*) FROM (") + st->sql + QStringLiteral(") AS \"matches\"");
    auto counted = readIntegers(m_database, *st);
    if (!counted)
        return std::unexpected(counted.error());
    return counted->empty() ? 0 : counted->front();
}

Result<std::optional<qint64>> FullTextIndex::position(const QString &text, qint64 key, Qt::SortOrder order) const
{
    auto st = matching(text);
    if (!st)
        return std::unexpected(st.error());
    const QString column =
            m_database.dialect().kind() == Dialect::Kind::Sqlite ? QStringLiteral("rowid") : Dialect::quote(m_key);
    const auto countWhere = [&](const QString &comparison) -> Result<qint64> {
        Statement counting = *st;
        counting.sql =
                QStringLiteral("SELECT count(*) FROM (%1 AND %2 %3 ?) AS \"matches\"").arg(st->sql, column, comparison);
        counting.bindings << key;
        auto counted = readIntegers(m_database, counting);
        if (!counted)
            return std::unexpected(counted.error());
        return counted->empty() ? 0 : counted->front();
    };
    auto found = countWhere(QStringLiteral("="));
    if (!found)
        return std::unexpected(found.error());
    if (*found == 0)
        return std::optional<qint64>();
    auto before = countWhere(order == Qt::AscendingOrder ? QStringLiteral("<") : QStringLiteral(">"));
    if (!before)
        return std::unexpected(before.error());
    return std::optional<qint64>(*before);
}

} // namespace Orm
