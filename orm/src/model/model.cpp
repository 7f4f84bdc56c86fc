#include "core/storabletext_p.h"
#include "core/textchecks_p.h"
#include "core/values_p.h"
#include "core/variantaccess_p.h"
#include "database/databaseprivate_p.h"
#include "database/scopedtransaction_p.h"
#include "model/association_p.h"
#include "model/bulkcreate_p.h"
#include "model/modelprivate_p.h"
#include "model/rowbuilder_p.h"
#include "model/validation_p.h"

#include <orm/model.h>
#include <orm/querybuilder.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <optional>

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
            if (VariantAccess::typeId(row.at(c)) != Dialect::canonicalType(type))
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

namespace {

// The model's hooks of the event, then the database's global ones.
QList<Hook> hooksOf(const ModelPrivate &model, HookEvent event)
{
    QList<Hook> all = model.hooks.hooks(event);
    if (const auto d = model.database.lock())
        all += d->hooks.hooks(event);
    return all;
}

[[nodiscard]] Status run(const QList<Hook> &hooks, HookEvent event, const Model &model, HookContext &context)
{
    context.event = event;
    context.model = &model;
    for (const Hook &hook : hooks) {
        auto r = hook(context);
        if (!r)
            return r;
    }
    return {};
}

} // namespace

Status ModelPrivate::runHooks(HookEvent event, HookContext &context) const
{
    const QList<Hook> all = hooksOf(*this, event);
    if (all.isEmpty())
        return {};
    return run(all, event, Model(shared_from_this()), context);
}

ModelPrivate::ValidationHooks ModelPrivate::validationHooks() const
{
    return {.before = hooksOf(*this, HookEvent::BeforeValidate),
            .after = hooksOf(*this, HookEvent::AfterValidate),
            .failed = hooksOf(*this, HookEvent::ValidationFailed),
            .model = Model(shared_from_this())};
}

Status ModelPrivate::validate(Instance &instance, Instance::Scope scope, const ValidationHooks *hooks,
                              const QList<int> *only) const
{
    HookContext context;
    context.instance = &instance;
    // Without a batch's hooks, each event's are looked up when it comes (a hook may add or remove others).
    const auto fire = [&](HookEvent event, QList<Hook> ValidationHooks::*batchHooks) {
        return hooks ? run(hooks->*batchHooks, event, hooks->model, context) : runHooks(event, context);
    };
    if (auto r = fire(HookEvent::BeforeValidate, &ValidationHooks::before); !r)
        return r;
    // The fields are chosen after beforeValidate, which may have set some (a derived attribute, say).
    QList<int> fields;
    if (only) {
        fields = *only;
    } else if (scope == Instance::Scope::All) {
        for (int i = 0; i < instance.m_values.size(); ++i)
            fields << i;
    } else {
        fields = instance.fieldsToWrite();
    }
    Status validated;
    if (only) {
        if (const QList<ValidationItem> items = validationItems(instance, fields, ModelRules::Skip); !items.isEmpty())
            validated = std::unexpected(validationError(items));
    } else {
        validated = instance.validateFields(fields);
    }
    if (!validated) {
        const Error error = validated.error();
        context.error = &error;
        if (auto r = fire(HookEvent::ValidationFailed, &ValidationHooks::failed); !r)
            return r;
        return validated;
    }
    return fire(HookEvent::AfterValidate, &ValidationHooks::after);
}

Status ModelPrivate::validateUpdate(QVariantMap &values) const
{
    // As Sequelize does: an instance is built from the values; the validation hooks run on it, with the rules of
    // the attributes set only (the others are not written); what the hooks made of those attributes is written.
    Instance probe(shared_from_this());
    if (auto r = probe.set(values); !r)
        return r;
    QList<int> fields;
    fields.reserve(values.size());
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        fields << definition.indexOf(it.key());
    if (auto r = validate(probe, Instance::Scope::Written, nullptr, &fields); !r)
        return r;
    qsizetype i = 0;
    for (auto it = values.begin(); it != values.end(); ++it, ++i)
        it.value() = probe.m_values.at(fields.at(i));
    return {};
}

bool ModelPrivate::hasHooks(std::initializer_list<HookEvent> events) const
{
    const auto d = database.lock();
    return std::any_of(events.begin(), events.end(),
                       [&](HookEvent e) { return hooks.has(e) || (d && d->hooks.has(e)); });
}

