#include "database_p.h"
#include "scopedtransaction_p.h"

#include <orm/model.h>
#include <orm/querybuilder.h>

#include <QDateTime>

namespace Orm {

// --- ModelPrivate ---

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
    Instance instance(shared_from_this());
    const auto db = database.lock();
    const Dialect &dialect = db ? db->dialect : Dialect::sqlite();
    for (qsizetype c = 0; c < columns.size() && c < row.size(); ++c) {
        const int index = columns.at(c);
        if (index >= 0)
            instance.m_values[index] = dialect.fromDatabase(row.at(c), definition.attribute(index).type);
        else
            instance.m_extras.append({aliases.value(c), row.at(c)});
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

Status ModelPrivate::checkStorable(const QList<int> &attributes, const QVariantList &values, qsizetype row) const
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
    QString message = items.first().message;
    if (row >= 0)
        message = QStringLiteral("row %1: %2").arg(row + 1).arg(message);
    return std::unexpected(Error(Error::Kind::Validation, message).setItems(items));
}

// --- Model ---

Model::Model() = default;

Model::Model(std::shared_ptr<const ModelPrivate> dd) : d(std::move(dd)) { }

bool Model::isValid() const
{
    return d != nullptr;
}

QString Model::name() const
{
    return d ? d->definition.name() : QString();
}

QString Model::tableName() const
{
    return d ? d->definition.tableName() : QString();
}

const ModelDefinition &Model::definition() const
{
    static const ModelDefinition empty;
    return d ? d->definition : empty;
}

Database Model::database() const
{
    return d ? Database(d->database.lock()) : Database();
}

namespace {

Error invalidModel()
{
    return Error(Error::Kind::InvalidQuery, QStringLiteral("the model is not defined"));
}

} // namespace

#define ORM_REQUIRE_MODEL() \
  if (!d) \
    return std::unexpected(invalidModel());

Result<Instance> Model::build(const QVariantMap &values) const
{
    ORM_REQUIRE_MODEL();
    Instance instance(d);
    const auto &attributes = d->definition.attributes();
    for (int i = 0; i < attributes.size(); ++i) {
        if (attributes[i].defaultValue.isSet())
            instance.m_values[i] = attributes[i].defaultValue.generate();
    }
    instance.m_changed.fill(false);
    auto set = instance.set(values);
    if (!set)
        return std::unexpected(set.error());
    return instance;
}

Result<Instance> Model::create(const QVariantMap &values) const
{
    auto instance = build(values);
    if (!instance)
        return instance;
    auto saved = instance->save();
    if (!saved)
        return std::unexpected(saved.error());
    return instance;
}

Result<QList<Instance>> Model::bulkCreate(const QList<QVariantMap> &rows, const BulkCreateOptions &options) const
{
    ORM_REQUIRE_MODEL();
    auto db = d->db();
    if (!db)
        return std::unexpected(db.error());
    const ModelDefinition &def = d->definition;
    QueryBuilder builder(def, (*db)->dialect);
    const QDateTime now = QDateTime::currentDateTimeUtc();

    // Build every row first: unknown attributes and unstorable text refuse the whole batch before any SQL.
    QList<Instance> built;
    built.reserve(rows.size());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        auto instance = build(rows.at(r));
        if (!instance) {
            Error e = instance.error();
            return std::unexpected(Error(e.kind(), QStringLiteral("row %1: %2").arg(r + 1).arg(e.message())));
        }
        for (int stamp : {def.createdAtIndex(), def.updatedAtIndex()}) {
            if (stamp >= 0 && instance->m_values.at(stamp).isNull())
                instance->m_values[stamp] = now;
        }
        built << *instance;
    }

    // Rows are grouped by the attributes they carry (usually one group), so that a missing value is left to
    // the column's default rather than sent as NULL.
    QList<std::pair<QList<int>, QList<qsizetype>>> groups;
    for (qsizetype r = 0; r < built.size(); ++r) {
        QList<int> present;
        for (int i = 0; i < def.attributes().size(); ++i) {
            if (!built[r].m_values.at(i).isNull() || !def.attribute(i).autoIncrement)
                present << i;
        }
        auto it = std::find_if(groups.begin(), groups.end(), [&](const auto &g) { return g.first == present; });
        if (it == groups.end())
            groups.append({present, {r}});
        else
            it->second.append(r);
    }
    for (const auto &[attributes, members] : groups) {
        for (qsizetype r : members) {
            QVariantList values;
            for (int i : attributes)
                values << built[r].m_values.at(i);
            auto storable = d->checkStorable(attributes, values, r);
            if (!storable)
                return std::unexpected(storable.error());
        }
    }

