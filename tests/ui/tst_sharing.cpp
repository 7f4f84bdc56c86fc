// A catalogue shared on a server, driven as a person would: File > Save a local copy… and File > Copy to a
// server… (the connection dialog filled in and accepted), each checked in the target database; a copy into a
// server database that is not empty is refused; a clerk's and a reader's windows grey what the server will refuse
// (books, prices, migrations) and say why.

#include "testdatabase.h"

#include <catalogue/catalogue.h>
#include <catalogue/copy.h>
#include <catalogue/covers.h>
#include <catalogue/livre.h>
#include <catalogue/users.h>
#include <orm/roles.h>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <bookform.h>
#include <connectdialog.h>
#include <copyactions.h>
#include <filemenu.h>
#include <mainwindow.h>
#include <preferencesdialog.h>
#include <stockdialog.h>

using namespace Qt::StringLiterals;
namespace Livre = Catalogue::Livre;
using Missing = Catalogue::Catalogue::Missing;

namespace {

struct Seen
{
    QString name;
    QString text;
    QString informative;
    QString details;
};

// Answers every message box that opens with its first button and keeps what it said; fills in and accepts the
// connection dialog with `serverUrl`; with CATALOGUE_SHOTS_DIR, saves a picture of each dialog.
class DialogWatcher : public QObject
{
public:
    explicit DialogWatcher(const QString &serverUrl = {}) : m_serverUrl(serverUrl)
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal->property("answered").toBool())
                return;
            const QString shots = qEnvironmentVariable("CATALOGUE_SHOTS_DIR");
            if (auto *dialog = qobject_cast<Gui::ConnectDialog *>(modal)) {
                modal->setProperty("answered", true);
                dialog->urlField()->selectAll();
                QTest::keyClicks(dialog->urlField(), m_serverUrl);
                Q_EMIT dialog->urlField()->editingFinished();
                if (!shots.isEmpty())
                    dialog->grab().save(shots + u"/copy-to-server-dialog.png"_s);
                dialog->accept();
            } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                modal->setProperty("answered", true);
                if (!shots.isEmpty())
                    box->grab().save(
                            u"%1/%2.png"_s.arg(shots, box->objectName().isEmpty() ? u"box"_s : box->objectName()));
                seen.append({box->objectName(), box->text(), box->informativeText(), box->detailedText()});
                box->buttons().value(0)->click();
            }
        });
        m_timer.start(10);
    }
    QList<Seen> seen;

private:
    QTimer m_timer;
    QString m_serverUrl;
};

