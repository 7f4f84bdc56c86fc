// The till mode driven as a barcode reader and a clerk would: opened from View > Till mode, ISBNs typed into the
// scan field with Enter (twice, as some scanners do), a wrong check digit, a book out of stock, a title looked up,
// a return, undo; then the database's stock and movements checked. On SQLite and on the test PostgreSQL server.
// With CATALOGUE_TILL_SCREENSHOT=FILE.png it also saves the screen after a few sales (docs/screenshots/till.png).

#include <catalogue/catalogue.h>
#include <catalogue/identifiants.h>
#include <catalogue/livre.h>
#include <catalogue/users.h>
#include <orm/hooks.h>
#include <orm/roles.h>

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

#include <mainwindow.h>
#include <preferencesdialog.h>
#include <testdatabase.h>
#include <tillview.h>

using namespace Qt::StringLiterals;
namespace Livre = Catalogue::Livre;
namespace Identifiant = Catalogue::Identifiant;
namespace MouvementStock = Catalogue::MouvementStock;
using Catalogue::Movement;
using Tone = Gui::TillView::Tone;

class TestTillView : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TestDatabase> m_db;
    std::optional<Catalogue::Catalogue> m_catalogue;
    std::unique_ptr<Gui::MainWindow> m_window;
    Gui::TillView *m_till = nullptr;
    QTemporaryDir m_files;
    QVariant m_prince; // 978-2-07-061275-8 (ISBN-10 2-07-061275-9), $7.50, 3 in stock
    QVariant m_dune; // 978-2-266-32048-1, $10.90, 1 in stock

    QVariant addBook(const QString &title, const QString &author, double price, qint64 stock, const QString &isbn)
    {
        QVariantMap values = Catalogue::Catalogue::newBookValues(title);
        values.insert(Livre::Auteur, author);
        values.insert(Livre::Prix, price);
        values.insert(Livre::Quantite, stock);
        auto created = m_catalogue->livres().create(values);
        if (!created)
            qFatal("%s", Test::why(created).constData());
        auto identifier = m_catalogue->identifiants().create({{Identifiant::LivreId, created->get(Livre::Id)},
                                                              {Identifiant::Type, Identifiant::Isbn13},
                                                              {Identifiant::Valeur, isbn}});
        if (!identifier)
            qFatal("%s", Test::why(identifier).constData());
        return created->get(Livre::Id);
    }

    qint64 stock(const QVariant &id) const
    {
        return m_catalogue->livres().findByPk(id).value_or(Orm::Instance()).get(Livre::Quantite).toLongLong();
    }

    // The book's movements other than its opening balance, oldest first, as "type quantity".
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

    // What a barcode reader sends: the digits as keys, then Enter.
    void scan(const QString &code)
    {
        QTest::keyClicks(m_till->scanField(), code);
        QTest::keyClick(m_till->scanField(), Qt::Key_Return);
    }

    QString message() const { return m_till->messageLabel()->text(); }

