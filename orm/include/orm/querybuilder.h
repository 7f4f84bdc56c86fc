#pragma once

#include <orm/dialect.h>
#include <orm/error.h>
#include <orm/findoptions.h>
#include <orm/modeldefinition.h>

#include <QList>
#include <QString>
#include <QVariant>

namespace Orm {

// A statement ready to run: SQL text with '?' placeholders and the values to bind, in order.
struct Statement
{
    QString sql;
    QVariantList bindings;
};

// An association brought into a SELECT or a COUNT by an include: a to-one association joined (Mode::Join), or
// any association tested with EXISTS so that only parents with a match remain (Mode::Exists: a required include
// that is not joined). The model's attribute is compared with the parent's attribute; a belongsToMany goes
// through its join table. Built by the models from their associations.
struct Join
{
    enum class Mode { Join, Exists };
    Mode mode = Mode::Join;
    const ModelDefinition *model = nullptr;
    QString path; // how the statement's names refer to it: "Editeur", nested "Editeur.Pays"
    int attribute = -1; // of model (of through, for a belongsToMany)...
    int parentAttribute = -1; // ...equal to this attribute of the parent
    const ModelDefinition *through = nullptr; // belongsToMany: the join table
    int throughAttribute = -1; // through's column equal to model's targetAttribute
    int targetAttribute = -1;
    bool required = false; // INNER JOIN rather than LEFT OUTER JOIN
    Where where; // on model's attributes
    Paranoid paranoid = Paranoid::ExcludeDeleted;
    QList<int> columns; // Mode::Join: the attributes of model read, appended to the select list in tree order
    QList<Join> children;
};

// Builds the SQL of every ORM operation for one model and dialect, without touching a database, so that it can be
// tested as text. Every name is resolved against the model (or a declared alias) and quoted; an unknown or unsafe
// name is an InvalidQuery error, so hostile names never reach SQL. Values are converted by the dialect and bound.
class QueryBuilder
{
public:
    QueryBuilder(const ModelDefinition &model, const Dialect &dialect);

    // SELECT of findAll/findOne. columns receives, per select-list entry, the attribute index or -1 for an alias.
    // With joins, every column is qualified by its table, and the joined models' columns follow the model's in
    // the select list, in the joins' tree order (a join, then its children).
    [[nodiscard]] Result<Statement> select(const FindOptions &options, QList<int> *columns = nullptr,
                                           QStringList *aliases = nullptr, const QList<Join> &joins = {}) const;
    // SELECT COUNT(...) with the options' where (limit, offset and order are ignored, as Sequelize does). Joins
    // count the parents that have their required matches.
    [[nodiscard]] Result<Statement> count(const FindOptions &options, const QList<Join> &joins = {}) const;
    // SELECT fn(attribute) for max, min, sum, avg.
    [[nodiscard]] Result<Statement> aggregate(const QString &function, const QString &attribute,
                                              const FindOptions &options) const;
    // What an INSERT returns of the rows it wrote.
    enum class Returning { All, PrimaryKey, Nothing };
    // INSERT of one or more rows of the given attributes, RETURNING every attribute (or the primary key only, or
    // nothing).
    [[nodiscard]] Result<Statement> insert(const QList<int> &attributes, const QList<QVariantList> &rows,
                                           const BulkCreateOptions &options = {},
                                           Returning returning = Returning::All) const;
    // INSERT ... ON CONFLICT (conflict) DO UPDATE SET update... RETURNING *.
    [[nodiscard]] Result<Statement> upsert(const QList<int> &attributes, const QVariantList &values,
                                           const QList<int> &conflict, const QList<int> &update) const;
    // UPDATE SET attribute = value for each pair, where (no RETURNING clause).
    [[nodiscard]] Result<Statement> update(const QList<std::pair<int, QVariant>> &values, const Where &where) const;
    // UPDATE SET attribute = attribute + amount (atomic increment), plus plain sets, where.
    [[nodiscard]] Result<Statement> increment(const QList<std::pair<int, QVariant>> &amounts,
                                              const QList<std::pair<int, QVariant>> &sets, const Where &where) const;
    [[nodiscard]] Result<Statement> remove(const Where &where) const;

    // CREATE TABLE IF NOT EXISTS, then what it needs beside (column comments on PostgreSQL).
    [[nodiscard]] Result<QList<Statement>> createTable() const;
    QList<Statement> createIndexes(bool ifNotExists = true) const;
    [[nodiscard]] Result<Statement> addColumn(int attribute) const;
    Statement dropTable() const;

private:
    struct Context;
    [[nodiscard]] Result<QString> renderExpr(const Expr &expr, Context &ctx, const DataType **type = nullptr) const;
    [[nodiscard]] Result<QString> renderColumn(const Expr &expr, Context &ctx, const DataType **type) const;
    [[nodiscard]] Result<QString> renderFunction(const Expr &expr, Context &ctx, const DataType **type) const;
    [[nodiscard]] Result<QString> renderWhere(const Where &where, Context &ctx) const;
    [[nodiscard]] Result<QString> renderCondition(const Where &where, Context &ctx, bool insideAnd) const;
    [[nodiscard]] Result<QString> renderComparison(const Where &where, Context &ctx) const;
    [[nodiscard]] Result<QString> renderOrder(const QList<Order> &order, Context &ctx) const;
    [[nodiscard]] Result<QString> whereClause(const Where &where, Paranoid paranoid, Context &ctx) const;
    [[nodiscard]] Result<QString> joinClauses(const QList<Join> &joins, const ModelDefinition &parent,
                                              const QString &qualifier, Context &ctx, QStringList &columns,
                                              QStringList &exists) const;
    [[nodiscard]] Result<QString> existsCondition(const Join &join, const ModelDefinition &parent,
                                                  const QString &qualifier, Context &ctx) const;
    [[nodiscard]] Result<QString> fromAndWhere(const FindOptions &options, const QList<Join> &joins, Context &ctx,
                                               QStringList &joinedColumns) const;
    struct SelectList
    {
        QStringList sql; // the rendered entries
        QList<int> columns; // per entry, the attribute index, or -1 for an alias
        QStringList aliases; // per entry, its alias or an empty string
    };
    [[nodiscard]] Result<SelectList> selectList(const FindOptions &options, Context &ctx) const;
    [[nodiscard]] Result<QString> groupAndHaving(const FindOptions &options, Context &ctx) const;
    [[nodiscard]] Result<QString> limitAndOffset(const FindOptions &options, Context &ctx) const;
    QString returningAll() const;
    QString table() const;
    QString column(int attribute) const;

    const ModelDefinition &m_model;
    const Dialect &m_dialect;
};

} // namespace Orm
