#pragma once

//  Not part of the API.

#include "core/hookregistry_p.h"

#include <orm/hooks.h>
#include <orm/instance.h>
#include <orm/model.h>
#include <orm/modeldefinition.h>
#include <orm/querybuilder.h>

#include <QMutex>

#include <memory>
#include <optional>
#include <span>

namespace Orm {

class DatabasePrivate;

// The shared part of a Model: its definition and the database it was defined on, and what the Model's and the
// Instance's methods both need.
class ModelPrivate : public std::enable_shared_from_this<ModelPrivate>
{
public:
    static const ModelPrivate *of(const Model &model) { return model.d.get(); }
    ModelDefinition definition;
    std::weak_ptr<DatabasePrivate> database;

    // The database, or a Connection error once it is gone.
    [[nodiscard]] Result<std::shared_ptr<DatabasePrivate>> db() const;
    // An instance from a row read with the given select-list layout (attribute index, or -1 for an alias).
    Instance fromRow(const QVariantList &row, const QList<int> &columns, const QStringList &aliases) const;
    // The same, taking the row's values: when the row holds every attribute in order and nothing else, the
    // instance keeps the list itself.
    Instance fromRow(QVariantList &&row, const QList<int> &columns, const QStringList &aliases,
                     const Dialect &dialect) const;
    // A database error whose fields are column names, given attribute names instead.
    Error withAttributeNames(Error error) const;
    // A Validation error when a text value cannot be stored the same on both databases.
    [[nodiscard]] Status checkStorable(const QList<int> &attributes, const QVariantList &values) const;
    // The same for the values an instance's save would write (Instance::fieldsToWrite()).
    [[nodiscard]] Status checkStorable(const Instance &instance) const;

    // Runs the model's hooks of the event, then the database's global ones; stops at the first error.
    [[nodiscard]] Status runHooks(HookEvent event, HookContext &context) const;
    // The hooks of validation, looked up once for the rows of a batch, and the model they see.
    struct ValidationHooks
    {
        QList<Hook> before, after, failed;
        Model model;
    };
    ValidationHooks validationHooks() const;
    // Instance::validate(), with a batch's hooks, or (null) with those of each event looked up when it comes.
    // With fields, only those attributes' rules are checked, and no model-wide rule (a static update's values).
    [[nodiscard]] Status validate(Instance &instance, Instance::Scope scope, const ValidationHooks *hooks,
                                  const QList<int> *fields = nullptr) const;
    // A static update's validation (validate: true): the validation hooks and the rules of the attributes set,
    // on an instance built from the values; the values become what the hooks made of them.
    [[nodiscard]] Status validateUpdate(QVariantMap &values) const;
    bool hasHooks(std::initializer_list<HookEvent> events) const;
    // Every rule of these attributes that the instance breaks, then (unless skipped) the model-wide rules.
    enum class ModelRules { Run, Skip };
    QList<ValidationItem> validationItems(const Instance &instance, const QList<int> &fields,
                                          ModelRules modelRules = ModelRules::Run) const;

    // findByPk without options (but paranoid and onEmpty) nor find hooks, by a statement built once per paranoid
    // mode and kept (the definition is final once the models are in use; redefine() forgets it). Nothing when
    // the key cannot use it (a null key).
    [[nodiscard]] std::optional<Result<Instance>> findByKey(std::span<const QVariant> keys, Paranoid paranoid,
                                                            OnEmpty onEmpty) const;
    struct KeyLookup
    {
        QString sql;
        QList<int> columns; // the select list's attributes
    };
    mutable QMutex keyLookupMutex;
    mutable KeyLookup keyLookups[2]; // by paranoid: ExcludeDeleted, IncludeDeleted

    // save()'s UPDATE of a stored row: sets the values, by the row's key (and, with a version attribute, only at
    // the version read, which it increments). Its SQL depends only on the attributes set: it is rendered once for
    // each set of attributes and kept (a few dozen sets at most; redefine() forgets them), then only the values
    // are converted.
    [[nodiscard]] Result<Statement> updateByKey(const QList<std::pair<int, QVariant>> &sets, const QVariantList &keys,
                                                const QVariant *version, const Dialect &dialect) const;
    mutable QHash<QList<int>, QString> updates; // by the attributes set, then -1 with a version; under keyLookupMutex

    // findAll without the find hooks: the rows that bulk operations with individualHooks work on.
    [[nodiscard]] Result<QList<Instance>> select(const FindOptions &options) const;
    // The SQL of the bulk operations, without hooks (the per-instance operations use them too).
    [[nodiscard]] Result<qint64> updateWhere(QList<std::pair<int, QVariant>> sets, const Where &where) const;
    [[nodiscard]] Result<qint64> destroyWhere(const Where &where, DestroyMode mode) const;
    [[nodiscard]] Result<qint64> restoreWhere(const Where &where) const;

    mutable HookRegistry hooks;

    // The associations of which this model is the source. Declared at setup, before the models are shared
    // between threads (as with Sequelize), so they are not locked.
    mutable QList<std::shared_ptr<const class AssociationPrivate>> associations;
    std::shared_ptr<const AssociationPrivate> association(const QString &as) const;
    // Replaces the definition by one with a foreign key added or changed: the only change of a model after
    // define(), made by the associations at setup.
    void redefine(const ModelDefinition &changed) const;
    // findAll with includes and, for a belongsToMany's rows, their join rows (throughJoin), without hooks.
    [[nodiscard]] Result<QList<Instance>> selectIncluding(const FindOptions &options,
                                                          const ModelPrivate *through = nullptr,
                                                          const Join *throughJoin = nullptr) const;
    // The joins of count(): to-one includes joined (the where may name them), the others required as EXISTS.
    [[nodiscard]] Result<QList<Join>> requiredJoins(const QList<Include> &includes) const;
};

// The error of a method called on a Model that was not defined (a default-constructed one).
Error invalidModel();

} // namespace Orm

// Returns invalidModel() from a method of Model when it has no definition.
#define ORM_REQUIRE_MODEL() \
  if (!d) \
    return std::unexpected(invalidModel());
