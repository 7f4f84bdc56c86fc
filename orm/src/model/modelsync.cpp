// Model::sync(): the model's table, columns and indexes made to match its definition.

#include "database/databaseprivate_p.h"
#include "database/scopedtransaction_p.h"
#include "model/modelprivate_p.h"

#include <orm/model.h>
#include <orm/querybuilder.h>

namespace Orm {

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

} // namespace Orm
