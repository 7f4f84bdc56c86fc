#pragma once

#include <orm/error.h>

#include <QList>
#include <QString>
#include <QVariantMap>

#include <functional>

namespace Orm {

class Instance;
class Model;
class Where;
struct FindOptions;

// The lifecycle events of Sequelize, in its names. The order they run in, per operation:
//   create/save:  beforeValidate, afterValidate | validationFailed, beforeCreate | beforeUpdate, beforeSave,
//                 (SQL), afterCreate | afterUpdate, afterSave
//   destroy:      beforeDestroy, (SQL), afterDestroy          restore: beforeRestore, (SQL), afterRestore
//   upsert:       beforeValidate, afterValidate, beforeUpsert, (SQL), afterUpsert
//   bulkCreate:   beforeBulkCreate, per row the validate hooks (and with individualHooks beforeCreate,
//                 beforeSave ... afterCreate, afterSave), (SQL), afterBulkCreate
//   update/destroy/restore with a where: beforeBulkX, with individualHooks the per-instance hooks of each row,
//                 (SQL), afterBulkX
//   findAll/findOne/findByPk: beforeFind (may change the options), (SQL), afterFind; count: beforeCount
//   sync:         beforeSync, (SQL), afterSync
enum class HookEvent {
    BeforeValidate,
    AfterValidate,
    ValidationFailed,
    BeforeCreate,
    AfterCreate,
    BeforeUpdate,
    AfterUpdate,
    BeforeSave,
    AfterSave,
    BeforeDestroy,
    AfterDestroy,
    BeforeRestore,
    AfterRestore,
    BeforeUpsert,
    AfterUpsert,
    BeforeBulkCreate,
    AfterBulkCreate,
    BeforeBulkUpdate,
    AfterBulkUpdate,
    BeforeBulkDestroy,
    AfterBulkDestroy,
    BeforeBulkRestore,
    AfterBulkRestore,
    BeforeFind,
    AfterFind,
    BeforeCount,
    BeforeSync,
    AfterSync,
};

QString hookEventName(HookEvent event); // "beforeValidate"...

// What a hook sees, and may change. Only the members that make sense for the event are set; the others are null.
struct HookContext
{
    HookEvent event = HookEvent::BeforeValidate;
    const Model *model = nullptr;
    Instance *instance = nullptr; // per-instance events: the instance, which the hook may change
    QList<Instance> *instances = nullptr; // bulkCreate (before: to be written), afterFind (the results)
    FindOptions *find = nullptr; // beforeFind, beforeCount: the options, which the hook may change
    QVariantMap *values = nullptr; // bulk update: the values to set; upsert: the values
    Where *where = nullptr; // bulk update, destroy, restore: the rows concerned
    const Error *error = nullptr; // validationFailed: the validation error
};

// A hook returns success to let the operation go on, or an error to stop it: then everything the operation did
// in its transaction is rolled back and the error is what the operation returns.
using Hook = std::function<Status(HookContext &context)>;

} // namespace Orm
