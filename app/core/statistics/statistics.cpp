// The figures of the Statistics view and of `catalogue stats`, each computed by the database: grouped queries on
// the sales summaries (copies and revenue of each day by genre, by publisher and by both, kept by the migration
// 20240401000000-sales-summary's triggers), on MouvementsStock joined to Livres (and to the contributors) where a
// figure needs each book, or on Livres alone. C++ only fills the periods without sales, merges two grouped
// results by their key and sorts what the database returned. The best sellers are in bestsellers.cpp; what both
// files share is declared in queries_p.h and defined here.

#include "statistics/queries_p.h"
#include "statistics_p.h"

#include <catalogue/livre.h>
#include <catalogue/statistics.h>
#include <catalogue/stock.h>
#include <orm/dialect.h>

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <functional>

namespace Catalogue::Statistics {

using namespace Orm;

namespace Queries {

QString ofBook(const QString &attribute)
{
    return Livre::modelName + u'.' + attribute;
}

Error notMigrated()
{
    return Error(Error::Kind::Database,
                 QCoreApplication::translate("Catalogue::Catalogue",
                                             "this catalogue has no contributors or stock history yet: migrate it "
                                             "first (catalogue migrate up)"));
}

Where salesAndReturns()
{
    return col(MouvementStock::Type).in({movementType(Movement::Sale), movementType(Movement::Return)});
}

Where dated(QDate from, QDate to)
{
    Where where;
    if (from.isValid())
        where = where && col(MouvementStock::Date) >= from.startOfDay(QTimeZone::utc());
    if (to.isValid())
        where = where && col(MouvementStock::Date) < to.addDays(1).startOfDay(QTimeZone::utc());
    return where;
}

Where ofBooks(const Filter &filter, QString (*name)(const QString &))
{
    Where where;
    if (!filter.genre.isEmpty())
        where = where && col(name(Livre::Genre)) == filter.genre;
    if (!filter.publisher.isEmpty())
        where = where && col(name(Livre::Edition)) == filter.publisher;
    return where;
}

bool everyBook(const Filter &filter)
{
    return filter.genre.isEmpty() && filter.publisher.isEmpty();
}

QString same(const QString &attribute)
{
    return attribute;
}

FindOptions salesOf(const Filter &filter, QDate from, QDate to)
{
    return {.where = salesAndReturns() && dated(from, to) && ofBooks(filter, &ofBook),
            .include = {{.as = Livre::modelName, .required = true}}};
}

SelectItem delta()
{
    return fn::sum(col(MouvementStock::Quantite)).as(Delta);
}

SelectItem amount()
{
    return fn::sum(col(MouvementStock::Quantite) * col(ofBook(Livre::Prix))).as(Amount);
}

qint64 copiesSold(const QVariantMap &row)
{
    return -row.value(Delta).toLongLong();
}

double revenueOf(const QVariantMap &row)
{
    const double value = -row.value(Amount).toDouble();
    return value == 0 ? 0 : value; // never -0
}

Status checkRange(QDate from, QDate to)
{
    if (from.isValid() && to.isValid() && to < from)
        return std::unexpected(
                Error(Error::Kind::InvalidQuery,
                      QCoreApplication::translate("Catalogue::Statistics", "The range ends (%1) before it starts (%2)")
                              .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate))));
    return {};
}

Model statisticsTable(const Catalogue &catalogue, const QString &table, const QList<Attribute> &columns)
{
    const QString name = QStringLiteral("Statistiques") + table;
    Database db = catalogue.database();
    if (Model model = db.model(name); model.isValid())
        return model;
    auto tables = db.tables();
    if (!tables || !tables->contains(table))
        return {};
    auto model = db.define(name, columns, {.tableName = table, .timestamps = false});
    return model ? *model : Model();
}

