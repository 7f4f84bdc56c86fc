#include "testdatabase.h"

#include <orm/model.h>

#include <QHash>
#include <QTest>

using namespace Orm;
using namespace Qt::StringLiterals;

namespace {

// Empty when actual holds exactly the text expected (a QString, the same UTF-16 units and the same UTF-8 bytes);
// otherwise where they differ, without printing a megabyte of text.
QByteArray textDifference(const QVariant &actual, const QString &expected)
{
    if (actual.typeId() != QMetaType::QString)
        return "the value is a " + QByteArray(actual.typeName() ? actual.typeName() : "null") + ", not a QString";
    const QString text = actual.toString();
    if (text == expected && text.toUtf8() == expected.toUtf8())
        return {};
    qsizetype at = 0;
    while (at < text.size() && at < expected.size() && text.at(at) == expected.at(at))
        ++at;
    auto unit = [](const QString &s, qsizetype i) {
        return i < s.size() ? u"U+%1"_s.arg(uint(s.at(i).unicode()), 4, 16, QChar(u'0')).toUtf8() : QByteArray("end");
    };
    return "the text differs at UTF-16 unit " + QByteArray::number(at) + " (" + unit(text, at) + " instead of "
            + unit(expected, at) + "); lengths " + QByteArray::number(text.size()) + " and "
            + QByteArray::number(expected.size());
}

// What must be the same on both dialects when text is refused.
QString signature(const Error &error)
{
    QStringList parts{Error::kindName(error.kind()), error.message(), error.sql(), error.fields().join(u',')};
    for (const ValidationItem &item : error.items())
        parts << item.attribute << item.rule << item.message << item.value.toString();
    return parts.join(u'|');
}

// A megabyte of text (1,048,576 UTF-16 units) that is not one character repeated, with quotes and accents.
QString megabyte()
{
    const QString pattern = u"L'été \"chaud\" \\ à Zürich; "_s;
    QString text;
    text.reserve(1 << 20);
    for (int i = 0; text.size() < (1 << 20); ++i)
        text += pattern + QString::number(i) + u'\n';
    text.truncate(1 << 20);
    return text;
}

// 10,000 characters of the Basic Multilingual Plane, so that 10,000 UTF-16 units are 10,000 code points.
QString tenThousandCharacters()
{
    const QString pattern = u"Présentation « complète » d'un livre: ‘ça’ ; "_s;
    QString text;
    while (text.size() < 10000)
        text += pattern;
    text.truncate(10000);
    return text;
}

} // namespace

// Hostile text values stored and read back byte for byte through every path of the ORM, and text that one of the
// databases cannot hold refused the same way on both.
class TestHostile : public QObject
{
    Q_OBJECT

private:
    // One database per dialect, shared by the rows of that dialect (each row starts from empty tables): creating a
    // PostgreSQL database per row would take most of the run.
    std::unique_ptr<Test::TestDatabase> m_db;
    QString m_dialect;
    Model m_livres;
    // The refusals seen on the first dialect, by case, to compare with the next dialect's.
    static inline QHash<QString, QString> s_refusals;

    // The Livre model of the app domain for what this test needs (Catalogue::Core is not linked here), on the
    // same table, plus a TEXT column.
    Model defineLivres()
    {
        auto model = m_db->database().define(
                u"Livre"_s,
                {
                        {.name = u"Id"_s, .type = DataType::integer(), .primaryKey = true, .autoIncrement = true},
                        {.name = u"Nom"_s, .type = DataType::string()},
                        {.name = u"Auteur"_s, .type = DataType::string()},
                        {.name = u"Presentation"_s, .type = DataType::string(10000)},
                        {.name = u"Resume"_s, .type = DataType::text()},
                },
                {.tableName = u"Livres"_s, .timestamps = false});
        if (!model)
            qFatal("%s", qPrintable(model.error().toString()));
        auto synced = model->sync(SyncMode::Force);
        if (!synced)
            qFatal("%s", qPrintable(synced.error().toString()));
        return *model;
    }

    QString storedNom(const QVariant &id)
    {
        auto row = m_livres.findByPk(id);
        return row && !row->isNull() ? row->get(u"Nom"_s).toString() : u"<missing>"_s;
    }

