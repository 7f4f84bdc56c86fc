#include <orm/datatype.h>

namespace Orm {

bool DataType::isNumeric() const
{
    switch (kind) {
    case Kind::Integer:
    case Kind::BigInt:
    case Kind::Float:
    case Kind::Double:
    case Kind::Decimal:
        return true;
    default:
        return false;
    }
}

bool DataType::isText() const
{
    switch (kind) {
    case Kind::String:
    case Kind::Char:
    case Kind::Text:
    case Kind::Uuid:
    case Kind::Enum:
        return true;
    default:
        return false;
    }
}

QString DataType::name() const
{
    switch (kind) {
    case Kind::Integer:
        return QStringLiteral("INTEGER");
    case Kind::BigInt:
        return QStringLiteral("BIGINT");
    case Kind::Float:
        return QStringLiteral("FLOAT");
    case Kind::Double:
        return QStringLiteral("DOUBLE");
    case Kind::Decimal:
        return QStringLiteral("DECIMAL(%1,%2)").arg(precision).arg(scale);
    case Kind::String:
        return QStringLiteral("STRING(%1)").arg(length);
    case Kind::Char:
        return QStringLiteral("CHAR(%1)").arg(length);
    case Kind::Text:
        return QStringLiteral("TEXT");
    case Kind::Boolean:
        return QStringLiteral("BOOLEAN");
    case Kind::Date:
        return QStringLiteral("DATE");
    case Kind::DateOnly:
        return QStringLiteral("DATEONLY");
    case Kind::Time:
        return QStringLiteral("TIME");
    case Kind::Uuid:
        return QStringLiteral("UUID");
    case Kind::Json:
        return QStringLiteral("JSON");
    case Kind::Blob:
        return QStringLiteral("BLOB");
    case Kind::Enum:
        return QStringLiteral("ENUM(%1)").arg(values.join(QStringLiteral(", ")));
    }
    return {};
}

} // namespace Orm
