// The models of a Database: defining them, finding them, creating their tables. They belong to the model layer,
// above the connections that database/ holds.

#include "database/databaseprivate_p.h"
#include "model/modelprivate_p.h"

#include <orm/database.h>
#include <orm/model.h>

#include <QMutexLocker>
#include <QSet>

#include <algorithm>

namespace Orm {

Result<Model> Database::define(const QString &name, const QList<Attribute> &attributes, const ModelOptions &options)
{
    if (!d)
        return fail(Error::Kind::Connection, QStringLiteral("the database is not open"));
    auto model = std::make_shared<ModelPrivate>();
    model->definition = ModelDefinition(name, attributes, options);
    model->database = d;
    if (!model->definition.problems().isEmpty())
        return fail(Error::Kind::InvalidQuery,
                    QStringLiteral("the model %1 is not valid: %2")
                            .arg(name.left(80), model->definition.problems().join(QStringLiteral("; "))));
    QMutexLocker lock(&d->mutex);
    const auto existing = std::find_if(d->models.begin(), d->models.end(),
                                       [&](const auto &m) { return m->definition.name() == name; });
    if (existing != d->models.end())
        *existing = model;
    else
        d->models.append(model);
    return Model(model);
}

Model Database::model(const QString &name) const
{
    if (!d)
        return Model();
    QMutexLocker lock(&d->mutex);
    for (const auto &m : std::as_const(d->models)) {
        if (m->definition.name() == name)
            return Model(m);
    }
    return Model();
}

QList<Model> Database::models() const
{
    QList<Model> list;
    if (!d)
        return list;
    QMutexLocker lock(&d->mutex);
    for (const auto &m : std::as_const(d->models))
        list << Model(m);
    return list;
}

namespace {

// The models in definition order, except that a table comes after the tables its foreign keys refer to
// (PostgreSQL checks a REFERENCES clause's table at once). Cycles keep the definition order.
QList<Model> dependencyOrder(const QList<Model> &models)
{
    QList<Model> ordered;
    QSet<QString> placed;
    QList<Model> pending = models;
    while (!pending.isEmpty()) {
        const qsizetype before = pending.size();
        for (qsizetype i = 0; i < pending.size();) {
            const ModelDefinition &def = pending.at(i).definition();
            const bool ready = std::all_of(def.attributes().begin(), def.attributes().end(), [&](const Attribute &a) {
                const QString &table = a.references.table;
                return table.isEmpty() || table == def.tableName() || placed.contains(table)
                        || std::none_of(pending.begin(), pending.end(),
                                        [&](const Model &m) { return m.tableName() == table; });
            });
            if (ready) {
                placed.insert(def.tableName());
                ordered << pending.takeAt(i);
            } else {
                ++i;
            }
        }
        if (pending.size() == before) { // a cycle
            ordered += pending;
            break;
        }
    }
    return ordered;
}

} // namespace

Result<SyncReport> Database::sync(SyncMode mode) const
{
    const QList<Model> ordered = dependencyOrder(models());
    SyncReport report;
    if (mode == SyncMode::Force) {
        // Dropped in reverse order first, so that no table goes while another still refers to it.
        auto existing = tables();
        if (!existing)
            return std::unexpected(existing.error());
        for (auto it = ordered.crbegin(); it != ordered.crend(); ++it) {
            if (!existing->contains(it->tableName()))
                continue;
            auto dropped = d->execute(d->dialect.dropTable(it->tableName()), {});
            if (!dropped)
                return std::unexpected(dropped.error());
            report.actions << QStringLiteral("dropped table %1").arg(it->tableName());
        }
    }
    for (const Model &m : ordered) {
        auto r = m.sync(mode);
        if (!r)
            return r;
        report.actions += r->actions;
    }
    return report;
}

} // namespace Orm
