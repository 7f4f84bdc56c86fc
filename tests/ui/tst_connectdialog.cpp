// Connect to a server: the URL and the fields fill each other, "Test connection" answers within 5 s with the
// server's version or the reason in plain words (right and wrong password, no such database, TLS asked of a server
// without it, a closed port, a server that never answers) while the dialog keeps running, the keyring's absence is
// said without failing, and a password never reaches the settings. Against the test PostgreSQL server
// (scripts/pg-test-server.sh: CATALOGUE_TEST_PG_URL, and CATALOGUE_TEST_PG_PASSWORD_URL for its user that must
// give a password).

#include <catalogue/catalogue.h>
#include <orm/tablemodel.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <connectdialog.h>
#include <filemenu.h>
#include <mainwindow.h>
#include <passwordkeeper.h>
#include <preferencesdialog.h>
#include <recentcatalogues.h>
#include <testdatabase.h>

using namespace Qt::StringLiterals;

class TestConnectDialog : public QObject
{
    Q_OBJECT

    // The URL of the server's user that must give a password, or a failure (CI) / a loud skip when no server runs.
    QString passwordUrl()
    {
        const QString url = qEnvironmentVariable("CATALOGUE_TEST_PG_PASSWORD_URL");
        if (url.isEmpty() && Test::isCi())
            qFatal("CATALOGUE_TEST_PG_PASSWORD_URL is not set, and CI requires the PostgreSQL tests");
        return url;
    }

