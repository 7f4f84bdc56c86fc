#include "testdatabase.h"

#include <catalogue/catalogue.h>
#include <catalogue/copy.h>
#include <catalogue/livre.h>
#include <catalogue/migrations.h>
#include <catalogue/statistics.h>
#include <catalogue/stock.h>
#include <orm/dialect.h>
#include <orm/querybuilder.h>

#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <optional>
#include <tuple>

using namespace Orm;
using namespace Qt::StringLiterals;
namespace Livre = Catalogue::Livre;
namespace Stats = Catalogue::Statistics;
using Catalogue::Movement;
namespace MouvementStock = Catalogue::MouvementStock;

namespace {

// A summary row: its day (ISO), genre and publisher (empty when the table has no such key).
using Key = std::tuple<QString, QString, QString>;
struct Sums
{
    qint64 copies = 0;
    double revenue = 0;
};
using Summary = QMap<Key, Sums>;

const QStringList tables = {u"VentesGenres"_s, u"VentesEditions"_s, u"VentesGenresEditions"_s};

QDateTime at(QDate day)
{
    return QDateTime(day, QTime(15, 30), QTimeZone::utc());
}

} // namespace

// The sales summaries of the migration 20240401000000-sales-summary (kept by triggers) equal, at every step, the
// same sums worked out in the test from the movements and the books as they are, on both databases: after sales
// and returns, a movement deleted or changed, a book's genre, publisher or price changed, a book deleted with its
// history and brought back, movements inserted in bulk, the migration run on movements already there, and a copy
// of the catalogue into another database.
class TestSalesSummary : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TestDatabase> m_db;
    std::optional<Catalogue::Catalogue> m_catalogue;
    QVariantList m_ids;

    const Catalogue::Catalogue &catalogue() const { return *m_catalogue; }

    // The sums worked out here from every movement and book of `c`.
    static Summary expected(const Catalogue::Catalogue &c, const QString &table)
    {
        Summary sums;
        auto books = c.livres().findAll();
        auto moves = c.mouvements().findAll();
        if (!books || !moves)
            return {{{u"error"_s, {}, {}}, {}}};
        QHash<qint64, Instance> byId;
        for (const Instance &b : std::as_const(*books))
            byId.insert(b.get(Livre::Id).toLongLong(), b);
        for (const Instance &m : std::as_const(*moves)) {
            const QString type = m.get(MouvementStock::Type).toString();
            if (type != Catalogue::movementType(Movement::Sale) && type != Catalogue::movementType(Movement::Return))
                continue;
            const Instance book = byId.value(m.get(MouvementStock::LivreId).toLongLong());
            const QString day = m.get(MouvementStock::Date).toDateTime().toUTC().date().toString(Qt::ISODate);
            const QString genre = table != u"VentesEditions" ? book.get(Livre::Genre).toString() : QString();
            const QString publisher = table != u"VentesGenres" ? book.get(Livre::Edition).toString() : QString();
            Sums &s = sums[{day, genre, publisher}];
            const qint64 copies = -m.get(MouvementStock::Quantite).toLongLong();
            s.copies += copies;
            s.revenue += double(copies) * book.get(Livre::Prix).toDouble();
        }
        return sums;
    }

    // The table's rows, without those that came back to nothing.
    static Summary stored(const Catalogue::Catalogue &c, const QString &table)
    {
        const QString genre = table != u"VentesEditions" ? u"\"Genre\""_s : u"''"_s;
        const QString publisher = table != u"VentesGenres" ? u"\"Edition\""_s : u"''"_s;
        auto rows = c.database().execute(
                {u"SELECT \"Jour\", %1, %2, \"Exemplaires\", \"Montant\" FROM \"%3\""_s.arg(genre, publisher, table),
                 {}});
        if (!rows)
            return {{{u"error: "_s + rows.error().message(), {}, {}}, {}}};
        Summary sums;
        for (const QVariantList &row : std::as_const(rows->rows)) {
            const qint64 copies = row.value(3).toLongLong();
            const double revenue = row.value(4).toDouble();
            if (copies == 0 && std::abs(revenue) < 1e-9)
                continue;
            const QDateTime day = c.database().dialect().fromDatabase(row.value(0), DataType::date()).toDateTime();
            if (day.toUTC().time() != QTime(0, 0))
                return {{{u"not midnight: "_s + row.value(0).toString(), {}, {}}, {}}};
            sums.insert({day.toUTC().date().toString(Qt::ISODate), row.value(1).toString(), row.value(2).toString()},
                        {copies, revenue});
        }
        return sums;
    }

    static bool same(const Summary &a, const Summary &b, QString *why)
    {
        if (a.keys() != b.keys()) {
            QStringList keys;
            for (const Key &k : a.keys())
                keys << std::get<0>(k) + u'/' + std::get<1>(k) + u'/' + std::get<2>(k);
            keys << u"--"_s;
            for (const Key &k : b.keys())
                keys << std::get<0>(k) + u'/' + std::get<1>(k) + u'/' + std::get<2>(k);
            *why = u"keys differ: "_s + keys.join(u' ');
            return false;
        }
        for (auto i = a.cbegin(); i != a.cend(); ++i) {
            const Sums &other = b.value(i.key());
            if (i->copies != other.copies || std::abs(i->revenue - other.revenue) > 1e-9) {
                *why = u"%1/%2/%3: %4 copies, %5 against %6 copies, %7"_s
                               .arg(std::get<0>(i.key()), std::get<1>(i.key()), std::get<2>(i.key()))
                               .arg(i->copies)
                               .arg(i->revenue)
                               .arg(other.copies)
                               .arg(other.revenue);
                return false;
            }
        }
        return true;
    }

    // The best sellers' bounds of the migration 20240408000000-best-sellers-bounds, worked out here: each book's
    // copies gone out (sales and returns with a negative Quantite), and each name's copies gone out of its books
    // in each UTC year (the people with the author role on a book, or its Auteur text when it has none), keyed
    // "year name".
    struct Bounds
    {
        QMap<qint64, qint64> books;
        QMap<QString, qint64> names;
        QMap<QString, qint64> genreNames; // "year genre/name": VentesAuteursGenres (20240410000000)
        QMap<QString, qint64> monthNames; // "YYYYMM name": VentesAuteursMois (20240412000000)
        QMap<QString, qint64> genreMonthNames; // "YYYYMM genre/name": VentesAuteursGenresMois (20240415000000)
    };
    static Bounds expectedBounds(const Catalogue::Catalogue &c)
    {
        QMap<qint64, qint64> books;
        QMap<std::pair<qint64, int>, qint64> byYear; // book, year
        QMap<std::pair<qint64, int>, qint64> byMonth; // book, YYYYMM
        QMap<QString, qint64> names;
        auto moves = c.mouvements().findAll();
        auto texts = c.database().execute({u"SELECT \"ID\", \"Auteur\", \"Genre\" FROM \"Livres\""_s, {}});
        auto people = c.database().execute(
                {u"SELECT c.\"LivreId\", a.\"Nom\" FROM \"LivresAuteurs\" AS c JOIN \"Auteurs\" AS a ON a.\"id\" = "_s
                 u"c.\"AuteurId\" WHERE c.\"Role\" = 'auteur'"_s,
                 {}});
        if (!moves || !texts || !people)
            return {{{-1, -1}}, {}, {}, {}, {}};
        QMap<QString, qint64> genreNames;
        QMap<QString, qint64> monthNames;
        QMap<QString, qint64> genreMonthNames;
        for (const Instance &m : std::as_const(*moves)) {
            const QString type = m.get(MouvementStock::Type).toString();
            const qint64 quantity = m.get(MouvementStock::Quantite).toLongLong();
            if ((type == u"vente" || type == u"retour") && quantity < 0) {
                books[m.get(MouvementStock::LivreId).toLongLong()] += -quantity;
                const QDate day = m.get(MouvementStock::Date).toDateTime().toUTC().date();
                byYear[{m.get(MouvementStock::LivreId).toLongLong(), day.year()}] += -quantity;
                byMonth[{m.get(MouvementStock::LivreId).toLongLong(), day.year() * 100 + day.month()}] += -quantity;
            }
        }
        QMultiHash<qint64, QString> authorsOf;
        for (const QVariantList &row : std::as_const(people->rows))
            authorsOf.insert(row.value(0).toLongLong(), row.value(1).toString());
        for (const QVariantList &row : std::as_const(texts->rows)) {
            const qint64 id = row.value(0).toLongLong();
            if (!books.contains(id))
                continue;
            QStringList bookNames = authorsOf.values(id);
            if (bookNames.isEmpty() && !row.value(1).toString().isEmpty())
                bookNames << row.value(1).toString();
            // The book's copies of each part (year, month) added to its names, of every genre and of its own.
            const auto addToNames = [&](const QMap<std::pair<qint64, int>, qint64> &byPart, QMap<QString, qint64> &all,
                                        QMap<QString, qint64> &ofGenre) {
                for (auto i = byPart.cbegin(); i != byPart.cend(); ++i) {
                    if (i.key().first != id)
                        continue;
                    for (const QString &name : std::as_const(bookNames)) {
                        all[u"%1 %2"_s.arg(i.key().second).arg(name)] += *i;
                        ofGenre[u"%1 %2/%3"_s.arg(i.key().second).arg(row.value(2).toString(), name)] += *i;
                    }
                }
            };
            addToNames(byYear, names, genreNames);
            addToNames(byMonth, monthNames, genreMonthNames);
        }
        return {books, names, genreNames, monthNames, genreMonthNames};
    }

    // VentesLivres equals the books' copies gone out; VentesAuteurs is at least each name's of each year (equal
    // when `exact`: just filled by the migration).
    static void checkBounds(const Catalogue::Catalogue &c, bool exact = false)
    {
        const auto [books, names, genreNames, monthNames, genreMonthNames] = expectedBounds(c);
        QVERIFY(!books.contains(-1));
        auto storedBooks = c.database().execute(
                {u"SELECT \"LivreId\", \"Exemplaires\" FROM \"VentesLivres\" WHERE \"Exemplaires\" <> 0"_s, {}});
        QVERIFY2(storedBooks, Test::why(storedBooks));
        QMap<qint64, qint64> gotBooks;
        for (const QVariantList &row : std::as_const(storedBooks->rows))
            gotBooks.insert(row.value(0).toLongLong(), row.value(1).toLongLong());
        QCOMPARE(gotBooks, books);
        checkNameBounds(c, u"VentesAuteurs"_s, {u"Annee"_s, u"Nom"_s}, names, exact);
        checkNameBounds(c, u"VentesAuteursGenres"_s, {u"Annee"_s, u"Genre"_s, u"Nom"_s}, genreNames, exact);
        checkNameBounds(c, u"VentesAuteursMois"_s, {u"Mois"_s, u"Nom"_s}, monthNames, exact);
        checkNameBounds(c, u"VentesAuteursGenresMois"_s, {u"Mois"_s, u"Genre"_s, u"Nom"_s}, genreMonthNames, exact);
    }

    // A table of names' bounds against `want`, keyed by its `keys` as expectedBounds() keys them ("year name",
    // "year genre/name", "month name", "month genre/name"): at least `want` (equal when `exact`).
    static void checkNameBounds(const Catalogue::Catalogue &c, const QString &table, const QStringList &keys,
                                const QMap<QString, qint64> &want, bool exact)
    {
        QStringList columns;
        for (const QString &key : keys)
            columns << u'"' + key + u'"';
        auto stored = c.database().execute({u"SELECT %1, \"Exemplaires\" FROM \"%2\" WHERE \"Exemplaires\" <> 0"_s.arg(
                                                    columns.join(u", "_s), table),
                                            {}});
        QVERIFY2(stored, Test::why(stored));
        QMap<QString, qint64> got;
        for (const QVariantList &row : std::as_const(stored->rows)) {
            QString key = row.value(0).toString() + u' ' + row.value(1).toString();
            if (keys.size() == 3)
                key += u'/' + row.value(2).toString();
            got.insert(key, row.value(keys.size()).toLongLong());
        }
        if (exact)
            QCOMPARE(got, want);
        for (auto i = want.cbegin(); i != want.cend(); ++i)
            QVERIFY2(got.value(i.key()) >= *i,
                     qPrintable(u"%1 %2: %3 under %4"_s.arg(table, i.key()).arg(got.value(i.key())).arg(*i)));
    }

    // The catalogue's migrations from `name` on, in order: what migrating up runs again after undoing `name`.
    static QStringList fromOn(const QString &name)
    {
        QStringList names;
        for (const Migration &m : Catalogue::migrations()) {
            if (m.name == name || !names.isEmpty())
                names << m.name;
        }
        return names;
    }

    // The best authors of the sales in a range (UTC days; every sale when null) against the names' sums worked out
    // here from the movements.
    static void checkBestAuthors(const Catalogue::Catalogue &c, const QString &genre = QString(), QDate from = {},
                                 QDate to = {})
    {
        auto moves = c.mouvements().findAll();
        auto texts = c.database().execute({u"SELECT \"ID\", \"Auteur\", \"Prix\", \"Genre\" FROM \"Livres\""_s, {}});
        auto people = c.database().execute(
                {u"SELECT c.\"LivreId\", a.\"Nom\" FROM \"LivresAuteurs\" AS c JOIN \"Auteurs\" AS a ON a.\"id\" = "_s
                 u"c.\"AuteurId\" WHERE c.\"Role\" = 'auteur'"_s,
                 {}});
        QVERIFY(moves && texts && people);
        QHash<qint64, qint64> sold;
        for (const Instance &m : std::as_const(*moves)) {
            const QString type = m.get(MouvementStock::Type).toString();
            const QDate day = m.get(MouvementStock::Date).toDateTime().toUTC().date();
            if ((from.isValid() && day < from) || (to.isValid() && day > to))
                continue;
            if (type == u"vente" || type == u"retour")
                sold[m.get(MouvementStock::LivreId).toLongLong()] += -m.get(MouvementStock::Quantite).toLongLong();
        }
        QMultiHash<qint64, QString> authorsOf;
        for (const QVariantList &row : std::as_const(people->rows))
            authorsOf.insert(row.value(0).toLongLong(), row.value(1).toString());
        QMap<QString, std::pair<qint64, double>> names;
        for (const QVariantList &row : std::as_const(texts->rows)) {
            const qint64 id = row.value(0).toLongLong();
            if (!genre.isEmpty() && row.value(3).toString() != genre)
                continue;
            QStringList bookNames = authorsOf.values(id);
            if (bookNames.isEmpty() && !row.value(1).toString().isEmpty())
                bookNames << row.value(1).toString();
            for (const QString &name : std::as_const(bookNames)) {
                names[name].first += sold.value(id);
                names[name].second += double(sold.value(id)) * row.value(2).toDouble();
            }
        }
        QList<Stats::Ranked> want;
        for (auto i = names.cbegin(); i != names.cend(); ++i) {
            if (i->first > 0)
                want.append({QVariant(), i.key(), i->first, i->second});
        }
        std::stable_sort(want.begin(), want.end(), [](const Stats::Ranked &a, const Stats::Ranked &b) {
            return a.copies != b.copies ? a.copies > b.copies : a.label < b.label;
        });
        auto got = Stats::bestAuthors(c, {.from = from, .to = to, .genre = genre});
        QVERIFY2(got, Test::why(got));
        QCOMPARE(got->size(), want.size());
        for (qsizetype i = 0; i < want.size(); ++i) {
            QCOMPARE(got->at(i).label, want.at(i).label);
            QCOMPARE(got->at(i).copies, want.at(i).copies);
            QVERIFY2(std::abs(got->at(i).revenue - want.at(i).revenue) < 1e-6, qPrintable(want.at(i).label));
        }
    }

    // The best authors of every sale, of a genre, and of ranges that are not whole years (the bounds by month, summed;
    // the first and the last month taken in part).
    static void checkBestAuthorsOfRanges(const Catalogue::Catalogue &c)
    {
        checkBestAuthors(c);
        checkBestAuthors(c, u"SF"_s);
        checkBestAuthors(c, {}, QDate(2024, 12, 15), QDate(2025, 2, 20)); // across two years
        checkBestAuthors(c, u"SF"_s, QDate(2024, 12, 15), QDate(2025, 2, 20));
        checkBestAuthors(c, {}, QDate(2025, 1, 16), QDate(2025, 1, 16)); // a day
        checkBestAuthors(c, {}, QDate(2025, 1, 1), QDate(2025, 12, 31)); // a whole year: the bounds by year
    }

    // The dead stock's summary of the migration 20240409000000-dead-stock-summary, worked out here from the
    // movements and the books: each book's last sale (its UTC day), and, for each day of last sale, genre and
    // publisher, how many books that sold are in stock, their copies and their value (Quantite times Prix).
    static void checkLastSales(const Catalogue::Catalogue &c)
    {
        auto books = c.livres().findAll();
        auto moves = c.mouvements().findAll();
        QVERIFY(books && moves);
        QMap<qint64, QDate> last;
        for (const Instance &m : std::as_const(*moves)) {
            if (m.get(MouvementStock::Type).toString() != u"vente")
                continue;
            const QDate day = m.get(MouvementStock::Date).toDateTime().toUTC().date();
            QDate &known = last[m.get(MouvementStock::LivreId).toLongLong()];
            if (!known.isValid() || day > known)
                known = day;
        }
        const Dialect &dialect = c.database().dialect();
        auto stored = c.database().execute({u"SELECT \"LivreId\", \"Jour\" FROM \"DernieresVentes\""_s, {}});
        QVERIFY2(stored, Test::why(stored));
        QMap<qint64, QDate> got;
        for (const QVariantList &row : std::as_const(stored->rows)) {
            const QDateTime day = dialect.fromDatabase(row.value(1), DataType::date()).toDateTime().toUTC();
            QCOMPARE(day.time(), QTime(0, 0));
            got.insert(row.value(0).toLongLong(), day.date());
        }
        QCOMPARE(got, last);
        for (const bool publisher : {false, true}) {
            struct Line
            {
                qint64 books = 0;
                qint64 copies = 0;
                double value = 0;
            };
            QMap<Key, Line> want;
            for (const Instance &b : std::as_const(*books)) {
                const qint64 id = b.get(Livre::Id).toLongLong();
                const qint64 stock = b.get(Livre::Quantite).toLongLong();
                if (!last.contains(id) || stock <= 0)
                    continue;
                Line &l = want[{last.value(id).toString(Qt::ISODate), b.get(Livre::Genre).toString(),
                                publisher ? b.get(Livre::Edition).toString() : QString()}];
                ++l.books;
                l.copies += stock;
                l.value += double(stock) * b.get(Livre::Prix).toDouble();
            }
            const QString table = publisher ? u"StockVenduEditions"_s : u"StockVenduGenres"_s;
            auto rows = c.database().execute(
                    {u"SELECT \"Jour\", \"Genre\", %1, \"Livres\", \"Exemplaires\", \"Montant\" FROM \"%2\""_s.arg(
                             publisher ? u"\"Edition\""_s : u"''"_s, table),
                     {}});
            QVERIFY2(rows, Test::why(rows));
            QMap<Key, Line> lines;
            for (const QVariantList &row : std::as_const(rows->rows)) {
                const Line l{row.value(3).toLongLong(), row.value(4).toLongLong(), row.value(5).toDouble()};
                if (l.books == 0 && l.copies == 0 && std::abs(l.value) < 1e-9)
                    continue; // came back to nothing
                const QDate day = dialect.fromDatabase(row.value(0), DataType::date()).toDateTime().toUTC().date();
                lines.insert({day.toString(Qt::ISODate), row.value(1).toString(), row.value(2).toString()}, l);
            }
            QCOMPARE(lines.keys(), want.keys());
            for (auto i = want.cbegin(); i != want.cend(); ++i) {
                const Line l = lines.value(i.key());
                const QString where = table + u' ' + std::get<0>(i.key()) + u'/' + std::get<1>(i.key());
                QVERIFY2(l.books == i->books, qPrintable(where));
                QVERIFY2(l.copies == i->copies, qPrintable(where));
                QVERIFY2(std::abs(l.value - i->value) < 1e-9, qPrintable(where));
            }
        }
    }

    // The stock's summary of the migration 20240414000000-stock-summary, worked out here from the books: per genre
    // and publisher, the books in stock (Quantite above 0), their copies and value, and the stock of all the books
    // and its value.
    static void checkStock(const Catalogue::Catalogue &c)
    {
        struct Line
        {
            qint64 books = 0; // all of them
            qint64 inStock = 0;
            qint64 copies = 0; // of the books in stock
            double value = 0;
            qint64 stock = 0; // of all the books
            double stockValue = 0;
        };
        auto books = c.livres().findAll();
        QVERIFY(books);
        QMap<std::pair<QString, QString>, Line> want;
        for (const Instance &b : std::as_const(*books)) {
            const qint64 stock = b.get(Livre::Quantite).toLongLong();
            const double value = double(stock) * b.get(Livre::Prix).toDouble();
            Line &l = want[{b.get(Livre::Genre).toString(), b.get(Livre::Edition).toString()}];
            ++l.books;
            if (stock > 0) {
                ++l.inStock;
                l.copies += stock;
                l.value += value;
            }
            l.stock += stock;
            l.stockValue += value;
        }
        auto rows = c.database().execute({u"SELECT \"Genre\", \"Edition\", \"Titres\", \"Livres\", \"Exemplaires\", "_s
                                          u"\"Montant\", \"Stock\", \"Valeur\" FROM \"StockGenresEditions\""_s,
                                          {}});
        QVERIFY2(rows, Test::why(rows));
        QMap<std::pair<QString, QString>, Line> got;
        for (const QVariantList &row : std::as_const(rows->rows)) {
            const Line l{row.value(2).toLongLong(), row.value(3).toLongLong(), row.value(4).toLongLong(),
                         row.value(5).toDouble(),   row.value(6).toLongLong(), row.value(7).toDouble()};
            const bool nothing = l.books == 0 && l.inStock == 0 && l.copies == 0 && std::abs(l.value) < 1e-9
                    && l.stock == 0 && std::abs(l.stockValue) < 1e-9;
            if (!nothing) // else its books all left it
                got.insert({row.value(0).toString(), row.value(1).toString()}, l);
        }
        QCOMPARE(got.keys(), want.keys());
        for (auto i = want.cbegin(); i != want.cend(); ++i) {
            const Line l = got.value(i.key());
            const QString where = i.key().first + u'/' + i.key().second;
            QVERIFY2(l.books == i->books && l.inStock == i->inStock && l.copies == i->copies && l.stock == i->stock,
                     qPrintable(where));
            QVERIFY2(std::abs(l.value - i->value) < 1e-9 && std::abs(l.stockValue - i->stockValue) < 1e-9,
                     qPrintable(where));
        }
    }

    // The dead stock's totals (with and without a genre or a publisher) against the books in stock with no sale
    // since the cut-off, worked out here from the movements and the books.
    static void checkDeadStock(const Catalogue::Catalogue &c, QDate today, int months)
    {
        auto books = c.livres().findAll();
        auto moves = c.mouvements().findAll();
        QVERIFY(books && moves);
        const QDateTime cutOff = today.addMonths(-months).startOfDay(QTimeZone::utc());
        QSet<qint64> recent;
        for (const Instance &m : std::as_const(*moves)) {
            if (m.get(MouvementStock::Type).toString() == u"vente"
                && m.get(MouvementStock::Date).toDateTime() >= cutOff)
                recent.insert(m.get(MouvementStock::LivreId).toLongLong());
        }
        const QList<Stats::Filter> filters = {{}, {.genre = u"SF"_s}, {.publisher = u"Folio"_s}};
        for (const Stats::Filter &filter : filters) {
            qint64 count = 0;
            qint64 copies = 0;
            double value = 0;
            for (const Instance &b : std::as_const(*books)) {
                const qint64 stock = b.get(Livre::Quantite).toLongLong();
                if (stock <= 0 || recent.contains(b.get(Livre::Id).toLongLong()))
                    continue;
                if ((!filter.genre.isEmpty() && b.get(Livre::Genre).toString() != filter.genre)
                    || (!filter.publisher.isEmpty() && b.get(Livre::Edition).toString() != filter.publisher))
                    continue;
                ++count;
                copies += stock;
                value += double(stock) * b.get(Livre::Prix).toDouble();
            }
            auto dead = Stats::deadStock(c, filter, months, today);
            QVERIFY2(dead, Test::why(dead));
            const QString what = filter.genre + filter.publisher + u" since "_s + cutOff.toString(Qt::ISODate);
            QVERIFY2(dead->count == count, qPrintable(what + u": %1 books, %2 wanted"_s.arg(dead->count).arg(count)));
            QVERIFY2(dead->copies == copies, qPrintable(what));
            QVERIFY2(std::abs(dead->value - value) < 1e-6,
                     qPrintable(what + u": %1, %2 wanted"_s.arg(dead->value).arg(value)));
            QCOMPARE(dead->books.size(), count);
        }
    }

    // Every summary of `c` against the movements of `c`.
    static void check(const Catalogue::Catalogue &c)
    {
        for (const QString &table : tables) {
            QString why;
            const Summary want = expected(c, table);
            QVERIFY2(!want.isEmpty(), qPrintable(table));
            QVERIFY2(same(stored(c, table), want, &why), qPrintable(table + u": "_s + why));
        }
        checkBounds(c);
        checkLastSales(c);
        checkStock(c);
    }

    QVariant addBook(const QString &title, const QVariant &genre, const QVariant &publisher, const QVariant &price,
                     int stock)
    {
        QVariantMap values = Catalogue::Catalogue::newBookValues(title);
        values.insert(Livre::Genre, genre);
        values.insert(Livre::Edition, publisher);
        values.insert(Livre::Prix, price);
        values.insert(Livre::Annee, 2000);
        values.insert(Livre::Quantite, stock);
        auto created = catalogue().livres().create(values);
        if (!created)
            qWarning() << Test::why(created);
        return created ? created->get(Livre::Id) : QVariant();
    }

    void record(int book, Movement kind, int quantity, QDate day)
    {
        auto r = catalogue().recordMovement(m_ids.at(book), kind, quantity, QString(), at(day));
        QVERIFY2(r, Test::why(r));
    }

    void updateBook(int book, const QVariantMap &values)
    {
        auto found = catalogue().livres().findByPk(m_ids.at(book));
        QVERIFY2(found, Test::why(found));
        Instance livre = *found;
        for (auto i = values.cbegin(); i != values.cend(); ++i) {
            auto set = livre.set(i.key(), i.value());
            QVERIFY2(set, Test::why(set));
        }
        auto saved = livre.save();
        QVERIFY2(saved, Test::why(saved));
    }

