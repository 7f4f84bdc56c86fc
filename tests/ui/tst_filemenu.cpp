// The File menu driven as a person would: New, Open, Open recent, Close, a dropped file, the start on the last
// catalogue; the refusals (a damaged file, another application's database) with their dialogs and the file left
// byte for byte as it was; a read-only file; the pages checked in the background before edits are allowed.
// The file names a person would pick in the native file dialogs are given through FileMenu's seams.

#include <catalogue/catalogue.h>
#include <catalogue/livre.h>
#include <catalogue/migrations.h>
#include <orm/migrator.h>
#include <orm/tablemodel.h>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <filemenu.h>
#include <mainwindow.h>
#include <preferencesdialog.h>
#include <recentcatalogues.h>

using namespace Qt::StringLiterals;
namespace Livre = Catalogue::Livre;
using Missing = Catalogue::Catalogue::Missing;

namespace {

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// What a message box said.
struct Seen
{
    QString name;
    QString text;
    QString informative;
    QString details;
};

int s_shot = 0; // screenshots of the boxes, numbered

// Answers every message box that opens (OK, or the given button) and keeps what it said; with CATALOGUE_SHOTS_DIR,
// saves a picture of each, to look at.
class BoxWatcher : public QObject
{
public:
    explicit BoxWatcher(QMessageBox::StandardButton answer = QMessageBox::Ok) : m_answer(answer)
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->property("answered").toBool())
                return;
            box->setProperty("answered", true);
            if (const QString shots = qEnvironmentVariable("CATALOGUE_SHOTS_DIR"); !shots.isEmpty())
                box->grab().save(u"%1/box-%2.png"_s.arg(shots).arg(++s_shot));
            seen.append({box->objectName(), box->text(), box->informativeText(), box->detailedText()});
            QAbstractButton *button = box->button(m_answer);
            if (!button)
                button = box->buttons().value(0);
            button->click();
        });
        m_timer.start(10);
    }
    QList<Seen> seen;

private:
    QTimer m_timer;
    QMessageBox::StandardButton m_answer;
};

} // namespace

