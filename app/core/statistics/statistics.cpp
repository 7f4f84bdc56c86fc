// The figures of the Statistics view and of `catalogue stats`, each computed by the database: grouped queries on
// the sales summaries (copies and revenue of each day by genre, by publisher and by both, kept by the migration
// 20240401000000-sales-summary's triggers), on MouvementsStock joined to Livres (and to the contributors) where a
// figure needs each book, or on Livres alone. C++ only fills the periods
// without sales, merges two grouped results by their key and sorts what the database returned.

#include "statistics_p.h"

#include <catalogue/contributeurs.h>
#include <catalogue/livre.h>
#include <catalogue/statistics.h>
#include <catalogue/stock.h>
#include <orm/dialect.h>

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <functional>

namespace Catalogue::Statistics {

using namespace Orm;

namespace {

// The aliases of the select lists.
const QString Start = QStringLiteral("start");
const QString Label = QStringLiteral("label");
const QString Delta = QStringLiteral("delta"); // the sum of the movements' Quantite: negative when copies sold
const QString Amount = QStringLiteral("amount"); // the same, times Prix
const QString Copies = QStringLiteral("copies");
const QString LastSale = QStringLiteral("lastSale");
const QString Low = QStringLiteral("low");
const QString High = QStringLiteral("high");
const QString Count = QStringLiteral("count");

// An attribute of the book a movement is joined to.
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

// Sales and returns: the movements whose sum, negated, is the copies sold.
Where salesAndReturns()
{
    return col(MouvementStock::Type).in({movementType(Movement::Sale), movementType(Movement::Return)});
}

// The movements dated from `from` to `to` inclusive (UTC days, as the dates are stored); a null date leaves that
// end open.
Where dated(QDate from, QDate to)
{
    Where where;
    if (from.isValid())
        where = where && col(MouvementStock::Date) >= from.startOfDay(QTimeZone::utc());
    if (to.isValid())
        where = where && col(MouvementStock::Date) < to.addDays(1).startOfDay(QTimeZone::utc());
    return where;
}

// The filter's genre and publisher, on Livres' attributes named through `name`.
Where ofBooks(const Filter &filter, QString (*name)(const QString &))
{
    Where where;
    if (!filter.genre.isEmpty())
        where = where && col(name(Livre::Genre)) == filter.genre;
    if (!filter.publisher.isEmpty())
        where = where && col(name(Livre::Edition)) == filter.publisher;
    return where;
}

QString same(const QString &attribute)
{
    return attribute;
}

// The sales of the filter's books, dated as given, joined to their book.
FindOptions salesOf(const Filter &filter, QDate from, QDate to)
{
    return {.where = salesAndReturns() && dated(from, to) && ofBooks(filter, &ofBook),
            .include = {{.as = Livre::modelName, .required = true}}};
}

// What a grouped sales row holds: copies sold and revenue.
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

// The sales summaries, by what they are keyed on besides the day (see m20240401000000_sales_summary.cpp).
const QString Jour = QStringLiteral("Jour");
const QString Exemplaires = QStringLiteral("Exemplaires");
const QString Montant = QStringLiteral("Montant");
const QString Sold = QStringLiteral("sold");
const QString Revenue = QStringLiteral("revenue");

// The model of a table a migration made for the statistics, with these columns: defined on first use, kept by the
// database; an invalid model when the catalogue was not migrated that far.
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

// The summary that has the genre and the publisher when asked for, defined on first use; an invalid model when
// the catalogue was not migrated that far (then the figures are computed from the movements).
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

// The summary's rows of the filter: its days, genre and publisher.
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

// Kept by additions and subtractions, a sum may carry a rounding error of the last bits: shown to the
// micro-unit, as exact as the prices are.
double revenueOfSummary(const QVariantMap &row)
{
    const double value = std::round(row.value(Revenue).toDouble() * 1e6) / 1e6;
    return value == 0 ? 0 : value; // never -0
}

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

// Rows grouped by a label: the top `count` by copies sold, ties by label.
QList<Ranked> ranked(const QList<QVariantMap> &rows, const QString &labelKey, const QString &idKey = {})
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

// The top of a grouped sales query: most copies sold first, only what sold more than it came back.
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

// The best sellers' bounds (m20240408000000_best_sellers_bounds.cpp): for each book (LivreId), and for each author
// name (Nom) in each year (Annee), at least the copies it sold. Defined on first use; an invalid model when the
// catalogue was not migrated that far.
const QString Annee = QStringLiteral("Annee");

Model bounds(const Catalogue &catalogue, bool authors)
{
    const QString table = authors ? QStringLiteral("VentesAuteurs") : QStringLiteral("VentesLivres");
    QList<Attribute> columns;
    if (authors) {
        columns.append({.name = Annee, .type = DataType::integer(), .primaryKey = true, .allowNull = false});
        columns.append({.name = Auteur::Nom, .type = DataType::string(), .primaryKey = true, .allowNull = false});
    } else {
        columns.append(
                {.name = MouvementStock::LivreId, .type = DataType::integer(), .primaryKey = true, .allowNull = false});
    }
    columns.append({.name = Exemplaires, .type = DataType::bigInt(), .allowNull = false});
    return statisticsTable(catalogue, table, columns);
}

// The exact figures of some books or authors (by their keys in the bounds' table), those that sold.
using ExactFigures = std::function<Result<QList<Ranked>>(const QVariantList &keys)>;

// The top `count` by copies sold (ties by label), worked out from bounds read in `lists` (each a part of the
// bounds' table, e.g. a year; a key's bound is the sum of its bounds in every list): each list is read from its
// highest bound down, a page at a time (pages growing), and the exact figures of every key met are worked out,
// until a key met in none of the lists could not reach the list's last line (the sum of the lowest bounds read in
// each: a threshold algorithm). None when that would take more than `most` keys (found before their figures are
// worked out): then the caller reads every sale of the range instead.
Result<std::optional<QList<Ranked>>> topByBounds(const Model &bounds, const QString &key, const QList<Where> &lists,
                                                 int count, qint64 most, const ExactFigures &exact)
{
    QList<Ranked> list;
    QSet<QString> seen;
    struct Cursor
    {
        Where where;
        qint64 offset = 0;
        qint64 lowest = 0; // the lowest bound read in it; 0 once every key of it was read
        bool done = false;
    };
    QList<Cursor> cursors;
    for (const Where &where : lists)
        cursors.append({.where = where && col(Exemplaires) > 0});
    for (qint64 page = std::max<qint64>(64, 4 * qint64(count));; page *= 2) {
        QVariantList keys;
        for (Cursor &cursor : cursors) {
            if (cursor.done)
                continue;
            auto rows = bounds.aggregateRows({.where = cursor.where,
                                              .attributes = {SelectItem(key), SelectItem(Exemplaires)},
                                              .order = {desc(Exemplaires), desc(key)},
                                              .limit = page,
                                              .offset = cursor.offset});
            if (!rows)
                return std::unexpected(rows.error());
            cursor.offset += rows->size();
            for (const QVariantMap &row : std::as_const(*rows)) {
                cursor.lowest = row.value(Exemplaires).toLongLong();
                const QString k = row.value(key).toString();
                if (!seen.contains(k)) {
                    seen.insert(k);
                    keys << row.value(key);
                }
            }
            if (rows->size() < page) {
                cursor.done = true;
                cursor.lowest = 0;
            }
        }
        if (qint64(seen.size()) > most)
            return std::optional<QList<Ranked>>(); // before working out the figures of so many
        for (qsizetype from = 0; from < keys.size(); from += 500) {
            auto figures = exact(keys.mid(from, 500));
            if (!figures)
                return std::unexpected(figures.error());
            list += *figures;
        }
        sortRanked(list);
        if (list.size() > count)
            list.resize(count);
        // What a key met in no list yet could have sold at most: it must exceed the last line to be listed (or
        // equal it and come first by label).
        qint64 unmet = 0;
        for (const Cursor &cursor : std::as_const(cursors))
            unmet += cursor.lowest;
        if (unmet < 1 || (list.size() >= count && unmet < list.last().copies))
            return std::optional(list);
    }
}

// The books of rows of sales grouped by book (LivreId and the copies), in their order, with their titles and their
// revenue (copies x Prix: a book has one price). A book since removed is left out, as a join would leave it.
Result<QList<Ranked>> booksOfSales(const Catalogue &catalogue, const QList<QVariantMap> &rows)
{
    if (rows.isEmpty())
        return QList<Ranked>();
    QVariantList ids;
    for (const QVariantMap &row : rows)
        ids << row.value(MouvementStock::LivreId);
    auto found = catalogue.livres().aggregateRows(
            {.where = col(Livre::Id).in(ids),
             .attributes = {SelectItem(Livre::Id), SelectItem(Livre::Nom), SelectItem(Livre::Prix)}});
    if (!found)
        return std::unexpected(found.error());
    QHash<qint64, QVariantMap> byId;
    for (const QVariantMap &book : std::as_const(*found))
        byId.insert(book.value(Livre::Id).toLongLong(), book);
    QList<Ranked> list;
    for (const QVariantMap &row : rows) {
        const QVariantMap book = byId.value(row.value(MouvementStock::LivreId).toLongLong());
        if (book.isEmpty())
            continue;
        const qint64 copies = copiesSold(row);
        const double revenue = double(copies) * book.value(Livre::Prix).toDouble();
        list.append({book.value(Livre::Id), book.value(Livre::Nom).toString(), copies, revenue == 0 ? 0 : revenue});
    }
    return list;
}

// The `count` books that sold most in the filter's range, ties by title: from the books' bounds when they tell
// it within 10,000 books. Otherwise, without a genre or a publisher to look at, the sales are grouped by book on
// MouvementsStock alone (the covering index on Type and Date: no row of Livres read per sale), and only the books
// found are read, for their title and Prix (revenue is copies x Prix: a book has one price). When the last line
// ties with the next (their order is then by title), and with a genre or a publisher, every sale is joined to its
// book instead.
Result<QList<Ranked>> topBooks(const Catalogue &catalogue, const Filter &filter, int count)
{
    const Model mouvements = catalogue.mouvements();
    // The books with the highest bounds, each an index range of its sales in the range. With a genre or a
    // publisher, the bounds are still those of every book (a bound for all of a book's sales holds for its sales
    // in any part); the books met that are not of the filter's are left out before their sales are read.
    const bool everyBook = filter.genre.isEmpty() && filter.publisher.isEmpty();
    if (const Model most = bounds(catalogue, false); most.isValid()) {
        auto list = topByBounds(
                most, MouvementStock::LivreId, {Where()}, count, 10000, [&](QVariantList ids) -> Result<QList<Ranked>> {
                    if (!everyBook) {
                        auto kept = catalogue.livres().aggregateRows(
                                {.where = col(Livre::Id).in(ids) && ofBooks(filter, &same),
                                 .attributes = {SelectItem(Livre::Id)}});
                        if (!kept)
                            return std::unexpected(kept.error());
                        ids.clear();
                        for (const QVariantMap &row : std::as_const(*kept))
                            ids << row.value(Livre::Id);
                        if (ids.isEmpty())
                            return QList<Ranked>();
                    }
                    // Grouped on MouvementsStock alone (an index range per book), then the books that
                    // sold read for their title and Prix: joined to Livres, PostgreSQL hashed the whole
                    // of Livres for it.
                    auto rows = mouvements.aggregateRows({.where = salesAndReturns() && dated(filter.from, filter.to)
                                                                  && col(MouvementStock::LivreId).in(ids),
                                                          .attributes = {SelectItem(MouvementStock::LivreId), delta()},
                                                          .group = {col(MouvementStock::LivreId)},
                                                          .having = fn::sum(col(MouvementStock::Quantite)) < 0});
                    if (!rows)
                        return std::unexpected(rows.error());
                    return booksOfSales(catalogue, *rows);
                });
        if (!list)
            return std::unexpected(list.error());
        if (*list)
            return **list;
    }
    if (filter.genre.isEmpty() && filter.publisher.isEmpty()) {
        auto rows = mouvements.aggregateRows({.where = salesAndReturns() && dated(filter.from, filter.to),
                                              .attributes = {SelectItem(MouvementStock::LivreId), delta()},
                                              .order = {col(Delta).asc(), col(MouvementStock::LivreId).asc()},
                                              .group = {col(MouvementStock::LivreId)},
                                              .having = fn::sum(col(MouvementStock::Quantite)) < 0,
                                              .limit = qint64(count) + 1});
        if (!rows)
            return std::unexpected(rows.error());
        const bool tieAtTheEnd =
                rows->size() > count && rows->at(count).value(Delta) == rows->at(count - 1).value(Delta);
        if (rows->isEmpty())
            return QList<Ranked>();
        if (!tieAtTheEnd) {
            if (rows->size() > count)
                rows->resize(count);
            auto list = booksOfSales(catalogue, *rows);
            if (!list)
                return std::unexpected(list.error());
            if (list->size() == rows->size()) {
                sortRanked(*list); // ties inside the list by title
                return *list;
            }
        }
    }
    auto books = mouvements.aggregateRows(
            topSales(salesOf(filter, filter.from, filter.to), {col(MouvementStock::LivreId), col(ofBook(Livre::Nom))},
                     {SelectItem(MouvementStock::LivreId), col(ofBook(Livre::Nom)).as(Label)}, count));
    if (!books)
        return std::unexpected(books.error());
    return ranked(*books, Label, MouvementStock::LivreId);
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

namespace {

// What every best-seller list checks first.
Status rankable(const Catalogue &catalogue, const Filter &filter)
{
    if (!catalogue.hasRelatedTables())
        return std::unexpected(notMigrated());
    return checkRange(filter.from, filter.to);
}

} // namespace

Result<BestSellers> bestSellers(const Catalogue &catalogue, const Filter &filter, int count)
{
    BestSellers result;
    auto books = bestBooks(catalogue, filter, count);
    if (!books)
        return std::unexpected(books.error());
    result.books = std::move(*books);
    auto authors = bestAuthors(catalogue, filter, count);
    if (!authors)
        return std::unexpected(authors.error());
    result.authors = std::move(*authors);
    auto publishers = bestPublishers(catalogue, filter, count);
    if (!publishers)
        return std::unexpected(publishers.error());
    result.publishers = std::move(*publishers);
    return result;
}

Result<QList<Ranked>> bestBooks(const Catalogue &catalogue, const Filter &filter, int count)
{
    if (auto r = rankable(catalogue, filter); !r)
        return std::unexpected(r.error());
    if (count <= 0)
        return QList<Ranked>();
    return topBooks(catalogue, filter, count);
}

namespace {

// The authors' figures, merged by name: the people with the author role on the books, and the Auteur text of the
// books without any. Either all of them (`names` empty), each of the two grouped lists cut to its first `count`
// unless the filter names a genre or a publisher; or those of `names` only (`count` empty). With names or a genre
// or a publisher, the sales read are those of the books found first (theirs, or the filter's), a part at a time,
// so that each is an index range of its own (never every sale of the range looked at), and all of each name's
// lines are kept: the caller sorts and cuts.
Result<QList<Ranked>> authorFigures(const Catalogue &catalogue, const Filter &filter, std::optional<int> count,
                                    const QVariantList &names)
{
    const FindOptions sales = salesOf(filter, filter.from, filter.to);
    const Orm::Model mouvements = catalogue.mouvements();
    const QString person = Statistics::contributionsJoin + u'.' + Auteur::modelName + u'.';
    FindOptions byPerson = sales;
    byPerson.include << Include{.as = Statistics::contributionsJoin,
                                .where = col(Contribution::Role) == Contribution::Author,
                                .required = true,
                                .include = {{.as = Auteur::modelName, .required = true}}};
    byPerson = topSales(byPerson, {col(person + Auteur::Id), col(person + Auteur::Nom)},
                        {col(person + Auteur::Nom).as(Label)}, count.value_or(0));
    FindOptions byText = sales;
    byText.where = byText.where && col(Statistics::contributionsJoin + u'.' + Contribution::Id).isNull()
            && col(ofBook(Livre::Auteur)).isNotNull() && col(ofBook(Livre::Auteur)) != QStringLiteral("");
    byText.include << Include{.as = Statistics::contributionsJoin,
                              .where = col(Contribution::Role) == Contribution::Author,
                              .required = false};
    byText = topSales(byText, {col(ofBook(Livre::Auteur))}, {col(ofBook(Livre::Auteur)).as(Label)}, count.value_or(0));
    // The books whose sales are read, in parts (all: one empty part): those of `names`, or else the filter's.
    const bool filtered = !filter.genre.isEmpty() || !filter.publisher.isEmpty();
    QList<QVariantList> bookLists{QVariantList()};
    if (!count || filtered) {
        for (FindOptions *options : {&byPerson, &byText}) {
            options->order.clear();
            options->limit.reset();
            options->having = Where(); // a name's books may be in several parts: summed below, then kept if sold
        }
        QVariantList ids;
        if (!count) {
            // Their books: those they are an author of, and those whose Auteur text names them.
            auto contributed = catalogue.database()
                                       .model(Contribution::modelName)
                                       .aggregateRows({.where = col(Contribution::Role) == Contribution::Author
                                                               && col(Auteur::modelName + u'.' + Auteur::Nom).in(names),
                                                       .attributes = {SelectItem(Contribution::LivreId)},
                                                       .include = {{.as = Auteur::modelName, .required = true}}});
            if (!contributed)
                return std::unexpected(contributed.error());
            for (const QVariantMap &row : std::as_const(*contributed))
                ids << row.value(Contribution::LivreId);
        }
        // The books whose Auteur text names them, or the filter's books (an index range).
        auto books = catalogue.livres().aggregateRows(
                {.where = !count ? col(Livre::Auteur).in(names) : ofBooks(filter, &same),
                 .attributes = {SelectItem(Livre::Id)}});
        if (!books)
            return std::unexpected(books.error());
        for (const QVariantMap &row : std::as_const(*books))
            ids << row.value(Livre::Id);
        QSet<qint64> seen;
        bookLists.clear();
        for (const QVariant &id : std::as_const(ids)) {
            if (seen.contains(id.toLongLong()))
                continue;
            seen.insert(id.toLongLong());
            if (bookLists.isEmpty() || bookLists.last().size() >= 5000)
                bookLists.append(QVariantList());
            bookLists.last() << id;
        }
    }
    // The grouped lists merged by name (a person may be a contributor of some books and only a name on others).
    // The sales are restricted by book alone: restricted by name too, SQLite looked each book up for each name.
    QSet<QString> wanted;
    for (const QVariant &name : names)
        wanted.insert(name.toString());
    QList<Ranked> result;
    QHash<QString, qsizetype> at;
    for (const QVariantList &books : std::as_const(bookLists)) {
        FindOptions people = byPerson;
        FindOptions texts = byText;
        if (!books.isEmpty()) {
            people.where = people.where && col(MouvementStock::LivreId).in(books);
            texts.where = texts.where && col(MouvementStock::LivreId).in(books);
        }
        auto named = mouvements.aggregateRows(people);
        if (!named)
            return std::unexpected(named.error());
        auto textual = mouvements.aggregateRows(texts);
        if (!textual)
            return std::unexpected(textual.error());
        for (const Ranked &line : ranked(*named, Label) + ranked(*textual, Label)) {
            if (!count && !wanted.contains(line.label))
                continue; // a co-author of those books, whose other books were not read
            const auto found = at.constFind(line.label);
            if (found == at.cend()) {
                at.insert(line.label, result.size());
                result.append(line);
            } else {
                result[*found].copies += line.copies;
                result[*found].revenue += line.revenue;
            }
        }
    }
    // Lines of several parts: only what sold more than came back.
    result.removeIf([](const Ranked &line) { return line.copies <= 0; });
    return result;
}

} // namespace

Result<QList<Ranked>> bestAuthors(const Catalogue &catalogue, const Filter &filter, int count)
{
    if (auto r = rankable(catalogue, filter); !r)
        return std::unexpected(r.error());
    if (count <= 0)
        return QList<Ranked>();
    // The names with the highest bounds, each read through its books: a few authors' sales, not the range's. With
    // a genre or a publisher, a name's bound (its sales of every book) still holds, and its exact figures are
    // those of the filter's books.
    if (const Model most = bounds(catalogue, true); most.isValid()) {
        // A bound for each year the range touches (every year with sales when it is open).
        QList<Where> years;
        if (filter.from.isValid() && filter.to.isValid()) {
            for (int year = filter.from.year(); year <= filter.to.year(); ++year)
                years << (col(Annee) == year);
        } else {
            Where where;
            if (filter.from.isValid())
                where = where && col(Annee) >= filter.from.year();
            if (filter.to.isValid())
                where = where && col(Annee) <= filter.to.year();
            auto found = most.aggregateRows({.where = where, .attributes = {SelectItem(Annee)}, .group = {col(Annee)}});
            if (!found)
                return std::unexpected(found.error());
            for (const QVariantMap &row : std::as_const(*found))
                years << (col(Annee) == row.value(Annee).toInt());
        }
        if (years.isEmpty())
            return QList<Ranked>(); // nothing ever sold in those years
        auto list = topByBounds(most, Auteur::Nom, years, count, 1000, [&](const QVariantList &names) {
            return authorFigures(catalogue, filter, std::nullopt, names);
        });
        if (!list)
            return std::unexpected(list.error());
        if (*list)
            return **list;
    }
    // Authors: the people with the author role on the books; a book without any counts under its Auteur text.
    auto result = authorFigures(catalogue, filter, count, {});
    if (!result)
        return std::unexpected(result.error());
    sortRanked(*result);
    if (result->size() > count)
        result->resize(count);
    return result;
}

Result<QList<Ranked>> bestPublishers(const Catalogue &catalogue, const Filter &filter, int count)
{
    if (auto r = rankable(catalogue, filter); !r)
        return std::unexpected(r.error());
    QList<Ranked> result;
    if (count <= 0)
        return result;
    if (const Model sums = summary(catalogue, !filter.genre.isEmpty(), true); sums.isValid()) {
        // The publishers' sales from the summary by publisher; a book without one is under the empty text.
        auto publishers = sums.aggregateRows(
                {.where = summarised(filter, filter.from, filter.to) && col(Livre::Edition) != QStringLiteral(""),
                 .attributes = {col(Livre::Edition).as(Label), soldSum(), revenueSum()},
                 .order = {col(Sold).desc(), col(Label).asc()},
                 .group = {col(Livre::Edition)},
                 .having = fn::sum(col(Exemplaires)) > 0,
                 .limit = count});
        if (!publishers)
            return std::unexpected(publishers.error());
        for (const QVariantMap &row : std::as_const(*publishers))
            result.append({QVariant(), row.value(Label).toString(), soldOf(row), revenueOfSummary(row)});
        return result;
    }
    FindOptions byPublisher = salesOf(filter, filter.from, filter.to);
    byPublisher.where = byPublisher.where && col(ofBook(Livre::Edition)).isNotNull()
            && col(ofBook(Livre::Edition)) != QStringLiteral("");
    auto publishers = catalogue.mouvements().aggregateRows(
            topSales(byPublisher, {col(ofBook(Livre::Edition))}, {col(ofBook(Livre::Edition)).as(Label)}, count));
    if (!publishers)
        return std::unexpected(publishers.error());
    return ranked(*publishers, Label);
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
    auto stock = catalogue.livres().aggregateRows(
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
    // The books at or under the threshold (an index range), each joined to its sales of the last 90 days (an
    // index range of its own): a few books' sales, never the sales of every book over 90 days. Most urgent first:
    // the fewest days of stock left at the pace of those 90 days (none when nothing sold), then the lowest stock,
    // then the ID. The database orders and cuts each of the three groups of that order in turn, until the list
    // is full: the books that sold with no copy left (no day left), those that sold with copies left (by stock
    // over copies sold, as days left are), then those that did not sell.
    const QString sale = Statistics::movementsJoin + u'.';
    const Expr sum = fn::sum(col(sale + MouvementStock::Quantite)); // negative when copies sold
    const FindOptions base{
            .where = low,
            .attributes = {SelectItem(Livre::Id), SelectItem(Livre::Nom), SelectItem(Livre::Auteur),
                           SelectItem(Livre::Quantite), sum.as(Delta)},
            .group = {col(Livre::Id), col(Livre::Nom), col(Livre::Auteur), col(Livre::Quantite)},
            .include = {{.as = Statistics::movementsJoin,
                         .where = col(MouvementStock::Type)
                                          .in({movementType(Movement::Sale), movementType(Movement::Return)})
                                 && dated(today.addDays(-89), today),
                         .required = false}}};
    FindOptions noneLeft = base;
    noneLeft.where = noneLeft.where && col(Livre::Quantite) <= 0;
    noneLeft.having = sum < 0;
    noneLeft.order = {asc(Livre::Quantite), asc(Livre::Id)};
    FindOptions someLeft = base;
    someLeft.where = someLeft.where && col(Livre::Quantite) > 0;
    someLeft.having = sum < 0;
    // Stock over copies sold, in the order of the days left (a fraction, so that PostgreSQL does not divide
    // integers as integers).
    someLeft.order = {(col(Livre::Quantite) * 0.5 / (Expr(0) - sum)).asc(), asc(Livre::Quantite), asc(Livre::Id)};
    FindOptions unsold = base;
    unsold.having = sum.isNull() || sum >= 0;
    unsold.order = {asc(Livre::Quantite), asc(Livre::Id)};
    for (FindOptions *group : {&noneLeft, &someLeft, &unsold}) {
        if (limit > 0) {
            if (result.books.size() >= limit)
                break;
            group->limit = limit - result.books.size();
        }
        auto books = catalogue.livres().aggregateRows(*group);
        if (!books)
            return std::unexpected(books.error());
        for (const QVariantMap &row : std::as_const(*books)) {
            LowStockBook book;
            book.id = row.value(Livre::Id);
            book.title = row.value(Livre::Nom).toString();
            book.author = row.value(Livre::Auteur).toString();
            book.stock = row.value(Livre::Quantite).toLongLong();
            book.soldLast90Days = std::max<qint64>(0, copiesSold(row));
            if (book.soldLast90Days > 0)
                book.daysLeft = double(std::max<qint64>(0, book.stock)) * 90.0 / double(book.soldLast90Days);
            result.books.append(book);
        }
    }
    return result;
}

Result<DeadStock> deadStock(const Catalogue &catalogue, const Filter &filter, int months, QDate today, int limit)
{
    if (!catalogue.hasRelatedTables())
        return std::unexpected(notMigrated());
    if (!today.isValid())
        today = QDate::currentDate();
    // The books in stock joined to their sales since the cut-off, kept where there is none (an anti-join: each
    // book's sales are an index range, and the first found rules it out).
    const QString sale = Statistics::movementsJoin + u'.';
    const Include recentSales{.as = Statistics::movementsJoin,
                              .where = col(MouvementStock::Type) == movementType(Movement::Sale)
                                      && dated(today.addMonths(-std::max(0, months)), QDate()),
                              .required = false};
    const Where dead = col(Livre::Quantite) > 0 && ofBooks(filter, &same) && col(sale + MouvementStock::Id).isNull();
    const Expr value = col(Livre::Quantite) * col(Livre::Prix);
    DeadStock result;
    auto totals = catalogue.livres().aggregateRows(
            {.where = dead,
             .attributes = {fn::count().as(Count), fn::sum(col(Livre::Quantite)).as(Copies), fn::sum(value).as(Amount)},
             .include = {recentSales}});
    if (!totals)
        return std::unexpected(totals.error());
    const QVariantMap sums = totals->value(0);
    result.count = sums.value(Count).toLongLong();
    result.copies = sums.value(Copies).toLongLong();
    result.value = sums.value(Amount).toDouble();
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
