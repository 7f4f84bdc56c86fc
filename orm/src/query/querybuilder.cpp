#include "query/periods_p.h"

#include <orm/querybuilder.h>

#include <QHash>

#include <cmath>

namespace Orm {

struct QueryBuilder::Context
{
    QVariantList bindings;
    QHash<QString, Expr> aliases; // names declared with as(), and what they stand for
    bool aliasesAllowed = false; // in ORDER BY and HAVING only
    bool inlineAliases = false; // PostgreSQL's HAVING cannot name an output column: repeat its expression
    // In statements with joins: the model unqualified names belong to (null: the builder's), the qualifier of its
    // columns ("\"Livres\"."), and the joined models by path ("Editeur.Pays" -> model, qualifier).
    const ModelDefinition *model = nullptr;
    QString qualifier;
    QHash<QString, std::pair<const ModelDefinition *, QString>> scopes;
    int joinCount = 0; // the joins' aliases: "j1", "j2"...
    QVariantList existsBindings; // EXISTS conditions follow the where in the SQL, and their values its values
};

namespace {

// The functions a query may call; Expr::function() is public, so its name is checked here like any identifier.
bool isAllowedFunction(const QString &name)
{
    static const QStringList allowed = {QStringLiteral("COUNT"), QStringLiteral("SUM"),   QStringLiteral("AVG"),
                                        QStringLiteral("MIN"),   QStringLiteral("MAX"),   QStringLiteral("LOWER"),
                                        QStringLiteral("UPPER"), QStringLiteral("LENGTH")};
    return allowed.contains(name);
}

bool isArithmeticOperator(const QString &op)
{
    return op == u"+" || op == u"-" || op == u"*" || op == u"/";
}

bool isReal(const DataType *type)
{
    return type
            && (type->kind == DataType::Kind::Float || type->kind == DataType::Kind::Double
                || type->kind == DataType::Kind::Decimal);
}

const char *comparisonOperator(Where::Op op)
{
    switch (op) {
    case Where::Op::Eq:
        return " = ";
    case Where::Op::Ne:
        return " <> ";
    case Where::Op::Gt:
        return " > ";
    case Where::Op::Gte:
        return " >= ";
    case Where::Op::Lt:
        return " < ";
    case Where::Op::Lte:
        return " <= ";
    default:
        return nullptr;
    }
}

// The locking clause of a PostgreSQL SELECT.
QString lockClause(Lock lock)
{
    switch (lock) {
    case Lock::None:
        break;
    case Lock::Update:
        return QStringLiteral(" FOR UPDATE");
    case Lock::Share:
        return QStringLiteral(" FOR SHARE");
    case Lock::UpdateSkipLocked:
        return QStringLiteral(" FOR UPDATE SKIP LOCKED");
    case Lock::ShareSkipLocked:
        return QStringLiteral(" FOR SHARE SKIP LOCKED");
    }
    return QString();
}

} // namespace

QueryBuilder::QueryBuilder(const ModelDefinition &model, const Dialect &dialect)
    : m_model(model),
      m_dialect(dialect) { }

QString QueryBuilder::table() const
{
    return m_model.quotedTable();
}

QString QueryBuilder::column(int attribute) const
{
    return m_model.quotedColumn(attribute);
}

QString QueryBuilder::returningAll() const
{
    QStringList columns;
    for (int i = 0; i < m_model.attributes().size(); ++i)
        columns << column(i);
    return QStringLiteral(" RETURNING ") + columns.join(QStringLiteral(", "));
}

Result<QString> QueryBuilder::renderExpr(const Expr &expr, Context &ctx, const DataType **type) const
{
    const DataType *hint = type ? *type : nullptr;
    switch (expr.kind()) {
    case Expr::Kind::Column:
        return renderColumn(expr, ctx, type);
    case Expr::Kind::Value: {
        const QVariant value = hint ? m_dialect.toDatabase(expr.value(), *hint) : expr.value();
        ctx.bindings.append(value);
        // A fraction compared with an integer: PostgreSQL types the parameter as the other side's integer
        // (a column, COUNT(*), an aggregate) and rounds it: stock > 4.5 would become stock > 5.
        const bool realHint = hint
                && (hint->kind == DataType::Kind::Float || hint->kind == DataType::Kind::Double
                    || hint->kind == DataType::Kind::Decimal);
        if (!realHint && value.typeId() == QMetaType::Double && value.toDouble() != std::trunc(value.toDouble()))
            return QStringLiteral("CAST(? AS DOUBLE PRECISION)");
        return QStringLiteral("?");
    }
    case Expr::Kind::Star:
        return QStringLiteral("*");
    case Expr::Kind::Function:
        return renderFunction(expr, ctx, type);
    case Expr::Kind::Arithmetic: {
        const QList<Expr> operands = expr.arguments();
        if (!isArithmeticOperator(expr.name()) || operands.size() != 2)
            return fail(Error::Kind::InvalidQuery,
                        QStringLiteral("the operator '%1' is not allowed in a query").arg(expr.name().left(80)));
        // Each side is rendered without a type hint: a value is bound as it is (a fraction cast to DOUBLE
        // PRECISION), never converted to the other side's type, so that stock * 1.5 is not stock * 2.
        QString sides[2];
        const DataType *types[2] = {nullptr, nullptr};
        for (int i = 0; i < 2; ++i) {
            auto rendered = renderExpr(operands.at(i), ctx, &types[i]);
            if (!rendered)
                return rendered;
            sides[i] = operands.at(i).kind() == Expr::Kind::Arithmetic ? u'(' + *rendered + u')' : *rendered;
        }
        // What a value compared with the result is converted to: the real side's type, else the left side's.
        if (type)
            *type = isReal(types[1]) && !isReal(types[0]) ? types[1] : types[0] ? types[0] : types[1];
        return sides[0] + u' ' + expr.name() + u' ' + sides[1];
    }
    }
    return fail(Error::Kind::InvalidQuery, QStringLiteral("unknown expression"));
}

// A column by attribute or column name, a path into a join ("Editeur.Pays"), or in ORDER BY and HAVING an alias of
// the select list (its expression again where PostgreSQL cannot name it).
Result<QString> QueryBuilder::renderColumn(const Expr &expr, Context &ctx, const DataType **type) const
{
    QString name = expr.name();
    const ModelDefinition *model = ctx.model ? ctx.model : &m_model;
    QString qualifier = ctx.qualifier;
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot > 0) {
        const auto scope = ctx.scopes.constFind(name.left(dot));
        if (scope != ctx.scopes.cend()) {
            model = scope->first;
            qualifier = scope->second;
            name = name.mid(dot + 1);
        }
    }
    const int index = model->indexOf(name);
    if (index >= 0) {
        if (type)
            *type = &model->attribute(index).type;
        return qualifier + model->quotedColumn(index);
    }
    if (ctx.aliasesAllowed && ctx.aliases.contains(name)) {
        if (!ctx.inlineAliases)
            return m_dialect.quote(name);
        Context inner = ctx;
        inner.aliasesAllowed = false; // an alias's expression cannot name another alias
        inner.bindings.clear();
        auto rendered = renderExpr(ctx.aliases.value(name), inner, type);
        if (rendered)
            ctx.bindings += inner.bindings;
        return rendered;
    }
    return fail(Error::Kind::InvalidQuery,
                QStringLiteral("'%1' is not an attribute of the model %2").arg(expr.name().left(80), model->name()));
}

