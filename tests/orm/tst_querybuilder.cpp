#include "testdatabase.h"

#include <orm/dialect.h>
#include <orm/findoptions.h>
#include <orm/modeldefinition.h>
#include <orm/querybuilder.h>
#include <orm/where.h>

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <map>

using namespace Orm;
using namespace Qt::StringLiterals;

using Assignments = QList<std::pair<int, QVariant>>;
using Rows = QList<QVariantList>;

Q_DECLARE_METATYPE(Orm::Where)
Q_DECLARE_METATYPE(Orm::FindOptions)
Q_DECLARE_METATYPE(Orm::BulkCreateOptions)
Q_DECLARE_METATYPE(Orm::ModelDefinition)

namespace {

// The attributes of the "Book" fixture, by index in its definition (the implicit id first).
namespace Book {
enum : int { Id, Title, Price, Stock, Active, PublishedAt, Genre };
} // namespace Book

// The SQL of the fixtures' column lists, shared by many expectations.
const QString bookColumns = uR"("id", "title", "price", "stock", "active", "publishedAt", "genre")"_s;
const QString bookReturning = uR"( RETURNING "id", "title", "price", "stock", "active", "publishedAt", "genre")"_s;
const QString noteColumns = uR"("id", "text", "createdAt", "updatedAt", "deletedAt")"_s;
const QString readerColumns = uR"("id", "first_name", "created_at", "updated_at", "deleted_at")"_s;

// A hostile name that would run SQL if it were spliced into a statement, even between quotes.
// iLike on SQLite over the "title" column: orm_casefold() with SQLite's C API, lower() without it.
QString sqliteILike(const QString &op)
{
#if ORM_SQLITE_C_API
    const QString fold = u"orm_casefold"_s;
#else
    const QString fold = u"lower"_s;
#endif
    return fold + uR"(("title") )"_s + op + u' ' + fold + uR"((?) ESCAPE '\')"_s;
}

const QString sqlInName = uR"x("ID" * (CASE WHEN 1=1 THEN 1 ELSE 0 END)--")x"_s;

// The seed's schema.js, attribute for attribute (re-declared: this test does not link the book domain).
QList<Attribute> livreAttributes()
{
    return {
            {.name = u"ID"_s, .type = DataType::integer(), .primaryKey = true, .autoIncrement = true},
            {.name = u"Nom"_s, .type = DataType::string()},
            {.name = u"NomSansEspaces"_s, .type = DataType::string(), .allowNull = false},
            {.name = u"Presentation"_s, .type = DataType::string(10000), .allowNull = false},
            {.name = u"Description"_s, .type = DataType::string()},
            {.name = u"Couverture"_s, .type = DataType::string()},
            {.name = u"Prix"_s, .type = DataType::floating()},
            {.name = u"Genre"_s, .type = DataType::string()},
            {.name = u"Accroche"_s, .type = DataType::string()},
            {.name = u"Lien"_s, .type = DataType::string()},
            {.name = u"Auteur"_s, .type = DataType::string()},
            {.name = u"Edition"_s, .type = DataType::string()},
            {.name = u"Quantite"_s, .type = DataType::integer()},
            {.name = u"Annee"_s, .type = DataType::integer(), .allowNull = false},
            {.name = u"NbPages"_s, .type = DataType::integer(), .allowNull = false},
            {.name = u"Ventes"_s, .type = DataType::floating(), .allowNull = false},
            {.name = u"Arriere"_s, .type = DataType::string(), .allowNull = false},
            {.name = u"Dos"_s, .type = DataType::string(), .allowNull = false},
    };
}

QList<Attribute> bookAttributes()
{
    return {
            {.name = u"title"_s, .type = DataType::string(), .allowNull = false},
            {.name = u"price"_s, .type = DataType::floating()},
            {.name = u"stock"_s, .type = DataType::integer()},
            {.name = u"active"_s, .type = DataType::boolean()},
            {.name = u"publishedAt"_s, .type = DataType::date()},
            {.name = u"genre"_s, .type = DataType::string()},
    };
}

// Every model definition the tests build SQL for, by a short key. Built once; never modified, so that the
// references a QueryBuilder keeps stay valid.
const std::map<QString, ModelDefinition> &fixtures()
{
    static const std::map<QString, ModelDefinition> all = {
            {u"book"_s,
             ModelDefinition(u"Book"_s, bookAttributes(),
                             {.tableName = u"Books"_s,
                              .timestamps = false,
                              .indexes = {{.fields = {u"title"_s}},
                                          {.fields = {u"genre"_s, u"price"_s}, .unique = true},
                                          {.fields = {u"stock"_s}, .name = u"by_stock"_s}}})},
            // Paranoid, with the default timestamps: id, text, createdAt, updatedAt, deletedAt.
            {u"note"_s,
             ModelDefinition(u"Note"_s, {{.name = u"text"_s, .type = DataType::text()}}, {.paranoid = true})},
            // Paranoid and underscored: every column in snake_case.
            {u"reader"_s,
             ModelDefinition(u"Reader"_s, {{.name = u"firstName"_s, .type = DataType::string()}},
                             {.paranoid = true, .underscored = true, .indexes = {{.fields = {u"firstName"_s}}}})},
            // One attribute of each kind of type and option.
            {u"item"_s,
             ModelDefinition(u"Item"_s,
                             {
                                     {.name = u"name"_s,
                                      .type = DataType::string(40),
                                      .allowNull = false,
                                      .defaultValue = u"it's"_s},
                                     {.name = u"flag"_s, .type = DataType::boolean(), .defaultValue = true},
                                     {.name = u"at"_s, .type = DataType::date()},
                                     {.name = u"day"_s, .type = DataType::dateOnly()},
                                     {.name = u"amount"_s, .type = DataType::decimal(8, 3)},
                                     {.name = u"ratio"_s, .type = DataType::doublePrecision(), .defaultValue = 1.5},
                                     {.name = u"count"_s, .type = DataType::bigInt(), .defaultValue = 0},
                                     {.name = u"status"_s,
                                      .type = DataType::enumeration({u"draft"_s, u"it's out"_s}),
                                      .defaultValue = u"draft"_s},
                                     {.name = u"code"_s, .type = DataType::fixedChar(8), .unique = true},
                                     {.name = u"note"_s, .type = DataType::text(), .comment = u"what's said"_s},
                                     {.name = u"shelf"_s, .type = DataType::integer(), .unique = u"place"_s},
                                     {.name = u"slot"_s, .type = DataType::integer(), .unique = u"place"_s},
                                     {.name = u"uid"_s, .type = DataType::uuid()},
                                     {.name = u"data"_s, .type = DataType::json()},
                                     {.name = u"blob"_s, .type = DataType::blob()},
                                     {.name = u"price"_s, .type = DataType::floating()},
                             },
                             {.tableName = u"Items"_s})},
            // A composite primary key.
            {u"loan"_s,
             ModelDefinition(u"Loan"_s,
                             {
                                     {.name = u"bookId"_s, .type = DataType::integer(), .primaryKey = true},
                                     {.name = u"readerId"_s, .type = DataType::integer(), .primaryKey = true},
                                     {.name = u"until"_s, .type = DataType::dateOnly(), .allowNull = false},
                             },
                             {.tableName = u"Loans"_s, .timestamps = false})},
            // A text primary key.
            {u"edition"_s,
             ModelDefinition(u"Edition"_s,
                             {
                                     {.name = u"isbn"_s, .type = DataType::string(20), .primaryKey = true},
                                     {.name = u"title"_s, .type = DataType::text()},
                             },
                             {.timestamps = false})},
            // An auto-incremented BIGINT key.
            {u"event"_s,
             ModelDefinition(
                     u"Event"_s,
                     {
                             {.name = u"id"_s, .type = DataType::bigInt(), .primaryKey = true, .autoIncrement = true},
                             {.name = u"kind"_s, .type = DataType::string()},
                     },
                     {.timestamps = false})},
            {u"livre"_s,
             ModelDefinition(u"Livre"_s, livreAttributes(), {.tableName = u"Livres"_s, .timestamps = false})},
    };
    return all;
}

const ModelDefinition &fixture(const QString &key)
{
    return fixtures().at(key);
}

const ModelDefinition &books()
{
    return fixture(u"book"_s);
}

const Dialect &dialectNamed(const QString &name)
{
    return name == u"postgres" ? Dialect::postgres() : Dialect::sqlite();
}

// Bindings with their types, so that 1 and true, or 30 and 30.0, do not compare equal as QVariants would. The
// integer types are one ("integer"): the drivers bind an int and a qlonglong alike.
QStringList typed(const QVariantList &values)
{
    QStringList out;
    for (const QVariant &v : values) {
        if (!v.isValid()) {
            out << u"null"_s;
            continue;
        }
        QString type = QString::fromLatin1(v.metaType().name());
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            type = u"integer"_s;
            break;
        default:
            break;
        }
        out << type + u' ' + v.toString();
    }
    return out;
}

// Adds the row once for each dialect: "sqlite: <name>" and "postgres: <name>", the dialect as the first column.
template<typename... Columns>
void addRowForEachDialect(const char *name, const Columns &...columns)
{
    for (const char *dialect : {"sqlite", "postgres"})
        ((QTest::addRow("%s: %s", dialect, name) << QString::fromLatin1(dialect)) << ... << columns);
}

template<typename... Columns>
void addDialectRow(const char *dialect, const char *name, const Columns &...columns)
{
    ((QTest::addRow("%s: %s", dialect, name) << QString::fromLatin1(dialect)) << ... << columns);
}

QDateTime utcMoment()
{
    return QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 6), QTimeZone::utc());
}

// Builds a statement with `name` in one place of a query: every place where a caller may pass a name.
Result<Statement> buildWithName(const QueryBuilder &builder, const QString &place, const QString &name)
{
    if (place == u"where")
        return builder.select({.where = col(name) == 1});
    if (place == u"where right side")
        return builder.select({.where = col(u"stock"_s) == col(name)});
    if (place == u"where in")
        return builder.select({.where = col(name).in({1, 2})});
    if (place == u"where iLike")
        return builder.select({.where = col(name).iLike(u"a%"_s)});
    if (place == u"attribute")
        return builder.select({.attributes = {name}});
    if (place == u"function argument")
        return builder.select({.attributes = {fn::count(col(name)).as(u"n"_s)}});
    if (place == u"alias")
        return builder.select({.attributes = {fn::count().as(name)}});
    if (place == u"exclude")
        return builder.select({.exclude = {name}});
    if (place == u"order")
        return builder.select({.order = {asc(name)}});
    if (place == u"order nulls last")
        return builder.select({.order = {col(name).desc().nullsLast()}});
    if (place == u"group")
        return builder.select({.attributes = {fn::count().as(u"n"_s)}, .group = {col(name)}});
    if (place == u"arithmetic operand")
        return builder.select({.attributes = {fn::sum(col(u"price"_s) * col(name)).as(u"v"_s)}});
    if (place == u"arithmetic operator")
        return builder.select({.attributes = {Expr::arithmetic(name, col(u"price"_s), col(u"stock"_s)).as(u"v"_s)}});
    if (place == u"having")
        return builder.select({.attributes = {u"genre"_s, fn::count().as(u"n"_s)},
                               .group = {col(u"genre"_s)},
                               .having = col(name) > 1});
    if (place == u"function name")
        return builder.select({.attributes = {Expr::function(name, {col(u"stock"_s)}).as(u"v"_s)}});
    if (place == u"function name in where")
        return builder.select({.where = Expr::function(name, {col(u"title"_s)}) == u"a"_s});
    if (place == u"count")
        return builder.count({.where = col(name).isNull()});
    if (place == u"aggregate attribute")
        return builder.aggregate(u"max"_s, name, {});
    if (place == u"aggregate function")
        return builder.aggregate(name, u"stock"_s, {});
    if (place == u"update where")
        return builder.update({{Book::Price, 1.0}}, col(name) == 1);
    if (place == u"increment where")
        return builder.increment({{Book::Stock, 1}}, {}, col(name) == 1);
    if (place == u"remove where")
        return builder.remove(col(name) == 1);
    if (place == u"conflict field")
        return builder.insert({Book::Title}, {{u"A"_s}}, {.updateOnDuplicate = {u"price"_s}, .conflictFields = {name}});
    if (place == u"update on duplicate")
        return builder.insert({Book::Title}, {{u"A"_s}}, {.updateOnDuplicate = {name}});
    return std::unexpected(Error(Error::Kind::Database, u"the test knows no place '%1'"_s.arg(place)));
}

