#include "core/sqlcomments_p.h"
#include "core/storabletext_p.h"
#include "core/textchecks_p.h"
#include "sqlite/rowtexts_p.h"
#include "sqlite/sqlitestatements_p.h"

#include <orm/modeldefinition.h>

#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>

#include <algorithm>
#include <cstring>
#include <memory>
#include <span>
#include <vector>

#include <sqlite3.h>

namespace Orm {

namespace {

// Enough for every statement shape the ORM builds for a few dozen models; the oldest is finalized beyond it.
constexpr qsizetype maxStatements = 256;

// Shares equal texts of a column between the rows of one result, as a column store's dictionary does: a
// catalogue repeats its genres, publishers and authors, and a repeat then costs a reference to the text read
// first instead of an allocation and a copy. A small direct-mapped table per column, from the 65th row on (a
// lookup by key never pays for it); a column whose texts seldom repeat is given up after 1,024 lookups.
class SharedTexts
{
public:
    // The text, shared with earlier rows or kept to be shared with later ones; nothing when the column does not
    // share it (the caller makes it).
    std::optional<QString> text(int column, const char *utf8, int bytes)
    {
        if (m_rows < startRow || bytes > maxBytes)
            return std::nullopt;
        if (size_t(column) >= m_columns.size())
            m_columns.resize(size_t(column) + 1);
        Column &c = m_columns[size_t(column)];
        if (c.givenUp)
            return std::nullopt;
        if (!c.slots)
            c.slots = std::make_unique<Slot[]>(slots);
        Slot &slot = c.slots[slotOf(utf8, bytes)];
        ++c.lookups;
        // Compared as UTF-8 bytes (a comparison of UTF-8 with UTF-16 decodes each character).
        const bool hit = !slot.text.isNull() && slot.utf8.size() == bytes
                && std::memcmp(slot.utf8.constData(), utf8, size_t(bytes)) == 0;
        c.hits += hit ? 1 : 0;
        if (c.lookups == trial && c.hits < trial / 4) {
            c.givenUp = true;
            c.slots.reset();
            return std::nullopt;
        }
        if (hit)
            return slot.text;
        slot.text = QString::fromUtf8(utf8, bytes);
        slot.utf8 = QByteArray(utf8, bytes);
        return slot.text;
    }
    void nextRow() { ++m_rows; }

private:
    // A slot from the text's bytes, eight at a time, mixed by multiplication (the top byte of the product depends
    // on every bit). No seed is needed: a collision only costs a miss, and a column that misses is given up.
    // qHash() would cost about five times as much on these short texts.
    static size_t slotOf(const char *utf8, int bytes)
    {
        constexpr quint64 mix = 0x9e3779b97f4a7c15ULL;
        quint64 hash = quint64(bytes) * mix;
        for (; bytes >= 8; utf8 += 8, bytes -= 8) {
            quint64 word;
            std::memcpy(&word, utf8, 8);
            hash = (hash ^ word) * mix;
        }
        quint64 tail = 0;
        for (int i = 0; i < bytes; ++i)
            tail = tail << 8 | quint8(utf8[i]);
        hash = (hash ^ tail) * mix;
        hash ^= hash >> 32;
        return size_t((hash * mix) >> 56);
    }

    static constexpr qsizetype startRow = 64;
    static constexpr int maxBytes = 256;
    static constexpr size_t slots = 256;
    static_assert(slots == 256, "slotOf() gives the top byte of the hash");
    static constexpr int trial = 1024;
    struct Slot
    {
        QString text;
        QByteArray utf8; // the text as it was read
    };
    struct Column
    {
        std::unique_ptr<Slot[]> slots;
        int lookups = 0;
        int hits = 0;
        bool givenUp = false;
    };
    std::vector<Column> m_columns;
    qsizetype m_rows = 0;
};

} // namespace

SqliteStatements::SqliteStatements(sqlite3 *handle) : m_handle(handle) { }

SqliteStatements::~SqliteStatements()
{
    clear();
}

void SqliteStatements::clear()
{
    QMutexLocker lock(&m_mutex);
    for (sqlite3_stmt *statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
    m_statements.clear();
    m_order.clear();
    m_lastSql.clear();
    m_lastStatement = nullptr;
}

Error SqliteStatements::lastError(const QString &sql, const Dialect &dialect) const
{
    const int code = sqlite3_extended_errcode(m_handle);
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_handle));
    return dialect.mapError(QSqlError(QString(), message, QSqlError::StatementError, QString::number(code)), sql);
}

