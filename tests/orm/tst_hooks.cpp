#include "testdatabase.h"

#include <orm/model.h>
#include <orm/transaction.h>

#include <QTest>

using namespace Orm;
using namespace Qt::StringLiterals;

namespace {

// What a row of the sequence and abort tables does.
enum class Operation {
    Create,
    FailedCreate, // a value that breaks a rule
    SaveStored, // a changed stored instance
    FailedSave, // a stored instance changed to break a rule
    Destroy,
    Restore,
    Upsert,
    BulkCreate,
    FailedBulkCreate, // the second row breaks a rule
    BulkUpdate,
    FailedBulkUpdate, // sets a value that breaks a rule
    BulkDestroy,
    BulkRestore,
    FindAll,
    Count,
    Sync,
};

constexpr HookEvent firstEvent = HookEvent::BeforeValidate;
constexpr HookEvent lastEvent = HookEvent::AfterSync;

} // namespace

Q_DECLARE_METATYPE(Operation)
Q_DECLARE_METATYPE(Orm::HookEvent)

// The lifecycle hooks on every dialect: the order they run in for each operation, what they may change, how one
// stops an operation (everything the operation wrote, hooks included, is rolled back), several and named hooks,
// global hooks.
class TestHooks : public QObject
{
    Q_OBJECT

private:
    // One database per dialect, shared by the tests of that dialect: each test recreates its tables.
    std::unique_ptr<Test::TestDatabase> m_db;
    QString m_dialect;
    Model m_notes; // paranoid, with a rule on the title and a unique slug
    Model m_logs; // no hooks: what a hook writes through the ORM
    Instance m_alpha; // a stored note
    QStringList m_events;

    Database database() { return m_db->database(); }

    Model defineAndSync(const QString &name, const QList<Attribute> &attributes, const ModelOptions &options = {})
    {
        return Test::defineAndSync(m_db->database(), name, attributes, options);
    }

    // Notes "Alpha" and "Beta" stored, no hook yet.
    void defineSchema()
    {
        m_notes = defineAndSync(u"Note"_s,
                                {
                                        {.name = u"title"_s,
                                         .type = DataType::string(),
                                         .allowNull = false,
                                         .validate = {Validator::notEmpty()}},
                                        {.name = u"slug"_s, .type = DataType::string(60), .unique = true},
                                        {.name = u"body"_s, .type = DataType::text()},
                                },
                                {.paranoid = true});
        m_logs = defineAndSync(u"Log"_s, {{.name = u"message"_s, .type = DataType::text()}}, {.timestamps = false});
        auto alpha = m_notes.create({{u"title"_s, u"Alpha"_s}, {u"slug"_s, u"alpha"_s}});
        QVERIFY2(alpha, Test::why(alpha));
        m_alpha = *alpha;
        auto beta = m_notes.create({{u"title"_s, u"Beta"_s}, {u"slug"_s, u"beta"_s}});
        QVERIFY2(beta, Test::why(beta));
    }

    // A hook that appends its event's name to m_events (or a complaint when the context names another event).
    Hook recorder(HookEvent event, const QString &prefix = {})
    {
        return [this, event, prefix](HookContext &context) -> Status {
            m_events << prefix
                            + (context.event == event ? hookEventName(event)
                                                      : u"wrong event "_s + hookEventName(context.event));
            return {};
        };
    }

    // Records every event of the model.
    void recordAll(const Model &model)
    {
        for (int e = int(firstEvent); e <= int(lastEvent); ++e)
            model.addHook(HookEvent(e), recorder(HookEvent(e)));
    }

    static Hook aborter(HookEvent event)
    {
        return [event](HookContext &) -> Status {
            return fail(Error::Kind::Database, u"stopped by the hook at "_s + hookEventName(event));
        };
    }

    // Every row of a table, ordered by id, through raw SQL (no find hook runs): what is really stored.
    QList<QVariantList> snapshot(const QString &table)
    {
        auto rows = database().query(u"SELECT * FROM "_s + database().dialect().quote(table) + u" ORDER BY \"id\""_s);
        if (!rows)
            qFatal("%s", qPrintable(rows.error().toString()));
        return rows->rows;
    }

