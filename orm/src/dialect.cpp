#include "postgresdialect_p.h"
#include "sqlitedialect_p.h"

#include <orm/dialect.h>

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

QString Dialect::quote(const QString &identifier) const
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

} // namespace Orm
