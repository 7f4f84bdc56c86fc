// `catalogue stats`: the figures of catalogue/statistics.h as tables for people or JSON for scripts.

#include "commandline.h"

#include <catalogue/catalogue.h>
#include <catalogue/statistics.h>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace Catalogue {

namespace Stats = Statistics;

// What `catalogue stats` was asked.
struct StatsRequest
{
    QString url;
    Stats::Filter filter;
    Stats::Period period = Stats::Period::Month;
    QString periodName;
    int top = 20; // lines of each list
    int threshold = 5; // low stock: at most this many copies
    int months = 12; // dead stock: no sale in this many months
    bool json = false;
};

namespace {

// A table for people: a heading, then aligned columns (numbers to the right).
class Table
{
public:
    Table(const QStringList &headers, const QList<bool> &numeric) : m_headers(headers), m_numeric(numeric) { }
    void add(const QStringList &cells) { m_rows << cells; }
    bool isEmpty() const { return m_rows.isEmpty(); }

    void print(QTextStream &out) const
    {
        QList<qsizetype> widths;
        for (const QString &h : m_headers)
            widths << h.size();
        for (const QStringList &row : m_rows) {
            for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
                widths[c] = std::max(widths[c], row.at(c).size());
        }
        auto line = [&](const QStringList &cells) {
            QStringList padded;
            for (qsizetype c = 0; c < widths.size(); ++c) {
                const QString cell = cells.value(c);
                padded << (m_numeric.value(c) ? cell.rightJustified(widths[c]) : cell.leftJustified(widths[c]));
            }
            QString text = QStringLiteral("  ") + padded.join(QStringLiteral("  "));
            while (text.endsWith(u' '))
                text.chop(1);
            out << text << Qt::endl;
        };
        line(m_headers);
        QStringList rules;
        for (qsizetype w : widths)
            rules << QString(w, u'-');
        line(rules);
        for (const QStringList &row : m_rows)
            line(row);
    }

private:
    QStringList m_headers;
    QList<bool> m_numeric;
    QList<QStringList> m_rows;
};

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonValue jsonDate(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonId(const QVariant &id)
{
    return id.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(id.toLongLong());
}

QJsonArray jsonPeriods(const QList<Stats::PeriodSales> &periods)
{
    QJsonArray list;
    for (const Stats::PeriodSales &p : periods)
        list.append(QJsonObject{{QStringLiteral("start"), jsonDate(p.start)},
                                {QStringLiteral("copies"), p.copies},
                                {QStringLiteral("revenue"), p.revenue}});
    return list;
}

QJsonArray jsonRanked(const QList<Stats::Ranked> &lines, bool withId)
{
    QJsonArray list;
    for (const Stats::Ranked &r : lines) {
        QJsonObject o{{QStringLiteral("name"), r.label},
                      {QStringLiteral("copies"), r.copies},
                      {QStringLiteral("revenue"), r.revenue}};
        if (withId)
            o.insert(QStringLiteral("id"), jsonId(r.id));
        list.append(o);
    }
    return list;
}

QJsonArray jsonBuckets(const QList<Stats::Bucket> &bars)
{
    QJsonArray list;
    for (const Stats::Bucket &b : bars)
        list.append(QJsonObject{
                {QStringLiteral("from"), b.from}, {QStringLiteral("to"), b.to}, {QStringLiteral("books"), b.books}});
    return list;
}

// Every figure `catalogue stats` prints.
struct StatsFigures
{
    Stats::SalesOverTime overTime;
    Stats::BestSellers best;
    QList<Stats::GenreFigures> genres;
    Stats::LowStock low;
    Stats::DeadStock dead;
    QList<Stats::Bucket> prices;
    QList<Stats::Bucket> years;
};

Orm::Result<StatsFigures> computeStats(const Catalogue &catalogue, const StatsRequest &request)
{
    const Stats::Filter &filter = request.filter;
    const QDate today = QDate::currentDate();
    StatsFigures figures;
    auto overTime = Stats::salesOverTime(catalogue, filter, request.period);
    if (!overTime)
        return std::unexpected(overTime.error());
    figures.overTime = std::move(*overTime);
    auto best = Stats::bestSellers(catalogue, filter, request.top);
    if (!best)
        return std::unexpected(best.error());
    figures.best = std::move(*best);
    auto genres = Stats::byGenre(catalogue, filter);
    if (!genres)
        return std::unexpected(genres.error());
    figures.genres = std::move(*genres);
    // Scripts get every book; people the first --top lines and how many there are.
    const int listed = request.json ? 0 : request.top;
    auto low = Stats::lowStock(catalogue, filter, request.threshold, today, listed);
    if (!low)
        return std::unexpected(low.error());
    figures.low = std::move(*low);
    auto dead = Stats::deadStock(catalogue, filter, request.months, today, listed);
    if (!dead)
        return std::unexpected(dead.error());
    figures.dead = std::move(*dead);
    auto prices = Stats::priceDistribution(catalogue, filter);
    if (!prices)
        return std::unexpected(prices.error());
    figures.prices = std::move(*prices);
    auto years = Stats::publicationYears(catalogue, filter);
    if (!years)
        return std::unexpected(years.error());
    figures.years = std::move(*years);
    return figures;
}

// The figures as one JSON document, for scripts.
QJsonObject statsJson(const StatsRequest &request, const StatsFigures &figures)
{
    const Stats::Filter &filter = request.filter;
    QJsonArray genreList;
    for (const Stats::GenreFigures &g : figures.genres)
        genreList.append(QJsonObject{{QStringLiteral("genre"), g.genre},
                                     {QStringLiteral("copiesSold"), g.copiesSold},
                                     {QStringLiteral("revenue"), g.revenue},
                                     {QStringLiteral("copiesInStock"), g.copiesInStock},
                                     {QStringLiteral("stockValue"), g.stockValue}});
    QJsonArray lowList;
    for (const Stats::LowStockBook &b : figures.low.books)
        lowList.append(QJsonObject{
                {QStringLiteral("id"), jsonId(b.id)},
                {QStringLiteral("title"), b.title},
                {QStringLiteral("author"), b.author},
                {QStringLiteral("stock"), b.stock},
                {QStringLiteral("soldLast90Days"), b.soldLast90Days},
                {QStringLiteral("daysLeft"), b.daysLeft ? QJsonValue(*b.daysLeft) : QJsonValue(QJsonValue::Null)}});
    QJsonArray deadList;
    for (const Stats::DeadStockBook &b : figures.dead.books)
        deadList.append(QJsonObject{{QStringLiteral("id"), jsonId(b.id)},
                                    {QStringLiteral("title"), b.title},
                                    {QStringLiteral("author"), b.author},
                                    {QStringLiteral("stock"), b.stock},
                                    {QStringLiteral("value"), b.value},
                                    {QStringLiteral("lastSale"), jsonDate(b.lastSale)}});
    const QJsonObject document{
            {QStringLiteral("filter"),
             QJsonObject{{QStringLiteral("from"), jsonDate(filter.from)},
                         {QStringLiteral("to"), jsonDate(filter.to)},
                         {QStringLiteral("genre"), filter.genre},
                         {QStringLiteral("publisher"), filter.publisher}}},
            {QStringLiteral("salesOverTime"),
             QJsonObject{{QStringLiteral("period"), request.periodName},
                         {QStringLiteral("current"), jsonPeriods(figures.overTime.current)},
                         {QStringLiteral("yearBefore"), jsonPeriods(figures.overTime.yearBefore)}}},
            {QStringLiteral("bestSellers"),
             QJsonObject{{QStringLiteral("books"), jsonRanked(figures.best.books, true)},
                         {QStringLiteral("authors"), jsonRanked(figures.best.authors, false)},
                         {QStringLiteral("publishers"), jsonRanked(figures.best.publishers, false)}}},
            {QStringLiteral("genres"), genreList},
            {QStringLiteral("lowStock"),
             QJsonObject{{QStringLiteral("threshold"), request.threshold}, {QStringLiteral("books"), lowList}}},
            {QStringLiteral("deadStock"),
             QJsonObject{{QStringLiteral("months"), request.months},
                         {QStringLiteral("copies"), figures.dead.copies},
                         {QStringLiteral("value"), figures.dead.value},
                         {QStringLiteral("books"), deadList}}},
            {QStringLiteral("prices"), jsonBuckets(figures.prices)},
            {QStringLiteral("years"), jsonBuckets(figures.years)},
    };
    return document;
}

// The tables for people: one section per figure, the lists cut at --top (the lines beyond counted).
class StatsTables
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine) // the command line's strings

public:
    StatsTables(QTextStream &out, const StatsRequest &request)
        : m_out(out),
          m_count(request.top),
          m_request(request) { }

