#pragma once

#include <catalogue/catalogue.h>
#include <orm/error.h>

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace Catalogue {

// What sells, what runs out, what the stock is worth: the figures of the Statistics view and of `catalogue stats`.
// Every figure is computed by the database (the ORM's aggregates: group, sum, count), never by adding rows up in
// C++, and needs the related tables (a migrated catalogue): otherwise each function says the catalogue must be
// migrated. Copies sold are the sales less the returns recorded in MouvementsStock; revenue is copies sold times
// the book's Prix (Livres keeps no price history). Each function runs on the calling thread's connection, so the
// window calls them off the GUI thread.
namespace Statistics {

// What every figure is restricted to. A null date leaves that end open; an empty genre or publisher (Edition)
// means all of them. The dates bound the movements (sales, returns), as UTC days (dates are stored in UTC); genre
// and publisher bound the books. A range that ends before it starts is an InvalidQuery error. lowStock() and
// deadStock() count back from their `today` (the current date when null) and ignore the dates.
struct Filter
{
    QDate from; // inclusive
    QDate to; // inclusive
    QString genre;
    QString publisher;
};

enum class Period { Day, Week, Month };

// The sales of one period: its first day (a Monday for weeks, the 1st for months).
struct PeriodSales
{
    QDate start;
    qint64 copies = 0;
    double revenue = 0;
};

// Copies sold per period over the filter's range, every period present (zero when nothing sold), and the same
// range a year before beside it (periods shifted by one year, in the same order).
struct SalesOverTime
{
    Period period = Period::Month;
    QList<PeriodSales> current;
    QList<PeriodSales> yearBefore;
};

// One line of a best-seller list: a book (id set), an author or a publisher (id null).
struct Ranked
{
    QVariant id;
    QString label;
    qint64 copies = 0;
    double revenue = 0;
};

struct BestSellers
{
    QList<Ranked> books;
    QList<Ranked> authors; // by contributor with the author role; a book without contributors counts under Auteur
    QList<Ranked> publishers;
};

// Sales and stock of one genre (an empty genre is the books without one).
struct GenreFigures
{
    QString genre;
    qint64 copiesSold = 0;
    double revenue = 0;
    qint64 copiesInStock = 0;
    double stockValue = 0; // Quantite times Prix
};

// A book at or under the low-stock threshold.
struct LowStockBook
{
    QVariant id;
    QString title;
    QString author;
    qint64 stock = 0;
    qint64 soldLast90Days = 0;
    std::optional<double> daysLeft; // stock at the pace of the last 90 days; none when nothing sold
};

// A book in stock with no sale since the cut-off.
struct DeadStockBook
{
    QVariant id;
    QString title;
    QString author;
    qint64 stock = 0;
    double value = 0;
    QDate lastSale; // null when it never sold
};

// The books at or under the low-stock threshold: the most urgent (all of them, or the first of them when the
// list was limited) and how many there are in all.
struct LowStock
{
    QList<LowStockBook> books; // most urgent first
    qint64 count = 0; // every book at or under the threshold, listed or not
};

// The books in stock with no sale since the cut-off: those tying up the most value (all of them, or the first of
// them when the list was limited), and the totals of all of them.
struct DeadStock
{
    QList<DeadStockBook> books; // most value tied up first, then by ID
    qint64 count = 0; // books, listed or not
    qint64 copies = 0;
    double value = 0;
};

// A histogram bar: the books whose value is in [from, to).
struct Bucket
{
    double from = 0;
    double to = 0;
    qint64 books = 0;
};

[[nodiscard]] Orm::Result<SalesOverTime> salesOverTime(const Catalogue &catalogue, const Filter &filter, Period period);
// The top `count` books, authors and publishers by copies sold in the range.
[[nodiscard]] Orm::Result<BestSellers> bestSellers(const Catalogue &catalogue, const Filter &filter, int count = 20);
// Each of its three lists alone (bestSellers() is the three of them), so that each may be computed apart.
[[nodiscard]] Orm::Result<QList<Ranked>> bestBooks(const Catalogue &catalogue, const Filter &filter, int count = 20);
[[nodiscard]] Orm::Result<QList<Ranked>> bestAuthors(const Catalogue &catalogue, const Filter &filter, int count = 20);
[[nodiscard]] Orm::Result<QList<Ranked>> bestPublishers(const Catalogue &catalogue, const Filter &filter,
                                                        int count = 20);
// Every genre, most copies sold first.
[[nodiscard]] Orm::Result<QList<GenreFigures>> byGenre(const Catalogue &catalogue, const Filter &filter);
// The books with Quantite at or under threshold, most urgent first (fewest days left, then lowest stock, then ID),
// the first `limit` of them (every one when limit <= 0), and their count; `today` ends the 90 days.
[[nodiscard]] Orm::Result<LowStock> lowStock(const Catalogue &catalogue, const Filter &filter, int threshold,
                                             QDate today, int limit = 0);
// The books in stock with no sale in the `months` months before `today`: the `limit` tying up the most value
// (every one when limit <= 0), and the count, copies and value of all of them.
[[nodiscard]] Orm::Result<DeadStock> deadStock(const Catalogue &catalogue, const Filter &filter, int months,
                                               QDate today, int limit = 0);
// The books by Prix and by Annee, in about `buckets` bars of round widths.
[[nodiscard]] Orm::Result<QList<Bucket>> priceDistribution(const Catalogue &catalogue, const Filter &filter,
                                                           int buckets = 12);
[[nodiscard]] Orm::Result<QList<Bucket>> publicationYears(const Catalogue &catalogue, const Filter &filter,
                                                          int buckets = 12);

} // namespace Statistics

} // namespace Catalogue