// Each place with a name that is valid there, to show that the place itself builds.
const QList<std::pair<QString, QString>> namePlaces = {
        {u"where"_s, u"stock"_s},
        {u"where right side"_s, u"price"_s},
        {u"where in"_s, u"stock"_s},
        {u"where iLike"_s, u"title"_s},
        {u"attribute"_s, u"title"_s},
        {u"function argument"_s, u"genre"_s},
        {u"alias"_s, u"total"_s},
        {u"exclude"_s, u"genre"_s},
        {u"order"_s, u"price"_s},
        {u"order nulls last"_s, u"price"_s},
        {u"group"_s, u"genre"_s},
        {u"arithmetic operand"_s, u"stock"_s},
        {u"arithmetic operator"_s, u"*"_s},
        {u"having"_s, u"n"_s},
        {u"function name"_s, u"max"_s},
        {u"function name in where"_s, u"lower"_s},
        {u"count"_s, u"genre"_s},
        {u"aggregate attribute"_s, u"price"_s},
        {u"aggregate function"_s, u"sum"_s},
        {u"update where"_s, u"id"_s},
        {u"increment where"_s, u"id"_s},
        {u"remove where"_s, u"id"_s},
        {u"conflict field"_s, u"title"_s},
        {u"update on duplicate"_s, u"stock"_s},
};

const QList<std::pair<const char *, QString>> hostileNames = {
        {"SQL in the name", sqlInName}, {"brackets and a space", u"[a] x"_s},
        {"a double quote", u"a\"b"_s},  {"10,000 characters", QString(10000, u'a')},
        {"empty", QString()},
};

} // namespace

