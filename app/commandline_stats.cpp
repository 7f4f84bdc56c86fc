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

namespace {

namespace Stats = Statistics;

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

} // namespace

int CommandLine::stats(const QStringList &arguments)
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

    Stats::Filter filter;
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
    const int count = numbers[0];

    auto catalogue = Catalogue::open(parser.value(db), Catalogue::Missing::Refuse);
    if (!catalogue)
        return failed(catalogue.error().message());
    const QDate today = QDate::currentDate();
    auto overTime = Stats::salesOverTime(*catalogue, filter, by);
    if (!overTime)
        return failed(overTime.error().message());
    auto best = Stats::bestSellers(*catalogue, filter, count);
    if (!best)
        return failed(best.error().message());
    auto genres = Stats::byGenre(*catalogue, filter);
    if (!genres)
        return failed(genres.error().message());
    auto low = Stats::lowStock(*catalogue, filter, numbers[1], today);
    if (!low)
        return failed(low.error().message());
    auto dead = Stats::deadStock(*catalogue, filter, numbers[2], today);
    if (!dead)
        return failed(dead.error().message());
    auto prices = Stats::priceDistribution(*catalogue, filter);
    if (!prices)
        return failed(prices.error().message());
    auto years = Stats::publicationYears(*catalogue, filter);
    if (!years)
        return failed(years.error().message());

    if (parser.isSet(json)) {
        QJsonArray genreList;
        for (const Stats::GenreFigures &g : *genres)
            genreList.append(QJsonObject{{QStringLiteral("genre"), g.genre},
                                         {QStringLiteral("copiesSold"), g.copiesSold},
                                         {QStringLiteral("revenue"), g.revenue},
                                         {QStringLiteral("copiesInStock"), g.copiesInStock},
                                         {QStringLiteral("stockValue"), g.stockValue}});
        QJsonArray lowList;
        for (const Stats::LowStockBook &b : *low)
            lowList.append(QJsonObject{
                    {QStringLiteral("id"), jsonId(b.id)},
                    {QStringLiteral("title"), b.title},
                    {QStringLiteral("author"), b.author},
                    {QStringLiteral("stock"), b.stock},
                    {QStringLiteral("soldLast90Days"), b.soldLast90Days},
                    {QStringLiteral("daysLeft"), b.daysLeft ? QJsonValue(*b.daysLeft) : QJsonValue(QJsonValue::Null)}});
        QJsonArray deadList;
        for (const Stats::DeadStockBook &b : dead->books)
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
                 QJsonObject{{QStringLiteral("period"), periodName},
                             {QStringLiteral("current"), jsonPeriods(overTime->current)},
                             {QStringLiteral("yearBefore"), jsonPeriods(overTime->yearBefore)}}},
                {QStringLiteral("bestSellers"),
                 QJsonObject{{QStringLiteral("books"), jsonRanked(best->books, true)},
                             {QStringLiteral("authors"), jsonRanked(best->authors, false)},
                             {QStringLiteral("publishers"), jsonRanked(best->publishers, false)}}},
                {QStringLiteral("genres"), genreList},
                {QStringLiteral("lowStock"),
                 QJsonObject{{QStringLiteral("threshold"), numbers[1]}, {QStringLiteral("books"), lowList}}},
                {QStringLiteral("deadStock"),
                 QJsonObject{{QStringLiteral("months"), numbers[2]},
                             {QStringLiteral("copies"), dead->copies},
                             {QStringLiteral("value"), dead->value},
                             {QStringLiteral("books"), deadList}}},
                {QStringLiteral("prices"), jsonBuckets(*prices)},
                {QStringLiteral("years"), jsonBuckets(*years)},
        };
        m_out << QJsonDocument(document).toJson(QJsonDocument::Indented);
        return 0;
    }

    const QLocale locale;
    auto number = [&locale](qint64 n) { return locale.toString(n); };
    auto money = [&locale](double v) { return locale.toString(v, 'f', 2); };
    auto heading = [this](const QString &title) { m_out << Qt::endl << title << Qt::endl; };
    // The lines beyond --top are counted, not printed.
    auto more = [this, count](qsizetype size) {
        if (size > count)
            m_out << QStringLiteral("  ") << tr("... and %n more", nullptr, int(size - count)) << Qt::endl;
    };

    m_out << tr("Statistics of %1").arg(catalogue->database().displayUrl()) << Qt::endl;
    heading(tr("Sales over time (copies sold, less returns; revenue at today's prices)"));
    Table periods({tr("Period"), tr("Copies"), tr("Revenue"), tr("A year before"), tr("Copies"), tr("Revenue")},
                  {false, true, true, false, true, true});
    for (qsizetype i = 0; i < overTime->current.size(); ++i) {
        const Stats::PeriodSales &c = overTime->current.at(i);
        const Stats::PeriodSales &b = overTime->yearBefore.value(i);
        periods.add({isoDate(c.start), number(c.copies), money(c.revenue), isoDate(b.start), number(b.copies),
                     money(b.revenue)});
    }
    if (periods.isEmpty())
        m_out << QStringLiteral("  ") << tr("No sales.") << Qt::endl;
    else
        periods.print(m_out);

    const std::pair<QString, const QList<Stats::Ranked> *> lists[] = {
            {tr("Best-selling books"), &best->books},
            {tr("Best-selling authors"), &best->authors},
            {tr("Best-selling publishers"), &best->publishers}};
    for (const auto &[title, lines] : lists) {
        heading(title);
        Table table({tr("#"), tr("Name"), tr("Copies"), tr("Revenue")}, {true, false, true, true});
        for (qsizetype i = 0; i < lines->size(); ++i)
            table.add({number(i + 1), lines->at(i).label, number(lines->at(i).copies), money(lines->at(i).revenue)});
        if (table.isEmpty())
            m_out << QStringLiteral("  ") << tr("No sales.") << Qt::endl;
        else
            table.print(m_out);
    }

    heading(tr("By genre"));
    Table byGenre({tr("Genre"), tr("Copies sold"), tr("Revenue"), tr("In stock"), tr("Stock value")},
                  {false, true, true, true, true});
    for (const Stats::GenreFigures &g : *genres)
        byGenre.add({g.genre.isEmpty() ? tr("(no genre)") : g.genre, number(g.copiesSold), money(g.revenue),
                     number(g.copiesInStock), money(g.stockValue)});
    if (byGenre.isEmpty())
        m_out << QStringLiteral("  ") << tr("No books.") << Qt::endl;
    else
        byGenre.print(m_out);

    heading(tr("Low stock (%n copies or fewer), most urgent first", nullptr, numbers[1]));
    Table lowTable({tr("Title"), tr("Author"), tr("Stock"), tr("Sold in 90 days"), tr("Days left")},
                   {false, false, true, true, true});
    for (qsizetype i = 0; i < low->size() && i < count; ++i) {
        const Stats::LowStockBook &b = low->at(i);
        lowTable.add({b.title, b.author, number(b.stock), number(b.soldLast90Days),
                      b.daysLeft ? locale.toString(*b.daysLeft, 'f', 0) : QStringLiteral("-")});
    }
    if (lowTable.isEmpty())
        m_out << QStringLiteral("  ") << tr("None.") << Qt::endl;
    else
        lowTable.print(m_out);
    more(low->size());

    heading(tr("Dead stock (no sale in %n months): %1 copies, worth %2", nullptr, numbers[2])
                    .arg(number(dead->copies), money(dead->value)));
    Table deadTable({tr("Title"), tr("Author"), tr("Stock"), tr("Value"), tr("Last sale")},
                    {false, false, true, true, false});
    for (qsizetype i = 0; i < dead->books.size() && i < count; ++i) {
        const Stats::DeadStockBook &b = dead->books.at(i);
        deadTable.add({b.title, b.author, number(b.stock), money(b.value),
                       b.lastSale.isValid() ? isoDate(b.lastSale) : tr("never")});
    }
    if (deadTable.isEmpty())
        m_out << QStringLiteral("  ") << tr("None.") << Qt::endl;
    else
        deadTable.print(m_out);
    more(dead->books.size());

    const std::pair<QString, const QList<Stats::Bucket> *> histograms[] = {{tr("Prices"), &*prices},
                                                                           {tr("Publication years"), &*years}};
    for (const auto &[title, bars] : histograms) {
        heading(title);
        const bool whole = bars == &*years;
        Table table({tr("From"), tr("To (excluded)"), tr("Books")}, {true, true, true});
        for (const Stats::Bucket &b : *bars)
            table.add({whole ? QString::number(qint64(b.from)) : money(b.from),
                       whole ? QString::number(qint64(b.to)) : money(b.to), number(b.books)});
        if (table.isEmpty())
            m_out << QStringLiteral("  ") << tr("No books.") << Qt::endl;
        else
            table.print(m_out);
    }
    return 0;
}

} // namespace Catalogue