Model summary(const Catalogue &catalogue, bool genre, bool publisher)
{
    const QString table = !publisher ? QStringLiteral("VentesGenres")
            : !genre                 ? QStringLiteral("VentesEditions")
                                     : QStringLiteral("VentesGenresEditions");
    QList<Attribute> columns = {{.name = Jour, .type = DataType::date(), .primaryKey = true, .allowNull = false}};
    if (!publisher || genre)
        columns.append({.name = Livre::Genre, .type = DataType::string(), .primaryKey = true, .allowNull = false});
    if (publisher)
        columns.append({.name = Livre::Edition, .type = DataType::string(), .primaryKey = true, .allowNull = false});
    columns.append({.name = Exemplaires, .type = DataType::bigInt(), .allowNull = false});
    columns.append({.name = Montant, .type = DataType::doublePrecision(), .allowNull = false});
    return statisticsTable(catalogue, table, columns);
}

Model stockSummary(const Catalogue &catalogue)
{
    return statisticsTable(
            catalogue, QStringLiteral("StockGenresEditions"),
            {{.name = Livre::Genre, .type = DataType::string(), .primaryKey = true, .allowNull = false},
             {.name = Livre::Edition, .type = DataType::string(), .primaryKey = true, .allowNull = false},
             {.name = Titres, .type = DataType::bigInt(), .allowNull = false},
             {.name = Livres, .type = DataType::bigInt(), .allowNull = false},
             {.name = Exemplaires, .type = DataType::bigInt(), .allowNull = false},
             {.name = Montant, .type = DataType::doublePrecision(), .allowNull = false},
             {.name = Stock, .type = DataType::bigInt(), .allowNull = false},
             {.name = Valeur, .type = DataType::doublePrecision(), .allowNull = false}});
}

Where summarised(const Filter &filter, QDate from, QDate to)
{
    Where where;
    if (from.isValid())
        where = where && col(Jour) >= from.startOfDay(QTimeZone::utc());
    if (to.isValid())
        where = where && col(Jour) < to.addDays(1).startOfDay(QTimeZone::utc());
    return where && ofBooks(filter, &same);
}

SelectItem soldSum()
{
    return fn::sum(col(Exemplaires)).as(Sold);
}

SelectItem revenueSum()
{
    return fn::sum(col(Montant)).as(Revenue);
}

qint64 soldOf(const QVariantMap &row)
{
    return row.value(Sold).toLongLong();
}

double toMicroUnit(double amount)
{
    const double value = std::round(amount * 1e6) / 1e6;
    return value == 0 ? 0 : value; // never -0
}

double revenueOfSummary(const QVariantMap &row)
{
    return toMicroUnit(row.value(Revenue).toDouble());
}

QList<Ranked> ranked(const QList<QVariantMap> &rows, const QString &labelKey, const QString &idKey)
{
    QList<Ranked> list;
    list.reserve(rows.size());
    for (const QVariantMap &row : rows)
        list.append({idKey.isEmpty() ? QVariant() : row.value(idKey), row.value(labelKey).toString(), copiesSold(row),
                     revenueOf(row)});
    return list;
}

void sortRanked(QList<Ranked> &list)
{
    std::stable_sort(list.begin(), list.end(), [](const Ranked &a, const Ranked &b) {
        if (a.copies != b.copies)
            return a.copies > b.copies;
        return a.label < b.label;
    });
}

FindOptions topSales(FindOptions options, const QList<Expr> &group, const QList<SelectItem> &keys, int count)
{
    options.attributes = keys;
    options.attributes << delta() << amount();
    options.group = group;
    options.having = fn::sum(col(MouvementStock::Quantite)) < 0;
    options.order = {col(Delta).asc(), col(Label).asc()};
    options.limit = count;
    return options;
}

} // namespace Queries

using namespace Queries;

