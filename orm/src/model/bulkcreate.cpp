#include "core/sqlcomments_p.h"
#include "database/databaseprivate_p.h"
#include "database/scopedtransaction_p.h"
#include "model/bulkcreate_p.h"
#include "model/validation_p.h"

#include <orm/model.h>
#include <orm/querybuilder.h>

#include <QRegularExpression>

#include <algorithm>

namespace Orm {

namespace {

// Starts reading the value list of a row, then (once it is in cache) its texts: a batch's rows are written
// long after they were built, when their memory has left the caches.
void prefetchValues(const QVariantList &values)
{
    const auto *data = reinterpret_cast<const char *>(values.constData());
    for (size_t offset = 0; offset < size_t(values.size()) * sizeof(QVariant); offset += 64)
        __builtin_prefetch(data + offset);
}

void prefetchTexts(const QVariantList &values)
{
    for (const QVariant &value : values) {
        if (value.typeId() == QMetaType::QString)
            __builtin_prefetch(static_cast<const QString *>(value.constData())->constData());
    }
}

} // namespace

BulkCreate::BulkCreate(std::shared_ptr<const ModelPrivate> model, const BulkCreateOptions &options, Keys keys)
    : m_model(std::move(model)),
      m_definition(m_model->definition),
      m_options(options),
      m_keys(keys)
{
}

Instance BulkCreate::newInstance(std::shared_ptr<const ModelPrivate> model, QVariantList &&values,
                                 const QBitArray &changed)
{
    Instance instance;
    instance.m_model = std::move(model);
    instance.m_values = std::move(values);
    instance.m_changed = changed;
    return instance;
}

QVariant BulkCreate::keyOf(const Instance &instance)
{
    const QList<int> &key = instance.m_model->definition.primaryKey();
    if (key.size() == 1)
        return instance.m_values.at(key.first());
    QVariantList values;
    for (int i : key)
        values << instance.m_values.at(i);
    return values;
}

QVariantList BulkCreate::takeValues(Instance &instance)
{
    instance.m_previous.clear();
    QVariantList values = std::move(instance.m_values);
    instance = Instance();
    return values;
}

Result<QList<Instance>> BulkCreate::run(qsizetype count, const RowSource &rowAt)
{
    auto database = m_model->db();
    if (!database)
        return std::unexpected(database.error());
    m_database = *database;
    if (auto checked = checkOptions(); !checked)
        return std::unexpected(checked.error());
    // A hook after the insert sees the rows as stored, their keys with them.
    if (m_keys == Keys::Skip
        && (m_model->hasHooks({HookEvent::AfterBulkCreate})
            || (m_options.individualHooks == IndividualHooks::On
                && m_model->hasHooks({HookEvent::AfterCreate, HookEvent::AfterSave}))))
        m_keys = Keys::Read;

    ScopedTransaction transaction(*m_database);
    if (!transaction.begun())
        return std::unexpected(transaction.begun().error());
    auto built = buildAndValidate(count, rowAt);
    if (!built)
        return built;
    if (auto before = runBeforeHooks(*built); !before)
        return std::unexpected(before.error());
    stamp(*built);
    auto stored = insert(std::move(*built));
    if (!stored)
        return stored;
    if (auto after = runAfterHooks(*stored); !after)
        return std::unexpected(after.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return stored;
}

Status BulkCreate::checkOptions() const
{
    // The names of the options are checked before anything is sent (the transaction's BEGIN included).
    for (const QStringList *names : {&m_options.updateOnDuplicate, &m_options.conflictFields}) {
        for (const QString &name : *names) {
            if (m_definition.indexOf(name) < 0)
                return fail(Error::Kind::InvalidQuery,
                            QStringLiteral("'%1' is not an attribute of the model %2")
                                    .arg(name.left(80), m_definition.name()));
        }
    }
    return {};
}

Status BulkCreate::validateRow(qsizetype r, Instance &instance)
{
    QList<ValidationItem> items;
    if (m_options.validate == Validate::Run) {
        if (m_validationHooks) {
            auto validated = m_model->validate(instance, Instance::Scope::Written, &m_hooks);
            if (!validated && validated.error().kind() != Error::Kind::Validation)
                return validated;
            if (!validated)
                items = validated.error().items();
        } else {
            items = m_model->validationItems(instance, instance.fieldsToWrite());
        }
    } else if (auto storable = m_model->checkStorable(instance); !storable) {
        items = storable.error().items();
    }
    // Walked as const: a non-const walk detaches, and detaching even an empty list allocates.
    for (const ValidationItem &item : std::as_const(items)) {
        m_failures << item;
        m_failures.last().row = r;
    }
    return {};
}

Result<QList<Instance>> BulkCreate::buildAndValidate(qsizetype count, const RowSource &rowAt)
{
    m_validationHooks =
            m_model->hasHooks({HookEvent::BeforeValidate, HookEvent::AfterValidate, HookEvent::ValidationFailed});
    if (m_validationHooks)
        m_hooks = m_model->validationHooks();
    // Every row is validated (or at least checked for text no database can hold) before any is written, and a row
    // that cannot be built refuses the whole batch. Without a beforeBulkCreate hook (which sees every built row
    // before validation), each row is validated as soon as it is built, while its values are in cache.
    const bool validateWhileBuilding = !m_model->hasHooks({HookEvent::BeforeBulkCreate});
    QList<Instance> built;
    built.reserve(count);
    for (qsizetype r = 0; r < count; ++r) {
        auto instance = rowAt(r);
        if (!instance) {
            const Error e = instance.error();
            return std::unexpected(Error(e.kind(), QStringLiteral("row %1: %2").arg(r + 1).arg(e.message())));
        }
        if (validateWhileBuilding) {
            if (auto validated = validateRow(r, *instance); !validated)
                return std::unexpected(validated.error());
        }
        built << std::move(*instance);
    }
    if (!validateWhileBuilding) {
        HookContext context;
        context.instances = &built;
        if (auto r = m_model->runHooks(HookEvent::BeforeBulkCreate, context); !r)
            return std::unexpected(r.error());
        for (qsizetype r = 0; r < built.size(); ++r) {
            if (auto validated = validateRow(r, built[r]); !validated)
                return std::unexpected(validated.error());
        }
    }
    if (!m_failures.isEmpty())
        return std::unexpected(validationError(m_failures));
    return built;
}

Status BulkCreate::runBeforeHooks(QList<Instance> &rows)
{
    if (m_options.individualHooks != IndividualHooks::On)
        return {};
    for (Instance &instance : rows) {
        HookContext each;
        each.instance = &instance;
        if (auto r = m_model->runHooks(HookEvent::BeforeCreate, each); !r)
            return r;
        if (auto r = m_model->runHooks(HookEvent::BeforeSave, each); !r)
            return r;
    }
    // These hooks run after validation and may set text that no database holds: as save() does, it is refused
    // with its attribute and row before anything is written.
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (auto storable = m_model->checkStorable(rows[r]); !storable) {
            for (const ValidationItem &item : storable.error().items()) {
                m_failures << item;
                m_failures.last().row = r;
            }
        }
    }
    if (!m_failures.isEmpty())
        return std::unexpected(validationError(m_failures));
    return {};
}

void BulkCreate::stamp(QList<Instance> &rows) const
{
    const int stamps[] = {m_definition.createdAtIndex(), m_definition.updatedAtIndex()};
    if (stamps[0] < 0 && stamps[1] < 0)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (Instance &instance : rows) {
        for (int stamp : stamps) {
            if (stamp >= 0 && instance.m_values.at(stamp).isNull())
                instance.m_values[stamp] = now;
        }
    }
}

Result<QList<Instance>> BulkCreate::insert(QList<Instance> &&rows)
{
    const ModelDefinition &def = m_definition;
    // Rows are grouped by the attributes they carry (usually one group), so that a missing value is left to
    // the column's default rather than sent as NULL. Only the auto-incremented attribute (a model has one at
    // most) is left out when null: a row's group is whether it carries it.
    const auto generated = std::find_if(def.attributes().cbegin(), def.attributes().cend(),
                                        [](const Attribute &a) { return a.autoIncrement; })
            - def.attributes().cbegin();
    const bool hasGenerated = generated < def.attributes().size();
    QList<std::pair<QList<int>, QList<qsizetype>>> groups;
    qsizetype groupOf[2] = {-1, -1}; // by whether the row carries the generated attribute
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const bool carries = !hasGenerated || !rows[r].m_values.at(generated).isNull();
        if (groupOf[carries] < 0) {
            QList<int> present = def.allIndexes();
            if (!carries)
                present.removeOne(int(generated));
            groupOf[carries] = groups.size();
            groups.append({present, {}});
        }
        groups[groupOf[carries]].second.append(r);
    }
    // SQLite runs prepared INSERTs through its C API, binding each row's values where they are: every instance is
    // completed where it is. Otherwise each is replaced by the row the database returned for it.
    const bool prepared = m_database->dialect.kind() == Dialect::Kind::Sqlite && !m_options.ignoreDuplicates
            && m_options.updateOnDuplicate.isEmpty();
    if (prepared) {
        for (const auto &[attributes, members] : groups) {
            if (auto inserted = insertPrepared(rows, attributes, members); !inserted)
                return std::unexpected(inserted.error());
        }
        return std::move(rows);
    }
    QList<Instance> stored(rows.size());
    QList<bool> written(rows.size(), false);
    for (const auto &[attributes, members] : groups) {
        if (auto inserted = insertReturning(rows, attributes, members, stored, written); !inserted)
            return std::unexpected(inserted.error());
    }
    QList<Instance> result;
    result.reserve(stored.size());
    for (qsizetype r = 0; r < stored.size(); ++r) {
        if (written[r])
            result << std::move(stored[r]);
    }
    return result;
}

