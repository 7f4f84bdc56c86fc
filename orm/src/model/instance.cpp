#include "database/databaseprivate_p.h"
#include "database/scopedtransaction_p.h"
#include "model/modelprivate_p.h"
#include "model/validation_p.h"

#include <orm/instance.h>
#include <orm/model.h>
#include <orm/querybuilder.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QVarLengthArray>

#include <optional>

namespace Orm {

Instance::Instance() = default;
Instance::Instance(const Instance &other) = default;
Instance::Instance(Instance &&other) noexcept = default;
Instance &Instance::operator=(const Instance &other) = default;
Instance &Instance::operator=(Instance &&other) noexcept = default;

Instance::~Instance() = default;

Instance::Instance(std::shared_ptr<const ModelPrivate> model) : m_model(std::move(model))
{
    const qsizetype count = m_model->definition.attributes().size();
    m_values.reserve(count); // exactly: resize() alone rounds the capacity up
    m_values.resize(count); // m_previous stays empty: nothing is stored yet
}

Instance::Instance(std::shared_ptr<const ModelPrivate> model, QVariantList &&values)
    : m_model(std::move(model)),
      m_values(std::move(values)),
      m_previous(m_values),
      m_newRecord(false)
{
}

bool Instance::isNull() const
{
    return m_model == nullptr;
}

Model Instance::model() const
{
    return Model(m_model);
}

int Instance::indexOf(const QString &attribute) const
{
    // An instance made before its model gained a foreign key (an association declared later) lacks it.
    const int index = m_model ? m_model->definition.indexOf(attribute) : -1;
    return index < m_values.size() ? index : -1;
}

void Instance::markStored()
{
    m_previous = m_values;
    m_changed.clear();
    m_newRecord = false;
}

QVariant Instance::get(const QString &attribute) const
{
    const int index = indexOf(attribute);
    if (index >= 0)
        return m_values.at(index);
    if (!m_extras)
        return {};
    for (const auto &[name, value] : m_extras->aliases) {
        if (name == attribute)
            return value;
    }
    return {};
}

Status Instance::set(const QString &attribute, const QVariant &value)
{
    if (!m_model)
        return fail(Error::Kind::InvalidQuery, QStringLiteral("set() on a null instance"));
    const int index = indexOf(attribute);
    if (index < 0)
        return fail(Error::Kind::InvalidQuery,
                    QStringLiteral("'%1' is not an attribute of the model %2")
                            .arg(attribute.left(80), m_model->definition.name()));
    setAt(index, value);
    return {};
}

void Instance::setAt(int index, const QVariant &value)
{
    m_values[index] = value;
    // Changed means different from the stored value: setting it back to what is stored is no change.
    const auto differs = [&] {
        const QVariant &stored = m_previous.at(index);
        return stored.isNull() != value.isNull() || (!value.isNull() && stored != value);
    };
    const bool isChanged = m_newRecord ? !value.isNull() || isChangedAt(index) : differs();
    if (isChanged && m_changed.isEmpty())
        m_changed.resize(m_values.size()); // allocated on the first change: most loaded rows never change
    if (!m_changed.isEmpty())
        m_changed.setBit(index, isChanged);
}

Status Instance::set(const QVariantMap &values)
{
    // One pass over the map (its nodes are scattered in memory), then the values set from where they are.
    QVarLengthArray<std::pair<int, const QVariant *>, 32> found;
    found.reserve(values.size());
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const int index = indexOf(it.key());
        if (index < 0)
            return fail(Error::Kind::InvalidQuery,
                        QStringLiteral("'%1' is not an attribute of the model %2")
                                .arg(it.key().left(80), m_model ? m_model->definition.name() : QString()));
        found.append({index, &it.value()});
    }
    for (const auto &[index, value] : found)
        setAt(index, *value);
    return {};
}

bool Instance::isNewRecord() const
{
    return m_newRecord;
}

bool Instance::changed() const
{
    return !m_changed.isEmpty() && m_changed.count(true) > 0;
}

bool Instance::changed(const QString &attribute) const
{
    const int index = indexOf(attribute);
    return index >= 0 && isChangedAt(index);
}

QStringList Instance::changedAttributes() const
{
    QStringList names;
    for (int i = 0; i < m_changed.size(); ++i) {
        if (isChangedAt(i))
            names << m_model->definition.attribute(i).name;
    }
    return names;
}

QVariant Instance::previous(const QString &attribute) const
{
    const int index = indexOf(attribute);
    return index >= 0 ? m_previous.value(index) : QVariant();
}

