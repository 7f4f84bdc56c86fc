#include <orm/dialect.h>
#include <orm/modeldefinition.h>

namespace Orm {

namespace {

QString snakeCase(const QString &name)
{
    QString out;
    out.reserve(name.size() + 4);
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isUpper()) {
            if (i > 0 && name.at(i - 1) != u'_' && !name.at(i - 1).isUpper())
                out += u'_';
            out += c.toLower();
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

bool isSafeIdentifier(const QString &name)
{
    if (name.isEmpty() || name.toUtf8().size() > 63) // PostgreSQL's limit is 63 bytes
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        const bool letter = c.isLetter() && !c.isSurrogate();
        if (!(letter || c == u'_' || (i > 0 && c.isDigit() && c.unicode() < 128)))
            return false;
    }
    return true;
}

ModelDefinition::ModelDefinition(const QString &name, const QList<Attribute> &attributes, const ModelOptions &options)
    : m_name(name),
      m_options(options),
      m_attributes(attributes)
{
    m_tableName = options.tableName.isEmpty() ? name + u's' : options.tableName;
    if (!isSafeIdentifier(m_name))
        m_problems << QStringLiteral("the model name '%1' is not a valid identifier").arg(m_name.left(80));
    if (!isSafeIdentifier(m_tableName))
        m_problems << QStringLiteral("the table name '%1' is not a valid identifier").arg(m_tableName.left(80));
    addImplicitAttributes();
    int autoIncrements = 0;
    for (int i = 0; i < m_attributes.size(); ++i) {
        checkAttribute(i);
        autoIncrements += m_attributes[i].autoIncrement ? 1 : 0;
    }
    // Column names resolve too, after attribute names (which win on a clash).
    for (int i = 0; i < m_attributes.size(); ++i) {
        if (!m_byName.contains(m_attributes[i].columnName()))
            m_byName.insert(m_attributes[i].columnName(), i);
    }
    if (autoIncrements > 1)
        m_problems << QStringLiteral("a model can have only one autoIncrement attribute");
    checkIndexes();
    m_quotedTable = Dialect::quote(m_tableName);
    m_quotedColumns.reserve(m_attributes.size());
    for (const Attribute &a : std::as_const(m_attributes))
        m_quotedColumns << Dialect::quote(a.columnName());
}

// The attributes Sequelize adds: an auto-incremented `id` when no attribute is the key, and those of the
// options' timestamps, paranoid deletion and version (unless the model defines them).
void ModelDefinition::addImplicitAttributes()
{
    const bool hasPrimaryKey =
            std::any_of(m_attributes.begin(), m_attributes.end(), [](const Attribute &a) { return a.primaryKey; });
    if (!hasPrimaryKey)
        m_attributes.prepend(Attribute{.name = QStringLiteral("id"),
                                       .type = DataType::integer(),
                                       .primaryKey = true,
                                       .autoIncrement = true,
                                       .allowNull = false});
    const ModelOptions &options = m_options;
    if (options.timestamps) {
        m_createdAt = addImplicit(options.createdAt, DataType::date(), false);
        m_updatedAt = addImplicit(options.updatedAt, DataType::date(), false);
    }
    if (options.paranoid)
        m_deletedAt = addImplicit(options.deletedAt, DataType::date(), true);
    if (options.version)
        m_version = addImplicit(options.versionAttribute, DataType::integer(), false, DefaultValue(0));
}

// The index of the attribute of that name, appended when the model has none; -1 for an empty name.
int ModelDefinition::addImplicit(const QString &attributeName, const DataType &type, bool allowNull,
                                 const DefaultValue &def)
{
    if (attributeName.isEmpty())
        return -1;
    const auto existing = std::find_if(m_attributes.cbegin(), m_attributes.cend(),
                                       [&](const Attribute &a) { return a.name == attributeName; });
    if (existing != m_attributes.cend())
        return int(existing - m_attributes.cbegin());
    m_attributes.append(Attribute{.name = attributeName, .type = type, .allowNull = allowNull, .defaultValue = def});
    return int(m_attributes.size() - 1);
}

// Attribute i: its column named (underscored), its names and type checked, and it indexed by name, as a key and
// in its composite unique key.
void ModelDefinition::checkAttribute(int i)
{
    const ModelOptions &options = m_options;
    Attribute &a = m_attributes[i];
    if (options.underscored && a.field.isEmpty())
        a.field = snakeCase(a.name);
    if (!isSafeIdentifier(a.name))
        m_problems << QStringLiteral("the attribute name '%1' is not a valid identifier").arg(a.name.left(80));
    if (!isSafeIdentifier(a.columnName()))
        m_problems << QStringLiteral("the column name '%1' is not a valid identifier").arg(a.columnName().left(80));
    if (a.references.isSet() && (!isSafeIdentifier(a.references.table) || !isSafeIdentifier(a.references.key)))
        m_problems << QStringLiteral("the attribute '%1' references an invalid name").arg(a.name);
    if (m_byName.contains(a.name))
        m_problems << QStringLiteral("the attribute '%1' is defined twice").arg(a.name);
    m_byName.insert(a.name, i);
    m_allIndexes.append(i);
    if (a.primaryKey) {
        m_primaryKey.append(i);
        a.allowNull = false;
    }
    if (a.autoIncrement) {
        if (a.type.kind != DataType::Kind::Integer && a.type.kind != DataType::Kind::BigInt)
            m_problems << QStringLiteral("autoIncrement needs an INTEGER or BIGINT attribute ('%1')").arg(a.name);
    }
    if (a.type.kind == DataType::Kind::Enum && a.type.values.isEmpty())
        m_problems << QStringLiteral("the ENUM attribute '%1' has no values").arg(a.name);
    if (a.unique.isEnabled() && !a.unique.compositeName().isEmpty()) {
        const QString key = a.unique.compositeName();
        auto it = std::find_if(m_compositeUniques.begin(), m_compositeUniques.end(),
                               [&](const auto &p) { return p.first == key; });
        if (it == m_compositeUniques.end())
            m_compositeUniques.append({key, {a.name}});
        else
            it->second.append(a.name);
        if (!isSafeIdentifier(key))
            m_problems << QStringLiteral("the unique key name '%1' is not a valid identifier").arg(key.left(80));
    }
}

// The options' indexes: their fields known, their names given (table_columns, as Sequelize names them) and safe.
void ModelDefinition::checkIndexes()
{
    for (Index &index : m_options.indexes) {
        if (index.fields.isEmpty())
            m_problems << QStringLiteral("an index of '%1' has no fields").arg(m_name);
        for (const QString &field : std::as_const(index.fields)) {
            if (!m_byName.contains(field))
                m_problems << QStringLiteral("the index field '%1' is not an attribute of '%2'")
                                      .arg(field.left(80), m_name);
        }
        if (index.name.isEmpty()) {
            QStringList columns;
            for (const QString &field : std::as_const(index.fields))
                columns << (m_byName.contains(field) ? m_attributes[m_byName.value(field)].columnName() : field);
            index.name = (m_tableName + u'_' + columns.join(u'_')).toLower().left(63);
        }
        if (!isSafeIdentifier(index.name))
            m_problems << QStringLiteral("the index name '%1' is not a valid identifier").arg(index.name.left(80));
    }
}

Where ModelDefinition::primaryKeyWhere(const QVariantList &key) const
{
    Where where;
    for (qsizetype i = 0; i < m_primaryKey.size(); ++i)
        where = where && (col(m_attributes.at(m_primaryKey.at(i)).name) == Expr::fromValue(key.value(i)));
    return where;
}

int ModelDefinition::indexOf(const QString &attributeOrColumn) const
{
    // Callers mostly name an attribute by the very string the model was defined with (a constant both share):
    // that one is found by its address, without hashing it.
    const QChar *const name = attributeOrColumn.constData();
    for (const Attribute &a : m_attributes) {
        if (a.name.constData() == name && a.name.size() == attributeOrColumn.size())
            return int(&a - m_attributes.constData());
    }
    return m_byName.value(attributeOrColumn, -1);
}

} // namespace Orm
