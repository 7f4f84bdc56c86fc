#include <orm/where.h>

namespace Orm {

struct Expr::Node
{
    Kind kind = Kind::Value;
    QString name;
    QVariant value;
    QList<Expr> arguments;
    bool distinct = false;
};

struct Where::Node
{
    Op op = Op::None;
    QList<Where> children;
    QList<Expr> operands;
    QString escape;
};

Expr::Expr() : d(std::make_shared<const Node>()) { }

Expr::Expr(std::shared_ptr<const Node> node) : d(std::move(node)) { }

Expr Expr::column(const QString &name)
{
    return Expr(std::make_shared<const Node>(Node{Kind::Column, name, {}, {}, false}));
}

Expr Expr::fromValue(const QVariant &value)
{
    return Expr(std::make_shared<const Node>(Node{Kind::Value, {}, value, {}, false}));
}

Expr Expr::function(const QString &name, const QList<Expr> &arguments, Distinct distinct)
{
    return Expr(std::make_shared<const Node>(Node{Kind::Function, name, {}, arguments, distinct == Distinct::Yes}));
}

Expr Expr::star()
{
    return Expr(std::make_shared<const Node>(Node{Kind::Star, {}, {}, {}, false}));
}

Expr Expr::arithmetic(const QString &op, const Expr &lhs, const Expr &rhs)
{
    return Expr(std::make_shared<const Node>(Node{Kind::Arithmetic, op, {}, {lhs, rhs}, false}));
}

Expr::Kind Expr::kind() const
{
    return d->kind;
}

QString Expr::name() const
{
    return d->name;
}

QVariant Expr::value() const
{
    return d->value;
}

QList<Expr> Expr::arguments() const
{
    return d->arguments;
}

bool Expr::isDistinct() const
{
    return d->distinct;
}

namespace {

QList<Expr> valuesOf(const QVariantList &values)
{
    QList<Expr> list;
    list.reserve(values.size());
    for (const QVariant &v : values)
        list.append(Expr::fromValue(v));
    return list;
}

// Escapes LIKE's wildcards so that the text matches itself.
QString escapeLike(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_')
            out += u'\\';
        out += c;
    }
    return out;
}

} // namespace

Where Expr::in(const QVariantList &values) const
{
    return Where::compare(Where::Op::In, QList<Expr>{*this} + valuesOf(values));
}

Where Expr::notIn(const QVariantList &values) const
{
    return Where::compare(Where::Op::NotIn, QList<Expr>{*this} + valuesOf(values));
}

Where Expr::between(const Expr &low, const Expr &high) const
{
    return Where::compare(Where::Op::Between, {*this, low, high});
}

Where Expr::notBetween(const Expr &low, const Expr &high) const
{
    return Where::compare(Where::Op::NotBetween, {*this, low, high});
}

Where Expr::like(const QString &pattern) const
{
    return Where::compare(Where::Op::Like, {*this, Expr::fromValue(pattern)});
}

Where Expr::notLike(const QString &pattern) const
{
    return Where::compare(Where::Op::NotLike, {*this, Expr::fromValue(pattern)});
}

Where Expr::iLike(const QString &pattern) const
{
    return Where::compare(Where::Op::ILike, {*this, Expr::fromValue(pattern)});
}

Where Expr::notILike(const QString &pattern) const
{
    return Where::compare(Where::Op::NotILike, {*this, Expr::fromValue(pattern)});
}

Where Expr::startsWith(const QString &text) const
{
    return Where::compare(Where::Op::Like, {*this, Expr::fromValue(QString(escapeLike(text) + u'%'))},
                          QStringLiteral("\\"));
}

Where Expr::endsWith(const QString &text) const
{
    return Where::compare(Where::Op::Like, {*this, Expr::fromValue(QString(u'%' + escapeLike(text)))},
                          QStringLiteral("\\"));
}

Where Expr::substring(const QString &text) const
{
    return Where::compare(Where::Op::Like, {*this, Expr::fromValue(QString(u'%' + escapeLike(text) + u'%'))},
                          QStringLiteral("\\"));
}

Where Expr::isNull() const
{
    return Where::compare(Where::Op::IsNull, {*this});
}

Where Expr::isNotNull() const
{
    return Where::compare(Where::Op::IsNotNull, {*this});
}

Order Expr::asc() const
{
    return Order(*this);
}

Order Expr::desc() const
{
    return Order(*this, true);
}

