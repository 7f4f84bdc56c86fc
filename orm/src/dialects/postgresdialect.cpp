#include "dialects/postgresdialect_p.h"

#include <QRegularExpression>

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
    } else if (state == u"25006") {
        kind = Error::Kind::ReadOnly; // read_only_sql_transaction
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