namespace {

// Whether a value's text has at most length characters.
bool fitsLength(const QVariant &value, int type, int length)
{
    QString spare;
    if (type != QMetaType::QString)
        spare = value.toString();
    const QStringView text = type == QMetaType::QString ? *static_cast<const QString *>(value.constData()) : spare;
    return text.size() <= length || (text.size() <= 2 * qsizetype(length) && characterCount(text) <= length);
}

// The check of a value against its attribute's type, done before any SQL so that both databases refuse the same
// values with the same message (SQLite would store "abc" in an INTEGER column, PostgreSQL would refuse it).
std::optional<ValidationItem> typeProblem(const Attribute &a, const QVariant &value)
{
    const auto item = [&](const QString &rule, const QString &message) {
        ValidationItem i;
        i.attribute = a.name;
        i.rule = rule;
        i.message = message;
        i.value = value;
        return std::optional<ValidationItem>(i);
    };
    const int type = VariantAccess::typeId(value);
    bool ok = false;
    switch (a.type.kind) {
    case DataType::Kind::Integer:
    case DataType::Kind::BigInt: {
        if (type == QMetaType::Int || (type == QMetaType::LongLong && a.type.kind == DataType::Kind::BigInt))
            return std::nullopt; // the common cases, in range by their type
        if (type == QMetaType::Bool)
            return item(QStringLiteral("isInt"),
                        QCoreApplication::translate("Orm::Validator", "%1 must be a whole number").arg(a.name));
        const QVariant n = Values::toInteger(value);
        if (n.typeId() != QMetaType::LongLong)
            return item(QStringLiteral("isInt"),
                        QCoreApplication::translate("Orm::Validator", "%1 must be a whole number").arg(a.name));
        if (a.type.kind == DataType::Kind::Integer && (n.toLongLong() > 2147483647LL || n.toLongLong() < -2147483648LL))
            return item(QStringLiteral("isInt"),
                        QCoreApplication::translate("Orm::Validator", "%1 is too large for an INTEGER").arg(a.name));
        return std::nullopt;
    }
    case DataType::Kind::Float:
    case DataType::Kind::Double:
    case DataType::Kind::Decimal:
        if (type == QMetaType::Double) {
            if (!std::isfinite(*static_cast<const double *>(value.constData())))
                return item(QStringLiteral("isFloat"),
                            QCoreApplication::translate("Orm::Validator", "%1 must be a finite number").arg(a.name));
            return std::nullopt;
        }
        ok = type == QMetaType::Int || type == QMetaType::LongLong;
        if (!ok)
            value.toString().toDouble(&ok);
        if (!ok)
            return item(QStringLiteral("isFloat"),
                        QCoreApplication::translate("Orm::Validator", "%1 must be a number").arg(a.name));
        if (!std::isfinite(value.toDouble()))
            return item(QStringLiteral("isFloat"),
                        QCoreApplication::translate("Orm::Validator", "%1 must be a finite number").arg(a.name));
        return std::nullopt;
    case DataType::Kind::Boolean: {
        static const QStringList accepted = {QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("1"),
                                             QStringLiteral("0")};
        if (type != QMetaType::Bool && !accepted.contains(value.toString().toLower()))
            return item(QStringLiteral("isBoolean"),
                        QCoreApplication::translate("Orm::Validator", "%1 must be true or false").arg(a.name));
        return std::nullopt;
    }
    case DataType::Kind::Date:
        if (!Values::toDateTime(value).isValid())
            return item(QStringLiteral("isDate"),
                        QCoreApplication::translate("Orm::Validator", "%1 must be a date").arg(a.name));
        return std::nullopt;
    case DataType::Kind::DateOnly:
        if (!Values::toDate(value).isValid())
            return item(QStringLiteral("isDate"),
                        QCoreApplication::translate("Orm::Validator", "%1 must be a date").arg(a.name));
        return std::nullopt;
    case DataType::Kind::Time:
        if (!Values::toTime(value).isValid())
            return item(QStringLiteral("isTime"),
                        QCoreApplication::translate("Orm::Validator", "%1 must be a time of day").arg(a.name));
        return std::nullopt;
    case DataType::Kind::Enum:
        if (!a.type.values.contains(value.toString()))
            return item(QStringLiteral("isIn"),
                        QCoreApplication::translate("Orm::Validator", "%1 must be one of: %2")
                                .arg(a.name, a.type.values.join(QStringLiteral(", "))));
        return std::nullopt;
    case DataType::Kind::Uuid:
        if (QUuid::fromString(value.toString()).isNull())
            return item(QStringLiteral("isUUID"),
                        QCoreApplication::translate("Orm::Validator", "%1 must be a UUID").arg(a.name));
        return std::nullopt;
    case DataType::Kind::String:
    case DataType::Kind::Char:
        // VARCHAR(n) is enforced by PostgreSQL and not by SQLite: checked here so that both refuse the same text.
        // n counts characters: a text of no more UTF-16 units than that is within it, and is not counted.
        if (a.type.length > 0 && !fitsLength(value, type, a.type.length))
            return item(QStringLiteral("len"),
                        QCoreApplication::translate("Orm::Validator", "%1 is longer than %2 characters")
                                .arg(a.name)
                                .arg(a.type.length));
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

} // namespace

QList<ValidationItem> ModelPrivate::validationItems(const Instance &instance, const QList<int> &fields,
                                                    ModelRules modelRules) const
{
    QList<ValidationItem> items;
    for (int i : fields) {
        const Attribute &a = definition.attribute(i);
        const QVariant &value = instance.m_values.at(i);
        if (VariantAccess::isNull(value)) {
            // Filled in by the database or by save(): an auto-incremented key, the timestamps and the version.
            const bool filledLater = a.autoIncrement || i == definition.createdAtIndex()
                    || i == definition.updatedAtIndex() || i == definition.versionIndex();
            if (!a.allowNull && !filledLater) {
                ValidationItem item;
                item.attribute = a.name;
                item.rule = QStringLiteral("notNull");
                // Sequelize's message names the model too, unless the attribute's notNull rule gives one.
                const auto rule = std::find_if(a.validate.cbegin(), a.validate.cend(),
                                               [](const Validator &v) { return v.rule() == u"notNull"; });
                item.message = rule != a.validate.cend() && !rule->message().isEmpty()
                        ? rule->message()
                        : QCoreApplication::translate("Orm::Validator", "%1.%2 cannot be null")
                                  .arg(definition.name(), a.name);
                items << item;
            }
            continue;
        }
        const QString problem = textProblem(value);
        if (!problem.isEmpty()) {
            ValidationItem item;
            item.attribute = a.name;
            item.rule = QStringLiteral("storableText");
            item.message = QCoreApplication::translate("Orm::Validator", "%1 cannot be stored: it contains %2")
                                   .arg(a.name, problem);
            item.value = value.toString().left(200);
            items << item;
            continue;
        }
        if (auto typed = typeProblem(a, value)) {
            items << *typed;
            continue;
        }
        for (const Validator &v : a.validate) {
            const QString message = v.check(value, instance, a.name);
            if (message.isEmpty())
                continue;
            ValidationItem item;
            item.attribute = a.name;
            item.rule = v.rule();
            item.arguments = v.arguments();
            item.message = message;
            item.value = value;
            item.origin = v.isCustom() ? ValidationItem::Origin::Function : ValidationItem::Origin::Core;
            items << item;
        }
    }
    if (modelRules == ModelRules::Skip)
        return items;
    for (const ModelValidator &v : definition.options().validate) {
        const QString message = v.check ? v.check(instance) : QString();
        if (message.isEmpty())
            continue;
        ValidationItem item;
        item.rule = v.name;
        item.message = message;
        item.origin = ValidationItem::Origin::Function;
        items << item;
    }
    return items;
}

Error validationError(const QList<ValidationItem> &items)
{
    QStringList messages;
    for (const ValidationItem &item : items)
        messages << (item.row >= 0 ? QStringLiteral("row %1: ").arg(item.row + 1) : QString()) + item.message;
    return Error(Error::Kind::Validation, messages.join(QStringLiteral("; "))).setItems(items);
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

RowBuilder::RowBuilder(std::shared_ptr<const ModelPrivate> model) : m_model(std::move(model))
{
    const auto &attributes = m_model->definition.attributes();
    for (int i = 0; i < attributes.size(); ++i) {
        if (attributes[i].defaultValue.isSet())
            m_defaults << i;
    }
}

int RowBuilder::indexOf(qsizetype position, const QString &key)
{
    if (position < m_keys.size()) {
        const auto &[known, index] = m_keys.at(position);
        if ((known.constData() == key.constData() && known.size() == key.size()) || known == key)
            return index;
    }
    const int index = m_model->definition.indexOf(key);
    if (position < m_keys.size())
        m_keys[position] = {key, index};
    else
        m_keys.append({key, index});
    return index;
}

QBitArray RowBuilder::Attributes::toBits(int count) const
{
    QBitArray bits(count);
    for (int i = 0; i < count; ++i) {
        if (contains(i))
            bits.setBit(i);
    }
    return bits;
}

Result<Instance> RowBuilder::build(const QVariantMap &values)
{
    Instance instance(m_model);
    QVariant *slots = instance.m_values.data();
    const auto count = int(instance.m_values.size());
    m_set.clear(count);
    for (int i : std::as_const(m_defaults)) {
        slots[i] = m_model->definition.attribute(i).defaultValue.generate();
        m_set.insert(i);
    }
    // The values are set as set() would on a new record: changed when not null (the defaults are no change).
    m_changed.clear(count);
    qsizetype position = 0;
    for (auto it = values.cbegin(); it != values.cend(); ++it, ++position) {
        const int index = indexOf(position, it.key());
        if (index < 0 || index >= count)
            return fail(Error::Kind::InvalidQuery,
                        QStringLiteral("'%1' is not an attribute of the model %2")
                                .arg(it.key().left(80), m_model->definition.name()));
        if (m_set.contains(index)) {
            slots[index] = it.value();
        } else {
            VariantAccess::copyConstruct(&slots[index], it.value()); // over a null value: nothing to release
            m_set.insert(index);
        }
        if (!VariantAccess::isNull(it.value()))
            m_changed.insert(index);
    }
    // Rows of a batch usually change the same attributes: they share one set of bits.
    if (!m_changed.isEmpty()) {
        if (m_changed != m_lastChanged) {
            m_lastChanged = m_changed;
            m_sharedChanged = m_changed.toBits(count);
        }
        instance.m_changed = m_sharedChanged;
    }
    return instance;
}

namespace {

// Starts reading a map that will be walked soon. Its nodes, allocated one after the other when it was filled,
// follow its shared data in memory, but in another order than the walk's: walking them in a batch of rows that
// no longer fits in the caches waits on memory at every step, unless they are read ahead.
void prefetchMap(const QVariantMap &map)
{
    static_assert(sizeof(QVariantMap) == sizeof(void *)); // its only member: the pointer to its shared data
    const char *data = nullptr;
    std::memcpy(&data, static_cast<const void *>(&map), sizeof data);
    if (!data)
        return;
    for (int offset = 0; offset < 2048; offset += 64) // about what a row of twenty values takes
        __builtin_prefetch(data + offset);
}

// Starts reading the shared data of a map's texts (their reference counts), once its nodes are in cache: a row's
// texts were allocated apart from its nodes, and copying a text into the instance changes its count.
void prefetchMapTexts(const QVariantMap &map)
{
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        VariantAccess::prefetchTextCount(it.value());
}

} // namespace

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
    return BulkCreate(d, options).run(rows.size(), [&](qsizetype r) {
        if (r + 4 < rows.size())
            prefetchMap(rows.at(r + 4));
        if (r + 2 < rows.size())
            prefetchMapTexts(rows.at(r + 2));
        return rowBuilder.build(rows.at(r));
    });
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

std::optional<Result<Instance>> ModelPrivate::findByKey(const QVariantList &keys, Paranoid paranoid,
                                                        OnEmpty onEmpty) const
{
    auto d = db();
    if (!d)
        return std::unexpected(d.error());
    KeyLookup lookup;
    {
        QMutexLocker lock(&keyLookupMutex);
        KeyLookup &cached = keyLookups[paranoid == Paranoid::IncludeDeleted ? 1 : 0];
        if (cached.sql.isEmpty()) {
            // Built with placeholder values: the where of a key renders "= ?" for any value but null.
            const QVariantList placeholders(keys.size(), QVariant(0));
            auto st = QueryBuilder(definition, (*d)->dialect)
                              .select({.where = definition.primaryKeyWhere(placeholders),
                                       .limit = 1,
                                       .paranoid = paranoid},
                                      &cached.columns);
            if (!st)
                return std::unexpected(st.error());
            if (st->bindings.size() != keys.size() + 1)
                return std::nullopt;
            cached.sql = st->sql;
        }
        lookup = cached;
    }
    if (std::any_of(keys.begin(), keys.end(), [](const QVariant &k) { return k.isNull(); }))
        return std::nullopt; // a null key renders "IS NULL"
    // Each key in its stored form, as the general path binds it (a QUuid or a QDateTime is text in SQLite).
    QVariantList bindings;
    bindings.reserve(keys.size() + 1);
    const QList<int> &key = definition.primaryKey();
    for (qsizetype k = 0; k < keys.size(); ++k)
        bindings << (*d)->dialect.toDatabase(keys.at(k), definition.attribute(key.at(k)).type);
    bindings << qlonglong(1);
    Instance found;
    const Dialect &dialect = (*d)->dialect;
    auto read = (*d)->execute(lookup.sql, bindings, [&](QVariantList &row) -> Status {
        found = fromRow(std::move(row), lookup.columns, {}, dialect);
        return {};
    });
    if (!read)
        return std::unexpected(withAttributeNames(read.error()));
    if (found.isNull() && onEmpty == OnEmpty::Reject)
        return fail(Error::Kind::EmptyResult, QStringLiteral("no %1 matches the query").arg(definition.name()),
                    lookup.sql);
    return found;
}

Result<Statement> ModelPrivate::updateByKey(const QList<std::pair<int, QVariant>> &sets, const QVariantList &keys,
                                            const QVariant *version, const Dialect &dialect) const
{
    // The values in the order the statement binds them: the version's increment, the values set, the key, the
    // version read.
    const int versionIndex = definition.versionIndex();
    const QList<int> &key = definition.primaryKey();
    QVariantList bindings;
    QList<int> shape;
    if (version)
        bindings << dialect.toDatabase(1, definition.attribute(versionIndex).type);
    for (const auto &[index, value] : sets) {
        bindings << dialect.toDatabase(value, definition.attribute(index).type);
        shape << index;
    }
    const qsizetype compared = bindings.size();
    for (qsizetype k = 0; k < key.size() && k < keys.size(); ++k)
        bindings << dialect.toDatabase(keys.at(k), definition.attribute(key.at(k)).type);
    if (version) {
        bindings << dialect.toDatabase(*version, definition.attribute(versionIndex).type);
        shape << -1;
    }
    // A compared value renders "= ?" unless it is null (IS NULL) or a fraction (which may be cast): only the
    // others share a statement.
    const bool shared = keys.size() == key.size()
            && std::all_of(bindings.cbegin() + compared, bindings.cend(), [](const QVariant &v) {
                            return !VariantAccess::isNull(v) && VariantAccess::typeId(v) != QMetaType::Double;
                        });
    if (shared) {
        QMutexLocker lock(&keyLookupMutex);
        if (const auto it = updates.constFind(shape); it != updates.cend())
            return Statement{*it, bindings};
    }
    Where where = definition.primaryKeyWhere(keys);
    QList<std::pair<int, QVariant>> increments;
    if (version) {
        where = where && (col(definition.attribute(versionIndex).name) == Expr::fromValue(*version));
        increments.append({versionIndex, 1});
    }
    auto st = QueryBuilder(definition, dialect).increment(increments, sets, where);
    // Kept only when it binds what the shared statement will be given.
    if (st && shared && st->bindings == bindings) {
        QMutexLocker lock(&keyLookupMutex);
        if (updates.size() >= 64)
            updates.clear(); // a model saved with many sets of attributes: start over
        updates.insert(shape, st->sql);
    }
    return st;
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
    const QVariantList keys = pk.size() > 1 ? key.toList() : QVariantList{key};
    if (keys.size() != pk.size())
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
            return *found;
    }
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

void Model::addHook(HookEvent event, const Hook &hook, const QString &name) const
{
    if (d)
        d->hooks.add(event, hook, name);
}

int Model::removeHook(HookEvent event, const QString &name) const
{
    return d ? d->hooks.remove(event, name) : 0;
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
    HookContext hookContext;
    if (auto r = d->runHooks(HookEvent::BeforeSync, hookContext); !r)
        return std::unexpected(r.error());
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
    if (auto r = d->runHooks(HookEvent::AfterSync, hookContext); !r)
        return std::unexpected(r.error());
    auto committed = transaction.commit();
    if (!committed)
        return std::unexpected(committed.error());
    return report;
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
