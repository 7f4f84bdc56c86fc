#include "core/values_p.h"
#include "dialects/postgresdialect_p.h"
#include "dialects/sqlitedialect_p.h"

#include <orm/dialect.h>
#include <orm/modeldefinition.h>

#include <QUuid>

namespace Orm {

const Dialect &Dialect::sqlite()
{
    static const SqliteDialect dialect;
    return dialect;
}

const Dialect &Dialect::postgres()
{
    static const PostgresDialect dialect;
    return dialect;
}

const Dialect &Dialect::forKind(Kind kind)
{
    return kind == Kind::Sqlite ? sqlite() : postgres();
}

QString Dialect::quote(const QString &identifier)
{
    QString quoted = identifier;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString Dialect::defaultLiteral(const QVariant &value, const DataType &type) const
{
    const QVariant stored = toDatabase(value, type);
    switch (stored.typeId()) {
    case QMetaType::Bool:
        return stored.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return QString::number(stored.toLongLong());
    case QMetaType::Double:
        return QString::number(stored.toDouble(), 'g', 17);
    default:
        break;
    }
    QString text = stored.toString();
    text.replace(u'\'', QStringLiteral("''"));
    return u'\'' + text + u'\'';
}

namespace {

QString referentialClause(const QString &prefix, ReferentialAction action)
{
    switch (action) {
    case ReferentialAction::Default:
        return {};
    case ReferentialAction::Cascade:
        return prefix + QStringLiteral("CASCADE");
    case ReferentialAction::SetNull:
        return prefix + QStringLiteral("SET NULL");
    case ReferentialAction::Restrict:
        return prefix + QStringLiteral("RESTRICT");
    case ReferentialAction::NoAction:
        return prefix + QStringLiteral("NO ACTION");
    }
    return {};
}

} // namespace

QString Dialect::columnDefinition(const Attribute &attribute, bool singlePrimaryKey) const
{
    const bool sqlite = kind() == Kind::Sqlite;
    QString sql = quote(attribute.columnName()) + u' ' + columnType(attribute);
    // Sequelize writes SQLite's "INTEGER PRIMARY KEY AUTOINCREMENT" without NOT NULL (the rowid is never null);
    // PostgreSQL's SERIAL key is NOT NULL like any other.
    if (!attribute.allowNull && !(sqlite && attribute.primaryKey && attribute.autoIncrement))
        sql += QStringLiteral(" NOT NULL");
    if (attribute.defaultValue.kind() == DefaultValue::Kind::Literal)
        sql += QStringLiteral(" DEFAULT ") + defaultLiteral(attribute.defaultValue.value(), attribute.type);
    if (attribute.unique.isEnabled() && attribute.unique.compositeName().isEmpty())
        sql += QStringLiteral(" UNIQUE");
    if (attribute.primaryKey && singlePrimaryKey) {
        sql += QStringLiteral(" PRIMARY KEY");
        if (sqlite && attribute.autoIncrement)
            sql += QStringLiteral(" AUTOINCREMENT");
    }
    if (attribute.references.isSet()) {
        sql += QStringLiteral(" REFERENCES ") + quote(attribute.references.table) + QStringLiteral(" (")
                + quote(attribute.references.key) + u')';
        sql += referentialClause(QStringLiteral(" ON DELETE "), attribute.references.onDelete);
        sql += referentialClause(QStringLiteral(" ON UPDATE "), attribute.references.onUpdate);
    }
    if (attribute.type.kind == DataType::Kind::Enum) {
        QStringList values;
        for (const QString &v : attribute.type.values)
            values << defaultLiteral(v, DataType::text());
        // Named after the column, so that a refused value's error can name the attribute on both databases.
        sql += QStringLiteral(" CONSTRAINT ") + quote(attribute.columnName()) + QStringLiteral(" CHECK (")
                + quote(attribute.columnName()) + QStringLiteral(" IN (") + values.join(QStringLiteral(", "))
                + QStringLiteral("))");
    }
    return sql;
}

QVariant Dialect::toDatabase(const QVariant &value, const DataType &type) const
{
    if (value.isNull())
        return QVariant();
    switch (type.kind) {
    case DataType::Kind::Integer:
    case DataType::Kind::BigInt:
        return Values::toInteger(value);
    case DataType::Kind::Float:
    case DataType::Kind::Double:
    case DataType::Kind::Decimal:
        return Values::toReal(value);
    case DataType::Kind::Boolean:
        if (value.typeId() == QMetaType::Bool || value.canConvert<int>())
            return booleanToDatabase(value.toBool());
        return value;
    case DataType::Kind::Date: {
        const QDateTime dt = Values::toDateTime(value);
        return dt.isValid() ? QVariant(dateTimeToDatabase(dt.toUTC())) : value;
    }
    case DataType::Kind::DateOnly: {
        const QDate d = Values::toDate(value);
        return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : value;
    }
    case DataType::Kind::Time: {
        const QTime t = Values::toTime(value);
        return t.isValid() ? QVariant(t.toString(QStringLiteral("HH:mm:ss"))) : value;
    }
    case DataType::Kind::Json:
        return Values::toJsonText(value);
    case DataType::Kind::Blob:
        return value.toByteArray();
    case DataType::Kind::Uuid:
        if (value.typeId() == QMetaType::QUuid)
            return value.toUuid().toString(QUuid::WithoutBraces);
        return value.toString();
    case DataType::Kind::String:
    case DataType::Kind::Char:
    case DataType::Kind::Text:
    case DataType::Kind::Enum:
        break;
    }
    return value.typeId() == QMetaType::QString ? value : QVariant(value.toString());
}

QVariant Dialect::fromDatabase(const QVariant &value, const DataType &type) const
{
    if (value.isNull())
        return QVariant();
    switch (type.kind) {
    case DataType::Kind::Integer:
    case DataType::Kind::BigInt:
        return Values::toInteger(value);
    case DataType::Kind::Float:
    case DataType::Kind::Double:
    case DataType::Kind::Decimal:
        return Values::toReal(value);
    case DataType::Kind::Boolean:
        return value.toBool(); // SQLite's 0 and 1 as much as PostgreSQL's booleans
    case DataType::Kind::Date: {
        const QDateTime dt = Values::toDateTime(value);
        return dt.isValid() ? QVariant(dt.toUTC()) : value;
    }
    case DataType::Kind::DateOnly: {
        const QDate d = Values::toDate(value);
        return d.isValid() ? QVariant(d) : value;
    }
    case DataType::Kind::Time: {
        const QTime t = Values::toTime(value);
        return t.isValid() ? QVariant(t) : value;
    }
    case DataType::Kind::Json:
        return Values::fromJsonText(value.toString());
    case DataType::Kind::Blob:
        return value.toByteArray();
    default:
        return value.typeId() == QMetaType::QString ? value : QVariant(value.toString());
    }
}

} // namespace Orm