    ScopedTransaction transaction(**db);
    if (!transaction.begun())
        return std::unexpected(transaction.begun().error());
    QList<Instance> stored(built.size());
    QList<bool> written(built.size(), false);
    for (const auto &[attributes, members] : groups) {
        const qsizetype perChunk =
                std::max<qsizetype>(1, (*db)->dialect.batchParameters() / std::max<qsizetype>(1, attributes.size()));
        for (qsizetype start = 0; start < members.size(); start += perChunk) {
            const qsizetype end = std::min(members.size(), start + perChunk);
            QList<QVariantList> values;
            values.reserve(end - start);
            for (qsizetype k = start; k < end; ++k) {
                QVariantList row;
                row.reserve(attributes.size());
                for (int i : attributes)
                    row << built[members[k]].m_values.at(i);
                values << row;
            }
            auto st = builder.insert(attributes, values, options);
            if (!st)
                return std::unexpected(st.error());
            auto result = (*db)->execute(st->sql, st->bindings);
            if (!result)
                return std::unexpected(d->withAttributeNames(result.error()));
            QList<int> all;
            for (int i = 0; i < def.attributes().size(); ++i)
                all << i;
            if (options.ignoreDuplicates) {
                // Skipped rows return nothing: match the returned rows to the batch by primary key.
                for (const QVariantList &row : std::as_const(result->rows)) {
                    const Instance instance = d->fromRow(row, all, {});
                    for (qsizetype k = start; k < end; ++k) {
                        const qsizetype r = members[k];
                        if (written[r])
                            continue;
                        bool same = true;
                        for (int i : attributes) {
                            if (!def.attribute(i).autoIncrement && built[r].m_values.at(i) != instance.m_values.at(i))
                                same = false;
                        }
                        if (same) {
                            stored[r] = instance;
                            written[r] = true;
                            break;
                        }
                    }
                }
            } else {
                for (qsizetype k = start; k < end && k - start < result->rows.size(); ++k) {
                    stored[members[k]] = d->fromRow(result->rows.at(k - start), all, {});
                    written[members[k]] = true;
                }
            }
        }
    }
    auto committed = transaction.commit();
    if (!committed)
        return std::unexpected(committed.error());
    QList<Instance> result;
    result.reserve(stored.size());
    for (qsizetype r = 0; r < stored.size(); ++r) {
        if (written[r])
            result << stored[r];
    }
    return result;
}

Result<QList<Instance>> Model::findAll(const FindOptions &options) const
{
    ORM_REQUIRE_MODEL();
    auto db = d->db();
    if (!db)
        return std::unexpected(db.error());
    QueryBuilder builder(d->definition, (*db)->dialect);
    QList<int> columns;
    QStringList aliases;
    auto st = builder.select(options, &columns, &aliases);
    if (!st)
        return std::unexpected(st.error());
    auto rows = (*db)->execute(st->sql, st->bindings);
    if (!rows)
        return std::unexpected(d->withAttributeNames(rows.error()));
    QList<Instance> instances;
    instances.reserve(rows->rows.size());
    for (const QVariantList &row : std::as_const(rows->rows))
        instances << d->fromRow(row, columns, aliases);
    if (instances.isEmpty() && options.onEmpty == OnEmpty::Reject)
        return fail(Error::Kind::EmptyResult, QStringLiteral("no %1 matches the query").arg(d->definition.name()),
                    st->sql);
    return instances;
}

Result<Instance> Model::findOne(const FindOptions &options) const
{
    FindOptions one = options;
    one.limit = 1;
    auto rows = findAll(one);
    if (!rows)
        return std::unexpected(rows.error());
    return rows->isEmpty() ? Instance() : rows->first();
}

