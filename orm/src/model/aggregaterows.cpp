#include "database/databaseprivate_p.h"
#include "model/association_p.h"
#include "model/modelprivate_p.h"

#include <orm/model.h>
#include <orm/querybuilder.h>

#include <functional>

namespace Orm {

Result<QList<QVariantMap>> Model::aggregateRows(const FindOptions &options) const
{
    if (!d)
        return fail(Error::Kind::InvalidQuery, QStringLiteral("the model is not defined"));
    auto db = d->db();
    if (!db)
        return std::unexpected(db.error());
    // Only joins: another association would be an EXISTS (required) or nothing at all.
    const std::function<Status(const ModelPrivate &, const QList<Include> &)> joinsOnly =
            [&joinsOnly](const ModelPrivate &model, const QList<Include> &includes) -> Status {
        for (const Include &include : includes) {
            const auto association = model.association(include.as);
            if (!association)
                continue; // requiredJoins() names it
            if (association->kind != AssociationKind::BelongsTo || include.separate)
                return fail(Error::Kind::InvalidQuery,
                            QStringLiteral("aggregateRows() joins belongsTo associations only, not '%1'")
                                    .arg(include.as.left(80)));
            auto models = association->models();
            if (!models)
                return std::unexpected(models.error());
            if (auto r = joinsOnly(*models->target, include.include); !r)
                return r;
        }
        return {};
    };
    if (auto r = joinsOnly(*d, options.include); !r)
        return std::unexpected(r.error());
    // The joins without columns: what count() joins.
    auto joins = d->requiredJoins(options.include);
    if (!joins)
        return std::unexpected(joins.error());
    QList<int> columns;
    QStringList aliases;
    auto st = QueryBuilder(d->definition, (*db)->dialect).select(options, &columns, &aliases, *joins);
    if (!st)
        return std::unexpected(st.error());
    auto rows = (*db)->execute(st->sql, st->bindings);
    if (!rows)
        return std::unexpected(rows.error());
    QList<QVariantMap> result;
    result.reserve(rows->rows.size());
    for (const QVariantList &row : std::as_const(rows->rows)) {
        QVariantMap values;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (columns.at(i) >= 0) {
                const Attribute &attribute = d->definition.attribute(columns.at(i));
                values.insert(attribute.name, (*db)->dialect.fromDatabase(row.value(i), attribute.type));
            } else {
                values.insert(aliases.at(i), row.value(i));
            }
        }
        result << values;
    }
    return result;
}

} // namespace Orm