namespace {

QDate periodStart(QDate date, Period period)
{
    switch (period) {
    case Period::Day:
        return date;
    case Period::Week:
        return date.addDays(1 - date.dayOfWeek());
    case Period::Month:
        return QDate(date.year(), date.month(), 1);
    }
    return date;
}

QDate nextPeriod(QDate start, Period period)
{
    switch (period) {
    case Period::Day:
        return start.addDays(1);
    case Period::Week:
        return start.addDays(7);
    case Period::Month:
        return start.addMonths(1);
    }
    return start.addDays(1);
}

// A year before: 52 weeks for weeks, so that a Monday stays a Monday.
QDate yearBefore(QDate date, Period period)
{
    return period == Period::Week ? date.addDays(-364) : date.addYears(-1);
}

Expr periodOf(const Expr &date, Period period)
{
    switch (period) {
    case Period::Day:
        return fn::startOfDay(date);
    case Period::Week:
        return fn::startOfWeek(date);
    case Period::Month:
        return fn::startOfMonth(date);
    }
    return fn::startOfDay(date);
}

// The sales of each period that has some, by its first day.
Result<QMap<QDate, PeriodSales>> salesByPeriod(const Catalogue &catalogue, const Filter &filter, QDate from, QDate to,
                                               Period period)
{
    QMap<QDate, PeriodSales> byStart;
    if (const Model sums = summary(catalogue, !filter.genre.isEmpty(), !filter.publisher.isEmpty()); sums.isValid()) {
        const Expr start = periodOf(col(Jour), period);
        auto rows = sums.aggregateRows({.where = summarised(filter, from, to),
                                        .attributes = {start.as(Start), soldSum(), revenueSum()},
                                        .group = {start}});
        if (!rows)
            return std::unexpected(rows.error());
        for (const QVariantMap &row : std::as_const(*rows)) {
            const QDate date = QDate::fromString(row.value(Start).toString(), Qt::ISODate);
            byStart.insert(date, {date, soldOf(row), revenueOfSummary(row)});
        }
        return byStart;
    }
    FindOptions options = salesOf(filter, from, to);
    const Expr start = periodOf(col(MouvementStock::Date), period);
    options.attributes = {start.as(Start), delta(), amount()};
    options.group = {start};
    auto rows = catalogue.mouvements().aggregateRows(options);
    if (!rows)
        return std::unexpected(rows.error());
    for (const QVariantMap &row : std::as_const(*rows)) {
        const QDate date = QDate::fromString(row.value(Start).toString(), Qt::ISODate);
        byStart.insert(date, {date, copiesSold(row), revenueOf(row)});
    }
    return byStart;
}

// A round width near `raw`: 1, 2, 2.5 or 5 times a power of ten (whole numbers only for years).
double roundWidth(double raw, bool whole)
{
    if (!(raw > 0))
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        const double width = step * power;
        if (whole && width != std::floor(width))
            continue;
        if (width >= raw * (1 - 1e-9))
            return whole ? std::max(1.0, width) : width;
    }
    return 10 * power;
}

// The books of the filter by the value of a Livres attribute: min and max found by the database, then a count of
// each bar (an index range each).
Result<QList<Bucket>> histogram(const Catalogue &catalogue, const Filter &filter, const QString &attribute, int buckets,
                                bool whole)
{
    if (!catalogue.livres().isValid())
        return std::unexpected(notMigrated());
    const Where books = ofBooks(filter, &same) && col(attribute).isNotNull();
    auto range = catalogue.livres().aggregateRows(
            {.where = books, .attributes = {fn::min(col(attribute)).as(Low), fn::max(col(attribute)).as(High)}});
    if (!range)
        return std::unexpected(range.error());
    const QVariantMap bounds = range->value(0);
    if (bounds.value(Low).isNull())
        return QList<Bucket>();
    const double low = bounds.value(Low).toDouble();
    const double high = bounds.value(High).toDouble();
    const double width = roundWidth((high - low) / std::max(1, buckets), whole);
    const double first = std::floor(low / width) * width;
    const int count = int(std::floor((high - first) / width)) + 1;
    QList<Bucket> bars;
    bars.reserve(count);
    for (int i = 0; i < count; ++i) {
        const double from = first + i * width;
        const double to = first + (i + 1) * width;
        const QVariant lower = whole ? QVariant(qint64(from)) : QVariant(from);
        const QVariant upper = whole ? QVariant(qint64(to)) : QVariant(to);
        auto n = catalogue.livres().count({.where = books && col(attribute) >= lower && col(attribute) < upper});
        if (!n)
            return std::unexpected(n.error());
        bars.append({from, to, *n});
    }
    return bars;
}

} // namespace

