#include "core/values_p.h"
#include "dialects/sqlitedialect_p.h"

#include <atomic>

namespace Orm {

QString SqliteDialect::columnType(const Attribute &attribute) const
{
    const DataType &t = attribute.type;
    switch (t.kind) {
    case DataType::Kind::Integer:
        return QStringLiteral("INTEGER");
    case DataType::Kind::BigInt:
        // An auto-incremented key must be spelled INTEGER to be SQLite's rowid alias.
        return attribute.autoIncrement ? QStringLiteral("INTEGER") : QStringLiteral("BIGINT");
    case DataType::Kind::Float:
        return QStringLiteral("FLOAT");
    case DataType::Kind::Double:
        return QStringLiteral("DOUBLE PRECISION");
    case DataType::Kind::Decimal:
        return QStringLiteral("DECIMAL(%1,%2)").arg(t.precision).arg(t.scale);
    case DataType::Kind::String:
        return QStringLiteral("VARCHAR(%1)").arg(t.length);
    case DataType::Kind::Char:
        return QStringLiteral("CHAR(%1)").arg(t.length);
    case DataType::Kind::Text:
    case DataType::Kind::Enum:
        return QStringLiteral("TEXT");
    case DataType::Kind::Boolean:
        return QStringLiteral("TINYINT(1)");
    case DataType::Kind::Date:
        return QStringLiteral("DATETIME");
    case DataType::Kind::DateOnly:
        return QStringLiteral("DATE");
    case DataType::Kind::Time:
        return QStringLiteral("TIME");
    case DataType::Kind::Uuid:
        return QStringLiteral("UUID");
    case DataType::Kind::Json:
        return QStringLiteral("JSON");
    case DataType::Kind::Blob:
        return QStringLiteral("BLOB");
    }
    return {};
}

QString SqliteDialect::dateTimeToDatabase(const QDateTime &utc) const
{
    return Values::sequelizeDateTime(utc);
}

namespace {

std::atomic<bool> s_unicodeCaseFolding{ORM_SQLITE_C_API != 0};

} // namespace

void SqliteDialect::setUnicodeCaseFolding(bool on)
{
    s_unicodeCaseFolding.store(on);
}

QString SqliteDialect::iLike(const QString &lhs, const QString &pattern, bool negated) const
{
    // SQLite's own LIKE and lower() fold ASCII only; orm_casefold() (registered on every connection) folds all
    // of Unicode, as PostgreSQL's ILIKE does.
    // Without it (no C API), lower() at least folds ASCII.
    const QString form = s_unicodeCaseFolding.load() ? QStringLiteral("orm_casefold(%1) %2LIKE orm_casefold(%3)")
                                                     : QStringLiteral("lower(%1) %2LIKE lower(%3)");
    return form.arg(lhs, negated ? QStringLiteral("NOT ") : QString(), pattern);
}

QString SqliteDialect::dropTable(const QString &table) const
{
    return QStringLiteral("DROP TABLE IF EXISTS ") + quote(table);
}

Error SqliteDialect::mapError(const QSqlError &error, const QString &sql) const
{
    const int code = error.nativeErrorCode().toInt();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const int primary = code & 0xff;
    Error::Kind kind = Error::Kind::Database;
    QStringList fields;
    QString table;
    // "UNIQUE constraint failed: Livres.Nom, Livres.Auteur" and "NOT NULL constraint failed: Livres.Nom".
    auto readColumns = [&] {
        const qsizetype colon = text.indexOf(QStringLiteral("failed: "));
        if (colon < 0)
            return;
        const QStringList parts = text.mid(colon + 8).split(QStringLiteral(", "));
        for (const QString &part : parts) {
            const qsizetype dot = part.indexOf(u'.');
            table = part.left(dot);
            fields << part.mid(dot + 1).trimmed();
        }
    };
    switch (code) {
    case 2067: // SQLITE_CONSTRAINT_UNIQUE
    case 1555: // SQLITE_CONSTRAINT_PRIMARYKEY
        kind = Error::Kind::UniqueConstraint;
        readColumns();
        break;
    case 1811: // SQLITE_CONSTRAINT_TRIGGER: RAISE(), which is how SQLite enforces ON DELETE/UPDATE RESTRICT
        if (!text.contains(QStringLiteral("FOREIGN KEY constraint failed")))
            break;
        [[fallthrough]];
    case 787: // SQLITE_CONSTRAINT_FOREIGNKEY
        kind = Error::Kind::ForeignKeyConstraint;
        break;
    case 1032: // SQLITE_READONLY_DBMOVED: the file was renamed or deleted while it was open
        kind = Error::Kind::Connection;
        break;
    case 1299: // SQLITE_CONSTRAINT_NOTNULL
        kind = Error::Kind::NotNull;
        readColumns();
        break;
    case 275: // SQLITE_CONSTRAINT_CHECK: "CHECK constraint failed: <constraint name>"
        kind = Error::Kind::Check;
        if (const qsizetype at = text.indexOf(QStringLiteral("failed: ")); at >= 0)
            fields << text.mid(at + 8).trimmed();
        break;
    default:
        if (primary == 5 || primary == 6) // SQLITE_BUSY, SQLITE_LOCKED and their extended codes
            kind = Error::Kind::Timeout;
        else if (primary == 8) // SQLITE_READONLY: query_only, a read-only file or directory
            kind = Error::Kind::ReadOnly;
        // QSQLITE gives every failed step the type ConnectionError: the code is read first (above).
        else if (primary == 14 || error.type() == QSqlError::ConnectionError) // SQLITE_CANTOPEN
            kind = Error::Kind::Connection;
        break;
    }
    QString message = text;
    if (text.contains(QStringLiteral("parser stack overflow"))) {
        kind = Error::Kind::InvalidQuery;
        message = QStringLiteral("the condition is nested too deeply for SQLite's parser: %1").arg(text);
    } else if (primary == 13) // SQLITE_FULL
        message = QStringLiteral("the disk is full: %1").arg(text);
    else if (primary == 26) // SQLITE_NOTADB
        message = QStringLiteral("the file is not a valid SQLite database: %1").arg(text);
    else if (code == 1032)
        message = QStringLiteral("the database file was moved or deleted while it was open: nothing more can be "
                                 "saved to it (%1)")
                          .arg(text);
    else if (primary == 11) // SQLITE_CORRUPT
        message = QStringLiteral("the database file is damaged: %1").arg(text);
    Error e(kind, message, sql);
    e.setNativeCode(error.nativeErrorCode()).setFields(fields).setTable(table);
    return e;
}

} // namespace Orm