Result<sqlite3_stmt *> SqliteStatements::prepare(const QString &sql, const Dialect &dialect,
                                                 std::initializer_list<sqlite3_stmt *> keep)
{
    if (m_lastStatement && sql == m_lastSql)
        return m_lastStatement;
    if (sqlite3_stmt *cached = m_statements.value(sql)) {
        m_lastSql = sql;
        m_lastStatement = cached;
        return cached;
    }
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    const char *tail = nullptr;
    if (sqlite3_prepare_v3(m_handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &statement, &tail)
        != SQLITE_OK) {
        sqlite3_finalize(statement);
        return std::unexpected(lastError(sql, dialect));
    }
    if (!statement) // only white space or a comment
        return fail(Error::Kind::InvalidQuery, QStringLiteral("the SQL holds no statement"), sql);
    if (tail && QByteArray(tail).trimmed().size() > 0) {
        sqlite3_finalize(statement);
        return fail(Error::Kind::InvalidQuery, QStringLiteral("one statement at a time, please"), sql);
    }
    if (m_order.size() >= maxStatements) {
        qsizetype oldest = 0; // the first prepared, unless the caller still holds it
        while (std::find(keep.begin(), keep.end(), m_statements.value(m_order.at(oldest))) != keep.end())
            ++oldest;
        sqlite3_finalize(m_statements.take(m_order.takeAt(oldest)));
        m_lastStatement = nullptr; // perhaps the one finalized
    }
    m_statements.insert(sql, statement);
    m_order.append(sql);
    m_lastSql = sql;
    m_lastStatement = statement;
    return statement;
}

Status SqliteStatements::bind(sqlite3_stmt *statement, const QVariantList &bindings, const QString &sql,
                              const Dialect &dialect)
{
    return bind(
            statement, bindings.size(), [&](int i) -> const QVariant & { return bindings.at(i); }, sql, dialect);
}

Status SqliteStatements::bind(sqlite3_stmt *statement, const QList<const QVariant *> &bindings, const QString &sql,
                              const Dialect &dialect)
{
    return bind(
            statement, bindings.size(), [&](int i) -> const QVariant & { return *bindings.at(i); }, sql, dialect);
}

template<typename At>
Status SqliteStatements::bind(sqlite3_stmt *statement, qsizetype count, At valueAt, const QString &sql,
                              const Dialect &dialect)
{
    const int parameters = sqlite3_bind_parameter_count(statement);
    if (parameters != count)
        return fail(
                Error::Kind::InvalidQuery,
                QStringLiteral("the statement has %1 parameters but %2 values were given").arg(parameters).arg(count),
                sql);
    if (m_text.size() < parameters)
        m_text.resize(parameters);
    QByteArray *texts = m_text.data(); // not through QList's operator[], which checks for a detach each time
    for (int i = 0; i < parameters; ++i) {
        const QVariant &value = valueAt(i);
        int rc = SQLITE_OK;
        if (value.isNull()) {
            rc = sqlite3_bind_null(statement, i + 1);
        } else {
            switch (value.typeId()) {
            case QMetaType::Bool:
                rc = sqlite3_bind_int(statement, i + 1, value.toBool() ? 1 : 0);
                break;
            case QMetaType::LongLong: // the canonical form of integers
                rc = sqlite3_bind_int64(statement, i + 1, *static_cast<const qlonglong *>(value.constData()));
                break;
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::Long:
            case QMetaType::Short:
            case QMetaType::UShort:
                rc = sqlite3_bind_int64(statement, i + 1, value.toLongLong());
                break;
            case QMetaType::ULongLong:
            case QMetaType::ULong:
                if (value.toULongLong() > quint64(std::numeric_limits<qint64>::max()))
                    rc = sqlite3_bind_double(statement, i + 1, value.toDouble());
                else
                    rc = sqlite3_bind_int64(statement, i + 1, value.toLongLong());
                break;
            case QMetaType::Double:
                rc = sqlite3_bind_double(statement, i + 1, *static_cast<const double *>(value.constData()));
                break;
            case QMetaType::Float:
                rc = sqlite3_bind_double(statement, i + 1, value.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray bytes = value.toByteArray();
                rc = sqlite3_bind_blob64(statement, i + 1, bytes.constData(), sqlite3_uint64(bytes.size()),
                                         SQLITE_TRANSIENT);
                break;
            }
            case QMetaType::QString: {
                // Encoded into a buffer kept for the parameter (SQLite stores UTF-8: text16 would make it convert
                // and allocate), which SQLite reads until the statement is reset.
                const QString &text = *static_cast<const QString *>(value.constData());
                QByteArray &utf8 = texts[i];
                if (utf8.size() < 3 * text.size())
                    utf8.resize(3 * text.size()); // never shrunk: the buffer serves every row
                const qsizetype length = encodeStorableUtf8(text, utf8.data());
                if (length < 0)
                    return std::unexpected(unstorableText(value, sql));
                rc = sqlite3_bind_text64(statement, i + 1, utf8.constData(), sqlite3_uint64(length), SQLITE_STATIC,
                                         SQLITE_UTF8);
                break;
            }
            default: {
                const QByteArray text = value.toString().toUtf8();
                rc = sqlite3_bind_text64(statement, i + 1, text.constData(), sqlite3_uint64(text.size()),
                                         SQLITE_TRANSIENT, SQLITE_UTF8);
                break;
            }
            }
        }
        if (rc != SQLITE_OK)
            return std::unexpected(lastError(sql, dialect));
    }
    return {};
}