    // What a row of the tables needs stored before the operation.
    void prepare(Operation operation)
    {
        if (operation == Operation::Restore || operation == Operation::BulkRestore) {
            QVERIFY(m_alpha.destroy());
            QCOMPARE(*m_notes.destroy({.where = col(u"title"_s) == u"Beta"_s}), 1);
        }
        if (operation == Operation::SaveStored)
            QVERIFY(m_alpha.set(u"title"_s, u"Alpha 2"_s));
        if (operation == Operation::FailedSave)
            QVERIFY(m_alpha.set(u"title"_s, u""_s));
    }

    Status run(Operation operation, IndividualHooks individual)
    {
        const Where all = col(u"id"_s) > 0;
        const auto status = [](const auto &result) -> Status {
            if (!result)
                return std::unexpected(result.error());
            return {};
        };
        switch (operation) {
        case Operation::Create:
            return status(m_notes.create({{u"title"_s, u"Gamma"_s}, {u"slug"_s, u"gamma"_s}}));
        case Operation::FailedCreate:
            return status(m_notes.create({{u"title"_s, u""_s}, {u"slug"_s, u"empty"_s}}));
        case Operation::SaveStored:
        case Operation::FailedSave:
            return m_alpha.save();
        case Operation::Destroy:
            return m_alpha.destroy();
        case Operation::Restore:
            return m_alpha.restore();
        case Operation::Upsert:
            return status(m_notes.upsert({{u"title"_s, u"Alpha 3"_s}, {u"slug"_s, u"alpha"_s}},
                                         {.conflictFields = {u"slug"_s}}));
        case Operation::BulkCreate:
            return status(m_notes.bulkCreate({{{u"title"_s, u"Gamma"_s}, {u"slug"_s, u"gamma"_s}},
                                              {{u"title"_s, u"Delta"_s}, {u"slug"_s, u"delta"_s}}},
                                             {.individualHooks = individual}));
        case Operation::FailedBulkCreate:
            return status(m_notes.bulkCreate({{{u"title"_s, u"Gamma"_s}, {u"slug"_s, u"gamma"_s}},
                                              {{u"title"_s, u""_s}, {u"slug"_s, u"delta"_s}}},
                                             {.individualHooks = individual}));
        case Operation::BulkUpdate:
            return status(m_notes.update({{u"body"_s, u"edited"_s}}, {.where = all, .individualHooks = individual}));
        case Operation::FailedBulkUpdate:
            return status(m_notes.update({{u"title"_s, u""_s}}, {.where = all, .individualHooks = individual}));
        case Operation::BulkDestroy:
            return status(m_notes.destroy({.where = all, .individualHooks = individual}));
        case Operation::BulkRestore:
            return status(m_notes.restore({.where = all, .individualHooks = individual}));
        case Operation::FindAll:
            return status(m_notes.findAll({.where = all}));
        case Operation::Count:
            return status(m_notes.count());
        case Operation::Sync:
            return status(m_notes.sync(SyncMode::Alter));
        }
        return fail(Error::Kind::InvalidQuery, u"unknown operation"_s);
    }

