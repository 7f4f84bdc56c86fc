#pragma once

#include <orm/association.h>
#include <orm/database.h>
#include <orm/error.h>
#include <orm/findoptions.h>
#include <orm/hooks.h>
#include <orm/instance.h>
#include <orm/modeldefinition.h>

#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantMap>

#include <memory>

namespace Orm {

class ModelPrivate;
class RowBatch; // <orm/rowbatch.h>

// The rows of findAndCountAll: one page and the count of every match.
struct CountedRows
{
    qint64 count = 0;
    QList<Instance> rows;
};

// What findOrCreate() gives: the row, and whether this call created it (false: it was found).
struct FindOrCreateResult
{
    Instance instance;
    bool created = false;
};

// The rows Model::insertRows() wrote, in the order given (fewer than given only with ignoreDuplicates).
struct InsertedRows
{
    // Each row's primary key: its value, or a QVariantList of its values for a composite key (empty with
    // Returning::Nothing).
    QVariantList keys;
    // The rows as stored, with Returning::Instances only.
    QList<Instance> instances;
};

// A defined model and its static methods, as Sequelize's Model class: the finders and the bulk operations.
// A cheap handle obtained from Database::define() or Database::model(); every call runs on the calling thread's
// connection. Each method returns the result or an Error; none throws.
class Model
{
public:
    Model();
    bool isValid() const;
    QString name() const;
    QString tableName() const;
    const ModelDefinition &definition() const;
    Database database() const;

    // A new, unsaved instance with the attributes' defaults, then the given values. Unknown names: an error.
    [[nodiscard]] Result<Instance> build(const QVariantMap &values = {}) const;
    // build() then save().
    [[nodiscard]] Result<Instance> create(const QVariantMap &values) const;
    // Inserts all rows inside one transaction: all rows are written or none. Returns the rows as stored, with their
    // ids. PostgreSQL (and SQLite with ignoreDuplicates or updateOnDuplicate) gets multi-row INSERTs in chunks that
    // fit the dialect's parameter limit; SQLite otherwise runs one prepared INSERT per row, and multi-row INSERTs of
    // up to 32 rows only when the rows lack their auto-incremented rowid key and nothing else can insert into the
    // table meanwhile (no trigger that does), so that their keys can be told from the last one.
    [[nodiscard]] Result<QList<Instance>> bulkCreate(const QList<QVariantMap> &rows,
                                                     const BulkCreateOptions &options = {}) const;
    // bulkCreate() for rows given by position (see RowBatch), for code that inserts many rows: the same defaults,
    // validation, errors (a row's ValidationItem::row is its index in the batch) and hooks, without a map per row.
    // Takes the rows out of the batch, whether it succeeds or not, and leaves it empty for the next one. Inside the
    // caller's transaction, one call per batch keeps memory to a batch's; with Returning::KeysOnly, no instance is
    // kept beyond the call; with Returning::Nothing, no key is read either (SQLite: multi-row INSERTs whatever the
    // triggers).
    [[nodiscard]] Result<InsertedRows> insertRows(RowBatch &rows, const InsertRowsOptions &options = {}) const;
    // Rows validated as insertRows() validates them (the validation hooks, the attributes' rules, the model's
    // rules), without an Instance kept or anything written: for code that checks rows of its own before it chooses
    // which to write. Each row holds one value per attribute, by its index in definition().attributes(); a null
    // is a value not given (an attribute's default is filled in where it has one). Each row keeps what the hooks
    // set (a derived attribute), ready for insertRows() with Validate::Skip. The items of the refused rows come
    // back (ValidationItem::row is the row's index); empty when every row is valid. An error is a hook's failure.
    [[nodiscard]] Result<QList<ValidationItem>> validateRows(QList<QVariantList> &rows) const;

