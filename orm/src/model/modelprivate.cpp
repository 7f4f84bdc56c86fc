#include "core/textchecks_p.h"
#include "database/databaseprivate_p.h"
#include "model/modelprivate_p.h"
#include "model/validation_p.h"

#include <orm/model.h>
#include <orm/querybuilder.h>

namespace Orm {

Error invalidModel()
{
    return Error(Error::Kind::InvalidQuery, QStringLiteral("the model is not defined"));
}

Result<std::shared_ptr<DatabasePrivate>> ModelPrivate::db() const
{
    auto d = database.lock();
    if (!d)
        return fail(Error::Kind::Connection,
                    QStringLiteral("the database of the model %1 is closed").arg(definition.name()));
    return d;
}

Instance ModelPrivate::fromRow(const QVariantList &row, const QList<int> &columns, const QStringList &aliases) const
{
    const auto db = database.lock();
    return fromRow(QVariantList(row), columns, aliases, db ? db->dialect : Dialect::sqlite());
}

Instance ModelPrivate::fromRow(QVariantList &&row, const QList<int> &columns, const QStringList &aliases,
                               const Dialect &dialect) const
{
    const qsizetype count = definition.attributes().size();
    bool whole = row.size() == count && columns.size() == count;
    for (qsizetype c = 0; c < count && whole; ++c)
        whole = columns.at(c) == c;
    if (whole) {
        // A row read from the database holds no typed null (both readers give NULL as an invalid QVariant), so
        // the type alone says whether a value is canonical.
        for (qsizetype c = 0; c < count; ++c) {
            const DataType &type = definition.attribute(int(c)).type;
            if (row.at(c).typeId() != Dialect::canonicalType(type))
                row[c] = dialect.fromDatabase(row.at(c), type);
        }
        return Instance(shared_from_this(), std::move(row));
    }
    Instance instance(shared_from_this());
    for (qsizetype c = 0; c < columns.size() && c < row.size(); ++c) {
        const int index = columns.at(c);
        QVariant &value = row[c];
        if (index < 0) {
            instance.addAlias(aliases.value(c), std::move(value));
            continue;
        }
        const DataType &type = definition.attribute(index).type;
        instance.m_values[index] =
                Dialect::isCanonical(value, type) ? std::move(value) : dialect.fromDatabase(value, type);
    }
    instance.markStored();
    return instance;
}

Error ModelPrivate::withAttributeNames(Error error) const
{
    QStringList names;
    for (const QString &column : error.fields()) {
        const int index = definition.indexOf(column);
        names << (index >= 0 ? definition.attribute(index).name : column);
    }
    error.setFields(names);
    if (error.table().isEmpty())
        error.setTable(definition.tableName());
    return error;
}

Status ModelPrivate::checkStorable(const QList<int> &attributes, const QVariantList &values) const
{
    QList<ValidationItem> items;
    for (qsizetype i = 0; i < attributes.size() && i < values.size(); ++i) {
        const QString problem = textProblem(values.at(i));
        if (problem.isEmpty())
            continue;
        const Attribute &a = definition.attribute(attributes.at(i));
        ValidationItem item;
        item.attribute = a.name;
        item.rule = QStringLiteral("storableText");
        item.message = QStringLiteral("%1 cannot be stored: it contains %2").arg(a.name, problem);
        item.value = values.at(i).toString().left(200);
        items << item;
    }
    if (items.isEmpty())
        return {};
    return std::unexpected(Error(Error::Kind::Validation, items.first().message).setItems(items));
}

Status ModelPrivate::checkStorable(const Instance &instance) const
{
    const QList<int> fields = instance.fieldsToWrite();
    QVariantList values;
    values.reserve(fields.size());
    for (int i : fields)
        values << instance.m_values.at(i);
    return checkStorable(fields, values);
}

Result<QList<Instance>> ModelPrivate::select(const FindOptions &options) const
{
    if (!options.include.isEmpty())
        return selectIncluding(options);
    auto d = db();
    if (!d)
        return std::unexpected(d.error());
    QList<int> columns;
    QStringList aliases;
    auto st = QueryBuilder(definition, (*d)->dialect).select(options, &columns, &aliases);
    if (!st)
        return std::unexpected(st.error());
    // Each row becomes an instance as it is read: the rows are never all held twice.
    QList<Instance> instances;
    const Dialect &dialect = (*d)->dialect;
    auto read = (*d)->execute(st->sql, st->bindings, [&](QVariantList &row) -> Status {
        instances << fromRow(std::move(row), columns, aliases, dialect);
        return {};
    });
    if (!read)
        return std::unexpected(withAttributeNames(read.error()));
    if (instances.isEmpty() && options.onEmpty == OnEmpty::Reject)
        return fail(Error::Kind::EmptyResult, QStringLiteral("no %1 matches the query").arg(definition.name()),
                    st->sql);
    return instances;
}

Result<qint64> ModelPrivate::updateWhere(QList<std::pair<int, QVariant>> sets, const Where &where) const
{
    auto d = db();
    if (!d)
        return std::unexpected(d.error());
    if (definition.updatedAtIndex() >= 0 && std::none_of(sets.begin(), sets.end(), [&](const auto &s) {
            return s.first == definition.updatedAtIndex();
        }))
        sets.append({definition.updatedAtIndex(), QDateTime::currentDateTimeUtc()});
    QList<int> attributes;
    QVariantList values;
    for (const auto &[index, value] : std::as_const(sets)) {
        attributes << index;
        values << value;
    }
    auto storable = checkStorable(attributes, values);
    if (!storable)
        return std::unexpected(storable.error());
    auto st = QueryBuilder(definition, (*d)->dialect).update(sets, where);
    if (!st)
        return std::unexpected(st.error());
    auto result = (*d)->execute(st->sql, st->bindings);
    if (!result)
        return std::unexpected(withAttributeNames(result.error()));
    return result->affected;
}

Result<qint64> ModelPrivate::destroyWhere(const Where &where, DestroyMode mode) const
{
    auto d = db();
    if (!d)
        return std::unexpected(d.error());
    QueryBuilder builder(definition, (*d)->dialect);
    Result<Statement> st;
    if (definition.isParanoid() && mode == DestroyMode::Soft)
        st = builder.update({{definition.deletedAtIndex(), QDateTime::currentDateTimeUtc()}},
                            col(definition.attribute(definition.deletedAtIndex()).name).isNull() && where);
    else
        st = builder.remove(where);
    if (!st)
        return std::unexpected(st.error());
    auto result = (*d)->execute(st->sql, st->bindings);
    if (!result)
        return std::unexpected(withAttributeNames(result.error()));
    return result->affected;
}

Result<qint64> ModelPrivate::restoreWhere(const Where &where) const
{
    if (!definition.isParanoid())
        return fail(Error::Kind::InvalidQuery,
                    QStringLiteral("restore() needs a paranoid model; %1 is not").arg(definition.name()));
    auto d = db();
    if (!d)
        return std::unexpected(d.error());
    const QString deletedAt = definition.attribute(definition.deletedAtIndex()).name;
    auto st = QueryBuilder(definition, (*d)->dialect)
                      .update({{definition.deletedAtIndex(), QVariant()}}, col(deletedAt).isNotNull() && where);
    if (!st)
        return std::unexpected(st.error());
    auto result = (*d)->execute(st->sql, st->bindings);
    if (!result)
        return std::unexpected(result.error());
    return result->affected;
}

} // namespace Orm
