// The shop counter's receipt (Catalogue::Till): books found by ISBN or title, sales, returns and undo recorded as
// stock movements exactly once per scan, on SQLite and on the test PostgreSQL server, and by a clerk there.

#include "testdatabase.h"

#include <catalogue/catalogue.h>
#include <catalogue/identifiants.h>
#include <catalogue/livre.h>
#include <catalogue/till.h>
#include <catalogue/users.h>
#include <orm/roles.h>

#include <QCoreApplication>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
namespace Livre = Catalogue::Livre;
namespace Identifiant = Catalogue::Identifiant;
namespace MouvementStock = Catalogue::MouvementStock;
using Catalogue::Movement;
using Catalogue::Till;
using Catalogue::TillLine;

class TestTill : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TestDatabase> m_db;
    std::optional<Catalogue::Catalogue> m_catalogue;
    QVariant m_prince; // Le Petit Prince, ISBN 978-2-07-061275-8, 7.50, 3 in stock
    QVariant m_dune; // Dune, ISBN 978-2-266-32048-1, 10.90, 1 in stock
    QVariant m_odyssey; // The Odyssey, no ISBN, 12, 2 in stock

    QVariant addBook(const QString &title, double price, qint64 stock, const QString &isbn)
    {
        QVariantMap values = Catalogue::Catalogue::newBookValues(title);
        values.insert(Livre::Prix, price);
        values.insert(Livre::Quantite, stock); // recorded as an opening balance by the catalogue
        auto created = m_catalogue->livres().create(values);
        if (!created)
            qFatal("%s", Test::why(created).constData());
        const QVariant id = created->get(Livre::Id);
        if (!isbn.isEmpty()) {
            auto identifier = m_catalogue->identifiants().create({{Identifiant::LivreId, id},
                                                                  {Identifiant::Type, Identifiant::Isbn13},
                                                                  {Identifiant::Valeur, isbn}});
            if (!identifier)
                qFatal("%s", Test::why(identifier).constData());
        }
        return id;
    }

    qint64 stock(const QVariant &id) const
    {
        return m_catalogue->livres().findByPk(id).value_or(Orm::Instance()).get(Livre::Quantite).toLongLong();
    }

    double sold(const QVariant &id) const
    {
        return m_catalogue->livres().findByPk(id).value_or(Orm::Instance()).get(Livre::Ventes).toDouble();
    }

    // The book's movements of the till (opening balances left out), oldest first, as "type quantity".
    QStringList movements(const QVariant &id) const
    {
        auto rows = m_catalogue->mouvements().findAll(
                {.where = Orm::col(MouvementStock::LivreId) == Orm::Expr::fromValue(id)
                         && Orm::col(MouvementStock::Type) != Catalogue::movementType(Movement::OpeningBalance),
                 .order = {Orm::asc(MouvementStock::Id)}});
        QStringList list;
        for (const Orm::Instance &row : rows.value_or(QList<Orm::Instance>()))
            list << row.get(MouvementStock::Type).toString() + u' ' + row.get(MouvementStock::Quantite).toString();
        return list;
    }