Result<SalesOverTime> salesOverTime(const Catalogue &catalogue, const Filter &filter, Period period)
{
    if (!catalogue.hasRelatedTables())
        return std::unexpected(notMigrated());
    if (auto r = checkRange(filter.from, filter.to); !r)
        return std::unexpected(r.error());
    SalesOverTime result;
    result.period = period;
    auto current = salesByPeriod(catalogue, filter, filter.from, filter.to, period);
    if (!current)
        return std::unexpected(current.error());
    // The range: the filter's, or where the sales begin and end when it leaves an end open.
    const QDate first = filter.from.isValid() ? periodStart(filter.from, period)
            : current->isEmpty()              ? QDate()
                                              : current->firstKey();
    const QDate last = filter.to.isValid() ? periodStart(filter.to, period)
            : current->isEmpty()           ? QDate()
                                           : current->lastKey();
    if (!first.isValid() || !last.isValid())
        return result;
    const QDate from = filter.from.isValid() ? filter.from : first;
    const QDate to = filter.to.isValid() ? filter.to : nextPeriod(last, period).addDays(-1);
    auto before = salesByPeriod(catalogue, filter, yearBefore(from, period), yearBefore(to, period), period);
    if (!before)
        return std::unexpected(before.error());
    for (QDate start = first; start <= last; start = nextPeriod(start, period)) {
        result.current.append(current->value(start, PeriodSales{start, 0, 0}));
        // The period a year before, as the database grouped it (a month's first day, a Monday, a day).
        const QDate earlier = periodStart(yearBefore(start, period), period);
        result.yearBefore.append(before->value(earlier, PeriodSales{earlier, 0, 0}));
    }
    return result;
}

Result<QList<GenreFigures>> byGenre(const Catalogue &catalogue, const Filter &filter)
{
    if (!catalogue.hasRelatedTables())
        return std::unexpected(notMigrated());
    if (auto r = checkRange(filter.from, filter.to); !r)
        return std::unexpected(r.error());
    // The sales by genre: from the summary by genre (and publisher when the filter names one), or else from the
    // movements.
    const Model sums = summary(catalogue, true, !filter.publisher.isEmpty());
    FindOptions sales = salesOf(filter, filter.from, filter.to);
    sales.attributes = {col(ofBook(Livre::Genre)).as(Label), delta(), amount()};
    sales.group = {col(ofBook(Livre::Genre))};
    auto sold = sums.isValid()
            ? sums.aggregateRows({.where = summarised(filter, filter.from, filter.to),
                                  .attributes = {col(Livre::Genre).as(Label), soldSum(), revenueSum()},
                                  .group = {col(Livre::Genre)}})
            : catalogue.mouvements().aggregateRows(sales);
    if (!sold)
        return std::unexpected(sold.error());
    // The stock by genre: from the stock's summary, or else from the books.
    const Model stocks = stockSummary(catalogue);
    auto stock = stocks.isValid()
            ? stocks.aggregateRows({.where = ofBooks(filter, &same),
                                    .attributes = {col(Livre::Genre).as(Label), fn::sum(col(Stock)).as(Copies),
                                                   fn::sum(col(Valeur)).as(Amount)},
                                    .group = {col(Livre::Genre)},
                                    .having = fn::sum(col(Titres)) > 0}) // not the lines whose books all left
            : catalogue.livres().aggregateRows(
                    {.where = ofBooks(filter, &same),
                     .attributes = {col(Livre::Genre).as(Label), fn::sum(col(Livre::Quantite)).as(Copies),
                                    fn::sum(col(Livre::Quantite) * col(Livre::Prix)).as(Amount)},
                     .group = {col(Livre::Genre)}});
    if (!stock)
        return std::unexpected(stock.error());
    // The two grouped results merged by genre (no genre and an empty one are the same line).
    QMap<QString, GenreFigures> genres;
    for (const QVariantMap &row : std::as_const(*stock)) {
        GenreFigures &g = genres[row.value(Label).toString()];
        g.genre = row.value(Label).toString();
        g.copiesInStock += row.value(Copies).toLongLong();
        g.stockValue += row.value(Amount).toDouble();
    }
    if (stocks.isValid()) {
        for (GenreFigures &g : genres)
            g.stockValue = toMicroUnit(g.stockValue); // kept by additions and subtractions
    }
    for (const QVariantMap &row : std::as_const(*sold)) {
        GenreFigures &g = genres[row.value(Label).toString()];
        g.genre = row.value(Label).toString();
        g.copiesSold += sums.isValid() ? soldOf(row) : copiesSold(row);
        g.revenue += sums.isValid() ? revenueOfSummary(row) : revenueOf(row);
    }
    QList<GenreFigures> list = genres.values();
    std::stable_sort(list.begin(), list.end(),
                     [](const GenreFigures &a, const GenreFigures &b) { return a.copiesSold > b.copiesSold; });
    return list;
}

