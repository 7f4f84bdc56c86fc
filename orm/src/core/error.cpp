#include <orm/error.h>

namespace Orm {

Error::Error(Kind kind, const QString &message, const QString &sql) : m_kind(kind), m_message(message), m_sql(sql) { }

Error &Error::setSql(const QString &sql)
{
    m_sql = sql;
    return *this;
}

Error &Error::setFields(const QStringList &fields)
{
    m_fields = fields;
    return *this;
}

Error &Error::setTable(const QString &table)
{
    m_table = table;
    return *this;
}

Error &Error::setNativeCode(const QString &code)
{
    m_nativeCode = code;
    return *this;
}

Error &Error::setItems(const QList<ValidationItem> &items)
{
    m_items = items;
    return *this;
}

QString Error::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Database:
        return QStringLiteral("DatabaseError");
    case Kind::Connection:
        return QStringLiteral("ConnectionError");
    case Kind::Validation:
        return QStringLiteral("ValidationError");
    case Kind::UniqueConstraint:
        return QStringLiteral("UniqueConstraintError");
    case Kind::ForeignKeyConstraint:
        return QStringLiteral("ForeignKeyConstraintError");
    case Kind::NotNull:
        return QStringLiteral("NotNullError");
    case Kind::Check:
        return QStringLiteral("CheckConstraintError");
    case Kind::OptimisticLock:
        return QStringLiteral("OptimisticLockError");
    case Kind::EmptyResult:
        return QStringLiteral("EmptyResultError");
    case Kind::Timeout:
        return QStringLiteral("TimeoutError");
    case Kind::InvalidQuery:
        return QStringLiteral("InvalidQueryError");
    case Kind::ReadOnly:
        return QStringLiteral("ReadOnlyError");
    }
    return {};
}

QString Error::toString() const
{
    QString text = kindName(m_kind) + QStringLiteral(": ") + m_message;
    for (const ValidationItem &item : m_items)
        text += QStringLiteral("\n  ") + item.attribute + QStringLiteral(": ") + item.message;
    if (!m_sql.isEmpty())
        text += QStringLiteral("\n  SQL: ") + m_sql.left(500);
    return text;
}

} // namespace Orm
