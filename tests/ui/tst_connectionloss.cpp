// The catalogue goes away under a window with unsaved work, as a person would meet it: the PostgreSQL server
// restarted while a book's form holds an edit and a sale is recorded (a bar says so, nothing typed is lost, the
// window reconnects by itself and saves each thing once); a sale whose COMMIT reached the server but whose reply was
// lost (saved exactly once, never twice); and a SQLite catalogue file moved away (a clear message, no crash). Each
// is checked in the database. Restarts the shared test server (RUN_SERIAL); the server is running again at the end
// whatever happens.

#include "pgserver.h"
#include "testdatabase.h"

#include <catalogue/catalogue.h>
#include <catalogue/livre.h>
#include <catalogue/stock.h>
#include <orm/connectionwatch.h>
#include <orm/tablemodel.h>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUndoStack>
#include <QUrl>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <thread>
#include <utility>

#include <arpa/inet.h>
#include <bookeditor.h>
#include <bookform.h>
#include <connectionbanner.h>
#include <filemenu.h>
#include <mainwindow.h>
#include <netinet/in.h>
#include <preferencesdialog.h>
#include <sys/socket.h>
#include <unistd.h>

// libpq's, on the QPSQL driver's handle: the socket under a connection, to cut it as a network would.
extern "C" {
struct pg_conn;
int PQsocket(const struct pg_conn *conn);
}

using namespace Qt::StringLiterals;
namespace Livre = Catalogue::Livre;
namespace Mouvement = Catalogue::MouvementStock;
using Catalogue::Movement;
using Missing = Catalogue::Catalogue::Missing;

namespace {

// Three books with four copies each; the IDs in order.
QVariantList fillCatalogue(const QString &url)
{
    auto opened = Catalogue::Catalogue::open(url, Missing::Create);
    if (!opened)
        qFatal("%s", qPrintable(opened.error().toString()));
    QVariantList ids;
    for (const QString &title : {u"Dune"_s, u"Vol de nuit"_s, u"Germinal"_s}) {
        QVariantMap values = Catalogue::Catalogue::newBookValues(title);
        values.insert(Livre::Prix, 12.5);
        auto book = opened->livres().create(values);
        if (!book)
            qFatal("%s", qPrintable(book.error().toString()));
        if (auto r = opened->recordMovement(book->get(Livre::Id), Movement::Receipt, 4); !r)
            qFatal("%s", qPrintable(r.error().toString()));
        ids << book->get(Livre::Id);
    }
    opened->database().close();
    return ids;
}

// What the database holds of a book, read on a connection of its own: its title, stock and sold copies, and its
// sales (movements of type "vente").
struct Stored
{
    QString title;
    qint64 stock = -1;
    double sold = -1;
    qint64 sales = -1;
};

Stored stored(const QString &url, const QVariant &id)
{
    Stored s;
    auto opened = Catalogue::Catalogue::open(url, Missing::Refuse);
    if (!opened)
        return s;
    if (auto book = opened->livres().findByPk(id); book && !book->isNull()) {
        s.title = book->get(Livre::Nom).toString();
        s.stock = book->get(Livre::Quantite).toLongLong();
        s.sold = book->get(Livre::Ventes).toDouble();
    }
    s.sales = opened->mouvements()
                      .count({.where = Orm::col(Mouvement::LivreId) == Orm::Expr::fromValue(id)
                                      && Orm::col(Mouvement::Type) == Catalogue::movementType(Movement::Sale)})
                      .value_or(-1);
    opened->database().close();
    return s;
}

// The message the form shows under its fields, when one shows.
QString formMessage(const Gui::BookForm *form)
{
    for (const QLabel *label : form->findChildren<QLabel *>()) {
        if (!label->isHidden() && label->text().contains(u"Not saved yet"_s))
            return label->text();
    }
    return {};
}

} // namespace

