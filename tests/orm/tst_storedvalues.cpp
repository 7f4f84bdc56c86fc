#include "fastpaths.h"

// What is stored is what was given: save() writes what changed, text is encoded to UTF-8 by the ORM's own function
// (eight units at a time) and stored as its exact bytes, and text that no database can hold is refused, when it
// is validated and when it is bound.
class TestStoredValues : public FastPathsTest
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

    // --- save(): one UPDATE per set of attributes, kept and given new values ---

    void saveWritesWhatChangedWhateverSavedBefore()
    {
        // Saves that change different attributes, in turns, on rows of several kinds of key: each writes exactly
        // its changes to exactly its row, and a version moves only on the row saved.
        Model items = define(u"Item"_s,
                             {{.name = u"ref"_s, .type = DataType::uuid(), .primaryKey = true},
                              {.name = u"a"_s, .type = DataType::string()},
                              {.name = u"b"_s, .type = DataType::integer()},
                              {.name = u"c"_s, .type = DataType::date()}},
                             {.tableName = u"Items"_s, .timestamps = false, .version = true});
        Model pairs = define(u"Pair"_s,
                             {{.name = u"x"_s, .type = DataType::integer(), .primaryKey = true},
                              {.name = u"y"_s, .type = DataType::string(20), .primaryKey = true},
                              {.name = u"v"_s, .type = DataType::string()}},
                             {.tableName = u"Pairs"_s, .timestamps = false});
        const QDateTime day(QDate(2024, 5, 1), QTime(12, 30), Qt::UTC);
        QList<Instance> rows;
        for (int i = 0; i < 4; ++i) {
            auto made = items.create(
                    {{u"ref"_s, QUuid::createUuid()}, {u"a"_s, u"a%1"_s.arg(i)}, {u"b"_s, i}, {u"c"_s, day}});
            QVERIFY2(made, Test::why(made));
            rows << *made;
        }
        QList<QVariantMap> expected;
        for (const Instance &row : std::as_const(rows))
            expected << row.values();
        const QList<QStringList> changes{{u"a"_s}, {u"b"_s}, {u"a"_s, u"b"_s}, {u"c"_s}, {u"b"_s}, {u"a"_s, u"c"_s}};
        for (int turn = 0; turn < 12; ++turn) {
            const qsizetype r = turn % rows.size();
            Instance &row = rows[r];
            for (const QString &attribute : changes.at(turn % changes.size())) {
                const QVariant value = attribute == u"a"_s ? QVariant(u"turn %1"_s.arg(turn))
                        : attribute == u"b"_s              ? QVariant(100 + turn)
                                                           : QVariant(day.addDays(turn));
                QVERIFY(row.set(attribute, value));
                expected[r][attribute] = value;
            }
            auto saved = row.save();
            QVERIFY2(saved, Test::why(saved));
            expected[r][u"version"_s] = expected[r][u"version"_s].toLongLong() + 1;
            for (qsizetype k = 0; k < rows.size(); ++k) {
                auto found = items.findByPk(rows[k].get(u"ref"_s));
                QVERIFY2(found && !found->isNull(), Test::why(found));
                const QString where = u"turn %1, row %2"_s.arg(turn).arg(k);
                QVERIFY2(found->get(u"a"_s).toString() == expected[k][u"a"_s].toString(), qPrintable(where));
                QVERIFY2(found->get(u"b"_s).toLongLong() == expected[k][u"b"_s].toLongLong(), qPrintable(where));
                QVERIFY2(found->get(u"c"_s).toDateTime() == expected[k][u"c"_s].toDateTime(), qPrintable(where));
                QVERIFY2(found->get(u"version"_s).toLongLong() == expected[k][u"version"_s].toLongLong(),
                         qPrintable(where));
            }
        }
        // A copy saved after the row moved on is refused, by the same statement as the saves before.
        Instance stale = rows[0];
        QVERIFY(rows[0].set(u"a"_s, u"fresh"_s));
        QVERIFY(rows[0].save());
        QVERIFY(stale.set(u"a"_s, u"stale"_s));
        auto refused = stale.save();
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind(), Error::Kind::OptimisticLock);
        QCOMPARE(items.findByPk(rows[0].get(u"ref"_s))->get(u"a"_s).toString(), u"fresh"_s);

        // A composite key: each save reaches its own row only.
        QVERIFY(pairs.bulkCreate({{{u"x"_s, 1}, {u"y"_s, u"p"_s}, {u"v"_s, u"1p"_s}},
                                  {{u"x"_s, 1}, {u"y"_s, u"q"_s}, {u"v"_s, u"1q"_s}},
                                  {{u"x"_s, 2}, {u"y"_s, u"p"_s}, {u"v"_s, u"2p"_s}}}));
        auto all = pairs.findAll({.order = {asc(u"x"_s), asc(u"y"_s)}});
        QVERIFY2(all && all->size() == 3, Test::why(all));
        for (Instance &pair : *all) {
            QVERIFY(pair.set(u"v"_s, QString(pair.get(u"v"_s).toString() + u"!"_s)));
            QVERIFY(pair.save());
        }
        auto after = pairs.findAll({.order = {asc(u"x"_s), asc(u"y"_s)}});
        QVERIFY2(after, Test::why(after));
        QStringList values;
        for (const Instance &pair : std::as_const(*after))
            values << pair.get(u"v"_s).toString();
        QCOMPARE(values, (QStringList{u"1p!"_s, u"1q!"_s, u"2p!"_s}));
    }

    void saveByAFractionalKey()
    {
        // A fraction compared with a column may be cast: such a key's UPDATE is built for it, not shared, and
        // each save still reaches its own row only.
        Model readings = define(u"Reading"_s,
                                {{.name = u"at"_s, .type = DataType::doublePrecision(), .primaryKey = true},
                                 {.name = u"value"_s, .type = DataType::integer()}},
                                {.tableName = u"Readings"_s, .timestamps = false});
        QVERIFY(readings.bulkCreate({{{u"at"_s, 1.5}, {u"value"_s, 1}},
                                     {{u"at"_s, 2.0}, {u"value"_s, 2}},
                                     {{u"at"_s, 2.25}, {u"value"_s, 3}}}));
        auto all = readings.findAll({.order = {asc(u"at"_s)}});
        QVERIFY2(all && all->size() == 3, Test::why(all));
        for (Instance &reading : *all) {
            QVERIFY(reading.set(u"value"_s, reading.get(u"value"_s).toLongLong() * 10));
            auto saved = reading.save();
            QVERIFY2(saved, Test::why(saved));
        }
        auto after = readings.findAll({.order = {asc(u"at"_s)}});
        QVERIFY2(after && after->size() == 3, Test::why(after));
        QList<qlonglong> values;
        for (const Instance &reading : std::as_const(*after))
            values << reading.get(u"value"_s).toLongLong();
        QCOMPARE(values, (QList<qlonglong>{10, 20, 30}));
    }

    // --- Text that no database can hold, set by a hook after validation: refused when it is bound ---

    void unstorableTextFromAHookIsRefused_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("problem");
        QTest::newRow("NUL character") << u"avant"_s + QChar(0) + u"après"_s << u"NUL"_s;
        QTest::newRow("lone high surrogate") << u"a"_s + QChar(0xD800) + u"b"_s << u"surrogate"_s;
        QTest::newRow("lone low surrogate") << QString(QChar(0xDC00)) << u"surrogate"_s;
        QTest::newRow("high surrogate at the end") << u"fin "_s + QChar(0xD83D) << u"surrogate"_s;
        QTest::newRow("surrogates in reverse order") << QString(QChar(0xDE00)) + QChar(0xD83D) << u"surrogate"_s;
    }

    void unstorableTextFromAHookIsRefused()
    {
        QFETCH(QString, value);
        QFETCH(QString, problem);
        const QString hookName = u"poison"_s;
        for (const Model &model : {m_books, m_genres}) {
            for (const Validate validate : {Validate::Run, Validate::Skip}) {
                const QString where =
                        u"%1, %2"_s.arg(model.name(), validate == Validate::Run ? u"validated"_s : u"not validated"_s);
                const qint64 before = *model.count();
                const bool keyed = model.name() == m_genres.name(); // the genres are given their key
                const auto row = [&](const QString &title, const QString &code) {
                    QVariantMap values{{u"title"_s, title}};
                    if (keyed)
                        values.insert(u"code"_s, code);
                    return values;
                };
                // The hook changes the third row only, once validation has passed.
                int seen = 0;
                model.addHook(
                        HookEvent::BeforeCreate,
                        [&](HookContext &context) -> Status {
                            ++seen;
                            if (context.instance->get(u"title"_s).toString().endsWith(u" 2"_s))
                                return context.instance->set(u"title"_s, value);
                            return {};
                        },
                        hookName);
                QList<QVariantMap> rows;
                for (int i = 0; i < 5; ++i)
                    rows << row(u"%1 %2"_s.arg(int(validate)).arg(i), u"c%1-%2"_s.arg(int(validate)).arg(i));
                auto created = model.bulkCreate(rows, {.validate = validate, .individualHooks = IndividualHooks::On});
                QCOMPARE(model.removeHook(HookEvent::BeforeCreate, hookName), 1);
                QVERIFY2(seen >= 3, qPrintable(where));
                QVERIFY2(!created, qPrintable(where));
                QVERIFY2(created.error().kind() == Error::Kind::Validation,
                         qPrintable(where + u": "_s + created.error().toString()));
                QVERIFY2(created.error().message().contains(problem),
                         qPrintable(where + u": "_s + created.error().message()));
                QVERIFY2(!created.error().items().isEmpty(), qPrintable(where));
                QCOMPARE(created.error().items().first().rule, u"storableText"_s);
                // Told as validation tells it: the attribute and the row (the third).
                QCOMPARE(created.error().items().first().attribute, u"title"_s);
                QCOMPARE(created.error().items().first().row, 2);
                QVERIFY2(created.error().message().startsWith(u"row 3: "_s), qPrintable(created.error().message()));
                QCOMPARE(*model.count(), before); // nothing of the batch, not even the two rows before

                // The connection goes on: the next batch, whose first text starts with a surrogate pair, is
                // stored and read back exactly.
                const QString clef = u"\U0001D11E clef %1"_s.arg(int(validate));
                auto next = model.bulkCreate({row(clef, u"k%1"_s.arg(int(validate)))},
                                             {.validate = validate, .individualHooks = IndividualHooks::On});
                QVERIFY2(next, qPrintable(where + u": "_s + QString::fromUtf8(Test::why(next))));
                QCOMPARE(*model.count(), before + 1);
                auto reread = model.findOne({.where = col(u"title"_s) == clef});
                QVERIFY2(reread, Test::why(reread));
                QVERIFY2(!reread->isNull(), qPrintable(where));
                QCOMPARE(reread->get(u"title"_s).toString(), clef);
            }
        }
    }

    void unstorableTextFromAHookIsRefusedInALongBatch_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<int>("row"); // the row the hook changes, counted from 0
        QTest::newRow("NUL character, a late row") << u"avant"_s + QChar(0) + u"après"_s << u"NUL"_s << 2600;
        QTest::newRow("lone low surrogate, one of the rows after the last batch")
                << u"a"_s + QChar(0xDC00) + u"b"_s << u"surrogate"_s << 2990;
    }

    void unstorableTextFromAHookIsRefusedInALongBatch()
    {
        // As unstorableTextFromAHookIsRefused, with a long batch: the text a beforeCreate hook sets in a late row,
        // once validation has passed, is refused with its attribute and row, and nothing of the batch is written,
        // not even the batches before it. The connection goes on: the next long batch is stored.
        QFETCH(QString, value);
        QFETCH(QString, problem);
        QFETCH(int, row);
        const QString hookName = u"poison"_s;
        for (const Validate validate : {Validate::Run, Validate::Skip}) {
            const QString where = validate == Validate::Run ? u"validated"_s : u"not validated"_s;
            const qint64 before = *m_books.count();
            const QString poisoned = u"%1 %2"_s.arg(int(validate)).arg(row);
            std::atomic<int> seen = 0;
            m_books.addHook(
                    HookEvent::BeforeCreate,
                    [&](HookContext &context) -> Status {
                        ++seen;
                        if (context.instance->get(u"title"_s).toString() == poisoned)
                            return context.instance->set(u"title"_s, value);
                        return {};
                    },
                    hookName);
            QList<QVariantMap> rows;
            rows.reserve(longBatch);
            for (int i = 0; i < longBatch; ++i)
                rows << QVariantMap{{u"title"_s, u"%1 %2"_s.arg(int(validate)).arg(i)}};
            auto created = m_books.bulkCreate(rows, {.validate = validate, .individualHooks = IndividualHooks::On});
            QCOMPARE(m_books.removeHook(HookEvent::BeforeCreate, hookName), 1);
            QVERIFY2(seen.load() > row, qPrintable(where + u": the hook saw %1 rows"_s.arg(seen.load())));
            QVERIFY2(!created, qPrintable(where));
            QVERIFY2(created.error().kind() == Error::Kind::Validation,
                     qPrintable(where + u": "_s + created.error().toString()));
            QVERIFY2(created.error().message().contains(problem),
                     qPrintable(where + u": "_s + created.error().message()));
            QVERIFY2(!created.error().items().isEmpty(), qPrintable(where));
            QCOMPARE(created.error().items().first().rule, u"storableText"_s);
            QCOMPARE(created.error().items().first().value.toString(), value); // the hook's text, refused
            QCOMPARE(created.error().items().first().attribute, u"title"_s);
            QCOMPARE(created.error().items().first().row, qsizetype(row));
            QCOMPARE(*m_books.count(), before); // nothing of the batch

            // The connection goes on: the next long batch, with a surrogate pair in the same row, is stored and
            // read back exactly.
            const QString clef = u"\U0001D11E clef %1"_s.arg(int(validate));
            QList<QVariantMap> next;
            next.reserve(longBatch);
            for (int i = 0; i < longBatch; ++i)
                next << QVariantMap{{u"title"_s, i == row ? clef : u"next %1 %2"_s.arg(int(validate)).arg(i)}};
            auto stored = m_books.bulkCreate(next, {.validate = validate, .individualHooks = IndividualHooks::On});
            QVERIFY2(stored, qPrintable(where + u": "_s + QString::fromUtf8(Test::why(stored))));
            QCOMPARE(*m_books.count(), before + longBatch);
            const QString storedProblemText = storedInOrderProblem(
                    m_books, *stored,
                    [&](const Instance &book, int i) -> QString {
                        const QString title = i == row ? clef : u"next %1 %2"_s.arg(int(validate)).arg(i);
                        if (book.get(u"title"_s).toString() != title)
                            return u"title is \"%1\""_s.arg(escaped(book.get(u"title"_s).toString()));
                        return {};
                    },
                    before);
            QVERIFY2(storedProblemText.isEmpty(), qPrintable(where + u": "_s + storedProblemText));
        }
    }

    // --- Text encoded to UTF-8 by our own function (SQLite's binding), and scanned by our own function ---

    void textsAreStoredAsTheirUtf8()
    {
        // The encoder takes ASCII eight UTF-16 units at a time, then one unit after another: the texts cross the
        // blocks' boundaries with characters of every width, at every place (about 4,000 texts, in one database:
        // a database per case would cost more than the cases). Each is written by bulkCreate(), a share of them
        // by create() too: each reads back as written, and the database holds its exact UTF-8.
        QStringList texts;
        for (int length = 0; length <= 40; ++length)
            texts << ascii(length, length);
        const QString pair = character(0x1f600);
        for (const char32_t code :
             {0x7fU, 0x80U, 0xe9U, 0x7ffU, 0x800U, 0x20acU, 0xd7ffU, 0xe000U, 0xffffU, 0x10000U, 0x1f600U, 0x10ffffU}) {
            // Among ASCII, at every place of every length to 24 units: three blocks, and every tail.
            const QString c = character(code);
            for (qsizetype length = c.size(); length <= 24; ++length) {
                for (qsizetype at = 0; at + c.size() <= length; ++at)
                    texts << ascii(at, length) + c + ascii(length - at - c.size(), length + at);
            }
            // Alone, repeated up to 40 units (120 bytes for 40 units of 3 bytes: the most the buffer takes).
            for (qsizetype times = 1; times * c.size() <= 40; ++times)
                texts << c.repeated(times);
        }
        for (qsizetype at : {7, 15, 23, 31}) { // a high surrogate that ends a block, its low one starting the next
            texts << ascii(at) + pair + ascii(38 - at, at);
            texts << ascii(at - 1) + pair + pair + ascii(37 - at, at); // a pair on either side of the boundary
            texts << ascii(at) + pair + pair + ascii(36 - at, at);
        }
        texts << u"a"_s + pair.repeated(19) + u"b"_s; // every pair straddles
        const QStringList widths{
                u"a"_s,          u"é"_s,          u"€"_s, pair, character(0x7ff), character(0x800), character(0xffff),
                character(0x7f), character(0x80), u"z"_s};
        for (qsizetype start = 0; start < widths.size(); ++start) {
            QString text;
            for (qsizetype k = 0; text.size() < 40; ++k) {
                text += widths.at((start + k) % widths.size());
                texts << text;
            }
        }

        Model model = defineTexts();
        if (isSqlite() && !onSqliteEngine()) {
            // Through QSqlQuery (a build without SQLite's C API), SQLite reads U+FFFF back as U+FFFD: a text that
            // holds it is refused with a clear error, alone or in a batch, and nothing of the batch is stored. The
            // other texts are stored exactly, below.
            const QString noncharacter = character(0xffff);
            const qsizetype before = texts.size();
            texts.removeIf([&](const QString &text) { return text.contains(noncharacter); });
            QVERIFY(texts.size() < before);
            auto refused = model.create({{u"n"_s, -1}, {u"text"_s, QString(u"a"_s + noncharacter)}});
            QVERIFY(!refused);
            QCOMPARE(refused.error().kind(), Error::Kind::Validation);
            QVERIFY2(refused.error().message().contains(u"U+FFFF"_s), qPrintable(refused.error().message()));
            auto batch = model.bulkCreate({QVariantMap{{u"n"_s, -2}, {u"text"_s, u"b"_s}},
                                           QVariantMap{{u"n"_s, -3}, {u"text"_s, noncharacter}}});
            QVERIFY(!batch);
            QCOMPARE(batch.error().kind(), Error::Kind::Validation);
            QCOMPARE(*model.count(), 0);
        }
        const int count = int(texts.size());
        QList<QVariantMap> rows;
        for (int i = 0; i < count; ++i)
            rows << QVariantMap{{u"n"_s, i}, {u"text"_s, texts.at(i)}};
        auto created = model.bulkCreate(rows);
        QVERIFY2(created, Test::why(created));
        QCOMPARE(created->size(), count);
        for (int i = 0; i < count; ++i) {
            const QByteArray diff = textDifference(created->at(i).get(u"text"_s), texts.at(i));
            QVERIFY2(diff.isEmpty(),
                     qPrintable(u"bulkCreate() gives %1 for %2"_s.arg(QString::fromUtf8(diff), escaped(texts.at(i)))));
        }
        // create(): every character at every place of 17 units (two blocks and a tail), and a sample of the rest.
        QList<int> oneByOne;
        for (int i = 0; i < count; ++i) {
            if (texts.at(i).size() == 17 || i % 16 == 0)
                oneByOne << i;
        }
        for (int i : std::as_const(oneByOne)) {
            auto one = model.create({{u"n"_s, count + i}, {u"text"_s, texts.at(i)}});
            QVERIFY2(one, Test::why(one));
            const QByteArray diff = textDifference(one->get(u"text"_s), texts.at(i));
            QVERIFY2(diff.isEmpty(),
                     qPrintable(u"create() gives %1 for %2"_s.arg(QString::fromUtf8(diff), escaped(texts.at(i)))));
        }

        auto all = model.findAll({.order = {asc(u"n"_s)}});
        QVERIFY2(all, Test::why(all));
        QCOMPARE(all->size(), count + oneByOne.size());
        const QHash<int, QString> bytes = storedUtf8();
        QCOMPARE(bytes.size(), count + oneByOne.size());
        for (const Instance &row : std::as_const(*all)) {
            const int n = row.get(u"n"_s).toInt();
            const QString &text = texts.at(n % count);
            const QString way = n < count ? u"bulkCreate()"_s : u"create()"_s;
            const QByteArray diff = textDifference(row.get(u"text"_s), text);
            QVERIFY2(diff.isEmpty(), qPrintable(u"%1, %2: %3"_s.arg(way, escaped(text), QString::fromUtf8(diff))));
            const QString utf8 = QString::fromLatin1(text.toUtf8().toHex().toUpper());
            QVERIFY2(bytes.value(n) == utf8,
                     qPrintable(u"%1, %2: stored as %3 instead of %4"_s.arg(way, escaped(text), bytes.value(n), utf8)));
        }
    }

    void unstorableTextIsRefusedEverywhere()
    {
        // A NUL or an unpaired surrogate, in the first block of eight units, across blocks or in the tail, is
        // refused as a Validation error that tells it, and nothing is written: given to create() or bulkCreate(),
        // set by a hook once validation has passed (refused by the write, or while it is bound), or bound to raw
        // SQL. The cases share one database.
        struct Case
        {
            QString name;
            QString value;
            QString problem; // as the error tells it
        };
        const QChar nul(0);
        const QString nulAt = u"a NUL character at position %1"_s;
        const QChar high(0xd83d);
        const QChar low(0xde00);
        const QString pair = character(0x1f600);
        const QString unpairedAt = u"an unpaired surrogate at position %1"_s;
        const QList<Case> cases{
                {u"NUL alone"_s, QString(nul), nulAt.arg(0)},
                {u"NUL first, two blocks and a tail after it"_s, nul + ascii(20), nulAt.arg(0)},
                {u"NUL inside the first block"_s, ascii(5) + nul + ascii(15), nulAt.arg(5)},
                {u"NUL last of the first block"_s, ascii(7) + nul + ascii(13), nulAt.arg(7)},
                {u"NUL first of the second block"_s, ascii(8) + nul + ascii(12), nulAt.arg(8)},
                {u"NUL inside the second block"_s, ascii(12) + nul + ascii(8), nulAt.arg(12)},
                {u"NUL last of 16 units (a block)"_s, ascii(15) + nul, nulAt.arg(15)},
                {u"NUL in the tail"_s, ascii(17) + nul + ascii(3), nulAt.arg(17)},
                {u"NUL last of 21 units (the tail)"_s, ascii(20) + nul, nulAt.arg(20)},
                {u"NUL last of 3 units (no block)"_s, ascii(2) + nul, nulAt.arg(2)},
                {u"NUL after é in its block"_s, u"aé"_s + nul + ascii(12), nulAt.arg(2)},
                {u"NUL after a pair"_s, ascii(3) + pair + nul + ascii(12), nulAt.arg(5)},
                {u"high surrogate alone"_s, QString(high), unpairedAt.arg(0)},
                {u"high surrogate at the end of 13 units (the tail)"_s, ascii(12) + high, unpairedAt.arg(12)},
                {u"high surrogate at the end of 16 units (a block)"_s, ascii(15) + high, unpairedAt.arg(15)},
                {u"high surrogate at the end, after a pair"_s, ascii(4) + pair + high, unpairedAt.arg(6)},
                {u"high surrogate then ASCII, in a block"_s, ascii(3) + high + ascii(12), unpairedAt.arg(3)},
                {u"high surrogate then ASCII, across blocks"_s, ascii(7) + high + ascii(12), unpairedAt.arg(7)},
                {u"high surrogate then ASCII, in the tail"_s, ascii(17) + high + u"x"_s, unpairedAt.arg(17)},
                {u"two high surrogates"_s, ascii(2) + high + high + ascii(2), unpairedAt.arg(2)},
                {u"high surrogate then é"_s, ascii(10) + high + u"é"_s + ascii(3), unpairedAt.arg(10)},
                {u"high surrogate then NUL"_s, ascii(10) + high + nul, unpairedAt.arg(10)},
                {u"high and low surrogates apart"_s, high + u"a"_s + low, unpairedAt.arg(0)},
                {u"low surrogate alone"_s, QString(low), unpairedAt.arg(0)},
                {u"low surrogate first"_s, low + ascii(20), unpairedAt.arg(0)},
                {u"low surrogate inside a block"_s, ascii(10) + low + ascii(10), unpairedAt.arg(10)},
                {u"low surrogate last of 16 units (a block)"_s, ascii(15) + low, unpairedAt.arg(15)},
                {u"low surrogate in the tail"_s, ascii(18) + low + ascii(2), unpairedAt.arg(18)},
                {u"low surrogate after a pair"_s, ascii(2) + pair + low + ascii(9), unpairedAt.arg(4)},
                {u"surrogates in reverse order"_s, ascii(6) + low + high + ascii(9), unpairedAt.arg(6)},
                {u"two low surrogates"_s, ascii(3) + low + low + ascii(3), unpairedAt.arg(3)},
        };
        Model model = defineTexts();
        QVERIFY(model.create({{u"n"_s, -1}, {u"text"_s, u"kept"_s}}));
        const auto fiveRows = [] {
            QList<QVariantMap> rows;
            for (int i = 0; i < 5; ++i)
                rows << QVariantMap{{u"n"_s, i}, {u"text"_s, ascii(i + 9, i)}};
            return rows;
        };
        QString value; // the text the hook sets
        const QString poison = u"poison"_s;
        const Hook setValue = [&](HookContext &context) -> Status {
            if (context.instance->get(u"n"_s).toInt() == 2)
                return context.instance->set(u"text"_s, value);
            return {};
        };
        for (const Case &c : cases) {
            const auto why = [&](const QString &way, const QString &problem) {
                return QString(c.name + u", "_s + way + u": "_s + problem);
            };
            value = c.value;
            const qint64 before = *model.count();

            auto created = model.create({{u"n"_s, 0}, {u"text"_s, c.value}});
            QVERIFY2(refusalProblem(created, c.problem).isEmpty(),
                     qPrintable(why(u"create()"_s, refusalProblem(created, c.problem))));
            QCOMPARE(created.error().items().first().attribute, u"text"_s);
            QCOMPARE(*model.count(), before);
            for (const Validate validate : {Validate::Run, Validate::Skip}) {
                const QString way = validate == Validate::Run ? u"bulkCreate()"_s : u"bulkCreate(), not validated"_s;
                QList<QVariantMap> rows = fiveRows();
                rows[3][u"text"_s] = c.value;
                auto bulk = model.bulkCreate(rows, {.validate = validate});
                QVERIFY2(refusalProblem(bulk, c.problem).isEmpty(),
                         qPrintable(why(way, refusalProblem(bulk, c.problem))));
                QCOMPARE(bulk.error().items().size(), 1);
                QCOMPARE(bulk.error().items().first().row, 3);
                QCOMPARE(bulk.error().items().first().attribute, u"text"_s);
                QCOMPARE(*model.count(), before);
            }

            // A beforeCreate hook sets the text of n = 2 once validation has passed: create() refuses it before it
            // writes; bulkCreate() binds rows 0 and 1 before it meets it, and refuses it while it binds it.
            model.addHook(HookEvent::BeforeCreate, setValue, poison);
            auto hooked = model.create({{u"n"_s, 2}, {u"text"_s, u"fine"_s}});
            QVERIFY2(refusalProblem(hooked, c.problem).isEmpty(),
                     qPrintable(why(u"create(), set by a hook"_s, refusalProblem(hooked, c.problem))));
            QCOMPARE(*model.count(), before);
            for (const Validate validate : {Validate::Run, Validate::Skip}) {
                auto bulk =
                        model.bulkCreate(fiveRows(), {.validate = validate, .individualHooks = IndividualHooks::On});
                QVERIFY2(refusalProblem(bulk, c.problem).isEmpty(),
                         qPrintable(why(u"bulkCreate(), set by a hook"_s, refusalProblem(bulk, c.problem))));
                QCOMPARE(*model.count(), before);
            }
            QCOMPARE(model.removeHook(HookEvent::BeforeCreate, poison), 1);

            auto raw = db().query(u"INSERT INTO \"Texts\" (\"n\", \"text\") VALUES (?, ?)"_s, {7, c.value});
            QVERIFY2(refusalProblem(raw, c.problem).isEmpty(),
                     qPrintable(why(u"raw SQL"_s, refusalProblem(raw, c.problem))));
            QCOMPARE(*model.count(), before);

            // The connection goes on: good texts are stored, through the same statements.
            auto next = model.bulkCreate(fiveRows(), {.individualHooks = IndividualHooks::On});
            QVERIFY2(next, qPrintable(why(u"the next batch"_s, QString::fromUtf8(Test::why(next)))));
            QCOMPARE(*model.count(), before + 5);
        }
        auto kept = model.findOne({.where = col(u"n"_s) == -1});
        QVERIFY2(kept, Test::why(kept));
        QCOMPARE(kept->get(u"text"_s).toString(), u"kept"_s);
    }
};

QTEST_GUILESS_MAIN(TestStoredValues)
#include "tst_storedvalues.moc"