QByteArray png()
{
    QImage image(12, 9, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

bool sameTables(const QString &a, const QString &b)
{
    auto left = Catalogue::CatalogueCopy::digests(a);
    auto right = Catalogue::CatalogueCopy::digests(b);
    if (!left || !right || left->size() != right->size() || left->isEmpty())
        return false;
    for (qsizetype i = 0; i < left->size(); ++i) {
        if (left->at(i).table != right->at(i).table || left->at(i).rows != right->at(i).rows
            || left->at(i).digest != right->at(i).digest)
            return false;
    }
    return true;
}

bool hasPostgres()
{
    return !Test::postgresAdminUrl().isEmpty() || Test::isCi();
}

} // namespace

class TestSharing : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Gui::MainWindow> m_window;
    QString m_source; // the window's catalogue file

    Gui::CopyActions *copies() const { return m_window->fileMenu()->copies(); }

    // A catalogue with books, stock and a cover, made through the domain; its URL.
    QString makeCatalogue(const QString &url)
    {
        auto opened = Catalogue::Catalogue::open(url, Missing::Create);
        if (!opened)
            qFatal("%s", qPrintable(opened.error().toString()));
        for (const QString &title : {u"Dune"_s, u"Vol de nuit"_s, u"Germinal"_s}) {
            QVariantMap values = Catalogue::Catalogue::newBookValues(title);
            values.insert(Livre::Prix, 12.5);
            auto book = opened->livres().create(values);
            if (!book)
                qFatal("%s", qPrintable(book.error().toString()));
            if (auto r = opened->recordMovement(book->get(Livre::Id), Catalogue::Movement::Receipt, 4); !r)
                qFatal("%s", qPrintable(r.error().toString()));
        }
        auto cover = opened->storeCover(png());
        if (!cover)
            qFatal("%s", qPrintable(cover.error().toString()));
        opened->database().close();
        return url;
    }

    void openWindow(const QString &url)
    {
        m_window = std::make_unique<Gui::MainWindow>();
        QVERIFY(m_window->fileMenu()->open(url, Gui::FileMenu::Tell::Refusals));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        if (!m_window->catalogue().isChecked()) {
            QSignalSpy spy(m_window->fileMenu(), &Gui::FileMenu::checkFinished);
            QVERIFY(spy.wait(10000));
        }
    }

    QPushButton *stockButton(Catalogue::Movement kind) const
    {
        const QString text = Gui::StockDialog::actionName(kind) + u"…"_s;
        for (QPushButton *button : m_window->bookForm()->findChildren<QPushButton *>()) {
            if (button->text() == text)
                return button;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Gui::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
        Gui::Settings().clear();
        m_source = makeCatalogue(u"sqlite:"_s + m_dir.filePath(u"shop.catalogue"_s));
    }

    void cleanup()
    {
        m_window.reset();
        Gui::Settings().clear();
    }

    void saveALocalCopy()
    {
        openWindow(m_source);
        const QString chosen = m_dir.filePath(u"copy"_s);
        QString filter;
        copies()->askSaveFileName = [&](QWidget *, const QString &, const QString &offered) {
            filter = offered;
            return chosen;
        };
        QVERIFY(m_window->action(u"saveLocalCopy"_s)->isEnabled());
        DialogWatcher dialogs;
        QSignalSpy finished(copies(), &Gui::CopyActions::copyFinished);
        m_window->action(u"saveLocalCopy"_s)->trigger();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(filter.contains(u"*.catalogue"_s));
        QCOMPARE(dialogs.seen.size(), 1);
        QCOMPARE(dialogs.seen.first().name, u"copyResult"_s);
        QVERIFY2(dialogs.seen.first().informative.contains(u"checked"_s), qPrintable(dialogs.seen.first().informative));
        const QString copy = u"sqlite:"_s + chosen + u".catalogue"_s;
        QVERIFY(sameTables(m_source, copy));
        // The window kept its catalogue; the copy is a catalogue of its own.
        QCOMPARE(m_window->catalogue().url(), m_source);
        auto opened = Catalogue::Catalogue::open(copy, Missing::Refuse);
        QVERIFY2(opened, Test::why(opened));
        QCOMPARE(opened->livres().count().value_or(-1), 3);
        opened->database().close();

        // The same name again: refused, the file left as it is.
        m_window->action(u"saveLocalCopy"_s)->trigger();
        QCOMPARE(dialogs.seen.size(), 2);
        QVERIFY(dialogs.seen.last().text.contains(u"exists already"_s));
        QVERIFY(sameTables(m_source, copy));
    }

    void copyToAServer()
    {
        if (!hasPostgres())
            QSKIP("no PostgreSQL test server (CATALOGUE_TEST_PG_URL); in CI this runs");
        Test::TestDatabase server(u"postgres"_s);
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        server.database().close();
        openWindow(m_source);
        DialogWatcher dialogs(server.url());
        QSignalSpy finished(copies(), &Gui::CopyActions::copyFinished);
        m_window->action(u"copyToServer"_s)->trigger();
        QVERIFY(finished.size() == 1 || finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(dialogs.seen.size(), 1);
        QCOMPARE(dialogs.seen.first().name, u"copyResult"_s);
        QVERIFY(sameTables(m_source, server.url()));
        auto there = Catalogue::Catalogue::open(server.url(), Missing::Refuse);
        QVERIFY2(there, Test::why(there));
        QCOMPARE(there->coverData(Catalogue::CoverImage::referencePrefix
                                  + QString::fromLatin1(
                                          QCryptographicHash::hash(png(), QCryptographicHash::Sha256).toHex()))
                         .value_or(QByteArray()),
                 png());
        there->database().close();

        // Again into the same database, now a catalogue: refused, and it says why; nothing changes there.
        m_window->action(u"copyToServer"_s)->trigger();
        QVERIFY(finished.size() == 2 || finished.wait(30000));
        QCOMPARE(finished.last().first().toBool(), false);
        QCOMPARE(dialogs.seen.size(), 2);
        QCOMPARE(dialogs.seen.last().name, u"copyProblem"_s);
        QVERIFY2(dialogs.seen.last().details.contains(u"is not empty"_s), qPrintable(dialogs.seen.last().details));
        QVERIFY(sameTables(m_source, server.url()));
    }

    void aClerksWindowRecordsStockOnly()
    {
        if (!hasPostgres())
            QSKIP("no PostgreSQL test server (CATALOGUE_TEST_PG_URL); in CI this runs");
        Test::TestDatabase server(u"postgres"_s);
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        makeCatalogue(server.url());
        auto owner = Catalogue::Catalogue::open(server.url(), Missing::Refuse);
        QVERIFY2(owner, Test::why(owner));
        const QString clerk = u"ts%1_clerk"_s.arg(QCoreApplication::applicationPid());
        const QString reader = u"ts%1_reader"_s.arg(QCoreApplication::applicationPid());
        const Catalogue::Users users(*owner);
        QVERIFY2(users.add(clerk, Catalogue::Role::Clerk, u"pw"_s), "clerk");
        QVERIFY2(users.add(reader, Catalogue::Role::Reader, u"pw"_s), "reader");
        const QStringList groups = {users.groupName(Catalogue::Role::Manager).value_or(QString()),
                                    users.groupName(Catalogue::Role::Clerk).value_or(QString()),
                                    users.groupName(Catalogue::Role::Reader).value_or(QString())};
        owner->database().close();
        const auto urlAs = [&](const QString &user) {
            QUrl url(server.url());
            url.setUserName(user);
            url.setPassword(u"pw"_s);
            return url.toString();
        };

        openWindow(urlAs(clerk));
        QVERIFY(!m_window->catalogue().database().isReadOnly());
        QVERIFY(!m_window->action(u"newBook"_s)->isEnabled());
        QVERIFY(!m_window->action(u"delete"_s)->isEnabled());
        QVERIFY2(m_window->action(u"newBook"_s)->toolTip().contains(u"clerk"_s),
                 qPrintable(m_window->action(u"newBook"_s)->toolTip()));
        QVERIFY(m_window->banner()->isVisibleTo(m_window.get()));
        QVERIFY2(m_window->banner()->text().contains(u"books and prices cannot be changed"_s),
                 qPrintable(m_window->banner()->text()));
        QVERIFY(!m_window->bookForm()->field(Livre::Prix)->isEnabled());
        // Database > Migrations…: greyed, saying why.
        QVERIFY(!m_window->action(u"migrations"_s)->isEnabled());
        QVERIFY2(m_window->action(u"migrations"_s)->toolTip().contains(u"only a manager"_s),
                 qPrintable(m_window->action(u"migrations"_s)->toolTip()));
        QVERIFY(stockButton(Catalogue::Movement::Sale));
        QVERIFY(stockButton(Catalogue::Movement::Sale)->isEnabled());
        if (const QString shots = qEnvironmentVariable("CATALOGUE_SHOTS_DIR"); !shots.isEmpty())
            m_window->grab().save(shots + u"/clerk-window.png"_s);
        m_window.reset();

        openWindow(urlAs(reader));
        QVERIFY(!m_window->action(u"newBook"_s)->isEnabled());
        QVERIFY(m_window->banner()->text().contains(u"may only read"_s));
        QVERIFY(stockButton(Catalogue::Movement::Sale));
        QVERIFY(!stockButton(Catalogue::Movement::Sale)->isEnabled());
        m_window.reset();

        // The manager's (the owner's) window: everything enabled, no banner.
        openWindow(server.url());
        QVERIFY(m_window->action(u"newBook"_s)->isEnabled());
        QVERIFY(m_window->action(u"migrations"_s)->isEnabled());
        QVERIFY(!m_window->banner()->isVisibleTo(m_window.get()));
        m_window.reset();

        auto admin = Orm::Database::open(Test::postgresAdminUrl());
        QVERIFY(admin);
        for (const QString &role : {clerk, reader})
            QVERIFY(Orm::Roles::drop(*admin, role));
        admin->close();
        m_rolesLeft = groups;
    }

    void cleanupTestCase()
    {
        // The groups hold privileges in databases that are dropped by now.
        if (m_rolesLeft.isEmpty())
            return;
        auto admin = Orm::Database::open(Test::postgresAdminUrl());
        QVERIFY(admin);
        for (const QString &role : std::as_const(m_rolesLeft)) {
            if (Orm::Roles::exists(*admin, role).value_or(false))
                QVERIFY2(Orm::Roles::drop(*admin, role), qPrintable(role));
        }
        admin->close();
    }

private:
    QStringList m_rolesLeft;
};

QTEST_MAIN(TestSharing)
#include "tst_sharing.moc"