namespace {

LowStockBook lowStockBook(const QVariantMap &row, const QVariant &delta)
{
    LowStockBook book;
    book.id = row.value(Livre::Id);
    book.title = row.value(Livre::Nom).toString();
    book.author = row.value(Livre::Auteur).toString();
    book.stock = row.value(Livre::Quantite).toLongLong();
    book.soldLast90Days = std::max<qint64>(0, -delta.toLongLong());
    if (book.soldLast90Days > 0)
        book.daysLeft = double(std::max<qint64>(0, book.stock)) * 90.0 / double(book.soldLast90Days);
    return book;
}

// Appends to `books` the books `where` selects, in the order of the index on Quantite (then the ID), those whose
// sales in `sales` sum as `keep` wants (none: a null sum), until it holds `limit` (no limit: 0). A page of books at
// a time, read from the last one (an index range), then that page's sales summed by book (an index range each):
// the database stops at the list's limit. Joined and grouped in one statement, PostgreSQL grouped by the ID alone
// (the primary key decides the rest), so it could not read the books in the index's order: it hashed every low
// book against every sale of the 90 days (150 to 400 ms at a million books).
Status lowBooksInOrder(const Catalogue &catalogue, const Where &where, const Where &sales,
                       const std::function<bool(const QVariant &delta)> &keep, int limit, QList<LowStockBook> &books)
{
    QVariant lastStock, lastId;
    for (qint64 page = 256;; page = std::min<qint64>(2 * page, 4096)) {
        Where next = where;
        if (lastId.isValid())
            next = next && col(Livre::Quantite) >= lastStock
                    && (col(Livre::Quantite) > lastStock || col(Livre::Id) > lastId);
        auto rows = catalogue.livres().aggregateRows(
                {.where = next,
                 .attributes = {SelectItem(Livre::Id), SelectItem(Livre::Nom), SelectItem(Livre::Auteur),
                                SelectItem(Livre::Quantite)},
                 .order = {asc(Livre::Quantite), asc(Livre::Id)},
                 .limit = page});
        if (!rows)
            return std::unexpected(rows.error());
        if (rows->isEmpty())
            return {};
        QVariantList ids;
        for (const QVariantMap &row : std::as_const(*rows))
            ids << row.value(Livre::Id);
        auto sums = catalogue.mouvements().aggregateRows({.where = sales && col(MouvementStock::LivreId).in(ids),
                                                          .attributes = {SelectItem(MouvementStock::LivreId), delta()},
                                                          .group = {col(MouvementStock::LivreId)}});
        if (!sums)
            return std::unexpected(sums.error());
        QHash<qint64, QVariant> sold;
        for (const QVariantMap &row : std::as_const(*sums))
            sold.insert(row.value(MouvementStock::LivreId).toLongLong(), row.value(Delta));
        for (const QVariantMap &row : std::as_const(*rows)) {
            const QVariant delta = sold.value(row.value(Livre::Id).toLongLong());
            if (!keep(delta))
                continue;
            books.append(lowStockBook(row, delta));
            if (limit > 0 && books.size() >= limit)
                return {};
        }
        if (rows->size() < page)
            return {};
        lastStock = rows->last().value(Livre::Quantite);
        lastId = rows->last().value(Livre::Id);
    }
}

} // namespace

