#include "postgresdialect_p.h"
#include "values_p.h"

#include <QRegularExpression>
#include <QUuid>

namespace Orm {

QString PostgresDialect::columnType(const Attribute &attribute) const
{
    const DataType &t = attribute.type;
    switch (t.kind) {
    case DataType::Kind::Integer:
        return attribute.autoIncrement ? QStringLiteral("SERIAL") : QStringLiteral("INTEGER");
    case DataType::Kind::BigInt:
        return attribute.autoIncrement ? QStringLiteral("BIGSERIAL") : QStringLiteral("BIGINT");
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
        return QStringLiteral("TEXT");
    case DataType::Kind::Enum:
        return QStringLiteral("VARCHAR(255)");
    case DataType::Kind::Boolean:
        return QStringLiteral("BOOLEAN");
    case DataType::Kind::Date:
        return QStringLiteral("TIMESTAMP WITH TIME ZONE");
    case DataType::Kind::DateOnly:
        return QStringLiteral("DATE");
    case DataType::Kind::Time:
        return QStringLiteral("TIME");
    case DataType::Kind::Uuid:
        return QStringLiteral("UUID");
    case DataType::Kind::Json:
        return QStringLiteral("JSON");
    case DataType::Kind::Blob:
        return QStringLiteral("BYTEA");
    }
    return {};
}

QString PostgresDialect::columnDefinition(const Attribute &attribute, bool singlePrimaryKey) const
{
    QString sql = quote(attribute.columnName()) + u' ' + columnType(attribute);
    if (!attribute.allowNull)
        sql += QStringLiteral(" NOT NULL");
    if (attribute.defaultValue.kind() == DefaultValue::Kind::Literal)
        sql += QStringLiteral(" DEFAULT ") + defaultLiteral(attribute.defaultValue.value(), attribute.type);
    if (attribute.unique.isEnabled() && attribute.unique.compositeName().isEmpty())
        sql += QStringLiteral(" UNIQUE");
    if (attribute.primaryKey && singlePrimaryKey)
        sql += QStringLiteral(" PRIMARY KEY");
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

QVariant PostgresDialect::toDatabase(const QVariant &value, const DataType &type) const
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
            return value.toBool();
        return value;
    case DataType::Kind::Date: {
        // Bound as ISO 8601 text in UTC: exact to the millisecond, whatever the server's time zone.
        const QDateTime dt = Values::toDateTime(value);
        return dt.isValid() ? QVariant(dt.toUTC().toString(Qt::ISODateWithMs)) : value;
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
    default:
        return value.typeId() == QMetaType::QString ? value : QVariant(value.toString());
    }
}

QVariant PostgresDialect::fromDatabase(const QVariant &value, const DataType &type) const
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
        return value.toBool();
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

QString PostgresDialect::iLike(const QString &lhs, const QString &pattern, bool negated) const
{
    return QStringLiteral("%1 %2ILIKE %3").arg(lhs, negated ? QStringLiteral("NOT ") : QString(), pattern);
}

QString PostgresDialect::dropTable(const QString &table) const
{
    return QStringLiteral("DROP TABLE IF EXISTS ") + quote(table) + QStringLiteral(" CASCADE");
}

Error PostgresDialect::mapError(const QSqlError &error, const QString &sql) const
{
    const QString state = error.nativeErrorCode();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    Error::Kind kind = Error::Kind::Database;
    QStringList fields;
    if (state == u"23505") {
        kind = Error::Kind::UniqueConstraint;
        // DETAIL:  Key ("Nom", "Auteur")=(a, b) already exists.
        static const QRegularExpression key(QStringLiteral("Key \\((.*)\\)=\\("));
        const QRegularExpressionMatch m = key.match(text);
        if (m.hasMatch()) {
            for (QString f : m.captured(1).split(QStringLiteral(", "))) {
                if (f.startsWith(u'"') && f.endsWith(u'"'))
                    f = f.mid(1, f.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
                fields << f;
            }
        }
    } else if (state == u"23503") {
        kind = Error::Kind::ForeignKeyConstraint;
    } else if (state == u"23502") {
        kind = Error::Kind::NotNull;
        static const QRegularExpression column(QStringLiteral("column \"((?:[^\"]|\"\")*)\""));
        const QRegularExpressionMatch m = column.match(text);
        if (m.hasMatch())
            fields << m.captured(1);
    } else if (state == u"23514") {
        kind = Error::Kind::Check;
        static const QRegularExpression constraint(QStringLiteral("check constraint \"((?:[^\"]|\"\")*)\""));
        const QRegularExpressionMatch m = constraint.match(text);
        if (m.hasMatch())
            fields << m.captured(1);
    } else if (state == u"40001" || state == u"40P01" || state == u"55P03" || state == u"57014") {
        kind = Error::Kind::Timeout; // serialization failure, deadlock, lock not available, statement timeout
    } else if (state.startsWith(u"08") || state.startsWith(u"28") || state == u"3D000" || state == u"57P01"
               || state == u"57P02" || state == u"57P03" || error.type() == QSqlError::ConnectionError
               || text.contains(QStringLiteral("server closed the connection"))
               || text.contains(QStringLiteral("no connection to the server"))) {
        kind = Error::Kind::Connection;
    }
    // The first line is the sentence; DETAIL lines may quote the row's values, which a message should not.
    QString message = text.trimmed().section(u'\n', 0, 0);
    message.remove(QStringLiteral("ERROR:  "));
    Error e(kind, message, sql);
    e.setNativeCode(state).setFields(fields);
    return e;
}

} // namespace Orm
