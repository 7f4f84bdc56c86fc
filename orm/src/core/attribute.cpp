#include <orm/attribute.h>

#include <QDateTime>
#include <QUuid>

namespace Orm {

DefaultValue::DefaultValue(const QVariant &value) : m_kind(value.isValid() ? Kind::Literal : Kind::None), m_value(value)
{
}

DefaultValue DefaultValue::now()
{
    DefaultValue v;
    v.m_kind = Kind::Now;
    return v;
}

DefaultValue DefaultValue::uuidV4()
{
    DefaultValue v;
    v.m_kind = Kind::UuidV4;
    return v;
}

QVariant DefaultValue::generate() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Literal:
        return m_value;
    case Kind::Now:
        return QDateTime::currentDateTimeUtc();
    case Kind::UuidV4:
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    return {};
}

} // namespace Orm