QVariantMap Instance::values() const
{
    QVariantMap map;
    if (!m_model)
        return map;
    for (int i = 0; i < m_values.size(); ++i)
        map.insert(m_model->definition.attribute(i).name, m_values.at(i));
    if (m_extras) {
        for (const auto &[name, value] : m_extras->aliases)
            map.insert(name, value);
    }
    return map;
}

QList<Instance> Instance::related(const QString &as) const
{
    if (!m_extras)
        return {};
    for (const Related &r : m_extras->related) {
        if (r.as == as && !as.isEmpty())
            return r.rows;
    }
    return {};
}

Instance Instance::relatedOne(const QString &as) const
{
    const QList<Instance> rows = related(as);
    return rows.isEmpty() ? Instance() : rows.first();
}

bool Instance::isIncluded(const QString &as) const
{
    return m_extras && std::any_of(m_extras->related.begin(), m_extras->related.end(), [&](const Related &r) {
               return r.as == as;
           });
}

Instance Instance::through() const
{
    if (!m_extras)
        return {};
    for (const Related &r : m_extras->related) {
        if (r.as.isEmpty())
            return r.rows.value(0);
    }
    return {};
}

void Instance::setRelated(const QString &as, bool toMany, const QList<Instance> &rows)
{
    if (!m_extras)
        m_extras = new Extras;
    for (Related &r : m_extras->related) {
        if (r.as == as) {
            r.toMany = toMany;
            r.rows = rows;
            return;
        }
    }
    m_extras->related.append(Related{as, toMany, rows});
}

void Instance::addAlias(const QString &name, QVariant &&value)
{
    if (!m_extras)
        m_extras = new Extras;
    m_extras->aliases.append({name, std::move(value)});
}

QJsonObject Instance::toJson() const
{
    QJsonObject json;
    const QVariantMap map = values();
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QVariant &v = it.value();
        switch (v.typeId()) {
        case QMetaType::QDateTime:
            json.insert(it.key(), v.toDateTime().toUTC().toString(Qt::ISODateWithMs));
            break;
        case QMetaType::QDate:
            json.insert(it.key(), v.toDate().toString(Qt::ISODate));
            break;
        case QMetaType::QTime:
            json.insert(it.key(), v.toTime().toString(QStringLiteral("HH:mm:ss")));
            break;
        case QMetaType::QByteArray:
            json.insert(it.key(), QString::fromLatin1(v.toByteArray().toBase64()));
            break;
        default:
            json.insert(it.key(), v.isNull() ? QJsonValue() : QJsonValue::fromVariant(v));
        }
    }
    // Included rows nest as Sequelize's toJSON() nests them: arrays for to-many, an object or null for to-one,
    // and a belongsToMany row's join row under the join model's name.
    const QList<Related> related = m_extras ? m_extras->related : QList<Related>();
    for (const Related &r : related) {
        if (r.as.isEmpty()) {
            if (!r.rows.isEmpty() && !r.rows.first().isNull())
                json.insert(r.rows.first().model().name(), r.rows.first().toJson());
        } else if (r.toMany) {
            QJsonArray rows;
            for (const Instance &row : r.rows)
                rows.append(row.toJson());
            json.insert(r.as, rows);
        } else {
            json.insert(r.as, r.rows.isEmpty() ? QJsonValue() : QJsonValue(r.rows.first().toJson()));
        }
    }
    return json;
}

QVariantList Instance::primaryKey() const
{
    QVariantList key;
    if (!m_model)
        return key;
    for (int i : m_model->definition.primaryKey())
        key << m_values.at(i);
    return key;
}

QList<int> Instance::fieldsToWrite() const
{
    if (m_newRecord && m_model && m_values.size() == m_model->definition.allIndexes().size())
        return m_model->definition.allIndexes(); // shared, not built again for each row of a batch
    QList<int> fields;
    fields.reserve(m_newRecord ? m_values.size() : 4);
    for (int i = 0; i < m_values.size(); ++i) {
        if (m_newRecord || isChangedAt(i))
            fields << i;
    }
    return fields;
}

Status Instance::validateFields(const QList<int> &fields)
{
    const QList<ValidationItem> items = m_model->validationItems(*this, fields);
    if (items.isEmpty())
        return {};
    return std::unexpected(validationError(items));
}

Status Instance::validate(Scope scope)
{
    if (!m_model)
        return fail(Error::Kind::InvalidQuery, QStringLiteral("validate() on a null instance"));
    return m_model->validate(*this, scope, nullptr);
}