    // The row with that primary key, or a null Instance (an EmptyResult error with OnEmpty::Reject).
    [[nodiscard]] Result<Instance> findByPk(const QVariant &key, const FindOptions &options = {}) const;
    [[nodiscard]] Result<Instance> findOne(const FindOptions &options = {}) const;
    [[nodiscard]] Result<QList<Instance>> findAll(const FindOptions &options = {}) const;
    // The first row matching the where, or a new one made of the where's equalities and the defaults. Safe under a
    // race: when another connection creates the row first, the unique conflict ends in finding that row.
    [[nodiscard]] Result<FindOrCreateResult> findOrCreate(const FindOrCreateOptions &options) const;
    [[nodiscard]] Result<CountedRows> findAndCountAll(const FindOptions &options = {}) const;

    [[nodiscard]] Result<qint64> count(const FindOptions &options = {}) const;
    // Aggregates of one attribute over the rows matching options.where; null when there are none.
    [[nodiscard]] Result<QVariant> max(const QString &attribute, const FindOptions &options = {}) const;
    [[nodiscard]] Result<QVariant> min(const QString &attribute, const FindOptions &options = {}) const;
    [[nodiscard]] Result<QVariant> sum(const QString &attribute, const FindOptions &options = {}) const;
    [[nodiscard]] Result<QVariant> avg(const QString &attribute, const FindOptions &options = {}) const;
    // The rows of an aggregate query (group, having), each a map by attribute name or alias, values as the
    // database gives them (an attribute's converted from its type). Its includes are belongsTo associations joined
    // only for the select list, where, group, having and order to name their attributes by path ("Livre.Prix",
    // "Livre.Editeur.Nom"): none of their columns, nor any key, is added to the select list.
    [[nodiscard]] Result<QList<QVariantMap>> aggregateRows(const FindOptions &options) const;

    // Static update of the rows matching the where; returns how many rows changed. Sets updatedAt.
    [[nodiscard]] Result<qint64> update(const QVariantMap &values, const UpdateOptions &options) const;
    // Static destroy; returns how many rows were deleted (or soft-deleted).
    [[nodiscard]] Result<qint64> destroy(const DestroyOptions &options) const;
    // Undoes soft deletes of the rows matching the where.
    [[nodiscard]] Result<qint64> restore(const RestoreOptions &options = {}) const;
    // Atomic SET a = a + n for the rows matching the where; runs afterBulkUpdate (values: the amounts) for views.
    [[nodiscard]] Result<qint64> increment(const QVariantMap &amounts, const Where &where) const;
    [[nodiscard]] Result<qint64> decrement(const QVariantMap &amounts, const Where &where) const;
    // INSERT, or UPDATE of the row that conflicts on options.conflictFields; returns the row as stored.
    [[nodiscard]] Result<Instance> upsert(const QVariantMap &values, const UpsertOptions &options = {}) const;

    // Adds a hook for an event of this model; hooks of an event run in the order they were added, before the
    // database's global hooks. A named hook can be removed by name.
    void addHook(HookEvent event, const Hook &hook, const QString &name = {}) const;
    // Removes the hooks of that event with that name; returns how many there were.
    int removeHook(HookEvent event, const QString &name) const;

    // Creates the table and its indexes (see SyncMode).
    [[nodiscard]] Result<SyncReport> sync(SyncMode mode = SyncMode::Create) const;

    // Associations, as Sequelize's, with this model as the source (see AssociationOptions). Declared once at
    // setup, after both models are defined and before they are used from several threads. An alias already used
    // on this model, an unsafe name or a foreign key of another type than the key it refers to is an error.
    [[nodiscard]] Result<Association> hasOne(const Model &target, const AssociationOptions &options = {}) const;
    [[nodiscard]] Result<Association> belongsTo(const Model &target, const AssociationOptions &options = {}) const;
    [[nodiscard]] Result<Association> hasMany(const Model &target, const AssociationOptions &options = {}) const;
    // options.through names the join model (defined with the two keys when it does not exist).
    [[nodiscard]] Result<Association> belongsToMany(const Model &target, const AssociationOptions &options) const;
    // The association of that alias, or an invalid Association.
    Association association(const QString &as) const;
    QList<Association> associations() const;

private:
    friend class Database;
    friend class Instance;
    friend class ModelPrivate;
    friend class Association;
    friend class AssociationPrivate;
    explicit Model(std::shared_ptr<const ModelPrivate> d);
    std::shared_ptr<const ModelPrivate> d;
};

} // namespace Orm
