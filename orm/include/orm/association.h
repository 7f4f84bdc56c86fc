#pragma once

#include <orm/attribute.h>
#include <orm/error.h>
#include <orm/findoptions.h>
#include <orm/instance.h>

#include <QList>
#include <QString>
#include <QVariantMap>

#include <memory>

namespace Orm {

class Model;
class AssociationPrivate;

// The four associations of Sequelize.
enum class AssociationKind { HasOne, BelongsTo, HasMany, BelongsToMany };

// The options of Model::hasOne(), belongsTo(), hasMany() and belongsToMany(), as Sequelize's. Empty names take
// Sequelize's defaults:
//   as          the target's name (to-one) or its table's name (to-many): "Editeur", "Auteurs"
//   foreignKey  hasOne/hasMany/belongsToMany: the source's name + its key, "LivreId", on the target (or the
//               join table); belongsTo: as + the target's key, "EditeurId", on the source
//   otherKey    belongsToMany: the join table's column for the target, "AuteurId"
//   sourceKey   hasOne/hasMany/belongsToMany: the source attribute the foreign key refers to (its primary key)
//   targetKey   belongsTo/belongsToMany: the target attribute referred to (its primary key)
// The foreign key attribute is added to its model when it has none of that name (the model's handles then see it
// too); constraints adds a REFERENCES clause with onDelete / onUpdate (Sequelize's defaults: SET NULL, or CASCADE
// when the key cannot be null, on delete; CASCADE on update; CASCADE both ways for a join table).
struct AssociationOptions
{
    QString as;
    QString foreignKey;
    std::optional<bool> foreignKeyAllowNull; // default: nullable, except in a join table
    QString sourceKey;
    QString targetKey;
    QString through; // belongsToMany: the join model's name; a model of two keys is defined when none exists
    QString otherKey;
    ReferentialAction onDelete = ReferentialAction::Default;
    ReferentialAction onUpdate = ReferentialAction::Default;
    bool constraints = true;
};

// One association from a source model to a target model, with Sequelize's instance helpers ("mixins"): where
// Sequelize writes livre.getAuteurs(), this is auteurs.get(livre). Helpers that write several rows do it in one
// transaction. An invalid Association (from Model::association() with an unknown name) fails every call.
class Association
{
public:
    Association();
    bool isValid() const;
    AssociationKind kind() const;
    bool isToMany() const;
    QString as() const;
    Model source() const;
    Model target() const;
    Model through() const; // belongsToMany only
    QString foreignKey() const;
    QString otherKey() const;
    QString sourceKey() const;
    QString targetKey() const;

    // The associated rows of source (options add a where, order, limit...; to-one: at most one row). The rows of
    // a belongsToMany carry their join row in Instance::through().
    [[nodiscard]] Result<QList<Instance>> get(const Instance &source, const FindOptions &options = {}) const;
    // To-one associations: the associated row, or a null Instance.
    [[nodiscard]] Result<Instance> getOne(const Instance &source, const FindOptions &options = {}) const;
    // Makes targets exactly the associated rows (to-one: one instance, or a null Instance to unset). A hasMany
    // unsets the foreign key of the rows left out; a belongsToMany deletes their join rows.
    [[nodiscard]] Status set(Instance &source, const QList<Instance> &targets,
                             const QVariantMap &throughValues = {}) const;
    [[nodiscard]] Status set(Instance &source, const Instance &target) const
    {
        return set(source, QList<Instance>{target});
    }
    // Creates a target row already associated with source (for belongsToMany, with its join row).
    [[nodiscard]] Result<Instance> create(Instance &source, const QVariantMap &values,
                                          const QVariantMap &throughValues = {}) const;
    // To-many: associates more rows (join rows get throughValues; existing ones are updated with them).
    [[nodiscard]] Status add(const Instance &source, const QList<Instance> &targets,
                             const QVariantMap &throughValues = {}) const;
    [[nodiscard]] Status add(const Instance &source, const Instance &target,
                             const QVariantMap &throughValues = {}) const
    {
        return add(source, QList<Instance>{target}, throughValues);
    }
    // To-many: dissociates rows (hasMany: their foreign key becomes null; belongsToMany: join rows deleted).
    [[nodiscard]] Status remove(const Instance &source, const QList<Instance> &targets) const;
    [[nodiscard]] Status remove(const Instance &source, const Instance &target) const
    {
        return remove(source, QList<Instance>{target});
    }
    // To-many: whether every one of targets is associated with source.
    [[nodiscard]] Result<bool> has(const Instance &source, const QList<Instance> &targets) const;
    [[nodiscard]] Result<bool> has(const Instance &source, const Instance &target) const
    {
        return has(source, QList<Instance>{target});
    }
    // To-many: how many rows are associated (options.where narrows it).
    [[nodiscard]] Result<qint64> count(const Instance &source, const FindOptions &options = {}) const;

private:
    friend class Model;
    friend class ModelPrivate;
    friend class AssociationPrivate;
    explicit Association(std::shared_ptr<const AssociationPrivate> d);
    std::shared_ptr<const AssociationPrivate> d;
};

} // namespace Orm