Result<LowStock> lowStock(const Catalogue &catalogue, const Filter &filter, int threshold, QDate today, int limit)
{
    if (!catalogue.hasRelatedTables())
        return std::unexpected(notMigrated());
    if (!today.isValid())
        today = QDate::currentDate();
    const Where low = col(Livre::Quantite).isNotNull() && col(Livre::Quantite) <= threshold && ofBooks(filter, &same);
    LowStock result;
    auto count = catalogue.livres().count({.where = low});
    if (!count)
        return std::unexpected(count.error());
    result.count = *count;
    // Most urgent first: the fewest days of stock left at the pace of the last 90 days (none when nothing sold),
    // then the lowest stock, then the ID. Each of the three groups of that order in turn, until the list is full:
    // the books that sold with no copy left (no day left), those that sold with copies left (by stock over copies
    // sold, as days left are), then those that did not sell. The first and the last are in the order of the index
    // on Quantite: read a page at a time, they stop at the list's limit (lowBooksInOrder).
    const Where recent = col(MouvementStock::Type).in({movementType(Movement::Sale), movementType(Movement::Return)})
            && dated(today.addDays(-89), today);
    if (auto r = lowBooksInOrder(
                catalogue, low && col(Livre::Quantite) <= 0, recent,
                [](const QVariant &delta) { return !delta.isNull() && delta.toLongLong() < 0; }, limit, result.books);
        !r)
        return std::unexpected(r.error());
    if (limit <= 0 || result.books.size() < limit) {
        // The books that sold with copies left, each joined to its sales of the last 90 days (an index range of its
        // own), ordered by stock over copies sold (a fraction, so that PostgreSQL does not divide integers as
        // integers).
        const QString sale = Statistics::movementsJoin + u'.';
        const Expr sum = fn::sum(col(sale + MouvementStock::Quantite)); // negative when copies sold
        FindOptions someLeft{
                .where = low && col(Livre::Quantite) > 0,
                .attributes = {SelectItem(Livre::Id), SelectItem(Livre::Nom), SelectItem(Livre::Auteur),
                               SelectItem(Livre::Quantite), sum.as(Delta)},
                .order = {(col(Livre::Quantite) * 0.5 / (Expr(0) - sum)).asc(), asc(Livre::Quantite), asc(Livre::Id)},
                .group = {col(Livre::Quantite), col(Livre::Id)},
                .having = sum < 0,
                .include = {{.as = Statistics::movementsJoin, .where = recent, .required = true}}};
        if (limit > 0)
            someLeft.limit = limit - result.books.size();
        auto books = catalogue.livres().aggregateRows(someLeft);
        if (!books)
            return std::unexpected(books.error());
        for (const QVariantMap &row : std::as_const(*books))
            result.books.append(lowStockBook(row, row.value(Delta)));
    }
    if (limit <= 0 || result.books.size() < limit) {
        if (auto r = lowBooksInOrder(
                    catalogue, low, recent,
                    [](const QVariant &delta) { return delta.isNull() || delta.toLongLong() >= 0; }, limit,
                    result.books);
            !r)
            return std::unexpected(r.error());
    }
    return result;
}

