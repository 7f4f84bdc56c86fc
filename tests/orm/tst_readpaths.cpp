#include "fastpaths.h"

// The read paths: findByPk's kept statement gives findOne's answers, and the texts of a SQLite result, shared
// down a column where they repeat, read back exactly.
class TestReadPaths : public FastPathsTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addDialectRows(); }

    void init()
    {
        TEST_OPEN_DATABASE(m_db);
        defineFixtures();
    }

    void cleanup() { closeFixtures(); }

    // --- findByPk: the statement kept for a lookup by key ---

    void findByPkFindsMissesAndRejects()
    {
        auto created = m_books.bulkCreate({{{u"title"_s, u"Alpha"_s}}, {{u"title"_s, u"Beta"_s}, {u"price"_s, 3.5}}});
        QVERIFY2(created, Test::why(created));
        const QVariant alpha = created->at(0).get(u"id"_s);
        const QVariant beta = created->at(1).get(u"id"_s);
        for (int round = 0; round < 3; ++round) { // the first builds the statement, the others reuse it
            auto a = m_books.findByPk(alpha);
            QVERIFY2(a, Test::why(a));
            QVERIFY(!a->isNull());
            QCOMPARE(a->get(u"title"_s).toString(), u"Alpha"_s);
            QVERIFY(!a->isNewRecord());
            QVERIFY(!a->changed());
            auto b = m_books.findByPk(int(beta.toLongLong())); // an int, not the qlonglong of the key
            QVERIFY2(b, Test::why(b));
            QVERIFY(!b->isNull());
            QCOMPARE(b->get(u"title"_s).toString(), u"Beta"_s);
            QCOMPARE(b->get(u"price"_s).toDouble(), 3.5);
            QVERIFY(b->get(u"createdAt"_s).toDateTime().isValid());
            auto missing = m_books.findByPk(beta.toLongLong() + 1000);
            QVERIFY2(missing, Test::why(missing));
            QVERIFY(missing->isNull());
            auto rejected = m_books.findByPk(beta.toLongLong() + 1000, {.onEmpty = OnEmpty::Reject});
            QVERIFY(!rejected);
            QCOMPARE(rejected.error().kind(), Error::Kind::EmptyResult);
            auto nullKey = m_books.findByPk(QVariant());
            QVERIFY2(nullKey, Test::why(nullKey));
            QVERIFY(nullKey->isNull());
        }
        // A found instance saves as any other.
        Instance a = *m_books.findByPk(alpha);
        QVERIFY(a.set(u"price"_s, 1.25));
        QVERIFY(a.changed(u"price"_s));
        QVERIFY(a.save());
        QCOMPARE(m_books.findByPk(alpha)->get(u"price"_s).toDouble(), 1.25);

        // Paranoid: a soft-deleted row is found only when asked. Each mode has its statement: asking for the
        // deleted rows first must not make the default see them, nor the reverse.
        Model notes = define(u"Note"_s, {{.name = u"text"_s, .type = DataType::text()}}, {.paranoid = true});
        auto gone = notes.create({{u"text"_s, u"gone"_s}});
        auto kept = notes.create({{u"text"_s, u"kept"_s}});
        QVERIFY(gone && kept);
        const QVariant goneId = gone->get(u"id"_s);
        QVERIFY(gone->destroy());
        for (int round = 0; round < 2; ++round) {
            auto included = notes.findByPk(goneId, {.paranoid = Paranoid::IncludeDeleted});
            QVERIFY2(included, Test::why(included));
            QVERIFY(!included->isNull());
            QCOMPARE(included->get(u"text"_s).toString(), u"gone"_s);
            QVERIFY(included->get(u"deletedAt"_s).toDateTime().isValid());
            auto excluded = notes.findByPk(goneId);
            QVERIFY2(excluded, Test::why(excluded));
            QVERIFY(excluded->isNull());
            auto rejected = notes.findByPk(goneId, {.onEmpty = OnEmpty::Reject});
            QVERIFY(!rejected);
            QCOMPARE(rejected.error().kind(), Error::Kind::EmptyResult);
            QCOMPARE(notes.findByPk(kept->get(u"id"_s))->get(u"text"_s).toString(), u"kept"_s);
        }
        QVERIFY(gone->restore());
        QCOMPARE(notes.findByPk(goneId)->get(u"text"_s).toString(), u"gone"_s);

        // A composite key.
        Model editions = define(u"Edition"_s,
                                {{.name = u"isbn"_s, .type = DataType::string(20), .primaryKey = true},
                                 {.name = u"number"_s, .type = DataType::integer(), .primaryKey = true},
                                 {.name = u"title"_s, .type = DataType::string()}},
                                {.tableName = u"Editions"_s});
        QVERIFY(editions.bulkCreate({{{u"isbn"_s, u"111"_s}, {u"number"_s, 1}, {u"title"_s, u"first"_s}},
                                     {{u"isbn"_s, u"111"_s}, {u"number"_s, 2}, {u"title"_s, u"second"_s}},
                                     {{u"isbn"_s, u"222"_s}, {u"number"_s, 1}, {u"title"_s, u"other"_s}}}));
        for (int round = 0; round < 2; ++round) {
            auto second = editions.findByPk(QVariantList{u"111"_s, 2});
            QVERIFY2(second, Test::why(second));
            QVERIFY(!second->isNull());
            QCOMPARE(second->get(u"title"_s).toString(), u"second"_s);
            QCOMPARE(editions.findByPk(QVariantList{u"222"_s, 1})->get(u"title"_s).toString(), u"other"_s);
            auto missing = editions.findByPk(QVariantList{u"222"_s, 2});
            QVERIFY2(missing, Test::why(missing));
            QVERIFY(missing->isNull());
            auto rejected = editions.findByPk(QVariantList{u"222"_s, 2}, {.onEmpty = OnEmpty::Reject});
            QVERIFY(!rejected);
            QCOMPARE(rejected.error().kind(), Error::Kind::EmptyResult);
            auto halfKey = editions.findByPk(QVariantList{u"111"_s});
            QVERIFY(!halfKey);
            QCOMPARE(halfKey.error().kind(), Error::Kind::InvalidQuery);
        }
    }

    void findByPkSeesAttributesAddedByAnAssociation()
    {
        Model authors = define(u"Author"_s, {{.name = u"name"_s, .type = DataType::string()}}, {});
        auto hugo = authors.create({{u"name"_s, u"Hugo"_s}});
        QVERIFY2(hugo, Test::why(hugo));
        auto book = m_books.create({{u"title"_s, u"Les Misérables"_s}});
        QVERIFY2(book, Test::why(book));
        const QVariant id = book->get(u"id"_s);
        // Both kept statements are built before the model changes.
        QVERIFY(!m_books.findByPk(id)->isNull());
        QVERIFY(!m_books.findByPk(id, {.paranoid = Paranoid::IncludeDeleted})->isNull());

        auto written = m_books.belongsTo(authors, {.as = u"Author"_s, .foreignKey = u"authorId"_s});
        QVERIFY2(written, Test::why(written));
        QVERIFY(m_books.definition().indexOf(u"authorId"_s) >= 0);
        auto altered = m_books.sync(SyncMode::Alter);
        QVERIFY2(altered, Test::why(altered));

        auto found = m_books.findByPk(id);
        QVERIFY2(found, Test::why(found));
        QVERIFY(!found->isNull());
        QVERIFY(found->values().contains(u"authorId"_s));
        QVERIFY(found->set(u"authorId"_s, hugo->get(u"id"_s)));
        QVERIFY(found->save());
        for (const Paranoid paranoid : {Paranoid::ExcludeDeleted, Paranoid::IncludeDeleted}) {
            auto reread = m_books.findByPk(id, {.paranoid = paranoid});
            QVERIFY2(reread, Test::why(reread));
            QVERIFY(!reread->isNull());
            QVERIFY(reread->get(u"authorId"_s).isValid());
            QCOMPARE(reread->get(u"authorId"_s).toLongLong(), hugo->get(u"id"_s).toLongLong());
            QCOMPARE(reread->get(u"title"_s).toString(), u"Les Misérables"_s);
            auto author = written->getOne(*reread);
            QVERIFY2(author, Test::why(author));
            QCOMPARE(author->get(u"name"_s).toString(), u"Hugo"_s);
        }
    }

    void findByPkRunsTheFindHooks()
    {
        auto created = m_books.bulkCreate({{{u"title"_s, u"Alpha"_s}}, {{u"title"_s, u"Beta"_s}}});
        QVERIFY2(created, Test::why(created));
        const QVariant alpha = created->at(0).get(u"id"_s);
        const QVariant beta = created->at(1).get(u"id"_s);
        QVERIFY(!m_books.findByPk(beta)->isNull()); // the kept statement exists before any hook
        const auto withoutBeta = [](HookContext &context) -> Status {
            context.find->where = context.find->where && col(u"title"_s) != u"Beta"_s;
            return {};
        };

        // A model's beforeFind.
        m_books.addHook(HookEvent::BeforeFind, withoutBeta, u"noBeta"_s);
        auto hidden = m_books.findByPk(beta);
        QVERIFY2(hidden, Test::why(hidden));
        QVERIFY(hidden->isNull());
        auto rejected = m_books.findByPk(beta, {.onEmpty = OnEmpty::Reject});
        QVERIFY(!rejected);
        QCOMPARE(rejected.error().kind(), Error::Kind::EmptyResult);
        QCOMPARE(m_books.findByPk(alpha)->get(u"title"_s).toString(), u"Alpha"_s);
        QCOMPARE(m_books.removeHook(HookEvent::BeforeFind, u"noBeta"_s), 1);
        QCOMPARE(m_books.findByPk(beta)->get(u"title"_s).toString(), u"Beta"_s);

        // The database's global beforeFind.
        db().addHook(HookEvent::BeforeFind, withoutBeta, u"noBeta"_s);
        QVERIFY(m_books.findByPk(beta)->isNull());
        QVERIFY(!m_books.findByPk(alpha)->isNull());
        QCOMPARE(db().removeHook(HookEvent::BeforeFind, u"noBeta"_s), 1);
        QVERIFY(!m_books.findByPk(beta)->isNull());

        // An afterFind sees the instance found, and may change it.
        int seen = 0;
        m_books.addHook(
                HookEvent::AfterFind,
                [&](HookContext &context) -> Status {
                    seen += int(context.instances->size());
                    for (Instance &instance : *context.instances) {
                        if (auto r = instance.set(u"price"_s, 99.0); !r)
                            return r;
                    }
                    return {};
                },
                u"price"_s);
        auto priced = m_books.findByPk(alpha);
        QVERIFY2(priced, Test::why(priced));
        QCOMPARE(seen, 1);
        QCOMPARE(priced->get(u"price"_s).toDouble(), 99.0);
        QCOMPARE(m_books.removeHook(HookEvent::AfterFind, u"price"_s), 1);
        QVERIFY(m_books.findByPk(alpha)->get(u"price"_s).isNull());
        QCOMPARE(seen, 1);
    }

    void findByPkConvertsTheKeyAsFindOneDoes()
    {
        // The kept statement is given the key as the caller wrote it: it must find what findOne() finds with an
        // equality on the key, which converts the value to the column's stored form.
        struct Case
        {
            QString name;
            DataType type;
            QVariant stored; // the key as created
            QVariant given; // the key as given to findByPk
        };
        const QUuid uuid = QUuid::fromString(u"0f8fad5b-d9cb-469f-a165-70867728950e"_s);
        const QDateTime when(QDate(2024, 5, 17), QTime(10, 30, 15), Qt::UTC);
        const QList<Case> cases{
                {u"an integer key given as an int"_s, DataType::integer(), 42, 42},
                {u"an integer key given as text"_s, DataType::integer(), 42, u"42"_s},
                {u"a uuid key given as a QUuid"_s, DataType::uuid(), uuid.toString(QUuid::WithoutBraces), uuid},
                {u"a uuid key given as text"_s, DataType::uuid(), uuid, uuid.toString(QUuid::WithoutBraces)},
                {u"a date key given as a QDate"_s, DataType::dateOnly(), QDate(2024, 5, 17), QDate(2024, 5, 17)},
                {u"a timestamp key given as a QDateTime"_s, DataType::date(), when, when},
        };
        QStringList misses;
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const Case &c = cases.at(i);
            Model model = define(u"Keyed%1"_s.arg(i),
                                 {{.name = u"k"_s, .type = c.type, .primaryKey = true},
                                  {.name = u"label"_s, .type = DataType::string()}},
                                 {.timestamps = false});
            auto created = model.create({{u"k"_s, c.stored}, {u"label"_s, c.name}});
            QVERIFY2(created, qPrintable(c.name + u": "_s + QString::fromUtf8(Test::why(created))));
            auto one = model.findOne({.where = col(u"k"_s) == c.given});
            QVERIFY2(one, qPrintable(c.name + u": "_s + QString::fromUtf8(Test::why(one))));
            QVERIFY2(!one->isNull(), qPrintable(c.name + u": findOne finds nothing"_s));
            auto byKey = model.findByPk(c.given);
            QVERIFY2(byKey, qPrintable(c.name + u": "_s + QString::fromUtf8(Test::why(byKey))));
            if (byKey->isNull()) { // every case is tried before the test fails
                misses << c.name;
                continue;
            }
            QCOMPARE(byKey->get(u"label"_s).toString(), c.name);
            QCOMPARE(byKey->get(u"k"_s), one->get(u"k"_s));
        }
        QVERIFY2(misses.isEmpty(),
                 qPrintable(u"findByPk finds nothing where findOne finds the row: "_s + misses.join(u"; "_s)));
    }

    // --- Texts repeated down a column, shared between the rows of a SQLite result ---