Status Instance::save(Validate validate)
{
    if (!m_model)
        return fail(Error::Kind::InvalidQuery, QStringLiteral("save() on a null instance"));
    auto db = m_model->db();
    if (!db)
        return std::unexpected(db.error());
    if (!m_newRecord && !changed()
        && !m_model->hasHooks({HookEvent::BeforeValidate, HookEvent::BeforeUpdate, HookEvent::BeforeSave}))
        return {};
    const bool creating = m_newRecord;
    const HookEvent before = creating ? HookEvent::BeforeCreate : HookEvent::BeforeUpdate;
    const HookEvent after = creating ? HookEvent::AfterCreate : HookEvent::AfterUpdate;
    // The hooks run inside the operation's transaction, so that one that fails undoes what the others wrote. It
    // starts with the first statement a hook runs: most only change the instance.
    std::optional<ScopedTransaction> transaction;
    if (m_model->hasHooks({HookEvent::BeforeValidate, HookEvent::AfterValidate, HookEvent::ValidationFailed, before,
                           after, HookEvent::BeforeSave, HookEvent::AfterSave})) {
        transaction.emplace(**db, TransactionOptions{}, ScopedTransaction::Start::Deferred);
        if (!transaction->begun())
            return transaction->begun();
    }
    const Instance original = *this;
    auto restoreOnFailure = [&](Status status) {
        if (!status)
            *this = original;
        return status;
    };
    if (validate == Validate::Run) {
        if (auto r = this->validate(); !r)
            return restoreOnFailure(r);
    } else if (auto r = m_model->checkStorable(*this); !r) {
        return restoreOnFailure(r);
    }
    HookContext context;
    context.instance = this;
    if (auto r = m_model->runHooks(before, context); !r)
        return restoreOnFailure(r);
    if (auto r = m_model->runHooks(HookEvent::BeforeSave, context); !r)
        return restoreOnFailure(r);
    // When no hook wrote and none runs after it, the write is alone, and a statement alone is atomic: as without
    // hooks, it runs outside any transaction of its own.
    if (transaction && !m_model->hasHooks({after, HookEvent::AfterSave}))
        transaction->skipIfUnstarted();
    if (auto r = write(); !r)
        return restoreOnFailure(r);
    if (auto r = m_model->runHooks(after, context); !r)
        return restoreOnFailure(r);
    if (auto r = m_model->runHooks(HookEvent::AfterSave, context); !r)
        return restoreOnFailure(r);
    if (transaction)
        return restoreOnFailure(transaction->commit());
    return {};
}

Status Instance::write()
{
    auto db = m_model->db();
    if (!db)
        return std::unexpected(db.error());
    const ModelDefinition &def = m_model->definition;
    const bool stamped = def.createdAtIndex() >= 0 || def.updatedAtIndex() >= 0;
    const QDateTime now = stamped ? QDateTime::currentDateTimeUtc() : QDateTime(); // read the clock only for them

    if (m_newRecord) {
        QVariantList values = m_values;
        for (int stamp : {def.createdAtIndex(), def.updatedAtIndex()}) {
            if (stamp >= 0 && values.at(stamp).isNull())
                values[stamp] = now;
        }
        if (def.versionIndex() >= 0 && values.at(def.versionIndex()).isNull())
            values[def.versionIndex()] = 0;
        QList<int> attributes;
        QVariantList row;
        for (int i = 0; i < values.size(); ++i) {
            if (values.at(i).isNull())
                continue; // left to the column's default (an auto-incremented key, say)
            attributes << i;
            row << values.at(i);
        }
        auto storable = m_model->checkStorable(attributes, row);
        if (!storable)
            return storable;
        auto st = QueryBuilder(def, (*db)->dialect).insert(attributes, {row});
        if (!st)
            return std::unexpected(st.error());
        auto result = (*db)->execute(st->sql, st->bindings);
        if (!result)
            return std::unexpected(m_model->withAttributeNames(result.error()));
        if (result->rows.isEmpty())
            return fail(Error::Kind::Database, QStringLiteral("the insert returned no row"), st->sql);
        *this = m_model->fromRow(result->rows.first(), def.allIndexes(), {});
        return {};
    }

    if (!changed())
        return {};
    QList<std::pair<int, QVariant>> sets;
    QList<int> attributes;
    QVariantList row;
    for (int i = 0; i < m_values.size(); ++i) {
        if (isChangedAt(i)) {
            sets.append({i, m_values.at(i)});
            attributes << i;
            row << m_values.at(i);
        }
    }
    auto storable = m_model->checkStorable(attributes, row);
    if (!storable)
        return storable;
    QVariantList stored = m_values;
    if (def.updatedAtIndex() >= 0 && !isChangedAt(def.updatedAtIndex())) {
        sets.append({def.updatedAtIndex(), now});
        stored[def.updatedAtIndex()] = now;
    }
    // Optimistic locking: the row is changed only if its version is still the one this instance read.
    const int version = def.versionIndex();
    if (version >= 0)
        stored[version] = m_previous.at(version).toLongLong() + 1;
    auto st =
            m_model->updateByKey(sets, primaryKey(), version >= 0 ? &m_previous.at(version) : nullptr, (*db)->dialect);
    if (!st)
        return std::unexpected(st.error());
    auto result = (*db)->execute(st->sql, st->bindings);
    if (!result)
        return std::unexpected(m_model->withAttributeNames(result.error()));
    if (version >= 0 && result->affected == 0)
        return fail(Error::Kind::OptimisticLock,
                    QStringLiteral("the %1 was changed or deleted by someone else since it was read (version %2)")
                            .arg(def.name(), m_previous.at(version).toString()),
                    st->sql);
    m_values = stored;
    markStored();
    return {};
}

