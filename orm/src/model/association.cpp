#include "database/databaseprivate_p.h"
#include "model/association_p.h"
#include "model/modelprivate_p.h"

#include <orm/model.h>
#include <orm/transaction.h>

namespace Orm {

namespace {

QString upperFirst(const QString &name)
{
    return name.isEmpty() ? name : name.front().toUpper() + name.mid(1);
}

// Sequelize's camelize(a + '_' + b): "Livre" and "id" give "LivreId".
QString keyName(const QString &prefix, const QString &key)
{
    return prefix + upperFirst(key);
}

Error invalid(const QString &message)
{
    return Error(Error::Kind::InvalidQuery, message);
}

// The single primary key attribute of a model, which the associations refer to by default.
[[nodiscard]] Result<QString> singleKey(const ModelDefinition &def)
{
    if (def.primaryKey().size() != 1)
        return std::unexpected(
                invalid(QStringLiteral("%1 has a composite primary key: name the key to refer to").arg(def.name())));
    return def.attribute(def.primaryKey().first()).name;
}

ReferentialAction orDefault(ReferentialAction action, ReferentialAction fallback)
{
    return action == ReferentialAction::Default ? fallback : action;
}

// Adds the foreign key attribute to holder when it has none of that name, or makes the existing one refer to
// the table; refuses a key whose type differs from the key it refers to.
[[nodiscard]] Status ensureForeignKey(const ModelPrivate &holder, const QString &name, const Attribute &referred,
                                      const QString &referredTable, const AssociationOptions &options,
                                      bool defaultAllowNull, ReferentialAction defaultOnDelete)
{
    if (!isSafeIdentifier(name))
        return std::unexpected(invalid(QStringLiteral("'%1' is not a valid foreign key name").arg(name.left(80))));
    const ModelDefinition &def = holder.definition;
    QList<Attribute> attributes = def.attributes();
    const int existing = def.indexOf(name);
    Attribute key = existing >= 0 ? attributes.at(existing)
                                  : Attribute{.name = name,
                                              .type = referred.type,
                                              .allowNull = options.foreignKeyAllowNull.value_or(defaultAllowNull)};
    if (existing >= 0 && options.foreignKeyAllowNull)
        key.allowNull = *options.foreignKeyAllowNull;
    if (key.type.kind != referred.type.kind
        && !(key.type.kind == DataType::Kind::BigInt && referred.type.kind == DataType::Kind::Integer))
        return std::unexpected(invalid(QStringLiteral("the foreign key %1.%2 is not of the type of %3.%4")
                                               .arg(def.name(), name, referredTable, referred.name)));
    // A foreign key declared with its references keeps them, unless the association names its actions.
    const bool declared = key.references.isSet() && options.onDelete == ReferentialAction::Default
            && options.onUpdate == ReferentialAction::Default;
    if (options.constraints && !declared) {
        const ReferentialAction onDelete = key.allowNull ? defaultOnDelete : ReferentialAction::Cascade;
        key.references = References{.table = referredTable,
                                    .key = referred.columnName(),
                                    .onDelete = orDefault(options.onDelete, onDelete),
                                    .onUpdate = orDefault(options.onUpdate, ReferentialAction::Cascade)};
    }
    if (existing >= 0)
        attributes[existing] = key;
    else
        attributes.append(key);
    ModelDefinition changed(def.name(), attributes, def.options());
    if (!changed.problems().isEmpty())
        return std::unexpected(invalid(changed.problems().join(QStringLiteral("; "))));
    holder.redefine(changed);
    return {};
}

} // namespace

Result<AssociationPrivate::Models> AssociationPrivate::models() const
{
    Models m{source.lock(), target.lock(), through.lock()};
    if (!m.source || !m.target || (kind == AssociationKind::BelongsToMany && !m.through))
        return std::unexpected(
                Error(Error::Kind::Connection, QStringLiteral("the models of the association %1 are gone").arg(as)));
    return m;
}

Join AssociationPrivate::join(const Models &m, Join::Mode mode) const
{
    const ModelDefinition &source = m.source->definition;
    const ModelDefinition &target = m.target->definition;
    Join join;
    join.mode = mode;
    join.model = &target;
    join.path = as;
    switch (kind) {
    case AssociationKind::BelongsTo:
        join.attribute = target.indexOf(targetKey);
        join.parentAttribute = source.indexOf(foreignKey);
        break;
    case AssociationKind::HasOne:
    case AssociationKind::HasMany:
        join.attribute = target.indexOf(foreignKey);
        join.parentAttribute = source.indexOf(sourceKey);
        break;
    case AssociationKind::BelongsToMany:
        join.through = &m.through->definition;
        join.attribute = join.through->indexOf(foreignKey);
        join.parentAttribute = source.indexOf(sourceKey);
        join.throughAttribute = join.through->indexOf(otherKey);
        join.targetAttribute = target.indexOf(targetKey);
        break;
    }
    return join;
}

Result<Association> AssociationPrivate::make(AssociationKind kind, const std::shared_ptr<const ModelPrivate> &source,
                                             const std::shared_ptr<const ModelPrivate> &target,
                                             const AssociationOptions &options)
{
    if (!source || !target)
        return std::unexpected(invalid(QStringLiteral("an association needs two defined models")));
    if (source->database.lock() != target->database.lock())
        return std::unexpected(invalid(QStringLiteral("%1 and %2 are not models of the same database")
                                               .arg(source->definition.name(), target->definition.name())));
    auto d = std::make_shared<AssociationPrivate>();
    d->kind = kind;
    d->source = source;
    d->target = target;
    const ModelDefinition &sourceDef = source->definition;
    const ModelDefinition &targetDef = target->definition;
    const bool toMany = kind == AssociationKind::HasMany || kind == AssociationKind::BelongsToMany;
    d->as = options.as.isEmpty() ? (toMany ? targetDef.tableName() : targetDef.name()) : options.as;
    if (!isSafeIdentifier(d->as))
        return std::unexpected(invalid(QStringLiteral("'%1' is not a valid association alias").arg(d->as.left(80))));
    if (source->association(d->as))
        return std::unexpected(
                invalid(QStringLiteral("%1 already has an association named %2").arg(sourceDef.name(), d->as)));
    if (sourceDef.indexOf(d->as) >= 0)
        return std::unexpected(invalid(QStringLiteral("the alias %1 is also an attribute of %2: choose another")
                                               .arg(d->as, sourceDef.name())));

    auto keyOf = [](const ModelDefinition &def, const QString &given) -> Result<QString> {
        if (given.isEmpty())
            return singleKey(def);
        if (def.indexOf(given) < 0)
            return std::unexpected(
                    invalid(QStringLiteral("'%1' is not an attribute of %2").arg(given.left(80), def.name())));
        return def.attribute(def.indexOf(given)).name;
    };

    if (kind == AssociationKind::BelongsTo) {
        auto targetKey = keyOf(targetDef, options.targetKey);
        if (!targetKey)
            return std::unexpected(targetKey.error());
        d->targetKey = *targetKey;
        d->foreignKey = options.foreignKey.isEmpty() ? keyName(d->as, d->targetKey) : options.foreignKey;
        auto added = ensureForeignKey(*source, d->foreignKey, targetDef.attribute(targetDef.indexOf(d->targetKey)),
                                      targetDef.tableName(), options, true, ReferentialAction::SetNull);
        if (!added)
            return std::unexpected(added.error());
    } else if (kind == AssociationKind::HasOne || kind == AssociationKind::HasMany) {
        auto sourceKey = keyOf(sourceDef, options.sourceKey);
        if (!sourceKey)
            return std::unexpected(sourceKey.error());
        d->sourceKey = *sourceKey;
        d->foreignKey = options.foreignKey.isEmpty() ? keyName(sourceDef.name(), d->sourceKey) : options.foreignKey;
        auto added = ensureForeignKey(*target, d->foreignKey, sourceDef.attribute(sourceDef.indexOf(d->sourceKey)),
                                      sourceDef.tableName(), options, true, ReferentialAction::SetNull);
        if (!added)
            return std::unexpected(added.error());
    } else {
        if (options.through.isEmpty())
            return std::unexpected(invalid(QStringLiteral("belongsToMany needs a through model (the join table)")));
        auto sourceKey = keyOf(sourceDef, options.sourceKey);
        if (!sourceKey)
            return std::unexpected(sourceKey.error());
        auto targetKey = keyOf(targetDef, options.targetKey);
        if (!targetKey)
            return std::unexpected(targetKey.error());
        d->sourceKey = *sourceKey;
        d->targetKey = *targetKey;
        d->foreignKey = options.foreignKey.isEmpty() ? keyName(sourceDef.name(), d->sourceKey) : options.foreignKey;
        d->otherKey = options.otherKey.isEmpty() ? keyName(targetDef.name(), d->targetKey) : options.otherKey;
        if (d->foreignKey == d->otherKey)
            return std::unexpected(invalid(
                    QStringLiteral("the join table's two keys are both named %1: give otherKey").arg(d->foreignKey)));
        auto database = source->database.lock();
        Model through = Database(database).model(options.through);
        if (!through.isValid()) {
            // Sequelize's default join model: the two keys as its primary key, named and stored as given.
            const Attribute &sk = sourceDef.attribute(sourceDef.indexOf(d->sourceKey));
            const Attribute &tk = targetDef.attribute(targetDef.indexOf(d->targetKey));
            auto defined =
                    Database(database).define(options.through,
                                              {Attribute{.name = d->foreignKey, .type = sk.type, .primaryKey = true},
                                               Attribute{.name = d->otherKey, .type = tk.type, .primaryKey = true}},
                                              ModelOptions{.tableName = options.through});
            if (!defined)
                return std::unexpected(defined.error());
            through = *defined;
        }
        const auto throughPrivate = through.d;
        AssociationOptions keys = options;
        keys.foreignKeyAllowNull = false;
        auto added =
                ensureForeignKey(*throughPrivate, d->foreignKey, sourceDef.attribute(sourceDef.indexOf(d->sourceKey)),
                                 sourceDef.tableName(), keys, false, ReferentialAction::Cascade);
        if (added)
            added = ensureForeignKey(*throughPrivate, d->otherKey, targetDef.attribute(targetDef.indexOf(d->targetKey)),
                                     targetDef.tableName(), keys, false, ReferentialAction::Cascade);
        if (!added)
            return std::unexpected(added.error());
        d->through = throughPrivate;
    }
    source->associations.append(d);
    return Association(d);
}

std::shared_ptr<const AssociationPrivate> ModelPrivate::association(const QString &as) const
{
    for (const auto &a : std::as_const(associations)) {
        if (a->as == as)
            return a;
    }
    return nullptr;
}

void ModelPrivate::redefine(const ModelDefinition &changed) const
{
    // Every ModelPrivate is created non-const by Database::define() and only handed out as const: changing it
    // here is defined behaviour, and happens at setup only (see Model::hasOne()).
    auto *self = const_cast<ModelPrivate *>(this);
    self->definition = changed;
    QMutexLocker lock(&keyLookupMutex);
    for (KeyLookup &lookup : self->keyLookups)
        lookup = {};
    self->updates.clear();
}

// Writes only the foreign key, as Sequelize's belongsTo set() does (save({fields: [foreignKey]})): other pending
// changes of the source stay pending.
Status AssociationPrivate::setForeignKey(Instance &source, const QVariant &value) const
{
    auto m = models();
    if (!m)
        return std::unexpected(m.error());
    const ModelDefinition &def = m->source->definition;
    const int index = source.indexOf(foreignKey);
    if (index < 0 || def.primaryKey().isEmpty())
        return fail(Error::Kind::InvalidQuery, QStringLiteral("%1 has no foreign key %2").arg(def.name(), foreignKey));
    auto updated = Model(m->source).update({{foreignKey, value}}, {.where = def.primaryKeyWhere(source.primaryKey())});
    if (!updated)
        return std::unexpected(updated.error());
    if (*updated == 0)
        return fail(Error::Kind::EmptyResult, QStringLiteral("the %1 to update is gone").arg(def.name()));
    source.m_values[index] = value;
    if (index < source.m_previous.size())
        source.m_previous[index] = value;
    if (index < source.m_changed.size())
        source.m_changed.clearBit(index);
    return {};
}

// --- Association ---

Association::Association() = default;

Association::Association(std::shared_ptr<const AssociationPrivate> dd) : d(std::move(dd)) { }

bool Association::isValid() const
{
    return d != nullptr;
}

AssociationKind Association::kind() const
{
    return d ? d->kind : AssociationKind::HasOne;
}

bool Association::isToMany() const
{
    return d && d->isToMany();
}

QString Association::as() const
{
    return d ? d->as : QString();
}

Model Association::source() const
{
    return d ? Model(d->source.lock()) : Model();
}

Model Association::target() const
{
    return d ? Model(d->target.lock()) : Model();
}

Model Association::through() const
{
    return d ? Model(d->through.lock()) : Model();
}

QString Association::foreignKey() const
{
    return d ? d->foreignKey : QString();
}

QString Association::otherKey() const
{
    return d ? d->otherKey : QString();
}

QString Association::sourceKey() const
{
    return d ? d->sourceKey : QString();
}

QString Association::targetKey() const
{
    return d ? d->targetKey : QString();
}

namespace {

[[nodiscard]] Status checkSource(const std::shared_ptr<const AssociationPrivate> &d, const Instance &source)
{
    if (!d)
        return std::unexpected(invalid(QStringLiteral("an invalid association")));
    if (source.isNull() || !d->source.lock() || source.model().name() != d->source.lock()->definition.name())
        return std::unexpected(
                invalid(QStringLiteral("the association %1 needs an instance of its source model").arg(d->as)));
    if (source.isNewRecord())
        return std::unexpected(invalid(QStringLiteral("save the instance before using its association %1").arg(d->as)));
    return {};
}

[[nodiscard]] Status checkTargets(const std::shared_ptr<const AssociationPrivate> &d, const QList<Instance> &targets)
{
    const auto target = d->target.lock();
    const QString name = target ? target->definition.name() : QString();
    for (const Instance &t : targets) {
        if (t.isNull() || t.model().name() != name)
            return std::unexpected(
                    invalid(QStringLiteral("the association %1 takes instances of %2").arg(d->as, name)));
        if (t.isNewRecord())
            return std::unexpected(invalid(QStringLiteral("save the %1 before associating it").arg(name)));
    }
    return {};
}

[[nodiscard]] Status requireToMany(const std::shared_ptr<const AssociationPrivate> &d, const char *helper)
{
    if (d && !d->isToMany())
        return std::unexpected(invalid(QStringLiteral("%1() is for to-many associations; %2 is to-one")
                                               .arg(QLatin1StringView(helper), d->as)));
    return {};
}

QVariantList valuesOf(const QList<Instance> &rows, const QString &attribute)
{
    QVariantList values;
    values.reserve(rows.size());
    for (const Instance &row : rows)
        values << row.get(attribute);
    return values;
}

// The checks of the to-many helpers that take rows (has, add, remove), then the models.
[[nodiscard]] Result<AssociationPrivate::Models> toManyCall(const std::shared_ptr<const AssociationPrivate> &d,
                                                            const char *helper, const Instance &source,
                                                            const QList<Instance> &targets)
{
    if (auto ok = requireToMany(d, helper); !ok)
        return std::unexpected(ok.error());
    if (auto ok = checkSource(d, source); !ok)
        return std::unexpected(ok.error());
    if (auto ok = checkTargets(d, targets); !ok)
        return std::unexpected(ok.error());
    return d->models();
}

} // namespace

Result<QList<Instance>> Association::get(const Instance &source, const FindOptions &options) const
{
    if (auto ok = checkSource(d, source); !ok)
        return std::unexpected(ok.error());
    auto m = d->models();
    if (!m)
        return std::unexpected(m.error());
    Model target(m->target);
    const QVariant key = source.get(d->parentAttribute());
    if (key.isNull())
        return QList<Instance>();
    FindOptions o = options;
    if (d->kind != AssociationKind::BelongsToMany) {
        o.where = col(d->childAttribute()) == Expr::fromValue(key) && options.where;
        if (!d->isToMany())
            o.limit = 1;
        return target.findAll(o);
    }
    // The rows through their join rows: one statement, each row with its join row (Instance::through()).
    Join through = d->join(*m, Join::Mode::Join);
    const ModelDefinition &throughDef = m->through->definition;
    Join rowJoin;
    rowJoin.model = &throughDef;
    rowJoin.path = throughDef.name();
    rowJoin.attribute = through.throughAttribute;
    rowJoin.parentAttribute = through.targetAttribute;
    rowJoin.required = true;
    rowJoin.columns = throughDef.allIndexes();
    o.where = col(throughDef.name() + u'.' + d->foreignKey) == Expr::fromValue(key) && options.where;
    return m->target->selectIncluding(o, m->through.get(), &rowJoin);
}

Result<Instance> Association::getOne(const Instance &source, const FindOptions &options) const
{
    if (d && d->isToMany())
        return std::unexpected(
                invalid(QStringLiteral("getOne() is for to-one associations; %1 is to-many").arg(d->as)));
    auto rows = get(source, options);
    if (!rows)
        return std::unexpected(rows.error());
    return rows->isEmpty() ? Instance() : rows->first();
}

// The join rows of source whose target matches where: COUNT(DISTINCT target) or the target keys themselves.
namespace {

[[nodiscard]] Result<RowSet> throughRows(const std::shared_ptr<const AssociationPrivate> &d,
                                         const AssociationPrivate::Models &m, const QVariant &key, const Where &where,
                                         Paranoid paranoid, const SelectItem &what)
{
    auto db = m.target->db();
    if (!db)
        return std::unexpected(db.error());
    const Join link = d->join(m, Join::Mode::Exists);
    Join target;
    target.mode = Join::Mode::Exists;
    target.model = &m.target->definition;
    target.attribute = link.targetAttribute;
    target.parentAttribute = link.throughAttribute;
    target.required = true;
    target.where = where;
    target.paranoid = paranoid;
    auto st = QueryBuilder(m.through->definition, (*db)->dialect)
                      .select({.where = col(d->foreignKey) == Expr::fromValue(key), .attributes = {what}}, nullptr,
                              nullptr, {target});
    if (!st)
        return std::unexpected(st.error());
    return (*db)->execute(st->sql, st->bindings);
}

QString primaryKeyName(const ModelDefinition &def)
{
    return def.primaryKey().isEmpty() ? QString() : def.attribute(def.primaryKey().first()).name;
}

} // namespace

Result<qint64> Association::count(const Instance &source, const FindOptions &options) const
{
    if (auto ok = requireToMany(d, "count"); !ok)
        return std::unexpected(ok.error());
    if (auto ok = checkSource(d, source); !ok)
        return std::unexpected(ok.error());
    auto m = d->models();
    if (!m)
        return std::unexpected(m.error());
    const QVariant key = source.get(d->parentAttribute());
    if (d->kind == AssociationKind::HasMany) {
        FindOptions o = options;
        o.where = col(d->foreignKey) == Expr::fromValue(key) && options.where;
        return Model(m->target).count(o);
    }
    // A row associated twice (two roles of one person) counts once.
    auto rows = throughRows(d, *m, key, options.where, options.paranoid,
                            SelectItem(fn::countDistinct(col(d->otherKey)), QStringLiteral("n")));
    if (!rows)
        return std::unexpected(rows.error());
    return rows->rows.isEmpty() ? 0 : rows->rows.first().value(0).toLongLong();
}

Result<bool> Association::has(const Instance &source, const QList<Instance> &targets) const
{
    auto m = toManyCall(d, "has", source, targets);
    if (!m)
        return std::unexpected(m.error());
    const QString targetKey =
            d->kind == AssociationKind::HasMany ? primaryKeyName(m->target->definition) : d->targetKey;
    QSet<QString> wanted;
    for (const Instance &t : targets)
        wanted.insert(t.get(targetKey).toString());
    if (wanted.isEmpty())
        return true;
    const QVariant key = source.get(d->parentAttribute());
    const Where among = col(targetKey).in(valuesOf(targets, targetKey));
    if (d->kind == AssociationKind::HasMany) {
        auto n = Model(m->target).count({.where = col(d->foreignKey) == Expr::fromValue(key) && among});
        if (!n)
            return std::unexpected(n.error());
        return *n == wanted.size();
    }
    auto rows = throughRows(d, *m, key, among, Paranoid::ExcludeDeleted, SelectItem(d->otherKey));
    if (!rows)
        return std::unexpected(rows.error());
    QSet<QString> found;
    for (const QVariantList &row : std::as_const(rows->rows))
        found.insert(row.value(0).toString());
    return found.contains(wanted);
}

Status Association::add(const Instance &source, const QList<Instance> &targets, const QVariantMap &throughValues) const
{
    auto m = toManyCall(d, "add", source, targets);
    if (!m)
        return std::unexpected(m.error());
    if (targets.isEmpty())
        return {};
    const QVariant key = source.get(d->parentAttribute());
    if (d->kind == AssociationKind::HasMany) {
        const QString pk = primaryKeyName(m->target->definition);
        auto changed = Model(m->target).update({{d->foreignKey, key}}, {.where = col(pk).in(valuesOf(targets, pk))});
        if (!changed)
            return std::unexpected(changed.error());
        return {};
    }
    // Helpers that write several rows write all or none (a savepoint inside the caller's transaction).
    return transaction(Model(m->source).database(), [&]() -> Status {
        Model through(m->through);
        const Where ofSource = col(d->foreignKey) == Expr::fromValue(key);
        auto existing = through.findAll({.where = ofSource && col(d->otherKey).in(valuesOf(targets, d->targetKey)),
                                         .attributes = {SelectItem(d->otherKey)}});
        if (!existing)
            return std::unexpected(existing.error());
        QSet<QString> linked;
        for (const Instance &row : std::as_const(*existing))
            linked.insert(row.get(d->otherKey).toString());
        if (!throughValues.isEmpty() && !linked.isEmpty()) {
            QVariantList keys;
            for (const Instance &row : std::as_const(*existing))
                keys << row.get(d->otherKey);
            auto updated = through.update(throughValues, {.where = ofSource && col(d->otherKey).in(keys)});
            if (!updated)
                return std::unexpected(updated.error());
        }
        QList<QVariantMap> rows;
        for (const Instance &t : targets) {
            const QVariant other = t.get(d->targetKey);
            if (linked.contains(other.toString()))
                continue;
            linked.insert(other.toString());
            QVariantMap row = throughValues;
            row.insert(d->foreignKey, key);
            row.insert(d->otherKey, other);
            rows << row;
        }
        if (rows.isEmpty())
            return {};
        auto created = through.bulkCreate(rows);
        if (!created)
            return std::unexpected(created.error());
        return {};
    });
}

Status Association::remove(const Instance &source, const QList<Instance> &targets) const
{
    auto m = toManyCall(d, "remove", source, targets);
    if (!m)
        return std::unexpected(m.error());
    if (targets.isEmpty())
        return {};
    const Where ofSource = col(d->foreignKey) == Expr::fromValue(source.get(d->parentAttribute()));
    Result<qint64> done;
    if (d->kind == AssociationKind::HasMany) {
        const QString pk = primaryKeyName(m->target->definition);
        done = Model(m->target).update({{d->foreignKey, QVariant()}},
                                       {.where = ofSource && col(pk).in(valuesOf(targets, pk))});
    } else {
        done = Model(m->through)
                       .destroy({.where = ofSource && col(d->otherKey).in(valuesOf(targets, d->targetKey)),
                                 .mode = DestroyMode::Force});
    }
    if (!done)
        return std::unexpected(done.error());
    return {};
}

Status Association::set(Instance &source, const QList<Instance> &targets, const QVariantMap &throughValues) const
{
    if (auto ok = checkSource(d, source); !ok)
        return ok;
    QList<Instance> kept;
    for (const Instance &t : targets) {
        if (!t.isNull())
            kept << t;
    }
    if (auto ok = checkTargets(d, kept); !ok)
        return ok;
    if (!d->isToMany() && kept.size() > 1)
        return std::unexpected(invalid(QStringLiteral("%1 is a to-one association: set() takes one row").arg(d->as)));
    auto m = d->models();
    if (!m)
        return std::unexpected(m.error());
    if (d->kind == AssociationKind::BelongsTo)
        return d->setForeignKey(source, kept.isEmpty() ? QVariant() : kept.first().get(d->targetKey));
    const QVariant key = source.get(d->parentAttribute());
    const Where ofSource = col(d->foreignKey) == Expr::fromValue(key);
    return transaction(Model(m->source).database(), [&]() -> Status {
        Result<qint64> left;
        if (d->kind == AssociationKind::BelongsToMany) {
            left = Model(m->through)
                           .destroy({.where = ofSource && col(d->otherKey).notIn(valuesOf(kept, d->targetKey)),
                                     .mode = DestroyMode::Force});
        } else {
            const QString pk = primaryKeyName(m->target->definition);
            left = Model(m->target).update({{d->foreignKey, QVariant()}},
                                           {.where = ofSource && col(pk).notIn(valuesOf(kept, pk))});
        }
        if (!left)
            return std::unexpected(left.error());
        if (d->kind != AssociationKind::HasOne)
            return add(source, kept, throughValues);
        if (kept.isEmpty())
            return {};
        const QString pk = primaryKeyName(m->target->definition);
        auto linked = Model(m->target).update({{d->foreignKey, key}},
                                              {.where = col(pk) == Expr::fromValue(kept.first().get(pk))});
        if (!linked)
            return std::unexpected(linked.error());
        return {};
    });
}

Result<Instance> Association::create(Instance &source, const QVariantMap &values,
                                     const QVariantMap &throughValues) const
{
    if (auto ok = checkSource(d, source); !ok)
        return std::unexpected(ok.error());
    auto m = d->models();
    if (!m)
        return std::unexpected(m.error());
    Result<Instance> created;
    auto done = transaction(Model(m->source).database(), [&]() -> Status {
        QVariantMap row = values;
        if (d->kind == AssociationKind::HasOne || d->kind == AssociationKind::HasMany)
            row.insert(d->foreignKey, source.get(d->sourceKey));
        created = Model(m->target).create(row);
        if (!created)
            return std::unexpected(created.error());
        if (d->kind == AssociationKind::BelongsTo)
            return set(source, *created);
        if (d->kind == AssociationKind::BelongsToMany)
            return add(source, *created, throughValues);
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return created;
}

} // namespace Orm
