#include "testdatabase.h"

#include <orm/model.h>

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace Orm;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(int y, int m, int d, int h = 12, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

} // namespace

// The period functions (fn::startOfDay, startOfWeek, startOfMonth) and Model::aggregateRows() with joined
// belongsTo associations, on both dialects, against periods worked out by hand.
class TestPeriods : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TestDatabase> m_db;
    Model m_shelves;
    Model m_sales;

    // period start -> sum of amount, for the sales grouped by that period function
    QMap<QString, qint64> grouped(Expr (*period)(const Expr &), const Where &where = {})
    {
        auto rows = m_sales.aggregateRows(
                {.where = where,
                 .attributes = {period(col(u"at"_s)).as(u"start"_s), fn::sum(col(u"amount"_s)).as(u"total"_s)},
                 .order = {col(u"start"_s).asc()},
                 .group = {period(col(u"at"_s))}});
        if (!rows)
            qWarning() << rows.error().toString();
        QMap<QString, qint64> map;
        for (const QVariantMap &row : rows.value_or(QList<QVariantMap>()))
            map.insert(row.value(u"start"_s).toString(), row.value(u"total"_s).toLongLong());
        return map;
    }

private Q_SLOTS:
    void initTestCase_data() { Test::addDialectRows(); }

    void init()
    {
        m_db.reset();
        TEST_OPEN_DATABASE(m_db);
        Database &db = m_db->database();
        m_shelves = Test::defineAndSync(db, u"Shelf"_s,
                                        {{.name = u"id"_s, .type = DataType::integer(), .primaryKey = true},
                                         {.name = u"room"_s, .type = DataType::string()},
                                         {.name = u"price"_s, .type = DataType::floating()}});
        m_sales = Test::defineAndSync(
                db, u"Sale"_s,
                {{.name = u"id"_s, .type = DataType::integer(), .primaryKey = true, .autoIncrement = true},
                 {.name = u"ShelfId"_s, .type = DataType::integer(), .allowNull = false},
                 {.name = u"at"_s, .type = DataType::date(), .allowNull = false},
                 {.name = u"amount"_s, .type = DataType::integer(), .allowNull = false}});
        auto shelf = m_sales.belongsTo(m_shelves, {.as = u"Shelf"_s, .foreignKey = u"ShelfId"_s, .constraints = false});
        QVERIFY2(shelf, Test::why(shelf));
        auto salesOf = m_shelves.hasMany(m_sales, {.as = u"Sales"_s, .foreignKey = u"ShelfId"_s, .constraints = false});
        QVERIFY2(salesOf, Test::why(salesOf));
        auto shelves = m_shelves.bulkCreate({{{u"id"_s, 1}, {u"room"_s, u"front"_s}, {u"price"_s, 2.5}},
                                             {{u"id"_s, 2}, {u"room"_s, u"back"_s}, {u"price"_s, 10.0}},
                                             {{u"id"_s, 3}, {u"room"_s, u"front"_s}, {u"price"_s, QVariant()}}});
        QVERIFY2(shelves, Test::why(shelves));
        // Across a year boundary: Monday 30 December 2024 starts the week of 1 January 2025; Sunday 5 January
        // 2025 is still in it; a sale one minute before midnight UTC belongs to its UTC day.
        const QList<std::tuple<int, QDateTime, int>> sales = {
                {1, utc(2024, 12, 29), 1}, // Sunday: week of Monday 23 December
                {1, utc(2024, 12, 30, 0, 0), 2}, // Monday at midnight
                {2, utc(2024, 12, 31, 23, 59), 4}, {3, utc(2025, 1, 1), 8},
                {1, utc(2025, 1, 5, 23, 59), 16}, // Sunday
                {2, utc(2025, 1, 6), 32}, // Monday: a new week
                {2, utc(2025, 2, 28), 64},         {1, utc(2024, 2, 29), 128}, // a leap day, and a Thursday
        };
        QList<QVariantMap> rows;
        for (const auto &[shelfId, at, amount] : sales)
            rows << QVariantMap{{u"ShelfId"_s, shelfId}, {u"at"_s, at}, {u"amount"_s, amount}};
        auto created = m_sales.bulkCreate(rows);
        QVERIFY2(created, Test::why(created));
    }

    void cleanup()
    {
        m_shelves = {};
        m_sales = {};
        m_db.reset();
    }

    void days()
    {
        const QMap<QString, qint64> expected = {{u"2024-02-29"_s, 128}, {u"2024-12-29"_s, 1}, {u"2024-12-30"_s, 2},
                                                {u"2024-12-31"_s, 4},   {u"2025-01-01"_s, 8}, {u"2025-01-05"_s, 16},
                                                {u"2025-01-06"_s, 32},  {u"2025-02-28"_s, 64}};
        QCOMPARE(grouped(&fn::startOfDay), expected);
    }

    void weeksStartOnMonday()
    {
        const QMap<QString, qint64> expected = {{u"2024-02-26"_s, 128},
                                                {u"2024-12-23"_s, 1},
                                                {u"2024-12-30"_s, 2 + 4 + 8 + 16},
                                                {u"2025-01-06"_s, 32},
                                                {u"2025-02-24"_s, 64}};
        QCOMPARE(grouped(&fn::startOfWeek), expected);
    }

    void months()
    {
        const QMap<QString, qint64> expected = {{u"2024-02-01"_s, 128},
                                                {u"2024-12-01"_s, 1 + 2 + 4},
                                                {u"2025-01-01"_s, 8 + 16 + 32},
                                                {u"2025-02-01"_s, 64}};
        QCOMPARE(grouped(&fn::startOfMonth), expected);
        // With a where on the date (bound as a date): the first of January onward.
        const QMap<QString, qint64> fromJanuary = {{u"2025-01-01"_s, 8 + 16 + 32}, {u"2025-02-01"_s, 64}};
        QCOMPARE(grouped(&fn::startOfMonth, col(u"at"_s) >= utc(2025, 1, 1, 0, 0)), fromJanuary);
    }

    // The select list, where, group and order name a joined belongsTo's attributes; none of its columns, nor
    // the sales' key, is added to the select list (PostgreSQL would refuse them beside a GROUP BY).
    void aggregateRowsNameJoinedAttributes()
    {
        auto rows = m_sales.aggregateRows(
                {.where = col(u"Shelf.room"_s) == u"front"_s,
                 .attributes = {col(u"Shelf.room"_s).as(u"room"_s), fn::startOfMonth(col(u"at"_s)).as(u"month"_s),
                                fn::sum(col(u"amount"_s)).as(u"copies"_s),
                                fn::sum(col(u"amount"_s) * col(u"Shelf.price"_s)).as(u"revenue"_s)},
                 .order = {col(u"month"_s).asc()},
                 .group = {col(u"Shelf.room"_s), fn::startOfMonth(col(u"at"_s))},
                 .having = fn::sum(col(u"amount"_s)) > 1,
                 .include = {{.as = u"Shelf"_s, .required = true}}});
        QVERIFY2(rows, Test::why(rows));
        // front: shelf 1 (2.5) and shelf 3 (no price: no revenue). Dec 2024: 1 + 2 (one, left out by the having);
        // Jan 2025: 8 (shelf 3) + 16; Feb 2024: 128.
        QCOMPARE(rows->size(), 3);
        QCOMPARE(rows->at(0).value(u"month"_s).toString(), u"2024-02-01"_s);
        QCOMPARE(rows->at(0).value(u"copies"_s).toLongLong(), 128);
        QCOMPARE(rows->at(0).value(u"revenue"_s).toDouble(), 320.0);
        QCOMPARE(rows->at(1).value(u"month"_s).toString(), u"2024-12-01"_s);
        QCOMPARE(rows->at(1).value(u"copies"_s).toLongLong(), 3);
        QCOMPARE(rows->at(1).value(u"revenue"_s).toDouble(), 7.5);
        QCOMPARE(rows->at(2).value(u"month"_s).toString(), u"2025-01-01"_s);
        QCOMPARE(rows->at(2).value(u"copies"_s).toLongLong(), 24);
        QCOMPARE(rows->at(2).value(u"revenue"_s).toDouble(), 40.0);
        for (const QVariantMap &row : *rows) {
            QCOMPARE(row.value(u"room"_s).toString(), u"front"_s);
            QCOMPARE(row.keys().size(), 4);
        }
    }

    void aggregateRowsRefuseWhatIsNotJoined()
    {
        auto rows = m_shelves.aggregateRows(
                {.attributes = {fn::count().as(u"n"_s)}, .include = {{.as = u"Sales"_s, .required = true}}});
        QVERIFY(!rows);
        QCOMPARE(rows.error().kind(), Error::Kind::InvalidQuery);
        QVERIFY(rows.error().message().contains(u"Sales"_s));
    }

    void periodFunctionsTakeOneArgument()
    {
        auto rows = m_sales.aggregateRows(
                {.attributes = {Expr::function(u"START_OF_DAY"_s, {col(u"at"_s), col(u"at"_s)}).as(u"d"_s)}});
        QVERIFY(!rows);
        QCOMPARE(rows.error().kind(), Error::Kind::InvalidQuery);
    }
};

QTEST_GUILESS_MAIN(TestPeriods)
#include "tst_periods.moc"