    // A port nothing listens on.
    static int closedPort()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost);
        return server.serverPort(); // closed when server goes
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Gui::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
        Gui::Settings().clear();
    }

    void cleanup() { Gui::Settings().clear(); }

    void urlAndFieldsFillEachOther()
    {
        Gui::ConnectDialog dialog;
        dialog.show();
        dialog.urlField()->selectAll(); // what it shows at first: postgres://localhost:5432/
        QTest::keyClicks(dialog.urlField(), u"postgres://ann:s3cr%40t@db.example.org:6543/shop?sslmode=require"_s);
        QCOMPARE(dialog.hostField()->text(), u"db.example.org"_s);
        QCOMPARE(dialog.portField()->value(), 6543);
        QCOMPARE(dialog.databaseField()->text(), u"shop"_s);
        QCOMPARE(dialog.userField()->text(), u"ann"_s);
        QCOMPARE(dialog.passwordField()->text(), u"s3cr@t"_s);
        QCOMPARE(dialog.sslModeField()->currentData().toString(), u"require"_s);
        // Once typed, the URL field no longer shows the password.
        Q_EMIT dialog.urlField()->editingFinished();
        QCOMPARE(dialog.urlField()->text(), u"postgres://ann@db.example.org:6543/shop?sslmode=require"_s);
        QCOMPARE(dialog.url(), u"postgres://ann:s3cr%40t@db.example.org:6543/shop?sslmode=require"_s);
        // And the other way: a field changed changes the URL.
        dialog.databaseField()->selectAll();
        QTest::keyClicks(dialog.databaseField(), u"stock"_s);
        dialog.sslModeField()->setCurrentIndex(dialog.sslModeField()->findData(u"prefer"_s));
        QCOMPARE(dialog.urlField()->text(), u"postgres://ann@db.example.org:6543/stock"_s);
        QCOMPARE(dialog.urlWithoutPassword(), dialog.urlField()->text());
    }

    void testConnectionAnswersWithinFiveSeconds_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("connected");
        QTest::addColumn<QString>("said");
        QTest::addColumn<bool>("needsServer");
        const QString server = qEnvironmentVariable("CATALOGUE_TEST_PG_PASSWORD_URL");
        QUrl right(server);
        QUrl wrong = right;
        wrong.setPassword(u"not-the-password"_s);
        QUrl noDatabase = right;
        noDatabase.setPath(u"/no_such_catalogue"_s);
        QUrl tls = right;
        tls.setQuery(u"sslmode=require"_s);
        QTest::newRow("right password") << right.toString() << true << u"Connected: PostgreSQL 15"_s << true;
        QTest::newRow("wrong password") << wrong.toString() << false << u"refused the password"_s << true;
        QTest::newRow("no such database")
                << noDatabase.toString() << false << u"no database named “no_such_catalogue”"_s << true;
        QTest::newRow("TLS asked of a server without it") << tls.toString() << false << u"does not offer TLS"_s << true;
        QTest::newRow("closed port") << u"postgres://ann@127.0.0.1:%1/shop"_s.arg(closedPort()) << false
                                     << u"not answering"_s << false;
        QTest::newRow("a server that never answers") << u"silent"_s << false << u"did not answer"_s << false;
    }

    void testConnectionAnswersWithinFiveSeconds()
    {
        QFETCH(QString, url);
        QFETCH(bool, connected);
        QFETCH(QString, said);
        QFETCH(bool, needsServer);
        if (needsServer && passwordUrl().isEmpty())
            QSKIP("CATALOGUE_TEST_PG_PASSWORD_URL is not set: no test server (scripts/test.sh starts one)");
        // A server that takes the connection and never says a word.
        QTcpServer silent;
        QList<QTcpSocket *> held;
        if (url == u"silent") {
            QVERIFY(silent.listen(QHostAddress::LocalHost));
            connect(&silent, &QTcpServer::newConnection, this, [&] { held << silent.nextPendingConnection(); });
            url = u"postgres://ann@127.0.0.1:%1/shop"_s.arg(silent.serverPort());
        }
        Gui::ConnectDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setUrl(url);
        // The dialog keeps running while it waits: a timer of its thread ticks.
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(50);
        QSignalSpy answered(&dialog, &Gui::ConnectDialog::testFinished);
        QElapsedTimer elapsed;
        elapsed.start();
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QVERIFY(!dialog.testButton()->isEnabled());
        QVERIFY(answered.wait(6000));
        const qint64 ms = elapsed.elapsed();
        QVERIFY2(ms < 5000, qPrintable(u"answered after %1 ms"_s.arg(ms)));
        QCOMPARE(answered.first().at(0).toBool(), connected);
        const QString message = answered.first().at(1).toString();
        QVERIFY2(message.contains(said), qPrintable(message));
        QVERIFY(dialog.resultLabel()->text().contains(said.toHtmlEscaped()));
        QVERIFY(dialog.testButton()->isEnabled());
        if (ms > 500)
            QVERIFY2(ticks >= int(ms / 50) / 2, qPrintable(u"%1 ticks in %2 ms"_s.arg(ticks).arg(ms)));
        qDeleteAll(held);
    }

    void keyringAbsenceIsSaidWithoutFailing()
    {
        Gui::ConnectDialog dialog;
        dialog.setUrl(u"postgres://ann@db.example.org:5432/shop"_s);
        dialog.show();
        const Gui::PasswordKeeper::Answer probe = Gui::PasswordKeeper::read(u"postgres://nobody@nowhere/none"_s);
        if (!probe.error.isEmpty()) {
            // No keyring service (here and in CI): the dialog says so, and why, and still works.
            QTRY_VERIFY(dialog.keyringNote()->isVisibleTo(&dialog));
            QVERIFY(dialog.keyringNote()->text().contains(u"cannot be remembered"_s));
            QVERIFY(dialog.keyringNote()->text().contains(probe.error));
            QVERIFY(!dialog.rememberBox()->isEnabled());
            QVERIFY(!dialog.rememberBox()->isChecked());
            QSignalSpy accepted(&dialog, &QDialog::accepted);
            dialog.accept();
            QCOMPARE(accepted.size(), 1);
        } else {
            // A keyring is there: a password kept is read back, then forgotten.
            const QString key = u"postgres://catalogue-test@localhost:1/keyring_test"_s;
            QCOMPARE(Gui::PasswordKeeper::write(key, u"kept"_s), QString());
            QCOMPARE(Gui::PasswordKeeper::read(key).password, u"kept"_s);
            QCOMPARE(Gui::PasswordKeeper::forget(key), QString());
            QCOMPARE(Gui::PasswordKeeper::read(key).password, QString());
        }
    }

    void connectFromTheMenuKeepsNoPassword()
    {
        const QString server = passwordUrl();
        if (server.isEmpty())
            QSKIP("CATALOGUE_TEST_PG_PASSWORD_URL is not set: no test server (scripts/test.sh starts one)");
        Test::TestDatabase database(u"postgres"_s);
        QVERIFY2(database.error().isEmpty(), qPrintable(database.error()));
        QUrl url(server);
        url.setPath(QUrl(database.url()).path());
        {
            auto made = Catalogue::Catalogue::open(url.toString(), Catalogue::Catalogue::Missing::Create);
            QVERIFY2(made, Test::why(made));
            QVERIFY(made->livres().create(Catalogue::Catalogue::newBookValues(u"Dune"_s)));
            made->database().close();
        }
        Gui::MainWindow window;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<Gui::ConnectDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->urlField()->clear();
            QTest::keyClicks(dialog->urlField(), url.toString());
            dialog->accept();
        });
        window.action(u"connectServer"_s)->trigger();
        QCOMPARE(window.catalogue().database().dialect().kind(), Orm::Dialect::Kind::Postgres);
        QCOMPARE(window.tableModel()->rowCount(), 1);
        QVERIFY(!window.catalogue().database().isReadOnly());
        QUrl kept = url;
        kept.setPassword(QString());
        QCOMPARE(Gui::RecentCatalogues().urls().value(0), kept.toString(QUrl::FullyEncoded));
        Gui::Settings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains("catalogue_pw@"));
        QVERIFY(!written.contains(url.password().toUtf8()));
        window.closeCatalogue();
    }

    // A server of the recent list, whose password the list does not keep: the dialog opens filled in, says why,
    // and connects once the password is typed.
    void recentServerWithoutItsPasswordAsksForIt()
    {
        const QString server = passwordUrl();
        if (server.isEmpty())
            QSKIP("CATALOGUE_TEST_PG_PASSWORD_URL is not set: no test server (scripts/test.sh starts one)");
        if (!qEnvironmentVariableIsEmpty("PGPASSWORD"))
            QSKIP("PGPASSWORD is set: libpq would give the password itself");
        Test::TestDatabase database(u"postgres"_s);
        QVERIFY2(database.error().isEmpty(), qPrintable(database.error()));
        QUrl url(server);
        url.setPath(QUrl(database.url()).path());
        {
            auto made = Catalogue::Catalogue::open(url.toString(), Catalogue::Catalogue::Missing::Create);
            QVERIFY2(made, Test::why(made));
            made->database().close();
        }
        const QString password = url.password();
        url.setPassword(QString());
        Gui::RecentCatalogues().add(url.toString());
        Gui::MainWindow window;
        QString said;
        QTimer answer; // the keyring is asked first (its own event loop): the dialog comes after
        connect(&answer, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<Gui::ConnectDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            answer.stop();
            said = dialog->resultLabel()->text();
            QCOMPARE(dialog->urlWithoutPassword(), url.toString(QUrl::FullyEncoded));
            QTest::keyClicks(dialog->passwordField(), password);
            dialog->accept();
        });
        answer.start(10);
        QVERIFY(window.fileMenu()->open(url.toString()));
        QVERIFY2(said.contains(u"asks for a password"_s), qPrintable(said));
        QCOMPARE(window.catalogue().database().dialect().kind(), Orm::Dialect::Kind::Postgres);
        QVERIFY(!window.catalogue().database().isReadOnly());
        window.closeCatalogue();
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