// An allowed function (COUNT, SUM... and the periods' functions) with its arguments rendered.
Result<QString> QueryBuilder::renderFunction(const Expr &expr, Context &ctx, const DataType **type) const
{
    const QString function = expr.name().toUpper();
    if (!isAllowedFunction(function) && !Periods::isPeriodFunction(function))
        return fail(Error::Kind::InvalidQuery,
                    QStringLiteral("the function '%1' is not allowed in a query").arg(expr.name().left(80)));
    QStringList arguments;
    for (const Expr &argument : expr.arguments()) {
        const DataType *argumentType = nullptr;
        auto rendered = renderExpr(argument, ctx, &argumentType);
        if (!rendered)
            return rendered;
        arguments << *rendered;
    }
    if (function == u"COUNT" || function == u"LENGTH") {
        if (type)
            *type = nullptr;
    }
    if (Periods::isPeriodFunction(function)) {
        if (arguments.size() != 1 || expr.isDistinct())
            return fail(Error::Kind::InvalidQuery, QStringLiteral("%1 takes one date").arg(function));
        if (type)
            *type = nullptr; // a text, not a date
        return Periods::render(m_dialect.kind(), function, arguments.first());
    }
    return function + u'(' + (expr.isDistinct() ? QStringLiteral("DISTINCT ") : QString())
            + arguments.join(QStringLiteral(", ")) + u')';
}