Status BulkCreate::insertPrepared(QList<Instance> &rows, const QList<int> &attributes, const QList<qsizetype> &members)
{
    const ModelDefinition &def = m_definition;
    const Dialect &dialect = m_database->dialect;
    // Every attribute but a missing key is written, so only the key needs to come back: as the rowid when the key
    // is the rowid, otherwise by RETURNING.
    const QList<int> &key = def.primaryKey();
    const bool keysAreRowids =
            key.size() == 1 && m_database->insertsGiveKeys(def.tableName(), def.attribute(key[0]).columnName());
    auto statements = preparedStatements(attributes, keysAreRowids);
    if (!statements)
        return std::unexpected(statements.error());
    const qsizetype perBatch = statements->perBatch;
    // The instance holds what the database holds: the written values read back as a find would. Values already in
    // their stored form are bound where they are; the others from their converted copies, kept for each row of a
    // batch.
    QList<QVariantList> converted(perBatch, QVariantList(attributes.size()));
    QList<int> canonical; // each attribute's canonical type
    for (int i : attributes)
        canonical << Dialect::canonicalType(def.attribute(i).type);
    const auto bindingsOf = [&](qsizetype k, QList<const QVariant *> &row) -> Status {
        if (k + 8 < members.size())
            prefetchValues(rows[members[k + 8]].m_values);
        if (k + 4 < members.size())
            prefetchTexts(rows[members[k + 4]].m_values);
        Instance &instance = rows[members[k]];
        QVariant *values = instance.m_values.data(); // not reallocated below: the pointers stay
        row.resize(attributes.size());
        // Through plain pointers: QList's non-const operator[] checks for a detach at each access.
        const QVariant **out = row.data();
        const int *canonicalTypes = canonical.constData();
        for (qsizetype a = 0; a < attributes.size(); ++a) {
            QVariant &value = values[attributes[a]];
            out[a] = &value;
            if (Dialect::isCanonical(value, canonicalTypes[a]))
                continue;
            // An int becomes its canonical form without a conversion's lookup; a typed null int is a null.
            const int typeId = value.isNull() ? QMetaType::UnknownType : value.typeId();
            if (typeId == QMetaType::Int && canonicalTypes[a] == QMetaType::LongLong) {
                value = QVariant(qlonglong(*static_cast<const int *>(value.constData()))); // as toInteger()
                continue;
            }
            if (typeId == QMetaType::Int && canonicalTypes[a] == QMetaType::Double) {
                value = QVariant(double(*static_cast<const int *>(value.constData()))); // as toReal()
                continue;
            }
            const DataType &type = def.attribute(attributes[a]).type;
            QVariant &stored = converted[k % perBatch][a];
            stored = dialect.toDatabase(value, type);
            value = dialect.fromDatabase(stored, type);
            out[a] = &stored;
        }
        return {};
    };
    QList<qint64> rowids; // the keys, when they are the rowids
    QList<QVariantList> keys; // otherwise
    if (keysAreRowids) {
        auto inserted = m_database->insertEach(*statements, members.size(), bindingsOf);
        if (!inserted)
            return std::unexpected(m_model->withAttributeNames(inserted.error()));
        if (!statements->rowids) { // the keys are not wanted
            for (qsizetype r : members)
                rows[r].markStored();
            return {};
        }
        rowids = std::move(*inserted);
    } else {
        auto returned = insertEachReturningKeys(statements->row, members.size(), bindingsOf);
        if (!returned)
            return std::unexpected(returned.error());
        keys = std::move(*returned);
    }
    return setKeys(rows, members, rowids, keys, statements->row);
}