Status Instance::update(const QVariantMap &values)
{
    const Instance before = *this;
    auto set = this->set(values);
    if (!set)
        return set;
    auto saved = save();
    if (!saved)
        *this = before;
    return saved;
}

Status Instance::destroy(DestroyMode mode)
{
    if (!m_model)
        return fail(Error::Kind::InvalidQuery, QStringLiteral("destroy() on a null instance"));
    if (m_newRecord)
        return fail(Error::Kind::InvalidQuery, QStringLiteral("destroy() on an instance that was never saved"));
    return runWithHooks(HookEvent::BeforeDestroy, HookEvent::AfterDestroy, [&]() -> Status {
        const ModelDefinition &def = m_model->definition;
        auto done = m_model->destroyWhere(def.primaryKeyWhere(primaryKey()), mode);
        if (!done)
            return std::unexpected(done.error());
        if (def.isParanoid() && mode == DestroyMode::Soft) {
            m_values[def.deletedAtIndex()] = QDateTime::currentDateTimeUtc();
            m_previous[def.deletedAtIndex()] = m_values[def.deletedAtIndex()];
        }
        return {};
    });
}

Status Instance::restore()
{
    if (!m_model)
        return fail(Error::Kind::InvalidQuery, QStringLiteral("restore() on a null instance"));
    return runWithHooks(HookEvent::BeforeRestore, HookEvent::AfterRestore, [&]() -> Status {
        const ModelDefinition &def = m_model->definition;
        auto done = m_model->restoreWhere(def.primaryKeyWhere(primaryKey()));
        if (!done)
            return std::unexpected(done.error());
        m_values[def.deletedAtIndex()] = QVariant();
        m_previous[def.deletedAtIndex()] = QVariant();
        return {};
    });
}

Status Instance::runWithHooks(HookEvent before, HookEvent after, const std::function<Status()> &work)
{
    auto db = m_model->db();
    if (!db)
        return std::unexpected(db.error());
    std::optional<ScopedTransaction> transaction;
    if (m_model->hasHooks({before, after})) {
        transaction.emplace(**db);
        if (!transaction->begun())
            return transaction->begun();
    }
    const Instance original = *this;
    HookContext context;
    context.instance = this;
    Status status = m_model->runHooks(before, context);
    if (status)
        status = work();
    if (status)
        status = m_model->runHooks(after, context);
    if (status && transaction)
        status = transaction->commit();
    if (!status)
        *this = original;
    return status;
}

Status Instance::reload()
{
    if (!m_model)
        return fail(Error::Kind::InvalidQuery, QStringLiteral("reload() on a null instance"));
    const QVariantList key = primaryKey();
    auto found =
            model().findByPk(key.size() == 1 ? key.first() : QVariant(key), {.paranoid = Paranoid::IncludeDeleted});
    if (!found)
        return std::unexpected(found.error());
    if (found->isNull())
        return fail(Error::Kind::EmptyResult,
                    QStringLiteral("the %1 no longer exists in the database").arg(m_model->definition.name()));
    *this = *found;
    return {};
}

Status Instance::increment(const QVariantMap &amounts)
{
    if (!m_model)
        return fail(Error::Kind::InvalidQuery, QStringLiteral("increment() on a null instance"));
    auto done = model().increment(amounts, m_model->definition.primaryKeyWhere(primaryKey()));
    if (!done)
        return std::unexpected(done.error());
    return reload();
}

Status Instance::decrement(const QVariantMap &amounts)
{
    if (!m_model)
        return fail(Error::Kind::InvalidQuery, QStringLiteral("decrement() on a null instance"));
    auto done = model().decrement(amounts, m_model->definition.primaryKeyWhere(primaryKey()));
    if (!done)
        return std::unexpected(done.error());
    return reload();
}

} // namespace Orm
