#pragma once

//  Not part of the API: what the statistics' queries share (statistics.cpp, bestsellers.cpp): the aliases of their
//  select lists, the conditions on the sales, the sales summaries' tables, and the ranking of grouped rows.

#include <catalogue/catalogue.h>
#include <catalogue/statistics.h>
#include <orm/findoptions.h>

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace Catalogue::Statistics::Queries {

using namespace Orm;

// The aliases of the select lists.
inline const QString Start = QStringLiteral("start");
inline const QString Label = QStringLiteral("label");
inline const QString Delta = QStringLiteral("delta"); // the sum of the movements' Quantite: negative when copies sold
inline const QString Amount = QStringLiteral("amount"); // the same, times Prix
inline const QString Copies = QStringLiteral("copies");
inline const QString LastSale = QStringLiteral("lastSale");
inline const QString Low = QStringLiteral("low");
inline const QString High = QStringLiteral("high");
inline const QString Count = QStringLiteral("count");

// The sales summaries, by what they are keyed on besides the day (see m20240401000000_sales_summary.cpp), and the
// dead stock's (m20240409000000_dead_stock_summary.cpp).
inline const QString Jour = QStringLiteral("Jour");
inline const QString Exemplaires = QStringLiteral("Exemplaires");
inline const QString Montant = QStringLiteral("Montant");
inline const QString Livres = QStringLiteral("Livres"); // the books of a line of the dead stock's summary
// All the books of a line of the stock's summary, their stock and its value (20240414000000-stock-summary).
inline const QString Titres = QStringLiteral("Titres");
inline const QString Stock = QStringLiteral("Stock");
inline const QString Valeur = QStringLiteral("Valeur");
inline const QString Sold = QStringLiteral("sold");
inline const QString Revenue = QStringLiteral("revenue");

// An attribute of the book a movement is joined to.
QString ofBook(const QString &attribute);
Error notMigrated();

// Sales and returns: the movements whose sum, negated, is the copies sold.
Where salesAndReturns();

// The movements dated from `from` to `to` inclusive (UTC days, as the dates are stored); a null date leaves that
// end open.
Where dated(QDate from, QDate to);

// The filter's genre and publisher, on Livres' attributes named through `name`.
Where ofBooks(const Filter &filter, QString (*name)(const QString &));
// Whether the filter names no genre and no publisher: every book is in it.
bool everyBook(const Filter &filter);
QString same(const QString &attribute);

// The sales of the filter's books, dated as given, joined to their book.
FindOptions salesOf(const Filter &filter, QDate from, QDate to);

// What a grouped sales row holds: copies sold and revenue.
SelectItem delta();
SelectItem amount();
qint64 copiesSold(const QVariantMap &row);
double revenueOf(const QVariantMap &row);
Status checkRange(QDate from, QDate to);

// The model of a table a migration made for the statistics, with these columns: defined on first use, kept by the
// database; an invalid model when the catalogue was not migrated that far.
Model statisticsTable(const Catalogue &catalogue, const QString &table, const QList<Attribute> &columns);

// The summary that has the genre and the publisher when asked for, defined on first use; an invalid model when
// the catalogue was not migrated that far (then the figures are computed from the movements).
Model summary(const Catalogue &catalogue, bool genre, bool publisher);

// The stock's summary by genre and publisher (20240414000000-stock-summary), defined on first use; an invalid
// model when the catalogue was not migrated that far (then the stock is summed from the books).
Model stockSummary(const Catalogue &catalogue);

// The summary's rows of the filter: its days, genre and publisher.
Where summarised(const Filter &filter, QDate from, QDate to);
SelectItem soldSum();
SelectItem revenueSum();
qint64 soldOf(const QVariantMap &row);

// Kept by additions and subtractions, a sum may carry a rounding error of the last bits: shown to the
// micro-unit, as exact as the prices are (never -0).
double toMicroUnit(double amount);
double revenueOfSummary(const QVariantMap &row);

// Rows grouped by a label: the top `count` by copies sold, ties by label.
QList<Ranked> ranked(const QList<QVariantMap> &rows, const QString &labelKey, const QString &idKey = {});
void sortRanked(QList<Ranked> &list);

// The top of a grouped sales query: most copies sold first, only what sold more than it came back.
FindOptions topSales(FindOptions options, const QList<Expr> &group, const QList<SelectItem> &keys, int count);

} // namespace Catalogue::Statistics::Queries