namespace {

Where::Op negated(Where::Op op)
{
    switch (op) {
    case Where::Op::Eq:
        return Where::Op::Ne;
    case Where::Op::Ne:
        return Where::Op::Eq;
    case Where::Op::Gt:
        return Where::Op::Lte;
    case Where::Op::Lte:
        return Where::Op::Gt;
    case Where::Op::Lt:
        return Where::Op::Gte;
    case Where::Op::Gte:
        return Where::Op::Lt;
    case Where::Op::In:
        return Where::Op::NotIn;
    case Where::Op::NotIn:
        return Where::Op::In;
    case Where::Op::Between:
        return Where::Op::NotBetween;
    case Where::Op::NotBetween:
        return Where::Op::Between;
    case Where::Op::Like:
        return Where::Op::NotLike;
    case Where::Op::NotLike:
        return Where::Op::Like;
    case Where::Op::ILike:
        return Where::Op::NotILike;
    case Where::Op::NotILike:
        return Where::Op::ILike;
    case Where::Op::IsNull:
        return Where::Op::IsNotNull;
    case Where::Op::IsNotNull:
        return Where::Op::IsNull;
    default:
        return op;
    }
}

// Moves every NOT down to the comparisons (De Morgan, and NOT (a = b) as a <> b...), which is exact in SQL's
// three-valued logic, and flattens the and/or chains that result. Deep conditions then need fewer parentheses:
// SQLite's parser (Debian's 3.40) overflows its stack at about 40 nested levels.
Where pushNegations(const Where &where, bool negate)
{
    switch (where.op()) {
    case Where::Op::None:
        return where;
    case Where::Op::Not:
        return pushNegations(where.children().value(0), !negate);
    case Where::Op::And:
    case Where::Op::Or: {
        QList<Where> children;
        const QList<Where> original = where.children();
        children.reserve(original.size());
        for (const Where &child : original)
            children << pushNegations(child, negate);
        const bool isAnd = (where.op() == Where::Op::And) != negate;
        return Where::combine(isAnd ? Where::Op::And : Where::Op::Or, children);
    }
    default:
        return negate ? Where::compare(negated(where.op()), where.operands(), where.escape()) : where;
    }
}

} // namespace

Result<QString> QueryBuilder::renderWhere(const Where &where, Context &ctx) const
{
    return renderCondition(pushNegations(where, false), ctx, false);
}

Result<QString> QueryBuilder::renderCondition(const Where &where, Context &ctx, bool insideAnd) const
{
    const Where::Op op = where.op();
    switch (op) {
    case Where::Op::None:
        return QString();
    case Where::Op::And:
    case Where::Op::Or: {
        QStringList parts;
        for (const Where &child : where.children()) {
            auto rendered = renderCondition(child, ctx, op == Where::Op::And);
            if (!rendered)
                return rendered;
            if (!rendered->isEmpty())
                parts << *rendered;
        }
        if (parts.isEmpty())
            return QString();
        const QString joined = parts.join(op == Where::Op::And ? QStringLiteral(" AND ") : QStringLiteral(" OR "));
        // AND binds tighter than OR: only an OR inside an AND needs parentheses.
        return op == Where::Op::Or && insideAnd && parts.size() > 1 ? u'(' + joined + u')' : joined;
    }
    case Where::Op::Not: { // not reached after pushNegations(), kept for completeness
        auto rendered = renderCondition(where.children().value(0), ctx, false);
        if (!rendered)
            return rendered;
        return QStringLiteral("NOT (") + *rendered + u')';
    }
    default:
        return renderComparison(where, ctx);
    }
}

// One comparison of the where (every operator but AND, OR and NOT): its operands rendered, the right side's values
// converted with the left side's type.
Result<QString> QueryBuilder::renderComparison(const Where &where, Context &ctx) const
{
    const Where::Op op = where.op();
    const QList<Expr> operands = where.operands();
    qsizetype needed = 2;
    if (op == Where::Op::IsNull || op == Where::Op::IsNotNull || op == Where::Op::In || op == Where::Op::NotIn)
        needed = 1;
    else if (op == Where::Op::Between || op == Where::Op::NotBetween)
        needed = 3;
    const bool exact = op != Where::Op::In && op != Where::Op::NotIn;
    if (operands.size() < needed || (exact && operands.size() != needed))
        return fail(Error::Kind::InvalidQuery,
                    QStringLiteral("a comparison with %1 operands where it takes %2").arg(operands.size()).arg(needed));
    const DataType *type = nullptr;
    auto lhs = renderExpr(operands.first(), ctx, &type);
    if (!lhs)
        return lhs;
    // The right side's values are converted with the left side's type (a bool for a BOOLEAN column, say).
    auto operand = [&](int i) -> Result<QString> {
        const DataType *t = type;
        return renderExpr(operands.at(i), ctx, &t);
    };
    const QString escape = QStringLiteral(" ESCAPE '\\'");

    if (const char *sqlOp = comparisonOperator(op)) {
        auto rhs = operand(1);
        if (!rhs)
            return rhs;
        return *lhs + QLatin1StringView(sqlOp) + *rhs;
    }
    switch (op) {
    case Where::Op::In:
    case Where::Op::NotIn: {
        if (operands.size() == 1) // an empty list matches nothing (IN) or everything (NOT IN)
            return op == Where::Op::In ? QStringLiteral("1 = 0") : QStringLiteral("1 = 1");
        QStringList items;
        for (int i = 1; i < operands.size(); ++i) {
            auto rendered = operand(i);
            if (!rendered)
                return rendered;
            items << *rendered;
        }
        return *lhs + (op == Where::Op::In ? QStringLiteral(" IN (") : QStringLiteral(" NOT IN ("))
                + items.join(QStringLiteral(", ")) + u')';
    }
    case Where::Op::Between:
    case Where::Op::NotBetween: {
        auto low = operand(1);
        if (!low)
            return low;
        auto high = operand(2);
        if (!high)
            return high;
        return *lhs + (op == Where::Op::Between ? QStringLiteral(" BETWEEN ") : QStringLiteral(" NOT BETWEEN ")) + *low
                + QStringLiteral(" AND ") + *high;
    }
    case Where::Op::Like:
    case Where::Op::NotLike: {
        const DataType text = DataType::text();
        const DataType *t = &text;
        auto pattern = renderExpr(operands.at(1), ctx, &t);
        if (!pattern)
            return pattern;
        return *lhs + (op == Where::Op::Like ? QStringLiteral(" LIKE ") : QStringLiteral(" NOT LIKE ")) + *pattern
                + escape;
    }
    case Where::Op::ILike:
    case Where::Op::NotILike: {
        const DataType text = DataType::text();
        const DataType *t = &text;
        auto pattern = renderExpr(operands.at(1), ctx, &t);
        if (!pattern)
            return pattern;
        return m_dialect.iLike(*lhs, *pattern, op == Where::Op::NotILike) + escape;
    }
    case Where::Op::IsNull:
        return *lhs + QStringLiteral(" IS NULL");
    case Where::Op::IsNotNull:
        return *lhs + QStringLiteral(" IS NOT NULL");
    default:
        return fail(Error::Kind::InvalidQuery, QStringLiteral("unknown operator"));
    }
}