private:
    // Entries of 3,000 rows whose genres, blurbs and shelves repeat down their columns (some of them NULL), stored
    // by bulkCreate(); the rows as written, in order of id.
    struct RepeatedEntries
    {
        Model model;
        QList<QVariantMap> rows;
        QStringList genres;
    };
    std::optional<RepeatedEntries> repeatedEntries()
    {
        RepeatedEntries entries;
        entries.model = define(u"Entry"_s,
                               {{.name = u"code"_s, .type = DataType::string(), .allowNull = false, .unique = true},
                                {.name = u"genre"_s, .type = DataType::string()},
                                {.name = u"blurb"_s, .type = DataType::text()},
                                {.name = u"shelf"_s, .type = DataType::string()}},
                               {.tableName = u"Entries"_s, .timestamps = false});
        QStringList &genres = entries.genres;
        genres = QStringList{u""_s, u"é"_s, u"日本"_s, u"📚"_s, u"Roman"_s, u"roman"_s, u"Roman "_s};
        while (genres.size() < 40)
            genres << u"genre %1"_s.arg(genres.size());
        // Around the length beyond which texts are not shared, with a multi-byte character across it.
        const QStringList blurbs{QString(255, u'a'), QString(256, u'b'), QString(257, u'c'),
                                 QString(255, u'd') + u"é"_s, u"short"_s};
        for (int i = 0; i < repeatedCount; ++i) {
            entries.rows << QVariantMap{
                    {u"code"_s, u"row %1"_s.arg(i)},
                    {u"genre"_s, i % 50 == 49 ? QVariant() : QVariant(genres.at(i % genres.size()))},
                    {u"blurb"_s, blurbs.at(i % blurbs.size())},
                    {u"shelf"_s, i % 7 == 3 ? QVariant() : QVariant(u"Étagère 📚"_s)}};
        }
        if (!entries.model.bulkCreate(entries.rows))
            return std::nullopt;
        return entries;
    }
    static constexpr int repeatedCount = 3000;