Result<Instance> Model::findByPk(const QVariant &key, const FindOptions &options) const
{
    ORM_REQUIRE_MODEL();
    const QList<int> &pk = d->definition.primaryKey();
    const QVariantList keys = pk.size() > 1 ? key.toList() : QVariantList{key};
    if (keys.size() != pk.size())
        return fail(Error::Kind::InvalidQuery,
                    QStringLiteral("the primary key of %1 has %2 attributes").arg(d->definition.name()).arg(pk.size()));
    FindOptions byKey = options;
    byKey.where = d->definition.primaryKeyWhere(keys) && options.where;
    return findOne(byKey);
}

namespace {

// The equalities of a where (a = v joined by AND), as the values of a row findOrCreate may create.
void collectEqualities(const Where &where, QVariantMap &values)
{
    if (where.op() == Where::Op::And) {
        for (const Where &child : where.children())
            collectEqualities(child, values);
        return;
    }
    if (where.op() == Where::Op::Eq) {
        const QList<Expr> operands = where.operands();
        if (operands.size() == 2 && operands[0].kind() == Expr::Kind::Column && operands[1].kind() == Expr::Kind::Value)
            values.insert(operands[0].name(), operands[1].value());
    }
}

} // namespace

Result<std::pair<Instance, bool>> Model::findOrCreate(const FindOrCreateOptions &options) const
{
    ORM_REQUIRE_MODEL();
    auto found = findOne({.where = options.where});
    if (!found)
        return std::unexpected(found.error());
    if (!found->isNull())
        return std::pair{*found, false};

    QVariantMap values = options.defaults;
    collectEqualities(options.where, values);
    auto db = d->db();
    if (!db)
        return std::unexpected(db.error());
    // Created inside a savepoint: when another connection inserted the same row first, the unique conflict
    // rolls back only this attempt (PostgreSQL would otherwise abort the caller's transaction) and the row is read.
    Result<Instance> created;
    {
        ScopedTransaction transaction(**db);
        if (!transaction.begun())
            return std::unexpected(transaction.begun().error());
        created = create(values);
        if (created) {
            auto committed = transaction.commit();
            if (!committed)
                created = std::unexpected(committed.error());
        }
    }
    if (created)
        return std::pair{*created, true};
    if (created.error().kind() != Error::Kind::UniqueConstraint)
        return std::unexpected(created.error());
    auto again = findOne({.where = options.where});
    if (!again)
        return std::unexpected(again.error());
    if (again->isNull())
        return std::unexpected(created.error());
    return std::pair{*again, false};
}

Result<CountedRows> Model::findAndCountAll(const FindOptions &options) const
{
    auto total = count(options);
    if (!total)
        return std::unexpected(total.error());
    auto rows = findAll(options);
    if (!rows)
        return std::unexpected(rows.error());
    return CountedRows{*total, *rows};
}

Result<qint64> Model::count(const FindOptions &options) const
{
    ORM_REQUIRE_MODEL();
    auto db = d->db();
    if (!db)
        return std::unexpected(db.error());
    auto st = QueryBuilder(d->definition, (*db)->dialect).count(options);
    if (!st)
        return std::unexpected(st.error());
    auto rows = (*db)->execute(st->sql, st->bindings);
    if (!rows)
        return std::unexpected(rows.error());
    return rows->rows.isEmpty() ? 0 : rows->rows.first().value(0).toLongLong();
}

namespace {

Result<QVariant> aggregate(const std::shared_ptr<const ModelPrivate> &d, const QString &function,
                           const QString &attribute, const FindOptions &options)
{
    if (!d)
        return std::unexpected(invalidModel());
    auto db = d->db();
    if (!db)
        return std::unexpected(db.error());
    const int index = d->definition.indexOf(attribute);
    if (index < 0)
        return fail(Error::Kind::InvalidQuery,
                    QStringLiteral("'%1' is not an attribute of the model %2")
                            .arg(attribute.left(80), d->definition.name()));
    auto st = QueryBuilder(d->definition, (*db)->dialect).aggregate(function, attribute, options);
    if (!st)
        return std::unexpected(st.error());
    auto rows = (*db)->execute(st->sql, st->bindings);
    if (!rows)
        return std::unexpected(rows.error());
    const QVariant value = rows->rows.isEmpty() ? QVariant() : rows->rows.first().value(0);
    if (value.isNull())
        return QVariant();
    const DataType &type = d->definition.attribute(index).type;
    if (function == u"AVG")
        return value.toDouble();
    if (function == u"SUM")
        return type.kind == DataType::Kind::Integer || type.kind == DataType::Kind::BigInt
                ? QVariant(value.toLongLong())
                : QVariant(value.toDouble());
    return (*db)->dialect.fromDatabase(value, type);
}

} // namespace