namespace {

// The summary of the books in stock by the day of their last sale, by genre (and publisher when asked for), kept
// by the migration 20240409000000-dead-stock-summary's triggers; an invalid model when the catalogue was not
// migrated that far.
Model lastSales(const Catalogue &catalogue, bool publisher)
{
    QList<Attribute> columns = {
            {.name = Jour, .type = DataType::date(), .primaryKey = true, .allowNull = false},
            {.name = Livre::Genre, .type = DataType::string(), .primaryKey = true, .allowNull = false}};
    if (publisher)
        columns.append({.name = Livre::Edition, .type = DataType::string(), .primaryKey = true, .allowNull = false});
    columns.append({.name = Livres, .type = DataType::bigInt(), .allowNull = false});
    columns.append({.name = Exemplaires, .type = DataType::bigInt(), .allowNull = false});
    columns.append({.name = Montant, .type = DataType::doublePrecision(), .allowNull = false});
    return statisticsTable(
            catalogue, publisher ? QStringLiteral("StockVenduEditions") : QStringLiteral("StockVenduGenres"), columns);
}

// The count, copies and value of the filter's books in stock that have no sale since `cutOff` (`dead` selects
// them, joined to their recent sales). With the summary of last sales: the books in stock (from the stock's
// summary, or else grouped by genre, so that SQLite reads them from the covering index on Genre, Quantite and Prix
// of 20240403000000-index-statistics-stock and never the table), less the summary's lines of that day and after.
// Without it, each book in stock is looked up in its sales.
Status deadStockTotals(const Catalogue &catalogue, const Filter &filter, QDate cutOff, const FindOptions &dead,
                       DeadStock &result)
{
    const Model sold = lastSales(catalogue, !filter.publisher.isEmpty());
    const Expr value = col(Livre::Quantite) * col(Livre::Prix);
    const QList<SelectItem> sums = {fn::count().as(Count), fn::sum(col(Livre::Quantite)).as(Copies),
                                    fn::sum(value).as(Amount)};
    if (!sold.isValid()) {
        FindOptions totals = dead;
        totals.attributes = sums;
        auto rows = catalogue.livres().aggregateRows(totals);
        if (!rows)
            return std::unexpected(rows.error());
        const QVariantMap row = rows->value(0);
        result.count = row.value(Count).toLongLong();
        result.copies = row.value(Copies).toLongLong();
        result.value = row.value(Amount).toDouble();
        return {};
    }
    const Model stocks = stockSummary(catalogue);
    auto inStock = stocks.isValid()
            ? stocks.aggregateRows({.where = ofBooks(filter, &same),
                                    .attributes = {fn::sum(col(Livres)).as(Count), fn::sum(col(Exemplaires)).as(Copies),
                                                   fn::sum(col(Montant)).as(Amount)}})
            : catalogue.livres().aggregateRows({.where = col(Livre::Quantite) > 0 && ofBooks(filter, &same),
                                                .attributes = sums,
                                                .group = {col(Livre::Genre)}});
    if (!inStock)
        return std::unexpected(inStock.error());
    auto recent =
            sold.aggregateRows({.where = col(Jour) >= cutOff.startOfDay(QTimeZone::utc()) && ofBooks(filter, &same),
                                .attributes = {fn::sum(col(Livres)).as(Count), fn::sum(col(Exemplaires)).as(Copies),
                                               fn::sum(col(Montant)).as(Amount)}});
    if (!recent)
        return std::unexpected(recent.error());
    double amount = 0;
    for (const QVariantMap &row : std::as_const(*inStock)) {
        result.count += row.value(Count).toLongLong();
        result.copies += row.value(Copies).toLongLong();
        amount += row.value(Amount).toDouble();
    }
    const QVariantMap row = recent->value(0);
    result.count -= row.value(Count).toLongLong();
    result.copies -= row.value(Copies).toLongLong();
    amount -= row.value(Amount).toDouble();
    result.value = toMicroUnit(amount); // a difference of sums kept by additions and subtractions
    return {};
}

} // namespace