private Q_SLOTS:

    void repeatedTextsReadBackExactly()
    {
        const auto entries = repeatedEntries();
        QVERIFY2(entries, "bulkCreate");
        auto all = entries->model.findAll({.order = {asc(u"id"_s)}});
        QVERIFY2(all, Test::why(all));
        QCOMPARE(all->size(), repeatedCount);
        auto some =
                entries->model.findAll({.attributes = {u"shelf"_s, u"genre"_s, u"code"_s}, .order = {asc(u"id"_s)}});
        QVERIFY2(some, Test::why(some));
        QCOMPARE(some->size(), repeatedCount);
        for (const QList<Instance> *result : {&*all, &*some}) {
            for (int i = 0; i < repeatedCount; ++i) {
                const Instance &row = result->at(i);
                for (const QString &attribute : {u"code"_s, u"genre"_s, u"blurb"_s, u"shelf"_s}) {
                    if (result == &*some && attribute == u"blurb"_s)
                        continue;
                    const QByteArray diff = textDifference(row.get(attribute), entries->rows.at(i).value(attribute));
                    QVERIFY2(diff.isEmpty(),
                             qPrintable(u"row %1, %2: %3"_s.arg(i).arg(attribute, QString::fromUtf8(diff))));
                }
            }
        }
    }

    void repeatedTextsShareTheirStorage()
    {
        if (!isSqlite())
            QSKIP("PostgreSQL's rows share no text: the sharing is SQLite's C-API engine's");
        if (!onSqliteEngine())
            QSKIP("SQLite's C-API engine, which shares the texts, is compiled out of this build "
                  "(ORM_SQLITE_C_API=OFF); repeatedTextsReadBackExactly checks the values");
        const auto entries = repeatedEntries();
        QVERIFY2(entries, "bulkCreate");
        auto all = entries->model.findAll({.order = {asc(u"id"_s)}});
        QVERIFY2(all, Test::why(all));
        QCOMPARE(all->size(), repeatedCount);
        auto some =
                entries->model.findAll({.attributes = {u"shelf"_s, u"genre"_s, u"code"_s}, .order = {asc(u"id"_s)}});
        QVERIFY2(some, Test::why(some));
        QCOMPARE(some->size(), repeatedCount);
        const QStringList &genres = entries->genres;
        constexpr int count = repeatedCount;
        // SQLite shares a text read again in a column from the 64th row of a result. The shelf repeats one
        // text: every row far enough holds that one text. Each genre takes a slot of a hashed table, which
        // another genre of the cycle may share and take in turn (then neither is shared): at least half of
        // them are asked to share their text ("" aside, which every empty QString shares anyway).
        for (const QList<Instance> *result : {&*all, &*some}) {
            const void *shelf = nullptr;
            for (int i = 200; i < count; ++i) {
                if (!result->at(i).get(u"shelf"_s).isValid())
                    continue;
                if (!shelf)
                    shelf = textData(result->at(i), u"shelf"_s);
                QVERIFY2(textData(result->at(i), u"shelf"_s) == shelf, qPrintable(u"row %1"_s.arg(i)));
            }
            QVERIFY(shelf);

            QHash<QString, QSet<const void *>> pointers;
            for (int i = 200; i < count; ++i) {
                const QVariant genre = result->at(i).get(u"genre"_s);
                if (genre.isValid() && !genre.toString().isEmpty())
                    pointers[genre.toString()].insert(textData(result->at(i), u"genre"_s));
            }
            QCOMPARE(pointers.size(), genres.size() - 1);
            qsizetype shared = 0;
            for (auto it = pointers.cbegin(); it != pointers.cend(); ++it)
                shared += it.value().size() == 1 ? 1 : 0;
            QVERIFY2(shared >= pointers.size() / 2,
                     qPrintable(u"%1 of %2 genres share their text"_s.arg(shared).arg(pointers.size())));

            // Texts that do not repeat share nothing.
            QSet<const void *> codes;
            for (int i = 64; i < count; ++i)
                codes.insert(textData(result->at(i), u"code"_s));
            QCOMPARE(codes.size(), count - 64);
        }
    }

    void manyDistinctTextsReadBackExactly()
    {
        // 2,000 texts of one length, each twice, in one column: they fill the hashed table of a column in turn,
        // collide in it, and are never taken for one another. In the other column a frequent text keeps the
        // sharing on while distinct texts of its length keep taking its slot.
        Model entries = define(
                u"Entry"_s,
                {{.name = u"genre"_s, .type = DataType::string()}, {.name = u"note"_s, .type = DataType::string()}},
                {.tableName = u"Entries"_s, .timestamps = false});
        constexpr int count = 4000;
        QList<QVariantMap> rows;
        rows.reserve(count);
        for (int i = 0; i < count; ++i) {
            QVariant note =
                    i % 2 == 0 ? QVariant(u"xcommon"_s) : QVariant(u"x%1"_s.arg(i / 2 % 1000, 6, 10, QChar(u'0')));
            if (i % 97 == 0)
                note = QVariant();
            else if (i % 89 == 0)
                note = u""_s;
            rows << QVariantMap{{u"genre"_s, u"g%1"_s.arg(i % 2000, 4, 10, QChar(u'0'))}, {u"note"_s, note}};
        }
        QVERIFY2(entries.bulkCreate(rows), "bulkCreate");
        auto all = entries.findAll({.order = {asc(u"id"_s)}});
        QVERIFY2(all, Test::why(all));
        QCOMPARE(all->size(), count);
        QSet<QString> genres;
        for (int i = 0; i < count; ++i) {
            for (const QString &attribute : {u"genre"_s, u"note"_s}) {
                const QByteArray diff = textDifference(all->at(i).get(attribute), rows.at(i).value(attribute));
                QVERIFY2(diff.isEmpty(),
                         qPrintable(u"row %1, %2: %3"_s.arg(i).arg(attribute, QString::fromUtf8(diff))));
            }
            genres.insert(all->at(i).get(u"genre"_s).toString());
        }
        QCOMPARE(genres.size(), 2000);
    }
};

QTEST_GUILESS_MAIN(TestReadPaths)
#include "tst_readpaths.moc"