Result<QVariant> Model::max(const QString &attribute, const FindOptions &options) const
{
    return aggregate(d, QStringLiteral("MAX"), attribute, options);
}

Result<QVariant> Model::min(const QString &attribute, const FindOptions &options) const
{
    return aggregate(d, QStringLiteral("MIN"), attribute, options);
}

Result<QVariant> Model::sum(const QString &attribute, const FindOptions &options) const
{
    return aggregate(d, QStringLiteral("SUM"), attribute, options);
}

Result<QVariant> Model::avg(const QString &attribute, const FindOptions &options) const
{
    return aggregate(d, QStringLiteral("AVG"), attribute, options);
}

namespace {

// Attribute indexes and values of a map, or an error naming the first unknown attribute.
Result<QList<std::pair<int, QVariant>>> resolve(const ModelDefinition &def, const QVariantMap &values)
{
    QList<std::pair<int, QVariant>> resolved;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const int index = def.indexOf(it.key());
        if (index < 0)
            return fail(Error::Kind::InvalidQuery,
                        QStringLiteral("'%1' is not an attribute of the model %2").arg(it.key().left(80), def.name()));
        resolved.append({index, it.value()});
    }
    return resolved;
}

Where notDeleted(const ModelDefinition &def)
{
    return def.isParanoid() ? col(def.attribute(def.deletedAtIndex()).name).isNull() : Where();
}

} // namespace

Result<qint64> Model::update(const QVariantMap &values, const UpdateOptions &options) const
{
    ORM_REQUIRE_MODEL();
    if (options.where.isEmpty())
        return fail(Error::Kind::InvalidQuery,
                    QStringLiteral("update() needs a where (use a condition that is always "
                                   "true to change every row)"));
    auto db = d->db();
    if (!db)
        return std::unexpected(db.error());
    const ModelDefinition &def = d->definition;
    auto sets = resolve(def, values);
    if (!sets)
        return std::unexpected(sets.error());
    if (def.updatedAtIndex() >= 0 && !values.contains(def.attribute(def.updatedAtIndex()).name))
        sets->append({def.updatedAtIndex(), QDateTime::currentDateTimeUtc()});
    QList<int> attributes;
    QVariantList list;
    for (const auto &[index, value] : std::as_const(*sets)) {
        attributes << index;
        list << value;
    }
    auto storable = d->checkStorable(attributes, list);
    if (!storable)
        return std::unexpected(storable.error());
    const Where where = options.paranoid == Paranoid::ExcludeDeleted ? notDeleted(def) && options.where : options.where;
    auto st = QueryBuilder(def, (*db)->dialect).update(*sets, where);
    if (!st)
        return std::unexpected(st.error());
    auto result = (*db)->execute(st->sql, st->bindings);
    if (!result)
        return std::unexpected(d->withAttributeNames(result.error()));
    return result->affected;
}

Result<qint64> Model::destroy(const DestroyOptions &options) const
{
    ORM_REQUIRE_MODEL();
    if (options.where.isEmpty())
        return fail(Error::Kind::InvalidQuery,
                    QStringLiteral("destroy() needs a where (use a condition that is always "
                                   "true to delete every row)"));
    auto db = d->db();
    if (!db)
        return std::unexpected(db.error());
    const ModelDefinition &def = d->definition;
    QueryBuilder builder(def, (*db)->dialect);
    Result<Statement> st;
    if (def.isParanoid() && options.mode == DestroyMode::Soft)
        st = builder.update({{def.deletedAtIndex(), QDateTime::currentDateTimeUtc()}},
                            notDeleted(def) && options.where);
    else
        st = builder.remove(options.where);
    if (!st)
        return std::unexpected(st.error());
    auto result = (*db)->execute(st->sql, st->bindings);
    if (!result)
        return std::unexpected(d->withAttributeNames(result.error()));
    return result->affected;
}

