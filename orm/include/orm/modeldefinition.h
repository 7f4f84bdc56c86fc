#pragma once

#include <orm/attribute.h>
#include <orm/where.h>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Orm {

// An index of a model, as in Sequelize's `indexes` option. Fields are attribute names.
struct Index
{
    QStringList fields;
    bool unique = false;
    QString name; // generated from the table and fields when empty
};

// The third argument of Sequelize's define(). An empty name turns a timestamp off.
struct ModelOptions
{
    QString tableName; // default: the model's name followed by "s", as Sequelize pluralizes "Livre"
    bool timestamps = true;
    QString createdAt = QStringLiteral("createdAt");
    QString updatedAt = QStringLiteral("updatedAt");
    bool paranoid = false; // destroy() sets deletedAt instead of deleting; finders skip such rows
    QString deletedAt = QStringLiteral("deletedAt");
    bool underscored = false; // column names in snake_case (attribute names stay as written)
    bool version = false; // optimistic locking through a version column
    QString versionAttribute = QStringLiteral("version");
    QList<Index> indexes;
    QList<ModelValidator> validate; // rules over the whole instance, run after the attributes' rules
};

// A model's complete description once define() has added what its options imply (the id when no primary key was
// given, timestamps, deletedAt, version). Immutable after construction; shared by every instance of the model.
class ModelDefinition
{
public:
    ModelDefinition() = default;
    ModelDefinition(const QString &name, const QList<Attribute> &attributes, const ModelOptions &options);

    QString name() const { return m_name; }
    QString tableName() const { return m_tableName; }
    const ModelOptions &options() const { return m_options; }
    const QList<Attribute> &attributes() const { return m_attributes; }
    // Index of the attribute in attributes(), or -1. Accepts the attribute's name, then its column's name.
    int indexOf(const QString &attributeOrColumn) const;
    const Attribute &attribute(int index) const { return m_attributes.at(index); }
    // Every attribute's index, in order (what a new record writes).
    const QList<int> &allIndexes() const { return m_allIndexes; }
    // Primary key attributes, in declaration order (usually one).
    const QList<int> &primaryKey() const { return m_primaryKey; }
    int createdAtIndex() const { return m_createdAt; }
    int updatedAtIndex() const { return m_updatedAt; }
    int deletedAtIndex() const { return m_deletedAt; }
    int versionIndex() const { return m_version; }
    bool isParanoid() const { return m_deletedAt >= 0; }
    // Indexes declared in the options, with their generated names filled in.
    const QList<Index> &indexes() const { return m_options.indexes; }
    // Composite unique keys: name -> attribute names, from Attribute::unique's names.
    const QList<std::pair<QString, QStringList>> &compositeUniques() const { return m_compositeUniques; }
    // The condition that selects the row with this primary key (values in primaryKey() order).
    Where primaryKeyWhere(const QVariantList &key) const;
    // The table's and each column's name double-quoted, as both dialects quote them, computed once: every
    // statement of the model names them.
    const QString &quotedTable() const { return m_quotedTable; }
    const QString &quotedColumn(int index) const { return m_quotedColumns.at(index); }
    // Problems found in the definition (unknown index fields, bad names...): empty when valid.
    QStringList problems() const { return m_problems; }

private:
    void addImplicitAttributes();
    int addImplicit(const QString &attributeName, const DataType &type, bool allowNull, const DefaultValue &def = {});
    void checkAttribute(int i);
    void checkIndexes();

    QString m_name;
    QString m_tableName;
    ModelOptions m_options;
    QList<Attribute> m_attributes;
    QHash<QString, int> m_byName;
    QList<int> m_allIndexes;
    QList<int> m_primaryKey;
    int m_createdAt = -1;
    int m_updatedAt = -1;
    int m_deletedAt = -1;
    int m_version = -1;
    QList<std::pair<QString, QStringList>> m_compositeUniques;
    QStringList m_problems;
    QString m_quotedTable;
    QStringList m_quotedColumns;
};

// True when name can be a table, column or alias name: 1 to 63 characters, a letter or '_' first, then letters,
// digits or '_'. Identifiers are quoted all the same; this refuses hostile names before any SQL is built.
bool isSafeIdentifier(const QString &name);

} // namespace Orm