// The INSERTs of insertPrepared(): the single-row one (RETURNING the key unless the keys are the rowids), and
// when the rowids of a batch can be told from its last one, or are not wanted, a multi-row one, which SQLite runs
// as one statement instead of one per row (about a third cheaper in all). Without the keys, a trigger that inserts
// into the table meanwhile changes nothing: SQLite runs a multi-row INSERT's triggers row by row, as it would for
// INSERTs of one row each, and counts only the statement's own rows as its changes.
Result<InsertStatements> BulkCreate::preparedStatements(const QList<int> &attributes, bool keysAreRowids) const
{
    const ModelDefinition &def = m_definition;
    QueryBuilder builder(def, m_database->dialect);
    const QList<int> &key = def.primaryKey();
    const bool skipKeys = keysAreRowids && m_keys == Keys::Skip;
    const bool batched = keysAreRowids && (skipKeys || m_database->rowidsAreConsecutive(def.tableName()));
    InsertStatements statements;
    statements.table = def.tableName();
    statements.rowids = !skipKeys;
    if (batched && !attributes.isEmpty() && !attributes.contains(key[0]))
        statements.perBatch = std::clamp<qsizetype>(m_database->dialect.batchParameters() / attributes.size(), 1, 32);
    auto st = builder.insert(attributes, {QVariantList(attributes.size())}, m_options,
                             keysAreRowids ? QueryBuilder::Returning::Nothing : QueryBuilder::Returning::PrimaryKey);
    if (!st)
        return std::unexpected(st.error());
    statements.row = st->sql;
    if (statements.perBatch > 1) {
        auto batch =
                builder.insert(attributes, QList<QVariantList>(statements.perBatch, QVariantList(attributes.size())),
                               m_options, QueryBuilder::Returning::Nothing);
        if (!batch)
            return std::unexpected(batch.error());
        statements.batch = batch->sql;
        // A failed row fails the whole call, whose transaction (or savepoint) is then rolled back: SQLite need not
        // also be ready to undo each multi-row INSERT alone. With OR FAIL it keeps no journal for the statement;
        // otherwise, under the call's SAVEPOINT, each statement journaled its pages again, and past 64 KiB a call
        // wrote that journal to a temporary file (bench/README.md, issue 25). Not where the table's own DDL gives a
        // conflict clause (ON CONFLICT REPLACE...), nor where a trigger's statement does (INSERT OR IGNORE...):
        // OR FAIL would override both (an upsert's DO clause stays).
        if (!declaresConflictClause() && !triggersChooseConflicts())
            statements.batch.replace(0, qsizetype(qstrlen("INSERT INTO")), QStringLiteral("INSERT OR FAIL INTO"));
    }
    return statements;
}