SelectItem Expr::as(const QString &alias) const
{
    return SelectItem(*this, alias);
}

// Every empty condition shares one node: nodes are never changed, and a query's options make several.
Where::Where()
    : d([] {
          static const std::shared_ptr<const Node> empty = std::make_shared<const Node>();
          return empty;
      }())
{
}

Where::Where(std::shared_ptr<const Node> node) : d(std::move(node)) { }

bool Where::isEmpty() const
{
    return d->op == Op::None;
}

Where::Op Where::op() const
{
    return d->op;
}

QList<Where> Where::children() const
{
    return d->children;
}

QList<Expr> Where::operands() const
{
    return d->operands;
}

QString Where::escape() const
{
    return d->escape;
}

Where Where::compare(Op op, const QList<Expr> &operands, const QString &escape)
{
    return Where(std::make_shared<const Node>(Node{op, {}, operands, escape}));
}

Where Where::combine(Op op, const QList<Where> &children)
{
    QList<Where> kept;
    for (const Where &child : children) {
        if (child.isEmpty())
            continue;
        // (a && b) && c is flattened into one AND of three, so deep chains stay shallow.
        if (child.op() == op && op != Op::Not)
            kept += child.children();
        else
            kept.append(child);
    }
    if (kept.isEmpty())
        return Where();
    if (kept.size() == 1 && op != Op::Not)
        return kept.first();
    return Where(std::make_shared<const Node>(Node{op, kept, {}, {}}));
}

Where operator&&(const Where &a, const Where &b)
{
    return Where::combine(Where::Op::And, {a, b});
}

Where operator||(const Where &a, const Where &b)
{
    return Where::combine(Where::Op::Or, {a, b});
}

Where operator!(const Where &a)
{
    return Where::combine(Where::Op::Not, {a});
}

namespace {

bool isNullValue(const Expr &e)
{
    return e.kind() == Expr::Kind::Value && e.value().isNull();
}

} // namespace

Where operator==(const Expr &a, const Expr &b)
{
    if (isNullValue(b))
        return a.isNull();
    return Where::compare(Where::Op::Eq, {a, b});
}

Where operator!=(const Expr &a, const Expr &b)
{
    if (isNullValue(b))
        return a.isNotNull();
    return Where::compare(Where::Op::Ne, {a, b});
}

Where operator<(const Expr &a, const Expr &b)
{
    return Where::compare(Where::Op::Lt, {a, b});
}

Where operator<=(const Expr &a, const Expr &b)
{
    return Where::compare(Where::Op::Lte, {a, b});
}

Where operator>(const Expr &a, const Expr &b)
{
    return Where::compare(Where::Op::Gt, {a, b});
}

Where operator>=(const Expr &a, const Expr &b)
{
    return Where::compare(Where::Op::Gte, {a, b});
}

Expr operator+(const Expr &a, const Expr &b)
{
    return Expr::arithmetic(QStringLiteral("+"), a, b);
}

Expr operator-(const Expr &a, const Expr &b)
{
    return Expr::arithmetic(QStringLiteral("-"), a, b);
}

Expr operator*(const Expr &a, const Expr &b)
{
    return Expr::arithmetic(QStringLiteral("*"), a, b);
}

Expr operator/(const Expr &a, const Expr &b)
{
    return Expr::arithmetic(QStringLiteral("/"), a, b);
}

namespace fn {

Expr count(const Expr &e)
{
    return Expr::function(QStringLiteral("COUNT"), {e});
}

Expr countDistinct(const Expr &e)
{
    return Expr::function(QStringLiteral("COUNT"), {e}, Distinct::Yes);
}

Expr sum(const Expr &e)
{
    return Expr::function(QStringLiteral("SUM"), {e});
}

Expr avg(const Expr &e)
{
    return Expr::function(QStringLiteral("AVG"), {e});
}

Expr min(const Expr &e)
{
    return Expr::function(QStringLiteral("MIN"), {e});
}

Expr max(const Expr &e)
{
    return Expr::function(QStringLiteral("MAX"), {e});
}

Expr lower(const Expr &e)
{
    return Expr::function(QStringLiteral("LOWER"), {e});
}

Expr upper(const Expr &e)
{
    return Expr::function(QStringLiteral("UPPER"), {e});
}

Expr length(const Expr &e)
{
    return Expr::function(QStringLiteral("LENGTH"), {e});
}

} // namespace fn

} // namespace Orm
