// The two statements by primary key that a model builds once and keeps: findByPk's SELECT and save()'s UPDATE.

#include "database/databaseprivate_p.h"
#include "model/modelprivate_p.h"

#include <orm/querybuilder.h>

#include <QMutexLocker>

namespace Orm {

std::optional<Result<Instance>> ModelPrivate::findByKey(std::span<const QVariant> keys, Paranoid paranoid,
                                                        OnEmpty onEmpty) const
{
    auto d = db();
    if (!d)
        return std::unexpected(d.error());
    KeyLookup lookup;
    {
        QMutexLocker lock(&keyLookupMutex);
        KeyLookup &cached = keyLookups[paranoid == Paranoid::IncludeDeleted ? 1 : 0];
        if (cached.sql.isEmpty()) {
            // Built with placeholder values: the where of a key renders "= ?" for any value but null.
            const QVariantList placeholders(qsizetype(keys.size()), QVariant(0));
            auto st = QueryBuilder(definition, (*d)->dialect)
                              .select({.where = definition.primaryKeyWhere(placeholders),
                                       .limit = 1,
                                       .paranoid = paranoid},
                                      &cached.columns);
            if (!st)
                return std::unexpected(st.error());
            if (st->bindings.size() != qsizetype(keys.size()) + 1)
                return std::nullopt;
            cached.sql = st->sql;
        }
        lookup = cached;
    }
    if (std::any_of(keys.begin(), keys.end(), [](const QVariant &k) { return k.isNull(); }))
        return std::nullopt; // a null key renders "IS NULL"
    // Each key in its stored form, as the general path binds it (a QUuid or a QDateTime is text in SQLite).
    QVariantList bindings;
    bindings.reserve(qsizetype(keys.size()) + 1);
    const QList<int> &key = definition.primaryKey();
    for (size_t k = 0; k < keys.size(); ++k)
        bindings << (*d)->dialect.toDatabase(keys[k], definition.attribute(key.at(qsizetype(k))).type);
    bindings << qlonglong(1);
    struct Read
    {
        const ModelPrivate *model;
        const QList<int> &columns;
        const Dialect &dialect;
        Instance found;
    } read{this, lookup.columns, (*d)->dialect, {}};
    // One pointer captured: the std::function holds it without allocating.
    auto ran = (*d)->execute(lookup.sql, bindings, [&read](QVariantList &row) -> Status {
        read.found = read.model->fromRow(std::move(row), read.columns, {}, read.dialect);
        return {};
    });
    if (!ran)
        return std::unexpected(withAttributeNames(ran.error()));
    if (read.found.isNull() && onEmpty == OnEmpty::Reject)
        return fail(Error::Kind::EmptyResult, QStringLiteral("no %1 matches the query").arg(definition.name()),
                    lookup.sql);
    return std::move(read.found);
}

Result<Statement> ModelPrivate::updateByKey(const QList<std::pair<int, QVariant>> &sets, const QVariantList &keys,
                                            const QVariant *version, const Dialect &dialect) const
{
    // The values in the order the statement binds them: the version's increment, the values set, the key, the
    // version read.
    const int versionIndex = definition.versionIndex();
    const QList<int> &key = definition.primaryKey();
    QVariantList bindings;
    QList<int> shape;
    if (version)
        bindings << dialect.toDatabase(1, definition.attribute(versionIndex).type);
    for (const auto &[index, value] : sets) {
        bindings << dialect.toDatabase(value, definition.attribute(index).type);
        shape << index;
    }
    const qsizetype compared = bindings.size();
    for (qsizetype k = 0; k < key.size() && k < keys.size(); ++k)
        bindings << dialect.toDatabase(keys.at(k), definition.attribute(key.at(k)).type);
    if (version) {
        bindings << dialect.toDatabase(*version, definition.attribute(versionIndex).type);
        shape << -1;
    }
    // A compared value renders "= ?" unless it is null (IS NULL) or a fraction (which may be cast): only the
    // others share a statement.
    const bool shared = keys.size() == key.size()
            && std::all_of(bindings.cbegin() + compared, bindings.cend(),
                           [](const QVariant &v) { return !v.isNull() && v.typeId() != QMetaType::Double; });
    if (shared) {
        QMutexLocker lock(&keyLookupMutex);
        if (const auto it = updates.constFind(shape); it != updates.cend())
            return Statement{*it, bindings};
    }
    Where where = definition.primaryKeyWhere(keys);
    QList<std::pair<int, QVariant>> increments;
    if (version) {
        where = where && (col(definition.attribute(versionIndex).name) == Expr::fromValue(*version));
        increments.append({versionIndex, 1});
    }
    auto st = QueryBuilder(definition, dialect).increment(increments, sets, where);
    // Kept only when it binds what the shared statement will be given.
    if (st && shared && st->bindings == bindings) {
        QMutexLocker lock(&keyLookupMutex);
        if (updates.size() >= 64)
            updates.clear(); // a model saved with many sets of attributes: start over
        updates.insert(shape, st->sql);
    }
    return st;
}

} // namespace Orm
