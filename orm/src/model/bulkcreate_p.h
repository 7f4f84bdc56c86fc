#pragma once

//  Not part of the API.

#include "core/execution_p.h"
#include "model/modelprivate_p.h"

#include <orm/findoptions.h>
#include <orm/instance.h>

#include <QBitArray>
#include <QDateTime>

#include <functional>
#include <memory>

namespace Orm {

// What Model::bulkCreate() and Model::insertRows() do once each row can be built, as a chain of steps: build and
// validate the rows, run the hooks before, stamp the timestamps, insert, read the keys, run the hooks after; all
// inside one transaction, so that all rows are written or none. One object per call.
class BulkCreate
{
public:
    // Builds row r of the batch, as Model::build() would: a new instance with the defaults and the row's values.
    using RowSource = std::function<Result<Instance>(qsizetype r)>;
    // Whether the rows get the keys the database gives them (Skip: insertRows() with Returning::Nothing; the keys
    // are still read when a hook after the insert would see the rows).
    enum class Keys { Read, Skip };

    BulkCreate(std::shared_ptr<const ModelPrivate> model, const BulkCreateOptions &options, Keys keys = Keys::Read);
    // The count rows given by rowAt, as stored (with their keys), or an error with nothing written.
    [[nodiscard]] Result<QList<Instance>> run(qsizetype count, const RowSource &rowAt);

    // A new instance of model holding values (one per attribute, by index), marked changed where changed says
    // (empty: nothing changed): what Model::build() makes of the same values. The values are taken, not copied.
    static Instance newInstance(std::shared_ptr<const ModelPrivate> model, QVariantList &&values,
                                const QBitArray &changed);
    // The instance's primary key: its value, or a QVariantList of its values when the key has several attributes.
    static QVariant keyOf(const Instance &instance);
    // Empties the instance, giving its value list (no longer shared with its stored values) to the caller.
    static QVariantList takeValues(Instance &instance);

private:
    [[nodiscard]] Status checkOptions() const;
    // Builds every row, runs beforeBulkCreate and validates them (before any is written).
    [[nodiscard]] Result<QList<Instance>> buildAndValidate(qsizetype count, const RowSource &rowAt);
    // Validates one row (or, without validation, checks its texts are storable); its failures are collected.
    [[nodiscard]] Status validateRow(qsizetype r, Instance &instance);
    // beforeCreate and beforeSave for each row (individualHooks), and what they set checked again.
    [[nodiscard]] Status runBeforeHooks(QList<Instance> &rows);
    void stamp(QList<Instance> &rows) const;
    // Inserts the rows; gives them back as stored (only the ones written, with ignoreDuplicates).
    [[nodiscard]] Result<QList<Instance>> insert(QList<Instance> &&rows);
    // SQLite: prepared INSERTs bound from where the values are; the instances get their keys.
    [[nodiscard]] Status insertPrepared(QList<Instance> &rows, const QList<int> &attributes,
                                        const QList<qsizetype> &members);
    [[nodiscard]] Result<InsertStatements> preparedStatements(const QList<int> &attributes, bool keysAreRowids) const;
    bool declaresConflictClause() const;
    bool triggersChooseConflicts() const;
    [[nodiscard]] Result<QList<QVariantList>> insertEachReturningKeys(const QString &sql, qsizetype count,
                                                                      const BindingSource &bindingsOf);
    [[nodiscard]] Status setKeys(QList<Instance> &rows, const QList<qsizetype> &members, const QList<qint64> &rowids,
                                 const QList<QVariantList> &keys, const QString &sql) const;
    // Multi-row INSERTs ... RETURNING * in chunks; stored[r] gets the row the database returned for row r.
    [[nodiscard]] Status insertReturning(const QList<Instance> &rows, const QList<int> &attributes,
                                         const QList<qsizetype> &members, QList<Instance> &stored,
                                         QList<bool> &written);
    // afterCreate and afterSave for each row (individualHooks), then afterBulkCreate.
    [[nodiscard]] Status runAfterHooks(QList<Instance> &rows);

    std::shared_ptr<const ModelPrivate> m_model;
    const ModelDefinition &m_definition;
    const BulkCreateOptions &m_options;
    std::shared_ptr<DatabasePrivate> m_database;
    QList<ValidationItem> m_failures;
    bool m_validationHooks = false;
    Keys m_keys;
    // Looked up once for the batch: hooks added or removed by a hook meanwhile count from the next call on.
    ModelPrivate::ValidationHooks m_hooks;
};

} // namespace Orm
