#include "model/bulkcreate_p.h"

#include <orm/rowbatch.h>

#include <QScopeGuard>

namespace Orm {

RowBatch::RowBatch(const Model &model, const QStringList &columns) : m_model(model), m_columns(columns)
{
    if (!model.isValid()) {
        m_problem = QStringLiteral("the model is not defined");
        return;
    }
    const ModelDefinition &def = model.definition();
    m_attributeCount = def.attributes().size();
    for (const QString &name : columns) {
        const int index = def.indexOf(name);
        if (index < 0) {
            m_problem = QStringLiteral("'%1' is not an attribute of the model %2").arg(name.left(80), def.name());
            return;
        }
        if (m_indexes.contains(index)) {
            m_problem = QStringLiteral("'%1' is given twice").arg(name);
            return;
        }
        m_indexes << index;
    }
}

void RowBatch::addRow(const QVariantList &values)
{
    QVariant *row = appendRow(values.size());
    for (qsizetype column = 0; row && column < values.size(); ++column)
        row[m_indexes.at(column)] = values.at(column);
}

void RowBatch::addRow(QVariantList &&values)
{
    QVariant *row = appendRow(values.size());
    for (qsizetype column = 0; row && column < values.size(); ++column)
        row[m_indexes.at(column)] = std::move(values[column]);
    values.clear();
}

void RowBatch::clear()
{
    m_rows.clear();
    if (m_rowProblem) {
        m_problem.clear();
        m_rowProblem = false;
    }
}

QVariant *RowBatch::appendRow(qsizetype count)
{
    if (!m_problem.isEmpty())
        return nullptr;
    if (count != m_columns.size()) {
        m_problem = QStringLiteral("row %1 has %2 values for %3 columns")
                            .arg(m_rows.size() + 1)
                            .arg(count)
                            .arg(m_columns.size());
        m_rowProblem = true;
        return nullptr;
    }
    if (m_spare.isEmpty())
        m_rows.emplaceBack(m_attributeCount);
    else
        m_rows.append(m_spare.takeLast());
    return m_rows.last().data();
}

void RowBatch::reuse(QVariantList &&values)
{
    if (values.size() != m_attributeCount || !values.isDetached())
        return; // another model's, or still shared: released as usual
    for (QVariant &value : values)
        value = QVariant();
    m_spare.append(std::move(values));
}

Result<InsertedRows> Model::insertRows(RowBatch &batch, const InsertRowsOptions &options) const
{
    // The rows are taken whatever happens: the batch is empty for the next one.
    const auto emptied = qScopeGuard([&] { batch.clear(); });
    if (!d)
        return fail(Error::Kind::InvalidQuery, QStringLiteral("the model is not defined"));
    if (!batch.m_problem.isEmpty())
        return fail(Error::Kind::InvalidQuery, batch.m_problem);
    if (batch.m_model.d != d)
        return fail(Error::Kind::InvalidQuery,
                    QStringLiteral("the rows were made for the model %1, not %2").arg(batch.m_model.name(), name()));
    const ModelDefinition &def = d->definition;
    // The attributes that the rows do not carry get their defaults, generated for each row (a UUID, the time).
    QList<int> defaults;
    for (int i = 0; i < def.attributes().size(); ++i) {
        if (def.attribute(i).defaultValue.isSet() && !batch.m_indexes.contains(i))
            defaults << i;
    }
    // As set() on a new record: the non-null values given are changes. Rows of a batch usually give a value in
    // every column, and then share one set of bits.
    QBitArray everyColumn(int(def.attributes().size()));
    for (int i : std::as_const(batch.m_indexes))
        everyColumn.setBit(i);
    const auto buildRow = [&](qsizetype r) -> Result<Instance> {
        QVariantList &values = batch.m_rows[r];
        for (int i : std::as_const(defaults))
            values[i] = def.attribute(i).defaultValue.generate();
        QBitArray changed = everyColumn; // shared until a null value is found
        bool anyChanged = false;
        for (int i : std::as_const(batch.m_indexes)) {
            if (values.at(i).isNull())
                changed.clearBit(i);
            else
                anyChanged = true;
        }
        return BulkCreate::newInstance(d, std::move(values), anyChanged ? changed : QBitArray());
    };
    const bool keys = options.returning != Returning::Nothing;
    auto stored = BulkCreate(d, options.bulkCreate, keys ? BulkCreate::Keys::Read : BulkCreate::Keys::Skip)
                          .run(batch.size(), buildRow);
    if (!stored)
        return std::unexpected(stored.error());
    InsertedRows inserted;
    if (keys) {
        inserted.keys.reserve(stored->size());
        for (const Instance &instance : std::as_const(*stored))
            inserted.keys << BulkCreate::keyOf(instance);
    }
    if (options.returning == Returning::Instances) {
        inserted.instances = std::move(*stored);
    } else {
        for (Instance &instance : *stored)
            batch.reuse(BulkCreate::takeValues(instance));
    }
    return inserted;
}

Result<QList<ValidationItem>> Model::validateRows(QList<QVariantList> &rows) const
{
    if (!d)
        return fail(Error::Kind::InvalidQuery, QStringLiteral("the model is not defined"));
    const ModelDefinition &def = d->definition;
    const auto count = def.attributes().size();
    QList<int> defaults;
    for (int i = 0; i < count; ++i) {
        if (def.attribute(i).defaultValue.isSet())
            defaults << i;
    }
    // As insertRows() with Validate::Run: the hooks looked up once for the rows.
    const bool hooks = d->hasHooks({HookEvent::BeforeValidate, HookEvent::AfterValidate, HookEvent::ValidationFailed});
    ModelPrivate::ValidationHooks batchHooks;
    if (hooks)
        batchHooks = d->validationHooks();
    QList<ValidationItem> failures;
    QBitArray changed = QBitArray(int(count));
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QVariantList &values = rows[r];
        if (values.size() != count)
            return fail(
                    Error::Kind::InvalidQuery,
                    QStringLiteral("row %1 has %2 values for %3 attributes").arg(r + 1).arg(values.size()).arg(count));
        bool anyChanged = false;
        for (int i = 0; i < count; ++i) {
            const bool given = !values.at(i).isNull();
            if (!given && defaults.contains(i))
                values[i] = def.attribute(i).defaultValue.generate();
            if (given != changed.testBit(i)) // rows of a batch usually give the same attributes: the bits are shared
                changed.setBit(i, given);
            anyChanged = anyChanged || given;
        }
        Instance instance = BulkCreate::newInstance(d, std::move(values), anyChanged ? changed : QBitArray());
        QList<ValidationItem> items;
        if (hooks) {
            auto validated = d->validate(instance, Instance::Scope::Written, &batchHooks);
            if (!validated && validated.error().kind() != Error::Kind::Validation) {
                values = std::move(instance.m_values);
                return std::unexpected(validated.error());
            }
            if (!validated)
                items = validated.error().items();
        } else {
            items = d->validationItems(instance, instance.fieldsToWrite());
        }
        values = std::move(instance.m_values);
        for (const ValidationItem &item : std::as_const(items)) {
            failures << item;
            failures.last().row = r;
        }
    }
    return failures;
}

} // namespace Orm