    // Checks that error is the refusal of unstorable text on attribute (empty for raw SQL, which names none),
    // and that it is the same as on the dialect run before.
    void checkRefusal(const Error &error, const QString &attribute, const QString &path)
    {
        QCOMPARE(error.kind(), Error::Kind::Validation);
        QVERIFY2(!error.message().isEmpty(), qPrintable(path));
        QVERIFY2(!error.items().isEmpty(), qPrintable(path));
        const ValidationItem item = error.items().first();
        QCOMPARE(item.rule, u"storableText"_s);
        if (!attribute.isEmpty())
            QCOMPARE(item.attribute, attribute);
        QVERIFY2(error.message().contains(u"cannot be stored"_s), qPrintable(error.message()));

        const QString key = QString::fromUtf8(QTest::currentDataTag()) + u'/' + path;
        const QString seen = signature(error);
        if (s_refusals.contains(key))
            QVERIFY2(s_refusals.value(key) == seen,
                     qPrintable(u"different refusal on this dialect: %1 / %2"_s.arg(s_refusals.value(key), seen)));
        else
            s_refusals.insert(key, seen);
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
        m_livres = defineLivres();
    }

    void cleanup() { m_livres = Model(); }

    void cleanupTestCase() { m_db.reset(); }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("attribute");

