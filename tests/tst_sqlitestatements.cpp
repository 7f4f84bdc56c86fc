// SqliteStatements (orm/src/sqlitestatements_p.h) keeps 256 prepared statements and finalizes the first prepared to
// make room. insertEach() holds three at once (the batch INSERT, the query of the highest rowid, the single-row
// INSERT): preparing one of them must not finalize another. Through the ORM, the statements a bulkCreate runs
// first (BEGIN, the query of triggers) always make room before these three, so the case is set up here, on the
// class alone.

#include "sqlitedialect_p.h"
#include "sqlitestatements_p.h"
#include "testdatabase.h"

#include <QObject>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace Orm;

class TestSqliteStatements : public QObject
{
    Q_OBJECT

    sqlite3 *m_handle = nullptr;
    std::unique_ptr<SqliteStatements> m_statements;
    SqliteDialect m_dialect;

    // Inserts the values into "Notes" through insertEach(); their rowids.
    Result<QList<qint64>> insert(const QVariantList &values)
    {
        const InsertStatements statements{.table = u"Notes"_s,
                                          .row = u"INSERT INTO \"Notes\" (\"text\") VALUES (?)"_s,
                                          .batch = u"INSERT INTO \"Notes\" (\"text\") VALUES (?), (?)"_s,
                                          .perBatch = 2};
        return m_statements->insertEach(
                statements, values.size(),
                [&](qsizetype row, QList<const QVariant *> &bindings) -> Status {
                    bindings = {&values.at(row)};
                    return {};
                },
                m_dialect);
    }

    // The texts of "Notes" by rowid.
    QStringList stored()
    {
        QStringList texts;
        auto rows = m_statements->execute(u"SELECT \"id\", \"text\" FROM \"Notes\" ORDER BY \"id\""_s, {}, m_dialect);
        if (!rows)
            return {u"error: "_s + rows.error().message()};
        for (const QVariantList &row : std::as_const(rows->rows))
            texts << u"%1 %2"_s.arg(row.value(0).toLongLong()).arg(row.value(1).toString());
        return texts;
    }

private Q_SLOTS:
    void init()
    {
        QCOMPARE(sqlite3_open(":memory:", &m_handle), SQLITE_OK);
        QCOMPARE(sqlite3_exec(m_handle,
                              "CREATE TABLE \"Notes\" (\"id\" INTEGER PRIMARY KEY AUTOINCREMENT, \"text\" TEXT)",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        m_statements = std::make_unique<SqliteStatements>(m_handle);
    }

    void cleanup()
    {
        m_statements->clear();
        m_statements.reset();
        sqlite3_close(m_handle);
        m_handle = nullptr;
    }

    void insertEachKeepsItsStatementsInAFullCache()
    {
        // Two rows: one batch. The batch INSERT and the rowid query are the first prepared.
        auto first = insert({u"a"_s, u"b"_s});
        QVERIFY2(first, Test::why(first));
        QCOMPARE(*first, (QList<qint64>{1, 2}));
        // 254 other statements fill the cache, behind them.
        for (int i = 0; i < 254; ++i) {
            auto r = m_statements->execute(u"SELECT %1"_s.arg(i), {}, m_dialect);
            QVERIFY2(r, Test::why(r));
        }
        // Three rows: the batch, then one row, whose INSERT is prepared while the batch INSERT and the rowid query
        // are the first in a full cache.
        auto second = insert({u"c"_s, u"d"_s, u"e"_s});
        QVERIFY2(second, Test::why(second));
        QCOMPARE(*second, (QList<qint64>{3, 4, 5}));
        // And once more, with what the cache holds now.
        auto third = insert({u"f"_s, u"g"_s, u"h"_s});
        QVERIFY2(third, Test::why(third));
        QCOMPARE(*third, (QList<qint64>{6, 7, 8}));
        QCOMPARE(stored(),
                 (QStringList{u"1 a"_s, u"2 b"_s, u"3 c"_s, u"4 d"_s, u"5 e"_s, u"6 f"_s, u"7 g"_s, u"8 h"_s}));
    }
};

QTEST_GUILESS_MAIN(TestSqliteStatements)
#include "tst_sqlitestatements.moc"