    void print(const QString &displayUrl, const StatsFigures &figures)
    {
        m_out << tr("Statistics of %1").arg(displayUrl) << Qt::endl;
        salesOverTime(figures.overTime);
        bestSellers(figures.best);
        byGenre(figures.genres);
        lowStock(figures.low);
        deadStock(figures.dead);
        histograms(figures.prices, figures.years);
    }

private:
    QString number(qint64 n) const { return m_locale.toString(n); }
    QString money(double v) const { return m_locale.toString(v, 'f', 2); }
    void heading(const QString &title) { m_out << Qt::endl << title << Qt::endl; }
    // The lines beyond --top are counted, not printed.
    void more(qsizetype size)
    {
        if (size > m_count)
            m_out << QStringLiteral("  ") << tr("... and %n more", nullptr, int(size - m_count)) << Qt::endl;
    }
    void printOr(const Table &table, const QString &empty)
    {
        if (table.isEmpty())
            m_out << QStringLiteral("  ") << empty << Qt::endl;
        else
            table.print(m_out);
    }

    void salesOverTime(const Stats::SalesOverTime &overTime)
    {
        heading(tr("Sales over time (copies sold, less returns; revenue at today's prices)"));
        Table periods({tr("Period"), tr("Copies"), tr("Revenue"), tr("A year before"), tr("Copies"), tr("Revenue")},
                      {false, true, true, false, true, true});
        for (qsizetype i = 0; i < overTime.current.size(); ++i) {
            const Stats::PeriodSales &c = overTime.current.at(i);
            const Stats::PeriodSales &b = overTime.yearBefore.value(i);
            periods.add({isoDate(c.start), number(c.copies), money(c.revenue), isoDate(b.start), number(b.copies),
                         money(b.revenue)});
        }
        printOr(periods, tr("No sales."));
    }