    static void removeGlobalHooks(Database db)
    {
        for (int e = int(firstEvent); e <= int(lastEvent); ++e)
            db.removeHook(HookEvent(e), u"global"_s);
    }

private Q_SLOTS:
    void initTestCase_data() { Test::addDialectRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, dialect);
        if (!m_db || m_dialect != dialect) {
            m_db.reset();
            TEST_OPEN_DATABASE(m_db);
            m_dialect = dialect;
        }
        m_events.clear();
        defineSchema();
    }

    void cleanup()
    {
        if (m_db)
            removeGlobalHooks(database());
        m_alpha = Instance();
        m_notes = Model();
        m_logs = Model();
    }

    void cleanupTestCase() { m_db.reset(); }

    void sequence_data()
    {
        QTest::addColumn<Operation>("operation");
        QTest::addColumn<IndividualHooks>("individual");
        QTest::addColumn<bool>("succeeds");
        QTest::addColumn<QStringList>("expected");

        const auto off = IndividualHooks::Off;
        const auto on = IndividualHooks::On;
        QTest::newRow("create") << Operation::Create << off << true
                                << QStringList{u"beforeValidate"_s, u"afterValidate"_s, u"beforeCreate"_s,
                                               u"beforeSave"_s,     u"afterCreate"_s,   u"afterSave"_s};
        QTest::newRow("save of a stored instance")
                << Operation::SaveStored << off << true
                << QStringList{u"beforeValidate"_s, u"afterValidate"_s, u"beforeUpdate"_s,
                               u"beforeSave"_s,     u"afterUpdate"_s,   u"afterSave"_s};
        QTest::newRow("failed validation")
                << Operation::FailedCreate << off << false << QStringList{u"beforeValidate"_s, u"validationFailed"_s};
        QTest::newRow("failed validation of a stored instance")
                << Operation::FailedSave << off << false << QStringList{u"beforeValidate"_s, u"validationFailed"_s};
        QTest::newRow("instance destroy")
                << Operation::Destroy << off << true << QStringList{u"beforeDestroy"_s, u"afterDestroy"_s};
        QTest::newRow("instance restore")
                << Operation::Restore << off << true << QStringList{u"beforeRestore"_s, u"afterRestore"_s};
        QTest::newRow("upsert") << Operation::Upsert << off << true
                                << QStringList{u"beforeValidate"_s, u"afterValidate"_s, u"beforeUpsert"_s,
                                               u"afterUpsert"_s};
        QTest::newRow("bulkCreate") << Operation::BulkCreate << off << true
                                    << QStringList{u"beforeBulkCreate"_s, u"beforeValidate"_s, u"afterValidate"_s,
                                                   u"beforeValidate"_s,   u"afterValidate"_s,  u"afterBulkCreate"_s};
        QTest::newRow("bulkCreate with individual hooks")
                << Operation::BulkCreate << on << true
                << QStringList{u"beforeBulkCreate"_s, u"beforeValidate"_s, u"afterValidate"_s, u"beforeValidate"_s,
                               u"afterValidate"_s,    u"beforeCreate"_s,   u"beforeSave"_s,    u"beforeCreate"_s,
                               u"beforeSave"_s,       u"afterCreate"_s,    u"afterSave"_s,     u"afterCreate"_s,
                               u"afterSave"_s,        u"afterBulkCreate"_s};
        // As Sequelize 6: the values are validated once, on an instance built from them, before beforeBulkUpdate;
        // each row then runs the hooks of its save (beforeSave is one of Sequelize's beforeUpdate hooks).
        QTest::newRow("static update") << Operation::BulkUpdate << off << true
                                       << QStringList{u"beforeValidate"_s, u"afterValidate"_s, u"beforeBulkUpdate"_s,
                                                      u"afterBulkUpdate"_s};
        QTest::newRow("static update with individual hooks")
                << Operation::BulkUpdate << on << true
                << QStringList{u"beforeValidate"_s, u"afterValidate"_s, u"beforeBulkUpdate"_s, u"beforeUpdate"_s,
                               u"beforeSave"_s,     u"beforeUpdate"_s,  u"beforeSave"_s,       u"afterUpdate"_s,
                               u"afterSave"_s,      u"afterUpdate"_s,   u"afterSave"_s,        u"afterBulkUpdate"_s};
        QTest::newRow("failed validation of a static update")
                << Operation::FailedBulkUpdate << on << false
                << QStringList{u"beforeValidate"_s, u"validationFailed"_s};
        QTest::newRow("static destroy") << Operation::BulkDestroy << off << true
                                        << QStringList{u"beforeBulkDestroy"_s, u"afterBulkDestroy"_s};
        QTest::newRow("static destroy with individual hooks")
                << Operation::BulkDestroy << on << true
                << QStringList{u"beforeBulkDestroy"_s, u"beforeDestroy"_s, u"beforeDestroy"_s,
                               u"afterDestroy"_s,      u"afterDestroy"_s,  u"afterBulkDestroy"_s};
        QTest::newRow("static restore") << Operation::BulkRestore << off << true
                                        << QStringList{u"beforeBulkRestore"_s, u"afterBulkRestore"_s};
        QTest::newRow("static restore with individual hooks")
                << Operation::BulkRestore << on << true
                << QStringList{u"beforeBulkRestore"_s, u"beforeRestore"_s, u"beforeRestore"_s,
                               u"afterRestore"_s,      u"afterRestore"_s,  u"afterBulkRestore"_s};
        QTest::newRow("findAll") << Operation::FindAll << off << true << QStringList{u"beforeFind"_s, u"afterFind"_s};
        QTest::newRow("count") << Operation::Count << off << true << QStringList{u"beforeCount"_s};
        QTest::newRow("sync") << Operation::Sync << off << true << QStringList{u"beforeSync"_s, u"afterSync"_s};
    }

    void sequence()
    {
        QFETCH(Operation, operation);
        QFETCH(IndividualHooks, individual);
        QFETCH(bool, succeeds);
        QFETCH(QStringList, expected);

        prepare(operation);
        recordAll(m_notes);
        const QList<QVariantList> before = snapshot(u"Notes"_s);
        const Status status = run(operation, individual);
        if (succeeds) {
            QVERIFY2(status, Test::why(status));
        } else {
            QVERIFY(!status);
            QCOMPARE(status.error().kind(), Error::Kind::Validation);
            QCOMPARE(snapshot(u"Notes"_s), before);
        }
        // Joined, so that a failure shows both sequences whole.
        QCOMPARE(m_events.join(u", "_s), expected.join(u", "_s));
    }

    void beforeValidateSetsADerivedAttribute()
    {
        // The slug follows the title: set before validation, so that it is validated and written with the rest.
        m_notes.addHook(HookEvent::BeforeValidate, [](HookContext &context) -> Status {
            Instance &note = *context.instance;
            if (note.changed(u"title"_s))
                return note.set(u"slug"_s, note.get(u"title"_s).toString().toLower().replace(u' ', u'-'));
            return {};
        });
        auto created = m_notes.create({{u"title"_s, u"Hello World"_s}});
        QVERIFY2(created, Test::why(created));
        QCOMPARE(created->get(u"slug"_s).toString(), u"hello-world"_s);
        QCOMPARE(m_notes.findByPk(created->get(u"id"_s))->get(u"slug"_s).toString(), u"hello-world"_s);

        QVERIFY(created->set(u"title"_s, u"Goodbye World"_s));
        auto saved = created->save();
        QVERIFY2(saved, Test::why(saved));
        QCOMPARE(m_notes.findByPk(created->get(u"id"_s))->get(u"slug"_s).toString(), u"goodbye-world"_s);
    }

    void aHookThatOnlyChangesTheInstanceOpensNoTransaction_data()
    {
        QTest::addColumn<bool>("inTransaction");
        QTest::addColumn<bool>("afterSave"); // a hook after the write, which might write too
        QTest::newRow("alone") << false << false;
        QTest::newRow("alone, with a hook after") << false << true;
        QTest::newRow("inside a transaction") << true << false;
        QTest::newRow("inside a transaction, with a hook after") << true << true;
    }

    void aHookThatOnlyChangesTheInstanceOpensNoTransaction()
    {
        // save() opens its transaction at the first statement a hook runs: a hook that only changes the instance
        // costs no BEGIN and COMMIT (no SAVEPOINT and RELEASE inside a transaction), the write alone being atomic.
        // With a hook after the write, the write starts it, so that what that hook writes goes with it.
        // What a hook queues for the commit runs once it is written, as with a transaction sent.
        QFETCH(bool, inTransaction);
        QFETCH(bool, afterSave);
        int committed = 0;
        m_notes.addHook(HookEvent::BeforeValidate, [this, &committed](HookContext &context) -> Status {
            Transaction::afterCommit(database(), [&committed] { ++committed; });
            return context.instance->set(u"slug"_s, context.instance->get(u"title"_s).toString().toLower());
        });
        if (afterSave)
            m_notes.addHook(HookEvent::AfterSave, [](HookContext &) -> Status { return {}; });
        auto created = m_notes.create({{u"title"_s, u"One"_s}});
        QVERIFY2(created, Test::why(created));
        QCOMPARE(committed, 1);
        std::optional<Transaction> outer;
        if (inTransaction) {
            auto begun = Transaction::begin(database());
            QVERIFY2(begun, Test::why(begun));
            outer.emplace(std::move(*begun));
        }
        QStringList sent;
        database().setLogger([&sent](const QString &sql) { sent << sql.section(u' ', 0, 0).toUpper(); });
        QVERIFY(created->set(u"title"_s, u"Two"_s));
        auto saved = created->save();
        database().setLogger({});
        QVERIFY2(saved, Test::why(saved));
        const QStringList expected = !afterSave ? QStringList{u"UPDATE"_s}
                : inTransaction                 ? QStringList{u"SAVEPOINT"_s, u"UPDATE"_s, u"RELEASE"_s}
                                                : QStringList{u"BEGIN"_s, u"UPDATE"_s, u"COMMIT"_s};
        QCOMPARE(sent, expected);
        QCOMPARE(committed, inTransaction ? 1 : 2);
        if (outer) {
            auto done = outer->commit();
            QVERIFY2(done, Test::why(done));
        }
        QCOMPARE(committed, 2);
        auto stored = m_notes.findByPk(created->get(u"id"_s));
        QVERIFY2(stored && !stored->isNull(), Test::why(stored));
        QCOMPARE(stored->get(u"slug"_s).toString(), u"two"_s);
    }

    void hookChangesAreWritten_data()
    {
        QTest::addColumn<HookEvent>("event");
        QTest::addColumn<bool>("stored"); // a save of a stored instance rather than a create

        for (HookEvent event :
             {HookEvent::BeforeValidate, HookEvent::AfterValidate, HookEvent::BeforeCreate, HookEvent::BeforeSave}) {
            QTest::addRow("create, %s", qPrintable(hookEventName(event))) << event << false;
        }
        for (HookEvent event :
             {HookEvent::BeforeValidate, HookEvent::AfterValidate, HookEvent::BeforeUpdate, HookEvent::BeforeSave}) {
            QTest::addRow("save, %s", qPrintable(hookEventName(event))) << event << true;
        }
    }

    void hookChangesAreWritten()
    {
        QFETCH(HookEvent, event);
        QFETCH(bool, stored);

        m_notes.addHook(event, [](HookContext &context) { return context.instance->set(u"body"_s, u"stamped"_s); });
        QVariant id;
        if (stored) {
            QVERIFY(m_alpha.set(u"title"_s, u"Alpha 2"_s));
            auto saved = m_alpha.save();
            QVERIFY2(saved, Test::why(saved));
            QCOMPARE(m_alpha.get(u"body"_s).toString(), u"stamped"_s);
            QVERIFY(!m_alpha.changed());
            id = m_alpha.get(u"id"_s);
        } else {
            auto created = m_notes.create({{u"title"_s, u"Gamma"_s}});
            QVERIFY2(created, Test::why(created));
            id = created->get(u"id"_s);
        }
        auto reread = m_notes.findByPk(id);
        QVERIFY2(reread, Test::why(reread));
        QCOMPARE(reread->get(u"body"_s).toString(), u"stamped"_s);
    }

    void beforeFindChangesTheOptions()
    {
        m_notes.addHook(HookEvent::BeforeFind, [](HookContext &context) -> Status {
            context.find->where = context.find->where && col(u"title"_s) != u"Beta"_s;
            return {};
        });
        auto all = m_notes.findAll({.order = {asc(u"id"_s)}});
        QVERIFY2(all, Test::why(all));
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().get(u"title"_s).toString(), u"Alpha"_s);
        auto beta = m_notes.findOne({.where = col(u"slug"_s) == u"beta"_s});
        QVERIFY2(beta, Test::why(beta));
        QVERIFY(beta->isNull());
        QCOMPARE(snapshot(u"Notes"_s).size(), 2);
    }

    void beforeBulkUpdateChangesTheValues()
    {
        m_notes.addHook(HookEvent::BeforeBulkUpdate, [](HookContext &context) -> Status {
            context.values->insert(u"body"_s, u"stamped"_s);
            return {};
        });
        auto updated = m_notes.update({{u"title"_s, u"Renamed"_s}}, {.where = col(u"slug"_s) == u"alpha"_s});
        QVERIFY2(updated, Test::why(updated));
        QCOMPARE(*updated, 1);
        auto alpha = m_notes.findByPk(m_alpha.get(u"id"_s));
        QCOMPARE(alpha->get(u"title"_s).toString(), u"Renamed"_s);
        QCOMPARE(alpha->get(u"body"_s).toString(), u"stamped"_s);
        auto beta = m_notes.findOne({.where = col(u"slug"_s) == u"beta"_s});
        QVERIFY(beta->get(u"body"_s).isNull());
    }

    void staticUpdateRunsTheValidationHooks_data()
    {
        QTest::addColumn<IndividualHooks>("individual");
        QTest::newRow("bulk") << IndividualHooks::Off;
        QTest::newRow("individual hooks") << IndividualHooks::On;
    }

    void staticUpdateRunsTheValidationHooks()
    {
        QFETCH(IndividualHooks, individual);

        // Sequelize builds an instance from the values, validates it with its hooks and writes what they made.
        m_notes.addHook(HookEvent::BeforeValidate, [](HookContext &context) -> Status {
            Instance &note = *context.instance;
            if (!note.changed(u"title"_s))
                return {};
            return note.set(u"title"_s, note.get(u"title"_s).toString().trimmed());
        });
        auto updated = m_notes.update({{u"title"_s, u"  padded  "_s}},
                                      {.where = col(u"slug"_s) == u"alpha"_s, .individualHooks = individual});
        QVERIFY2(updated, Test::why(updated));
        QCOMPARE(*updated, 1);
        QCOMPARE(m_notes.findByPk(m_alpha.get(u"id"_s))->get(u"title"_s).toString(), u"padded"_s);

        // A value the hooks leave invalid is refused, and nothing is written.
        const QList<QVariantList> before = snapshot(u"Notes"_s);
        auto refused = m_notes.update({{u"title"_s, u"   "_s}},
                                      {.where = col(u"slug"_s) == u"alpha"_s, .individualHooks = individual});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind(), Error::Kind::Validation);
        QCOMPARE(snapshot(u"Notes"_s), before);
    }

    void staticUpdateRunsBeforeSaveForEachRow()
    {
        // A beforeSave hook (hashing a password, say) changes what each row's save writes.
        m_notes.addHook(HookEvent::BeforeSave, [](HookContext &context) -> Status {
            Instance &note = *context.instance;
            return note.set(u"body"_s, note.get(u"body"_s).toString().toUpper());
        });
        int afterSaves = 0;
        m_notes.addHook(HookEvent::AfterSave, [&afterSaves](HookContext &) -> Status {
            ++afterSaves;
            return {};
        });
        auto updated = m_notes.update({{u"body"_s, u"lower"_s}},
                                      {.where = col(u"id"_s) > 0, .individualHooks = IndividualHooks::On});
        QVERIFY2(updated, Test::why(updated));
        QCOMPARE(*updated, 2);
        QCOMPARE(afterSaves, 2);
        auto all = m_notes.findAll({.order = {asc(u"id"_s)}});
        QVERIFY2(all, Test::why(all));
        for (const Instance &note : *all)
            QCOMPARE(note.get(u"body"_s).toString(), u"LOWER"_s);
    }

    void abortingHookRollsBack_data()
    {
        QTest::addColumn<Operation>("operation");
        QTest::addColumn<IndividualHooks>("individual");
        QTest::addColumn<HookEvent>("event"); // where the hook stops the operation
        QTest::addColumn<HookEvent>("writer"); // where an earlier hook writes a log row through the ORM

        struct Case
        {
            const char *name;
            Operation operation;
            IndividualHooks individual;
            HookEvent first;
            QList<HookEvent> stops;
        };
        const auto off = IndividualHooks::Off;
        const auto on = IndividualHooks::On;
        const QList<Case> cases = {
                {"create",
                 Operation::Create,
                 off,
                 HookEvent::BeforeValidate,
                 {HookEvent::BeforeValidate, HookEvent::AfterValidate, HookEvent::BeforeCreate, HookEvent::BeforeSave,
                  HookEvent::AfterCreate, HookEvent::AfterSave}},
                {"update",
                 Operation::SaveStored,
                 off,
                 HookEvent::BeforeValidate,
                 {HookEvent::BeforeValidate, HookEvent::AfterValidate, HookEvent::BeforeUpdate, HookEvent::BeforeSave,
                  HookEvent::AfterUpdate, HookEvent::AfterSave}},
                {"destroy",
                 Operation::Destroy,
                 off,
                 HookEvent::BeforeDestroy,
                 {HookEvent::BeforeDestroy, HookEvent::AfterDestroy}},
                {"bulkCreate",
                 Operation::BulkCreate,
                 off,
                 HookEvent::BeforeBulkCreate,
                 {HookEvent::BeforeBulkCreate, HookEvent::BeforeValidate, HookEvent::AfterValidate,
                  HookEvent::AfterBulkCreate}},
                {"bulkCreate with individual hooks",
                 Operation::BulkCreate,
                 on,
                 HookEvent::BeforeBulkCreate,
                 {HookEvent::BeforeCreate, HookEvent::BeforeSave, HookEvent::AfterCreate, HookEvent::AfterSave}},
                {"bulk update",
                 Operation::BulkUpdate,
                 off,
                 HookEvent::BeforeValidate,
                 {HookEvent::BeforeValidate, HookEvent::AfterValidate, HookEvent::BeforeBulkUpdate,
                  HookEvent::AfterBulkUpdate}},
                {"bulk update with individual hooks",
                 Operation::BulkUpdate,
                 on,
                 HookEvent::BeforeValidate,
                 {HookEvent::BeforeValidate, HookEvent::AfterValidate, HookEvent::BeforeBulkUpdate,
                  HookEvent::BeforeUpdate, HookEvent::BeforeSave, HookEvent::AfterUpdate, HookEvent::AfterSave,
                  HookEvent::AfterBulkUpdate}},
                {"bulk destroy",
                 Operation::BulkDestroy,
                 off,
                 HookEvent::BeforeBulkDestroy,
                 {HookEvent::BeforeBulkDestroy, HookEvent::AfterBulkDestroy}},
                {"bulk destroy with individual hooks",
                 Operation::BulkDestroy,
                 on,
                 HookEvent::BeforeBulkDestroy,
                 {HookEvent::BeforeBulkDestroy, HookEvent::BeforeDestroy, HookEvent::AfterDestroy,
                  HookEvent::AfterBulkDestroy}},
        };
        for (const Case &c : cases) {
            for (HookEvent stop : c.stops) {
                const QByteArray at = hookEventName(stop).toUtf8();
                QTest::addRow("%s, stopped at %s", c.name, at.constData())
                        << c.operation << c.individual << stop << stop;
                QTest::addRow("%s, stopped at %s after a hook wrote a row", c.name, at.constData())
                        << c.operation << c.individual << stop << c.first;
            }
        }
    }

    void abortingHookRollsBack()
    {
        QFETCH(Operation, operation);
        QFETCH(IndividualHooks, individual);
        QFETCH(HookEvent, event);
        QFETCH(HookEvent, writer);
        const QString tag = QString::fromUtf8(QTest::currentDataTag());
        const bool writes = tag.endsWith(u"wrote a row"_s);

        prepare(operation);
        const Instance alphaBefore = m_alpha;
        const QList<QVariantList> notesBefore = snapshot(u"Notes"_s);
        const QList<QVariantList> logsBefore = snapshot(u"Logs"_s);
        int logged = 0;
        if (writes) {
            m_notes.addHook(writer, [this, &logged](HookContext &) -> Status {
                auto written = m_logs.create({{u"message"_s, u"written by a hook"_s}});
                if (!written)
                    return std::unexpected(written.error());
                ++logged;
                return {};
            });
        }
        m_notes.addHook(event, aborter(event));

        const Status status = run(operation, individual);
        QVERIFY2(!status, "the operation succeeded although a hook stopped it");
        QCOMPARE(status.error().kind(), Error::Kind::Database);
        QCOMPARE(status.error().message(), u"stopped by the hook at "_s + hookEventName(event));
        if (writes)
            QVERIFY(logged > 0);
        QCOMPARE(snapshot(u"Notes"_s), notesBefore);
        QCOMPARE(snapshot(u"Logs"_s), logsBefore);
        // An instance operation leaves the instance as it was before the call.
        if (operation == Operation::SaveStored || operation == Operation::Destroy) {
            QCOMPARE(m_alpha.values(), alphaBefore.values());
            QCOMPARE(m_alpha.changedAttributes(), alphaBefore.changedAttributes());
            QVERIFY(!m_alpha.isNewRecord());
        }
        // The connection is usable afterwards, outside any transaction.
        auto after = m_logs.create({{u"message"_s, u"after"_s}});
        QVERIFY2(after, Test::why(after));
        QCOMPARE(snapshot(u"Logs"_s).size(), logsBefore.size() + 1);
    }

    void severalHooksRunInTheOrderAdded()
    {
        for (const QString &name : {u"first"_s, u"second"_s, u"third"_s})
            m_notes.addHook(HookEvent::BeforeCreate, recorder(HookEvent::BeforeCreate, name + u':'));
        QVERIFY(m_notes.create({{u"title"_s, u"Gamma"_s}}));
        QCOMPARE(m_events, (QStringList{u"first:beforeCreate"_s, u"second:beforeCreate"_s, u"third:beforeCreate"_s}));
    }

    void namedHooksCanBeRemoved()
    {
        m_notes.addHook(HookEvent::BeforeCreate, recorder(HookEvent::BeforeCreate, u"a:"_s), u"audit"_s);
        m_notes.addHook(HookEvent::BeforeCreate, recorder(HookEvent::BeforeCreate, u"k:"_s), u"keep"_s);
        m_notes.addHook(HookEvent::BeforeCreate, recorder(HookEvent::BeforeCreate, u"b:"_s), u"audit"_s);
        m_notes.addHook(HookEvent::AfterCreate, recorder(HookEvent::AfterCreate, u"a:"_s), u"audit"_s);
        QVERIFY(m_notes.create({{u"title"_s, u"Gamma"_s}}));
        QCOMPARE(m_events,
                 (QStringList{u"a:beforeCreate"_s, u"k:beforeCreate"_s, u"b:beforeCreate"_s, u"a:afterCreate"_s}));

        // Removing by name takes that event's hooks of that name only.
        QCOMPARE(m_notes.removeHook(HookEvent::BeforeCreate, u"audit"_s), 2);
        QCOMPARE(m_notes.removeHook(HookEvent::BeforeCreate, u"audit"_s), 0);
        QCOMPARE(m_notes.removeHook(HookEvent::BeforeCreate, u"absent"_s), 0);
        m_events.clear();
        QVERIFY(m_notes.create({{u"title"_s, u"Delta"_s}}));
        QCOMPARE(m_events, (QStringList{u"k:beforeCreate"_s, u"a:afterCreate"_s}));

        QCOMPARE(m_notes.removeHook(HookEvent::AfterCreate, u"audit"_s), 1);
        QCOMPARE(m_notes.removeHook(HookEvent::BeforeCreate, u"keep"_s), 1);
        m_events.clear();
        QVERIFY(m_notes.create({{u"title"_s, u"Epsilon"_s}}));
        QVERIFY(m_events.isEmpty());
    }

    void globalHooksRunForEveryModel()
    {
        Database db = database();
        const auto global = [this](HookContext &context) -> Status {
            m_events << u"global:"_s + context.model->name();
            return {};
        };
        // Added before the model's own hook, it still runs after it.
        db.addHook(HookEvent::BeforeCreate, global, u"global"_s);
        m_notes.addHook(HookEvent::BeforeCreate, recorder(HookEvent::BeforeCreate, u"Note:"_s));
        QVERIFY(m_notes.create({{u"title"_s, u"Gamma"_s}}));
        QVERIFY(m_logs.create({{u"message"_s, u"m"_s}}));
        // A model defined after the global hook sees it too.
        Model later = defineAndSync(u"Later"_s, {{.name = u"x"_s, .type = DataType::integer()}});
        QVERIFY(later.create({{u"x"_s, 1}}));
        QCOMPARE(m_events, (QStringList{u"Note:beforeCreate"_s, u"global:Note"_s, u"global:Log"_s, u"global:Later"_s}));

        // A global hook may stop an operation of any model, as a model's own hook does.
        db.addHook(HookEvent::BeforeCreate, aborter(HookEvent::BeforeCreate), u"global"_s);
        const QList<QVariantList> logsBefore = snapshot(u"Logs"_s);
        auto stopped = m_logs.create({{u"message"_s, u"refused"_s}});
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().message(), u"stopped by the hook at beforeCreate"_s);
        QCOMPARE(snapshot(u"Logs"_s), logsBefore);

        QCOMPARE(db.removeHook(HookEvent::BeforeCreate, u"global"_s), 2);
        QCOMPARE(db.removeHook(HookEvent::BeforeCreate, u"global"_s), 0);
        m_events.clear();
        QVERIFY(m_notes.create({{u"title"_s, u"Delta"_s}}));
        QVERIFY(m_logs.create({{u"message"_s, u"n"_s}}));
        QCOMPARE(m_events, QStringList{u"Note:beforeCreate"_s});
    }
};

QTEST_GUILESS_MAIN(TestHooks)
#include "tst_hooks.moc"
