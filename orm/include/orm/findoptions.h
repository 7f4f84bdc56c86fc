#pragma once

#include <orm/where.h>

#include <QList>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace Orm {

// Whether bulk update, destroy and restore also run the per-instance hooks of every row (reading the rows first).
enum class IndividualHooks { Off, On };

// Whether an operation validates the values before writing them.
enum class Validate { Run, Skip };

// Whether finders see soft-deleted rows of a paranoid model.
enum class Paranoid { ExcludeDeleted, IncludeDeleted };
// Whether finding nothing is an error (Sequelize's rejectOnEmpty).
enum class OnEmpty { ReturnNull, Reject };

// Row locks of a SELECT inside a transaction (PostgreSQL's FOR UPDATE / FOR SHARE [SKIP LOCKED]). SQLite locks the
// whole database for a writing transaction instead, so there they add nothing.
enum class Lock { None, Update, Share, UpdateSkipLocked, ShareSkipLocked };

// One association to load with the rows (Sequelize's include), by its alias:
//     livres.findAll({.include = {{.as = u"Auteurs"_s, .where = col(u"Nom"_s).startsWith(u"Hugo"_s)},
//                                 {.as = u"Editeur"_s, .include = {{.as = u"Pays"_s}}}}});
// A belongsTo is joined into the parents' statement, so the parents' where and order may name its attributes as
// "Editeur.Nom" (nested: "Editeur.Pays.Nom"). The others (hasOne, hasMany, belongsToMany) are loaded by one more
// statement per include whatever the number of parents (no N+1), which keeps limit and offset on the parents;
// their order orders the rows inside each parent (a belongsToMany's join row is named by the join model's name:
// "LivreAuteur.Ordre"). A required include that is not joined keeps only the parents that have a match (EXISTS).
struct Include
{
    QString as;
    Where where; // on the included model's attributes
    std::optional<bool> required; // only parents that have a match (default: true when there is a where)
    QStringList attributes; // empty: every attribute (the keys are always read)
    QList<Order> order; // to-many: the order of the rows of each parent
    bool separate = false; // belongsTo: load with one more statement instead of a join
    Paranoid paranoid = Paranoid::ExcludeDeleted;
    QList<Include> include; // nested, to any depth

    bool isRequired() const { return required.value_or(!where.isEmpty()); }
};

// The options of findAll, findOne, count and friends, as Sequelize's. Meant for designated initializers:
//     livres.findAll({.where = col(u"Genre"_s) == u"Roman"_s && col(u"Prix"_s) > 30,
//                     .order = {desc(u"Prix"_s)}, .limit = 20});
struct FindOptions
{
    Where where;
    QList<SelectItem> attributes; // empty: every attribute of the model
    QStringList exclude; // attributes left out of the default list
    QList<Order> order;
    QList<Expr> group;
    Where having;
    std::optional<qint64> limit;
    std::optional<qint64> offset;
    Paranoid paranoid = Paranoid::ExcludeDeleted;
    OnEmpty onEmpty = OnEmpty::ReturnNull;
    bool distinct = false; // count(): COUNT(DISTINCT primary key)
    Lock lock = Lock::None;
    QList<Include> include; // associations loaded with the rows
};

// update() with a where: the rows to change.
struct UpdateOptions
{
    Where where;
    Paranoid paranoid = Paranoid::ExcludeDeleted;
    IndividualHooks individualHooks = IndividualHooks::Off;
    Validate validate = Validate::Run; // the attributes being set
};

enum class DestroyMode { Soft, Force };

// destroy() with a where. On a paranoid model rows are soft-deleted unless mode is Force.
struct DestroyOptions
{
    Where where;
    DestroyMode mode = DestroyMode::Soft;
    IndividualHooks individualHooks = IndividualHooks::Off;
};

struct RestoreOptions
{
    Where where;
    IndividualHooks individualHooks = IndividualHooks::Off;
};

// findOrCreate(): the where to look for, and the values, beyond the where's equalities, of a row to create.
struct FindOrCreateOptions
{
    Where where;
    QVariantMap defaults;
};

// upsert(): the attributes whose unique constraint decides the conflict (default: the primary key), and the
// attributes to overwrite when the row exists (default: every given attribute but those).
struct UpsertOptions
{
    QStringList conflictFields;
    QStringList updateFields;
};

struct BulkCreateOptions
{
    QStringList updateOnDuplicate; // attributes to overwrite when a row conflicts (an upsert per row)
    QStringList conflictFields; // the unique key that decides a conflict (default: the primary key)
    bool ignoreDuplicates = false; // skip rows that conflict
    // Every row is validated before any is written; the error lists the failed rows (ValidationItem::row).
    Validate validate = Validate::Run;
    IndividualHooks individualHooks = IndividualHooks::Off;
};

// What Model::insertRows() gives back of the rows it wrote: the instances and their keys, only the keys, or
// nothing. With Nothing the keys the database gives the rows are not read back (unless a hook after the insert
// needs its rows whole: afterBulkCreate, or afterCreate / afterSave with individualHooks), so that SQLite writes
// the rows in multi-row INSERTs even where a trigger may insert into the same table meanwhile.
enum class Returning { Instances, KeysOnly, Nothing };

struct InsertRowsOptions
{
    Returning returning = Returning::Instances;
    BulkCreateOptions bulkCreate; // the rest, as bulkCreate() takes them
};

} // namespace Orm
