#pragma once

//  Not part of the API.

#include "core/connectionurl_p.h"
#include "core/storabletext_p.h"
#include "core/variantaccess_p.h"

#include <orm/database.h>
#include <orm/hooks.h>
#include <orm/instance.h>
#include <orm/model.h>
#include <orm/modeldefinition.h>
#include <orm/querybuilder.h>

#include <QMutex>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <memory>
#include <vector>

namespace Orm {

class DatabasePrivate;

class Instance;

// Receives the rows of a statement one at a time, as they are read, in a list that the next row overwrites: it may
// move values or the whole list out of it. Returning an error stops the statement. It must not run SQL itself.
using RowVisitor = std::function<Status(QVariantList &row)>;
// Gives the bindings of one row, as pointers to values that stay as they are until the next call (the list is
// reused from one row to the next).
using BindingSource = std::function<Status(qsizetype row, QList<const QVariant *> &bindings)>;
// The INSERTs of insertEach(): one of a single row, and one of perBatch rows (empty when rows go one by one).
struct InsertStatements
{
    QString table; // where they insert
    QString row;
    QString batch;
    qsizetype perBatch = 1;
};

// Hooks by event, in the order they were added. Safe to use from several threads.
class HookRegistry
{
public:
    void add(HookEvent event, const Hook &hook, const QString &name);
    int remove(HookEvent event, const QString &name);
    QList<Hook> hooks(HookEvent event) const;
    bool has(HookEvent event) const;

private:
    struct Entry
    {
        HookEvent event;
        QString name;
        Hook hook;
    };
    void index(); // rebuilds m_byEvent from m_entries

    mutable QMutex m_mutex;
    QList<Entry> m_entries;
    QHash<int, QList<Hook>> m_byEvent; // the hooks of each event, in order: hooks() hands out shared copies
    // The events that have hooks, one bit each: lets the hot path skip the lock for an event without any.
    std::atomic<quint64> m_events{0};
    static quint64 bit(HookEvent event) { return quint64(1) << int(event); }
};

// The shared part of a Model: its definition and the database it was defined on, and what the Model's and the
// Instance's methods both need.
class ModelPrivate : public std::enable_shared_from_this<ModelPrivate>
{
public:
    static const ModelPrivate *of(const Model &model) { return model.d.get(); }
    ModelDefinition definition;
    std::weak_ptr<DatabasePrivate> database;

    // The database, or a Connection error once it is gone.
    [[nodiscard]] Result<std::shared_ptr<DatabasePrivate>> db() const;
    // An instance from a row read with the given select-list layout (attribute index, or -1 for an alias).
    Instance fromRow(const QVariantList &row, const QList<int> &columns, const QStringList &aliases) const;
    // The same, taking the row's values: when the row holds every attribute in order and nothing else, the
    // instance keeps the list itself.
    Instance fromRow(QVariantList &&row, const QList<int> &columns, const QStringList &aliases,
                     const Dialect &dialect) const;
    // A database error whose fields are column names, given attribute names instead.
    Error withAttributeNames(Error error) const;
    // A Validation error when a text value cannot be stored the same on both databases.
    [[nodiscard]] Status checkStorable(const QList<int> &attributes, const QVariantList &values) const;
    // The same for the values an instance's save would write (Instance::fieldsToWrite()).
    [[nodiscard]] Status checkStorable(const Instance &instance) const;

    // Builds new instances as Model::build() does. Kept for a batch: rows made by the same code carry the same
    // keys in the same order, so a key is first compared with the one at its place in the row before (usually
    // the same shared text), and looked up by name only when it differs.
    class RowBuilder
    {
    public:
        explicit RowBuilder(std::shared_ptr<const ModelPrivate> model);
        [[nodiscard]] Result<Instance> build(const QVariantMap &values);

    private:
        // Attribute indexes, emptied and filled again for each row without allocating (QBitArray's fill() and
        // count() are calls into QtCore).
        class Attributes
        {
        public:
            void clear(int count) { m_words.assign((size_t(count) + 63) / 64, 0); }
            void insert(int index) { m_words[size_t(index) / 64] |= quint64(1) << (index % 64); }
            bool contains(int index) const { return (m_words[size_t(index) / 64] >> (index % 64)) & 1; }
            bool isEmpty() const
            {
                return std::all_of(m_words.cbegin(), m_words.cend(), [](quint64 w) { return w == 0; });
            }
            bool operator==(const Attributes &other) const = default;
            QBitArray toBits(int count) const;

        private:
            std::vector<quint64> m_words;
        };

