#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <memory>
#include <type_traits>

namespace Orm {

class Where;
struct Order;
struct SelectItem;

// Whether an aggregate reads every value or each distinct value once: COUNT(DISTINCT "genre").
enum class Distinct { No, Yes };

// A value-side expression of a query: an attribute (col), a bound value, an aggregate or function (fn::), '*', or
// arithmetic on two expressions (+, -, *, /). Built with col(), the fn:: functions and the arithmetic operators,
// combined with comparison operators into Where conditions. Names are checked
// against the model when the query is built; values are always bound, never spliced into the SQL.
class Expr
{
public:
    enum class Kind { Column, Value, Function, Star, Arithmetic };
    struct Node;

    Expr();
    // Any value QVariant can hold becomes a bound value: col(u"Prix"_s) > 30, col(u"Genre"_s) == u"Roman"_s.
    template<typename T>
    requires(!std::is_same_v<std::decay_t<T>, Expr> && std::is_constructible_v<QVariant, const T &>)
            Expr(const T &value)
        : Expr(fromValue(QVariant(value)))
    {
    }

    static Expr column(const QString &name);
    static Expr fromValue(const QVariant &value);
    static Expr function(const QString &name, const QList<Expr> &arguments, Distinct distinct = Distinct::No);
    static Expr star();
    // lhs op rhs, op one of "+", "-", "*", "/" (any other is refused when the query is built).
    static Expr arithmetic(const QString &op, const Expr &lhs, const Expr &rhs);

    Kind kind() const;
    QString name() const; // column or function name, or an arithmetic operator
    QVariant value() const;
    QList<Expr> arguments() const; // a function's arguments, or an arithmetic's two operands
    bool isDistinct() const;

    Where in(const QVariantList &values) const;
    Where notIn(const QVariantList &values) const;
    Where between(const Expr &low, const Expr &high) const;
    Where notBetween(const Expr &low, const Expr &high) const;
    Where like(const QString &pattern) const; // case-sensitive on both dialects
    Where notLike(const QString &pattern) const;
    Where iLike(const QString &pattern) const; // case-insensitive on both dialects (Unicode case folding)
    Where notILike(const QString &pattern) const;
    Where startsWith(const QString &text) const; // LIKE with the text's % and _ escaped
    Where endsWith(const QString &text) const;
    Where substring(const QString &text) const;
    Where isNull() const;
    Where isNotNull() const;

    Order asc() const;
    Order desc() const;
    SelectItem as(const QString &alias) const;

private:
    explicit Expr(std::shared_ptr<const Node> node);
    std::shared_ptr<const Node> d;
    friend class Where;
};

// A boolean condition: comparisons of expressions combined with &&, || and ! to any depth. An empty Where (the
// default) means no condition.
class Where
{
public:
    enum class Op {
        None,
        And,
        Or,
        Not,
        Eq,
        Ne,
        Gt,
        Gte,
        Lt,
        Lte,
        In,
        NotIn,
        Between,
        NotBetween,
        Like,
        NotLike,
        ILike,
        NotILike,
        IsNull,
        IsNotNull
    };
    struct Node;

    Where();
    bool isEmpty() const;
    Op op() const;
    QList<Where> children() const; // And, Or, Not
    QList<Expr> operands() const; // comparisons: the left side first
    QString escape() const; // LIKE escape character, when the pattern was escaped

    static Where compare(Op op, const QList<Expr> &operands, const QString &escape = {});
    static Where combine(Op op, const QList<Where> &children);

    friend Where operator&&(const Where &a, const Where &b);
    friend Where operator||(const Where &a, const Where &b);
    friend Where operator!(const Where &a);

private:
    explicit Where(std::shared_ptr<const Node> node);
    std::shared_ptr<const Node> d;
};

Where operator==(const Expr &a, const Expr &b); // == null becomes IS NULL, as in Sequelize
Where operator!=(const Expr &a, const Expr &b); // != null becomes IS NOT NULL
Where operator<(const Expr &a, const Expr &b);
Where operator<=(const Expr &a, const Expr &b);
Where operator>(const Expr &a, const Expr &b);
Where operator>=(const Expr &a, const Expr &b);

// Arithmetic computed by the database, in any place an expression goes (select list, aggregate, where, order):
//     fn::sum(col(u"Prix"_s) * col(u"Quantite"_s)), col(u"Prix"_s) * 1.2 > 30
// Columns are quoted and values bound as anywhere else; a nested operation is put in parentheses, so the tree
// decides the order. As in SQL on both databases, a NULL operand gives NULL and an integer divided by an integer
// is an integer.
Expr operator+(const Expr &a, const Expr &b);
Expr operator-(const Expr &a, const Expr &b);
Expr operator*(const Expr &a, const Expr &b);
Expr operator/(const Expr &a, const Expr &b);

// An attribute of the model being queried (or an alias given with as()).
inline Expr col(const QString &name)
{
    return Expr::column(name);
}

// One ORDER BY term.
struct Order
{
    enum class Nulls { Default, First, Last };

    Expr expr;
    bool descending = false;
    Nulls nulls = Nulls::Default;

    Order() = default;
    Order(const Expr &e, bool desc = false, Nulls n = Nulls::Default) : expr(e), descending(desc), nulls(n) { }
    Order nullsFirst() const { return Order(expr, descending, Nulls::First); }
    Order nullsLast() const { return Order(expr, descending, Nulls::Last); }
};

inline Order asc(const QString &attribute)
{
    return Order(col(attribute));
}
inline Order desc(const QString &attribute)
{
    return Order(col(attribute), true);
}

// One item of a select list: an attribute by name, or an expression with an alias (fn::count(...).as(u"n"_s)).
struct SelectItem
{
    Expr expr;
    QString alias;

    SelectItem() = default;
    SelectItem(const QString &attribute) : expr(col(attribute)) { }
    SelectItem(const Expr &e, const QString &a = {}) : expr(e), alias(a) { }
};

// Aggregates and functions, as Sequelize's sequelize.fn().
namespace fn {
Expr count(const Expr &e = Expr::star());
Expr countDistinct(const Expr &e);
Expr sum(const Expr &e);
Expr avg(const Expr &e);
Expr min(const Expr &e);
Expr max(const Expr &e);
Expr lower(const Expr &e);
Expr upper(const Expr &e);
Expr length(const Expr &e);
// The first day of the period a date attribute's value falls in, as the text "YYYY-MM-DD" of its UTC date (dates
// are stored in UTC) on both databases: the day itself, the Monday of its week (ISO weeks), the 1st of its month.
// For grouping by period: .group = {fn::startOfMonth(col(u"Date"_s))}.
Expr startOfDay(const Expr &e);
Expr startOfWeek(const Expr &e);
Expr startOfMonth(const Expr &e);
} // namespace fn

} // namespace Orm
