#include "database/databaseprivate_p.h"
#include "database/scopedtransaction_p.h"
#include "model/association_p.h"
#include "model/bulkcreate_p.h"
#include "model/modelprivate_p.h"
#include "model/rowbuilder_p.h"
#include "model/validation_p.h"

#include <orm/model.h>
#include <orm/querybuilder.h>

#include <QDateTime>

#include <algorithm>
#include <optional>

namespace Orm {

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

Result<Instance> Model::build(const QVariantMap &values) const
{
    ORM_REQUIRE_MODEL();
    return RowBuilder(d).build(values);
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
    RowBuilder rowBuilder(d);
    return BulkCreate(d, options).run(rows.size(), [&](qsizetype r) { return rowBuilder.build(rows.at(r)); });
}

Result<QList<Instance>> Model::findAll(const FindOptions &findOptions) const
{
    ORM_REQUIRE_MODEL();
    FindOptions options = findOptions;
    HookContext before;
    before.find = &options;
    if (auto r = d->runHooks(HookEvent::BeforeFind, before); !r)
        return std::unexpected(r.error());
    auto instances = d->select(options);
    if (!instances)
        return instances;
    HookContext after;
    after.find = &options;
    after.instances = &*instances;
    if (auto r = d->runHooks(HookEvent::AfterFind, after); !r)
        return std::unexpected(r.error());
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
    const QVariantList composite = pk.size() > 1 ? key.toList() : QVariantList();
    const auto keys = pk.size() > 1 ? std::span<const QVariant>(composite) : std::span<const QVariant>(&key, 1);
    if (qsizetype(keys.size()) != pk.size())
        return fail(Error::Kind::InvalidQuery,
                    QStringLiteral("the primary key of %1 has %2 attributes").arg(d->definition.name()).arg(pk.size()));
    // The common lookup, with no option but paranoid and no find hook to see the options, runs a statement built
    // once (as hand-written code would keep it).
    const bool keyOnly = options.where.isEmpty() && options.attributes.isEmpty() && options.exclude.isEmpty()
            && options.include.isEmpty() && options.order.isEmpty() && options.group.isEmpty()
            && options.having.isEmpty() && !options.limit && !options.offset && !options.distinct
            && options.lock == Lock::None && !d->hasHooks({HookEvent::BeforeFind, HookEvent::AfterFind});
    if (keyOnly) {
        if (auto found = d->findByKey(keys, options.paranoid, options.onEmpty))
            return std::move(*found);
    }
    FindOptions byKey = options;
    byKey.where = d->definition.primaryKeyWhere(QVariantList(keys.begin(), keys.end())) && options.where;
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

Result<FindOrCreateResult> Model::findOrCreate(const FindOrCreateOptions &options) const
{
    ORM_REQUIRE_MODEL();
    auto found = findOne({.where = options.where});
    if (!found)
        return std::unexpected(found.error());
    if (!found->isNull())
        return FindOrCreateResult{*found, false};

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
        return FindOrCreateResult{*created, true};
    if (created.error().kind() != Error::Kind::UniqueConstraint)
        return std::unexpected(created.error());
    auto again = findOne({.where = options.where});
    if (!again)
        return std::unexpected(again.error());
    if (again->isNull())
        return std::unexpected(created.error());
    return FindOrCreateResult{*again, false};
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

Result<qint64> Model::count(const FindOptions &findOptions) const
{
    ORM_REQUIRE_MODEL();
    auto db = d->db();
    if (!db)
        return std::unexpected(db.error());
    FindOptions options = findOptions;
    HookContext before;
    before.find = &options;
    if (auto r = d->runHooks(HookEvent::BeforeCount, before); !r)
        return std::unexpected(r.error());
    auto joins = d->requiredJoins(options.include);
    if (!joins)
        return std::unexpected(joins.error());
    auto st = QueryBuilder(d->definition, (*db)->dialect).count(options, *joins);
    if (!st)
        return std::unexpected(st.error());
    auto rows = (*db)->execute(st->sql, st->bindings);
    if (!rows)
        return std::unexpected(rows.error());
    return rows->rows.isEmpty() ? 0 : rows->rows.first().value(0).toLongLong();
}

namespace {

[[nodiscard]] Result<QVariant> aggregate(const std::shared_ptr<const ModelPrivate> &d, const QString &function,
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
[[nodiscard]] Result<QList<std::pair<int, QVariant>>> resolve(const ModelDefinition &def, const QVariantMap &values)
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
    if (auto resolved = resolve(def, values); !resolved)
        return std::unexpected(resolved.error());
    const bool individual = options.individualHooks == IndividualHooks::On;
    const bool validate = options.validate == Validate::Run;
    std::optional<ScopedTransaction> transaction;
    if (individual || d->hasHooks({HookEvent::BeforeBulkUpdate, HookEvent::AfterBulkUpdate})
        || (validate
            && d->hasHooks({HookEvent::BeforeValidate, HookEvent::AfterValidate, HookEvent::ValidationFailed}))) {
        transaction.emplace(**db);
        if (!transaction->begun())
            return std::unexpected(transaction->begun().error());
    }
    QVariantMap sets = values;
    if (validate) {
        if (auto r = d->validateUpdate(sets); !r)
            return std::unexpected(r.error());
    }
    Where where = options.where;
    HookContext before;
    before.values = &sets;
    before.where = &where;
    if (auto r = d->runHooks(HookEvent::BeforeBulkUpdate, before); !r)
        return std::unexpected(r.error());
    auto resolved = resolve(def, sets); // the hooks may have changed them
    if (!resolved)
        return std::unexpected(resolved.error());
    if (validate && d->hasHooks({HookEvent::BeforeBulkUpdate})) {
        // What beforeBulkUpdate set is checked too (Sequelize writes it unchecked), without the validation hooks,
        // which have run.
        Instance probe(d);
        QList<int> fields;
        for (const auto &[index, value] : std::as_const(*resolved)) {
            probe.m_values[index] = value;
            fields << index;
        }
        const QList<ValidationItem> items = d->validationItems(probe, fields, ModelPrivate::ModelRules::Skip);
        if (!items.isEmpty())
            return std::unexpected(validationError(items));
    }
    const Where scoped = options.paranoid == Paranoid::ExcludeDeleted ? notDeleted(def) && where : where;
    qint64 affected = 0;
    if (individual) {
        auto instances = d->select({.where = scoped});
        if (!instances)
            return std::unexpected(instances.error());
        // Each row runs the hooks a save of it runs, but validation: beforeSave may change what is written.
        for (Instance &instance : *instances) {
            if (auto set = instance.set(sets); !set)
                return std::unexpected(set.error());
            HookContext each;
            each.instance = &instance;
            if (auto r = d->runHooks(HookEvent::BeforeUpdate, each); !r)
                return std::unexpected(r.error());
            if (auto r = d->runHooks(HookEvent::BeforeSave, each); !r)
                return std::unexpected(r.error());
            if (auto r = instance.write(); !r)
                return std::unexpected(r.error());
            ++affected;
        }
        for (Instance &instance : *instances) {
            HookContext each;
            each.instance = &instance;
            if (auto r = d->runHooks(HookEvent::AfterUpdate, each); !r)
                return std::unexpected(r.error());
            if (auto r = d->runHooks(HookEvent::AfterSave, each); !r)
                return std::unexpected(r.error());
        }
    } else {
        auto n = d->updateWhere(*resolved, scoped);
        if (!n)
            return n;
        affected = *n;
    }
    HookContext after;
    after.values = &sets;
    after.where = &where;
    if (auto r = d->runHooks(HookEvent::AfterBulkUpdate, after); !r)
        return std::unexpected(r.error());
    if (transaction) {
        if (auto committed = transaction->commit(); !committed)
            return std::unexpected(committed.error());
    }
    return affected;
}

namespace {

// The shared course of bulk destroy and restore: bulk hooks around, per-instance hooks with individualHooks.
[[nodiscard]] Result<qint64> bulkWithHooks(const std::shared_ptr<const ModelPrivate> &d, Where where,
                                           IndividualHooks individualHooks, HookEvent beforeBulk, HookEvent afterBulk,
                                           HookEvent beforeEach, HookEvent afterEach, Paranoid paranoid,
                                           const std::function<Result<qint64>(const Where &)> &run)
{
    auto db = d->db();
    if (!db)
        return std::unexpected(db.error());
    const bool individual = individualHooks == IndividualHooks::On;
    std::optional<ScopedTransaction> transaction;
    if (individual || d->hasHooks({beforeBulk, afterBulk})) {
        transaction.emplace(**db);
        if (!transaction->begun())
            return std::unexpected(transaction->begun().error());
    }
    HookContext before;
    before.where = &where;
    if (auto r = d->runHooks(beforeBulk, before); !r)
        return std::unexpected(r.error());
    qint64 affected = 0;
    if (individual) {
        auto instances = d->select({.where = where, .paranoid = paranoid});
        if (!instances)
            return std::unexpected(instances.error());
        for (Instance &instance : *instances) {
            HookContext each;
            each.instance = &instance;
            if (auto r = d->runHooks(beforeEach, each); !r)
                return std::unexpected(r.error());
            auto n = run(d->definition.primaryKeyWhere(instance.primaryKey()));
            if (!n)
                return n;
            affected += *n;
        }
        for (Instance &instance : *instances) {
            HookContext each;
            each.instance = &instance;
            if (auto r = d->runHooks(afterEach, each); !r)
                return std::unexpected(r.error());
        }
    } else {
        auto n = run(where);
        if (!n)
            return n;
        affected = *n;
    }
    HookContext after;
    after.where = &where;
    if (auto r = d->runHooks(afterBulk, after); !r)
        return std::unexpected(r.error());
    if (transaction) {
        if (auto committed = transaction->commit(); !committed)
            return std::unexpected(committed.error());
    }
    return affected;
}

} // namespace

Result<qint64> Model::destroy(const DestroyOptions &options) const
{
    ORM_REQUIRE_MODEL();
    if (options.where.isEmpty())
        return fail(Error::Kind::InvalidQuery,
                    QStringLiteral("destroy() needs a where (use a condition that is always "
                                   "true to delete every row)"));
    return bulkWithHooks(d, options.where, options.individualHooks, HookEvent::BeforeBulkDestroy,
                         HookEvent::AfterBulkDestroy, HookEvent::BeforeDestroy, HookEvent::AfterDestroy,
                         Paranoid::ExcludeDeleted,
                         [&](const Where &where) { return d->destroyWhere(where, options.mode); });
}

Result<qint64> Model::restore(const RestoreOptions &options) const
{
    ORM_REQUIRE_MODEL();
    if (!d->definition.isParanoid())
        return fail(Error::Kind::InvalidQuery,
                    QStringLiteral("restore() needs a paranoid model; %1 is not").arg(d->definition.name()));
    const Where deleted = col(d->definition.attribute(d->definition.deletedAtIndex()).name).isNotNull();
    return bulkWithHooks(d, deleted && options.where, options.individualHooks, HookEvent::BeforeBulkRestore,
                         HookEvent::AfterBulkRestore, HookEvent::BeforeRestore, HookEvent::AfterRestore,
                         Paranoid::IncludeDeleted, [&](const Where &where) { return d->restoreWhere(where); });
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
    // Those who watch the table's bulk updates (a TableModel showing it) hear of this one too, once it commits.
    std::optional<ScopedTransaction> transaction;
    if (d->hasHooks({HookEvent::AfterBulkUpdate})) {
        transaction.emplace(**db);
        if (!transaction->begun())
            return std::unexpected(transaction->begun().error());
    }
    auto result = (*db)->execute(st->sql, st->bindings);
    if (!result)
        return std::unexpected(d->withAttributeNames(result.error()));
    QVariantMap changed = amounts;
    Where changedWhere = where;
    HookContext after;
    after.values = &changed;
    after.where = &changedWhere;
    if (auto r = d->runHooks(HookEvent::AfterBulkUpdate, after); !r)
        return std::unexpected(r.error());
    if (transaction) {
        if (auto committed = transaction->commit(); !committed)
            return std::unexpected(committed.error());
    }
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
    QList<int> conflict;
    if (options.conflictFields.isEmpty())
        conflict = def.primaryKey();
    for (const QString &name : options.conflictFields) {
        const int index = def.indexOf(name);
        if (index < 0)
            return fail(Error::Kind::InvalidQuery,
                        QStringLiteral("'%1' is not an attribute of the model %2").arg(name.left(80), def.name()));
        conflict << index;
    }
    for (int i : std::as_const(conflict)) {
        if (instance->m_values.at(i).isNull()) // no value for the key: nothing can conflict on it, so an insert
            return create(values);
    }

    std::optional<ScopedTransaction> transaction;
    if (d->hasHooks({HookEvent::BeforeValidate, HookEvent::AfterValidate, HookEvent::ValidationFailed,
                     HookEvent::BeforeUpsert, HookEvent::AfterUpsert})) {
        transaction.emplace(**db);
        if (!transaction->begun())
            return std::unexpected(transaction->begun().error());
    }
    if (auto validated = instance->validate(); !validated)
        return std::unexpected(validated.error());
    QVariantMap given = values;
    HookContext before;
    before.instance = &*instance;
    before.values = &given;
    if (auto r = d->runHooks(HookEvent::BeforeUpsert, before); !r)
        return std::unexpected(r.error());

    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int stamp : {def.createdAtIndex(), def.updatedAtIndex()}) {
        if (stamp >= 0 && instance->m_values.at(stamp).isNull())
            instance->m_values[stamp] = now;
    }
    QList<int> attributes;
    QVariantList list;
    for (int i = 0; i < def.attributes().size(); ++i) {
        if (instance->m_values.at(i).isNull()
            && (def.attribute(i).autoIncrement || !given.contains(def.attribute(i).name)))
            continue;
        attributes << i;
        list << instance->m_values.at(i);
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
    auto st = QueryBuilder(def, (*db)->dialect).upsert(attributes, list, conflict, update);
    if (!st)
        return std::unexpected(st.error());
    auto result = (*db)->execute(st->sql, st->bindings);
    if (!result)
        return std::unexpected(d->withAttributeNames(result.error()));
    if (result->rows.isEmpty())
        return fail(Error::Kind::Database, QStringLiteral("upsert returned no row"), st->sql);
    Instance stored = d->fromRow(result->rows.first(), def.allIndexes(), {});
    HookContext after;
    after.instance = &stored;
    after.values = &given;
    if (auto r = d->runHooks(HookEvent::AfterUpsert, after); !r)
        return std::unexpected(r.error());
    if (transaction) {
        if (auto committed = transaction->commit(); !committed)
            return std::unexpected(committed.error());
    }
    return stored;
}

Result<Association> Model::hasOne(const Model &target, const AssociationOptions &options) const
{
    return AssociationPrivate::make(AssociationKind::HasOne, d, target.d, options);
}

Result<Association> Model::belongsTo(const Model &target, const AssociationOptions &options) const
{
    return AssociationPrivate::make(AssociationKind::BelongsTo, d, target.d, options);
}

Result<Association> Model::hasMany(const Model &target, const AssociationOptions &options) const
{
    return AssociationPrivate::make(AssociationKind::HasMany, d, target.d, options);
}

Result<Association> Model::belongsToMany(const Model &target, const AssociationOptions &options) const
{
    return AssociationPrivate::make(AssociationKind::BelongsToMany, d, target.d, options);
}

Association Model::association(const QString &as) const
{
    return d ? Association(d->association(as)) : Association();
}

QList<Association> Model::associations() const
{
    QList<Association> list;
    if (d) {
        for (const auto &a : std::as_const(d->associations))
            list << Association(a);
    }
    return list;
}

} // namespace Orm
