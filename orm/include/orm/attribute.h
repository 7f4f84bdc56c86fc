#pragma once

#include <orm/datatype.h>
#include <orm/validator.h>

#include <QString>
#include <QVariant>

namespace Orm {

// An attribute's default: a literal value, the current time (Sequelize's NOW) or a random UUID (UUIDV4).
// Literals are also written into the column's DEFAULT clause; NOW and UUIDV4 are filled in by build().
class DefaultValue
{
public:
    enum class Kind { None, Literal, Now, UuidV4 };

    DefaultValue() = default;
    DefaultValue(const QVariant &value);
    DefaultValue(const QString &value) : DefaultValue(QVariant(value)) { }
    DefaultValue(int value) : DefaultValue(QVariant(value)) { }
    DefaultValue(qint64 value) : DefaultValue(QVariant(value)) { }
    DefaultValue(double value) : DefaultValue(QVariant(value)) { }
    DefaultValue(bool value) : DefaultValue(QVariant(value)) { }

    static DefaultValue now();
    static DefaultValue uuidV4();

    Kind kind() const { return m_kind; }
    QVariant value() const { return m_value; }
    bool isSet() const { return m_kind != Kind::None; }
    // The value a new instance starts with.
    QVariant generate() const;

private:
    Kind m_kind = Kind::None;
    QVariant m_value;
};

// Sequelize's `unique`: true for a column of its own, or a name shared by the attributes of a composite key.
class Unique
{
public:
    Unique() = default;
    Unique(bool enabled) : m_enabled(enabled) { }
    Unique(const QString &compositeName) : m_enabled(true), m_name(compositeName) { }

    bool isEnabled() const { return m_enabled; }
    QString compositeName() const { return m_name; }

private:
    bool m_enabled = false;
    QString m_name;
};

// What a foreign key does when the row it refers to is deleted or its key changes. Default leaves the choice to
// the association (Sequelize's defaults) or, on a plain attribute, to the database (NO ACTION).
enum class ReferentialAction { Default, Cascade, SetNull, Restrict, NoAction };

// Sequelize's `references` with its `onDelete` / `onUpdate`: the attribute is a foreign key to table.key.
struct References
{
    QString table; // empty: not a foreign key
    QString key = QStringLiteral("id");
    ReferentialAction onDelete = ReferentialAction::Default;
    ReferentialAction onUpdate = ReferentialAction::Default;

    bool isSet() const { return !table.isEmpty(); }
};

// One attribute of a model, as the second argument of Sequelize's define(). Meant for designated initializers:
//     {.name = u"Prix"_s, .type = DataType::floating(), .allowNull = false}
struct Attribute
{
    QString name;
    DataType type;
    bool primaryKey = false;
    bool autoIncrement = false;
    bool allowNull = true;
    DefaultValue defaultValue;
    Unique unique;
    QString field; // the column's name when it is not the attribute's
    QString comment;
    QList<Validator> validate; // checked before any SQL, after the type and null checks
    References references; // a foreign key (set by the associations, or by hand)

    QString columnName() const { return field.isEmpty() ? name : field; }
};

} // namespace Orm