    void bestSellers(const Stats::BestSellers &best)
    {
        const std::pair<QString, const QList<Stats::Ranked> *> lists[] = {
                {tr("Best-selling books"), &best.books},
                {tr("Best-selling authors"), &best.authors},
                {tr("Best-selling publishers"), &best.publishers}};
        for (const auto &[title, lines] : lists) {
            heading(title);
            Table table({tr("#"), tr("Name"), tr("Copies"), tr("Revenue")}, {true, false, true, true});
            for (qsizetype i = 0; i < lines->size(); ++i)
                table.add(
                        {number(i + 1), lines->at(i).label, number(lines->at(i).copies), money(lines->at(i).revenue)});
            printOr(table, tr("No sales."));
        }
    }

    void byGenre(const QList<Stats::GenreFigures> &genres)
    {
        heading(tr("By genre"));
        Table table({tr("Genre"), tr("Copies sold"), tr("Revenue"), tr("In stock"), tr("Stock value")},
                    {false, true, true, true, true});
        for (const Stats::GenreFigures &g : genres)
            table.add({g.genre.isEmpty() ? tr("(no genre)") : g.genre, number(g.copiesSold), money(g.revenue),
                       number(g.copiesInStock), money(g.stockValue)});
        printOr(table, tr("No books."));
    }

    void lowStock(const Stats::LowStock &low)
    {
        heading(tr("Low stock (%n copies or fewer), most urgent first", nullptr, m_request.threshold));
        Table table({tr("Title"), tr("Author"), tr("Stock"), tr("Sold in 90 days"), tr("Days left")},
                    {false, false, true, true, true});
        for (qsizetype i = 0; i < low.books.size() && i < m_count; ++i) {
            const Stats::LowStockBook &b = low.books.at(i);
            table.add({b.title, b.author, number(b.stock), number(b.soldLast90Days),
                       b.daysLeft ? m_locale.toString(*b.daysLeft, 'f', 0) : QStringLiteral("-")});
        }
        printOr(table, tr("None."));
        more(low.count);
    }

    void deadStock(const Stats::DeadStock &dead)
    {
        heading(tr("Dead stock (no sale in %n months): %1 copies, worth %2", nullptr, m_request.months)
                        .arg(number(dead.copies), money(dead.value)));
        Table table({tr("Title"), tr("Author"), tr("Stock"), tr("Value"), tr("Last sale")},
                    {false, false, true, true, false});
        for (qsizetype i = 0; i < dead.books.size() && i < m_count; ++i) {
            const Stats::DeadStockBook &b = dead.books.at(i);
            table.add({b.title, b.author, number(b.stock), money(b.value),
                       b.lastSale.isValid() ? isoDate(b.lastSale) : tr("never")});
        }
        printOr(table, tr("None."));
        more(dead.count);
    }

    void histograms(const QList<Stats::Bucket> &prices, const QList<Stats::Bucket> &years)
    {
        const std::pair<QString, const QList<Stats::Bucket> *> histograms[] = {{tr("Prices"), &prices},
                                                                               {tr("Publication years"), &years}};
        for (const auto &[title, bars] : histograms) {
            heading(title);
            const bool whole = bars == &years;
            Table table({tr("From"), tr("To (excluded)"), tr("Books")}, {true, true, true});
            for (const Stats::Bucket &b : *bars)
                table.add({whole ? QString::number(qint64(b.from)) : money(b.from),
                           whole ? QString::number(qint64(b.to)) : money(b.to), number(b.books)});
            printOr(table, tr("No books."));
        }
    }

    QTextStream &m_out;
    const int m_count;
    const StatsRequest &m_request;
    const QLocale m_locale;
};

} // namespace

