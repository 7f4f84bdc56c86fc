#pragma once

#include <orm/error.h>
#include <orm/findoptions.h>
#include <orm/hooks.h>

#include <QBitArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QSharedDataPointer>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <functional>
#include <memory>

namespace Orm {

class Model;
class ModelPrivate;

// One row of a model: its values, which of them changed since it was loaded or saved, and whether it is stored yet.
// A value: copies are independent and cheap (the values are implicitly shared). Not tied to a thread: saving it
// uses the connection of the thread that saves. A default-constructed Instance is null (what findOne() returns when
// nothing matches).
class Instance
{
public:
    Instance();
    Instance(const Instance &other);
    Instance(Instance &&other) noexcept;
    Instance &operator=(const Instance &other);
    Instance &operator=(Instance &&other) noexcept;
    ~Instance();
    bool isNull() const;
    Model model() const;

    // The value of an attribute (or of an alias of the select list); an invalid QVariant for an unknown name.
    QVariant get(const QString &attribute) const;
    QVariant operator[](const QString &attribute) const { return get(attribute); }
    // Sets an attribute; marks it changed when the value differs. Unknown attribute: InvalidQuery error.
    [[nodiscard]] Status set(const QString &attribute, const QVariant &value);
    // Sets several attributes at once; stops at the first unknown one, having set none.
    [[nodiscard]] Status set(const QVariantMap &values);

    bool isNewRecord() const;
    bool changed() const;
    bool changed(const QString &attribute) const;
    QStringList changedAttributes() const;
    // The value before the unsaved changes (the stored one).
    QVariant previous(const QString &attribute) const;

    // Every loaded attribute and alias by name.
    QVariantMap values() const;
    // JSON form as Sequelize's toJSON(): dates in ISO 8601, blobs in base64.
    QJsonObject toJson() const;

    // Which attributes validate() checks: those save() would write (all of them for a new record, the changed
    // ones otherwise), or every loaded attribute (to audit stored rows).
    enum class Scope { Written, All };
    // Runs the validation hooks, the rules of the attributes in scope, and the model's rules. A Validation error
    // lists every failed rule.
    [[nodiscard]] Status validate(Scope scope = Scope::Written);

    // INSERT when new, otherwise UPDATE of the changed attributes only (nothing is sent when nothing changed),
    // with the validation and the hooks, inside a transaction when there are hooks. Fills in the id, timestamps
    // and version. On failure the instance is left as it was before the call, and nothing is written.
    [[nodiscard]] Status save(Validate validate = Validate::Run);
    // set() then save().
    [[nodiscard]] Status update(const QVariantMap &values);
    // DELETE (or soft delete on a paranoid model unless Force).
    [[nodiscard]] Status destroy(DestroyMode mode = DestroyMode::Soft);
    // Undoes a soft delete.
    [[nodiscard]] Status restore();
    // Reads the row again; drops unsaved changes.
    [[nodiscard]] Status reload();
    // Atomic SET a = a + n in SQL, then reload.
    [[nodiscard]] Status increment(const QVariantMap &amounts);
    [[nodiscard]] Status decrement(const QVariantMap &amounts);

    // The primary key's values, in order.
    QVariantList primaryKey() const;

    // The rows an include loaded for the association named as: every row for a to-many association, at most one
    // for a to-one. Empty when there are none or the association was not included.
    QList<Instance> related(const QString &as) const;
    // A to-one association's row, or a null Instance.
    Instance relatedOne(const QString &as) const;
    bool isIncluded(const QString &as) const;
    // A row of a belongsToMany, as loaded through its association: its join row (role, order...); null otherwise.
    Instance through() const;

private:
    friend class Model;
    friend class ModelPrivate;
    friend class AssociationPrivate;
    friend class IncludeLoader;
    friend class BulkCreate;
    friend class RowBuilder;
    explicit Instance(std::shared_ptr<const ModelPrivate> model);
    // A stored row: one value per attribute, as read.
    Instance(std::shared_ptr<const ModelPrivate> model, QVariantList &&values);
    int indexOf(const QString &attribute) const;
    void setAt(int index, const QVariant &value);
    bool isChangedAt(int index) const { return index < m_changed.size() && m_changed.testBit(index); }
    void markStored();
    QList<int> fieldsToWrite() const;
    [[nodiscard]] Status validateFields(const QList<int> &fields);
    [[nodiscard]] Status write();
    [[nodiscard]] Status runWithHooks(HookEvent before, HookEvent after, const std::function<Status()> &work);

    std::shared_ptr<const ModelPrivate> m_model;
    QVariantList m_values; // by attribute index; invalid when not loaded
    QVariantList m_previous; // the stored values; empty while nothing is stored (a new record)
    QBitArray m_changed; // empty until something changes
    bool m_newRecord = true;

    struct Related
    {
        QString as; // the association's alias; empty for the join row of a belongsToMany row
        bool toMany = false;
        QList<Instance> rows;
    };
    void setRelated(const QString &as, bool toMany, const QList<Instance> &rows);
    void addAlias(const QString &name, QVariant &&value);
    // What few instances have: the aliases of the select list and the rows of includes. Kept apart, so that every
    // other instance carries one null pointer for them, and shared by copies until one of them changes.
    struct Extras : QSharedData
    {
        QList<std::pair<QString, QVariant>> aliases;
        QList<Related> related;
    };
    QSharedDataPointer<Extras> m_extras; // null when there are none
};

} // namespace Orm

// Its members hold no pointer to themselves: a QList<Instance> grows by moving bytes.
Q_DECLARE_TYPEINFO(Orm::Instance, Q_RELOCATABLE_TYPE);
// In a QVariant and in queued signals (Orm::TableModel's).
Q_DECLARE_METATYPE(Orm::Instance)