Status SqliteStatements::step(sqlite3_stmt *statement, RowSet &rows, const QString &sql, const Dialect &dialect,
                              const RowVisitor &visit)
{
    // The column list is read after the first step: SQLite re-prepares a statement whose schema changed (a
    // SELECT * after ALTER TABLE) inside sqlite3_step.
    // A visitor knows its columns: their names are read for a RowSet only.
    int columns = -1;
    QVariantList row;
    SharedTexts texts;
    RowTexts rowTexts; // the texts SharedTexts does not take
    for (;;) {
        const int rc = sqlite3_step(statement);
        if (columns < 0) {
            columns = sqlite3_column_count(statement);
            for (int c = 0; c < columns && !visit && rows.columns.size() < columns; ++c)
                rows.columns << QString::fromUtf8(sqlite3_column_name(statement, c));
        }
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_ROW)
            return std::unexpected(lastError(sql, dialect));
        // A new list when the visitor took the last one; otherwise the values of the list it left are replaced.
        if (row.size() != columns) {
            row.reserve(columns); // exactly: a visitor may keep the list (resize() alone rounds it up)
            row.resize(columns);
        }
        QVariant *values = row.data(); // not through QList's operator[], which checks for a detach each time
        for (int c = 0; c < columns; ++c) {
            // Read through the column's value: each sqlite3_column_*() call takes the connection's mutex, the
            // sqlite3_value_*() ones do not. Safe here, where no other thread uses the connection meanwhile.
            sqlite3_value *value = sqlite3_column_value(statement, c);
            switch (sqlite3_value_type(value)) {
            case SQLITE_INTEGER:
                values[c] = QVariant(qlonglong(sqlite3_value_int64(value)));
                break;
            case SQLITE_FLOAT:
                values[c] = QVariant(sqlite3_value_double(value));
                break;
            case SQLITE_TEXT: {
                // The stored UTF-8 as it is (text16 would make SQLite convert and allocate first).
                const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(value));
                const int bytes = sqlite3_value_bytes(value);
                if (auto shared = texts.text(c, text, bytes))
                    values[c] = QVariant(*shared);
                else
                    rowTexts.add(c, text, bytes); // stays where it is until the next step
                break;
            }
            case SQLITE_BLOB: {
                const auto *data = static_cast<const char *>(sqlite3_value_blob(value));
                values[c] = QVariant(QByteArray(data, sqlite3_value_bytes(value)));
                break;
            }
            default:
                values[c] = QVariant();
            }
        }
        rowTexts.take([values](int c, QString &&text) { values[c] = QVariant(text); });
        texts.nextRow();
        if (!visit) {
            rows.rows << std::exchange(row, {}); // the next row gets a list of its own
        } else if (auto visited = visit(row); !visited) {
            return std::unexpected(visited.error());
        }
    }
    const qint64 changed = sqlite3_stmt_readonly(statement) ? -1 : qint64(sqlite3_changes64(m_handle));
    rows.affected = rows.affected < 0 || changed < 0 ? changed : rows.affected + changed;
    return {};
}

namespace {

// Resets a statement in every case, so that it never keeps a read transaction open after it was used.
struct Reset
{
    sqlite3_stmt *statement;
    bool clearBindings = true; // false when the caller clears them later
    ~Reset()
    {
        sqlite3_reset(statement);
        if (clearBindings)
            sqlite3_clear_bindings(statement);
    }
};

} // namespace

Result<RowSet> SqliteStatements::execute(const QString &sql, const QVariantList &bindings, const Dialect &dialect,
                                         const RowVisitor &visit)
{
    return executeRows(sql, &bindings, 1, dialect, visit); // without a list around the one list of bindings
}

Result<RowSet> SqliteStatements::executeEach(const QString &sql, const QList<QVariantList> &rows,
                                             const Dialect &dialect, const RowVisitor &visit)
{
    return executeRows(sql, rows.constData(), rows.size(), dialect, visit);
}