class TestConnectionLoss : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TestDatabase> m_server;
    std::unique_ptr<Gui::MainWindow> m_window;
    bool m_controlled = false; // the test server's variables are there: it may be stopped and started

    void requireServer()
    {
        const QStringList missing = Test::PgServer::missingVariables();
        if (missing.isEmpty())
            return;
        const QByteArray why = "this test stops and restarts the PostgreSQL server that scripts/test.sh starts, "
                               "and needs the variables it exports; missing: "
                + missing.join(u", "_s).toUtf8();
        if (Test::isCi())
            QFAIL(why.constData());
        QSKIP(why.constData());
    }

    void openWindow(const QString &url)
    {
        m_window = std::make_unique<Gui::MainWindow>();
        QVERIFY(m_window->fileMenu()->open(url, Gui::FileMenu::Tell::Refusals));
        m_window->resize(1100, 640);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        if (!m_window->catalogue().isChecked()) {
            QSignalSpy spy(m_window->fileMenu(), &Gui::FileMenu::checkFinished);
            QVERIFY(spy.wait(10000));
        }
    }

    // A window on a catalogue of the test server (its URL with parameters appended), the second book current,
    // then the server stopped.
    void openOnStoppedServer(const QString &parameters, QString *url, QVariantList *ids)
    {
        m_server = std::make_unique<Test::TestDatabase>(u"postgres"_s);
        QVERIFY2(m_server->error().isEmpty(), qPrintable(m_server->error()));
        m_server->database().close();
        *url = m_server->url() + parameters;
        *ids = fillCatalogue(*url);
        openWindow(*url);
        QVERIFY(m_window->selectBook(ids->at(1)));
        const QString result = Test::PgServer::control(u"stop"_s);
        QVERIFY2(result.isEmpty(), qPrintable(result));
    }

    QLineEdit *titleField() const { return qobject_cast<QLineEdit *>(m_window->bookForm()->field(Livre::Nom)); }

    void shoot(const QString &name)
    {
        const QString shots = qEnvironmentVariable("CATALOGUE_SHOTS_DIR");
        if (!shots.isEmpty())
            m_window->grab().save(shots + u'/' + name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Gui::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
        Gui::Settings().clear();
        m_controlled = Test::PgServer::missingVariables().isEmpty();
        if (m_controlled) {
            const QString watching = Test::PgServer::startWatchdog();
            QVERIFY2(watching.isEmpty(), qPrintable(watching));
        }
    }

    void init()
    {
        if (m_controlled) {
            const QString started = Test::PgServer::ensureRunning(); // whatever an earlier failure left
            QVERIFY2(started.isEmpty(), qPrintable(started));
        }
    }

    void cleanup()
    {
        const QString started = m_controlled ? Test::PgServer::ensureRunning() : QString();
        m_window.reset();
        m_server.reset(); // the server is up again to drop the test database
        Gui::Settings().clear();
        QVERIFY2(started.isEmpty(), qPrintable(started));
    }

    // The waits between reconnections: quick for a restart, then every 30 seconds.
    void backoff()
    {
        QList<int> waits;
        for (int attempt = 0; attempt < 8; ++attempt)
            waits << Orm::ConnectionWatch::backoff(attempt);
        QCOMPARE(waits, (QList<int>{1, 2, 4, 8, 16, 30, 30, 30}));
    }

    // The server stops while the form holds an edit of a book's title: the save fails without losing a letter, the
    // bar says the connection is lost and counts down, the table still shows its rows and cannot be edited; a sale
    // recorded meanwhile waits. The server starts again: the window finds it by itself and saves the edit and the
    // sale, once each.
    void serverRestartsUnderAnUnsavedEdit()
    {
        requireServer();
        m_server = std::make_unique<Test::TestDatabase>(u"postgres"_s);
        QVERIFY2(m_server->error().isEmpty(), qPrintable(m_server->error()));
        m_server->database().close();
        const QString url = m_server->url();
        const QVariantList ids = fillCatalogue(url);
        openWindow(url);
        Gui::ConnectionBanner *banner = m_window->connectionBanner();
        QVERIFY(banner->isHidden());
        QVERIFY(m_window->selectBook(ids.first()));
        Gui::BookForm *form = m_window->bookForm();
        QLineEdit *title = titleField();
        QVERIFY(title);
        title->setFocus();
        title->selectAll();
        const QString typed = u"Dune, pocket edition"_s;
        QTest::keyClicks(title, typed);
        QVERIFY(form->isModified());
        const auto editable = m_window->tableView()->editTriggers();
        QVERIFY(editable != QAbstractItemView::NoEditTriggers);

        QString stopped = Test::PgServer::control(u"stop"_s);
        QVERIFY2(stopped.isEmpty(), qPrintable(stopped));

        // The save is refused for the connection: what was typed stays, and the form says it will be saved.
        QVERIFY(!form->save());
        QCOMPARE(title->text(), typed);
        QVERIFY(form->isModified());
        QVERIFY2(formMessage(form).contains(u"saved once it is back"_s), qPrintable(formMessage(form)));
        // The bar, not a dialog: the window stays usable.
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isHidden(), 5000);
        QVERIFY(!QApplication::activeModalWidget());
        QVERIFY2(banner->text().contains(u"Connection to the server lost — reconnecting"_s),
                 qPrintable(banner->text()));
        QVERIFY(banner->connectionWatch()->isLost());
        // The table keeps its rows, read-only.
        QCOMPARE(m_window->tableModel()->rowCount(), 3);
        QCOMPARE(m_window->tableView()->editTriggers(), QAbstractItemView::NoEditTriggers);
        QVERIFY(m_window->tableModel()->index(1, 0).data().isValid());

        // A sale made meanwhile waits for the connection; the bar counts it.
        QVERIFY(!form->recordMovement(Movement::Sale, 1, u"sold during the outage"_s));
        QCOMPARE(m_window->editor()->waitingMovements().size(), 1);
        QVERIFY2(banner->text().contains(u"1 stock movement"_s), qPrintable(banner->text()));
        // Retries fail while the server is down, and the bar counts down to the next.
        QTRY_VERIFY2_WITH_TIMEOUT(
                banner->connectionWatch()->attempts() >= 1,
                qPrintable(u"lost: %1, next try in %2 s; %3"_s.arg(banner->connectionWatch()->isLost())
                                   .arg(banner->connectionWatch()->secondsToRetry())
                                   .arg(banner->text())),
                5000);
        QVERIFY(banner->connectionWatch()->isLost());
        QVERIFY2(banner->text().contains(u" s…"_s), qPrintable(banner->text()));
        shoot(u"connection-lost.png"_s);
        QCOMPARE(title->text(), typed);

        const QString started = Test::PgServer::control(u"start"_s);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        // Found again by itself (the next retry is at most 4 s away here), and what waited is saved.
        QTRY_VERIFY_WITH_TIMEOUT(!banner->connectionWatch()->isLost(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!form->isModified(), 5000);
        QCOMPARE(m_window->editor()->waitingMovements().size(), 0);
        QVERIFY2(banner->text().contains(u"Connected to the server again"_s), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(u"1 waiting stock movement"_s), qPrintable(banner->text()));
        QCOMPARE(m_window->tableView()->editTriggers(), editable);
        QCOMPARE(title->text(), typed);
        shoot(u"connection-restored.png"_s);

        // In the database: the edit once, the sale once.
        const Stored after = stored(url, ids.first());
        QCOMPARE(after.title, typed);
        QCOMPARE(after.sales, 1);
        QCOMPARE(after.stock, 3);
        QCOMPARE(after.sold, 1.0);
        // The undo stack has the sale once too.
        QCOMPARE(m_window->undoStack()->count() >= 2, true);
    }

    // "Retry now" does not wait for the countdown.
    void retryNow()
    {
        requireServer();
        QString url;
        QVariantList ids;
        openOnStoppedServer({}, &url, &ids);
        if (QTest::currentTestFailed())
            return;
        Gui::ConnectionBanner *banner = m_window->connectionBanner();
        QVERIFY(!m_window->bookForm()->recordMovement(Movement::Sale, 2));
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isHidden(), 5000);
        const int before = banner->connectionWatch()->attempts();
        banner->retryButton()->click(); // still down: another wait
        QTRY_VERIFY_WITH_TIMEOUT(banner->connectionWatch()->attempts() > before, 15000);
        QVERIFY(banner->connectionWatch()->isLost());
        QString result = Test::PgServer::control(u"start"_s);
        QVERIFY2(result.isEmpty(), qPrintable(result));
        QTRY_VERIFY_WITH_TIMEOUT(!banner->connectionWatch()->isRetrying(), 15000); // a scheduled try may run
        banner->retryButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!banner->connectionWatch()->isLost(), 15000);
        QCOMPARE(m_window->editor()->waitingMovements().size(), 0);
        const Stored after = stored(url, ids.at(1));
        QCOMPARE(after.sales, 1);
        QCOMPARE(after.stock, 2);
    }

    // A server that takes the connection and never answers (a machine gone from the network, a server stopped
    // in its tracks): the tries to reach it wait on a thread of their own, and the window goes on answering.
    void aServerThatNeverAnswersDoesNotFreezeTheWindow()
    {
        requireServer();
        QString url;
        QVariantList ids;
        openOnStoppedServer(u"?connect_timeout=3"_s, &url, &ids);
        if (QTest::currentTestFailed())
            return;
        const QUrl serverUrl(url);
        Gui::ConnectionBanner *banner = m_window->connectionBanner();
        // In the server's place, a socket that listens and never accepts: the system completes each connection,
        // and nothing ever answers on it.
        int hole = ::socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(hole >= 0);
        const auto closeHole = qScopeGuard([&hole] { // when a check below fails
            if (hole >= 0)
                ::close(std::exchange(hole, -1));
        });
        const int on = 1;
        ::setsockopt(hole, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(quint16(serverUrl.port()));
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QVERIFY2(::bind(hole, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0, strerror(errno));
        QVERIFY(::listen(hole, 64) == 0);

        QVERIFY(!m_window->bookForm()->recordMovement(Movement::Sale, 1)); // finds the connection lost
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isHidden(), 5000);
        // While tries wait on the silent server (3 s each), the window's thread never stops for long.
        QElapsedTimer clock;
        clock.start();
        qint64 last = 0;
        qint64 longest = 0;
        int retries = 0;
        while (clock.elapsed() < 8000) {
            if (!banner->connectionWatch()->isRetrying()) {
                banner->retryButton()->click();
                ++retries;
            }
            QTest::qWait(20);
            longest = std::max(longest, clock.elapsed() - last);
            last = clock.elapsed();
        }
        QVERIFY2(longest < 1000, qPrintable(u"the window's thread stopped for %1 ms"_s.arg(longest)));
        QVERIFY(retries >= 2);
        QVERIFY(banner->connectionWatch()->attempts() >= 2);
        QVERIFY(banner->connectionWatch()->isLost());
        QVERIFY2(banner->connectionWatch()->lastError().message().contains(u"timeout"_s, Qt::CaseInsensitive),
                 qPrintable(banner->connectionWatch()->lastError().message()));
        qInfo("the window's thread answered every %lld ms at most while %d tries waited on the silent server", longest,
              retries);

        // The server back in its place: the next try finds it.
        ::close(std::exchange(hole, -1));
        QString result = Test::PgServer::control(u"start"_s);
        QVERIFY2(result.isEmpty(), qPrintable(result));
        QTRY_VERIFY_WITH_TIMEOUT(!banner->connectionWatch()->isRetrying(), 15000);
        banner->retryButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!banner->connectionWatch()->isLost(), 15000);
    }

    // A sale whose COMMIT reaches the server while the connection is cut under it (the socket shut as a network
    // would, while the server is still inside the COMMIT): the reply never comes, and nobody can tell whether it
    // was saved. Either way, the next attempt leaves exactly one sale: the lost attempt's when the server committed
    // it, a new one when the server rolled it back.
    void saleWhoseReplyIsLost_data()
    {
        QTest::addColumn<bool>("committed");
        QTest::newRow("the server committed it") << true;
        QTest::newRow("the server rolled it back") << false;
    }

    void saleWhoseReplyIsLost()
    {
        QFETCH(bool, committed);
        if (Test::postgresAdminUrl().isEmpty()) {
            if (Test::isCi())
                QFAIL("CATALOGUE_TEST_PG_URL is not set");
            QSKIP("no PostgreSQL test server (CATALOGUE_TEST_PG_URL); in CI this runs");
        }
        m_server = std::make_unique<Test::TestDatabase>(u"postgres"_s);
        QVERIFY2(m_server->error().isEmpty(), qPrintable(m_server->error()));
        const QString url = m_server->url();
        const QVariantList ids = fillCatalogue(url);
        Orm::Database &watcher = m_server->database(); // another connection, to see and steer the server
        // At COMMIT, a deferred trigger sleeps (the time to cut the connection), then lets the COMMIT through or
        // refuses it.
        auto made = watcher.query(uR"(CREATE FUNCTION test_slow_commit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_sleep(1);
    IF NEW."Note" = 'refuse at commit' THEN
        RAISE EXCEPTION 'refused at commit';
    END IF;
    RETURN NULL;
END $$)"_s);
        QVERIFY2(made, Test::why(made));
        made = watcher.query(u"CREATE CONSTRAINT TRIGGER test_slow_commit AFTER INSERT ON \"MouvementsStock\" "
                             "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_slow_commit()"_s);
        QVERIFY2(made, Test::why(made));

        auto catalogue = Catalogue::Catalogue::open(url, Missing::Refuse);
        QVERIFY2(catalogue, Test::why(catalogue));
        QVERIFY(catalogue->database().ping());
        int socket = -1;
        {
            auto connection = catalogue->database().connection(); // let go before the ORM drops the connection
            QVERIFY2(connection, Test::why(connection));
            const QVariant handle = connection->driver()->handle();
            QCOMPARE(handle.typeName(), "pg_conn*");
            socket = PQsocket(*static_cast<pg_conn *const *>(handle.constData()));
        }
        QVERIFY(socket >= 0);
        const QVariant pid = catalogue->database().query(u"SELECT pg_backend_pid()"_s)->rows.value(0).value(0);

        // Cuts the socket once the server sleeps in that connection's COMMIT.
        std::atomic<bool> cut = false;
        std::thread cutter([&] {
            auto own = Orm::Database::open(url);
            for (int n = 0; own && n < 200 && !cut; ++n) {
                auto sleeping = own->query(u"SELECT count(*) FROM pg_stat_activity WHERE pid = ? AND "
                                           "wait_event = 'PgSleep'"_s,
                                           {pid});
                if (sleeping && sleeping->rows.value(0).value(0).toInt() == 1) {
                    ::shutdown(socket, SHUT_RDWR);
                    cut = true;
                }
                QThread::msleep(20);
            }
            if (own)
                own->close();
        });
        Catalogue::PendingMovement sale{.livreId = ids.first(),
                                        .kind = Movement::Sale,
                                        .quantity = 1,
                                        .note = committed ? u"sold at the counter"_s : u"refuse at commit"_s};
        auto first = catalogue->recordMovement(sale);
        cutter.join();
        QVERIFY(cut);
        QVERIFY(!first);
        QCOMPARE(first.error().kind(), Orm::Error::Kind::Connection);
        QVERIFY2(sale.unconfirmedId.isValid(), "the attempt's outcome is unknown: its movement must be looked for");
        const QVariant lostId = sale.unconfirmedId;
        // What the server did (the backend ends its COMMIT, then finds the client gone).
        QTRY_COMPARE_WITH_TIMEOUT(stored(url, ids.first()).sales, committed ? 1 : 0, 5000);
        made = watcher.query(u"DROP TRIGGER test_slow_commit ON \"MouvementsStock\""_s);
        QVERIFY2(made, Test::why(made));

        // Again, on the same catalogue, which reconnects by itself: once.
        auto second = catalogue->recordMovement(sale);
        QVERIFY2(second, Test::why(second));
        QVERIFY(!sale.unconfirmedId.isValid());
        if (committed)
            QCOMPARE(second->get(Mouvement::Id), lostId); // the lost attempt's own movement, not a new one
        else
            QVERIFY(second->get(Mouvement::Id) != lostId);
        const Stored after = stored(url, ids.first());
        QCOMPARE(after.sales, 1);
        QCOMPARE(after.stock, 3);
        QCOMPARE(after.sold, 1.0);
        catalogue->database().close();
    }

    // The check an attempt makes for an earlier one whose outcome was unknown, on each dialect: the earlier
    // movement found (same book, kind, copies, note and date) is the sale, and nothing is recorded again; an ID
    // that holds no such movement (rolled back, or given again to another sale after a crash) records it.
    void unconfirmedSaleLookedFor_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::newRow("sqlite") << u"sqlite"_s;
        if (!Test::postgresAdminUrl().isEmpty() || Test::isCi())
            QTest::newRow("postgres") << u"postgres"_s;
    }

    void unconfirmedSaleLookedFor()
    {
        QFETCH(QString, dialect);
        m_server = std::make_unique<Test::TestDatabase>(dialect);
        QVERIFY2(m_server->error().isEmpty(), qPrintable(m_server->error()));
        m_server->database().close();
        const QString url = m_server->url();
        const QVariantList ids = fillCatalogue(url);
        auto catalogue = Catalogue::Catalogue::open(url, Missing::Refuse);
        QVERIFY2(catalogue, Test::why(catalogue));
        Catalogue::PendingMovement sale{.livreId = ids.first(), .kind = Movement::Sale, .quantity = 2};
        auto first = catalogue->recordMovement(sale);
        QVERIFY2(first, Test::why(first));
        QVERIFY(sale.date.isValid()); // given at the first attempt, kept for the next
        const QVariant id = first->get(Mouvement::Id);

        sale.unconfirmedId = id; // as if the reply of its COMMIT had been lost
        auto again = catalogue->recordMovement(sale);
        QVERIFY2(again, Test::why(again));
        QCOMPARE(again->get(Mouvement::Id), id);
        QVERIFY(!sale.unconfirmedId.isValid());
        QCOMPARE(stored(url, ids.first()).sales, 1);
        QCOMPARE(stored(url, ids.first()).stock, 2);

        // Another sale of the same book under that ID (another quantity): not this one, which is recorded.
        Catalogue::PendingMovement other{.livreId = ids.first(), .kind = Movement::Sale, .quantity = 1};
        other.unconfirmedId = id;
        auto recorded = catalogue->recordMovement(other);
        QVERIFY2(recorded, Test::why(recorded));
        QVERIFY(recorded->get(Mouvement::Id) != id);
        // An ID that holds nothing.
        Catalogue::PendingMovement third{.livreId = ids.first(), .kind = Movement::Sale, .quantity = 1};
        third.unconfirmedId = 999999;
        QVERIFY(catalogue->recordMovement(third));
        const Stored after = stored(url, ids.first());
        QCOMPARE(after.sales, 3);
        QCOMPARE(after.stock, 0);
        catalogue->database().close();
    }

    // A SQLite catalogue file moved away while the window has it open: the save says why it cannot be done, the
    // bar says the file cannot be reached, nothing crashes and nothing typed is lost; the file back in its place,
    // Retry now saves the edit.
    void sqliteFileMovedAway()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"shop.catalogue"_s);
        const QString url = u"sqlite:"_s + path;
        const QVariantList ids = fillCatalogue(url);
        openWindow(url);
        Gui::ConnectionBanner *banner = m_window->connectionBanner();
        QVERIFY(m_window->selectBook(ids.at(2)));
        QLineEdit *title = titleField();
        title->selectAll();
        QTest::keyClicks(title, u"Germinal (Folio)"_s);
        const QString away = dir.filePath(u"elsewhere.catalogue"_s);
        QVERIFY(QFile::rename(path, away));

        QVERIFY(!m_window->bookForm()->save());
        QCOMPARE(title->text(), u"Germinal (Folio)"_s);
        QVERIFY(!formMessage(m_window->bookForm()).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isHidden(), 5000);
        QVERIFY2(banner->text().contains(u"The catalogue file cannot be reached"_s), qPrintable(banner->text()));
        QVERIFY2(banner->connectionWatch()->lastError().message().contains(u"no longer there"_s),
                 qPrintable(banner->connectionWatch()->lastError().message()));
        // No file made again, empty, where it was.
        QTRY_VERIFY_WITH_TIMEOUT(!banner->connectionWatch()->isRetrying(), 15000);
        const int before = banner->connectionWatch()->attempts();
        banner->retryButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(banner->connectionWatch()->attempts() > before, 15000);
        QVERIFY(banner->connectionWatch()->isLost());
        QVERIFY(!QFile::exists(path));

        QVERIFY(QFile::rename(away, path));
        QTRY_VERIFY_WITH_TIMEOUT(!banner->connectionWatch()->isRetrying(), 15000);
        banner->retryButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!banner->connectionWatch()->isLost(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->bookForm()->isModified(), 5000);
        m_window.reset();
        QCOMPARE(stored(url, ids.at(2)).title, u"Germinal (Folio)"_s);
    }
};

QTEST_MAIN(TestConnectionLoss)
#include "tst_connectionloss.moc"