Result<qint64> Model::restore(const RestoreOptions &options) const
{
    ORM_REQUIRE_MODEL();
    const ModelDefinition &def = d->definition;
    if (!def.isParanoid())
        return fail(Error::Kind::InvalidQuery,
                    QStringLiteral("restore() needs a paranoid model; %1 is not").arg(def.name()));
    auto db = d->db();
    if (!db)
        return std::unexpected(db.error());
    const QString deletedAt = def.attribute(def.deletedAtIndex()).name;
    auto st = QueryBuilder(def, (*db)->dialect)
                      .update({{def.deletedAtIndex(), QVariant()}}, col(deletedAt).isNotNull() && options.where);
    if (!st)
        return std::unexpected(st.error());
    auto result = (*db)->execute(st->sql, st->bindings);
    if (!result)
        return std::unexpected(result.error());
    return result->affected;
}

Result<qint64> Model::increment(const QVariantMap &amounts, const Where &where) const
{
    ORM_REQUIRE_MODEL();
    auto db = d->db();
    if (!db)
        return std::unexpected(db.error());
    const ModelDefinition &def = d->definition;
    auto resolved = resolve(def, amounts);
    if (!resolved)
        return std::unexpected(resolved.error());
    for (const auto &[index, amount] : std::as_const(*resolved)) {
        bool ok = false;
        amount.toDouble(&ok);
        if (!def.attribute(index).type.isNumeric() || !ok)
            return fail(Error::Kind::InvalidQuery,
                        QStringLiteral("increment() needs a numeric attribute and amount ('%1')")
                                .arg(def.attribute(index).name));
    }
    QList<std::pair<int, QVariant>> sets;
    if (def.updatedAtIndex() >= 0)
        sets.append({def.updatedAtIndex(), QDateTime::currentDateTimeUtc()});
    auto st = QueryBuilder(def, (*db)->dialect).increment(*resolved, sets, notDeleted(def) && where);
    if (!st)
        return std::unexpected(st.error());
    auto result = (*db)->execute(st->sql, st->bindings);
    if (!result)
        return std::unexpected(d->withAttributeNames(result.error()));
    return result->affected;
}

Result<qint64> Model::decrement(const QVariantMap &amounts, const Where &where) const
{
    QVariantMap negated;
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it) {
        bool ok = false;
        const double amount = it.value().toDouble(&ok);
        if (!ok)
            return fail(Error::Kind::InvalidQuery,
                        QStringLiteral("decrement() needs a numeric amount ('%1')").arg(it.key()));
        negated.insert(it.key(),
                       it.value().typeId() == QMetaType::Double ? QVariant(-amount)
                                                                : QVariant(-it.value().toLongLong()));
    }
    return increment(negated, where);
}

Result<Instance> Model::upsert(const QVariantMap &values, const UpsertOptions &options) const
{
    ORM_REQUIRE_MODEL();
    auto db = d->db();
    if (!db)
        return std::unexpected(db.error());
    const ModelDefinition &def = d->definition;
    auto instance = build(values);
    if (!instance)
        return instance;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int stamp : {def.createdAtIndex(), def.updatedAtIndex()}) {
        if (stamp >= 0 && instance->m_values.at(stamp).isNull())
            instance->m_values[stamp] = now;
    }
    QList<int> conflict;
    const QStringList conflictNames = options.conflictFields;
    if (conflictNames.isEmpty())
        conflict = def.primaryKey();
    for (const QString &name : conflictNames) {
        const int index = def.indexOf(name);
        if (index < 0)
            return fail(Error::Kind::InvalidQuery,
                        QStringLiteral("'%1' is not an attribute of the model %2").arg(name.left(80), def.name()));
        conflict << index;
    }
    QList<int> attributes;
    QVariantList list;
    for (int i = 0; i < def.attributes().size(); ++i) {
        if (instance->m_values.at(i).isNull() && def.attribute(i).autoIncrement)
            continue;
        if (instance->m_values.at(i).isNull() && !values.contains(def.attribute(i).name))
            continue;
        attributes << i;
        list << instance->m_values.at(i);
    }
    for (int i : std::as_const(conflict)) {
        if (!attributes.contains(i)) // no value for the key: nothing can conflict on it, so this is an insert
            return create(values);
    }
    QList<int> update;
    if (options.updateFields.isEmpty()) {
        for (int i : std::as_const(attributes)) {
            if (!conflict.contains(i) && i != def.createdAtIndex())
                update << i;
        }
    } else {
        for (const QString &name : options.updateFields) {
            const int index = def.indexOf(name);
            if (index < 0)
                return fail(Error::Kind::InvalidQuery,
                            QStringLiteral("'%1' is not an attribute of the model %2").arg(name.left(80), def.name()));
            update << index;
        }
    }
    auto storable = d->checkStorable(attributes, list);
    if (!storable)
        return std::unexpected(storable.error());
    auto st = QueryBuilder(def, (*db)->dialect).upsert(attributes, list, conflict, update);
    if (!st)
        return std::unexpected(st.error());
    auto result = (*db)->execute(st->sql, st->bindings);
    if (!result)
        return std::unexpected(d->withAttributeNames(result.error()));
    if (result->rows.isEmpty())
        return fail(Error::Kind::Database, QStringLiteral("upsert returned no row"), st->sql);
    QList<int> all;
    for (int i = 0; i < def.attributes().size(); ++i)
        all << i;
    return d->fromRow(result->rows.first(), all, {});
}

