#pragma once

#include <orm/attribute.h>
#include <orm/error.h>

#include <QDateTime>
#include <QSqlError>
#include <QString>
#include <QVariant>

namespace Orm {

class ModelDefinition;

// What differs between the databases: quoting, column types, value conversion and the mapping of native error
// codes to Error kinds. One shared instance per kind; stateless and safe to use from any thread.
class Dialect
{
public:
    enum class Kind { Sqlite, Postgres };

    virtual ~Dialect() = default;

    static const Dialect &sqlite();
    static const Dialect &postgres();
    static const Dialect &forKind(Kind kind);

    virtual Kind kind() const = 0;
    virtual QString name() const = 0;
    // The Qt driver name: QSQLITE or QPSQL.
    virtual QString driverName() const = 0;

    // Double-quotes an identifier, doubling any quote inside: the one quoting of table, column, index, trigger
    // and role names in the ORM, the same for both dialects (SQL's), hence static: a ModelDefinition quotes its
    // names before it meets a database. Callers pass only names checked by isSafeIdentifier() or taken from a
    // model definition; Qt's escapeIdentifier() is never used (it passes through a name that already starts or
    // ends with a quote).
    static QString quote(const QString &identifier);

    // The column's type in CREATE TABLE, as Sequelize 6 writes it for this dialect.
    virtual QString columnType(const Attribute &attribute) const = 0;
    // The whole column definition: name, type, NOT NULL, DEFAULT, UNIQUE, PRIMARY KEY and an ENUM's CHECK.
    QString columnDefinition(const Attribute &attribute, bool singlePrimaryKey) const;
    // A literal for a DEFAULT clause (numbers as they are, text quoted with doubled quotes).
    QString defaultLiteral(const QVariant &value, const DataType &type) const;

    // A value as it is bound for a column of that type, and back. A value that does not convert is passed on as
    // it is (validation reports it before any SQL).
    QVariant toDatabase(const QVariant &value, const DataType &type) const;
    QVariant fromDatabase(const QVariant &value, const DataType &type) const;
    // Whether the value already has the form that both of these give back unchanged (a QString for a text
    // column, a double for a floating one, a qlonglong for an integer one), so that neither needs calling.
    static bool isCanonical(const QVariant &value, const DataType &type)
    {
        return isCanonical(value, canonicalType(type));
    }
    // The same, for a type's canonicalType() looked up once.
    static bool isCanonical(const QVariant &value, int canonicalType)
    {
        // A null of any type (QPSQL gives typed nulls) becomes an invalid QVariant.
        return canonicalType != QMetaType::UnknownType && value.typeId() == canonicalType && !value.isNull();
    }
    // The type of a canonical value of that type: UnknownType when every value is converted.
    static int canonicalType(const DataType &type)
    {
        switch (type.kind) {
        case DataType::Kind::Integer:
        case DataType::Kind::BigInt:
            return QMetaType::LongLong;
        case DataType::Kind::Float:
        case DataType::Kind::Double:
        case DataType::Kind::Decimal:
            return QMetaType::Double;
        case DataType::Kind::String:
        case DataType::Kind::Char:
        case DataType::Kind::Text:
        case DataType::Kind::Enum:
            return QMetaType::QString;
        default:
            return QMetaType::UnknownType;
        }
    }

    // SQL of a case-insensitive LIKE with lhs and the pattern placeholder already rendered.
    virtual QString iLike(const QString &lhs, const QString &pattern, bool negated) const = 0;
    // The most parameters one statement may bind.
    virtual int maxParameters() const = 0;
    // How many parameters a bulk statement binds at most: within maxParameters(), what the driver binds fastest.
    virtual int batchParameters() const = 0;
    // DROP TABLE statement for sync(force).
    virtual QString dropTable(const QString &table) const = 0;

    // Turns a driver error into an Error of the right kind, with the failed SQL.
    virtual Error mapError(const QSqlError &error, const QString &sql) const = 0;

protected:
    // How a BOOLEAN and a DATE (a UTC date-time) are written; the rest is the same on both databases.
    virtual QVariant booleanToDatabase(bool value) const = 0;
    virtual QString dateTimeToDatabase(const QDateTime &utc) const = 0;
};

} // namespace Orm