// Whether the table's CREATE TABLE names a conflict clause (or cannot be read).
bool BulkCreate::declaresConflictClause() const
{
    const auto ddl =
            m_database->execute(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?"),
                                {m_definition.tableName()});
    if (!ddl || ddl->rows.size() != 1)
        return true;
    return ddl->rows.first().value(0).toString().contains(QStringLiteral("ON CONFLICT"), Qt::CaseInsensitive);
}

// Whether a trigger (any: the INSERT's triggers set off others) has a statement with a conflict clause of its own
// (INSERT OR IGNORE, REPLACE INTO, UPDATE OR ...), or the triggers cannot be read. Comments are left out of the
// search; a string that looks like a clause counts, which errs on the safe side.
bool BulkCreate::triggersChooseConflicts() const
{
    // Most triggers hold none of the words: only the others are read here (upper() and GLOB: whatever
    // PRAGMA case_sensitive_like says).
    const auto triggers = m_database->execute(
            QStringLiteral("SELECT sql FROM (SELECT sql, upper(sql) AS u FROM sqlite_schema WHERE type = 'trigger' "
                           "UNION ALL SELECT sql, upper(sql) FROM sqlite_temp_schema WHERE type = 'trigger') WHERE u "
                           "GLOB '*ROLLBACK*' OR u GLOB '*ABORT*' OR u GLOB '*FAIL*' OR u GLOB '*IGNORE*' OR u GLOB "
                           "'*REPLACE*'"),
            {});
    if (!triggers)
        return true;
    static const QRegularExpression clause(
            QStringLiteral(R"(\bOR\s+(ROLLBACK|ABORT|FAIL|IGNORE|REPLACE)\b|\bREPLACE\s+INTO\b)"),
            QRegularExpression::CaseInsensitiveOption);
    for (const QVariantList &row : std::as_const(triggers->rows)) {
        if (withoutSqlComments(row.value(0).toString()).contains(clause))
            return true;
    }
    return false;
}