Result<QString> QueryBuilder::whereClause(const Where &where, Paranoid paranoid, Context &ctx) const
{
    Where effective = where;
    if (m_model.isParanoid() && paranoid == Paranoid::ExcludeDeleted)
        effective = col(m_model.attribute(m_model.deletedAtIndex()).name).isNull() && where;
    auto rendered = renderWhere(effective, ctx);
    if (!rendered)
        return rendered;
    return rendered->isEmpty() ? QString() : QStringLiteral(" WHERE ") + *rendered;
}

namespace {

// The condition of a join or an EXISTS on the joined model: its own where, and not soft-deleted.
Where joinedWhere(const Join &join)
{
    if (join.model->isParanoid() && join.paranoid == Paranoid::ExcludeDeleted)
        return col(join.model->attribute(join.model->deletedAtIndex()).name).isNull() && join.where;
    return join.where;
}

} // namespace

// FROM the model and its joins, WHERE the options' where and the EXISTS conditions of the joins.
Result<QString> QueryBuilder::fromAndWhere(const FindOptions &options, const QList<Join> &joins, Context &ctx,
                                           QStringList &joinedColumns) const
{
    QStringList exists;
    auto joined = joinClauses(joins, m_model, ctx.qualifier, ctx, joinedColumns, exists);
    if (!joined)
        return joined;
    auto where = whereClause(options.where, options.paranoid, ctx);
    if (!where)
        return where;
    QString sql = QStringLiteral(" FROM ") + table() + *joined;
    if (exists.isEmpty())
        return sql + *where;
    const QString conditions = exists.join(QStringLiteral(" AND "));
    if (where->isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions;
    else
        sql += QStringLiteral(" WHERE (") + where->mid(7) + QStringLiteral(") AND ") + conditions;
    ctx.bindings += ctx.existsBindings;
    return sql;
}

// The LEFT OUTER / INNER JOINs of the Mode::Join joins under a parent, depth first; their columns go to columns
// and the EXISTS conditions of the required joins that are not joined go to exists.
Result<QString> QueryBuilder::joinClauses(const QList<Join> &joins, const ModelDefinition &parent,
                                          const QString &qualifier, Context &ctx, QStringList &columns,
                                          QStringList &exists) const
{
    QString sql;
    for (const Join &join : joins) {
        if (join.mode == Join::Mode::Exists) {
            Context inner = ctx;
            inner.bindings.clear();
            auto condition = existsCondition(join, parent, qualifier, inner);
            if (!condition)
                return condition;
            ctx.joinCount = inner.joinCount;
            exists << *condition;
            ctx.existsBindings += inner.bindings;
            continue;
        }
        if (!join.model || join.attribute < 0 || join.parentAttribute < 0)
            return fail(Error::Kind::InvalidQuery, QStringLiteral("an incomplete join"));
        const QString alias = m_dialect.quote(QStringLiteral("j%1").arg(++ctx.joinCount)) + u'.';
        ctx.scopes.insert(join.path, {join.model, alias});
        Context on = ctx;
        on.model = join.model;
        on.qualifier = alias;
        on.bindings.clear();
        auto where = renderWhere(joinedWhere(join), on);
        if (!where)
            return where;
        ctx.bindings += on.bindings;
        sql += (join.required ? QStringLiteral(" INNER JOIN ") : QStringLiteral(" LEFT OUTER JOIN "))
                + join.model->quotedTable() + QStringLiteral(" AS ") + alias.chopped(1) + QStringLiteral(" ON ") + alias
                + join.model->quotedColumn(join.attribute) + QStringLiteral(" = ") + qualifier
                + parent.quotedColumn(join.parentAttribute)
                + (where->isEmpty() ? QString() : QStringLiteral(" AND (") + *where + u')');
        for (int i : join.columns)
            columns << alias + join.model->quotedColumn(i);
        auto children = joinClauses(join.children, *join.model, alias, ctx, columns, exists);
        if (!children)
            return children;
        sql += *children;
    }
    return sql;
}

// EXISTS (SELECT 1 FROM the joined model [through its join table] WHERE it matches the parent), with the joined
// model's where and, nested, its own required joins.
Result<QString> QueryBuilder::existsCondition(const Join &join, const ModelDefinition &parent, const QString &qualifier,
                                              Context &ctx) const
{
    if (!join.model || join.attribute < 0 || join.parentAttribute < 0
        || (join.through && (join.throughAttribute < 0 || join.targetAttribute < 0)))
        return fail(Error::Kind::InvalidQuery, QStringLiteral("an incomplete join"));
    const QString alias = m_dialect.quote(QStringLiteral("j%1").arg(++ctx.joinCount)) + u'.';
    Context inner = ctx;
    inner.model = join.model;
    inner.qualifier = alias;
    QString from;
    QString match;
    if (join.through) {
        const QString throughAlias = m_dialect.quote(QStringLiteral("j%1").arg(++inner.joinCount)) + u'.';
        from = join.through->quotedTable() + QStringLiteral(" AS ") + throughAlias.chopped(1)
                + QStringLiteral(" INNER JOIN ") + join.model->quotedTable() + QStringLiteral(" AS ") + alias.chopped(1)
                + QStringLiteral(" ON ") + alias + join.model->quotedColumn(join.targetAttribute)
                + QStringLiteral(" = ") + throughAlias + join.through->quotedColumn(join.throughAttribute);
        match = throughAlias + join.through->quotedColumn(join.attribute);
        inner.scopes.insert(join.through->name(), {join.through, throughAlias}); // "LivreAuteur.Role"
    } else {
        from = join.model->quotedTable() + QStringLiteral(" AS ") + alias.chopped(1);
        match = alias + join.model->quotedColumn(join.attribute);
    }
    QStringList conditions{match + QStringLiteral(" = ") + qualifier + parent.quotedColumn(join.parentAttribute)};
    auto where = renderWhere(joinedWhere(join), inner);
    if (!where)
        return where;
    if (!where->isEmpty())
        conditions << u'(' + *where + u')';
    for (const Join &child : join.children) {
        if (!child.required)
            continue;
        auto nested = existsCondition(child, *join.model, alias, inner);
        if (!nested)
            return nested;
        conditions << *nested;
    }
    ctx.bindings = inner.bindings;
    ctx.joinCount = inner.joinCount;
    return QStringLiteral("EXISTS (SELECT 1 FROM ") + from + QStringLiteral(" WHERE ")
            + conditions.join(QStringLiteral(" AND ")) + u')';
}

Result<QString> QueryBuilder::renderOrder(const QList<Order> &order, Context &ctx) const
{
    QStringList terms;
    for (const Order &o : order) {
        auto rendered = renderExpr(o.expr, ctx);
        if (!rendered)
            return rendered;
        QString term = *rendered + (o.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC"));
        if (o.nulls == Order::Nulls::First)
            term += QStringLiteral(" NULLS FIRST");
        else if (o.nulls == Order::Nulls::Last)
            term += QStringLiteral(" NULLS LAST");
        terms << term;
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" ORDER BY ") + terms.join(QStringLiteral(", "));
}

Result<Statement> QueryBuilder::select(const FindOptions &options, QList<int> *columns, QStringList *aliases,
                                       const QList<Join> &joins) const
{
    Context ctx;
    if (!joins.isEmpty()) {
        ctx.qualifier = table() + u'.';
        ctx.scopes.insert(m_model.name(), {&m_model, ctx.qualifier}); // the joins' where may name the parent
    }
    // The joins first, so that the select list may name their attributes by path ("Livre.Prix").
    QStringList joinedColumns;
    auto from = fromAndWhere(options, joins, ctx, joinedColumns);
    if (!from)
        return std::unexpected(from.error());
    auto list = selectList(options, ctx);
    if (!list)
        return std::unexpected(list.error());
    QString sql = QStringLiteral("SELECT ") + (list->sql + joinedColumns).join(QStringLiteral(", ")) + *from;
    auto grouping = groupAndHaving(options, ctx);
    if (!grouping)
        return std::unexpected(grouping.error());
    sql += *grouping;
    auto order = renderOrder(options.order, ctx);
    if (!order)
        return std::unexpected(order.error());
    sql += *order;
    auto limits = limitAndOffset(options, ctx);
    if (!limits)
        return std::unexpected(limits.error());
    sql += *limits;
    if (m_dialect.kind() == Dialect::Kind::Postgres)
        sql += lockClause(options.lock);
    if (columns)
        *columns = list->columns;
    if (aliases)
        *aliases = list->aliases;
    return Statement{sql, ctx.bindings};
}

// The select list of select(): every attribute but the excluded ones, or the options' expressions, their aliases
// declared in ctx first so that ORDER BY and HAVING may name them.
Result<QueryBuilder::SelectList> QueryBuilder::selectList(const FindOptions &options, Context &ctx) const
{
    SelectList selection;
    QList<int> &selected = selection.columns;
    QStringList &selectedAliases = selection.aliases;
    QStringList &list = selection.sql;
    for (const QString &excluded : options.exclude) {
        if (m_model.indexOf(excluded) < 0)
            return fail(
                    Error::Kind::InvalidQuery,
                    QStringLiteral("'%1' is not an attribute of the model %2").arg(excluded.left(80), m_model.name()));
    }
    if (options.attributes.isEmpty()) {
        for (int i = 0; i < m_model.attributes().size(); ++i) {
            const Attribute &a = m_model.attribute(i);
            if (options.exclude.contains(a.name))
                continue;
            list << ctx.qualifier + column(i);
            selected << i;
            selectedAliases << QString();
        }
    } else {
        // Aliases are declared first so that ORDER BY and HAVING may name them.
        for (const SelectItem &item : options.attributes) {
            if (!item.alias.isEmpty()) {
                if (!isSafeIdentifier(item.alias))
                    return fail(Error::Kind::InvalidQuery,
                                QStringLiteral("'%1' is not a valid alias").arg(item.alias.left(80)));
                ctx.aliases.insert(item.alias, item.expr);
            }
        }
        Context selectCtx; // the select list binds nothing in practice, but keep its values first if it does
        selectCtx.qualifier = ctx.qualifier;
        selectCtx.scopes = ctx.scopes;
        for (const SelectItem &item : options.attributes) {
            auto rendered = renderExpr(item.expr, selectCtx);
            if (!rendered)
                return std::unexpected(rendered.error());
            const int index = item.expr.kind() == Expr::Kind::Column ? m_model.indexOf(item.expr.name()) : -1;
            if (item.alias.isEmpty() && index < 0)
                return fail(Error::Kind::InvalidQuery,
                            QStringLiteral("an expression of the select list needs an alias"));
            if (item.alias.isEmpty()) {
                list << *rendered;
                selected << index;
                selectedAliases << QString();
            } else {
                list << *rendered + QStringLiteral(" AS ") + m_dialect.quote(item.alias);
                selected << -1;
                selectedAliases << item.alias;
            }
        }
        ctx.bindings = selectCtx.bindings + ctx.bindings;
    }
    return selection;
}

// GROUP BY and HAVING of select(); from HAVING on (ORDER BY too), the select list's aliases may be named.
Result<QString> QueryBuilder::groupAndHaving(const FindOptions &options, Context &ctx) const
{
    QString sql;
    if (!options.group.isEmpty()) {
        QStringList groups;
        for (const Expr &g : options.group) {
            auto rendered = renderExpr(g, ctx);
            if (!rendered)
                return std::unexpected(rendered.error());
            groups << *rendered;
        }
        sql += QStringLiteral(" GROUP BY ") + groups.join(QStringLiteral(", "));
    }
    ctx.aliasesAllowed = true;
    if (!options.having.isEmpty()) {
        ctx.inlineAliases = m_dialect.kind() == Dialect::Kind::Postgres;
        auto having = renderWhere(options.having, ctx);
        ctx.inlineAliases = false;
        if (!having)
            return std::unexpected(having.error());
        sql += QStringLiteral(" HAVING ") + *having;
    }
    return sql;
}

// LIMIT and OFFSET of select(), their values bound.
Result<QString> QueryBuilder::limitAndOffset(const FindOptions &options, Context &ctx) const
{
    QString sql;
    if (options.limit && *options.limit < 0)
        return fail(Error::Kind::InvalidQuery, QStringLiteral("limit cannot be negative"));
    if (options.offset && *options.offset < 0)
        return fail(Error::Kind::InvalidQuery, QStringLiteral("offset cannot be negative"));
    if (options.limit) {
        sql += QStringLiteral(" LIMIT ?");
        ctx.bindings << *options.limit;
    } else if (options.offset && m_dialect.kind() == Dialect::Kind::Sqlite) {
        sql += QStringLiteral(" LIMIT -1"); // SQLite has no OFFSET without LIMIT
    }
    if (options.offset) {
        sql += QStringLiteral(" OFFSET ?");
        ctx.bindings << *options.offset;
    }
    return sql;
}

Result<Statement> QueryBuilder::count(const FindOptions &options, const QList<Join> &joins) const
{
    Context ctx;
    if (!joins.isEmpty()) {
        ctx.qualifier = table() + u'.';
        ctx.scopes.insert(m_model.name(), {&m_model, ctx.qualifier}); // the joins' where may name the parent
    }
    QStringList joinedColumns;
    auto from = fromAndWhere(options, joins, ctx, joinedColumns);
    if (!from)
        return std::unexpected(from.error());
    if (!options.distinct)
        return Statement{QStringLiteral("SELECT COUNT(*)") + *from, ctx.bindings};
    QStringList keys;
    for (int i : m_model.primaryKey())
        keys << ctx.qualifier + column(i);
    if (keys.size() == 1)
        return Statement{QStringLiteral("SELECT COUNT(DISTINCT ") + keys.first() + u')' + *from, ctx.bindings};
    // Neither database counts distinct tuples in COUNT(DISTINCT a, b): count the rows of a DISTINCT subquery.
    return Statement{QStringLiteral("SELECT COUNT(*) FROM (SELECT DISTINCT ") + keys.join(QStringLiteral(", ")) + *from
                             + QStringLiteral(") AS \"keys\""),
                     ctx.bindings};
}

Result<Statement> QueryBuilder::aggregate(const QString &function, const QString &attribute,
                                          const FindOptions &options) const
{
    FindOptions o = options;
    o.attributes = {SelectItem(Expr::function(function, {col(attribute)}), QStringLiteral("aggregate"))};
    o.order.clear();
    o.limit.reset();
    o.offset.reset();
    return select(o);
}

Result<Statement> QueryBuilder::insert(const QList<int> &attributes, const QList<QVariantList> &rows,
                                       const BulkCreateOptions &options, Returning returning) const
{
    Statement st;
    QStringList names;
    for (int i : attributes)
        names << column(i);
    st.sql = QStringLiteral("INSERT INTO ") + table();
    if (attributes.isEmpty()) {
        if (rows.size() != 1)
            return fail(Error::Kind::InvalidQuery, QStringLiteral("a multi-row insert needs at least one attribute"));
        st.sql += QStringLiteral(" DEFAULT VALUES");
    } else {
        const QString tuple =
                u'(' + QStringList(attributes.size(), QStringLiteral("?")).join(QStringLiteral(", ")) + u')';
        st.sql += QStringLiteral(" (") + names.join(QStringLiteral(", ")) + QStringLiteral(") VALUES ");
        QStringList tuples;
        tuples.reserve(rows.size());
        st.bindings.reserve(rows.size() * attributes.size());
        for (const QVariantList &row : rows) {
            tuples << tuple;
            for (int c = 0; c < attributes.size(); ++c)
                st.bindings << m_dialect.toDatabase(row.value(c), m_model.attribute(attributes.at(c)).type);
        }
        st.sql += tuples.join(QStringLiteral(", "));
    }
    if (options.ignoreDuplicates) {
        st.sql += QStringLiteral(" ON CONFLICT DO NOTHING");
    } else if (!options.updateOnDuplicate.isEmpty()) {
        QStringList target;
        const QStringList conflict = options.conflictFields;
        if (conflict.isEmpty()) {
            for (int i : m_model.primaryKey())
                target << column(i);
        }
        for (const QString &f : conflict) {
            const int i = m_model.indexOf(f);
            if (i < 0)
                return fail(Error::Kind::InvalidQuery,
                            QStringLiteral("'%1' is not an attribute of the model %2").arg(f.left(80), m_model.name()));
            target << column(i);
        }
        QStringList sets;
        for (const QString &f : options.updateOnDuplicate) {
            const int i = m_model.indexOf(f);
            if (i < 0)
                return fail(Error::Kind::InvalidQuery,
                            QStringLiteral("'%1' is not an attribute of the model %2").arg(f.left(80), m_model.name()));
            sets << column(i) + QStringLiteral(" = excluded.") + column(i);
        }
        st.sql += QStringLiteral(" ON CONFLICT (") + target.join(QStringLiteral(", "))
                + QStringLiteral(") DO UPDATE SET ") + sets.join(QStringLiteral(", "));
    }
    if (returning == Returning::Nothing)
        return st;
    if (returning == Returning::PrimaryKey) {
        QStringList keys;
        for (int k : m_model.primaryKey())
            keys << column(k);
        st.sql += QStringLiteral(" RETURNING ") + keys.join(QStringLiteral(", "));
        return st;
    }
    st.sql += returningAll();
    return st;
}

Result<Statement> QueryBuilder::upsert(const QList<int> &attributes, const QVariantList &values,
                                       const QList<int> &conflict, const QList<int> &update) const
{
    auto st = insert(attributes, {values});
    if (!st)
        return st;
    const qsizetype returning = st->sql.lastIndexOf(QStringLiteral(" RETURNING "));
    const QString tail = st->sql.mid(returning);
    st->sql.truncate(returning);
    QStringList target;
    for (int i : conflict)
        target << column(i);
    // With nothing to update, the conflict column is set to itself so that RETURNING still gives the row.
    const QList<int> sets = update.isEmpty() ? conflict : update;
    QStringList assignments;
    for (int i : sets)
        assignments << column(i) + QStringLiteral(" = excluded.") + column(i);
    st->sql += QStringLiteral(" ON CONFLICT (") + target.join(QStringLiteral(", ")) + QStringLiteral(") DO UPDATE SET ")
            + assignments.join(QStringLiteral(", ")) + tail;
    return st;
}

Result<Statement> QueryBuilder::update(const QList<std::pair<int, QVariant>> &values, const Where &where) const
{
    return increment({}, values, where);
}

Result<Statement> QueryBuilder::increment(const QList<std::pair<int, QVariant>> &amounts,
                                          const QList<std::pair<int, QVariant>> &sets, const Where &where) const
{
    if (amounts.isEmpty() && sets.isEmpty())
        return fail(Error::Kind::InvalidQuery, QStringLiteral("an update with nothing to set"));
    Context ctx;
    QStringList assignments;
    for (const auto &[index, amount] : amounts) {
        assignments << column(index) + QStringLiteral(" = ") + column(index) + QStringLiteral(" + ?");
        ctx.bindings << m_dialect.toDatabase(amount, m_model.attribute(index).type);
    }
    for (const auto &[index, value] : sets) {
        assignments << column(index) + QStringLiteral(" = ?");
        ctx.bindings << m_dialect.toDatabase(value, m_model.attribute(index).type);
    }
    auto clause = whereClause(where, Paranoid::IncludeDeleted, ctx);
    if (!clause)
        return std::unexpected(clause.error());
    return Statement{QStringLiteral("UPDATE ") + table() + QStringLiteral(" SET ")
                             + assignments.join(QStringLiteral(", ")) + *clause,
                     ctx.bindings};
}

Result<Statement> QueryBuilder::remove(const Where &where) const
{
    Context ctx;
    auto clause = whereClause(where, Paranoid::IncludeDeleted, ctx);
    if (!clause)
        return std::unexpected(clause.error());
    return Statement{QStringLiteral("DELETE FROM ") + table() + *clause, ctx.bindings};
}

Result<QList<Statement>> QueryBuilder::createTable() const
{
    if (!m_model.problems().isEmpty())
        return fail(Error::Kind::InvalidQuery, m_model.problems().join(QStringLiteral("; ")));
    const bool singleKey = m_model.primaryKey().size() == 1;
    QStringList parts;
    for (const Attribute &a : m_model.attributes())
        parts << m_dialect.columnDefinition(a, singleKey);
    if (!singleKey && !m_model.primaryKey().isEmpty()) {
        QStringList keys;
        for (int i : m_model.primaryKey())
            keys << column(i);
        parts << QStringLiteral("PRIMARY KEY (") + keys.join(QStringLiteral(", ")) + u')';
    }
    for (const auto &[name, fields] : m_model.compositeUniques()) {
        QStringList columns;
        for (const QString &f : fields)
            columns << column(m_model.indexOf(f));
        parts << QStringLiteral("CONSTRAINT ") + m_dialect.quote(m_model.tableName() + u'_' + name)
                        + QStringLiteral(" UNIQUE (") + columns.join(QStringLiteral(", ")) + u')';
    }
    QList<Statement> statements;
    statements << Statement{QStringLiteral("CREATE TABLE IF NOT EXISTS ") + table() + QStringLiteral(" (")
                                    + parts.join(QStringLiteral(", ")) + u')',
                            {}};
    if (m_dialect.kind() == Dialect::Kind::Postgres) {
        for (int i = 0; i < m_model.attributes().size(); ++i) {
            const QString comment = m_model.attribute(i).comment;
            if (!comment.isEmpty())
                statements << Statement{QStringLiteral("COMMENT ON COLUMN ") + table() + u'.' + column(i)
                                                + QStringLiteral(" IS ")
                                                + m_dialect.defaultLiteral(comment, DataType::text()),
                                        {}};
        }
    }
    return statements;
}

QList<Statement> QueryBuilder::createIndexes(bool ifNotExists) const
{
    QList<Statement> statements;
    for (const Index &index : m_model.indexes()) {
        QStringList columns;
        for (const QString &f : index.fields)
            columns << column(m_model.indexOf(f));
        statements << Statement{QStringLiteral("CREATE ") + (index.unique ? QStringLiteral("UNIQUE ") : QString())
                                        + QStringLiteral("INDEX ")
                                        + (ifNotExists ? QStringLiteral("IF NOT EXISTS ") : QString())
                                        + m_dialect.quote(index.name) + QStringLiteral(" ON ") + table()
                                        + QStringLiteral(" (") + columns.join(QStringLiteral(", ")) + u')',
                                {}};
    }
    return statements;
}

Result<Statement> QueryBuilder::addColumn(int attribute) const
{
    const Attribute &a = m_model.attribute(attribute);
    if (a.primaryKey)
        return fail(Error::Kind::InvalidQuery,
                    QStringLiteral("cannot add the primary key column %1 to an existing table").arg(a.name));
    return Statement{QStringLiteral("ALTER TABLE ") + table() + QStringLiteral(" ADD COLUMN ")
                             + m_dialect.columnDefinition(a, false),
                     {}};
}

Statement QueryBuilder::dropTable() const
{
    return Statement{m_dialect.dropTable(m_model.tableName()), {}};
}

} // namespace Orm
