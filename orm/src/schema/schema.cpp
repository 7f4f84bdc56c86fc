#include "database/databaseprivate_p.h"
#include "database/scopedtransaction_p.h"

#include <orm/modeldefinition.h>
#include <orm/querybuilder.h>
#include <orm/schema.h>

namespace Orm {

namespace {

Error unsafeName(const QString &name)
{
    return Error(Error::Kind::InvalidQuery,
                 QStringLiteral("'%1' is not a valid table, column, index or constraint name").arg(name.left(80)));
}

[[nodiscard]] Status checkNames(const QStringList &names)
{
    for (const QString &name : names) {
        if (!isSafeIdentifier(name))
            return std::unexpected(unsafeName(name));
    }
    return {};
}

// The names of the columns a condition compares, to be checked before anything is sent.
void collectColumns(const Expr &expr, QStringList &names)
{
    if (expr.kind() == Expr::Kind::Column)
        names << expr.name();
    for (const Expr &argument : expr.arguments())
        collectColumns(argument, names);
}

void collectColumns(const Where &where, QStringList &names)
{
    for (const Where &child : where.children())
        collectColumns(child, names);
    for (const Expr &operand : where.operands())
        collectColumns(operand, names);
}

Status checkColumns(const Where &where)
{
    QStringList names;
    collectColumns(where, names);
    return checkNames(names);
}

QString actionSql(Constraint::Action action)
{
    switch (action) {
    case Constraint::Action::NoAction:
        return QStringLiteral("NO ACTION");
    case Constraint::Action::Restrict:
        return QStringLiteral("RESTRICT");
    case Constraint::Action::Cascade:
        return QStringLiteral("CASCADE");
    case Constraint::Action::SetNull:
        return QStringLiteral("SET NULL");
    case Constraint::Action::SetDefault:
        return QStringLiteral("SET DEFAULT");
    }
    return {};
}

// The first identifier of a CREATE TABLE part (a column's name), unquoted; empty for a table constraint.
QString leadingIdentifier(const QString &part, bool *quoted = nullptr)
{
    const QString text = part.trimmed();
    if (text.isEmpty())
        return {};
    const QChar open = text.at(0);
    const QChar close = open == u'[' ? u']' : open;
    if (open == u'"' || open == u'`' || open == u'[') {
        if (quoted)
            *quoted = true;
        QString name;
        for (qsizetype i = 1; i < text.size(); ++i) {
            if (text.at(i) == close) {
                if (close != u']' && i + 1 < text.size() && text.at(i + 1) == close) {
                    name += close;
                    ++i;
                    continue;
                }
                return name;
            }
            name += text.at(i);
        }
        return name;
    }
    if (quoted)
        *quoted = false;
    qsizetype end = 0;
    while (end < text.size() && (text.at(end).isLetterOrNumber() || text.at(end) == u'_'))
        ++end;
    return text.left(end);
}

bool isTableConstraint(const QString &part)
{
    bool quoted = false;
    const QString first = leadingIdentifier(part, &quoted).toUpper();
    static const QStringList keywords = {QStringLiteral("CONSTRAINT"), QStringLiteral("PRIMARY"),
                                         QStringLiteral("UNIQUE"), QStringLiteral("CHECK"), QStringLiteral("FOREIGN")};
    return !quoted && keywords.contains(first);
}

// The name of a "CONSTRAINT name ..." part, or empty.
QString constraintName(const QString &part)
{
    bool quoted = false;
    if (leadingIdentifier(part, &quoted).toUpper() != u"CONSTRAINT" || quoted)
        return {};
    return leadingIdentifier(part.trimmed().mid(10));
}

// Splits the body of a CREATE TABLE at its top-level commas, outside quotes and parentheses.
QStringList splitTopLevel(const QString &body)
{
    QStringList parts;
    QString current;
    int depth = 0;
    QChar quote;
    for (const QChar c : body) {
        if (!quote.isNull()) {
            current += c;
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'\'' || c == u'"' || c == u'`') {
            quote = c;
        } else if (c == u'[') {
            quote = u']';
        } else if (c == u'(') {
            ++depth;
        } else if (c == u')') {
            --depth;
        } else if (c == u',' && depth == 0) {
            parts << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        parts << current.trimmed();
    return parts;
}

DataType typeFromDeclared(const QString &declared)
{
    const QString t = declared.toUpper();
    if (t.contains(u"BOOL") || t == u"TINYINT(1)")
        return DataType::boolean();
    if (t.contains(u"INT") || t.contains(u"SERIAL"))
        return t.contains(u"BIG") ? DataType::bigInt() : DataType::integer();
    if (t.contains(u"FLOAT") || t.contains(u"DOUBLE") || t.contains(u"REAL") || t.contains(u"NUMERIC")
        || t.contains(u"DECIMAL"))
        return DataType::doublePrecision();
    if (t.contains(u"TIMESTAMP") || t.contains(u"DATETIME"))
        return DataType::date();
    if (t == u"DATE")
        return DataType::dateOnly();
    if (t.contains(u"BLOB") || t.contains(u"BYTEA"))
        return DataType::blob();
    return DataType::string(0); // text of any length: no length check
}

} // namespace

Schema::Schema(const Database &database) : m_database(database) { }

Status Schema::run(const QString &sql, const QVariantList &bindings)
{
    auto r = m_database.execute(Statement{sql, bindings});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Status Schema::createTable(const QString &table, const QList<Attribute> &attributes)
{
    const ModelDefinition definition(table, attributes, {.tableName = table, .timestamps = false});
    auto statements = QueryBuilder(definition, m_database.dialect()).createTable();
    if (!statements)
        return std::unexpected(statements.error());
    for (const Statement &st : std::as_const(*statements)) {
        if (auto r = run(st.sql, st.bindings); !r)
            return r;
    }
    for (const Statement &st : QueryBuilder(definition, m_database.dialect()).createIndexes()) {
        if (auto r = run(st.sql, st.bindings); !r)
            return r;
    }
    return {};
}

Status Schema::dropTable(const QString &table)
{
    if (auto r = checkNames({table}); !r)
        return r;
    return run(m_database.dialect().dropTable(table));
}

Status Schema::renameTable(const QString &from, const QString &to)
{
    if (auto r = checkNames({from, to}); !r)
        return r;
    const Dialect &d = m_database.dialect();
    return run(QStringLiteral("ALTER TABLE ") + d.quote(from) + QStringLiteral(" RENAME TO ") + d.quote(to));
}

Status Schema::addColumn(const QString &table, const Attribute &attribute)
{
    if (auto r = checkNames({table, attribute.columnName()}); !r)
        return r;
    const Dialect &d = m_database.dialect();
    return run(QStringLiteral("ALTER TABLE ") + d.quote(table) + QStringLiteral(" ADD COLUMN ")
               + d.columnDefinition(attribute, false));
}

Status Schema::removeColumn(const QString &table, const QString &column)
{
    if (auto r = checkNames({table, column}); !r)
        return r;
    const Dialect &d = m_database.dialect();
    const QString drop =
            QStringLiteral("ALTER TABLE ") + d.quote(table) + QStringLiteral(" DROP COLUMN ") + d.quote(column);
    if (d.kind() == Dialect::Kind::Postgres)
        return run(drop);
    // SQLite's DROP COLUMN refuses a column that a key, an index or a constraint uses: then the table is rebuilt
    // without it, and the indexes on it go with it (they cannot exist without the column).
    auto columns = describeTable(table);
    if (!columns)
        return std::unexpected(columns.error());
    if (std::none_of(columns->begin(), columns->end(),
                     [&](const ColumnInfo &c) { return c.name.compare(column, Qt::CaseInsensitive) == 0; }))
        return fail(Error::Kind::InvalidQuery, QStringLiteral("%1 has no column %2").arg(table, column));
    const auto plain = m_database.execute(Statement{drop, {}});
    if (plain)
        return {};
    auto indexes = showIndex(table);
    if (!indexes)
        return std::unexpected(indexes.error());
    QStringList dropped;
    for (const IndexInfo &index : std::as_const(*indexes)) {
        const bool uses = std::any_of(index.fields.begin(), index.fields.end(),
                                      [&](const QString &f) { return f.compare(column, Qt::CaseInsensitive) == 0; });
        if (uses && !index.name.startsWith(QStringLiteral("sqlite_autoindex_")))
            dropped << index.name;
    }
    return rebuildSqliteTable(
            table,
            [&](QStringList &parts) -> Status {
                const qsizetype before = parts.size();
                parts.removeIf([&](const QString &p) {
                    return !isTableConstraint(p) && leadingIdentifier(p).compare(column, Qt::CaseInsensitive) == 0;
                });
                if (parts.size() == before)
                    return fail(Error::Kind::InvalidQuery, QStringLiteral("%1 has no column %2").arg(table, column));
                return {};
            },
            dropped);
}

Status Schema::changeColumn(const QString &table, const QString &column, const Attribute &attribute)
{
    if (auto r = checkNames({table, column}); !r)
        return r;
    Attribute changed = attribute;
    changed.field = column;
    changed.name = column;
    const Dialect &d = m_database.dialect();
    if (d.kind() == Dialect::Kind::Postgres) {
        const QString alter = QStringLiteral("ALTER TABLE ") + d.quote(table) + QStringLiteral(" ALTER COLUMN ")
                + d.quote(column) + u' ';
        const QString type = d.columnType(changed);
        QStringList steps = {QStringLiteral("TYPE ") + type + QStringLiteral(" USING ") + d.quote(column)
                             + QStringLiteral("::") + type};
        steps << (changed.allowNull ? QStringLiteral("DROP NOT NULL") : QStringLiteral("SET NOT NULL"));
        steps << (changed.defaultValue.kind() == DefaultValue::Kind::Literal ? QStringLiteral("SET DEFAULT ")
                                  + d.defaultLiteral(changed.defaultValue.value(), changed.type)
                                                                             : QStringLiteral("DROP DEFAULT"));
        ScopedTransaction transaction(*DatabasePrivate::of(m_database));
        if (!transaction.begun())
            return transaction.begun();
        for (const QString &step : std::as_const(steps)) {
            if (auto r = run(alter + step); !r)
                return r;
        }
        return transaction.commit();
    }
    return rebuildSqliteTable(table, [&](QStringList &parts) -> Status {
        for (QString &part : parts) {
            if (!isTableConstraint(part) && leadingIdentifier(part).compare(column, Qt::CaseInsensitive) == 0) {
                // An inline key stays inline; a table-level PRIMARY KEY (...) part is left as it is.
                changed.primaryKey = part.contains(QStringLiteral("PRIMARY KEY"), Qt::CaseInsensitive);
                part = d.columnDefinition(changed, true);
                return {};
            }
        }
        return fail(Error::Kind::InvalidQuery, QStringLiteral("%1 has no column %2").arg(table, column));
    });
}

Status Schema::renameColumn(const QString &table, const QString &from, const QString &to)
{
    if (auto r = checkNames({table, from, to}); !r)
        return r;
    const Dialect &d = m_database.dialect();
    return run(QStringLiteral("ALTER TABLE ") + d.quote(table) + QStringLiteral(" RENAME COLUMN ") + d.quote(from)
               + QStringLiteral(" TO ") + d.quote(to));
}

Status Schema::addIndex(const QString &table, const Index &index)
{
    if (index.name.isEmpty() || index.fields.isEmpty())
        return fail(Error::Kind::InvalidQuery,
                    QStringLiteral("an index of %1 needs a name and fields").arg(table.left(80)));
    if (auto r = checkNames(QStringList{table, index.name} + index.fields); !r)
        return r;
    const Dialect &d = m_database.dialect();
    QStringList columns;
    for (const QString &f : index.fields)
        columns << d.quote(f);
    return run(QStringLiteral("CREATE ") + (index.unique ? QStringLiteral("UNIQUE ") : QString())
               + QStringLiteral("INDEX ") + d.quote(index.name) + QStringLiteral(" ON ") + d.quote(table)
               + QStringLiteral(" (") + columns.join(QStringLiteral(", ")) + u')');
}

Status Schema::removeIndex(const QString &table, const QString &name)
{
    if (auto r = checkNames({table, name}); !r)
        return r;
    return run(QStringLiteral("DROP INDEX ") + m_database.dialect().quote(name));
}

Status Schema::addConstraint(const QString &table, const Constraint &constraint)
{
    if (auto r = checkNames(QStringList{table, constraint.name} + constraint.fields); !r)
        return r;
    const Dialect &d = m_database.dialect();
    const auto quoted = [&](const QStringList &names) {
        QStringList list;
        for (const QString &n : names)
            list << d.quote(n);
        return list.join(QStringLiteral(", "));
    };
    QString body;
    switch (constraint.type) {
    case Constraint::Type::Unique:
        if (constraint.fields.isEmpty())
            return fail(Error::Kind::InvalidQuery, QStringLiteral("a unique constraint needs fields"));
        body = QStringLiteral("UNIQUE (") + quoted(constraint.fields) + u')';
        break;
    case Constraint::Type::Check:
        if (constraint.check.trimmed().isEmpty())
            return fail(Error::Kind::InvalidQuery, QStringLiteral("a check constraint needs an expression"));
        body = QStringLiteral("CHECK (") + constraint.check + u')';
        break;
    case Constraint::Type::ForeignKey:
        if (auto r = checkNames(QStringList{constraint.referencesTable} + constraint.referencesFields); !r)
            return r;
        if (constraint.fields.isEmpty() || constraint.fields.size() != constraint.referencesFields.size())
            return fail(Error::Kind::InvalidQuery,
                        QStringLiteral("a foreign key needs as many fields as it references"));
        body = QStringLiteral("FOREIGN KEY (") + quoted(constraint.fields) + QStringLiteral(") REFERENCES ")
                + d.quote(constraint.referencesTable) + QStringLiteral(" (") + quoted(constraint.referencesFields)
                + QStringLiteral(") ON DELETE ") + actionSql(constraint.onDelete) + QStringLiteral(" ON UPDATE ")
                + actionSql(constraint.onUpdate);
        break;
    }
    const QString definition = QStringLiteral("CONSTRAINT ") + d.quote(constraint.name) + u' ' + body;
    if (d.kind() == Dialect::Kind::Postgres)
        return run(QStringLiteral("ALTER TABLE ") + d.quote(table) + QStringLiteral(" ADD ") + definition);
    return rebuildSqliteTable(table, [&](QStringList &parts) -> Status {
        for (const QString &part : std::as_const(parts)) {
            if (constraintName(part).compare(constraint.name, Qt::CaseInsensitive) == 0)
                return fail(Error::Kind::InvalidQuery,
                            QStringLiteral("%1 already has a constraint named %2").arg(table, constraint.name));
        }
        parts << definition;
        return {};
    });
}

Status Schema::removeConstraint(const QString &table, const QString &name)
{
    if (auto r = checkNames({table, name}); !r)
        return r;
    const Dialect &d = m_database.dialect();
    if (d.kind() == Dialect::Kind::Postgres)
        return run(QStringLiteral("ALTER TABLE ") + d.quote(table) + QStringLiteral(" DROP CONSTRAINT ")
                   + d.quote(name));
    return rebuildSqliteTable(table, [&](QStringList &parts) -> Status {
        const qsizetype before = parts.size();
        parts.removeIf([&](const QString &p) { return constraintName(p).compare(name, Qt::CaseInsensitive) == 0; });
        if (parts.size() == before)
            return fail(Error::Kind::InvalidQuery, QStringLiteral("%1 has no constraint named %2").arg(table, name));
        return {};
    });
}

// A SQLite table's CREATE TABLE, cut at its outer parentheses.
struct Schema::SqliteTableDefinition
{
    QStringList parts; // the column definitions and table constraints, one each
    QString options; // what follows the closing parenthesis (WITHOUT ROWID, STRICT)
};

// SQLite's procedure to change what ALTER TABLE cannot: a new table with the changed definition, the rows copied,
// the old table dropped and the new one renamed, its indexes and triggers made again (except droppedIndexes), its
// AUTOINCREMENT counter kept; foreign keys off meanwhile, checked before committing.
Status Schema::rebuildSqliteTable(const QString &table, const std::function<Status(QStringList &parts)> &change,
                                  const QStringList &droppedIndexes)
{
    DatabasePrivate *d = DatabasePrivate::of(m_database);
    auto definition = sqliteTableDefinition(table);
    if (!definition)
        return std::unexpected(definition.error());
    if (auto r = change(definition->parts); !r)
        return r;

    // Step 1 of SQLite's procedure: foreign keys off, which only works outside a transaction. Inside one (a
    // migration), the Migrator has already turned them off.
    auto fk = m_database.query(QStringLiteral("PRAGMA foreign_keys"));
    if (!fk)
        return std::unexpected(fk.error());
    const bool foreignKeysOn = fk->rows.value(0).value(0).toInt() == 1;
    if (foreignKeysOn && ScopedTransaction::depth(*d) > 0)
        return fail(
                Error::Kind::InvalidQuery,
                QStringLiteral("rebuilding %1 needs foreign keys off: run it in a migration, not inside a transaction")
                        .arg(table));
    if (foreignKeysOn && !run(QStringLiteral("PRAGMA foreign_keys = OFF")))
        return fail(Error::Kind::Database, QStringLiteral("cannot turn foreign keys off to rebuild %1").arg(table));
    Status result = replaceSqliteTable(table, *definition, droppedIndexes, foreignKeysOn);
    if (foreignKeysOn) {
        // Turned back on whatever happened; when the change itself failed, its error is the one reported.
        auto restored = run(QStringLiteral("PRAGMA foreign_keys = ON"));
        if (result && !restored)
            return restored;
    }
    return result;
}

Result<Schema::SqliteTableDefinition> Schema::sqliteTableDefinition(const QString &table)
{
    auto original = m_database.query(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"),
                                     QVariantList{table});
    if (!original)
        return std::unexpected(original.error());
    if (original->rows.isEmpty())
        return fail(Error::Kind::InvalidQuery, QStringLiteral("there is no table %1").arg(table));
    const QString createSql = original->rows.first().value(0).toString();
    const qsizetype open = createSql.indexOf(u'(');
    const qsizetype close = createSql.lastIndexOf(u')');
    if (open < 0 || close < open)
        return fail(Error::Kind::Database, QStringLiteral("cannot read the definition of %1").arg(table));
    return SqliteTableDefinition{splitTopLevel(createSql.mid(open + 1, close - open - 1)), createSql.mid(close + 1)};
}

// The steps of rebuildSqliteTable() inside its transaction, foreign keys already off; with checkForeignKeys (they
// were on before), the foreign keys are checked before committing, as the Migrator does for a migration.
Status Schema::replaceSqliteTable(const QString &table, const SqliteTableDefinition &definition,
                                  const QStringList &droppedIndexes, bool checkForeignKeys)
{
    ScopedTransaction transaction(*DatabasePrivate::of(m_database));
    if (!transaction.begun())
        return transaction.begun();
    auto others = m_database.query(QStringLiteral("SELECT sql, name FROM sqlite_master WHERE tbl_name = ? AND type IN "
                                                  "('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name"),
                                   QVariantList{table});
    auto sequence =
            m_database.query(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = ?"), QVariantList{table});
    if (!others)
        return std::unexpected(others.error());
    const QString temporary = QStringLiteral("orm_rebuild_") + table;
    if (auto r = run(QStringLiteral("CREATE TABLE ") + Dialect::quote(temporary) + QStringLiteral(" (")
                     + definition.parts.join(QStringLiteral(", ")) + u')' + definition.options);
        !r)
        return r;
    if (auto r = copyCommonColumns(table, temporary); !r)
        return r;
    if (auto r = renameOver(temporary, table); !r)
        return r;
    if (sequence && !sequence->rows.isEmpty()) {
        if (auto r = keepSqliteSequence(table, sequence->rows.first().value(0)); !r)
            return r;
    }
    for (const QVariantList &row : std::as_const(others->rows)) {
        if (droppedIndexes.contains(row.value(1).toString()))
            continue;
        if (auto r = run(row.value(0).toString()); !r)
            return r;
    }
    if (checkForeignKeys) {
        auto violations = m_database.query(QStringLiteral("PRAGMA foreign_key_check"));
        if (!violations)
            return std::unexpected(violations.error());
        if (!violations->rows.isEmpty())
            return fail(Error::Kind::ForeignKeyConstraint,
                        QStringLiteral("rebuilding %1 would break %2 foreign key references")
                                .arg(table)
                                .arg(violations->rows.size()));
    }
    return transaction.commit();
}

// Copies the rows of from into to, through the columns they have in common.
Status Schema::copyCommonColumns(const QString &from, const QString &to)
{
    auto before = describeTable(from);
    auto after = describeTable(to);
    if (!before || !after)
        return std::unexpected(before ? after.error() : before.error());
    QStringList common;
    for (const ColumnInfo &c : std::as_const(*after)) {
        if (std::any_of(before->begin(), before->end(),
                        [&](const ColumnInfo &b) { return b.name.compare(c.name, Qt::CaseInsensitive) == 0; }))
            common << Dialect::quote(c.name);
    }
    const QString columns = common.join(QStringLiteral(", "));
    return run(QStringLiteral("INSERT INTO ") + Dialect::quote(to) + QStringLiteral(" (") + columns
               + QStringLiteral(") SELECT ") + columns + QStringLiteral(" FROM ") + Dialect::quote(from));
}

// Drops table and renames temporary to its name, leaving the references of other tables' foreign keys, triggers
// and views as they are (legacy_alter_table).
Status Schema::renameOver(const QString &temporary, const QString &table)
{
    if (auto r = run(QStringLiteral("DROP TABLE ") + Dialect::quote(table)); !r)
        return r;
    if (auto r = run(QStringLiteral("PRAGMA legacy_alter_table = ON")); !r)
        return r;
    auto renamed = run(QStringLiteral("ALTER TABLE ") + Dialect::quote(temporary) + QStringLiteral(" RENAME TO ")
                       + Dialect::quote(table));
    // Turned back off whatever happened; a failed rename is the error reported.
    auto legacyOff = run(QStringLiteral("PRAGMA legacy_alter_table = OFF"));
    if (renamed && !legacyOff)
        return legacyOff;
    return renamed;
}

// The table's AUTOINCREMENT counter at least what it was (seq), its row made again if the rebuild removed it.
Status Schema::keepSqliteSequence(const QString &table, const QVariant &seq)
{
    if (auto r = run(QStringLiteral("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?"), {seq, table}); !r)
        return r;
    return run(QStringLiteral("INSERT INTO sqlite_sequence (name, seq) SELECT ?, ? WHERE NOT EXISTS "
                              "(SELECT 1 FROM sqlite_sequence WHERE name = ?)"),
               {table, seq, table});
}

Result<QList<ColumnInfo>> Schema::describeTable(const QString &table)
{
    if (auto r = checkNames({table}); !r)
        return std::unexpected(r.error());
    QList<ColumnInfo> columns;
    if (m_database.dialect().kind() == Dialect::Kind::Sqlite) {
        auto rows = m_database.query(QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk FROM "
                                                    "pragma_table_info(?) ORDER BY cid"),
                                     QVariantList{table});
        if (!rows)
            return std::unexpected(rows.error());
        for (const QVariantList &row : std::as_const(rows->rows))
            columns.append({row.value(0).toString(), row.value(1).toString(), row.value(2).toInt() == 0,
                            row.value(3).toString(), row.value(4).toInt() > 0});
        return columns;
    }
    auto rows = m_database.query(
            QStringLiteral(
                    "SELECT c.column_name, CASE WHEN c.character_maximum_length IS NOT NULL THEN c.data_type || '(' || "
                    "c.character_maximum_length || ')' ELSE c.data_type END, c.is_nullable = 'YES', "
                    "COALESCE(c.column_default, ''), EXISTS (SELECT 1 FROM information_schema.table_constraints t JOIN "
                    "information_schema.key_column_usage k ON k.constraint_name = t.constraint_name AND k.table_schema "
                    "= "
                    "t.table_schema WHERE t.constraint_type = 'PRIMARY KEY' AND t.table_schema = c.table_schema AND "
                    "t.table_name = c.table_name AND k.column_name = c.column_name) FROM information_schema.columns c "
                    "WHERE "
                    "c.table_schema = current_schema() AND c.table_name = ? ORDER BY c.ordinal_position"),
            QVariantList{table});
    if (!rows)
        return std::unexpected(rows.error());
    for (const QVariantList &row : std::as_const(rows->rows))
        columns.append({row.value(0).toString(), row.value(1).toString(), row.value(2).toBool(),
                        row.value(3).toString(), row.value(4).toBool()});
    return columns;
}

Result<QList<IndexInfo>> Schema::showIndex(const QString &table)
{
    if (auto r = checkNames({table}); !r)
        return std::unexpected(r.error());
    QList<IndexInfo> indexes;
    if (m_database.dialect().kind() == Dialect::Kind::Sqlite) {
        auto list = m_database.query(QStringLiteral("SELECT name, \"unique\" FROM pragma_index_list(?) ORDER BY name"),
                                     QVariantList{table});
        if (!list)
            return std::unexpected(list.error());
        for (const QVariantList &row : std::as_const(list->rows)) {
            IndexInfo info{row.value(0).toString(), {}, row.value(1).toInt() == 1};
            auto columns = m_database.query(QStringLiteral("SELECT name FROM pragma_index_info(?) ORDER BY seqno"),
                                            QVariantList{info.name});
            if (!columns)
                return std::unexpected(columns.error());
            for (const QVariantList &c : std::as_const(columns->rows))
                info.fields << c.value(0).toString();
            indexes << info;
        }
        return indexes;
    }
    auto rows = m_database.query(
            QStringLiteral(
                    "SELECT i.relname, ix.indisunique, string_agg(a.attname, ',' ORDER BY k.n) FROM pg_class t "
                    "JOIN pg_index ix ON t.oid = ix.indrelid JOIN pg_class i ON i.oid = ix.indexrelid CROSS JOIN "
                    "LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, n) JOIN pg_attribute a ON a.attrelid = "
                    "t.oid AND a.attnum = k.attnum WHERE t.relname = ? AND t.relnamespace = "
                    "current_schema()::regnamespace GROUP BY i.relname, ix.indisunique ORDER BY i.relname"),
            QVariantList{table});
    if (!rows)
        return std::unexpected(rows.error());
    for (const QVariantList &row : std::as_const(rows->rows))
        indexes.append({row.value(0).toString(), row.value(2).toString().split(u','), row.value(1).toBool()});
    return indexes;
}

Result<bool> Schema::hasTable(const QString &table)
{
    if (auto r = checkNames({table}); !r)
        return std::unexpected(r.error());
    auto tables = m_database.tables();
    if (!tables)
        return std::unexpected(tables.error());
    return tables->contains(table);
}

Result<QStringList> Schema::showAllTables()
{
    return m_database.tables();
}

Result<QList<CodeObjectInfo>> Schema::showTriggersAndViews()
{
    const QString sql = m_database.dialect().kind() == Dialect::Kind::Sqlite
            ? QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('trigger', 'view') "
                             "ORDER BY name")
            : QStringLiteral("SELECT 'trigger', t.tgname::text, c.relname::text, pg_get_triggerdef(t.oid) FROM "
                             "pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal AND "
                             "c.relnamespace = current_schema()::regnamespace UNION ALL SELECT 'view', "
                             "viewname::text, viewname::text, definition FROM pg_views WHERE schemaname = "
                             "current_schema() ORDER BY 2");
    auto rows = m_database.query(sql);
    if (!rows)
        return std::unexpected(rows.error());
    QList<CodeObjectInfo> objects;
    objects.reserve(rows->rows.size());
    for (const QVariantList &row : std::as_const(rows->rows))
        objects.append({row.value(0).toString() == u"view" ? CodeObjectInfo::Type::View : CodeObjectInfo::Type::Trigger,
                        row.value(1).toString(), row.value(2).toString(), row.value(3).toString()});
    return objects;
}

Result<RowSet> Schema::select(const QString &table, const FindOptions &options)
{
    if (!options.include.isEmpty())
        return fail(Error::Kind::InvalidQuery, QStringLiteral("a table has no associations to include"));
    auto model = adhocModel(table);
    if (!model)
        return std::unexpected(model.error());
    auto st = QueryBuilder(*model, m_database.dialect()).select(options);
    if (!st)
        return std::unexpected(st.error());
    return m_database.execute(*st);
}

Result<ModelDefinition> Schema::adhocModel(const QString &table)
{
    auto columns = describeTable(table);
    if (!columns)
        return std::unexpected(columns.error());
    if (columns->isEmpty())
        return fail(Error::Kind::InvalidQuery, QStringLiteral("there is no table %1").arg(table));
    QList<Attribute> attributes;
    for (const ColumnInfo &c : std::as_const(*columns))
        attributes.append({.name = c.name,
                           .type = typeFromDeclared(c.type),
                           .primaryKey = c.primaryKey,
                           .allowNull = c.allowNull});
    ModelDefinition definition(table, attributes, {.tableName = table, .timestamps = false});
    if (!definition.problems().isEmpty())
        return fail(Error::Kind::InvalidQuery, definition.problems().join(QStringLiteral("; ")));
    return definition;
}

Result<qint64> Schema::bulkInsert(const QString &table, const QList<QVariantMap> &rows)
{
    if (rows.isEmpty())
        return 0;
    QStringList names;
    for (const QVariantMap &row : rows) {
        for (auto it = row.cbegin(); it != row.cend(); ++it) {
            if (!names.contains(it.key()))
                names << it.key();
        }
    }
    // Checked before anything is sent, the table's description included.
    if (auto r = checkNames(names); !r)
        return std::unexpected(r.error());
    auto model = adhocModel(table);
    if (!model)
        return std::unexpected(model.error());
    QList<int> attributes;
    for (const QString &name : std::as_const(names)) {
        const int index = model->indexOf(name);
        if (index < 0)
            return fail(Error::Kind::InvalidQuery, QStringLiteral("%1 has no column %2").arg(table, name.left(80)));
        attributes << index;
    }
    QueryBuilder builder(*model, m_database.dialect());
    const qsizetype perChunk = std::max<qsizetype>(1, m_database.dialect().batchParameters() / attributes.size());
    qint64 inserted = 0;
    for (qsizetype start = 0; start < rows.size(); start += perChunk) {
        QList<QVariantList> values;
        for (qsizetype r = start; r < std::min(rows.size(), start + perChunk); ++r) {
            QVariantList row;
            for (const QString &name : std::as_const(names))
                row << rows.at(r).value(name);
            values << row;
        }
        auto st = builder.insert(attributes, values);
        if (!st)
            return std::unexpected(st.error());
        st->sql.truncate(st->sql.lastIndexOf(QStringLiteral(" RETURNING ")));
        auto result = m_database.execute(*st);
        if (!result)
            return std::unexpected(result.error());
        inserted += values.size();
    }
    return inserted;
}

Result<qint64> Schema::bulkUpdate(const QString &table, const QVariantMap &values, const Where &where)
{
    // Before anything is sent, the table's description included.
    if (auto r = checkNames(values.keys()); !r)
        return std::unexpected(r.error());
    if (auto r = checkColumns(where); !r)
        return std::unexpected(r.error());
    auto model = adhocModel(table);
    if (!model)
        return std::unexpected(model.error());
    QList<std::pair<int, QVariant>> sets;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const int index = model->indexOf(it.key());
        if (index < 0)
            return fail(Error::Kind::InvalidQuery, QStringLiteral("%1 has no column %2").arg(table, it.key().left(80)));
        sets.append({index, it.value()});
    }
    auto st = QueryBuilder(*model, m_database.dialect()).update(sets, where);
    if (!st)
        return std::unexpected(st.error());
    auto result = m_database.execute(*st);
    if (!result)
        return std::unexpected(result.error());
    return result->affected;
}

Result<qint64> Schema::bulkDelete(const QString &table, const Where &where)
{
    if (auto r = checkColumns(where); !r) // before anything is sent, the table's description included
        return std::unexpected(r.error());
    auto model = adhocModel(table);
    if (!model)
        return std::unexpected(model.error());
    auto st = QueryBuilder(*model, m_database.dialect()).remove(where);
    if (!st)
        return std::unexpected(st.error());
    auto result = m_database.execute(*st);
    if (!result)
        return std::unexpected(result.error());
    return result->affected;
}

Result<RowSet> Schema::query(const QString &sql, const QVariantList &replacements)
{
    return m_database.query(sql, replacements);
}

} // namespace Orm