class TestFileMenu : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Gui::MainWindow> m_window;
    QString m_first; // the catalogue the window shows at the start of each case

    Gui::FileMenu *files() const { return m_window->fileMenu(); }
    QString openPath() const { return m_window->catalogue().database().filePath(); }

    // A catalogue file with these titles, made through the domain; its path.
    QString makeCatalogue(const QString &name, const QStringList &titles)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        auto opened = Catalogue::Catalogue::open(u"sqlite:"_s + path, Missing::Create);
        if (!opened)
            qFatal("%s", qPrintable(opened.error().toString()));
        for (const QString &title : titles) {
            if (auto r = opened->livres().create(Catalogue::Catalogue::newBookValues(title)); !r)
                qFatal("%s", qPrintable(r.error().toString()));
        }
        opened->database().close();
        return path;
    }

    // Waits for the check of the window's catalogue to end; whether it passed.
    bool waitForCheck()
    {
        if (m_window->catalogue().isChecked())
            return true;
        QSignalSpy spy(files(), &Gui::FileMenu::checkFinished);
        if (!spy.wait(10000))
            return false;
        return spy.first().first().toBool();
    }

    void pick(const QString &path)
    {
        files()->askOpenFileName = [path](QWidget *, const QString &, const QString &filter) {
            // What the native dialog would offer.
            if (!filter.contains(u"*.db *.sqlite *.catalogue"_s) || !filter.contains(u"All files (*)"_s))
                return QString();
            return path;
        };
    }

    bool canWrite() const { return m_window->action(u"newBook"_s)->isEnabled(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Gui::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        Gui::Settings().clear();
        m_first = makeCatalogue(u"first.catalogue"_s, {u"Dune"_s, u"Vol de nuit"_s});
        m_window = std::make_unique<Gui::MainWindow>();
        QVERIFY(files()->open(u"sqlite:"_s + m_first, Gui::FileMenu::Tell::Refusals));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(waitForCheck());
    }

    void cleanup()
    {
        m_window.reset();
        Gui::Settings().clear();
    }

    void newCatalogueIsCreatedWithEveryMigration()
    {
        const QString chosen = m_dir.filePath(u"shop"_s);
        QString filter;
        files()->askSaveFileName = [&](QWidget *, const QString &, const QString &offered) {
            filter = offered;
            return chosen;
        };
        m_window->action(u"newCatalogue"_s)->trigger();
        QVERIFY(filter.contains(u"*.catalogue"_s));
        const QString created = chosen + u".catalogue"_s; // the extension a name without one gets
        QVERIFY(QFileInfo::exists(created));
        QCOMPARE(openPath(), created);
        auto status = m_window->catalogue().migrator().status();
        QVERIFY(status);
        QCOMPARE(status->size(), Catalogue::migrations().size());
        for (const Orm::MigrationState &state : std::as_const(*status))
            QVERIFY2(state.executed, qPrintable(state.name));
        QVERIFY(canWrite());
        QCOMPARE(m_window->tableModel()->rowCount(), 0);
        QCOMPARE(Gui::RecentCatalogues().urls().value(0), u"sqlite:"_s + created);
    }

    void newCatalogueNeverReplacesAFile()
    {
        const QString other = makeCatalogue(u"taken.catalogue"_s, {u"Germinal"_s});
        const QByteArray before = sha256(other);
        files()->askSaveFileName = [&](QWidget *, const QString &, const QString &) { return other; };
        BoxWatcher boxes;
        m_window->action(u"newCatalogue"_s)->trigger();
        QCOMPARE(boxes.seen.size(), 1);
        QVERIFY(boxes.seen.first().text.contains(u"exists already"_s));
        QCOMPARE(sha256(other), before);
        QCOMPARE(openPath(), m_first);
    }

    void openAFileAndFindItInRecent()
    {
        const QString second = makeCatalogue(u"second.db"_s, {u"Germinal"_s, u"Nana"_s, u"L'Assommoir"_s});
        pick(second);
        m_window->action(u"openCatalogue"_s)->trigger();
        QCOMPARE(openPath(), second);
        QCOMPARE(m_window->tableModel()->rowCount(), 3);
        QVERIFY(waitForCheck());
        QVERIFY(canWrite());

        QMenu *recent = files()->recentMenu();
        Q_EMIT recent->aboutToShow();
        QStringList labels;
        for (QAction *action : recent->actions()) {
            if (action->data().isValid())
                labels << action->data().toString();
        }
        QCOMPARE(labels, QStringList({u"sqlite:"_s + second, u"sqlite:"_s + m_first}));
        // Back to the first through Open recent.
        recent->actions().at(1)->trigger();
        QCOMPARE(openPath(), m_first);
        QCOMPARE(m_window->tableModel()->rowCount(), 2);
    }

    void edits_wait_for_the_background_check()
    {
        const QString second = makeCatalogue(u"checked.catalogue"_s, {u"Germinal"_s});
        QVERIFY(files()->open(u"sqlite:"_s + second));
        // Shown at once, read-only, while its pages are checked on another thread.
        QCOMPARE(m_window->tableModel()->rowCount(), 1);
        QVERIFY(!m_window->catalogue().isChecked());
        QVERIFY(m_window->catalogue().database().isReadOnly());
        QVERIFY(!canWrite());
        QVERIFY(m_window->banner()->isVisibleTo(m_window.get()));
        QVERIFY(m_window->banner()->text().contains(u"being checked"_s));
        QVERIFY(files()->isChecking() || !m_window->catalogue().isChecked());
        QVERIFY(waitForCheck());
        QVERIFY(m_window->catalogue().isChecked());
        QVERIFY(!m_window->catalogue().database().isReadOnly());
        QVERIFY(canWrite());
        QVERIFY(!m_window->banner()->isVisibleTo(m_window.get()));
        // And it writes: a new book through the window.
        m_window->action(u"newBook"_s)->trigger();
        QCOMPARE(m_window->catalogue().livres().count().value_or(-1), 2);
    }

    void damagedFileIsRefusedAndLeftAsItWas_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("header overwritten") << u"header"_s;
        QTest::newRow("a page of the books overwritten") << u"page"_s;
    }

    void damagedFileIsRefusedAndLeftAsItWas()
    {
        QFETCH(QString, damage);
        QStringList titles;
        for (int i = 0; i < 400; ++i)
            titles << u"Livre numéro %1, un titre assez long pour remplir des pages"_s.arg(i);
        const QString path = makeCatalogue(u"damaged.db"_s, titles);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const QByteArray bytes = file.readAll();
            const int pageSize = (uchar(bytes.at(16)) << 8) | uchar(bytes.at(17));
            if (damage == u"header") {
                file.seek(0);
                file.write("This is not SQLite at all");
            } else {
                // A page of the books, in the middle of the file: its b-tree header becomes nonsense.
                file.seek(qint64(bytes.size() / pageSize / 2) * pageSize);
                file.write(QByteArray(pageSize, char(0xee)));
            }
        }
        const QByteArray before = sha256(path);
        BoxWatcher boxes;
        pick(path);
        m_window->action(u"openCatalogue"_s)->trigger();
        if (openPath() == path) // found by the check in the background: shown read-only meanwhile
            QVERIFY(!waitForCheck());
        QTRY_COMPARE(boxes.seen.size(), 1);
        const Seen &seen = boxes.seen.first();
        QVERIFY2(seen.text.contains(u"damaged"_s) || seen.text.contains(u"not a database file"_s),
                 qPrintable(seen.text));
        QVERIFY(!seen.details.isEmpty()); // the checks' own words, on demand
        QCOMPARE(sha256(path), before);
        if (openPath() == path) {
            QVERIFY(m_window->catalogue().database().isReadOnly());
            QVERIFY(!canWrite());
            QVERIFY(m_window->banner()->text().contains(u"damaged"_s));
        } else {
            QCOMPARE(openPath(), m_first); // the window keeps the catalogue it had
            QVERIFY(canWrite());
        }
    }

    void anotherApplicationsDatabaseIsRefusedUntouched()
    {
        const QString path = m_dir.filePath(u"accounts.sqlite"_s);
        QFile::remove(path);
        {
            auto db = Orm::Database::open(u"sqlite:"_s + path);
            QVERIFY(db);
            QVERIFY(db->query(u"CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"_s));
            QVERIFY(db->query(u"INSERT INTO customers (name) VALUES ('Ada'), ('Grace')"_s));
            db->close();
        }
        const QByteArray before = sha256(path);
        BoxWatcher boxes;
        pick(path);
        m_window->action(u"openCatalogue"_s)->trigger();
        QCOMPARE(boxes.seen.size(), 1);
        QVERIFY2(boxes.seen.first().text.contains(u"is not a catalogue"_s), qPrintable(boxes.seen.first().text));
        QVERIFY(boxes.seen.first().informative.contains(u"left exactly as it was"_s));
        QVERIFY(boxes.seen.first().details.contains(u"customers"_s));
        QCOMPARE(sha256(path), before);
        QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
        QCOMPARE(openPath(), m_first);
        QCOMPARE(m_window->tableModel()->rowCount(), 2);
        QVERIFY(canWrite());
    }

    void readOnlyFileOpensReadOnlyWithTheBanner()
    {
        const QString path = makeCatalogue(u"locked.catalogue"_s, {u"Germinal"_s});
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray before = sha256(path);
        BoxWatcher boxes;
        QVERIFY(files()->open(u"sqlite:"_s + path));
        QVERIFY(waitForCheck());
        QTRY_COMPARE(boxes.seen.size(), 1);
        QCOMPARE(boxes.seen.first().name, u"readOnlyNotice"_s);
        QVERIFY(m_window->catalogue().database().isReadOnly());
        QVERIFY(!canWrite());
        QVERIFY(m_window->banner()->isVisibleTo(m_window.get()));
        QVERIFY(!m_window->banner()->text().contains(u"being checked"_s));
        QCOMPARE(sha256(path), before);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void recentListGreysMissingOnesAndForgets()
    {
        QStringList paths;
        for (int i = 0; i < 10; ++i) {
            paths << makeCatalogue(u"recent-%1.catalogue"_s.arg(i), {});
            QVERIFY(files()->open(u"sqlite:"_s + paths.last()));
            QVERIFY(waitForCheck());
        }
        QCOMPARE(Gui::RecentCatalogues().urls().size(), Gui::RecentCatalogues::limit);
        QCOMPARE(Gui::RecentCatalogues().urls().first(), u"sqlite:"_s + paths.last());
        QVERIFY(QFile::remove(paths.at(8)));
        QMenu *recent = files()->recentMenu();
        Q_EMIT recent->aboutToShow();
        QAction *missing = nullptr;
        for (QAction *action : recent->actions()) {
            if (action->data().toString() == u"sqlite:"_s + paths.at(8))
                missing = action;
        }
        QVERIFY(missing);
        QVERIFY(!missing->isEnabled());
        QVERIFY(missing->text().contains(u"(missing)"_s));
        QAction *removeMissing = recent->findChild<QAction *>(u"removeMissing"_s);
        if (!removeMissing) {
            for (QAction *action : recent->actions()) {
                if (action->objectName() == u"removeMissing")
                    removeMissing = action;
            }
        }
        QVERIFY(removeMissing);
        removeMissing->trigger();
        QCOMPARE(Gui::RecentCatalogues().urls().size(), Gui::RecentCatalogues::limit - 1);
        QVERIFY(!Gui::RecentCatalogues().urls().contains(u"sqlite:"_s + paths.at(8)));
        Q_EMIT recent->aboutToShow();
        QAction *clear = nullptr;
        for (QAction *action : recent->actions()) {
            if (action->objectName() == u"clearRecent")
                clear = action;
        }
        QVERIFY(clear);
        clear->trigger();
        QVERIFY(Gui::RecentCatalogues().urls().isEmpty());
    }

    void closeShowsNoCatalogueUntilOneOpens()
    {
        m_window->action(u"closeCatalogue"_s)->trigger();
        QVERIFY(!m_window->catalogue().database().isValid());
        QCOMPARE(m_window->findChild<QStackedWidget *>(u"tableStack"_s)->currentWidget()->objectName(),
                 u"closedPage"_s);
        QVERIFY(!canWrite());
        QVERIFY(!m_window->action(u"closeCatalogue"_s)->isEnabled());
        QVERIFY(!m_window->tableModel());
        if (const QString shots = qEnvironmentVariable("CATALOGUE_SHOTS_DIR"); !shots.isEmpty())
            m_window->grab().save(shots + u"/closed.png"_s);
        pick(m_first);
        m_window->action(u"openCatalogue"_s)->trigger();
        QCOMPARE(openPath(), m_first);
        QCOMPARE(m_window->tableModel()->rowCount(), 2);
        QVERIFY(m_window->action(u"closeCatalogue"_s)->isEnabled());
    }

    void aDroppedCatalogueFileOpens()
    {
        const QString second = makeCatalogue(u"dropped.sqlite"_s, {u"Germinal"_s});
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(second)});
        const QPoint at = m_window->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(drop.isAccepted());
        QTRY_COMPARE(openPath(), second);
        QCOMPARE(m_window->tableModel()->rowCount(), 1);
        // A file of another kind is not taken.
        QMimeData text;
        text.setUrls({QUrl::fromLocalFile(m_dir.filePath(u"notes.txt"_s))});
        QDragEnterEvent refused(at, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        refused.ignore();
        QApplication::sendEvent(m_window.get(), &refused);
        QVERIFY(!refused.isAccepted());
    }

    void theLastCatalogueOpensAtStart()
    {
        const QString second = makeCatalogue(u"last.catalogue"_s, {u"Germinal"_s});
        QVERIFY(files()->open(u"sqlite:"_s + second));
        QVERIFY(waitForCheck());
        m_window.reset();
        m_window = std::make_unique<Gui::MainWindow>();
        QVERIFY(files()->openAtStart());
        QCOMPARE(openPath(), second);
        QVERIFY(waitForCheck());
        // Gone: the default catalogue opens instead.
        m_window.reset();
        QVERIFY(QFile::remove(second));
        m_window = std::make_unique<Gui::MainWindow>();
        QVERIFY(files()->openAtStart());
        QCOMPARE(u"sqlite:"_s + openPath(), Catalogue::Catalogue::defaultUrl());
        QVERIFY(waitForCheck());
    }
};

QTEST_MAIN(TestFileMenu)
#include "tst_filemenu.moc"