Result<SyncReport> Model::sync(SyncMode mode) const
{
    ORM_REQUIRE_MODEL();
    auto db = d->db();
    if (!db)
        return std::unexpected(db.error());
    const ModelDefinition &def = d->definition;
    QueryBuilder builder(def, (*db)->dialect);
    Database database((*db));
    SyncReport report;
    auto existing = database.columns(def.tableName());
    if (!existing)
        return std::unexpected(existing.error());

    auto run = [&](const Statement &st) -> Status {
        auto r = (*db)->execute(st.sql, st.bindings);
        if (!r)
            return std::unexpected(r.error());
        return {};
    };
    ScopedTransaction transaction(**db);
    if (!transaction.begun())
        return std::unexpected(transaction.begun().error());
    if (mode == SyncMode::Force && !existing->isEmpty()) {
        auto dropped = run(builder.dropTable());
        if (!dropped)
            return std::unexpected(dropped.error());
        report.actions << QStringLiteral("dropped table %1").arg(def.tableName());
        existing->clear();
    }
    if (existing->isEmpty()) {
        auto create = builder.createTable();
        if (!create)
            return std::unexpected(create.error());
        for (const Statement &st : std::as_const(*create)) {
            auto r = run(st);
            if (!r)
                return std::unexpected(r.error());
        }
        report.actions << QStringLiteral("created table %1").arg(def.tableName());
    } else if (mode == SyncMode::Alter) {
        for (int i = 0; i < def.attributes().size(); ++i) {
            if (existing->contains(def.attribute(i).columnName()))
                continue;
            auto st = builder.addColumn(i);
            if (!st)
                return std::unexpected(st.error());
            auto r = run(*st);
            if (!r)
                return std::unexpected(
                        Error(r.error().kind(),
                              QStringLiteral("cannot add the column %1.%2: %3")
                                      .arg(def.tableName(), def.attribute(i).columnName(), r.error().message()),
                              st->sql));
            report.actions << QStringLiteral("added column %1.%2").arg(def.tableName(), def.attribute(i).columnName());
        }
    }
    // Indexes: CREATE INDEX IF NOT EXISTS is a no-op for those already there; report only the new ones.
    auto indexesBefore = database.query(
            (*db)->dialect.kind() == Dialect::Kind::Sqlite
                    ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?")
                    : QStringLiteral(
                            "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename = ?"),
            QVariantList{def.tableName()});
    if (!indexesBefore)
        return std::unexpected(indexesBefore.error());
    QStringList known;
    for (const QVariantList &row : std::as_const(indexesBefore->rows))
        known << row.value(0).toString();
    const QList<Statement> indexes = builder.createIndexes();
    for (qsizetype i = 0; i < indexes.size(); ++i) {
        auto r = run(indexes.at(i));
        if (!r)
            return std::unexpected(r.error());
        if (!known.contains(def.indexes().at(i).name))
            report.actions << QStringLiteral("created index %1").arg(def.indexes().at(i).name);
    }
    auto committed = transaction.commit();
    if (!committed)
        return std::unexpected(committed.error());
    return report;
}

} // namespace Orm
