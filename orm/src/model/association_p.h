#pragma once

//  Not part of the API.

#include <orm/association.h>
#include <orm/querybuilder.h>

#include <memory>

namespace Orm {

class ModelPrivate;

// One association, by the names of its keys. The models are held weakly: models refer to each other through
// their associations both ways, and the database owns them.
class AssociationPrivate
{
public:
    AssociationKind kind = AssociationKind::HasOne;
    QString as;
    std::weak_ptr<const ModelPrivate> source;
    std::weak_ptr<const ModelPrivate> target;
    std::weak_ptr<const ModelPrivate> through;
    QString foreignKey; // on target (hasOne, hasMany), on source (belongsTo), on through (belongsToMany)
    QString otherKey; // belongsToMany: through's attribute for the target
    QString sourceKey; // hasOne, hasMany, belongsToMany
    QString targetKey; // belongsTo, belongsToMany

    bool isToMany() const { return kind == AssociationKind::HasMany || kind == AssociationKind::BelongsToMany; }

    // Creates the association, adding the foreign keys its models lack; registers it on the source.
    [[nodiscard]] static Result<Association> make(AssociationKind kind,
                                                  const std::shared_ptr<const ModelPrivate> &source,
                                                  const std::shared_ptr<const ModelPrivate> &target,
                                                  const AssociationOptions &options);

    struct Models
    {
        std::shared_ptr<const ModelPrivate> source, target, through;
    };
    [[nodiscard]] Result<Models> models() const;

    // The source's attribute whose values the association matches (belongsTo: the foreign key; the others: the
    // source key), and the attribute of the loaded rows (or of their join row) that holds the same values.
    QString parentAttribute() const { return kind == AssociationKind::BelongsTo ? foreignKey : sourceKey; }
    QString childAttribute() const { return kind == AssociationKind::BelongsTo ? targetKey : foreignKey; }
    // belongsTo: stores the foreign key of source alone.
    [[nodiscard]] Status setForeignKey(Instance &source, const QVariant &value) const;
    // The join or EXISTS of this association under a parent of the source model.
    Join join(const Models &models, Join::Mode mode) const;
};

} // namespace Orm