private Q_SLOTS:
    void initTestCase_data() { Test::addDialectRows(); }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_files.filePath(u"settings"_s));
        Gui::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        TEST_OPEN_DATABASE(m_db);
        auto opened = Catalogue::Catalogue::open(m_db->url(), Catalogue::Catalogue::Missing::Create);
        QVERIFY2(opened, Test::why(opened));
        m_catalogue = *opened;
        m_prince = addBook(u"Le Petit Prince"_s, u"Antoine de Saint-Exupéry"_s, 7.5, 3, u"9782070612758"_s);
        m_dune = addBook(u"Dune"_s, u"Frank Herbert"_s, 10.9, 1, u"9782266320481"_s);
        m_window = std::make_unique<Gui::MainWindow>();
        m_window->setCatalogue(*m_catalogue);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QAction *till = m_window->action(u"till"_s);
        QVERIFY(till);
        QCOMPARE(till->shortcut(), QKeySequence(Qt::Key_F8));
        till->trigger();
        m_till = m_window->findChild<Gui::TillView *>();
        QVERIFY(m_till);
        QVERIFY(QTest::qWaitForWindowExposed(m_till));
        QApplication::setActiveWindow(m_till);
        QTRY_COMPARE(QApplication::focusWidget(), m_till->scanField());
    }

    void cleanup()
    {
        m_window.reset(); // the till with it
        m_till = nullptr;
        if (m_catalogue)
            m_catalogue->database().close();
        m_catalogue.reset();
        m_db.reset();
    }

    void aScanSellsOnceWhateverTheEntersAfterIt()
    {
        scan(u"9782070612758"_s);
        QTest::keyClick(m_till->scanField(), Qt::Key_Return); // the scanner's second Enter
        QCOMPARE(m_till->tone(), Tone::Done);
        QVERIFY2(message().contains(u"Sold: Le Petit Prince, $7.50"_s), qPrintable(message()));
        QCOMPARE(stock(m_prince), 2);
        QCOMPARE(movements(m_prince), QStringList{u"vente -1"_s});
        QCOMPARE(m_till->receipt()->topLevelItemCount(), 1);
        QVERIFY(m_till->scanField()->text().isEmpty());
        // Enter held down on the next scan: the key's repeats are not scans.
        QTest::keyClicks(m_till->scanField(), u"9782070612758"_s);
        QKeyEvent repeat(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, u"\r"_s, true);
        QApplication::sendEvent(m_till->scanField(), &repeat);
        QCOMPARE(stock(m_prince), 2);
        QTest::keyClick(m_till->scanField(), Qt::Key_Return);
        QCOMPARE(stock(m_prince), 1);
        // The ISBN-10 printed on an older copy finds the ISBN-13 stored.
        scan(u"2070612759"_s);
        QCOMPARE(stock(m_prince), 0);
        QCOMPARE(movements(m_prince), QStringList({u"vente -1"_s, u"vente -1"_s, u"vente -1"_s}));
        QCOMPARE(m_till->receipt()->topLevelItemCount(), 3);
        QVERIFY2(m_till->totalLabel()->text().contains(u"$22.50"_s), qPrintable(m_till->totalLabel()->text()));
        QCOMPARE(QApplication::focusWidget(), m_till->scanField());
    }

    void theBookShowsWithItsPriceStockAndCover()
    {
        QImage image(60, 90, QImage::Format_RGB32);
        image.fill(Qt::darkBlue);
        QByteArray png;
        QBuffer buffer(&png);
        QVERIFY(buffer.open(QIODevice::WriteOnly) && image.save(&buffer, "PNG"));
        auto reference = m_catalogue->storeCover(png);
        QVERIFY2(reference, Test::why(reference));
        QVERIFY(m_catalogue->updateBook(m_prince, {{Livre::Couverture, *reference}}));
        scan(u"978-2-07-061275-8"_s);
        QCOMPARE(m_till->findChild<QLabel *>(u"tillTitle"_s)->text(), u"Le Petit Prince"_s);
        QCOMPARE(m_till->findChild<QLabel *>(u"tillPrice"_s)->text(), u"$7.50"_s);
        QCOMPARE(m_till->findChild<QLabel *>(u"tillStock"_s)->text(), u"2 in stock"_s);
        auto *cover = m_till->findChild<QLabel *>(u"tillCover"_s);
        QVERIFY(cover->isVisible());
        QVERIFY(!cover->pixmap().isNull());
        scan(u"9782266320481"_s); // Dune has no cover
        QVERIFY(!cover->isVisible());
        QCOMPARE(m_till->findChild<QLabel *>(u"tillStock"_s)->text(), u"Out of stock"_s);
    }

    void aWrongIsbnSaysSoAtOnce()
    {
        scan(u"9782070612757"_s);
        QCOMPARE(m_till->tone(), Tone::Refused);
        QVERIFY2(message().contains(u"check digit"_s), qPrintable(message()));
        scan(u"9780140449136"_s); // typed over the selected wrong one, as the next scan would
        QVERIFY2(message().contains(u"No book has the ISBN 9780140449136"_s), qPrintable(message()));
        QCOMPARE(m_till->receipt()->topLevelItemCount(), 0);
        QCOMPARE(movements(m_prince), QStringList());
        QCOMPARE(stock(m_prince), 3);
    }

    void aSaleBeyondTheStockIsRefused()
    {
        scan(u"9782266320481"_s);
        QCOMPARE(stock(m_dune), 0);
        scan(u"9782266320481"_s); // a second copy the shop does not have
        QCOMPARE(m_till->tone(), Tone::Refused);
        QVERIFY2(message().contains(u"Not sold: Dune is out of stock"_s), qPrintable(message()));
        QCOMPARE(stock(m_dune), 0);
        QCOMPARE(movements(m_dune), QStringList{u"vente -1"_s});
        QCOMPARE(m_till->receipt()->topLevelItemCount(), 1);
        // More copies than the shop has: refused, saying how many there are.
        scan(u"5*9782070612758"_s);
        QCOMPARE(m_till->tone(), Tone::Refused);
        QVERIFY2(message().contains(u"Not sold"_s) && message().contains(u"3 copies in stock"_s),
                 qPrintable(message()));
        QCOMPARE(stock(m_prince), 3);
        // A quantity: two copies of Le Petit Prince in one scan.
        scan(u"2*9782070612758"_s);
        QCOMPARE(stock(m_prince), 1);
        QCOMPARE(movements(m_prince), QStringList{u"vente -2"_s});
    }

    // The sale is committed but its reply is lost (here the book read after the commit fails, as a dropped
    // connection would make it): the screen says it is not recorded, and Enter again retries the same scan under its
    // key, which finds the sale instead of recording a second one.
    void aRetryAfterALostReplyRecordsOnce()
    {
        bool armed = true;
        bool locked = false;
        m_catalogue->livres().addHook(
                Orm::HookEvent::BeforeFind,
                [&](Orm::HookContext &context) -> Orm::Status {
                    if (!armed)
                        return {};
                    if (context.find->lock == Orm::Lock::Update) {
                        locked = true; // the sale's transaction has begun
                    } else if (locked) {
                        armed = false;
                        return Orm::fail(Orm::Error::Kind::Connection, u"the server stopped answering"_s);
                    }
                    return {};
                },
                u"test.lostReply"_s);
        const auto unhook =
                qScopeGuard([&] { m_catalogue->livres().removeHook(Orm::HookEvent::BeforeFind, u"test.lostReply"_s); });
        scan(u"9782070612758"_s);
        QVERIFY(!armed);
        QCOMPARE(m_till->tone(), Tone::Refused);
        QVERIFY2(message().startsWith(u"Not recorded"_s), qPrintable(message()));
        QCOMPARE(stock(m_prince), 2); // committed all the same
        QCOMPARE(m_till->receipt()->topLevelItemCount(), 0);
        QCOMPARE(m_till->scanField()->text(), u"9782070612758"_s); // kept for the retry
        QTest::keyClick(m_till->scanField(), Qt::Key_Return);
        QVERIFY2(message().startsWith(u"Already recorded"_s), qPrintable(message()));
        QCOMPARE(stock(m_prince), 2);
        QCOMPARE(movements(m_prince), QStringList{u"vente -1"_s});
        QCOMPARE(m_till->receipt()->topLevelItemCount(), 1);
        QVERIFY(m_till->scanField()->text().isEmpty());
        // The next scan of the same book is a new sale.
        scan(u"9782070612758"_s);
        QCOMPARE(stock(m_prince), 1);
        QCOMPARE(m_till->receipt()->topLevelItemCount(), 2);
    }

    void aTitleIsFoundAndSoldWithTheArrowsAndEnter()
    {
        scan(u"prince"_s);
        QVERIFY(m_till->candidates()->isVisible());
        QCOMPARE(m_till->candidates()->count(), 1);
        QCOMPARE(stock(m_prince), 3); // a search sells nothing
        QTest::keyClick(m_till->scanField(), Qt::Key_Down);
        QTest::keyClick(m_till->scanField(), Qt::Key_Return);
        QCOMPARE(stock(m_prince), 2);
        QVERIFY(!m_till->candidates()->isVisible());
        QTest::keyClick(m_till->scanField(), Qt::Key_Return); // again: the list is gone, nothing more is sold
        QCOMPARE(stock(m_prince), 2);
        // A quantity before words goes with the book chosen.
        scan(u"2*petit"_s);
        QTest::keyClick(m_till->scanField(), Qt::Key_Return);
        QCOMPARE(stock(m_prince), 0);
        QCOMPARE(movements(m_prince), QStringList({u"vente -1"_s, u"vente -2"_s}));
        scan(u"zarathoustra"_s);
        QCOMPARE(m_till->tone(), Tone::Refused);
        QVERIFY2(message().contains(u"No book matches"_s), qPrintable(message()));
    }

    void aReturnAndUndoAreMovementsToo()
    {
        scan(u"9782070612758"_s);
        QTest::keyClick(m_till->scanField(), Qt::Key_F2); // the next book is taken back
        scan(u"9782070612758"_s);
        QVERIFY2(message().contains(u"Taken back"_s), qPrintable(message()));
        QCOMPARE(stock(m_prince), 3);
        QVERIFY2(m_till->totalLabel()->text().contains(u"$0.00"_s), qPrintable(m_till->totalLabel()->text()));
        // The mode goes back to sales after one return.
        scan(u"9782266320481"_s);
        QCOMPARE(stock(m_dune), 0);
        QVERIFY2(m_till->totalLabel()->text().contains(u"$10.90"_s), qPrintable(m_till->totalLabel()->text()));
        // Ctrl+Z three times: the sale of Dune, the return, the sale of Le Petit Prince, each by its opposite.
        QTest::keyClick(m_till->scanField(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stock(m_dune), 1);
        QTest::keyClick(m_till->scanField(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stock(m_prince), 2);
        QTest::keyClick(m_till->scanField(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stock(m_prince), 3);
        QTest::keyClick(m_till->scanField(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_till->tone(), Tone::Refused); // nothing left to undo
        QCOMPARE(stock(m_prince), 3);
        QCOMPARE(movements(m_prince), QStringList({u"vente -1"_s, u"retour 1"_s, u"vente -1"_s, u"retour 1"_s}));
        QCOMPARE(movements(m_dune), QStringList({u"vente -1"_s, u"retour 1"_s}));
        QCOMPARE(m_till->receipt()->topLevelItemCount(), 3); // the lines stay, marked undone
        QVERIFY(m_till->receipt()->topLevelItem(0)->text(1).contains(u"undone"_s));
        QVERIFY2(m_till->totalLabel()->text().contains(u"$0.00"_s), qPrintable(m_till->totalLabel()->text()));
        // A new receipt starts empty; the history stays.
        QTest::keyClick(m_till->scanField(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(m_till->receipt()->topLevelItemCount(), 0);
        QCOMPARE(movements(m_dune).size(), 2);
    }

    // On PostgreSQL, with the server enforcing the roles: a clerk's till sells and undoes; a reader's looks up
    // and says why it does not sell.
    void aClerkSellsAndAReaderOnlyLooksUp()
    {
        QFETCH_GLOBAL(QString, dialect);
        if (dialect != u"postgres"_s)
            QSKIP("a SQLite file has no users: the clerk's till is checked on the PostgreSQL row");
        const QString pid = QString::number(QCoreApplication::applicationPid());
        const QString clerkName = u"ttv"_s + pid + u"_clerk"_s;
        const QString readerName = u"ttv"_s + pid + u"_reader"_s;
        const QString password = u"pw-till-view"_s;
        const Catalogue::Users users(*m_catalogue);
        QVERIFY2(users.add(clerkName, Catalogue::Role::Clerk, password), "clerk");
        QVERIFY2(users.add(readerName, Catalogue::Role::Reader, password), "reader");
        QStringList roles = {clerkName, readerName};
        for (Catalogue::Role role : {Catalogue::Role::Manager, Catalogue::Role::Clerk, Catalogue::Role::Reader})
            roles << users.groupName(role).value_or(QString());
        const auto dropRoles = qScopeGuard([&] {
            cleanup(); // the database first: the groups' privileges go with it
            auto admin = Orm::Database::open(Test::postgresAdminUrl());
            if (!admin)
                return;
            for (const QString &role : std::as_const(roles)) {
                if (Orm::Roles::exists(*admin, role).value_or(false))
                    (void)Orm::Roles::drop(*admin, role);
            }
            admin->close();
        });
        const auto tillAs = [&](const QString &user, std::unique_ptr<Gui::MainWindow> &window) -> Gui::TillView * {
            QUrl url(m_db->url());
            url.setUserName(user);
            url.setPassword(password);
            auto opened = Catalogue::Catalogue::open(url.toString(), Catalogue::Catalogue::Missing::Refuse);
            if (!opened)
                return nullptr;
            window = std::make_unique<Gui::MainWindow>();
            window->setCatalogue(*opened);
            window->show();
            window->action(u"till"_s)->trigger();
            auto *till = window->findChild<Gui::TillView *>();
            if (till && QTest::qWaitForWindowExposed(till))
                QApplication::setActiveWindow(till);
            return till;
        };
        std::unique_ptr<Gui::MainWindow> clerkWindow;
        m_till = tillAs(clerkName, clerkWindow);
        QVERIFY(m_till);
        QVERIFY(!m_till->findChild<QLabel *>(u"tillBanner"_s)->isVisible());
        scan(u"9782070612758"_s);
        QCOMPARE(m_till->tone(), Tone::Done);
        QCOMPARE(stock(m_prince), 2);
        QTest::keyClick(m_till->scanField(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stock(m_prince), 3);
        QCOMPARE(movements(m_prince), QStringList({u"vente -1"_s, u"retour 1"_s}));
        clerkWindow.reset();

        std::unique_ptr<Gui::MainWindow> readerWindow;
        m_till = tillAs(readerName, readerWindow);
        QVERIFY(m_till);
        auto *banner = m_till->findChild<QLabel *>(u"tillBanner"_s);
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(u"not sold"_s), qPrintable(banner->text()));
        scan(u"9782070612758"_s);
        QCOMPARE(m_till->tone(), Tone::Refused);
        QVERIFY2(message().startsWith(u"Not sold"_s), qPrintable(message()));
        QCOMPARE(m_till->findChild<QLabel *>(u"tillPrice"_s)->text(), u"$7.50"_s); // the price, looked up
        QCOMPARE(stock(m_prince), 3);
        QCOMPARE(movements(m_prince).size(), 2);
        readerWindow.reset();
        m_till = nullptr;
    }

    void screenshot()
    {
        const QString path = qEnvironmentVariable("CATALOGUE_TILL_SCREENSHOT");
        QFETCH_GLOBAL(QString, dialect);
        if (path.isEmpty() || dialect != u"sqlite"_s)
            QSKIP("set CATALOGUE_TILL_SCREENSHOT=FILE.png to save the till's screen");
        m_till->resize(1100, 680);
        scan(u"9782266320481"_s);
        scan(u"2*9782070612758"_s);
        QTest::keyClick(m_till->scanField(), Qt::Key_F2);
        scan(u"9782266320481"_s);
        scan(u"9782266320481"_s);
        QTest::keyClick(m_till->scanField(), Qt::Key_Z, Qt::ControlModifier);
        scan(u"9782070612758"_s);
        QTest::keyClicks(m_till->scanField(), u"978207"_s);
        QVERIFY(m_till->grab().save(path));
    }
};

QTEST_MAIN(TestTillView)
#include "tst_tillview.moc"