// Runs the single-row INSERT ... RETURNING key once per row, bound by bindingsOf: the key of each row, in order.
Result<QList<QVariantList>> BulkCreate::insertEachReturningKeys(const QString &sql, qsizetype count,
                                                                const BindingSource &bindingsOf)
{
    QList<QVariantList> bindings(count);
    QList<const QVariant *> row;
    for (qsizetype k = 0; k < count; ++k) {
        if (auto bound = bindingsOf(k, row); !bound)
            return std::unexpected(bound.error());
        for (const QVariant *value : std::as_const(row))
            bindings[k] << *value;
    }
    auto result = m_database->executeEach(sql, bindings);
    if (!result)
        return std::unexpected(m_model->withAttributeNames(result.error()));
    return std::move(result->rows);
}

// Gives each row written its key (its rowid, or the key returned) and marks it stored.
Status BulkCreate::setKeys(QList<Instance> &rows, const QList<qsizetype> &members, const QList<qint64> &rowids,
                           const QList<QVariantList> &keys, const QString &sql) const
{
    const ModelDefinition &def = m_definition;
    const QList<int> &key = def.primaryKey();
    const bool keysAreRowids = keys.isEmpty() && !rowids.isEmpty();
    const qsizetype returned = keysAreRowids ? rowids.size() : keys.size();
    if (returned != members.size())
        return fail(Error::Kind::Database,
                    QStringLiteral("the insert returned %1 keys for %2 rows").arg(returned).arg(members.size()), sql);
    for (qsizetype k = 0; k < members.size(); ++k) {
        Instance &instance = rows[members[k]];
        if (keysAreRowids) {
            instance.m_values[key[0]] = qlonglong(rowids[k]);
        } else {
            for (qsizetype c = 0; c < key.size(); ++c)
                instance.m_values[key[c]] =
                        m_database->dialect.fromDatabase(keys[k].value(c), def.attribute(key[c]).type);
        }
        instance.markStored();
    }
    return {};
}

Status BulkCreate::insertReturning(const QList<Instance> &rows, const QList<int> &attributes,
                                   const QList<qsizetype> &members, QList<Instance> &stored, QList<bool> &written)
{
    const ModelDefinition &def = m_definition;
    QueryBuilder builder(def, m_database->dialect);
    const QList<int> &all = def.allIndexes();
    const qsizetype perChunk =
            std::max<qsizetype>(1, m_database->dialect.batchParameters() / std::max<qsizetype>(1, attributes.size()));
    for (qsizetype start = 0; start < members.size(); start += perChunk) {
        const qsizetype end = std::min(members.size(), start + perChunk);
        QList<QVariantList> values;
        values.reserve(end - start);
        for (qsizetype k = start; k < end; ++k) {
            QVariantList row;
            row.reserve(attributes.size());
            for (int i : attributes)
                row << rows[members[k]].m_values.at(i);
            values << row;
        }
        auto st = builder.insert(attributes, values, m_options);
        if (!st)
            return std::unexpected(st.error());
        auto result = m_database->execute(st->sql, st->bindings);
        if (!result)
            return std::unexpected(m_model->withAttributeNames(result.error()));
        if (m_options.ignoreDuplicates) {
            // Skipped rows return nothing: match the returned rows to the batch by their values.
            for (const QVariantList &row : std::as_const(result->rows)) {
                const Instance instance = m_model->fromRow(row, all, {});
                for (qsizetype k = start; k < end; ++k) {
                    const qsizetype r = members[k];
                    if (written[r])
                        continue;
                    const bool same = std::all_of(attributes.begin(), attributes.end(), [&](int i) {
                        return def.attribute(i).autoIncrement || i == def.createdAtIndex() || i == def.updatedAtIndex()
                                || rows[r].m_values.at(i) == instance.m_values.at(i);
                    });
                    if (same) {
                        stored[r] = instance;
                        written[r] = true;
                        break;
                    }
                }
            }
        } else {
            if (result->rows.size() != end - start) // a trigger skipped a row: which one is unknown
                return fail(
                        Error::Kind::Database,
                        QStringLiteral("the insert returned %1 rows for %2").arg(result->rows.size()).arg(end - start),
                        st->sql);
            for (qsizetype k = start; k < end; ++k) {
                stored[members[k]] = m_model->fromRow(result->rows.at(k - start), all, {});
                written[members[k]] = true;
            }
        }
    }
    return {};
}

Status BulkCreate::runAfterHooks(QList<Instance> &rows)
{
    if (m_options.individualHooks == IndividualHooks::On) {
        for (Instance &instance : rows) {
            HookContext each;
            each.instance = &instance;
            if (auto r = m_model->runHooks(HookEvent::AfterCreate, each); !r)
                return r;
            if (auto r = m_model->runHooks(HookEvent::AfterSave, each); !r)
                return r;
        }
    }
    HookContext after;
    after.instances = &rows;
    return m_model->runHooks(HookEvent::AfterBulkCreate, after);
}

} // namespace Orm
