// Eager loading: findAll's include. To-one associations are joined into the parents' statement; the others are
// loaded by one statement per include (per 5,000 parents) and matched to their parents by key.

#include "database/databaseprivate_p.h"
#include "model/association_p.h"
#include "model/modelprivate_p.h"

#include <orm/model.h>

namespace Orm {

namespace {

// Keys per statement of a separate load: well under both databases' parameter limits.
constexpr qsizetype keysPerStatement = 5000;

QString keyString(const QVariant &key)
{
    return key.toString();
}

} // namespace

// One include, resolved against the associations.
struct IncludeNode
{
    std::shared_ptr<const AssociationPrivate> association;
    AssociationPrivate::Models models;
    Include options;
    QString path; // "Editeur.Pays"
    bool joined = false; // in the parents' statement
    QList<IncludeNode> children;
};

class IncludeLoader
{
public:
    static Result<QList<IncludeNode>> resolve(const ModelPrivate &model, const QList<Include> &includes,
                                              bool parentJoined, const QString &prefix);
    // The joins of a SELECT (withColumns) or of a COUNT, where joined includes read nothing but may still be
    // named by the where.
    static QList<Join> joins(const QList<IncludeNode> &nodes, bool withColumns);
    static void attachJoined(Instance &parent, const QList<IncludeNode> &nodes, const QVariantList &row,
                             qsizetype &offset);
    static Status loadSeparate(const QList<Instance *> &parents, const QList<IncludeNode> &nodes);
    static QList<int> columnsOf(const IncludeNode &node);
    static QStringList keysNeeded(const QList<IncludeNode> &children);
    static Instance fromSlice(const ModelPrivate &model, const QList<int> &columns, const QVariantList &row,
                              qsizetype offset);
};

Result<QList<IncludeNode>> IncludeLoader::resolve(const ModelPrivate &model, const QList<Include> &includes,
                                                  bool parentJoined, const QString &prefix)
{
    QList<IncludeNode> nodes;
    for (const Include &include : includes) {
        IncludeNode node;
        node.association = model.association(include.as);
        if (!node.association)
            return fail(Error::Kind::InvalidQuery,
                        QStringLiteral("%1 has no association named '%2'")
                                .arg(model.definition.name(), include.as.left(80)));
        auto models = node.association->models();
        if (!models)
            return std::unexpected(models.error());
        node.models = *models;
        for (const QString &name : include.attributes) {
            if (models->target->definition.indexOf(name) < 0)
                return fail(Error::Kind::InvalidQuery,
                            QStringLiteral("'%1' is not an attribute of the model %2")
                                    .arg(name.left(80), models->target->definition.name()));
        }
        node.options = include;
        node.path = prefix.isEmpty() ? include.as : prefix + u'.' + include.as;
        // Only a belongsTo is joined: it matches at most one row by construction. A hasOne is one by intent only
        // (nothing stops two rows from pointing at the same parent), and a join would then repeat the parent and
        // spoil limit and count: like the to-many ones, it is loaded by one more statement.
        node.joined = parentJoined && node.association->kind == AssociationKind::BelongsTo && !include.separate;
        auto children = resolve(*models->target, include.include, node.joined, node.path);
        if (!children)
            return std::unexpected(children.error());
        node.children = *children;
        nodes << node;
    }
    return nodes;
}

// The attributes a statement must read besides those asked for: the keys the children are matched by.
QStringList IncludeLoader::keysNeeded(const QList<IncludeNode> &children)
{
    QStringList keys;
    for (const IncludeNode &child : children)
        keys << child.association->parentAttribute();
    return keys;
}

QList<int> IncludeLoader::columnsOf(const IncludeNode &node)
{
    const ModelDefinition &def = node.models.target->definition;
    if (node.options.attributes.isEmpty())
        return def.allIndexes();
    QList<int> columns = def.primaryKey();
    for (const QString &name : node.options.attributes + keysNeeded(node.children)) {
        const int i = def.indexOf(name);
        if (i >= 0 && !columns.contains(i))
            columns << i;
    }
    return columns;
}

QList<Join> IncludeLoader::joins(const QList<IncludeNode> &nodes, bool withColumns)
{
    QList<Join> list;
    for (const IncludeNode &node : nodes) {
        const bool required = node.options.isRequired();
        if (node.joined) {
            Join join = node.association->join(node.models, Join::Mode::Join);
            join.path = node.path;
            join.required = required;
            join.where = node.options.where;
            join.paranoid = node.options.paranoid;
            if (withColumns)
                join.columns = columnsOf(node);
            join.children = joins(node.children, withColumns);
            list << join;
        } else if (required) {
            // Not joined: only parents that have a match remain, through EXISTS (and so do its own required ones).
            Join exists = node.association->join(node.models, Join::Mode::Exists);
            exists.required = true;
            exists.where = node.options.where;
            exists.paranoid = node.options.paranoid;
            for (Join child : joins(node.children, false)) {
                if (!child.required)
                    continue;
                child.mode = Join::Mode::Exists;
                exists.children << child;
            }
            list << exists;
        }
    }
    return list;
}

Instance IncludeLoader::fromSlice(const ModelPrivate &model, const QList<int> &columns, const QVariantList &row,
                                  qsizetype offset)
{
    const QVariantList slice = row.mid(offset, columns.size());
    // A LEFT JOIN without a match reads nulls, the key among them.
    for (int key : model.definition.primaryKey()) {
        const qsizetype at = columns.indexOf(key);
        if (at >= 0 && slice.value(at).isNull())
            return Instance();
    }
    return model.fromRow(slice, columns, {});
}

void IncludeLoader::attachJoined(Instance &parent, const QList<IncludeNode> &nodes, const QVariantList &row,
                                 qsizetype &offset)
{
    for (const IncludeNode &node : nodes) {
        if (!node.joined)
            continue;
        const QList<int> columns = columnsOf(node);
        Instance child = fromSlice(*node.models.target, columns, row, offset);
        offset += columns.size();
        attachJoined(child, node.children, row, offset); // reads the children's columns even without a match
        if (!parent.isNull())
            parent.setRelated(node.options.as, false, child.isNull() ? QList<Instance>() : QList<Instance>{child});
    }
}

Status IncludeLoader::loadSeparate(const QList<Instance *> &parents, const QList<IncludeNode> &nodes)
{
    for (const IncludeNode &node : nodes) {
        const AssociationPrivate &association = *node.association;
        if (node.joined) {
            QList<Instance *> children;
            for (Instance *parent : parents) {
                if (!parent->m_extras)
                    continue;
                for (Instance::Related &related : parent->m_extras->related) {
                    if (related.as != node.options.as)
                        continue;
                    for (Instance &row : related.rows)
                        children << &row;
                }
            }
            if (auto r = loadSeparate(children, node.children); !r)
                return r;
            continue;
        }
        QList<QVariant> keys;
        QSet<QString> seen;
        for (const Instance *parent : parents) {
            const QVariant key = parent->get(association.parentAttribute());
            if (!key.isNull() && !seen.contains(keyString(key))) {
                seen.insert(keyString(key));
                keys << key;
            }
        }
        const ModelPrivate &target = *node.models.target;
        const ModelDefinition &def = target.definition;
        const bool throughTable = association.kind == AssociationKind::BelongsToMany;
        Join rowJoin;
        if (throughTable) {
            const Join link = association.join(node.models, Join::Mode::Join);
            rowJoin.model = &node.models.through->definition;
            rowJoin.path = rowJoin.model->name();
            rowJoin.attribute = link.throughAttribute;
            rowJoin.parentAttribute = link.targetAttribute;
            rowJoin.required = true;
            rowJoin.columns = rowJoin.model->allIndexes();
        }
        FindOptions options;
        options.order = node.options.order;
        for (int key : def.primaryKey())
            options.order << Order(col(def.attribute(key).name));
        options.paranoid = node.options.paranoid;
        options.include = node.options.include;
        if (!node.options.attributes.isEmpty()) {
            QStringList names = node.options.attributes + keysNeeded(node.children);
            for (int key : def.primaryKey())
                names << def.attribute(key).name;
            if (!throughTable)
                names << association.childAttribute();
            names.removeDuplicates();
            for (const QString &name : std::as_const(names))
                options.attributes << SelectItem(name);
        }
        const QString matched =
                throughTable ? rowJoin.path + u'.' + association.foreignKey : association.childAttribute();
        QHash<QString, QList<Instance>> byKey;
        for (qsizetype start = 0; start < keys.size(); start += keysPerStatement) {
            options.where = col(matched).in(keys.mid(start, keysPerStatement)) && node.options.where;
            auto rows = target.selectIncluding(options, throughTable ? node.models.through.get() : nullptr,
                                               throughTable ? &rowJoin : nullptr);
            if (!rows)
                return std::unexpected(rows.error());
            for (const Instance &row : std::as_const(*rows)) {
                const QVariant key = throughTable ? row.through().get(association.foreignKey)
                                                  : row.get(association.childAttribute());
                byKey[keyString(key)] << row;
            }
        }
        for (Instance *parent : parents) {
            QList<Instance> rows = byKey.value(keyString(parent->get(association.parentAttribute())));
            if (!association.isToMany() && rows.size() > 1)
                rows.resize(1);
            parent->setRelated(node.options.as, association.isToMany(), rows);
        }
    }
    return {};
}

Result<QList<Instance>> ModelPrivate::selectIncluding(const FindOptions &findOptions, const ModelPrivate *through,
                                                      const Join *throughJoin) const
{
    auto d = db();
    if (!d)
        return std::unexpected(d.error());
    auto nodes = IncludeLoader::resolve(*this, findOptions.include, true, QString());
    if (!nodes)
        return std::unexpected(nodes.error());
    FindOptions options = findOptions;
    if (!options.attributes.isEmpty()) {
        QStringList keys = IncludeLoader::keysNeeded(*nodes);
        for (int key : definition.primaryKey())
            keys << definition.attribute(key).name;
        for (const QString &key : std::as_const(keys)) {
            const bool listed =
                    std::any_of(options.attributes.begin(), options.attributes.end(), [&](const SelectItem &item) {
                        return item.alias.isEmpty() && item.expr.kind() == Expr::Kind::Column
                                && definition.indexOf(item.expr.name()) == definition.indexOf(key);
                    });
            if (!listed)
                options.attributes << SelectItem(key);
        }
    }
    QList<Join> joins = IncludeLoader::joins(*nodes, true);
    if (throughJoin)
        joins.prepend(*throughJoin);
    QList<int> columns;
    QStringList aliases;
    auto st = QueryBuilder(definition, (*d)->dialect).select(options, &columns, &aliases, joins);
    if (!st)
        return std::unexpected(st.error());
    auto rows = (*d)->execute(st->sql, st->bindings);
    if (!rows)
        return std::unexpected(withAttributeNames(rows.error()));
    QList<Instance> instances;
    instances.reserve(rows->rows.size());
    for (const QVariantList &row : std::as_const(rows->rows)) {
        Instance instance = fromRow(row.mid(0, columns.size()), columns, aliases);
        qsizetype offset = columns.size();
        if (through) {
            const Instance link = IncludeLoader::fromSlice(*through, throughJoin->columns, row, offset);
            offset += throughJoin->columns.size();
            instance.setRelated(QString(), false, {link});
        }
        IncludeLoader::attachJoined(instance, *nodes, row, offset);
        instances << instance;
    }
    QList<Instance *> parents;
    parents.reserve(instances.size());
    for (Instance &instance : instances)
        parents << &instance;
    if (auto r = IncludeLoader::loadSeparate(parents, *nodes); !r)
        return std::unexpected(r.error());
    if (instances.isEmpty() && options.onEmpty == OnEmpty::Reject)
        return fail(Error::Kind::EmptyResult, QStringLiteral("no %1 matches the query").arg(definition.name()),
                    st->sql);
    return instances;
}

Result<QList<Join>> ModelPrivate::requiredJoins(const QList<Include> &includes) const
{
    auto nodes = IncludeLoader::resolve(*this, includes, true, QString());
    if (!nodes)
        return std::unexpected(nodes.error());
    return IncludeLoader::joins(*nodes, false);
}

} // namespace Orm