int CommandLine::stats(const QStringList &arguments)
{
    StatsRequest request;
    if (const auto ended = readStatsRequest(arguments, request))
        return *ended;
    auto catalogue = Catalogue::open(request.url, Catalogue::Missing::Refuse);
    if (!catalogue)
        return failed(catalogue.error().message());
    auto figures = computeStats(*catalogue, request);
    if (!figures)
        return failed(figures.error().message());
    if (request.json)
        m_out << QJsonDocument(statsJson(request, *figures)).toJson(QJsonDocument::Indented);
    else
        StatsTables(m_out, request).print(catalogue->database().displayUrl(), *figures);
    return 0;
}

// The options of `catalogue stats`, checked; an exit code when the command ends there (its help, a usage error).
std::optional<int> CommandLine::readStatsRequest(const QStringList &arguments, StatsRequest &request)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("catalogue stats: what sells, what runs out and what the stock is worth, for the catalogue at --db: "
               "sales over time (beside the same periods a year before), best sellers, sales and stock by genre, "
               "low stock, dead stock, prices and publication years. The dates bound the sales (UTC days); the "
               "genre and the publisher bound the books."));
    const QCommandLineOption db(QStringList{QStringLiteral("db")}, tr("The catalogue's database."), tr("URL"));
    const QCommandLineOption from(QStringList{QStringLiteral("from")},
                                  tr("The first day of the sales counted (YYYY-MM-DD)."), tr("DATE"));
    const QCommandLineOption to(QStringList{QStringLiteral("to")},
                                tr("The last day of the sales counted (YYYY-MM-DD)."), tr("DATE"));
    const QCommandLineOption genre(QStringList{QStringLiteral("genre")}, tr("Only the books of this genre."),
                                   tr("GENRE"));
    const QCommandLineOption publisher(QStringList{QStringLiteral("publisher")},
                                       tr("Only the books of this publisher."), tr("PUBLISHER"));
    const QCommandLineOption period(QStringList{QStringLiteral("period")},
                                    tr("The periods of the sales over time: day, week or month."), tr("PERIOD"),
                                    QStringLiteral("month"));
    const QCommandLineOption top(QStringList{QStringLiteral("top")}, tr("How many lines of each list (default 20)."),
                                 tr("N"), QStringLiteral("20"));
    const QCommandLineOption threshold(QStringList{QStringLiteral("threshold")},
                                       tr("Low stock: books with at most this many copies (default 5)."), tr("N"),
                                       QStringLiteral("5"));
    const QCommandLineOption months(QStringList{QStringLiteral("months")},
                                    tr("Dead stock: books with no sale in this many months (default 12)."), tr("N"),
                                    QStringLiteral("12"));
    const QCommandLineOption json(QStringList{QStringLiteral("json")}, tr("Print JSON for scripts."));
    parser.addOptions({db, from, to, genre, publisher, period, top, threshold, months, json});
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments.mid(0, 1) + arguments.mid(2)))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        m_out << parser.helpText();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    if (!parser.isSet(db) || parser.value(db).trimmed().isEmpty())
        return usageError(tr("stats needs the catalogue: --db URL (a SQLite file, sqlite:FILE or postgres://...)"));

    Stats::Filter &filter = request.filter;
    for (const auto &[option, date] : {std::pair{&from, &filter.from}, std::pair{&to, &filter.to}}) {
        if (!parser.isSet(*option))
            continue;
        *date = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!date->isValid())
            return usageError(
                    tr("--%1: '%2' is not a date (YYYY-MM-DD)").arg(option->names().first(), parser.value(*option)));
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.to < filter.from)
        return usageError(tr("--to (%1) is before --from (%2)").arg(isoDate(filter.to), isoDate(filter.from)));
    filter.genre = parser.value(genre);
    filter.publisher = parser.value(publisher);
    Stats::Period by = Stats::Period::Month;
    const QString periodName = parser.value(period);
    if (periodName == u"day")
        by = Stats::Period::Day;
    else if (periodName == u"week")
        by = Stats::Period::Week;
    else if (periodName != u"month")
        return usageError(tr("--period: '%1' is not one of day, week, month").arg(periodName));
    int numbers[3] = {};
    const QCommandLineOption *counted[3] = {&top, &threshold, &months};
    for (int i = 0; i < 3; ++i) {
        bool ok = false;
        numbers[i] = parser.value(*counted[i]).toInt(&ok);
        if (!ok || numbers[i] < 0)
            return usageError(tr("--%1: '%2' is not a whole number of 0 or more")
                                      .arg(counted[i]->names().first(), parser.value(*counted[i])));
    }

    request.url = parser.value(db);
    request.period = by;
    request.periodName = periodName;
    request.top = numbers[0];
    request.threshold = numbers[1];
    request.months = numbers[2];
    request.json = parser.isSet(json);
    return std::nullopt;
}

} // namespace Catalogue