        const QString nom = u"Nom"_s;
        QTest::newRow("single quote") << u"L'Étranger d'O'Neil"_s << nom;
        QTest::newRow("lone single quote") << u"'"_s << nom;
        QTest::newRow("double quote") << u"Le \"Grand\" Meaulnes \""_s << nom;
        QTest::newRow("backslash") << u"C:\\Livres\\"_s << nom;
        QTest::newRow("two backslashes") << u"\\\\"_s << nom;
        QTest::newRow("backslash quote") << u"\\'"_s << nom;
        QTest::newRow("backslash n, not a newline") << u"a\\nb\\tc\\0"_s << nom;
        QTest::newRow("drop table injection") << u"'); DROP TABLE Livres;--"_s << nom;
        QTest::newRow("double-quoted injection") << u"\"); DROP TABLE \"Livres\";--"_s << nom;
        QTest::newRow("percent") << u"%"_s << nom;
        QTest::newRow("underscore") << u"_"_s << nom;
        QTest::newRow("percent and underscore in text") << u"100% _pur_ %_"_s << nom;
        QTest::newRow("emoji") << u"Livre 📚 drôle 😂"_s << nom;
        QTest::newRow("zwj family emoji") << u"\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466"_s << nom;
        QTest::newRow("zwj emoji with skin tone") << u"\U0001F469\U0001F3FD\u200D\U0001F4BB"_s << nom;
        QTest::newRow("flags")
                << u"\U0001F1EB\U0001F1F7\U0001F1EF\U0001F1F5 \U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F"_s
                << nom;
        QTest::newRow("right-to-left marks") << u"\u200Fabc\u200E \u202Eolleh\u202C \u2067x\u2069"_s << nom;
        QTest::newRow("arabic") << u"الكتاب الأخضر"_s << nom;
        QTest::newRow("hebrew") << u"ספר הבדיחות"_s << nom;
        QTest::newRow("arabic and latin mixed") << u"Livre كتاب 12"_s << nom;
        QTest::newRow("combining acute, not normalised") << u"e\u0301te\u0301 A\u030A"_s << nom;
        QTest::newRow("tabs newlines and carriage returns") << u"a\tb\nc\r\nd\re\n"_s << nom;
        QTest::newRow("leading and trailing spaces") << u"  espacé  "_s << nom;
        QTest::newRow("question marks") << u"Qui ? Quoi?? ?"_s << nom;
        QTest::newRow("named placeholder") << u":name :Nom :1"_s << nom;
        QTest::newRow("dollar placeholders") << u"$1 $2 $$x$$"_s << nom;
        QTest::newRow("every placeholder") << u"? :id $1 @p1 %s {0}"_s << nom;
        QTest::newRow("one megabyte in a TEXT column") << megabyte() << u"Resume"_s;
        QTest::newRow("quotes in a TEXT column") << u"'\"\\'\\\"`"_s << u"Resume"_s;
        QTest::newRow("10,000 characters in a STRING(10000) column") << tenThousandCharacters() << u"Presentation"_s;
    }

    void roundTrip()
    {
        QFETCH(QString, value);
        QFETCH(QString, attribute);
        QByteArray diff;

        // A row that a LIKE, or text spliced into the SQL, would match or break.
        auto decoy = m_livres.create({{u"Nom"_s, u"x"_s}, {u"Presentation"_s, u"x"_s}, {u"Resume"_s, u"x"_s}});
        QVERIFY2(decoy, Test::why(decoy));

        // create, and the instance it returns
        auto created = m_livres.create({{attribute, value}});
        QVERIFY2(created, Test::why(created));
        diff = textDifference(created->get(attribute), value);
        QVERIFY2(diff.isEmpty(), diff.constData());
        const QVariant id = created->get(u"Id"_s);

        // findByPk
        auto byPk = m_livres.findByPk(id);
        QVERIFY2(byPk, Test::why(byPk));
        QVERIFY(!byPk->isNull());
        diff = textDifference(byPk->get(attribute), value);
        QVERIFY2(diff.isEmpty(), diff.constData());

        // findOne with where == value: the row itself, not the decoy
        auto byValue = m_livres.findOne({.where = col(attribute) == value});
        QVERIFY2(byValue, Test::why(byValue));
        QVERIFY(!byValue->isNull());
        QCOMPARE(byValue->get(u"Id"_s), id);
        diff = textDifference(byValue->get(attribute), value);
        QVERIFY2(diff.isEmpty(), diff.constData());

        // static update of another row
        auto updatedRow = m_livres.create({{u"Nom"_s, u"avant"_s}});
        QVERIFY2(updatedRow, Test::why(updatedRow));
        auto updated = m_livres.update({{attribute, value}}, {.where = col(u"Id"_s) == updatedRow->get(u"Id"_s)});
        QVERIFY2(updated, Test::why(updated));
        QCOMPARE(*updated, 1);
        auto rereadUpdated = m_livres.findByPk(updatedRow->get(u"Id"_s));
        QVERIFY2(rereadUpdated, Test::why(rereadUpdated));
        diff = textDifference(rereadUpdated->get(attribute), value);
        QVERIFY2(diff.isEmpty(), diff.constData());

        // instance save
        auto saved = m_livres.create({{u"Nom"_s, u"avant"_s}});
        QVERIFY2(saved, Test::why(saved));
        QVERIFY(saved->set(attribute, value));
        auto savedOk = saved->save();
        QVERIFY2(savedOk, Test::why(savedOk));
        diff = textDifference(saved->get(attribute), value);
        QVERIFY2(diff.isEmpty(), diff.constData());
        auto rereadSaved = m_livres.findByPk(saved->get(u"Id"_s));
        QVERIFY2(rereadSaved, Test::why(rereadSaved));
        diff = textDifference(rereadSaved->get(attribute), value);
        QVERIFY2(diff.isEmpty(), diff.constData());

        // bulkCreate
        auto bulk = m_livres.bulkCreate(
                {{{attribute, value}, {u"Auteur"_s, u"b1"_s}}, {{attribute, value}, {u"Auteur"_s, u"b2"_s}}});
        QVERIFY2(bulk, Test::why(bulk));
        QCOMPARE(bulk->size(), 2);
        for (const Instance &row : std::as_const(*bulk)) {
            diff = textDifference(row.get(attribute), value);
            QVERIFY2(diff.isEmpty(), diff.constData());
            auto reread = m_livres.findByPk(row.get(u"Id"_s));
            QVERIFY2(reread, Test::why(reread));
            diff = textDifference(reread->get(attribute), value);
            QVERIFY2(diff.isEmpty(), diff.constData());
        }

        // where == value matches exactly the five rows that hold it, in a count and in a static update
        auto matching = m_livres.count({.where = col(attribute) == value});
        QVERIFY2(matching, Test::why(matching));
        QCOMPARE(*matching, 5);
        auto touched = m_livres.update({{u"Auteur"_s, u"touché"_s}}, {.where = col(attribute) == value});
        QVERIFY2(touched, Test::why(touched));
        QCOMPARE(*touched, 5);
        auto decoyAfter = m_livres.findByPk(decoy->get(u"Id"_s));
        QVERIFY2(decoyAfter, Test::why(decoyAfter));
        QVERIFY(decoyAfter->get(u"Auteur"_s).isNull());
        QCOMPARE(decoyAfter->get(u"Nom"_s).toString(), u"x"_s);

        // raw SQL with the value as a positional and as a named replacement
        Database db = m_db->database();
        const QString column = db.dialect().quote(attribute);
        auto inserted = db.query(u"INSERT INTO \"Livres\" (%1) VALUES (:v) RETURNING \"Id\""_s.arg(column),
                                 QVariantMap{{u"v"_s, value}});
        QVERIFY2(inserted, Test::why(inserted));
        QCOMPARE(inserted->rows.size(), 1);
        auto selected = db.query(u"SELECT \"Id\", %1 FROM \"Livres\" WHERE %1 = ? ORDER BY \"Id\""_s.arg(column),
                                 QVariantList{value});
        QVERIFY2(selected, Test::why(selected));
        QCOMPARE(selected->rows.size(), 6);
        QCOMPARE(selected->rows.last().value(0).toLongLong(), inserted->rows.first().value(0).toLongLong());
        for (const QVariantList &row : std::as_const(selected->rows)) {
            diff = textDifference(row.value(1), value);
            QVERIFY2(diff.isEmpty(), diff.constData());
        }

        // Nothing was run as SQL: the table is still there, with every row.
        auto tables = db.tables();
        QVERIFY2(tables, Test::why(tables));
        QVERIFY(tables->contains(u"Livres"_s));
        QCOMPARE(*m_livres.count(), 7);
    }

    void unstorableTextIsRefused_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("NUL character") << u"avant"_s + QChar(0) + u"après"_s;
        QTest::newRow("lone high surrogate") << QString(QChar(0xD800));
        QTest::newRow("lone low surrogate") << QString(QChar(0xDC00));
        QTest::newRow("high surrogate at the end") << u"fin "_s + QChar(0xD83D);
        QTest::newRow("surrogates in reverse order") << QString(QChar(0xDE00)) + QChar(0xD83D);
    }

    void unstorableTextIsRefused()
    {
        QFETCH(QString, value);
        const QString nom = u"Nom"_s;
        auto stored = m_livres.create({{nom, u"intact"_s}, {u"Resume"_s, u"intact"_s}});
        QVERIFY2(stored, Test::why(stored));
        const QVariant id = stored->get(u"Id"_s);

        // create
        auto created = m_livres.create({{nom, value}});
        QVERIFY(!created);
        checkRefusal(created.error(), nom, u"create"_s);
        if (QTest::currentTestFailed())
            return;

        // save of a new instance
        auto built = m_livres.build({{u"Resume"_s, value}});
        QVERIFY2(built, Test::why(built));
        auto savedNew = built->save();
        QVERIFY(!savedNew);
        checkRefusal(savedNew.error(), u"Resume"_s, u"save new"_s);
        if (QTest::currentTestFailed())
            return;

        // save of a stored instance
        Instance loaded = *m_livres.findByPk(id);
        QVERIFY(loaded.set(nom, value));
        auto saved = loaded.save();
        QVERIFY(!saved);
        checkRefusal(saved.error(), nom, u"save"_s);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(storedNom(id), u"intact"_s);

        // static update
        auto updated = m_livres.update({{nom, value}}, {.where = col(u"Id"_s) == id});
        QVERIFY(!updated);
        checkRefusal(updated.error(), nom, u"update"_s);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(storedNom(id), u"intact"_s);

        // bulkCreate: the good rows around the bad one are not written either
        auto bulk = m_livres.bulkCreate({{{nom, u"bon 1"_s}}, {{nom, value}}, {{nom, u"bon 3"_s}}});
        QVERIFY(!bulk);
        checkRefusal(bulk.error(), nom, u"bulkCreate"_s);
        if (QTest::currentTestFailed())
            return;

        // raw SQL, positional and named
        Database db = m_db->database();
        auto rawInsert = db.query(u"INSERT INTO \"Livres\" (\"Nom\") VALUES (?)"_s, QVariantList{value});
        QVERIFY(!rawInsert);
        checkRefusal(rawInsert.error(), {}, u"raw insert"_s);
        if (QTest::currentTestFailed())
            return;
        auto rawUpdate = db.query(u"UPDATE \"Livres\" SET \"Resume\" = :resume WHERE \"Id\" = :id"_s,
                                  QVariantMap{{u"resume"_s, value}, {u"id"_s, id}});
        QVERIFY(!rawUpdate);
        checkRefusal(rawUpdate.error(), {}, u"raw update"_s);
        if (QTest::currentTestFailed())
            return;

        // Nothing stored changed, and no row was added.
        QCOMPARE(*m_livres.count(), 1);
        auto after = m_livres.findByPk(id);
        QVERIFY2(after, Test::why(after));
        QCOMPARE(after->get(nom).toString(), u"intact"_s);
        QCOMPARE(after->get(u"Resume"_s).toString(), u"intact"_s);
    }
};

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