Result<RowSet> SqliteStatements::executeRows(const QString &sql, const QVariantList *rows, qsizetype count,
                                             const Dialect &dialect, const RowVisitor &visit)
{
    QMutexLocker lock(&m_mutex);
    auto prepared = prepare(sql, dialect);
    if (!prepared)
        return std::unexpected(prepared.error());
    sqlite3_stmt *statement = *prepared;
    RowSet result;
    for (const QVariantList &bindings : std::span(rows, size_t(count))) {
        Reset reset{statement};
        if (auto bound = bind(statement, bindings, sql, dialect); !bound)
            return std::unexpected(bound.error());
        if (auto stepped = step(statement, result, sql, dialect, visit); !stepped)
            return std::unexpected(stepped.error());
    }
    return result;
}

Result<QList<qint64>> SqliteStatements::insertEach(const InsertStatements &statements, qsizetype count,
                                                   const BindingSource &bindingsOf, const Dialect &dialect)
{
    QMutexLocker lock(&m_mutex);
    QList<qint64> rowids;
    rowids.reserve(count);
    QList<const QVariant *> bindings;
    QList<const QVariant *> row;
    // The statements are looked up once, before the loop: looking a statement up by its text (a batch's is some
    // 1,700 characters) for every batch costs more than its binding. Each is kept in the cache while the next ones
    // are prepared, and nothing else is prepared until the end.
    const bool batches = statements.perBatch > 1 && count >= statements.perBatch;
    sqlite3_stmt *batch = nullptr;
    sqlite3_stmt *highest = nullptr;
    if (batches) {
        auto prepared = prepare(statements.batch, dialect);
        if (!prepared)
            return std::unexpected(prepared.error());
        batch = *prepared;
    }
    if (batches && statements.rowids) {
        auto rowidStatement = prepare(highestRowidSql(statements.table), dialect, {batch});
        if (!rowidStatement)
            return std::unexpected(rowidStatement.error());
        highest = *rowidStatement;
    }
    sqlite3_stmt *single = nullptr;
    if (count > 0 && (!batches || count % statements.perBatch != 0)) {
        auto prepared = prepare(statements.row, dialect, {batch, highest});
        if (!prepared)
            return std::unexpected(prepared.error());
        single = *prepared;
    }
    // Every run binds every parameter again: the bindings are cleared once, at the end (texts bound where they
    // are must not outlive their buffers), rather than after each run, which costs about a tenth of the binding.
    const auto clearBindings = qScopeGuard([&] {
        for (sqlite3_stmt *statement : {batch, single}) {
            if (statement)
                sqlite3_clear_bindings(statement);
        }
    });
    const QByteArray table = statements.table.toUtf8();
    std::optional<qint64> before; // the table's highest rowid before the next batch
    if (highest)
        before = highestRowid(highest, table);
    // Runs the statement for the rows from rowids.size() on.
    const auto insert = [&](sqlite3_stmt *statement, const QString &sql, qsizetype rows) -> Status {
        const qsizetype first = rowids.size();
        bindings.clear();
        for (qsizetype k = 0; k < rows; ++k) {
            if (auto filled = bindingsOf(first + k, row); !filled)
                return filled;
            bindings += row;
        }
        Reset reset{statement, false};
        if (auto bound = bind(statement, bindings, sql, dialect); !bound)
            return bound;
        const int rc = sqlite3_step(statement);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            return std::unexpected(lastError(sql, dialect));
        // A row that a trigger's RAISE(IGNORE) skipped would leave the rowids of the others unknown.
        if (sqlite3_changes64(m_handle) != rows)
            return fail(Error::Kind::Database,
                        rows == 1 ? QStringLiteral("row %1 was not inserted").arg(first + 1)
                                  : QStringLiteral("rows %1 to %2: %3 of them were inserted")
                                            .arg(first + 1)
                                            .arg(first + rows)
                                            .arg(sqlite3_changes64(m_handle)),
                        sql);
        // Without the rowids, the rows inserted are only counted (a trigger's rows do not count: sqlite3_changes64()).
        if (!statements.rowids) {
            rowids.resize(first + rows);
            return {};
        }
        const qint64 last = sqlite3_last_insert_rowid(m_handle);
        if (rows > 1) {
            // The batch's rowids are the ones before the last only if they follow the highest rowid before the
            // batch and nothing else took one meanwhile (DatabasePrivate::rowidsAreConsecutive() rules out what
            // can; this makes sure).
            const std::optional<qint64> after = highestRowid(highest, table);
            if (!before || !after || last - *before != rows || *after != last)
                return fail(Error::Kind::Database,
                            QStringLiteral("rows %1 to %2: the keys of the rows cannot be told (another row was "
                                           "inserted into the table meanwhile)")
                                    .arg(first + 1)
                                    .arg(first + rows),
                            sql);
            before = after;
        }
        for (qsizetype k = rows - 1; k >= 0; --k)
            rowids << last - k;
        return {};
    };
    while (statements.perBatch > 1 && count - rowids.size() >= statements.perBatch) {
        if (auto inserted = insert(batch, statements.batch, statements.perBatch); !inserted)
            return std::unexpected(inserted.error());
    }
    while (rowids.size() < count) {
        if (auto inserted = insert(single, statements.row, 1); !inserted)
            return std::unexpected(inserted.error());
    }
    return rowids;
}