private Q_SLOTS:
    void initTestCase_data() { Test::addDialectRows(); }

    void init()
    {
        TEST_OPEN_DATABASE(m_db);
        auto opened = Catalogue::Catalogue::open(m_db->url(), Catalogue::Catalogue::Missing::Create);
        QVERIFY2(opened, Test::why(opened));
        m_catalogue = *opened;
        QVERIFY(m_catalogue->hasIdentifiers() && m_catalogue->hasRelatedTables());
        m_prince = addBook(u"Le Petit Prince"_s, 7.5, 3, u"9782070612758"_s);
        m_dune = addBook(u"Dune"_s, 10.9, 1, u"9782266320481"_s);
        m_odyssey = addBook(u"The Odyssey"_s, 12, 2, {});
    }

    void cleanup()
    {
        if (m_catalogue)
            m_catalogue->database().close();
        m_catalogue.reset();
        m_db.reset();
    }

    void findsABookByItsIsbn_data()
    {
        QTest::addColumn<QString>("scanned");
        QTest::newRow("ISBN-13 as a scanner types it") << u"9782070612758"_s;
        QTest::newRow("ISBN-13 with hyphens") << u"978-2-07-061275-8"_s;
        QTest::newRow("ISBN-10 of the stored ISBN-13") << u"2070612759"_s;
        QTest::newRow("ISBN-10 with hyphens and spaces") << u" 2-07-061275-9 "_s;
    }

    void findsABookByItsIsbn()
    {
        QFETCH(QString, scanned);
        auto found = Till(*m_catalogue).findByIsbn(scanned);
        QVERIFY2(found, Test::why(found));
        QCOMPARE(found->id.toLongLong(), m_prince.toLongLong());
        QCOMPARE(found->title, u"Le Petit Prince"_s);
        QCOMPARE(found->price, 7.5);
        QCOMPARE(found->stock, 3);
        QCOMPARE(found->isbn, u"9782070612758"_s);
    }

    void refusesWhatIsNotAKnownIsbn_data()
    {
        QTest::addColumn<QString>("scanned");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("wrong check digit")
                << u"9782070612757"_s << int(Orm::Error::Kind::Validation) << u"check digit"_s;
        QTest::newRow("ISBN-10 with a wrong check digit")
                << u"2070612758"_s << int(Orm::Error::Kind::Validation) << u"check digit"_s;
        QTest::newRow("too short") << u"97820706"_s << int(Orm::Error::Kind::Validation) << u"check digit"_s;
        QTest::newRow("a valid ISBN no book has")
                << u"9780140449136"_s << int(Orm::Error::Kind::EmptyResult) << u"No book has the ISBN 9780140449136"_s;
    }

    void refusesWhatIsNotAKnownIsbn()
    {
        QFETCH(QString, scanned);
        QFETCH(int, kind);
        QFETCH(QString, says);
        auto found = Till(*m_catalogue).findByIsbn(scanned);
        QVERIFY(!found);
        QCOMPARE(int(found.error().kind()), kind);
        QVERIFY2(found.error().message().contains(says), qPrintable(found.error().message()));
    }

    void tellsCodesFromTitles()
    {
        QVERIFY(Till::looksLikeCode(u"978-2-07-061275-8"));
        QVERIFY(Till::looksLikeCode(u"207061275X"));
        QVERIFY(!Till::looksLikeCode(u"petit prince"));
        QVERIFY(!Till::looksLikeCode(u"1984 Orwell"));
        QVERIFY(!Till::looksLikeCode(u""));
    }

    void findsBooksByTitle()
    {
        const Till till(*m_catalogue);
        auto found = till.findByTitle(u"petit PRIN"_s);
        QVERIFY2(found, Test::why(found));
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().id.toLongLong(), m_prince.toLongLong());
        QCOMPARE(found->first().isbn, u"9782070612758"_s);
        auto none = till.findByTitle(u"Zarathoustra"_s);
        QVERIFY2(none, Test::why(none));
        QVERIFY(none->isEmpty());
        auto noWord = till.findByTitle(u"  -- "_s);
        QVERIFY(noWord && noWord->isEmpty());
    }

    void aSaleTakesACopyAndAddsTheLine()
    {
        Till till(*m_catalogue);
        auto sale = till.sell(m_prince, Till::newKey());
        QVERIFY2(sale, Test::why(sale));
        QVERIFY(!sale->repeated);
        QCOMPARE(sale->line.quantity, 1);
        QCOMPARE(sale->line.unitPrice, 7.5);
        QCOMPARE(sale->line.book.stock, 2); // after the sale
        QCOMPARE(stock(m_prince), 2);
        QCOMPARE(sold(m_prince), 1.0);
        QCOMPARE(movements(m_prince), QStringList{u"vente -1"_s});
        auto two = till.sell(m_prince, Till::newKey(), 2);
        QVERIFY2(two, Test::why(two));
        QCOMPARE(till.lines().size(), 2);
        QCOMPARE(till.items(), 3);
        QCOMPARE(till.total(), 22.5);
        QCOMPARE(stock(m_prince), 0);
    }

    void oneScanIsRecordedOnce()
    {
        Till till(*m_catalogue);
        const QString key = Till::newKey();
        auto first = till.sell(m_prince, key);
        QVERIFY2(first, Test::why(first));
        // The same scan again (a double Enter, a retry): the line as recorded, nothing written.
        auto again = till.sell(m_prince, key);
        QVERIFY2(again, Test::why(again));
        QVERIFY(again->repeated);
        QCOMPARE(again->line.movementId, first->line.movementId);
        QCOMPARE(till.lines().size(), 1);
        QCOMPARE(stock(m_prince), 2);
        QCOMPARE(movements(m_prince), QStringList{u"vente -1"_s});
        // A retry whose first attempt committed but whose reply never came back: another receipt that lacks the
        // line finds it in the database by its key.
        Till retry(*m_catalogue);
        auto found = retry.sell(m_prince, key);
        QVERIFY2(found, Test::why(found));
        QVERIFY(found->repeated);
        QCOMPARE(found->line.movementId, first->line.movementId);
        QCOMPARE(retry.lines().size(), 1);
        QCOMPARE(stock(m_prince), 2);
        QCOMPARE(movements(m_prince), QStringList{u"vente -1"_s});
        // A key is letters, digits and hyphens: nothing that a LIKE pattern would read as a wildcard.
        auto wild = till.sell(m_prince, u"%"_s);
        QVERIFY(!wild);
        QCOMPARE(wild.error().kind(), Orm::Error::Kind::InvalidQuery);
        QCOMPARE(stock(m_prince), 2);
    }

    void refusesASaleBeyondTheStock()
    {
        Till till(*m_catalogue);
        auto last = till.sell(m_dune, Till::newKey());
        QVERIFY2(last, Test::why(last));
        QCOMPARE(stock(m_dune), 0);
        auto none = till.sell(m_dune, Till::newKey());
        QVERIFY(!none);
        QCOMPARE(none.error().kind(), Orm::Error::Kind::Validation);
        QVERIFY2(none.error().message().contains(u"in stock"_s), qPrintable(none.error().message()));
        QCOMPARE(stock(m_dune), 0);
        QCOMPARE(movements(m_dune), QStringList{u"vente -1"_s});
        QCOMPARE(till.lines().size(), 1);
        auto tooMany = till.sell(m_prince, Till::newKey(), 4);
        QVERIFY(!tooMany);
        QCOMPARE(stock(m_prince), 3);
        QCOMPARE(till.total(), 10.9);
    }

    void aReturnPutsTheCopyBack()
    {
        Till till(*m_catalogue);
        QVERIFY(till.sell(m_odyssey, Till::newKey()));
        Till later(*m_catalogue); // the customer comes back another day
        auto back = later.takeBack(m_odyssey, Till::newKey());
        QVERIFY2(back, Test::why(back));
        QCOMPARE(back->line.kind, TillLine::Kind::Return);
        QCOMPARE(back->line.book.stock, 2);
        QCOMPARE(stock(m_odyssey), 2);
        QCOMPARE(sold(m_odyssey), 0.0);
        QCOMPARE(later.total(), -12.0);
        QCOMPARE(later.items(), -1);
        QCOMPARE(movements(m_odyssey), QStringList({u"vente -1"_s, u"retour 1"_s}));
        // More back than were ever sold: refused, nothing written.
        auto more = later.takeBack(m_odyssey, Till::newKey());
        QVERIFY(!more);
        QCOMPARE(stock(m_odyssey), 2);
    }

    void undoReversesTheLastLineAndKeepsHistory()
    {
        Till till(*m_catalogue);
        QVERIFY(till.sell(m_prince, Till::newKey()));
        QVERIFY(till.sell(m_odyssey, Till::newKey()));
        QCOMPARE(till.total(), 19.5);
        auto undone = till.undoLast();
        QVERIFY2(undone, Test::why(undone));
        QCOMPARE(undone->book.id.toLongLong(), m_odyssey.toLongLong());
        QVERIFY(undone->undone);
        QVERIFY(till.lines().last().undone);
        QCOMPARE(till.lines().size(), 2); // the line stays on the receipt, out of its total
        QCOMPARE(till.total(), 7.5);
        QCOMPARE(stock(m_odyssey), 2);
        QCOMPARE(sold(m_odyssey), 0.0);
        QCOMPARE(movements(m_odyssey), QStringList({u"vente -1"_s, u"retour 1"_s}));
        // Then the line before it; then nothing is left to undo.
        QVERIFY(till.undoLast());
        QCOMPARE(stock(m_prince), 3);
        QCOMPARE(till.total(), 0.0);
        auto nothing = till.undoLast();
        QVERIFY(!nothing);
        QCOMPARE(nothing.error().kind(), Orm::Error::Kind::EmptyResult);
        // A return undone takes the copy away again.
        QVERIFY(till.sell(m_prince, Till::newKey()));
        auto back = till.takeBack(m_prince, Till::newKey());
        QVERIFY2(back, Test::why(back));
        QCOMPARE(stock(m_prince), 3);
        QVERIFY(till.undoLast());
        QCOMPARE(stock(m_prince), 2);
        QCOMPARE(sold(m_prince), 1.0);
        QCOMPARE(till.total(), 7.5);
        QCOMPARE(movements(m_prince),
                 QStringList({u"vente -1"_s, u"retour 1"_s, u"vente -1"_s, u"retour 1"_s, u"vente -1"_s}));
    }

    void anUndoIsRecordedOnce()
    {
        const QString key = Till::newKey();
        Till till(*m_catalogue);
        QVERIFY(till.sell(m_prince, key));
        QVERIFY(till.undoLast());
        // The same line brought back from the database on another receipt, and undone again (a retry whose
        // reply was lost): its undo is found by its key, not recorded twice.
        Till retry(*m_catalogue);
        QVERIFY(retry.sell(m_prince, key));
        auto again = retry.undoLast();
        QVERIFY2(again, Test::why(again));
        QCOMPARE(again->undoMovementId, till.lines().first().undoMovementId);
        QCOMPARE(stock(m_prince), 3);
        QCOMPARE(movements(m_prince), QStringList({u"vente -1"_s, u"retour 1"_s}));
    }

    // On PostgreSQL with the server's privileges: a clerk sells, takes back and undoes, and cannot change a price.
    void aClerkWorksTheTill()
    {
        QFETCH_GLOBAL(QString, dialect);
        if (dialect != u"postgres"_s)
            QSKIP("a SQLite file has no users: a clerk's privileges are checked on the PostgreSQL row");
        const QString name = u"ttill%1_clerk"_s.arg(QCoreApplication::applicationPid());
        const QString password = u"pw-till"_s;
        const Catalogue::Users users(*m_catalogue);
        auto added = users.add(name, Catalogue::Role::Clerk, password);
        QVERIFY2(added, Test::why(added));
        const auto dropRoles = qScopeGuard([&] {
            m_catalogue->database().close();
            m_catalogue.reset();
            const QStringList groups = {users.groupName(Catalogue::Role::Manager).value_or(QString()),
                                        users.groupName(Catalogue::Role::Clerk).value_or(QString()),
                                        users.groupName(Catalogue::Role::Reader).value_or(QString())};
            m_db.reset(); // the database first: the groups' privileges go with it
            auto admin = Orm::Database::open(Test::postgresAdminUrl());
            if (!admin)
                return;
            for (const QString &role : QStringList{name} + groups) {
                if (Orm::Roles::exists(*admin, role).value_or(false))
                    (void)Orm::Roles::drop(*admin, role);
            }
            admin->close();
        });
        QUrl url(m_db->url());
        url.setUserName(name);
        url.setPassword(password);
        auto clerk = Catalogue::Catalogue::open(url.toString(), Catalogue::Catalogue::Missing::Refuse);
        QVERIFY2(clerk, Test::why(clerk));
        Till till(*clerk);
        auto found = till.findByIsbn(u"2070612759"_s);
        QVERIFY2(found, Test::why(found));
        auto sale = till.sell(found->id, Till::newKey());
        QVERIFY2(sale, Test::why(sale));
        QVERIFY(till.sell(found->id, sale->line.key)->repeated);
        QVERIFY(till.sell(m_odyssey, Till::newKey()));
        QVERIFY(till.takeBack(m_odyssey, Till::newKey()));
        QVERIFY(till.undoLast());
        auto byTitle = till.findByTitle(u"odyssey"_s);
        QVERIFY2(byTitle && byTitle->size() == 1, Test::why(byTitle));
        QCOMPARE(stock(m_prince), 2);
        QCOMPARE(stock(m_odyssey), 1);
        // The clerk's own SQL against a price: the server refuses it.
        auto price = clerk->database().query(u"UPDATE \"Livres\" SET \"Prix\" = 0.01"_s);
        QVERIFY(!price);
        QCOMPARE(price.error().nativeCode(), u"42501"_s);
        clerk->database().close();
        QCOMPARE(m_catalogue->livres().findByPk(m_prince)->get(Livre::Prix).toDouble(), 7.5);
    }
};

QTEST_GUILESS_MAIN(TestTill)
#include "tst_till.moc"
