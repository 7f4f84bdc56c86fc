#include "testdatabase.h"

#include <catalogue/catalogue.h>
#include <catalogue/contributeurs.h>
#include <catalogue/livre.h>
#include <catalogue/statistics.h>
#include <catalogue/stock.h>

#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Orm;
using namespace Qt::StringLiterals;
namespace Livre = Catalogue::Livre;
namespace Stats = Catalogue::Statistics;

Q_DECLARE_METATYPE(Catalogue::Statistics::Filter)

// The best sellers among many books and names, on both databases: the lists worked out from the bounds (a
// threshold algorithm over the books' and the names' bounds, by year, month and genre: catalogue/statistics.h)
// must be those of every sale of the range, worked out here. Each test fills an empty catalogue of its own; the
// small catalogue of tst_statistics.cpp checks every other figure.
class TestBestSellers : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TestDatabase> m_db;
    std::optional<Catalogue::Catalogue> m_catalogue;

    const Catalogue::Catalogue &catalogue() const { return *m_catalogue; }

private Q_SLOTS:
    void initTestCase_data() { Test::addDialectRows(); }

    void init()
    {
        TEST_OPEN_DATABASE(m_db);
        auto opened = Catalogue::Catalogue::open(m_db->url(), Catalogue::Catalogue::Missing::Create);
        QVERIFY2(opened, Test::why(opened));
        m_catalogue = *opened;
        QVERIFY(catalogue().hasRelatedTables());
    }

    void cleanup()
    {
        m_catalogue.reset();
        m_db.reset();
    }

    // 200 books, whose sales of 2024 and 2025 rank them differently from their copies of all time: the best
    // books and authors are worked out from the books and names with the highest bounds (more than the first page
    // of them), and must be those of every sale of the range, worked out here. Without a genre or publisher, no
    // statement reads the sales of the range but those of the books or names it looks at.
    void bestSellersAmongManyBooks_data()
    {
        QTest::addColumn<Stats::Filter>("filter");
        QTest::newRow("all") << Stats::Filter{};
        QTest::newRow("2025") << Stats::Filter{.from = QDate(2025, 1, 1), .to = QDate(2025, 12, 31)};
        QTest::newRow("2024") << Stats::Filter{.from = QDate(2024, 1, 1), .to = QDate(2024, 12, 31)};
        QTest::newRow("2025, SF") << Stats::Filter{
                .from = QDate(2025, 1, 1), .to = QDate(2025, 12, 31), .genre = u"SF"_s};
        // Not whole years: the bounds by month (and by genre and month), the first and last months in part.
        QTest::newRow("2024-03-10 to 2025-05-20")
                << Stats::Filter{.from = QDate(2024, 3, 10), .to = QDate(2025, 5, 20)};
        QTest::newRow("2024-03-10 to 2025-05-20, SF")
                << Stats::Filter{.from = QDate(2024, 3, 10), .to = QDate(2025, 5, 20), .genre = u"SF"_s};
        QTest::newRow("from 2024-03-15") << Stats::Filter{.from = QDate(2024, 3, 15)}; // one end: by year
    }

    void bestSellersAmongManyBooks()
    {
        QFETCH(Stats::Filter, filter);
        struct Sale
        {
            int book;
            QDate date;
            qint64 copies; // negative: a return
        };
        QList<QVariant> ids;
        QList<Sale> sales;
        QList<QVariantMap> rows;
        for (int k = 0; k < 200; ++k) {
            QVariantMap values = Catalogue::Catalogue::newBookValues(u"Titre %1"_s.arg(k, 3, 10, QChar(u'0')));
            values.insert(Livre::Auteur, u"Auteur %1"_s.arg(k % 70));
            values.insert(Livre::Genre, k % 2 ? u"SF"_s : u"Roman"_s);
            values.insert(Livre::Prix, 5.0 + k % 17);
            values.insert(Livre::Annee, 2000);
            values.insert(Livre::Quantite, 500);
            auto created = catalogue().livres().create(values);
            QVERIFY2(created, Test::why(created));
            ids << created->get(Livre::Id);
            if (k % 7 == 0) { // a second author, on these books only
                auto set = catalogue().setContributors(ids.last(),
                                                       {{u"Auteur %1"_s.arg(k % 70)}, {u"Second %1"_s.arg(k % 5)}});
                QVERIFY2(set, Test::why(set));
            }
            sales.append({k, QDate(2024, 3, 1 + k % 28), (k * 37) % 60});
            sales.append({k, QDate(2025, 5, 1 + k % 28), (k * 53) % 45});
            if (k % 3 == 0)
                sales.append({k, QDate(2025, 9, 1), -1});
        }
        for (const Sale &sale : std::as_const(sales)) {
            if (sale.copies != 0)
                rows.append({{Catalogue::MouvementStock::LivreId, ids.at(sale.book)},
                             {Catalogue::MouvementStock::Date, QDateTime(sale.date, QTime(9, 0), QTimeZone::utc())},
                             {Catalogue::MouvementStock::Quantite, -sale.copies},
                             {Catalogue::MouvementStock::Type, sale.copies > 0 ? u"vente"_s : u"retour"_s}});
        }
        auto created = catalogue().mouvements().bulkCreate(rows, {.validate = Validate::Skip});
        QVERIFY2(created, Test::why(created));
        // Worked out here: each book's and each name's copies and revenue in the range.
        QMap<int, qint64> byBook;
        QMap<QString, qint64> byName;
        for (const Sale &sale : std::as_const(sales)) {
            if ((filter.from.isValid() && sale.date < filter.from) || (filter.to.isValid() && sale.date > filter.to)
                || (!filter.genre.isEmpty() && (sale.book % 2 ? u"SF"_s : u"Roman"_s) != filter.genre))
                continue;
            byBook[sale.book] += sale.copies;
            byName[u"Auteur %1"_s.arg(sale.book % 70)] += sale.copies;
            if (sale.book % 7 == 0)
                byName[u"Second %1"_s.arg(sale.book % 5)] += sale.copies;
        }
        QMap<QString, double> nameRevenue;
        for (auto i = byBook.cbegin(); i != byBook.cend(); ++i) {
            nameRevenue[u"Auteur %1"_s.arg(i.key() % 70)] += double(*i) * (5.0 + i.key() % 17);
            if (i.key() % 7 == 0)
                nameRevenue[u"Second %1"_s.arg(i.key() % 5)] += double(*i) * (5.0 + i.key() % 17);
        }
        auto order = [](const Stats::Ranked &a, const Stats::Ranked &b) {
            return a.copies != b.copies ? a.copies > b.copies : a.label < b.label;
        };
        QList<Stats::Ranked> books, authors;
        for (auto i = byBook.cbegin(); i != byBook.cend(); ++i) {
            if (*i > 0)
                books.append({ids.at(i.key()), u"Titre %1"_s.arg(i.key(), 3, 10, QChar(u'0')), *i,
                              double(*i) * (5.0 + i.key() % 17)});
        }
        for (auto i = byName.cbegin(); i != byName.cend(); ++i) {
            if (*i > 0)
                authors.append({QVariant(), i.key(), *i, nameRevenue.value(i.key())});
        }
        std::stable_sort(books.begin(), books.end(), order);
        std::stable_sort(authors.begin(), authors.end(), order);
        QStringList sent;
        catalogue().database().setLogger([&sent](const QString &sql) { sent << sql; });
        for (int count : {5, 1}) {
            // More books and names sold than the lists hold: the lists are cut.
            QVERIFY(books.size() > count && authors.size() > count);
            auto bestBooks = Stats::bestBooks(catalogue(), filter, count);
            QVERIFY2(bestBooks, Test::why(bestBooks));
            QCOMPARE(bestBooks->size(), count);
            for (int i = 0; i < count; ++i) {
                QCOMPARE(bestBooks->at(i).label, books.at(i).label);
                QCOMPARE(bestBooks->at(i).id.toLongLong(), books.at(i).id.toLongLong());
                QCOMPARE(bestBooks->at(i).copies, books.at(i).copies);
                QCOMPARE(bestBooks->at(i).revenue, books.at(i).revenue);
            }
            auto bestAuthors = Stats::bestAuthors(catalogue(), filter, count);
            QVERIFY2(bestAuthors, Test::why(bestAuthors));
            QCOMPARE(bestAuthors->size(), count);
            for (int i = 0; i < count; ++i) {
                QCOMPARE(bestAuthors->at(i).label, authors.at(i).label);
                QCOMPARE(bestAuthors->at(i).copies, authors.at(i).copies);
                QVERIFY(std::abs(bestAuthors->at(i).revenue - authors.at(i).revenue) < 1e-6);
            }
        }
        catalogue().database().setLogger({});
        // Every list from the bounds, with a genre too: no statement reads the range's sales unrestricted.
        const QRegularExpression restricted(uR"re("(LivreId|Nom|Auteur)" IN \()re"_s);
        int reads = 0;
        for (const QString &sql : std::as_const(sent)) {
            if (!sql.contains(u"\"MouvementsStock\""_s))
                continue;
            ++reads;
            QVERIFY2(sql.contains(restricted), qPrintable(sql));
        }
        QVERIFY(reads > 0);
    }

    // A name's bound can be far above its sales in a short range, and its co-author's far below: the co-author is
    // met on the books of the first pages' names before its own bound is read. It is listed once, with all its
    // copies.
    void bestAuthorsListCoAuthorsOnce()
    {
        const auto book = [&](const QString &title, const QString &author) -> QVariant {
            QVariantMap values = Catalogue::Catalogue::newBookValues(title);
            values.insert(Livre::Auteur, author);
            values.insert(Livre::Prix, 10.0);
            values.insert(Livre::Quantite, 100);
            auto created = catalogue().livres().create(values);
            return created ? created->get(Livre::Id) : QVariant();
        };
        QList<QVariantMap> sales;
        const auto sell = [&](const QVariant &id, QDate date, qint64 copies) {
            sales.append({{Catalogue::MouvementStock::LivreId, id},
                          {Catalogue::MouvementStock::Date, QDateTime(date, QTime(9, 0), QTimeZone::utc())},
                          {Catalogue::MouvementStock::Quantite, -copies},
                          {Catalogue::MouvementStock::Type, u"vente"_s}});
        };
        // 80 names that sold 11 copies in 2023, one of them in May; Lead 25, 5 of them in May on a book with Star.
        for (int i = 0; i < 80; ++i) {
            const QVariant id = book(u"Rempli %1"_s.arg(i), u"Auteur F%1"_s.arg(i, 2, 10, QChar(u'0')));
            QVERIFY(id.isValid());
            sell(id, QDate(2023, 3, 2), 10);
            sell(id, QDate(2023, 5, 2), 1);
        }
        const QVariant alone = book(u"Seul"_s, u"Lead"_s);
        const QVariant together = book(u"Ensemble"_s, u"Lead"_s);
        QVERIFY(alone.isValid() && together.isValid());
        auto set = catalogue().setContributors(together, {{u"Lead"_s}, {u"Star"_s}});
        QVERIFY2(set, Test::why(set));
        sell(alone, QDate(2023, 1, 10), 20);
        sell(together, QDate(2023, 5, 10), 5);
        auto created = catalogue().mouvements().bulkCreate(sales, {.validate = Validate::Skip});
        QVERIFY2(created, Test::why(created));

        auto best = Stats::bestAuthors(catalogue(), {.from = QDate(2023, 5, 1), .to = QDate(2023, 5, 31)}, 3);
        QVERIFY2(best, Test::why(best));
        QStringList lines;
        for (const Stats::Ranked &line : std::as_const(*best))
            lines << u"%1 %2"_s.arg(line.label).arg(line.copies);
        QCOMPARE(lines, (QStringList{u"Lead 5"_s, u"Star 5"_s, u"Auteur F00 1"_s}));
    }

    // With a genre, the names' bounds (of all their books) can be far above their sales of that genre: past 1,000
    // names the list gives up on them, and the genre's books are read in parts instead (their sales restricted by
    // book, as for the candidates), never every sale of the range.
    void bestAuthorsOfAGenreAmongManyNames()
    {
        constexpr int names = 1050;
        QList<QVariantMap> books;
        QMap<QString, qint64> sf; // each name's copies of SF
        QList<qint64> copies; // of each book
        for (int k = 0; k < names; ++k) {
            const QString name = u"Nom %1"_s.arg(k, 4, 10, QChar(u'0'));
            for (const QString &genre : {u"Roman"_s, u"SF"_s}) {
                QVariantMap values = Catalogue::Catalogue::newBookValues(genre + u' ' + name);
                values.insert(Livre::Auteur, name);
                values.insert(Livre::Genre, genre);
                values.insert(Livre::Quantite, 100);
                books << values;
                copies << (genre == u"SF"_s ? 1 + (k * 13) % 7 : 50);
                if (genre == u"SF"_s)
                    sf[name] = copies.last();
            }
        }
        auto created = catalogue().livres().bulkCreate(books);
        QVERIFY2(created, Test::why(created));
        QCOMPARE(created->size(), books.size());
        QList<QVariantMap> sales;
        for (qsizetype i = 0; i < created->size(); ++i)
            sales.append(
                    {{Catalogue::MouvementStock::LivreId, created->at(i).get(Livre::Id)},
                     {Catalogue::MouvementStock::Date, QDateTime(QDate(2023, 4, 3), QTime(9, 0), QTimeZone::utc())},
                     {Catalogue::MouvementStock::Quantite, -copies.at(i)},
                     {Catalogue::MouvementStock::Type, u"vente"_s}});
        auto sold = catalogue().mouvements().bulkCreate(sales, {.validate = Validate::Skip});
        QVERIFY2(sold, Test::why(sold));
        QList<std::pair<qint64, QString>> expected;
        for (auto it = sf.cbegin(); it != sf.cend(); ++it)
            expected.append({-*it, it.key()});
        std::sort(expected.begin(), expected.end());
        QStringList sent;
        catalogue().database().setLogger([&sent](const QString &sql) { sent << sql; });
        auto best = Stats::bestAuthors(catalogue(),
                                       {.from = QDate(2023, 1, 1), .to = QDate(2023, 12, 31), .genre = u"SF"_s}, 5);
        catalogue().database().setLogger({});
        QVERIFY2(best, Test::why(best));
        QCOMPARE(best->size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(best->at(i).label, expected.at(i).second);
            QCOMPARE(best->at(i).copies, -expected.at(i).first);
        }
        for (const QString &sql : std::as_const(sent)) {
            if (sql.contains(u"\"MouvementsStock\""_s))
                QVERIFY2(sql.contains(u"\"LivreId\" IN ("_s), qPrintable(sql.left(400)));
        }
    }

    // Over several months, each month's names are read from its highest bound down, a page at a time: a name that
    // is in no month's first page can still sell most over the range. 840 names sold 20 to 24 copies in one month of
    // 2024 each, 70 a month; Régulier sold 5 copies every month. It leads the year and leads no month: the lists go
    // on until the names met in none (bounded by the sum of the lowest bounds read in each month) cannot reach the
    // list. With a genre, the same from the bounds by genre and month.
    void bestAuthorsLeadWithoutLeadingAMonth_data()
    {
        QTest::addColumn<QString>("genre");
        QTest::newRow("all genres") << QString();
        QTest::newRow("SF") << u"SF"_s;
    }

    void bestAuthorsLeadWithoutLeadingAMonth()
    {
        QFETCH(QString, genre);
        QList<QVariantMap> books;
        QList<std::pair<QDate, qint64>> sales; // of each book
        for (int k = 0; k <= 840; ++k) {
            const QString name = k < 840 ? u"Pic %1"_s.arg(k, 3, 10, QChar(u'0')) : u"Régulier"_s;
            QVariantMap values = Catalogue::Catalogue::newBookValues(name);
            values.insert(Livre::Auteur, name);
            values.insert(Livre::Genre, u"SF"_s);
            values.insert(Livre::Prix, 10.0);
            values.insert(Livre::Quantite, 100);
            books << values;
        }
        auto created = catalogue().livres().bulkCreate(books);
        QVERIFY2(created, Test::why(created));
        QCOMPARE(created->size(), books.size());
        QList<QVariantMap> rows;
        QMap<QString, qint64> byName;
        const auto sell = [&](qsizetype book, QDate day, qint64 copies) {
            rows.append({{Catalogue::MouvementStock::LivreId, created->at(book).get(Livre::Id)},
                         {Catalogue::MouvementStock::Date, QDateTime(day, QTime(9, 0), QTimeZone::utc())},
                         {Catalogue::MouvementStock::Quantite, -copies},
                         {Catalogue::MouvementStock::Type, u"vente"_s}});
            byName[books.at(book).value(Livre::Auteur).toString()] += copies;
        };
        for (int k = 0; k < 840; ++k)
            sell(k, QDate(2024, 1 + k / 70, 10), 20 + k % 5);
        for (int month = 1; month <= 12; ++month)
            sell(840, QDate(2024, month, 15), 5);
        auto sold = catalogue().mouvements().bulkCreate(rows, {.validate = Validate::Skip});
        QVERIFY2(sold, Test::why(sold));
        QList<std::pair<qint64, QString>> expected;
        for (auto it = byName.cbegin(); it != byName.cend(); ++it)
            expected.append({-*it, it.key()});
        std::sort(expected.begin(), expected.end());
        QCOMPARE(expected.first(), std::make_pair(qint64(-60), u"Régulier"_s));
        // Not whole years: from the bounds by month.
        auto best = Stats::bestAuthors(catalogue(),
                                       {.from = QDate(2024, 1, 5), .to = QDate(2024, 12, 20), .genre = genre}, 3);
        QVERIFY2(best, Test::why(best));
        QCOMPARE(best->size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(best->at(i).label, expected.at(i).second);
            QCOMPARE(best->at(i).copies, -expected.at(i).first);
            QCOMPARE(best->at(i).revenue, 10.0 * best->at(i).copies);
        }
    }
};

QTEST_GUILESS_MAIN(TestBestSellers)
#include "tst_bestsellers.moc"
