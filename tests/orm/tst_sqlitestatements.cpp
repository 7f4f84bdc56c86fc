// SqliteStatements (orm/src/sqlite/sqlitestatements_p.h) reads rows through SQLite's C API, sharing texts repeated in a
// column and putting a row's other short ASCII texts into one block: the values read must be those stored, by
// either way of reading (into a RowSet, or to a visitor that keeps its list).
//
// It also keeps 256 prepared statements and finalizes the first prepared to make room. insertEach() holds three at once
// (the batch INSERT, the query of the highest rowid, the single-row INSERT): preparing one of them must not finalize
// another. Through the ORM, the statements a bulkCreate runs first (BEGIN, the query of triggers) always make room
// before these three, so the case is set up here, on the class alone.

#include "dialects/sqlitedialect_p.h"
#include "sqlite/sqlitestatements_p.h"
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

    void rowsReadAreThoseStored()
    {
        // 1,500 rows: past the 64 rows read before texts are shared, and past the 1,024 lookups after which a
        // column of texts that seldom repeat is given up. Unique texts, repeated ones, long, non-ASCII and empty
        // ones, between integers, blobs and nulls.
        QCOMPARE(sqlite3_exec(m_handle,
                              "CREATE TABLE \"Rows\" (\"id\" INTEGER PRIMARY KEY, \"title\" TEXT, \"n\" INTEGER, "
                              "\"genre\" TEXT, \"data\" BLOB, \"note\" TEXT, \"path\" TEXT, \"empty\" TEXT)",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        const auto expected = [](int r) -> QVariantList {
            const QString title = r % 7 == 0 ? u"Poésie n°%1"_s.arg(r) : u"Le Livre %1"_s.arg(r);
            const QVariant note = r % 5 == 0 ? QVariant() : QVariant(QString(300 + r % 3, QChar(u'a' + r % 26)));
            return {qlonglong(r + 1),
                    title,
                    qlonglong(r * 3),
                    QStringList{u"Roman"_s, u"Essai"_s, u"BD"_s}[r % 3],
                    QByteArray(r % 4 + 1, char(r)), // not empty: SQLite reads an empty blob as null
                    note,
                    u"covers/%1.jpg"_s.arg(r),
                    QString(u""_s)};
        };
        constexpr int rows = 1500;
        QCOMPARE(sqlite3_exec(m_handle, "BEGIN", nullptr, nullptr, nullptr), SQLITE_OK);
        for (int r = 0; r < rows; ++r) {
            const QVariantList v = expected(r);
            auto inserted =
                    m_statements->execute(u"INSERT INTO \"Rows\" VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s, v, m_dialect);
            QVERIFY2(inserted, Test::why(inserted));
        }
        QCOMPARE(sqlite3_exec(m_handle, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
        const QString select = u"SELECT * FROM \"Rows\" ORDER BY \"id\""_s;
        const auto same = [&](int r, const QVariantList &row) {
            const QVariantList v = expected(r);
            if (row.size() != v.size())
                return false;
            for (int c = 0; c < v.size(); ++c) {
                if (row[c].isNull() != v[c].isNull() || row[c].toString() != v[c].toString()
                    || (v[c].typeId() == QMetaType::QByteArray && row[c].toByteArray() != v[c].toByteArray()))
                    return false;
            }
            return true;
        };

        auto all = m_statements->execute(select, {}, m_dialect);
        QVERIFY2(all, Test::why(all));
        QCOMPARE(all->rows.size(), qsizetype(rows));
        for (int r = 0; r < rows; ++r)
            QVERIFY2(same(r, all->rows[r]), qPrintable(u"row %1 (RowSet)"_s.arg(r)));

        // A visitor that leaves its list: the next row's values are assigned over the last one's.
        int r = 0;
        bool allSame = true;
        auto visited = m_statements->execute(select, {}, m_dialect, [&](QVariantList &row) -> Status {
            allSame = allSame && same(r++, row);
            return {};
        });
        QVERIFY2(visited, Test::why(visited));
        QCOMPARE(r, rows);
        QVERIFY(allSame);
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