        int indexOf(qsizetype position, const QString &key);
        std::shared_ptr<const ModelPrivate> m_model;
        QList<int> m_defaults; // the attributes with a default value
        QList<std::pair<QString, int>> m_keys; // the keys of the row before, with their attributes
        Attributes m_set; // the attributes of the row being built that hold a value
        Attributes m_changed; // the attributes it changes
        Attributes m_lastChanged; // the attributes of m_sharedChanged
        QBitArray m_sharedChanged; // the last set of changed attributes that instances share
    };

    // Runs the model's hooks of the event, then the database's global ones; stops at the first error.
    [[nodiscard]] Status runHooks(HookEvent event, HookContext &context) const;
    // The hooks of validation, looked up once for the rows of a batch, and the model they see.
    struct ValidationHooks
    {
        QList<Hook> before, after, failed;
        Model model;
    };
    ValidationHooks validationHooks() const;
    // Instance::validate(), with a batch's hooks, or (null) with those of each event looked up when it comes.
    // With fields, only those attributes' rules are checked, and no model-wide rule (a static update's values).
    [[nodiscard]] Status validate(Instance &instance, Instance::Scope scope, const ValidationHooks *hooks,
                                  const QList<int> *fields = nullptr) const;
    // A static update's validation (validate: true): the validation hooks and the rules of the attributes set,
    // on an instance built from the values; the values become what the hooks made of them.
    [[nodiscard]] Status validateUpdate(QVariantMap &values) const;
    bool hasHooks(std::initializer_list<HookEvent> events) const;
    // Every rule of these attributes that the instance breaks, then (unless skipped) the model-wide rules.
    enum class ModelRules { Run, Skip };
    QList<ValidationItem> validationItems(const Instance &instance, const QList<int> &fields,
                                          ModelRules modelRules = ModelRules::Run) const;

    // findByPk without options (but paranoid and onEmpty) nor find hooks, by a statement built once per paranoid
    // mode and kept (the definition is final once the models are in use; redefine() forgets it). Nothing when
    // the key cannot use it (a null key).
    std::optional<Result<Instance>> findByKey(const QVariantList &keys, Paranoid paranoid, OnEmpty onEmpty) const;
    struct KeyLookup
    {
        QString sql;
        QList<int> columns; // the select list's attributes
    };
    mutable QMutex keyLookupMutex;
    mutable KeyLookup keyLookups[2]; // by paranoid: ExcludeDeleted, IncludeDeleted

    // save()'s UPDATE of a stored row: sets the values, by the row's key (and, with a version attribute, only at
    // the version read, which it increments). Its SQL depends only on the attributes set: it is rendered once for
    // each set of attributes and kept (a few dozen sets at most; redefine() forgets them), then only the values
    // are converted.
    [[nodiscard]] Result<Statement> updateByKey(const QList<std::pair<int, QVariant>> &sets, const QVariantList &keys,
                                                const QVariant *version, const Dialect &dialect) const;
    mutable QHash<QList<int>, QString> updates; // by the attributes set, then -1 with a version; under keyLookupMutex

    // findAll without the find hooks: the rows that bulk operations with individualHooks work on.
    [[nodiscard]] Result<QList<Instance>> select(const FindOptions &options) const;
    // The SQL of the bulk operations, without hooks (the per-instance operations use them too).
    [[nodiscard]] Result<qint64> updateWhere(QList<std::pair<int, QVariant>> sets, const Where &where) const;
    [[nodiscard]] Result<qint64> destroyWhere(const Where &where, DestroyMode mode) const;
    [[nodiscard]] Result<qint64> restoreWhere(const Where &where) const;

    mutable HookRegistry hooks;

    // The associations of which this model is the source. Declared at setup, before the models are shared
    // between threads (as with Sequelize), so they are not locked.
    mutable QList<std::shared_ptr<const class AssociationPrivate>> associations;
    std::shared_ptr<const AssociationPrivate> association(const QString &as) const;
    // Replaces the definition by one with a foreign key added or changed: the only change of a model after
    // define(), made by the associations at setup.
    void redefine(const ModelDefinition &changed) const;
    // findAll with includes and, for a belongsToMany's rows, their join rows (throughJoin), without hooks.
    [[nodiscard]] Result<QList<Instance>> selectIncluding(const FindOptions &options,
                                                          const ModelPrivate *through = nullptr,
                                                          const Join *throughJoin = nullptr) const;
    // The joins of count(): to-one includes joined (the where may name them), the others required as EXISTS.
    [[nodiscard]] Result<QList<Join>> requiredJoins(const QList<Include> &includes) const;
};

class DatabasePrivate : public std::enable_shared_from_this<DatabasePrivate>
{
public:
    explicit DatabasePrivate(const ConnectionUrl &url);
    static DatabasePrivate *of(const Database &database) { return database.d.get(); }
    ~DatabasePrivate();

