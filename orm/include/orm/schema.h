#pragma once

#include <orm/attribute.h>
#include <orm/database.h>
#include <orm/error.h>
#include <orm/findoptions.h>
#include <orm/modeldefinition.h>
#include <orm/where.h>

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace Orm {

// A column as the database describes it.
struct ColumnInfo
{
    QString name;
    QString type; // as declared (SQLite) or as information_schema spells it (PostgreSQL)
    bool allowNull = true;
    QString defaultValue; // the DEFAULT expression's text, empty when none
    bool primaryKey = false;
};

struct IndexInfo
{
    QString name;
    QStringList fields;
    bool unique = false;
};

// A trigger or a view, with the SQL that makes it as the database keeps it: on SQLite the text of its CREATE
// statement, word for word; on PostgreSQL pg_get_triggerdef() of a trigger and the query of a view.
struct CodeObjectInfo
{
    enum class Type { Trigger, View };

    Type type = Type::Trigger;
    QString name;
    QString table; // the table a trigger belongs to; a view's own name
    QString sql;
};

// A table constraint for addConstraint(), as Sequelize's queryInterface.addConstraint.
struct Constraint
{
    enum class Type { Unique, Check, ForeignKey };
    enum class Action { NoAction, Restrict, Cascade, SetNull, SetDefault };

    Type type = Type::Unique;
    QString name; // required: removeConstraint() finds it by name
    QStringList fields; // Unique, ForeignKey
    QString check; // Check: the SQL expression, written by the migration's author (never user input)
    QString referencesTable; // ForeignKey
    QStringList referencesFields;
    Action onDelete = Action::NoAction;
    Action onUpdate = Action::NoAction;
};

// The schema operations a migration performs, as Sequelize's QueryInterface. Every name is checked with
// isSafeIdentifier() and quoted; values are bound. On SQLite, what ALTER TABLE cannot do (changeColumn,
// removeColumn of a constrained column, add/removeConstraint) follows SQLite's 12-step rebuild: a new table from
// the original CREATE TABLE text with only the change applied, the rows copied, indexes and triggers recreated,
// so that no row, index, trigger, constraint or foreign key is lost. The Migrator runs these inside the
// migration's transaction, with SQLite's foreign keys off and a foreign_key_check before the commit.
class Schema
{
public:
    explicit Schema(const Database &database);
    const Database &database() const { return m_database; }

    [[nodiscard]] Status createTable(const QString &table, const QList<Attribute> &attributes);
    [[nodiscard]] Status dropTable(const QString &table);
    [[nodiscard]] Status renameTable(const QString &from, const QString &to);
    [[nodiscard]] Status addColumn(const QString &table, const Attribute &attribute);
    [[nodiscard]] Status removeColumn(const QString &table, const QString &column);
    // Replaces the column's type, nullability and default with the attribute's (its name stays the column's).
    [[nodiscard]] Status changeColumn(const QString &table, const QString &column, const Attribute &attribute);
    [[nodiscard]] Status renameColumn(const QString &table, const QString &from, const QString &to);
    // CREATE [UNIQUE] INDEX: {.fields = {u"Nom"_s}, .unique = true, .name = u"livres_nom"_s}. The name is required
    // (removeIndex() finds the index by it).
    [[nodiscard]] Status addIndex(const QString &table, const Index &index);
    [[nodiscard]] Status removeIndex(const QString &table, const QString &name);
    [[nodiscard]] Status addConstraint(const QString &table, const Constraint &constraint);
    [[nodiscard]] Status removeConstraint(const QString &table, const QString &name);

    [[nodiscard]] Result<qint64> bulkInsert(const QString &table, const QList<QVariantMap> &rows);
    [[nodiscard]] Result<qint64> bulkUpdate(const QString &table, const QVariantMap &values, const Where &where);
    [[nodiscard]] Result<qint64> bulkDelete(const QString &table, const Where &where);
    // Sequelize's queryInterface.select: the rows of a table as the options pick them (where, attributes with
    // functions, arithmetic and aliases, order, group, having, limit, offset; no include), every name resolved
    // against the table's columns as describeTable() gives them and quoted, every value bound. The values come back
    // as the driver gives them. Meant for migrations, which must not read today's models.
    [[nodiscard]] Result<RowSet> select(const QString &table, const FindOptions &options = {});
    // Raw SQL with bound replacements, for what select() and the operations above cannot say.
    [[nodiscard]] Result<RowSet> query(const QString &sql, const QVariantList &replacements = {});

    // Columns in order; an empty list when the table does not exist.
    [[nodiscard]] Result<QList<ColumnInfo>> describeTable(const QString &table);
    [[nodiscard]] Result<QList<IndexInfo>> showIndex(const QString &table);
    [[nodiscard]] Result<bool> hasTable(const QString &table);
    // Sequelize's showAllTables: the tables, without the database's own (SQLite's sqlite_* tables, PostgreSQL's
    // catalogs); on PostgreSQL, those of the current schema.
    [[nodiscard]] Result<QStringList> showAllTables();
    // The triggers and views, by name (on PostgreSQL, those of the current schema).
    [[nodiscard]] Result<QList<CodeObjectInfo>> showTriggersAndViews();

private:
    [[nodiscard]] Status run(const QString &sql, const QVariantList &bindings = {});
    [[nodiscard]] Status rebuildSqliteTable(const QString &table,
                                            const std::function<Status(QStringList &parts)> &change,
                                            const QStringList &droppedIndexes = {});
    struct SqliteTableDefinition;
    [[nodiscard]] Result<SqliteTableDefinition> sqliteTableDefinition(const QString &table);
    [[nodiscard]] Status replaceSqliteTable(const QString &table, const SqliteTableDefinition &definition,
                                            const QStringList &droppedIndexes, bool checkForeignKeys);
    [[nodiscard]] Status copyCommonColumns(const QString &from, const QString &to);
    [[nodiscard]] Status renameOver(const QString &temporary, const QString &table);
    [[nodiscard]] Status keepSqliteSequence(const QString &table, const QVariant &seq);
    [[nodiscard]] Result<class ModelDefinition> adhocModel(const QString &table);

    Database m_database;
};

} // namespace Orm