Result<DeadStock> deadStock(const Catalogue &catalogue, const Filter &filter, int months, QDate today, int limit)
{
    if (!catalogue.hasRelatedTables())
        return std::unexpected(notMigrated());
    if (!today.isValid())
        today = QDate::currentDate();
    // The books in stock joined to their sales since the cut-off, kept where there is none (an anti-join: each
    // book's sales are an index range, and the first found rules it out). "None" is said on the join's own column:
    // PostgreSQL knows a joined row's LivreId cannot be null and makes the join an anti-join that walks the books
    // in the list's order and stops at its limit; said on the sale's id, it joined every book to every recent sale
    // (2.3 s at a million books).
    const QDate cutOff = today.addMonths(-std::max(0, months));
    const QString sale = Statistics::movementsJoin + u'.';
    const Include recentSales{.as = Statistics::movementsJoin,
                              .where = col(MouvementStock::Type) == movementType(Movement::Sale)
                                      && dated(cutOff, QDate()),
                              .required = false};
    const Where dead =
            col(Livre::Quantite) > 0 && ofBooks(filter, &same) && col(sale + MouvementStock::LivreId).isNull();
    const Expr value = col(Livre::Quantite) * col(Livre::Prix);
    DeadStock result;
    if (auto totals = deadStockTotals(catalogue, filter, cutOff, {.where = dead, .include = {recentSales}}, result);
        !totals)
        return std::unexpected(totals.error());
    // The list: most value first, the order of the index on Quantite x Prix (20240403000000-index-statistics-stock),
    // so that the database reads the books in that order and stops at the limit.
    FindOptions options{.where = dead,
                        .attributes = {SelectItem(Livre::Id), SelectItem(Livre::Nom), SelectItem(Livre::Auteur),
                                       SelectItem(Livre::Quantite), value.as(Amount)},
                        .order = {Order(value, true).nullsLast(), asc(Livre::Id)},
                        .include = {recentSales}};
    if (limit > 0)
        options.limit = limit;
    auto rows = catalogue.livres().aggregateRows(options);
    if (!rows)
        return std::unexpected(rows.error());
    result.books.reserve(rows->size());
    QVariantList ids;
    for (const QVariantMap &row : std::as_const(*rows)) {
        DeadStockBook book;
        book.id = row.value(Livre::Id);
        book.title = row.value(Livre::Nom).toString();
        book.author = row.value(Livre::Auteur).toString();
        book.stock = row.value(Livre::Quantite).toLongLong();
        book.value = row.value(Amount).toDouble();
        ids << book.id;
        result.books.append(book);
    }
    // The last sale of each book listed (before the cut-off, or none): an index range each.
    for (qsizetype from = 0; from < ids.size(); from += 500) {
        auto last = catalogue.mouvements().aggregateRows(
                {.where = col(MouvementStock::LivreId).in(ids.mid(from, 500))
                         && col(MouvementStock::Type) == movementType(Movement::Sale),
                 .attributes = {SelectItem(MouvementStock::LivreId), fn::max(col(MouvementStock::Date)).as(LastSale)},
                 .group = {col(MouvementStock::LivreId)}});
        if (!last)
            return std::unexpected(last.error());
        QHash<qint64, QDate> byBook;
        for (const QVariantMap &row : std::as_const(*last)) {
            const QVariant date = row.value(LastSale);
            if (!date.isNull())
                byBook.insert(row.value(MouvementStock::LivreId).toLongLong(),
                              catalogue.database()
                                      .dialect()
                                      .fromDatabase(date, DataType::date())
                                      .toDateTime()
                                      .toUTC()
                                      .date());
        }
        for (qsizetype i = from; i < std::min(ids.size(), from + 500); ++i)
            result.books[i].lastSale = byBook.value(ids.at(i).toLongLong());
    }
    return result;
}

Result<QList<Bucket>> priceDistribution(const Catalogue &catalogue, const Filter &filter, int buckets)
{
    return histogram(catalogue, filter, Livre::Prix, buckets, false);
}

Result<QList<Bucket>> publicationYears(const Catalogue &catalogue, const Filter &filter, int buckets)
{
    return histogram(catalogue, filter, Livre::Annee, buckets, true);
}

} // namespace Catalogue::Statistics