    [[nodiscard]] Result<QSqlDatabase> connection();
    void closeAll();
    // Runs one statement and reads all its rows; with a visitor, gives them to it instead of keeping them (the
    // RowSet then has the columns and the count of changed rows only).
    [[nodiscard]] Result<RowSet> execute(const QString &sql, const QVariantList &bindings,
                                         const RowVisitor &visit = {});
    // Runs one statement once per list of bindings (prepared once on SQLite); the rows of every run, in order.
    [[nodiscard]] Result<RowSet> executeEach(const QString &sql, const QList<QVariantList> &rows);
    // SQLite: whether this thread's connection runs statements through SQLite's C API and the column is its
    // table's INTEGER PRIMARY KEY AUTOINCREMENT, so that insertEach() gives the keys of the inserted rows.
    bool insertsGiveKeys(const QString &table, const QString &column);
    // SQLite: whether nothing but a statement inserting into the table can insert into it meanwhile (see
    // SqliteStatements::othersMayInsert()), so that the rows of one multi-row INSERT get consecutive rowids.
    // Checked when asked: triggers come and go. insertEach() makes sure with the table's highest rowid.
    bool rowidsAreConsecutive(const QString &table);
    // Runs INSERTs without RETURNING for count rows, the bindings of each row from bindingsOf: the batch statement
    // while a whole batch remains, then the single-row one; the rowid of each row. Only where insertsGiveKeys(),
    // and batches only where rowidsAreConsecutive(). The bindings of a row stay valid until the statement that
    // takes them has run: up to perBatch rows are asked for before it runs.
    [[nodiscard]] Result<QList<qint64>> insertEach(const InsertStatements &statements, qsizetype count,
                                                   const BindingSource &bindingsOf);

    const ConnectionUrl url;
    const Dialect &dialect;
    const quint64 serial;
    QString memoryUri; // the shared in-memory database of sqlite::memory:, one per Database
    // Decided by Database::open() (see decideAccess()), before any other thread can see them; changed only by
    // Database::reopen(), which no other thread may run beside.
    bool readOnly = false;
    QString readOnlyReason;
    bool immutable = false; // a SQLite file read without locks nor side files
    bool trustedSchema = false; // PRAGMA trusted_schema of every SQLite connection

    HookRegistry hooks; // global hooks
    QMutex mutex; // guards connectionNames, statements and models
    QSet<QString> connectionNames;
    QHash<QString, std::shared_ptr<class SqliteStatements>> statements; // by connection name
    QList<std::shared_ptr<const ModelPrivate>> models;
    std::function<void(const QString &)> logger; // guarded by mutex
    std::atomic<bool> hasLogger{false};
    void log(const QString &sql);
    // A SQLite file (not read-only) is moved to a write-ahead log, on this thread's connection; false when it
    // keeps its journal (see database.cpp).
    [[nodiscard]] Result<bool> useWriteAheadLog();

private:
    [[nodiscard]] Result<RowSet> run(const QString &sql, const QVariantList &bindings, const RowVisitor &visit = {});
    [[nodiscard]] Result<RowSet> runEach(const QString &sql, const QList<QVariantList> &rows);
    // A refused write's error, saying which database and why it is read-only.
    [[nodiscard]] Result<RowSet> explained(Result<RowSet> result) const;
    [[nodiscard]] Result<QSqlDatabase> openConnection(const QString &name);
    [[nodiscard]] Status configureSqlite(QSqlDatabase &db, bool newFile);
    static bool useWriteAheadLog(QSqlQuery &q);
    [[nodiscard]] Status configurePostgres(QSqlDatabase &db);
};

// A Validation error listing the items, its message their messages.
Error validationError(const QList<ValidationItem> &items);

// textProblem() for a text that mayHoldUnstorable() suspects.
QString unstorablePart(const QString &text);
// Describes why a text value cannot be stored the same on both databases (a NUL character, an unpaired
// surrogate), or returns an empty string when it can. Inline: it runs for every value validated or bound, and most
// are numbers or text that one quick look clears.
inline QString textProblem(const QVariant &value)
{
    if (VariantAccess::typeId(value) != QMetaType::QString)
        return {};
    const QString &text = *static_cast<const QString *>(value.constData());
    return mayHoldUnstorable(text) ? unstorablePart(text) : QString();
}
// The Validation error of a value bound to a statement that textProblem() refuses.
Error unstorableText(const QVariant &value, const QString &sql);

} // namespace Orm
