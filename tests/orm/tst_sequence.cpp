#include "testdatabase.h"

#include <orm/model.h>
#include <orm/sequence.h>

#include <QTest>

using namespace Orm;
using namespace Qt::StringLiterals;

// Orm::Sequence: rows inserted with their keys, then a row without one gets a key past them, on both dialects.
class TestSequence : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestDatabase> m_db;

private Q_SLOTS:
    void initTestCase_data() { Test::addDialectRows(); }
    void init() { TEST_OPEN_DATABASE(m_db); }
    void cleanup() { m_db.reset(); }

    void setPastMax()
    {
        Model notes = Test::defineAndSync(
                m_db->database(), u"Note"_s,
                {{.name = u"Numero"_s, .type = DataType::integer(), .primaryKey = true, .autoIncrement = true},
                 {.name = u"Texte"_s, .type = DataType::string()}},
                {.tableName = u"Notes"_s, .timestamps = false});
        auto kept = notes.bulkCreate(
                {{{u"Numero"_s, 7}, {u"Texte"_s, u"sept"_s}}, {{u"Numero"_s, 41}, {u"Texte"_s, u"quarante et un"_s}}});
        QVERIFY2(kept, Test::why(kept));
        QVERIFY2(Sequence::setPastMax(m_db->database(), u"Notes"_s, u"Numero"_s), "setPastMax");
        auto next = notes.create({{u"Texte"_s, u"suivante"_s}});
        QVERIFY2(next, Test::why(next));
        QCOMPARE(next->get(u"Numero"_s).toLongLong(), 42);
        // Again on an empty table: the next key is 1 on PostgreSQL (SQLite's rowid starts again too).
        QVERIFY(notes.destroy({.where = col(u"Numero"_s) > 0, .mode = DestroyMode::Force}));
        QVERIFY2(Sequence::setPastMax(m_db->database(), u"Notes"_s, u"Numero"_s), "setPastMax");
        auto first = notes.create({{u"Texte"_s, u"première"_s}});
        QVERIFY2(first, Test::why(first));
        QVERIFY(first->get(u"Numero"_s).toLongLong() >= 1);
    }

    void refusesUnsafeNames()
    {
        auto refused = Sequence::setPastMax(m_db->database(), u"Notes\"; DROP TABLE x; --"_s, u"Numero"_s);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind(), Error::Kind::InvalidQuery);
    }
};

QTEST_GUILESS_MAIN(TestSequence)
#include "tst_sequence.moc"