private Q_SLOTS:
    void initTestCase_data() { Test::addDialectRows(); }

    void init()
    {
        TEST_OPEN_DATABASE(m_db);
        auto opened = Catalogue::Catalogue::open(m_db->url(), Catalogue::Catalogue::Missing::Create);
        QVERIFY2(opened, Test::why(opened));
        m_catalogue = *opened;
        m_ids = {addBook(u"Dune"_s, u"SF"_s, u"Pocket"_s, 10.0, 40),
                 addBook(u"Germinal"_s, u"Roman"_s, u"Folio"_s, 6.5, 30),
                 addBook(u"Nadja"_s, QVariant(), u"Folio"_s, 12.25, 20), // no genre
                 addBook(u"Sans prix"_s, u"SF"_s, QVariant(), QVariant(), 10)}; // no publisher, no price
        for (const QVariant &id : std::as_const(m_ids))
            QVERIFY(id.isValid());
        record(0, Movement::Sale, 3, QDate(2025, 1, 15));
        record(0, Movement::Sale, 2, QDate(2025, 1, 15)); // the same day
        record(1, Movement::Sale, 1, QDate(2025, 1, 15));
        record(0, Movement::Return, 1, QDate(2025, 1, 16));
        record(2, Movement::Sale, 4, QDate(2025, 2, 28));
        record(3, Movement::Sale, 2, QDate(2025, 2, 28));
        record(1, Movement::Receipt, 5, QDate(2025, 3, 1)); // not a sale
        record(1, Movement::Adjustment, -1, QDate(2025, 3, 2)); // nor this
        record(1, Movement::Sale, 2, QDate(2025, 12, 31));
    }

    void cleanup()
    {
        m_catalogue.reset();
        m_db.reset();
    }

    void salesAndReturns()
    {
        check(catalogue());
        // One figure spelled out: SF on 15 January is Dune's five copies at 10.
        QVERIFY(stored(catalogue(), u"VentesGenres"_s).contains({u"2025-01-15"_s, u"SF"_s, QString()}));
        const Sums sf = stored(catalogue(), u"VentesGenres"_s).value({u"2025-01-15"_s, u"SF"_s, QString()});
        QCOMPARE(sf.copies, 5);
        QCOMPARE(sf.revenue, 50.0);
    }

    void movementDeletedAndChanged()
    {
        auto moves = catalogue().mouvements().findAll(
                {.where = col(MouvementStock::Type) == u"vente"_s, .order = {asc(MouvementStock::Id)}});
        QVERIFY2(moves, Test::why(moves));
        QVERIFY(moves->size() >= 4);
        auto removed =
                catalogue().mouvements().destroy({.where = col(MouvementStock::Id) == moves->at(0).get(u"id"_s)});
        QVERIFY2(removed, Test::why(removed));
        check(catalogue());
        const QList<QVariantMap> changes = {
                {{MouvementStock::Quantite, -7}},
                {{MouvementStock::Date, at(QDate(2024, 6, 1))}},
                {{MouvementStock::LivreId, m_ids.at(2)}},
                {{MouvementStock::Type, u"reception"_s}, {MouvementStock::Quantite, 3}}, // no longer a sale
        };
        for (int i = 0; i < changes.size(); ++i) {
            auto updated = catalogue().mouvements().update(
                    changes.at(i), {.where = col(MouvementStock::Id) == moves->at(i + 1).get(u"id"_s)});
            QVERIFY2(updated, Test::why(updated));
            check(catalogue());
        }
        // A receipt that becomes a sale.
        auto receipt =
                catalogue().mouvements().update({{MouvementStock::Type, u"vente"_s}, {MouvementStock::Quantite, -1}},
                                                {.where = col(MouvementStock::Type) == u"reception"_s});
        QVERIFY2(receipt, Test::why(receipt));
        check(catalogue());
    }

    // The figures follow the books as they are now: a book's sales move with its genre, publisher and price.
    void bookChanged()
    {
        updateBook(0, {{Livre::Genre, u"Classique"_s}});
        check(catalogue());
        updateBook(0, {{Livre::Edition, QVariant()}, {Livre::Prix, 11.5}});
        check(catalogue());
        updateBook(2, {{Livre::Genre, u"Roman"_s}, {Livre::Edition, u"Gallimard"_s}, {Livre::Prix, QVariant()}});
        check(catalogue());
        updateBook(3, {{Livre::Nom, u"Un titre"_s}}); // nothing the summaries hold
        check(catalogue());
        auto genre = Stats::byGenre(catalogue(), {});
        QVERIFY2(genre, Test::why(genre));
        for (const Stats::GenreFigures &g : std::as_const(*genre)) {
            if (g.genre == u"Classique")
                QCOMPARE(g.revenue, 4 * 11.5);
        }
        // A genre that never sold, left by its only book: no longer listed.
        const QVariant poem = addBook(u"Alcools"_s, u"Poésie"_s, u"Folio"_s, 8.0, 3);
        QVERIFY(poem.isValid());
        const auto genres = [&] {
            QStringList names;
            const auto figures = Stats::byGenre(catalogue(), {});
            for (const Stats::GenreFigures &g : figures.value_or(QList<Stats::GenreFigures>()))
                names << g.genre;
            return names;
        };
        QVERIFY(genres().contains(u"Poésie"_s));
        auto moved = catalogue().database().execute(
                {u"UPDATE \"Livres\" SET \"Genre\" = 'Roman' WHERE \"ID\" = ?"_s, {poem}});
        QVERIFY2(moved, Test::why(moved));
        check(catalogue());
        QVERIFY2(!genres().contains(u"Poésie"_s), qPrintable(genres().join(u", "_s)));
    }

    // A book's ID changed (its movements follow, ON UPDATE CASCADE): the summaries do not change.
    void bookRenumbered()
    {
        const Summary before = stored(catalogue(), u"VentesGenresEditions"_s);
        auto updated = catalogue().livres().update({{Livre::Id, 1000}}, {.where = col(Livre::Id) == m_ids.at(1)});
        QVERIFY2(updated, Test::why(updated));
        m_ids[1] = 1000;
        check(catalogue());
        QString why;
        QVERIFY2(same(stored(catalogue(), u"VentesGenresEditions"_s), before, &why), qPrintable(why));
    }

    void bookRemovedAndRestored()
    {
        auto record = catalogue().bookRecord(m_ids.at(0));
        QVERIFY2(record, Test::why(record));
        auto removed = catalogue().removeBook(m_ids.at(0), Catalogue::Catalogue::History::Delete);
        QVERIFY2(removed, Test::why(removed));
        check(catalogue());
        QVERIFY(!stored(catalogue(), u"VentesGenres"_s).contains({u"2025-01-15"_s, u"SF"_s, QString()}));
        auto restored = catalogue().restoreBook(*record);
        QVERIFY2(restored, Test::why(restored));
        check(catalogue());
        QCOMPARE(stored(catalogue(), u"VentesGenres"_s).value({u"2025-01-15"_s, u"SF"_s, QString()}).copies, 5);
    }

    // As an import's opening balances and a copy's rows go in: many movements in one statement.
    void movementsInBulk()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<QVariantMap> rows;
        for (int i = 0; i < 50; ++i)
            rows.append({{MouvementStock::LivreId, m_ids.at(i % 4)},
                         {MouvementStock::Date, at(QDate(2024, 1 + i % 12, 1 + i % 28))},
                         {MouvementStock::Quantite, i % 5 == 0 ? 1 : -(1 + i % 3)},
                         {MouvementStock::Type,
                          i % 5 == 0           ? u"retour"_s
                                  : i % 7 == 0 ? u"ouverture"_s
                                               : u"vente"_s}});
        auto created = catalogue().mouvements().bulkCreate(rows, {.validate = Validate::Skip});
        QVERIFY2(created, Test::why(created));
        check(catalogue());
        Q_UNUSED(now);
    }

    // The migration on a catalogue with sales already recorded sums them all; undone, it leaves no trace.
    void migrationSumsWhatIsThere()
    {
        const QString name = Catalogue::Migrations::salesSummary().name;
        auto down = catalogue().migrator().down(name, Backup::Skip);
        QVERIFY2(down, Test::why(down));
        auto tablesNow = catalogue().database().tables();
        QVERIFY2(tablesNow, Test::why(tablesNow));
        for (const QString &table : tables)
            QVERIFY2(!tablesNow->contains(table), qPrintable(table));
        record(1, Movement::Sale, 3, QDate(2025, 5, 5)); // recorded with no summary to keep
        // Without the summaries, the statistics read the movements: the same figures.
        auto withoutSummary = Stats::byGenre(catalogue(), {});
        QVERIFY2(withoutSummary, Test::why(withoutSummary));
        auto up = catalogue().migrator().up({}, Backup::Skip);
        QVERIFY2(up, Test::why(up));
        check(catalogue());
        auto withSummary = Stats::byGenre(catalogue(), {});
        QVERIFY2(withSummary, Test::why(withSummary));
        QCOMPARE(withSummary->size(), withoutSummary->size());
        for (qsizetype i = 0; i < withSummary->size(); ++i) {
            QCOMPARE(withSummary->at(i).genre, withoutSummary->at(i).genre);
            QCOMPARE(withSummary->at(i).copiesSold, withoutSummary->at(i).copiesSold);
            QCOMPARE(withSummary->at(i).revenue, withoutSummary->at(i).revenue);
        }
        record(0, Movement::Sale, 1, QDate(2025, 5, 6)); // and kept again
        check(catalogue());
    }

    // The names' bounds follow every way a book's names change, through the domain or a clerk's own SQL: a
    // book's Auteur text (its contributors made from it), a person renamed, a contribution added, moved to another
    // person or removed (the book then counts under its text); the best authors stay those of the movements.
    void boundsFollowTheNames()
    {
        record(1, Movement::Sale, 2, QDate(2024, 12, 20)); // the year before
        updateBook(0, {{Livre::Auteur, u"Herbert"_s}});
        updateBook(1, {{Livre::Auteur, u"Zola & Herbert"_s}});
        updateBook(2, {{Livre::Auteur, u"Breton"_s}});
        check(catalogue());
        checkBestAuthors(catalogue());
        const Database db = catalogue().database();
        const QStringList statements = {
                u"UPDATE \"Auteurs\" SET \"Nom\" = 'Frank Herbert' WHERE \"Nom\" = 'Herbert'"_s,
                u"DELETE FROM \"LivresAuteurs\" WHERE \"LivreId\" = %1"_s.arg(m_ids.at(2).toLongLong()),
                u"UPDATE \"Livres\" SET \"Auteur\" = 'André Breton' WHERE \"ID\" = %1"_s.arg(m_ids.at(2).toLongLong()),
                u"INSERT INTO \"LivresAuteurs\" (\"LivreId\", \"AuteurId\", \"Role\", \"Ordre\", \"createdAt\", "_s
                u"\"updatedAt\") SELECT %1, \"id\", 'auteur', 0, '2025-01-01', '2025-01-01' FROM \"Auteurs\" WHERE "_s
                u"\"Nom\" = 'Zola'"_s.arg(m_ids.at(3).toLongLong()),
                u"UPDATE \"LivresAuteurs\" SET \"AuteurId\" = (SELECT \"id\" FROM \"Auteurs\" WHERE \"Nom\" = "_s
                u"'Zola') WHERE \"LivreId\" = %1"_s.arg(m_ids.at(0).toLongLong()),
                u"UPDATE \"LivresAuteurs\" SET \"Role\" = 'traducteur' WHERE \"LivreId\" = %1"_s.arg(
                        m_ids.at(3).toLongLong()),
                u"UPDATE \"Livres\" SET \"Auteur\" = 'Anonyme' WHERE \"ID\" = %1"_s.arg(m_ids.at(3).toLongLong()),
                // A book moved to another genre, with its contributors (Germinal), then one under its text (Nadja).
                u"UPDATE \"Livres\" SET \"Genre\" = 'SF' WHERE \"ID\" = %1"_s.arg(m_ids.at(1).toLongLong()),
                u"UPDATE \"Livres\" SET \"Genre\" = 'SF' WHERE \"ID\" = %1"_s.arg(m_ids.at(2).toLongLong()),
                u"UPDATE \"Livres\" SET \"Genre\" = NULL WHERE \"ID\" = %1"_s.arg(m_ids.at(0).toLongLong()),
        };
        for (const QString &sql : statements) {
            auto done = db.execute({sql, {}});
            QVERIFY2(done, qPrintable(sql + u": "_s + QString::fromUtf8(Test::why(done))));
            check(catalogue());
            checkBestAuthorsOfRanges(catalogue());
        }
        record(3, Movement::Sale, 5, QDate(2025, 1, 31)); // now under its text
        check(catalogue());
        checkBestAuthorsOfRanges(catalogue());
    }

    // The bounds' migration on a catalogue with sales and contributors already recorded sums them exactly.
    void boundsMigrationSumsWhatIsThere()
    {
        updateBook(0, {{Livre::Auteur, u"Herbert"_s}});
        updateBook(1, {{Livre::Auteur, u"Zola & Herbert"_s}});
        const QString name = Catalogue::Migrations::bestSellersBounds().name;
        auto down = catalogue().migrator().down(name, Backup::Skip);
        QVERIFY2(down, Test::why(down));
        auto tablesNow = catalogue().database().tables();
        QVERIFY2(tablesNow, Test::why(tablesNow));
        QVERIFY(!tablesNow->contains(u"VentesLivres"_s));
        QVERIFY(!tablesNow->contains(u"VentesAuteurs"_s));
        record(1, Movement::Sale, 3, QDate(2025, 5, 5)); // recorded with no bound to keep
        record(2, Movement::Sale, 1, QDate(2024, 12, 31));
        updateBook(2, {{Livre::Auteur, u"Breton"_s}});
        checkBestAuthorsOfRanges(catalogue()); // from the movements alone
        auto up = catalogue().migrator().up({}, Backup::Skip);
        QVERIFY2(up, Test::why(up));
        // The migrations after it were undone with it.
        QCOMPARE(up->executed, fromOn(name));
        checkBounds(catalogue(), true);
        checkBestAuthorsOfRanges(catalogue());
        record(0, Movement::Sale, 1, QDate(2025, 5, 6)); // and kept again
        check(catalogue());
    }

    // The dead stock's summary follows every way a book's stock, price, genre or publisher and its sales change,
    // through the domain or a clerk's own SQL; the dead stock's totals stay those of the books and the movements.
    void lastSalesFollowTheStock()
    {
        const QDate today(2026, 1, 10);
        checkDeadStock(catalogue(), today, 12);
        checkDeadStock(catalogue(), today, 11); // 2025-02-10: January's sales are before it
        record(2, Movement::Receipt, 4, QDate(2025, 6, 1)); // stock, not a sale
        check(catalogue());
        record(0, Movement::Sale, 1, QDate(2024, 12, 1)); // before the last: the day stays
        check(catalogue());
        record(0, Movement::Sale, 1, QDate(2025, 11, 30)); // after it: the book moves
        check(catalogue());
        checkDeadStock(catalogue(), today, 6);
        const Database db = catalogue().database();
        const qint64 dune = m_ids.at(0).toLongLong();
        const qint64 germinal = m_ids.at(1).toLongLong();
        const QStringList statements = {
                u"UPDATE \"Livres\" SET \"Quantite\" = 0 WHERE \"ID\" = %1"_s.arg(dune), // out of stock
                u"UPDATE \"Livres\" SET \"Quantite\" = -2 WHERE \"ID\" = %1"_s.arg(dune),
                u"UPDATE \"Livres\" SET \"Quantite\" = 7, \"Prix\" = 8.5 WHERE \"ID\" = %1"_s.arg(dune),
                u"UPDATE \"Livres\" SET \"Genre\" = NULL, \"Edition\" = 'Folio' WHERE \"ID\" = %1"_s.arg(germinal),
                // The last sale of Germinal (31 December) deleted: its day goes back to 15 January.
                u"DELETE FROM \"MouvementsStock\" WHERE \"LivreId\" = %1 AND \"Type\" = 'vente' AND \"Quantite\" = -2"_s
                        .arg(germinal),
                // Its last sale gone: it never sold.
                u"DELETE FROM \"MouvementsStock\" WHERE \"LivreId\" = %1 AND \"Type\" = 'vente'"_s.arg(germinal),
                // A sale moved to another day, then to another book, then made a receipt.
                u"UPDATE \"MouvementsStock\" SET \"Date\" = '2025-12-20 10:00:00.000 +00:00' WHERE \"LivreId\" = %1 "_s
                u"AND \"Type\" = 'vente' AND \"Quantite\" = -4"_s.arg(m_ids.at(2).toLongLong()),
                u"UPDATE \"MouvementsStock\" SET \"LivreId\" = %1 WHERE \"Type\" = 'vente' AND \"Quantite\" = -4"_s.arg(
                        germinal),
                u"UPDATE \"MouvementsStock\" SET \"Type\" = 'reception', \"Quantite\" = 4 WHERE \"Type\" = 'vente' "_s
                u"AND \"Quantite\" = -4"_s,
        };
        for (const QString &sql : statements) {
            auto done = db.execute({sql, {}});
            QVERIFY2(done, qPrintable(sql + u": "_s + QString::fromUtf8(Test::why(done))));
            check(catalogue());
            checkDeadStock(catalogue(), today, 12);
        }
        auto removed = catalogue().removeBook(m_ids.at(0), Catalogue::Catalogue::History::Delete);
        QVERIFY2(removed, Test::why(removed));
        check(catalogue());
        checkDeadStock(catalogue(), today, 12);
    }

    // The dead stock's migration on a catalogue with sales already recorded: the same totals as worked out from the
    // movements before it, and kept from then on.
    void deadStockMigrationSumsWhatIsThere()
    {
        const QDate today(2026, 1, 10);
        const QString name = Catalogue::Migrations::deadStockSummary().name;
        auto down = catalogue().migrator().down(name, Backup::Skip);
        QVERIFY2(down, Test::why(down));
        auto tablesNow = catalogue().database().tables();
        QVERIFY2(tablesNow, Test::why(tablesNow));
        QVERIFY(!tablesNow->contains(u"DernieresVentes"_s));
        record(3, Movement::Sale, 1, QDate(2025, 9, 5)); // recorded with no summary to keep
        checkDeadStock(catalogue(), today, 12); // from the movements alone
        auto up = catalogue().migrator().up({}, Backup::Skip);
        QVERIFY2(up, Test::why(up));
        QCOMPARE(up->executed, fromOn(name)); // the migrations after it were undone with it
        check(catalogue());
        checkDeadStock(catalogue(), today, 12);
        record(1, Movement::Sale, 1, QDate(2025, 12, 1)); // and kept again
        check(catalogue());
        checkDeadStock(catalogue(), today, 3);
    }

    // Copied into another database, the summaries are made again from the copied movements, never copied twice.
    void copiedCatalogue()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString target = u"sqlite:"_s + dir.filePath(u"copie.db"_s);
        auto copied = Catalogue::CatalogueCopy::copy(m_db->url(), target);
        QVERIFY2(copied, Test::why(copied));
        auto opened = Catalogue::Catalogue::open(target, Catalogue::Catalogue::Missing::Refuse);
        QVERIFY2(opened, Test::why(opened));
        check(*opened);
        for (const QString &table : tables) {
            QString why;
            QVERIFY2(same(stored(*opened, table), stored(catalogue(), table), &why), qPrintable(table + u": "_s + why));
        }
        opened->database().close();
    }
};

QTEST_GUILESS_MAIN(TestSalesSummary)
#include "tst_salessummary.moc"