namespace {

// Whether a trigger's SQL inserts into the table: names it as the target of an INSERT or a REPLACE (`INTO` the
// table, quoted or not, in any case, with or without its schema), the only way a trigger's statement adds rows
// to it (an UPDATE or DELETE elsewhere sets off that table's triggers, which are read too). Naming it in a query
// (a sales summary that reads the table) is not inserting into it. Comments are left out; a string that holds
// such a text counts too, which errs on the safe side.
bool triggerInsertsInto(const QString &sql, const QString &table, const QRegularExpression &target)
{
    // Most triggers do not name the table at all: they are passed over before anything costlier.
    return sql.contains(table, Qt::CaseInsensitive) && withoutSqlComments(sql).contains(target);
}

// What triggerInsertsInto() looks for: the table after INTO (a name followed by a letter of another alphabet
// counts too, which errs on the safe side).
QRegularExpression insertTarget(const QString &table)
{
    const QString name = QRegularExpression::escape(table);
    return QRegularExpression(
            QStringLiteral(
                    R"(\bINTO\s+(?:(?:"[^"]*"|\[[^\]]*\]|`[^`]*`|[\w$]+)\s*\.\s*)?(?:"%1"|\[%1\]|`%1`|%1)(?![\w$]))")
                    .arg(name),
            QRegularExpression::CaseInsensitiveOption);
}

} // namespace

bool SqliteStatements::othersMayInsert(const QString &table, const Dialect &dialect)
{
    QMutexLocker lock(&m_mutex);
    // Only a trigger can insert rows besides the INSERT itself (a REPLACE conflict clause or a foreign-key action
    // deletes or updates), and only one with a statement that inserts into the table: directly, or by a chain
    // through other tables' triggers, the last of which inserts into it.
    auto prepared = prepare(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'trigger' "
                                           "UNION ALL SELECT sql FROM sqlite_temp_schema WHERE type = 'trigger'"),
                            dialect);
    if (!prepared)
        return true; // unknown: as if they might
    sqlite3_stmt *statement = *prepared;
    Reset reset{statement};
    const QRegularExpression target = insertTarget(table);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
        if (triggerInsertsInto(QString::fromUtf8(text, sqlite3_column_bytes(statement, 0)), table, target))
            return true;
    }
    return rc != SQLITE_DONE;
}

QString SqliteStatements::highestRowidSql(const QString &table)
{
    // What SQLite adds one to for the next row without a key: the larger of the AUTOINCREMENT sequence (missing
    // before the first row) and the largest rowid there.
    return QStringLiteral("SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = ?1 COLLATE NOCASE), 0), "
                          "coalesce((SELECT max(rowid) FROM %1), 0))")
            .arg(Dialect::quote(table));
}

std::optional<qint64> SqliteStatements::highestRowid(sqlite3_stmt *statement, const QByteArray &table)
{
    Reset reset{statement};
    sqlite3_bind_text(statement, 1, table.constData(), int(table.size()), SQLITE_STATIC);
    if (sqlite3_step(statement) != SQLITE_ROW)
        return std::nullopt;
    return sqlite3_column_int64(statement, 0);
}

bool SqliteStatements::isAutoincrementKey(const QString &table, const QString &column)
{
    QMutexLocker lock(&m_mutex);
    int notNull = 0;
    int primaryKey = 0;
    int autoincrement = 0;
    // AUTOINCREMENT is allowed on an INTEGER PRIMARY KEY only, which is the rowid.
    return sqlite3_table_column_metadata(m_handle, "main", table.toUtf8().constData(), column.toUtf8().constData(),
                                         nullptr, nullptr, &notNull, &primaryKey, &autoincrement)
            == SQLITE_OK
            && primaryKey && autoincrement;
}

} // namespace Orm
