#pragma once

#include <QString>
#include <QStringList>

namespace Orm {

// The type of an attribute, as Sequelize's DataTypes: the dialect turns it into a column type and converts values
// to and from the database. Plain value; build one with the static functions: DataType::string(10000).
struct DataType
{
    enum class Kind {
        Integer,
        BigInt,
        Float,
        Double,
        Decimal,
        String,
        Char,
        Text,
        Boolean,
        Date,
        DateOnly,
        Time,
        Uuid,
        Json,
        Blob,
        Enum
    };

    Kind kind = Kind::String;
    int length = 0; // STRING(n), CHAR(n)
    int precision = 0; // DECIMAL(p, s)
    int scale = 0;
    QStringList values; // ENUM

    static DataType integer() { return of(Kind::Integer); }
    static DataType bigInt() { return of(Kind::BigInt); }
    static DataType floating() { return of(Kind::Float); }
    static DataType doublePrecision() { return of(Kind::Double); }
    static DataType decimal(int precision = 10, int scale = 2) { return of(Kind::Decimal, 0, precision, scale); }
    static DataType string(int length = 255) { return of(Kind::String, length, 0, 0); }
    static DataType fixedChar(int length = 255) { return of(Kind::Char, length, 0, 0); }
    static DataType text() { return of(Kind::Text); }
    static DataType boolean() { return of(Kind::Boolean); }
    static DataType date() { return of(Kind::Date); }
    static DataType dateOnly() { return of(Kind::DateOnly); }
    static DataType time() { return of(Kind::Time); }
    static DataType uuid() { return of(Kind::Uuid); }
    static DataType json() { return of(Kind::Json); }
    static DataType blob() { return of(Kind::Blob); }
    static DataType enumeration(const QStringList &values) { return of(Kind::Enum, 0, 0, 0, values); }

    static DataType of(Kind kind, int length = 0, int precision = 0, int scale = 0, const QStringList &values = {})
    {
        DataType t;
        t.kind = kind;
        t.length = length;
        t.precision = precision;
        t.scale = scale;
        t.values = values;
        return t;
    }

    bool isNumeric() const;
    bool isText() const; // STRING, CHAR, TEXT, UUID, ENUM: what LIKE and text search apply to
    QString name() const; // Sequelize's spelling, for messages: "STRING(255)"
    friend bool operator==(const DataType &, const DataType &) = default;
};

} // namespace Orm