// The SQL of every ORM operation, built without a database and compared as text with its bindings, per dialect.
class TestQueryBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        for (const auto &[key, definition] : fixtures())
            QVERIFY2(definition.problems().isEmpty(),
                     qPrintable(QString(key + u": "_s + definition.problems().join(u"; "))));
        QCOMPARE(books().indexOf(u"title"_s), int(Book::Title));
        QCOMPARE(books().indexOf(u"genre"_s), int(Book::Genre));
        QCOMPARE(fixture(u"livre"_s).attributes().size(), 18);
    }

    void where_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<Where>("where");
        QTest::addColumn<QString>("sql"); // the condition after WHERE
        QTest::addColumn<QVariantList>("bindings");

        const auto both = [](const char *name, const Where &where, const QString &sql, const QVariantList &bindings) {
            addRowForEachDialect(name, where, sql, bindings);
        };
        const auto one = [](const char *dialect, const char *name, const Where &where, const QString &sql,
                            const QVariantList &bindings) { addDialectRow(dialect, name, where, sql, bindings); };

        both("equal", col(u"stock"_s) == 3, uR"("stock" = ?)"_s, {3LL});
        both("not equal", col(u"stock"_s) != 3, uR"("stock" <> ?)"_s, {3LL});
        both("less", col(u"stock"_s) < 3, uR"("stock" < ?)"_s, {3LL});
        both("less or equal", col(u"stock"_s) <= 3, uR"("stock" <= ?)"_s, {3LL});
        both("greater", col(u"stock"_s) > 3, uR"("stock" > ?)"_s, {3LL});
        both("greater or equal", col(u"stock"_s) >= 3, uR"("stock" >= ?)"_s, {3LL});
        both("text equal", col(u"title"_s) == u"Dune"_s, uR"("title" = ?)"_s, {u"Dune"_s});
        both("integer against a FLOAT column", col(u"price"_s) > 30, uR"("price" > ?)"_s, {30.0});
        both("number against a text column", col(u"title"_s) == 42, uR"("title" = ?)"_s, {u"42"_s});
        both("text against an INTEGER column", col(u"stock"_s) == u"7"_s, uR"("stock" = ?)"_s, {7LL});
        both("column against column", col(u"stock"_s) < col(u"price"_s), uR"("stock" < "price")"_s, {});
        both("between", col(u"price"_s).between(10, 20), uR"("price" BETWEEN ? AND ?)"_s, {10.0, 20.0});
        both("not between", col(u"stock"_s).notBetween(1, 5), uR"("stock" NOT BETWEEN ? AND ?)"_s, {1LL, 5LL});
        both("in", col(u"stock"_s).in({1, 2, 3}), uR"("stock" IN (?, ?, ?))"_s, {1LL, 2LL, 3LL});
        both("not in", col(u"genre"_s).notIn({u"Roman"_s, u"Essai"_s}), uR"("genre" NOT IN (?, ?))"_s,
             {u"Roman"_s, u"Essai"_s});
        both("in an empty list", col(u"stock"_s).in({}), u"1 = 0"_s, {});
        both("not in an empty list", col(u"stock"_s).notIn({}), u"1 = 1"_s, {});
        both("like", col(u"title"_s).like(u"D%"_s), uR"("title" LIKE ? ESCAPE '\')"_s, {u"D%"_s});
        both("not like", col(u"title"_s).notLike(u"%e_"_s), uR"("title" NOT LIKE ? ESCAPE '\')"_s, {u"%e_"_s});
        one("sqlite", "iLike", col(u"title"_s).iLike(u"%dune%"_s), sqliteILike(u"LIKE"_s), {u"%dune%"_s});
        one("postgres", "iLike", col(u"title"_s).iLike(u"%dune%"_s), uR"("title" ILIKE ? ESCAPE '\')"_s, {u"%dune%"_s});
        one("sqlite", "not iLike", col(u"title"_s).notILike(u"%dune%"_s), sqliteILike(u"NOT LIKE"_s), {u"%dune%"_s});
        one("postgres", "not iLike", col(u"title"_s).notILike(u"%dune%"_s), uR"("title" NOT ILIKE ? ESCAPE '\')"_s,
            {u"%dune%"_s});
        both("starts with, wildcards escaped", col(u"title"_s).startsWith(uR"(50%_off\)"_s),
             uR"("title" LIKE ? ESCAPE '\')"_s, {uR"(50\%\_off\\%)"_s});
        both("ends with, wildcards escaped", col(u"title"_s).endsWith(uR"(50%_off\)"_s),
             uR"("title" LIKE ? ESCAPE '\')"_s, {uR"(%50\%\_off\\)"_s});
        both("substring, wildcards escaped", col(u"title"_s).substring(uR"(50%_off\)"_s),
             uR"("title" LIKE ? ESCAPE '\')"_s, {uR"(%50\%\_off\\%)"_s});
        both("plain text needs no escape", col(u"title"_s).substring(u"Dune"_s), uR"("title" LIKE ? ESCAPE '\')"_s,
             {u"%Dune%"_s});
        both("is null", col(u"genre"_s).isNull(), uR"("genre" IS NULL)"_s, {});
        both("is not null", col(u"genre"_s).isNotNull(), uR"("genre" IS NOT NULL)"_s, {});
        both("equal to null", col(u"genre"_s) == QVariant(), uR"("genre" IS NULL)"_s, {});
        both("not equal to null", col(u"genre"_s) != QVariant(), uR"("genre" IS NOT NULL)"_s, {});
        both("and", col(u"stock"_s) > 1 && col(u"title"_s) == u"A"_s, uR"("stock" > ? AND "title" = ?)"_s,
             {1LL, u"A"_s});
        both("or", col(u"stock"_s) > 1 || col(u"title"_s) == u"A"_s, uR"("stock" > ? OR "title" = ?)"_s, {1LL, u"A"_s});
        both("not, pushed into the comparison", !(col(u"stock"_s) > 1), uR"("stock" <= ?)"_s, {1LL});
        both("not of not cancels", !!(col(u"stock"_s) > 1), uR"("stock" > ?)"_s, {1LL});
        both("not of and, by De Morgan", !(col(u"stock"_s) > 1 && col(u"genre"_s).isNull()),
             uR"("stock" <= ? OR "genre" IS NOT NULL)"_s, {1LL});
        both("not of an or inside an and, by De Morgan and flattened",
             col(u"price"_s) > 1 && !(col(u"stock"_s).in({1, 2}) || col(u"title"_s).like(u"A%"_s)),
             uR"("price" > ? AND "stock" NOT IN (?, ?) AND "title" NOT LIKE ? ESCAPE '\')"_s, {1.0, 1LL, 2LL, u"A%"_s});
        both("or inside and, with not",
             (col(u"stock"_s) == 1 || col(u"stock"_s) == 2) && !(col(u"genre"_s) == u"Roman"_s),
             uR"(("stock" = ? OR "stock" = ?) AND "genre" <> ?)"_s, {1LL, 2LL, u"Roman"_s});
        both("ands inside or",
             (col(u"stock"_s) > 1 && col(u"price"_s) < 2) || (col(u"stock"_s) < 3 && col(u"price"_s) > 4),
             uR"("stock" > ? AND "price" < ? OR "stock" < ? AND "price" > ?)"_s, {1LL, 2.0, 3LL, 4.0});
        both("a && b && c flattened", col(u"stock"_s) > 1 && col(u"stock"_s) < 9 && col(u"genre"_s) == u"Roman"_s,
             uR"("stock" > ? AND "stock" < ? AND "genre" = ?)"_s, {1LL, 9LL, u"Roman"_s});
        both("a || (b || c) flattened", col(u"stock"_s) == 1 || (col(u"stock"_s) == 2 || col(u"stock"_s) == 3),
             uR"("stock" = ? OR "stock" = ? OR "stock" = ?)"_s, {1LL, 2LL, 3LL});
        // Every NOT is pushed down to the comparisons, which become their inverse: no NOT (...) is ever written.
        both("not of equal becomes not equal", !(col(u"stock"_s) == 3), uR"("stock" <> ?)"_s, {3LL});
        both("not of not equal becomes equal", !(col(u"stock"_s) != 3), uR"("stock" = ?)"_s, {3LL});
        both("not of less becomes greater or equal", !(col(u"stock"_s) < 3), uR"("stock" >= ?)"_s, {3LL});
        both("not of less or equal becomes greater", !(col(u"stock"_s) <= 3), uR"("stock" > ?)"_s, {3LL});
        both("not of greater or equal becomes less", !(col(u"stock"_s) >= 3), uR"("stock" < ?)"_s, {3LL});
        both("not of column against column", !(col(u"stock"_s) < col(u"price"_s)), uR"("stock" >= "price")"_s, {});
        both("not of in becomes not in", !col(u"stock"_s).in({1, 2}), uR"("stock" NOT IN (?, ?))"_s, {1LL, 2LL});
        both("not of not in becomes in", !col(u"genre"_s).notIn({u"Roman"_s}), uR"("genre" IN (?))"_s, {u"Roman"_s});
        both("not of in an empty list matches everything", !col(u"stock"_s).in({}), u"1 = 1"_s, {});
        both("not of not in an empty list matches nothing", !col(u"stock"_s).notIn({}), u"1 = 0"_s, {});
        both("not of between becomes not between", !col(u"price"_s).between(10, 20),
             uR"("price" NOT BETWEEN ? AND ?)"_s, {10.0, 20.0});
        both("not of not between becomes between", !col(u"stock"_s).notBetween(1, 5), uR"("stock" BETWEEN ? AND ?)"_s,
             {1LL, 5LL});
        both("not of like becomes not like", !col(u"title"_s).like(u"D%"_s), uR"("title" NOT LIKE ? ESCAPE '\')"_s,
             {u"D%"_s});
        both("not of not like becomes like", !col(u"title"_s).notLike(u"D%"_s), uR"("title" LIKE ? ESCAPE '\')"_s,
             {u"D%"_s});
        both("not of starts with keeps the escaped pattern", !col(u"title"_s).startsWith(u"50%"_s),
             uR"("title" NOT LIKE ? ESCAPE '\')"_s, {uR"(50\%%)"_s});
        one("sqlite", "not of iLike becomes not iLike", !col(u"title"_s).iLike(u"%dune%"_s), sqliteILike(u"NOT LIKE"_s),
            {u"%dune%"_s});
        one("postgres", "not of iLike becomes not iLike", !col(u"title"_s).iLike(u"%dune%"_s),
            uR"("title" NOT ILIKE ? ESCAPE '\')"_s, {u"%dune%"_s});
        one("sqlite", "not of not iLike becomes iLike", !col(u"title"_s).notILike(u"%dune%"_s), sqliteILike(u"LIKE"_s),
            {u"%dune%"_s});
        one("postgres", "not of not iLike becomes iLike", !col(u"title"_s).notILike(u"%dune%"_s),
            uR"("title" ILIKE ? ESCAPE '\')"_s, {u"%dune%"_s});
        both("not of is null becomes is not null", !col(u"genre"_s).isNull(), uR"("genre" IS NOT NULL)"_s, {});
        both("not of is not null becomes is null", !col(u"genre"_s).isNotNull(), uR"("genre" IS NULL)"_s, {});
        both("not of equal to null becomes is not null", !(col(u"genre"_s) == QVariant()), uR"("genre" IS NOT NULL)"_s,
             {});
        both("three nots are one", !!!(col(u"stock"_s) > 1), uR"("stock" <= ?)"_s, {1LL});
        both("not of not of an and cancels", !!(col(u"stock"_s) > 1 && col(u"genre"_s).isNull()),
             uR"("stock" > ? AND "genre" IS NULL)"_s, {1LL});
        both("not of or, by De Morgan", !(col(u"stock"_s) > 1 || col(u"genre"_s).isNull()),
             uR"("stock" <= ? AND "genre" IS NOT NULL)"_s, {1LL});
        both("not of an and inside an and: the or it becomes is parenthesised",
             !(col(u"stock"_s) > 1 && col(u"genre"_s).isNull()) && col(u"title"_s) == u"A"_s,
             uR"(("stock" <= ? OR "genre" IS NOT NULL) AND "title" = ?)"_s, {1LL, u"A"_s});
        both("not of an and inside an or, flattened",
             col(u"title"_s) == u"A"_s || !(col(u"stock"_s) > 1 && col(u"genre"_s).isNull()),
             uR"("title" = ? OR "stock" <= ? OR "genre" IS NOT NULL)"_s, {u"A"_s, 1LL});
        both("not of an or of ands", !((col(u"stock"_s) > 1 && col(u"price"_s) < 2) || col(u"genre"_s).isNull()),
             uR"(("stock" <= ? OR "price" >= ?) AND "genre" IS NOT NULL)"_s, {1LL, 2.0});
        both("not of an and of ors", !((col(u"stock"_s) > 1 || col(u"price"_s) < 2) && col(u"genre"_s).isNull()),
             uR"("stock" <= ? AND "price" >= ? OR "genre" IS NOT NULL)"_s, {1LL, 2.0});
        both("not of an and with a not inside", !(col(u"stock"_s) > 1 && !(col(u"price"_s) < 2)),
             uR"("stock" <= ? OR "price" < ?)"_s, {1LL, 2.0});
        both("or inside and inside or",
             col(u"stock"_s) == 1 || (col(u"stock"_s) == 2 && (col(u"price"_s) < 3 || col(u"genre"_s).isNull())),
             uR"("stock" = ? OR "stock" = ? AND ("price" < ? OR "genre" IS NULL))"_s, {1LL, 2LL, 3.0});
        both("and inside or inside and",
             col(u"stock"_s) == 1 && (col(u"stock"_s) == 2 || (col(u"price"_s) < 3 && col(u"genre"_s).isNull())),
             uR"("stock" = ? AND ("stock" = ? OR "price" < ? AND "genre" IS NULL))"_s, {1LL, 2LL, 3.0});
        // A fraction against an integer column is compared as a double: PostgreSQL would round the parameter.
        both("fraction against an INTEGER column is cast", col(u"stock"_s) > 4.5,
             uR"("stock" > CAST(? AS DOUBLE PRECISION))"_s, {4.5});
        both("negative fraction against an INTEGER column is cast", col(u"stock"_s) >= -0.5,
             uR"("stock" >= CAST(? AS DOUBLE PRECISION))"_s, {-0.5});
        both("fraction in text against an INTEGER column is cast", col(u"stock"_s) == u"4.5"_s,
             uR"("stock" = CAST(? AS DOUBLE PRECISION))"_s, {4.5});
        both("whole double against an INTEGER column is an integer", col(u"stock"_s) > 4.0, uR"("stock" > ?)"_s, {4LL});
        both("fraction in a list against an INTEGER column", col(u"stock"_s).in({1, 2.5}),
             uR"("stock" IN (?, CAST(? AS DOUBLE PRECISION)))"_s, {1LL, 2.5});
        both("fraction as a bound of between on an INTEGER column", col(u"stock"_s).between(1.5, 3),
             uR"("stock" BETWEEN CAST(? AS DOUBLE PRECISION) AND ?)"_s, {1.5, 3LL});
        both("not of a fraction against an INTEGER column keeps the cast", !(col(u"stock"_s) > 4.5),
             uR"("stock" <= CAST(? AS DOUBLE PRECISION))"_s, {4.5});
        both("fraction against a FLOAT column is not cast", col(u"price"_s) > 4.5, uR"("price" > ?)"_s, {4.5});
        both("empty where and a condition", Where() && col(u"stock"_s) == 1, uR"("stock" = ?)"_s, {1LL});
        one("sqlite", "BOOLEAN column against true", col(u"active"_s) == true, uR"("active" = ?)"_s, {1LL});
        one("postgres", "BOOLEAN column against true", col(u"active"_s) == true, uR"("active" = ?)"_s, {true});
        one("sqlite", "BOOLEAN column against false", col(u"active"_s) == false, uR"("active" = ?)"_s, {0LL});
        one("postgres", "BOOLEAN column against false", col(u"active"_s) == false, uR"("active" = ?)"_s, {false});
        one("sqlite", "BOOLEAN column in a list", col(u"active"_s).in({true, false}), uR"("active" IN (?, ?))"_s,
            {1LL, 0LL});
        one("postgres", "BOOLEAN column in a list", col(u"active"_s).in({true, false}), uR"("active" IN (?, ?))"_s,
            {true, false});
        one("sqlite", "DATE column against a UTC date-time", col(u"publishedAt"_s) >= utcMoment(),
            uR"("publishedAt" >= ?)"_s, {u"2024-01-02 03:04:05.006 +00:00"_s});
        one("postgres", "DATE column against a UTC date-time", col(u"publishedAt"_s) >= utcMoment(),
            uR"("publishedAt" >= ?)"_s, {u"2024-01-02T03:04:05.006Z"_s});
        const QDateTime plusTwo(QDate(2024, 1, 2), QTime(3, 4, 5, 6), QTimeZone(2 * 3600));
        one("sqlite", "DATE column against a date-time at +02:00", col(u"publishedAt"_s) < plusTwo,
            uR"("publishedAt" < ?)"_s, {u"2024-01-02 01:04:05.006 +00:00"_s});
        one("postgres", "DATE column against a date-time at +02:00", col(u"publishedAt"_s) < plusTwo,
            uR"("publishedAt" < ?)"_s, {u"2024-01-02T01:04:05.006Z"_s});
        one("sqlite", "DATE column between two dates",
            col(u"publishedAt"_s).between(utcMoment(), utcMoment().addDays(1)), uR"("publishedAt" BETWEEN ? AND ?)"_s,
            {u"2024-01-02 03:04:05.006 +00:00"_s, u"2024-01-03 03:04:05.006 +00:00"_s});
    }

    void where()
    {
        QFETCH(QString, dialect);
        QFETCH(Where, where);
        QFETCH(QString, sql);
        QFETCH(QVariantList, bindings);

        const QueryBuilder builder(books(), dialectNamed(dialect));
        auto st = builder.select({.where = where, .attributes = {u"id"_s}});
        QVERIFY2(st, Test::why(st));
        QCOMPARE(st->sql, uR"(SELECT "id" FROM "Books" WHERE )"_s + sql);
        QCOMPARE(typed(st->bindings), typed(bindings));
    }

    void andOrChainsAreFlattened()
    {
        const Where a = col(u"stock"_s) > 1;
        const Where b = col(u"stock"_s) < 9;
        const Where c = col(u"genre"_s) == u"Roman"_s;

        const Where all = a && b && c;
        QVERIFY(all.op() == Where::Op::And);
        QCOMPARE(all.children().size(), 3);
        QCOMPARE((a && (b && c)).children().size(), 3);

        const Where any = a || b || c;
        QVERIFY(any.op() == Where::Op::Or);
        QCOMPARE(any.children().size(), 3);

        // Different operators nest instead.
        const Where mixed = (a && b) || c;
        QVERIFY(mixed.op() == Where::Op::Or);
        QCOMPARE(mixed.children().size(), 2);
        QVERIFY(mixed.children().first().op() == Where::Op::And);

        // An empty side disappears; a lone condition is not wrapped.
        QVERIFY((Where() && a).op() == Where::Op::Gt);
        QVERIFY((a || Where()).op() == Where::Op::Gt);
        QVERIFY((!Where()).isEmpty());
        QVERIFY((Where() && Where()).isEmpty());
    }

    void deepNestingBuilds_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<bool>("alternate"); // alternating AND and OR, else NOT of NOT
        QTest::addColumn<int>("depth");
        addRowForEachDialect("500 alternating and/or", true, 500);
        addRowForEachDialect("501 alternating and/or, an or on top", true, 501);
        addRowForEachDialect("500 nested not collapse to the comparison", false, 500);
        addRowForEachDialect("501 nested not collapse to its inverse", false, 501);
    }

    void deepNestingBuilds()
    {
        QFETCH(QString, dialect);
        QFETCH(bool, alternate);
        QFETCH(int, depth);

        // The expected text follows the rendering rules: NOTs are pushed into the comparison (an even number
        // cancels, an odd number inverts it); an OR is parenthesised only where it sits inside an AND, and the
        // top-level condition is never wrapped.
        Where where = col(u"stock"_s) == 0;
        QString expected = uR"("stock" = ?)"_s;
        QVariantList bindings{0LL};
        bool orOnTop = false;
        for (int i = 1; i <= depth; ++i) {
            if (alternate) {
                const bool isOr = i % 2 == 1;
                where = isOr ? (where || col(u"stock"_s) == i) : (where && col(u"stock"_s) == i);
                if (isOr)
                    expected += uR"( OR "stock" = ?)"_s;
                else
                    expected = (orOnTop ? u"("_s + expected + u")"_s : expected) + uR"( AND "stock" = ?)"_s;
                orOnTop = isOr;
                bindings << qlonglong(i);
            } else {
                where = !where;
            }
        }
        if (!alternate && depth % 2 == 1)
            expected = uR"("stock" <> ?)"_s;

        const QueryBuilder builder(books(), dialectNamed(dialect));
        auto st = builder.select({.where = where, .attributes = {u"id"_s}});
        QVERIFY2(st, Test::why(st));
        QCOMPARE(st->sql, uR"(SELECT "id" FROM "Books" WHERE )"_s + expected);
        QVERIFY(!st->sql.contains(u"NOT"_s));
        if (alternate) {
            // One pair of parentheses per OR that sits under an AND: the top-level OR of an odd depth has none.
            QCOMPARE(st->sql.count(u'('), depth / 2);
            QCOMPARE(st->sql.count(u')'), depth / 2);
        }
        QCOMPARE(st->bindings.size(), bindings.size());
        QCOMPARE(typed(st->bindings), typed(bindings));
    }

    void select_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("model");
        QTest::addColumn<FindOptions>("options");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QVariantList>("bindings");

        const auto both = [](const char *name, const QString &model, const FindOptions &options, const QString &sql,
                             const QVariantList &bindings) {
            addRowForEachDialect(name, model, options, sql, bindings);
        };
        const auto one = [](const char *dialect, const char *name, const QString &model, const FindOptions &options,
                            const QString &sql, const QVariantList &bindings) {
            addDialectRow(dialect, name, model, options, sql, bindings);
        };
        const QString book = u"book"_s;
        const QString allBooks = u"SELECT "_s + bookColumns + uR"( FROM "Books")"_s;

        both("default attribute list", book, {}, allBooks, {});
        both("picked attributes", book, {.attributes = {u"title"_s, u"price"_s}},
             uR"(SELECT "title", "price" FROM "Books")"_s, {});
        both("excluded attributes", book, {.exclude = {u"publishedAt"_s, u"active"_s}},
             uR"(SELECT "id", "title", "price", "stock", "genre" FROM "Books")"_s, {});
        both("count with an alias", book, {.attributes = {fn::count().as(u"n"_s)}},
             uR"(SELECT COUNT(*) AS "n" FROM "Books")"_s, {});
        both("count of an attribute", book, {.attributes = {fn::count(col(u"genre"_s)).as(u"n"_s)}},
             uR"(SELECT COUNT("genre") AS "n" FROM "Books")"_s, {});
        both("count distinct", book, {.attributes = {fn::countDistinct(col(u"genre"_s)).as(u"genres"_s)}},
             uR"(SELECT COUNT(DISTINCT "genre") AS "genres" FROM "Books")"_s, {});
        both("sum distinct", book,
             {.attributes = {Expr::function(u"SUM"_s, {col(u"stock"_s)}, Distinct::Yes).as(u"total"_s)}},
             uR"(SELECT SUM(DISTINCT "stock") AS "total" FROM "Books")"_s, {});
        both("sum, avg, min and max", book,
             {.attributes = {fn::sum(col(u"stock"_s)).as(u"total"_s), fn::avg(col(u"price"_s)).as(u"mean"_s),
                             fn::min(col(u"price"_s)).as(u"cheapest"_s), fn::max(col(u"price"_s)).as(u"dearest"_s)}},
             uR"(SELECT SUM("stock") AS "total", AVG("price") AS "mean", MIN("price") AS "cheapest", MAX("price") AS "dearest" FROM "Books")"_s,
             {});
        both("lower, upper and length", book,
             {.attributes = {fn::lower(col(u"title"_s)).as(u"low"_s), fn::upper(col(u"genre"_s)).as(u"up"_s),
                             fn::length(col(u"title"_s)).as(u"len"_s)}},
             uR"(SELECT LOWER("title") AS "low", UPPER("genre") AS "up", LENGTH("title") AS "len" FROM "Books")"_s, {});
        both("an attribute under an alias", book, {.attributes = {col(u"price"_s).as(u"cost"_s)}},
             uR"(SELECT "price" AS "cost" FROM "Books")"_s, {});
        both("grouped by an attribute", book,
             {.attributes = {u"genre"_s, fn::count().as(u"n"_s)}, .group = {col(u"genre"_s)}},
             uR"(SELECT "genre", COUNT(*) AS "n" FROM "Books" GROUP BY "genre")"_s, {});
        both("grouped by several attributes", book,
             {.attributes = {u"genre"_s, u"active"_s, fn::sum(col(u"stock"_s)).as(u"total"_s)},
              .group = {col(u"genre"_s), col(u"active"_s)}},
             uR"(SELECT "genre", "active", SUM("stock") AS "total" FROM "Books" GROUP BY "genre", "active")"_s, {});
        // PostgreSQL cannot name an output alias in HAVING ("column "n" does not exist"): the aggregate is
        // written out there. SQLite accepts the alias, as Sequelize writes it.
        const FindOptions havingAlias = {.attributes = {u"genre"_s, fn::count().as(u"n"_s)},
                                         .order = {desc(u"n"_s)},
                                         .group = {col(u"genre"_s)},
                                         .having = col(u"n"_s) > 2};
        one("sqlite", "having on an alias", book, havingAlias,
            uR"(SELECT "genre", COUNT(*) AS "n" FROM "Books" GROUP BY "genre" HAVING "n" > ? ORDER BY "n" DESC)"_s,
            {2});
        one("postgres", "having on an alias", book, havingAlias,
            uR"(SELECT "genre", COUNT(*) AS "n" FROM "Books" GROUP BY "genre" HAVING COUNT(*) > ? ORDER BY "n" DESC)"_s,
            {2});
        const FindOptions havingNegatedAlias = {.attributes = {u"genre"_s, fn::count().as(u"n"_s)},
                                                .group = {col(u"genre"_s)},
                                                .having = !(col(u"n"_s) > 2 || col(u"genre"_s).isNull())};
        one("sqlite", "having on an alias, negated", book, havingNegatedAlias,
            uR"(SELECT "genre", COUNT(*) AS "n" FROM "Books" GROUP BY "genre" HAVING "n" <= ? AND "genre" IS NOT NULL)"_s,
            {2});
        one("postgres", "having on an alias, negated", book, havingNegatedAlias,
            uR"(SELECT "genre", COUNT(*) AS "n" FROM "Books" GROUP BY "genre" HAVING COUNT(*) <= ? AND "genre" IS NOT NULL)"_s,
            {2});
        // The alias of an INTEGER attribute: written out on PostgreSQL, the fraction is cast there as in WHERE.
        const FindOptions havingAttributeAlias = {
                .attributes = {col(u"stock"_s).as(u"s"_s)}, .group = {col(u"stock"_s)}, .having = col(u"s"_s) > 2.5};
        one("sqlite", "having on an alias of an INTEGER attribute against a fraction", book, havingAttributeAlias,
            uR"(SELECT "stock" AS "s" FROM "Books" GROUP BY "stock" HAVING "s" > CAST(? AS DOUBLE PRECISION))"_s,
            {2.5});
        one("postgres", "having on an alias of an INTEGER attribute against a fraction", book, havingAttributeAlias,
            uR"(SELECT "stock" AS "s" FROM "Books" GROUP BY "stock" HAVING "stock" > CAST(? AS DOUBLE PRECISION))"_s,
            {2.5});
        both("having COUNT(*) against a fraction is cast", book,
             {.attributes = {u"genre"_s}, .group = {col(u"genre"_s)}, .having = fn::count() > 2.5},
             uR"(SELECT "genre" FROM "Books" GROUP BY "genre" HAVING COUNT(*) > CAST(? AS DOUBLE PRECISION))"_s, {2.5});
        both("having on an aggregate", book,
             {.attributes = {u"genre"_s}, .group = {col(u"genre"_s)}, .having = fn::sum(col(u"stock"_s)) >= 10},
             uR"(SELECT "genre" FROM "Books" GROUP BY "genre" HAVING SUM("stock") >= ?)"_s, {10});
        both("where binds before having", book,
             {.where = col(u"price"_s) > 5,
              .attributes = {u"genre"_s},
              .group = {col(u"genre"_s)},
              .having = fn::max(col(u"stock"_s)) > 3},
             uR"(SELECT "genre" FROM "Books" WHERE "price" > ? GROUP BY "genre" HAVING MAX("stock") > ?)"_s, {5.0, 3});
        both("select-list values bind first", book,
             {.where = col(u"stock"_s) > 2, .attributes = {Expr(1).as(u"one"_s)}},
             uR"(SELECT ? AS "one" FROM "Books" WHERE "stock" > ?)"_s, {1, 2LL});
        both("order by several attributes", book,
             {.attributes = {u"id"_s},
              .order = {asc(u"genre"_s), desc(u"price"_s), col(u"title"_s).asc().nullsFirst(),
                        desc(u"stock"_s).nullsLast()}},
             uR"(SELECT "id" FROM "Books" ORDER BY "genre" ASC, "price" DESC, "title" ASC NULLS FIRST, "stock" DESC NULLS LAST)"_s,
             {});
        both("order by an aggregate", book,
             {.attributes = {u"genre"_s}, .order = {fn::count().desc()}, .group = {col(u"genre"_s)}},
             uR"(SELECT "genre" FROM "Books" GROUP BY "genre" ORDER BY COUNT(*) DESC)"_s, {});
        both("limit", book, {.attributes = {u"id"_s}, .limit = 20}, uR"(SELECT "id" FROM "Books" LIMIT ?)"_s, {20LL});
        both("limit zero", book, {.attributes = {u"id"_s}, .limit = 0}, uR"(SELECT "id" FROM "Books" LIMIT ?)"_s,
             {0LL});
        both("limit and offset", book, {.attributes = {u"id"_s}, .limit = 20, .offset = 40},
             uR"(SELECT "id" FROM "Books" LIMIT ? OFFSET ?)"_s, {20LL, 40LL});
        one("sqlite", "offset only", book, {.attributes = {u"id"_s}, .offset = 40},
            uR"(SELECT "id" FROM "Books" LIMIT -1 OFFSET ?)"_s, {40LL});
        one("postgres", "offset only", book, {.attributes = {u"id"_s}, .offset = 40},
            uR"(SELECT "id" FROM "Books" OFFSET ?)"_s, {40LL});
        both("where, order, limit and offset", book,
             {.where = col(u"title"_s) == u"A"_s, .order = {asc(u"title"_s)}, .limit = 5, .offset = 10},
             allBooks + uR"( WHERE "title" = ? ORDER BY "title" ASC LIMIT ? OFFSET ?)"_s, {u"A"_s, 5LL, 10LL});

        const QString note = u"note"_s;
        const QString allNotes = u"SELECT "_s + noteColumns + uR"( FROM "Notes")"_s;
        both("paranoid model skips deleted rows", note, {}, allNotes + uR"( WHERE "deletedAt" IS NULL)"_s, {});
        both("paranoid model with a where", note, {.where = col(u"text"_s) == u"x"_s},
             allNotes + uR"( WHERE "deletedAt" IS NULL AND "text" = ?)"_s, {u"x"_s});
        both("paranoid model with an or, parenthesised", note,
             {.where = col(u"text"_s) == u"x"_s || col(u"text"_s) == u"y"_s},
             allNotes + uR"( WHERE "deletedAt" IS NULL AND ("text" = ? OR "text" = ?))"_s, {u"x"_s, u"y"_s});
        both("paranoid model with a negated and, parenthesised as an or", note,
             {.where = !(col(u"text"_s) == u"x"_s && col(u"id"_s) > 3)},
             allNotes + uR"( WHERE "deletedAt" IS NULL AND ("text" <> ? OR "id" <= ?))"_s, {u"x"_s, 3LL});
        both("paranoid model with a negated or, flattened", note,
             {.where = !(col(u"text"_s) == u"x"_s || col(u"id"_s) > 3)},
             allNotes + uR"( WHERE "deletedAt" IS NULL AND "text" <> ? AND "id" <= ?)"_s, {u"x"_s, 3LL});
        both("paranoid model with ands inside an or", note,
             {.where = (col(u"text"_s) == u"x"_s && col(u"id"_s) > 3) || col(u"id"_s) < 2},
             allNotes + uR"( WHERE "deletedAt" IS NULL AND ("text" = ? AND "id" > ? OR "id" < ?))"_s,
             {u"x"_s, 3LL, 2LL});
        both("paranoid model including deleted rows", note, {.paranoid = Paranoid::IncludeDeleted}, allNotes, {});
        both("paranoid model including deleted rows, with a where", note,
             {.where = col(u"text"_s) == u"x"_s, .paranoid = Paranoid::IncludeDeleted},
             allNotes + uR"( WHERE "text" = ?)"_s, {u"x"_s});

        both("fraction against a BIGINT key is cast", u"event"_s, {.where = col(u"id"_s) < 2.5},
             uR"(SELECT "id", "kind" FROM "Events" WHERE "id" < CAST(? AS DOUBLE PRECISION))"_s, {2.5});
        both("whole number against a BIGINT key is an integer", u"event"_s, {.where = col(u"id"_s) < 2.0},
             uR"(SELECT "id", "kind" FROM "Events" WHERE "id" < ?)"_s, {2LL});

        both("sum of a product", book, {.attributes = {fn::sum(col(u"price"_s) * col(u"stock"_s)).as(u"value"_s)}},
             uR"(SELECT SUM("price" * "stock") AS "value" FROM "Books")"_s, {});
        both("arithmetic with values in where", book,
             {.where = col(u"price"_s) * 1.2 > 30 && col(u"stock"_s) - 2 >= 1, .attributes = {u"id"_s}},
             uR"(SELECT "id" FROM "Books" WHERE "price" * CAST(? AS DOUBLE PRECISION) > ? AND "stock" - ? >= ?)"_s,
             {1.2, 30.0, 2, 1LL});
        both("nested arithmetic is parenthesized", book,
             {.attributes = {((col(u"price"_s) - 1) * (col(u"stock"_s) + col(u"id"_s))).as(u"a"_s),
                             (col(u"price"_s) - (col(u"stock"_s) / 2)).as(u"b"_s)}},
             uR"(SELECT ("price" - ?) * ("stock" + "id") AS "a", "price" - ("stock" / ?) AS "b" FROM "Books")"_s,
             {1, 2});
        both("order by arithmetic", book,
             {.attributes = {u"id"_s}, .order = {(col(u"price"_s) * col(u"stock"_s)).desc()}},
             uR"(SELECT "id" FROM "Books" ORDER BY "price" * "stock" DESC)"_s, {});
        const FindOptions havingArithmetic = {.attributes = {u"genre"_s, fn::sum(col(u"stock"_s)).as(u"copies"_s)},
                                              .group = {col(u"genre"_s)},
                                              .having = col(u"copies"_s) * 2 > 10};
        one("sqlite", "arithmetic on an alias in having", book, havingArithmetic,
            uR"(SELECT "genre", SUM("stock") AS "copies" FROM "Books" GROUP BY "genre" HAVING "copies" * ? > ?)"_s,
            {2, 10});
        one("postgres", "arithmetic on an alias in having", book, havingArithmetic,
            uR"(SELECT "genre", SUM("stock") AS "copies" FROM "Books" GROUP BY "genre" HAVING SUM("stock") * ? > ?)"_s,
            {2, 10});
        const QString reader = u"reader"_s;
        const QString allReaders = u"SELECT "_s + readerColumns + uR"( FROM "Readers")"_s;
        both("underscored model: columns in snake_case", reader, {.where = col(u"firstName"_s) == u"Ann"_s},
             allReaders + uR"( WHERE "deleted_at" IS NULL AND "first_name" = ?)"_s, {u"Ann"_s});
        both("underscored model: order by attribute", reader,
             {.attributes = {u"firstName"_s}, .order = {desc(u"createdAt"_s)}, .paranoid = Paranoid::IncludeDeleted},
             uR"(SELECT "first_name" FROM "Readers" ORDER BY "created_at" DESC)"_s, {});
    }

    void select()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, model);
        QFETCH(FindOptions, options);
        QFETCH(QString, sql);
        QFETCH(QVariantList, bindings);

        const QueryBuilder builder(fixture(model), dialectNamed(dialect));
        auto st = builder.select(options);
        QVERIFY2(st, Test::why(st));
        QCOMPARE(st->sql, sql);
        QCOMPARE(typed(st->bindings), typed(bindings));
    }

    void selectReportsColumnsAndAliases_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<FindOptions>("options");
        QTest::addColumn<QList<int>>("columns");
        QTest::addColumn<QStringList>("aliases");

        addRowForEachDialect("default attribute list", FindOptions{},
                             QList<int>{Book::Id, Book::Title, Book::Price, Book::Stock, Book::Active,
                                        Book::PublishedAt, Book::Genre},
                             QStringList(7, QString()));
        addRowForEachDialect("excluded attributes", FindOptions{.exclude = {u"price"_s, u"active"_s}},
                             QList<int>{Book::Id, Book::Title, Book::Stock, Book::PublishedAt, Book::Genre},
                             QStringList(5, QString()));
        addRowForEachDialect(
                "attributes and aliases",
                FindOptions{.attributes = {u"title"_s, fn::count().as(u"n"_s), u"price"_s, col(u"genre"_s).as(u"g"_s)}},
                QList<int>{Book::Title, -1, Book::Price, -1}, QStringList{QString(), u"n"_s, QString(), u"g"_s});
    }

    void selectReportsColumnsAndAliases()
    {
        QFETCH(QString, dialect);
        QFETCH(FindOptions, options);
        QFETCH(QList<int>, columns);
        QFETCH(QStringList, aliases);

        const QueryBuilder builder(books(), dialectNamed(dialect));
        QList<int> selected;
        QStringList selectedAliases;
        auto st = builder.select(options, &selected, &selectedAliases);
        QVERIFY2(st, Test::why(st));
        QCOMPARE(selected, columns);
        QCOMPARE(selectedAliases, aliases);
    }

    void count_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("model");
        QTest::addColumn<FindOptions>("options");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QVariantList>("bindings");

        const auto both = [](const char *name, const QString &model, const FindOptions &options, const QString &sql,
                             const QVariantList &bindings) {
            addRowForEachDialect(name, model, options, sql, bindings);
        };
        both("every row", u"book"_s, {}, uR"(SELECT COUNT(*) FROM "Books")"_s, {});
        both("with a where", u"book"_s, {.where = col(u"genre"_s) == u"Roman"_s},
             uR"(SELECT COUNT(*) FROM "Books" WHERE "genre" = ?)"_s, {u"Roman"_s});
        both("distinct", u"book"_s, {.where = col(u"stock"_s) > 0, .distinct = true},
             uR"(SELECT COUNT(DISTINCT "id") FROM "Books" WHERE "stock" > ?)"_s, {0LL});
        // Neither database counts distinct tuples with COUNT(DISTINCT a, b): the rows of a DISTINCT subquery.
        both("distinct on a composite primary key", u"loan"_s, {.distinct = true},
             uR"(SELECT COUNT(*) FROM (SELECT DISTINCT "bookId", "readerId" FROM "Loans") AS "keys")"_s, {});
        both("distinct on a composite primary key, with a where", u"loan"_s,
             {.where = col(u"readerId"_s) > 2 || col(u"bookId"_s).in({4, 5}), .distinct = true},
             uR"(SELECT COUNT(*) FROM (SELECT DISTINCT "bookId", "readerId" FROM "Loans" WHERE "readerId" > ? OR "bookId" IN (?, ?)) AS "keys")"_s,
             {2LL, 4LL, 5LL});
        both("distinct on a text primary key", u"edition"_s, {.distinct = true},
             uR"(SELECT COUNT(DISTINCT "isbn") FROM "Editions")"_s, {});
        both("fraction against an INTEGER column is cast", u"book"_s, {.where = col(u"stock"_s) > 0.5},
             uR"(SELECT COUNT(*) FROM "Books" WHERE "stock" > CAST(? AS DOUBLE PRECISION))"_s, {0.5});
        both("order, limit and offset ignored", u"book"_s,
             {.where = col(u"stock"_s) > 0, .order = {desc(u"price"_s)}, .limit = 5, .offset = 10},
             uR"(SELECT COUNT(*) FROM "Books" WHERE "stock" > ?)"_s, {0LL});
        both("paranoid model", u"note"_s, {}, uR"(SELECT COUNT(*) FROM "Notes" WHERE "deletedAt" IS NULL)"_s, {});
        both("paranoid model with a where", u"note"_s, {.where = col(u"text"_s).isNotNull()},
             uR"(SELECT COUNT(*) FROM "Notes" WHERE "deletedAt" IS NULL AND "text" IS NOT NULL)"_s, {});
        both("paranoid model including deleted rows", u"note"_s, {.paranoid = Paranoid::IncludeDeleted},
             uR"(SELECT COUNT(*) FROM "Notes")"_s, {});
    }

    void count()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, model);
        QFETCH(FindOptions, options);
        QFETCH(QString, sql);
        QFETCH(QVariantList, bindings);

        const QueryBuilder builder(fixture(model), dialectNamed(dialect));
        auto st = builder.count(options);
        QVERIFY2(st, Test::why(st));
        QCOMPARE(st->sql, sql);
        QCOMPARE(typed(st->bindings), typed(bindings));
    }

    void aggregate_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("function");
        QTest::addColumn<QString>("attribute");
        QTest::addColumn<FindOptions>("options");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QVariantList>("bindings");

        addRowForEachDialect("max", u"max"_s, u"price"_s, FindOptions{},
                             uR"(SELECT MAX("price") AS "aggregate" FROM "Books")"_s, QVariantList{});
        addRowForEachDialect("min", u"MIN"_s, u"publishedAt"_s, FindOptions{},
                             uR"(SELECT MIN("publishedAt") AS "aggregate" FROM "Books")"_s, QVariantList{});
        addRowForEachDialect(
                "sum with a where", u"sum"_s, u"stock"_s, FindOptions{.where = col(u"genre"_s) == u"Roman"_s},
                uR"(SELECT SUM("stock") AS "aggregate" FROM "Books" WHERE "genre" = ?)"_s, QVariantList{u"Roman"_s});
        addRowForEachDialect("avg ignores order, limit and offset", u"avg"_s, u"price"_s,
                             FindOptions{.order = {asc(u"price"_s)}, .limit = 3, .offset = 1},
                             uR"(SELECT AVG("price") AS "aggregate" FROM "Books")"_s, QVariantList{});
    }

    void aggregate()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, function);
        QFETCH(QString, attribute);
        QFETCH(FindOptions, options);
        QFETCH(QString, sql);
        QFETCH(QVariantList, bindings);

        const QueryBuilder builder(books(), dialectNamed(dialect));
        auto st = builder.aggregate(function, attribute, options);
        QVERIFY2(st, Test::why(st));
        QCOMPARE(st->sql, sql);
        QCOMPARE(typed(st->bindings), typed(bindings));
    }

    void insert_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QList<int>>("attributes");
        QTest::addColumn<Rows>("rows");
        QTest::addColumn<BulkCreateOptions>("options");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QVariantList>("bindings");

        const auto both = [](const char *name, const QList<int> &attributes, const Rows &rows,
                             const BulkCreateOptions &options, const QString &sql, const QVariantList &bindings) {
            addRowForEachDialect(name, attributes, rows, options, sql, bindings);
        };
        const auto one = [](const char *dialect, const char *name, const QList<int> &attributes, const Rows &rows,
                            const BulkCreateOptions &options, const QString &sql, const QVariantList &bindings) {
            addDialectRow(dialect, name, attributes, rows, options, sql, bindings);
        };

        both("one row", {Book::Title, Book::Price}, {{u"Dune"_s, 9}}, {},
             uR"(INSERT INTO "Books" ("title", "price") VALUES (?, ?))"_s + bookReturning, {u"Dune"_s, 9.0});
        both("several rows", {Book::Title, Book::Stock}, {{u"A"_s, 1}, {u"B"_s, 2}, {u"C"_s, u"3"_s}}, {},
             uR"(INSERT INTO "Books" ("title", "stock") VALUES (?, ?), (?, ?), (?, ?))"_s + bookReturning,
             {u"A"_s, 1LL, u"B"_s, 2LL, u"C"_s, 3LL});
        both("a null value", {Book::Title, Book::Genre}, {{u"A"_s, QVariant()}}, {},
             uR"(INSERT INTO "Books" ("title", "genre") VALUES (?, ?))"_s + bookReturning, {u"A"_s, QVariant()});
        one("sqlite", "values converted by type", {Book::Title, Book::Active, Book::PublishedAt},
            {{u"A"_s, true, utcMoment()}}, {},
            uR"(INSERT INTO "Books" ("title", "active", "publishedAt") VALUES (?, ?, ?))"_s + bookReturning,
            {u"A"_s, 1LL, u"2024-01-02 03:04:05.006 +00:00"_s});
        one("postgres", "values converted by type", {Book::Title, Book::Active, Book::PublishedAt},
            {{u"A"_s, true, utcMoment()}}, {},
            uR"(INSERT INTO "Books" ("title", "active", "publishedAt") VALUES (?, ?, ?))"_s + bookReturning,
            {u"A"_s, true, u"2024-01-02T03:04:05.006Z"_s});
        both("default values", {}, {{}}, {}, uR"(INSERT INTO "Books" DEFAULT VALUES)"_s + bookReturning, {});
        both("ignore duplicates", {Book::Title}, {{u"A"_s}}, {.ignoreDuplicates = true},
             uR"(INSERT INTO "Books" ("title") VALUES (?) ON CONFLICT DO NOTHING)"_s + bookReturning, {u"A"_s});
        both("update on duplicate of the primary key", {Book::Id, Book::Title, Book::Price}, {{5, u"A"_s, 1.5}},
             {.updateOnDuplicate = {u"title"_s, u"price"_s}},
             uR"(INSERT INTO "Books" ("id", "title", "price") VALUES (?, ?, ?) ON CONFLICT ("id") DO UPDATE SET "title" = excluded."title", "price" = excluded."price")"_s
                     + bookReturning,
             {5LL, u"A"_s, 1.5});
        both("update on duplicate of conflict fields", {Book::Title, Book::Price, Book::Stock},
             {{u"A"_s, 1.5, 2}, {u"B"_s, 2.5, 3}},
             {.updateOnDuplicate = {u"price"_s, u"stock"_s}, .conflictFields = {u"title"_s}},
             uR"(INSERT INTO "Books" ("title", "price", "stock") VALUES (?, ?, ?), (?, ?, ?) ON CONFLICT ("title") DO UPDATE SET "price" = excluded."price", "stock" = excluded."stock")"_s
                     + bookReturning,
             {u"A"_s, 1.5, 2LL, u"B"_s, 2.5, 3LL});
    }

    void insert()
    {
        QFETCH(QString, dialect);
        QFETCH(QList<int>, attributes);
        QFETCH(Rows, rows);
        QFETCH(BulkCreateOptions, options);
        QFETCH(QString, sql);
        QFETCH(QVariantList, bindings);

        const QueryBuilder builder(books(), dialectNamed(dialect));
        auto st = builder.insert(attributes, rows, options);
        QVERIFY2(st, Test::why(st));
        QCOMPARE(st->sql, sql);
        QCOMPARE(typed(st->bindings), typed(bindings));
    }

    void upsert_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QList<int>>("attributes");
        QTest::addColumn<QVariantList>("values");
        QTest::addColumn<QList<int>>("conflict");
        QTest::addColumn<QList<int>>("update");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QVariantList>("bindings");

        const auto both = [](const char *name, const QList<int> &attributes, const QVariantList &values,
                             const QList<int> &conflict, const QList<int> &update, const QString &sql,
                             const QVariantList &bindings) {
            addRowForEachDialect(name, attributes, values, conflict, update, sql, bindings);
        };
        both("update the given attributes", {Book::Title, Book::Price, Book::Stock}, {u"Dune"_s, 9.5, 3}, {Book::Title},
             {Book::Price, Book::Stock},
             uR"(INSERT INTO "Books" ("title", "price", "stock") VALUES (?, ?, ?) ON CONFLICT ("title") DO UPDATE SET "price" = excluded."price", "stock" = excluded."stock")"_s
                     + bookReturning,
             {u"Dune"_s, 9.5, 3LL});
        both("nothing to update", {Book::Id, Book::Title}, {5, u"A"_s}, {Book::Id}, {},
             uR"(INSERT INTO "Books" ("id", "title") VALUES (?, ?) ON CONFLICT ("id") DO UPDATE SET "id" = excluded."id")"_s
                     + bookReturning,
             {5LL, u"A"_s});
        addDialectRow(
                "sqlite", "BOOLEAN converted", QList<int>{Book::Id, Book::Active}, QVariantList{5, false},
                QList<int>{Book::Id}, QList<int>{Book::Active},
                uR"(INSERT INTO "Books" ("id", "active") VALUES (?, ?) ON CONFLICT ("id") DO UPDATE SET "active" = excluded."active")"_s
                        + bookReturning,
                QVariantList{5LL, 0LL});
        addDialectRow(
                "postgres", "BOOLEAN converted", QList<int>{Book::Id, Book::Active}, QVariantList{5, false},
                QList<int>{Book::Id}, QList<int>{Book::Active},
                uR"(INSERT INTO "Books" ("id", "active") VALUES (?, ?) ON CONFLICT ("id") DO UPDATE SET "active" = excluded."active")"_s
                        + bookReturning,
                QVariantList{5LL, false});
    }

    void upsert()
    {
        QFETCH(QString, dialect);
        QFETCH(QList<int>, attributes);
        QFETCH(QVariantList, values);
        QFETCH(QList<int>, conflict);
        QFETCH(QList<int>, update);
        QFETCH(QString, sql);
        QFETCH(QVariantList, bindings);

        const QueryBuilder builder(books(), dialectNamed(dialect));
        auto st = builder.upsert(attributes, values, conflict, update);
        QVERIFY2(st, Test::why(st));
        QCOMPARE(st->sql, sql);
        QCOMPARE(typed(st->bindings), typed(bindings));
    }

    void update_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<Assignments>("amounts"); // increment() when not empty, else update()
        QTest::addColumn<Assignments>("values");
        QTest::addColumn<Where>("where");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QVariantList>("bindings");

        const auto both = [](const char *name, const Assignments &amounts, const Assignments &values,
                             const Where &where, const QString &sql, const QVariantList &bindings) {
            addRowForEachDialect(name, amounts, values, where, sql, bindings);
        };
        const auto one = [](const char *dialect, const char *name, const Assignments &values, const Where &where,
                            const QString &sql, const QVariantList &bindings) {
            addDialectRow(dialect, name, Assignments{}, values, where, sql, bindings);
        };

        both("update one attribute", {}, {{Book::Price, 12}}, col(u"id"_s) == 5,
             uR"(UPDATE "Books" SET "price" = ? WHERE "id" = ?)"_s, {12.0, 5LL});
        both("update several attributes", {}, {{Book::Title, u"B"_s}, {Book::Stock, 4}},
             col(u"genre"_s).isNull() || col(u"stock"_s) < 0,
             uR"(UPDATE "Books" SET "title" = ?, "stock" = ? WHERE "genre" IS NULL OR "stock" < ?)"_s,
             {u"B"_s, 4LL, 0LL});
        both("update every row", {}, {{Book::Price, 1.5}}, {}, uR"(UPDATE "Books" SET "price" = ?)"_s, {1.5});
        both("update to null", {}, {{Book::Genre, QVariant()}}, col(u"id"_s) == 1,
             uR"(UPDATE "Books" SET "genre" = ? WHERE "id" = ?)"_s, {QVariant(), 1LL});
        one("sqlite", "update a BOOLEAN and a DATE", {{Book::Active, false}, {Book::PublishedAt, utcMoment()}},
            col(u"id"_s) == 1, uR"(UPDATE "Books" SET "active" = ?, "publishedAt" = ? WHERE "id" = ?)"_s,
            {0LL, u"2024-01-02 03:04:05.006 +00:00"_s, 1LL});
        one("postgres", "update a BOOLEAN and a DATE", {{Book::Active, false}, {Book::PublishedAt, utcMoment()}},
            col(u"id"_s) == 1, uR"(UPDATE "Books" SET "active" = ?, "publishedAt" = ? WHERE "id" = ?)"_s,
            {false, u"2024-01-02T03:04:05.006Z"_s, 1LL});
        both("increment one attribute", {{Book::Stock, 2}}, {}, col(u"id"_s) == 1,
             uR"(UPDATE "Books" SET "stock" = "stock" + ? WHERE "id" = ?)"_s, {2LL, 1LL});
        both("decrement with a negative amount", {{Book::Stock, -1}}, {}, col(u"stock"_s) > 0,
             uR"(UPDATE "Books" SET "stock" = "stock" + ? WHERE "stock" > ?)"_s, {-1LL, 0LL});
        both("increment where a fraction against an INTEGER column", {{Book::Stock, 1}}, {}, col(u"stock"_s) < 2.5,
             uR"(UPDATE "Books" SET "stock" = "stock" + ? WHERE "stock" < CAST(? AS DOUBLE PRECISION))"_s, {1LL, 2.5});
        both("increment two attributes and set one", {{Book::Stock, 2}, {Book::Price, 1.5}}, {{Book::Title, u"B"_s}},
             col(u"id"_s) == 1,
             uR"(UPDATE "Books" SET "stock" = "stock" + ?, "price" = "price" + ?, "title" = ? WHERE "id" = ?)"_s,
             {2LL, 1.5, u"B"_s, 1LL});
    }

    void update()
    {
        QFETCH(QString, dialect);
        QFETCH(Assignments, amounts);
        QFETCH(Assignments, values);
        QFETCH(Where, where);
        QFETCH(QString, sql);
        QFETCH(QVariantList, bindings);

        const QueryBuilder builder(books(), dialectNamed(dialect));
        auto st = amounts.isEmpty() ? builder.update(values, where) : builder.increment(amounts, values, where);
        QVERIFY2(st, Test::why(st));
        QCOMPARE(st->sql, sql);
        QCOMPARE(typed(st->bindings), typed(bindings));
    }

    void remove_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("model");
        QTest::addColumn<Where>("where");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QVariantList>("bindings");

        const auto both = [](const char *name, const QString &model, const Where &where, const QString &sql,
                             const QVariantList &bindings) { addRowForEachDialect(name, model, where, sql, bindings); };
        both("by key", u"book"_s, col(u"id"_s) == 1, uR"(DELETE FROM "Books" WHERE "id" = ?)"_s, {1LL});
        both("every row", u"book"_s, {}, uR"(DELETE FROM "Books")"_s, {});
        both("by condition", u"book"_s, col(u"stock"_s) <= 0 || col(u"genre"_s).isNull(),
             uR"(DELETE FROM "Books" WHERE "stock" <= ? OR "genre" IS NULL)"_s, {0LL});
        both("by a fraction against an INTEGER column", u"book"_s, col(u"stock"_s) < 0.5,
             uR"(DELETE FROM "Books" WHERE "stock" < CAST(? AS DOUBLE PRECISION))"_s, {0.5});
        both("by a negated and", u"book"_s, !(col(u"stock"_s) > 0 && col(u"genre"_s).isNotNull()),
             uR"(DELETE FROM "Books" WHERE "stock" <= ? OR "genre" IS NULL)"_s, {0LL});
        // remove() is the hard delete: a paranoid model's deleted rows go too.
        both("paranoid model", u"note"_s, col(u"id"_s) == 2, uR"(DELETE FROM "Notes" WHERE "id" = ?)"_s, {2LL});
    }

    void remove()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, model);
        QFETCH(Where, where);
        QFETCH(QString, sql);
        QFETCH(QVariantList, bindings);

        const QueryBuilder builder(fixture(model), dialectNamed(dialect));
        auto st = builder.remove(where);
        QVERIFY2(st, Test::why(st));
        QCOMPARE(st->sql, sql);
        QCOMPARE(typed(st->bindings), typed(bindings));
    }

    void primaryKeyWhere_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QVariantList>("key");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QVariantList>("bindings");

        addRowForEachDialect("integer key", u"book"_s, QVariantList{5}, uR"(DELETE FROM "Books" WHERE "id" = ?)"_s,
                             QVariantList{5LL});
        addRowForEachDialect("text key", u"edition"_s, QVariantList{u"978-2"_s},
                             uR"(DELETE FROM "Editions" WHERE "isbn" = ?)"_s, QVariantList{u"978-2"_s});
        addRowForEachDialect("composite key", u"loan"_s, QVariantList{1, u"2"_s},
                             uR"(DELETE FROM "Loans" WHERE "bookId" = ? AND "readerId" = ?)"_s, QVariantList{1LL, 2LL});
    }

    void primaryKeyWhere()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, model);
        QFETCH(QVariantList, key);
        QFETCH(QString, sql);
        QFETCH(QVariantList, bindings);

        const QueryBuilder builder(fixture(model), dialectNamed(dialect));
        auto st = builder.remove(fixture(model).primaryKeyWhere(key));
        QVERIFY2(st, Test::why(st));
        QCOMPARE(st->sql, sql);
        QCOMPARE(typed(st->bindings), typed(bindings));
    }

    void createTable_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QStringList>("statements");

        const auto one = [](const char *dialect, const char *name, const QString &model, const QStringList &sql) {
            addDialectRow(dialect, name, model, sql);
        };

        one("sqlite", "every type and option", u"item"_s,
            {uR"(CREATE TABLE IF NOT EXISTS "Items" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "name" VARCHAR(40) NOT NULL DEFAULT 'it''s', "flag" TINYINT(1) DEFAULT 1, "at" DATETIME, "day" DATE, "amount" DECIMAL(8,3), "ratio" DOUBLE PRECISION DEFAULT 1.5, "count" BIGINT DEFAULT 0, "status" TEXT DEFAULT 'draft' CONSTRAINT "status" CHECK ("status" IN ('draft', 'it''s out')), "code" CHAR(8) UNIQUE, "note" TEXT, "shelf" INTEGER, "slot" INTEGER, "uid" UUID, "data" JSON, "blob" BLOB, "price" FLOAT, "createdAt" DATETIME NOT NULL, "updatedAt" DATETIME NOT NULL, CONSTRAINT "Items_place" UNIQUE ("shelf", "slot")))"_s});
        one("postgres", "every type and option", u"item"_s,
            {uR"(CREATE TABLE IF NOT EXISTS "Items" ("id" SERIAL NOT NULL PRIMARY KEY, "name" VARCHAR(40) NOT NULL DEFAULT 'it''s', "flag" BOOLEAN DEFAULT true, "at" TIMESTAMP WITH TIME ZONE, "day" DATE, "amount" DECIMAL(8,3), "ratio" DOUBLE PRECISION DEFAULT 1.5, "count" BIGINT DEFAULT 0, "status" VARCHAR(255) DEFAULT 'draft' CONSTRAINT "status" CHECK ("status" IN ('draft', 'it''s out')), "code" CHAR(8) UNIQUE, "note" TEXT, "shelf" INTEGER, "slot" INTEGER, "uid" UUID, "data" JSON, "blob" BYTEA, "price" FLOAT, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "Items_place" UNIQUE ("shelf", "slot")))"_s,
             uR"(COMMENT ON COLUMN "Items"."note" IS 'what''s said')"_s});
        for (const char *dialect : {"sqlite", "postgres"}) {
            one(dialect, "composite primary key", u"loan"_s,
                {uR"(CREATE TABLE IF NOT EXISTS "Loans" ("bookId" INTEGER NOT NULL, "readerId" INTEGER NOT NULL, "until" DATE NOT NULL, PRIMARY KEY ("bookId", "readerId")))"_s});
            one(dialect, "text primary key", u"edition"_s,
                {uR"(CREATE TABLE IF NOT EXISTS "Editions" ("isbn" VARCHAR(20) NOT NULL PRIMARY KEY, "title" TEXT))"_s});
        }
        one("sqlite", "auto-incremented BIGINT key", u"event"_s,
            {uR"(CREATE TABLE IF NOT EXISTS "Events" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "kind" VARCHAR(255)))"_s});
        one("postgres", "auto-incremented BIGINT key", u"event"_s,
            {uR"(CREATE TABLE IF NOT EXISTS "Events" ("id" BIGSERIAL NOT NULL PRIMARY KEY, "kind" VARCHAR(255)))"_s});
        one("sqlite", "underscored paranoid model", u"reader"_s,
            {uR"(CREATE TABLE IF NOT EXISTS "Readers" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "first_name" VARCHAR(255), "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "deleted_at" DATETIME))"_s});
        one("postgres", "underscored paranoid model", u"reader"_s,
            {uR"(CREATE TABLE IF NOT EXISTS "Readers" ("id" SERIAL NOT NULL PRIMARY KEY, "first_name" VARCHAR(255), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE))"_s});
        // Sequelize 6's DDL for the seed's schema.js on SQLite, with double quotes instead of backticks.
        one("sqlite", "the seed's Livre", u"livre"_s,
            {uR"(CREATE TABLE IF NOT EXISTS "Livres" ("ID" INTEGER PRIMARY KEY AUTOINCREMENT, "Nom" VARCHAR(255), "NomSansEspaces" VARCHAR(255) NOT NULL, "Presentation" VARCHAR(10000) NOT NULL, "Description" VARCHAR(255), "Couverture" VARCHAR(255), "Prix" FLOAT, "Genre" VARCHAR(255), "Accroche" VARCHAR(255), "Lien" VARCHAR(255), "Auteur" VARCHAR(255), "Edition" VARCHAR(255), "Quantite" INTEGER, "Annee" INTEGER NOT NULL, "NbPages" INTEGER NOT NULL, "Ventes" FLOAT NOT NULL, "Arriere" VARCHAR(255) NOT NULL, "Dos" VARCHAR(255) NOT NULL))"_s});
        one("postgres", "the seed's Livre", u"livre"_s,
            {uR"(CREATE TABLE IF NOT EXISTS "Livres" ("ID" SERIAL NOT NULL PRIMARY KEY, "Nom" VARCHAR(255), "NomSansEspaces" VARCHAR(255) NOT NULL, "Presentation" VARCHAR(10000) NOT NULL, "Description" VARCHAR(255), "Couverture" VARCHAR(255), "Prix" FLOAT, "Genre" VARCHAR(255), "Accroche" VARCHAR(255), "Lien" VARCHAR(255), "Auteur" VARCHAR(255), "Edition" VARCHAR(255), "Quantite" INTEGER, "Annee" INTEGER NOT NULL, "NbPages" INTEGER NOT NULL, "Ventes" FLOAT NOT NULL, "Arriere" VARCHAR(255) NOT NULL, "Dos" VARCHAR(255) NOT NULL))"_s});
    }

    void createTable()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, model);
        QFETCH(QStringList, statements);

        const QueryBuilder builder(fixture(model), dialectNamed(dialect));
        auto created = builder.createTable();
        QVERIFY2(created, Test::why(created));
        QStringList sql;
        for (const Statement &st : *created) {
            QVERIFY(st.bindings.isEmpty());
            sql << st.sql;
        }
        QCOMPARE(sql, statements);
    }

    void createIndexes_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("model");
        QTest::addColumn<bool>("ifNotExists");
        QTest::addColumn<QStringList>("statements");

        addRowForEachDialect(
                "generated and given names", u"book"_s, true,
                QStringList{uR"(CREATE INDEX IF NOT EXISTS "books_title" ON "Books" ("title"))"_s,
                            uR"(CREATE UNIQUE INDEX IF NOT EXISTS "books_genre_price" ON "Books" ("genre", "price"))"_s,
                            uR"(CREATE INDEX IF NOT EXISTS "by_stock" ON "Books" ("stock"))"_s});
        addRowForEachDialect("without IF NOT EXISTS", u"book"_s, false,
                             QStringList{uR"(CREATE INDEX "books_title" ON "Books" ("title"))"_s,
                                         uR"(CREATE UNIQUE INDEX "books_genre_price" ON "Books" ("genre", "price"))"_s,
                                         uR"(CREATE INDEX "by_stock" ON "Books" ("stock"))"_s});
        addRowForEachDialect(
                "underscored columns", u"reader"_s, true,
                QStringList{uR"(CREATE INDEX IF NOT EXISTS "readers_first_name" ON "Readers" ("first_name"))"_s});
        addRowForEachDialect("no index", u"note"_s, true, QStringList{});
    }

    void createIndexes()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, model);
        QFETCH(bool, ifNotExists);
        QFETCH(QStringList, statements);

        const QueryBuilder builder(fixture(model), dialectNamed(dialect));
        QStringList sql;
        for (const Statement &st : builder.createIndexes(ifNotExists)) {
            QVERIFY(st.bindings.isEmpty());
            sql << st.sql;
        }
        QCOMPARE(sql, statements);
        for (const Index &index : fixture(model).indexes())
            QVERIFY(Orm::isSafeIdentifier(index.name));
    }

    void alterStatements_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("attribute"); // empty: dropTable()
        QTest::addColumn<QString>("sql");

        addDialectRow("sqlite", "drop table", u"book"_s, QString(), uR"(DROP TABLE IF EXISTS "Books")"_s);
        addDialectRow("postgres", "drop table", u"book"_s, QString(), uR"(DROP TABLE IF EXISTS "Books" CASCADE)"_s);
        addRowForEachDialect("add a FLOAT column", u"book"_s, u"price"_s,
                             uR"(ALTER TABLE "Books" ADD COLUMN "price" FLOAT)"_s);
        addDialectRow("sqlite", "add a BOOLEAN column with a default", u"item"_s, u"flag"_s,
                      uR"(ALTER TABLE "Items" ADD COLUMN "flag" TINYINT(1) DEFAULT 1)"_s);
        addDialectRow("postgres", "add a BOOLEAN column with a default", u"item"_s, u"flag"_s,
                      uR"(ALTER TABLE "Items" ADD COLUMN "flag" BOOLEAN DEFAULT true)"_s);
    }

    void alterStatements()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, model);
        QFETCH(QString, attribute);
        QFETCH(QString, sql);

        const QueryBuilder builder(fixture(model), dialectNamed(dialect));
        if (attribute.isEmpty()) {
            QCOMPARE(builder.dropTable().sql, sql);
            return;
        }
        auto st = builder.addColumn(fixture(model).indexOf(attribute));
        QVERIFY2(st, Test::why(st));
        QCOMPARE(st->sql, sql);
    }

    void functions_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("function");
        QTest::addColumn<QString>("sql"); // the select-list entry; empty when the function is refused

        const auto both = [](const char *name, const QString &function, const QString &sql) {
            addRowForEachDialect(name, function, sql);
        };
        both("COUNT", u"COUNT"_s, uR"(COUNT("title"))"_s);
        both("SUM", u"SUM"_s, uR"(SUM("title"))"_s);
        both("AVG", u"AVG"_s, uR"(AVG("title"))"_s);
        both("MIN", u"MIN"_s, uR"(MIN("title"))"_s);
        both("MAX", u"MAX"_s, uR"(MAX("title"))"_s);
        both("LOWER", u"LOWER"_s, uR"(LOWER("title"))"_s);
        both("UPPER", u"UPPER"_s, uR"(UPPER("title"))"_s);
        both("LENGTH", u"LENGTH"_s, uR"(LENGTH("title"))"_s);
        both("lower-case name", u"length"_s, uR"(LENGTH("title"))"_s);
        both("sqlite_version", u"sqlite_version"_s, QString());
        both("random", u"random"_s, QString());
        both("load_extension", u"load_extension"_s, QString());
        both("pg_sleep", u"pg_sleep"_s, QString());
        both("group_concat", u"group_concat"_s, QString());
        both("string_agg", u"string_agg"_s, QString());
        both("current_setting", u"current_setting"_s, QString());
        both("SQL after the name", u"COUNT(*) FROM \"Books\"; --"_s, QString());
        both("name with a space", u"COUNT "_s, QString());
        both("empty name", QString(), QString());
    }

    void functions()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, function);
        QFETCH(QString, sql);

        const QueryBuilder builder(books(), dialectNamed(dialect));
        const Expr call = Expr::function(function, {col(u"title"_s)});
        auto selected = builder.select({.attributes = {call.as(u"v"_s)}});
        auto compared = builder.select({.where = call == 1, .attributes = {u"id"_s}});
        auto ordered = builder.select({.attributes = {u"id"_s}, .order = {call.asc()}});
        if (sql.isEmpty()) {
            for (const auto *result : {&selected, &compared, &ordered}) {
                QVERIFY(!*result);
                QCOMPARE(result->error().kind(), Error::Kind::InvalidQuery);
                QVERIFY(result->error().sql().isEmpty());
            }
            return;
        }
        QVERIFY2(selected, Test::why(selected));
        QCOMPARE(selected->sql, u"SELECT "_s + sql + uR"( AS "v" FROM "Books")"_s);
        QVERIFY2(compared, Test::why(compared));
        QCOMPARE(compared->sql, uR"(SELECT "id" FROM "Books" WHERE )"_s + sql + u" = ?"_s);
        QVERIFY2(ordered, Test::why(ordered));
        QCOMPARE(ordered->sql, uR"(SELECT "id" FROM "Books" ORDER BY )"_s + sql + u" ASC"_s);
    }

    void hostileNamesAreRefused_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("validName");

        for (const auto &[place, validName] : namePlaces) {
            for (const auto &[what, name] : hostileNames) {
                for (const char *dialect : {"sqlite", "postgres"})
                    QTest::addRow("%s: %s, %s", dialect, qPrintable(place), what)
                            << QString::fromLatin1(dialect) << place << name << validName;
            }
        }
    }

    void hostileNamesAreRefused()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, place);
        QFETCH(QString, name);
        QFETCH(QString, validName);

        const QueryBuilder builder(books(), dialectNamed(dialect));
        // The same place with a valid name builds: the refusal below is the name's, not the place's.
        auto valid = buildWithName(builder, place, validName);
        QVERIFY2(valid, Test::why(valid));

        auto refused = buildWithName(builder, place, name);
        QVERIFY2(!refused, refused ? qPrintable(refused->sql) : "");
        QCOMPARE(refused.error().kind(), Error::Kind::InvalidQuery);
        QVERIFY(refused.error().sql().isEmpty());
        // The message quotes at most a short prefix of the name.
        QVERIFY2(refused.error().message().size() < 300, qPrintable(refused.error().message().left(300)));
    }

    void invalidQueriesAreRefused_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("query");
        for (const char *query : {"negative limit",
                                  "negative offset",
                                  "aggregate without an alias",
                                  "value without an alias",
                                  "alias in where",
                                  "alias in a negated where",
                                  "unknown aggregate function",
                                  "aggregate of an unknown attribute",
                                  "update with nothing to set",
                                  "increment with nothing to set",
                                  "default values for several rows",
                                  "adding the primary key column",
                                  "equal with one operand",
                                  "equal with three operands",
                                  "greater with no operand",
                                  "between with two operands",
                                  "between with four operands",
                                  "not between with two operands",
                                  "like with one operand",
                                  "is null with two operands",
                                  "in with no operand",
                                  "negated equal with one operand",
                                  "negated between with two operands",
                                  "equal with one operand inside an or",
                                  "equal with one operand in having",
                                  "equal with one operand in count",
                                  "between with two operands in update",
                                  "equal with one operand in remove"})
            addRowForEachDialect(query, QString::fromLatin1(query));
    }

    void invalidQueriesAreRefused()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, query);

        const QueryBuilder builder(books(), dialectNamed(dialect));
        const Expr stock = col(u"stock"_s);
        Result<Statement> result = std::unexpected(Error(Error::Kind::Database, u"unknown query"_s));
        if (query == u"negative limit")
            result = builder.select({.limit = -1});
        else if (query == u"negative offset")
            result = builder.select({.offset = -5});
        else if (query == u"aggregate without an alias")
            result = builder.select({.attributes = {fn::count()}});
        else if (query == u"value without an alias")
            result = builder.select({.attributes = {Expr(1)}});
        else if (query == u"alias in where") // aliases are for ORDER BY and HAVING; WHERE runs before them
            result = builder.select({.where = col(u"n"_s) > 1, .attributes = {fn::count().as(u"n"_s)}});
        else if (query == u"unknown aggregate function")
            result = builder.aggregate(u"median"_s, u"price"_s, {});
        else if (query == u"aggregate of an unknown attribute")
            result = builder.aggregate(u"max"_s, u"weight"_s, {});
        else if (query == u"update with nothing to set")
            result = builder.update({}, col(u"id"_s) == 1);
        else if (query == u"increment with nothing to set")
            result = builder.increment({}, {}, col(u"id"_s) == 1);
        else if (query == u"default values for several rows")
            result = builder.insert({}, {{}, {}});
        else if (query == u"adding the primary key column")
            result = builder.addColumn(Book::Id);
        else if (query == u"alias in a negated where")
            result = builder.select({.where = !(col(u"n"_s) > 1), .attributes = {fn::count().as(u"n"_s)}});
        else if (query.startsWith(u"equal with one operand")) {
            const Where lone = Where::compare(Where::Op::Eq, {stock});
            if (query == u"equal with one operand")
                result = builder.select({.where = lone});
            else if (query == u"equal with one operand inside an or")
                result = builder.select({.where = stock == 1 || (stock > 2 && lone)});
            else if (query == u"equal with one operand in having")
                result = builder.select({.attributes = {u"genre"_s}, .group = {col(u"genre"_s)}, .having = lone});
            else if (query == u"equal with one operand in count")
                result = builder.count({.where = lone});
            else if (query == u"equal with one operand in remove")
                result = builder.remove(lone);
        } else if (query == u"equal with three operands")
            result = builder.select({.where = Where::compare(Where::Op::Eq, {stock, 1, 2})});
        else if (query == u"greater with no operand")
            result = builder.select({.where = Where::compare(Where::Op::Gt, {})});
        else if (query == u"between with two operands")
            result = builder.select({.where = Where::compare(Where::Op::Between, {stock, 1})});
        else if (query == u"between with four operands")
            result = builder.select({.where = Where::compare(Where::Op::Between, {stock, 1, 2, 3})});
        else if (query == u"not between with two operands")
            result = builder.select({.where = Where::compare(Where::Op::NotBetween, {stock, 1})});
        else if (query == u"like with one operand")
            result = builder.select({.where = Where::compare(Where::Op::Like, {col(u"title"_s)})});
        else if (query == u"is null with two operands")
            result = builder.select({.where = Where::compare(Where::Op::IsNull, {stock, 1})});
        else if (query == u"in with no operand")
            result = builder.select({.where = Where::compare(Where::Op::In, {})});
        else if (query == u"negated equal with one operand")
            result = builder.select({.where = !Where::compare(Where::Op::Eq, {stock})});
        else if (query == u"negated between with two operands")
            result = builder.select({.where = !Where::compare(Where::Op::Between, {stock, 1})});
        else if (query == u"between with two operands in update")
            result = builder.update({{Book::Stock, 1}}, Where::compare(Where::Op::Between, {stock, 1}));

        QVERIFY2(!result, result ? qPrintable(result->sql) : "");
        QCOMPARE(result.error().kind(), Error::Kind::InvalidQuery);
        QVERIFY(result.error().sql().isEmpty());
    }

    void isSafeIdentifier_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("safe");

        QTest::newRow("plain") << u"Nom"_s << true;
        QTest::newRow("underscore first") << u"_id"_s << true;
        QTest::newRow("digits after the first") << u"page2"_s << true;
        QTest::newRow("accented letters") << u"Ann\u00e9e"_s << true;
        QTest::newRow("63 characters") << QString(63, u'a') << true;
        QTest::newRow("64 characters") << QString(64, u'a') << false;
        QTest::newRow("10,000 characters") << QString(10000, u'a') << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("digit first") << u"1a"_s << false;
        QTest::newRow("space") << u"a b"_s << false;
        QTest::newRow("brackets and a space") << u"[a] x"_s << false;
        QTest::newRow("double quote") << u"a\"b"_s << false;
        QTest::newRow("single quote") << u"a'b"_s << false;
        QTest::newRow("backtick") << u"a`b"_s << false;
        QTest::newRow("SQL in the name") << sqlInName << false;
        QTest::newRow("hyphen") << u"a-b"_s << false;
        QTest::newRow("semicolon") << u"a;b"_s << false;
        QTest::newRow("dot") << u"Livres.Nom"_s << false;
        QTest::newRow("comment") << u"a--"_s << false;
        QTest::newRow("newline") << u"a\nb"_s << false;
        QTest::newRow("NUL character") << (u"a"_s + QChar(0) + u"b"_s) << false;
        QTest::newRow("non-ASCII digit") << u"a\u0663"_s << false;
        QTest::newRow("character outside the BMP") << u"a\U0001F600"_s << false;
    }

    void isSafeIdentifier()
    {
        QFETCH(QString, name);
        QFETCH(bool, safe);
        QCOMPARE(Orm::isSafeIdentifier(name), safe);
    }

    void definitionProblems_data()
    {
        QTest::addColumn<ModelDefinition>("definition");
        QTest::addColumn<bool>("valid");

        const ModelOptions plain = {.tableName = u"Books"_s, .timestamps = false};
        const auto withAttribute = [&](const Attribute &extra, const ModelOptions &options) {
            QList<Attribute> attributes = bookAttributes();
            attributes << extra;
            return ModelDefinition(u"Book"_s, attributes, options);
        };
        const auto named = [&](const QString &name) {
            return withAttribute({.name = name, .type = DataType::string()}, plain);
        };
        const auto indexed = [&](const Index &index) {
            ModelOptions options = plain;
            options.indexes = {index};
            return ModelDefinition(u"Book"_s, bookAttributes(), options);
        };
        const auto tabled = [&](const QString &table) {
            ModelOptions options = plain;
            options.tableName = table;
            return ModelDefinition(u"Book"_s, bookAttributes(), options);
        };

        QTest::newRow("valid definition") << named(u"subtitle"_s) << true;
        QTest::newRow("valid index") << indexed({.fields = {u"title"_s}, .name = u"by_title"_s}) << true;
        QTest::newRow("63-character table name") << tabled(QString(63, u'b')) << true;
        QTest::newRow("attribute: SQL in the name") << named(sqlInName) << false;
        QTest::newRow("attribute: brackets and a space") << named(u"[a] x"_s) << false;
        QTest::newRow("attribute: a double quote") << named(u"a\"b"_s) << false;
        QTest::newRow("attribute: 10,000 characters") << named(QString(10000, u'a')) << false;
        QTest::newRow("attribute: empty") << named(QString()) << false;
        QTest::newRow("column: a double quote")
                << withAttribute({.name = u"subtitle"_s, .type = DataType::string(), .field = u"a\"b"_s}, plain)
                << false;
        QTest::newRow("column: SQL in the name")
                << withAttribute({.name = u"subtitle"_s, .type = DataType::string(), .field = sqlInName}, plain)
                << false;
        QTest::newRow("composite unique key: a double quote")
                << withAttribute({.name = u"subtitle"_s, .type = DataType::string(), .unique = u"a\"b"_s}, plain)
                << false;
        QTest::newRow("table: SQL in the name") << tabled(u"Books\"; DROP TABLE \"Books\"; --"_s) << false;
        QTest::newRow("table: brackets and a space") << tabled(u"[a] x"_s) << false;
        QTest::newRow("table: 64 characters") << tabled(QString(64, u'b')) << false;
        QTest::newRow("table: 10,000 characters") << tabled(QString(10000, u'b')) << false;
        QTest::newRow("model name with a space (default table name)")
                << ModelDefinition(u"Livre x"_s, bookAttributes(), {.timestamps = false}) << false;
        QTest::newRow("index: SQL in the name")
                << indexed({.fields = {u"title"_s}, .name = u"x\" ON \"Books\" (\"id\"); DROP TABLE \"Books\"; --"_s})
                << false;
        QTest::newRow("index: a double quote") << indexed({.fields = {u"title"_s}, .name = u"a\"b"_s}) << false;
        QTest::newRow("index: 10,000 characters")
                << indexed({.fields = {u"title"_s}, .name = QString(10000, u'i')}) << false;
        QTest::newRow("index: unknown field") << indexed({.fields = {u"weight"_s}}) << false;
        QTest::newRow("index: SQL in a field") << indexed({.fields = {sqlInName}}) << false;
        QTest::newRow("index: no field") << indexed({}) << false;
    }

    void definitionProblems()
    {
        QFETCH(ModelDefinition, definition);
        QFETCH(bool, valid);

        QCOMPARE(definition.problems().isEmpty(), valid);
        for (const Dialect *dialect : {&Dialect::sqlite(), &Dialect::postgres()}) {
            const QueryBuilder builder(definition, *dialect);
            auto created = builder.createTable();
            if (valid) {
                QVERIFY2(created, Test::why(created));
                continue;
            }
            QVERIFY2(!created, created ? qPrintable(created->first().sql.left(300)) : "");
            QCOMPARE(created.error().kind(), Error::Kind::InvalidQuery);
            QVERIFY(created.error().sql().isEmpty());
            QVERIFY2(created.error().message().size() < 1000, qPrintable(created.error().message().left(300)));
        }
    }
};

QTEST_GUILESS_MAIN(TestQueryBuilder)
#include "tst_querybuilder.moc"
