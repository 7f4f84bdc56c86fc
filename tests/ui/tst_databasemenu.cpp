// The window's Database menu driven as a person would: the migrations offered when a seed-made file opens, rolled
// back from the dialog, cancelled in the middle of a slow migration; a backup restored; the check listing a broken
// book. Each step checked in what the database then holds. On SQLite and on the test PostgreSQL server.

#include <catalogue/catalogue.h>
#include <catalogue/livre.h>
#include <catalogue/migrations.h>
#include <orm/migrator.h>
#include <orm/schema.h>
#include <orm/tablemodel.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <bookform.h>
#include <checkdialog.h>
#include <databasemenu.h>
#include <mainwindow.h>
#include <migrationsdialog.h>
#include <preferencesdialog.h>
#include <testdatabase.h>

using namespace Qt::StringLiterals;
namespace Livre = Catalogue::Livre;
using Cat = Catalogue::Catalogue;

namespace {

// The slow migration's hold: it says when it has started, then waits until the test lets it go on.
QSemaphore slowStarted;
QSemaphore slowMayFinish;

QList<Orm::Attribute> idOnly()
{
    return {{.name = u"id"_s, .type = Orm::DataType::integer(), .primaryKey = true}};
}

// A test-only migration that creates a table, waits on the test, then creates another: cancelled while it waits,
// neither may stay. Registered only in this test.
Orm::Migration slowMigration()
{
    return {u"20991231000000-test-slow"_s,
            [](Orm::Schema &schema) -> Orm::Status {
                if (auto first = schema.createTable(u"TestSlowFirst"_s, idOnly()); !first)
                    return first;
                slowStarted.release();
                slowMayFinish.acquire();
                return schema.createTable(u"TestSlowSecond"_s, idOnly());
            },
            [](Orm::Schema &schema) -> Orm::Status {
                for (const QString &table : {u"TestSlowSecond"_s, u"TestSlowFirst"_s}) {
                    if (auto r = schema.dropTable(table); !r)
                        return r;
                }
                return {};
            }};
}

// One after it, which a cancel must keep from running.
Orm::Migration afterSlowMigration()
{
    return {u"20991231000001-test-after-slow"_s,
            [](Orm::Schema &schema) -> Orm::Status { return schema.createTable(u"TestAfterSlow"_s, idOnly()); },
            [](Orm::Schema &schema) -> Orm::Status { return schema.dropTable(u"TestAfterSlow"_s); }};
}

} // namespace

class TestDatabaseMenu : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TestDatabase> m_db;
    std::optional<Cat> m_catalogue;
    std::unique_ptr<Gui::MainWindow> m_window;
    QTemporaryDir m_files;

    // Calls answer with the next modal dialog of type T once it is open (from inside its exec()).
    template<typename T>
    void whenOpen(const std::function<void(T *)> &answer)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [timer, answer] {
            auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            timer->stop();
            timer->deleteLater();
            answer(dialog);
            if (dialog->isVisible()) // a check failed before the answer closed it: closed, so the test goes on
                static_cast<QDialog *>(dialog)->reject();
        });
        timer->start();
    }

    // Every row of Livres, each value as the database writes it out (SQLite's quote(): type and bytes; PostgreSQL's
    // text form), in ID order: equal lists are the same rows byte for byte.
    QStringList livresRows(const Orm::Database &database)
    {
        auto columns = database.columns(Livre::tableName);
        if (!columns)
            return {u"<"_s + columns.error().message() + u'>'};
        const bool sqlite = database.dialect().kind() == Orm::Dialect::Kind::Sqlite;
        QStringList values;
        for (const QString &column : std::as_const(*columns))
            values << (sqlite ? u"quote(\"%1\")"_s : u"coalesce(quote_nullable(\"%1\"), 'NULL')"_s).arg(column);
        auto rows = database.query(u"SELECT "_s + values.join(u", ") + u" FROM \"Livres\" ORDER BY \"ID\""_s);
        if (!rows)
            return {u"<"_s + rows.error().message() + u'>'};
        QStringList lines;
        for (const QVariantList &row : std::as_const(rows->rows)) {
            QStringList cells;
            for (const QVariant &cell : row)
                cells << cell.toString();
            lines << cells.join(u'|');
        }
        return lines;
    }

    QStringList recorded(const Orm::Database &database)
    {
        auto rows = database.query(u"SELECT \"name\" FROM \"SequelizeMeta\" ORDER BY \"name\""_s);
        QStringList names;
        if (rows) {
            for (const QVariantList &row : std::as_const(rows->rows))
                names << row.value(0).toString();
        }
        return names;
    }

    QTreeWidgetItem *itemOf(Gui::MigrationsDialog *dialog, const QString &name)
    {
        const auto found = dialog->list()->findItems(name, Qt::MatchExactly, 0);
        return found.value(0);
    }

    // A catalogue as the seed's Sequelize code leaves it: on SQLite the fixture that sequelize-cli made (its own
    // Clients migration too), on PostgreSQL the Livres table of the first migration with one book.
    QString seedMadeUrl()
    {
        QFETCH_GLOBAL(QString, dialect);
        if (dialect == u"sqlite") {
            const QString fixture = QStringLiteral(CATALOGUE_FIXTURES "/sequelize-cli.db");
            const QString file = m_files.filePath(u"seed-made.db"_s);
            QFile::remove(file);
            if (fixture.isEmpty() || !QFile::copy(fixture, file))
                return {};
            QFile::setPermissions(file, QFile::permissions(file) | QFileDevice::WriteOwner);
            return u"sqlite:"_s + file;
        }
        auto livresOnly =
                Orm::Migrator(m_db->database(), {Catalogue::Migrations::createLivres()}).up({}, Orm::Backup::Skip);
        if (!livresOnly)
            return {};
        auto inserted = m_db->database().query(
                u"INSERT INTO \"Livres\" (\"Nom\", \"NomSansEspaces\", \"Presentation\", \"Annee\", \"NbPages\", "
                "\"Ventes\", \"Arriere\", \"Dos\", \"Quantite\", \"Prix\") VALUES ('Candide', 'Candide', 'Un conte', "
                "1759, 100, 0, '', '', 3, 7.5)"_s);
        return inserted ? m_db->url() : QString();
    }

    void openWindow(const Cat &catalogue)
    {
        m_window = std::make_unique<Gui::MainWindow>();
        m_window->setCatalogue(catalogue);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

private Q_SLOTS:
    void initTestCase_data() { Test::addDialectRows(); }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Gui::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_files.isValid());
    }

    void init() { TEST_OPEN_DATABASE(m_db); }

    void cleanup()
    {
        m_window.reset();
        m_catalogue.reset();
        m_db.reset();
    }

    // A seed-made file opens read-only, the window offers its migrations, the person applies them: the books are
    // the same bytes, SequelizeMeta lists every migration; then the dialog rolls back to the first.
    void seedMadeFileIsMigratedFromTheOfferThenRolledBack()
    {
        const QString url = seedMadeUrl();
        QVERIFY(!url.isEmpty());
        auto opened = Cat::open(url, Cat::Missing::Refuse, Cat::Pending::ReadOnly);
        QVERIFY2(opened, Test::why(opened));
        QVERIFY(opened->database().isReadOnly());
        QVERIFY(opened->isReadOnlyUntilMigrated());
        const QStringList before = livresRows(opened->database());
        QVERIFY(!before.isEmpty());
        QVERIFY2(!before.first().startsWith(u'<'), qPrintable(before.first()));
        const QStringList recordedBefore = recorded(opened->database());

        bool applied = false;
        whenOpen<Gui::MigrationsDialog>([&](Gui::MigrationsDialog *dialog) {
            // Every migration but the seed's own create-livres.
            const QString needed = u"needs %1 migration"_s.arg(Catalogue::migrations().size() - 1);
            QVERIFY2(dialog->reason()->text().contains(needed), qPrintable(dialog->reason()->text()));
            QCOMPARE(dialog->backupFirst()->isChecked(), !dialog->catalogue().database().filePath().isEmpty());
            QCOMPARE(dialog->button(u"applyAll"_s)->isEnabled(), true);
            QSignalSpy finished(dialog, &Gui::MigrationsDialog::workFinished);
            dialog->button(u"applyAll"_s)->click();
            QVERIFY(finished.wait(60000));
            QVERIFY2(dialog->result()->text().startsWith(u"Done"_s), qPrintable(dialog->result()->text()));
            QVERIFY(dialog->log()->toPlainText().contains(u"CREATE TABLE"_s));
            QCOMPARE(dialog->progress()->value(), dialog->progress()->maximum());
            QCOMPARE(dialog->button(u"applyAll"_s)->isEnabled(), false);
            if (dialog->catalogue().database().filePath().isEmpty()) {
                QVERIFY(!dialog->showBackupButton()->isEnabled());
            } else {
                QVERIFY(dialog->showBackupButton()->isEnabled());
                QVERIFY(dialog->backupLabel()->text().contains(u".backup-"_s));
            }
            applied = true;
            dialog->accept();
        });
        m_window = std::make_unique<Gui::MainWindow>();
        m_window->setCatalogue(*opened);
        // Read-only until migrated: the books show, the banner says why, nothing can be changed.
        QCOMPARE(m_window->tableModel()->rowCount(), before.size());
        QVERIFY(!m_window->banner()->isHidden());
        QVERIFY(m_window->banner()->text().contains(u"migrations"_s));
        QVERIFY(!m_window->action(u"newBook"_s)->isEnabled());
        m_window->show(); // the migrations dialog is offered once the window is on screen
        QTRY_VERIFY_WITH_TIMEOUT(applied, 60000);
        // The window reloaded its catalogue: writable now, with every table.
        QTRY_VERIFY(!m_window->catalogue().database().isReadOnly());
        QVERIFY(m_window->catalogue().hasRelatedTables());
        QVERIFY(m_window->banner()->isHidden());
        QVERIFY(m_window->bookForm()->stockButton(::Catalogue::Movement::Sale)->isEnabled());
        const Orm::Database database = m_window->catalogue().database();
        QCOMPARE(livresRows(database), before);
        QStringList expected = recordedBefore;
        for (const Orm::Migration &m : ::Catalogue::migrations()) {
            if (!expected.contains(m.name + u".js"_s))
                expected << m.name + u".js"_s;
        }
        expected.sort();
        QCOMPARE(recorded(database), expected);

        // Rolled back down to the second migration from the dialog: only the first stays, the books with it. The
        // stock movements made from the books' stock hold rows: the dialog says so and asks again.
        const QList<Orm::Migration> all = ::Catalogue::migrations();
        bool rolledBack = false;
        QString warning;
        whenOpen<Gui::MigrationsDialog>([&](Gui::MigrationsDialog *dialog) {
            QTreeWidgetItem *second = itemOf(dialog, all.at(1).name);
            QVERIFY(second);
            dialog->list()->setCurrentItem(second);
            QVERIFY(dialog->button(u"rollBackTo"_s)->isEnabled());
            QSignalSpy finished(dialog, &Gui::MigrationsDialog::workFinished);
            whenOpen<QMessageBox>([&](QMessageBox *box) {
                warning = box->text();
                box->findChild<QPushButton *>(u"dropData"_s)->click();
            });
            dialog->button(u"rollBackTo"_s)->click();
            QVERIFY(finished.wait(60000));
            QVERIFY2(dialog->result()->text().startsWith(u"Done"_s), qPrintable(dialog->result()->text()));
            QCOMPARE(itemOf(dialog, all.at(0).name)->text(1), u"applied"_s);
            QCOMPARE(itemOf(dialog, all.at(1).name)->text(1), u"pending"_s);

            // Rolling back the first would drop the books: asked again, and refused, nothing changes.
            bool asked = false;
            whenOpen<QMessageBox>([&](QMessageBox *box) {
                asked = box->text().contains(u"Livres: 1 row"_s);
                box->button(QMessageBox::Cancel)->click();
            });
            dialog->button(u"rollBackLast"_s)->click();
            QVERIFY(asked);
            QCOMPARE(itemOf(dialog, all.at(0).name)->text(1), u"applied"_s);
            rolledBack = true;
            dialog->accept();
        });
        m_window->action(u"migrations"_s)->trigger();
        QVERIFY(rolledBack);
        QVERIFY2(warning.contains(u"MouvementsStock: 1 row"_s), qPrintable(warning));
        const Orm::Database after = m_window->catalogue().database();
        QCOMPARE(livresRows(after), before);
        QVERIFY(recorded(after).contains(all.at(0).name + u".js"_s));
        QVERIFY(!recorded(after).contains(all.at(1).name + u".js"_s));
        auto tables = after.tables();
        QVERIFY(tables && !tables->contains(u"MouvementsStock"_s) && !tables->contains(u"Auteurs"_s));
        // Read-only again until migrated, and offered again next time it opens.
        QVERIFY(m_window->catalogue().isReadOnlyUntilMigrated());
    }

    // Cancel in the middle of a slow migration: it is rolled back whole, the one after it never runs, and the
    // dialog says what stays applied.
    void cancelInTheMiddleOfASlowMigrationLeavesNothingHalfApplied()
    {
        auto opened = Cat::open(m_db->url(), Cat::Missing::Create);
        QVERIFY2(opened, Test::why(opened));
        Gui::MigrationsDialog dialog(*opened);
        dialog.setMigrations(::Catalogue::migrations() << slowMigration() << afterSlowMigration());
        dialog.show();
        QCOMPARE(itemOf(&dialog, u"20991231000000-test-slow"_s)->text(1), u"pending"_s);
        QSignalSpy finished(&dialog, &Gui::MigrationsDialog::workFinished);
        slowStarted.tryAcquire(slowStarted.available());
        slowMayFinish.tryAcquire(slowMayFinish.available());
        bool released = false;
        // Whatever fails below, the migration is let go, so that the dialog's thread ends.
        const auto letGo = qScopeGuard([&] {
            if (!released)
                slowMayFinish.release();
        });
        dialog.button(u"applyAll"_s)->click();
        QVERIFY(dialog.isBusy());
        QVERIFY(!dialog.button(u"rollBackLast"_s)->isEnabled());
        // Waits in the GUI thread while the migration holds, the window still answering.
        QTRY_VERIFY_WITH_TIMEOUT(slowStarted.available() > 0, 30000);
        slowStarted.acquire();
        QTRY_VERIFY(dialog.progress()->text().contains(u"1 of 2"_s)
                    || dialog.progress()->format().contains(u"1 of 2"_s));
        QVERIFY(dialog.cancelButton()->isEnabled());
        dialog.cancelButton()->click();
        released = true;
        slowMayFinish.release();
        QVERIFY(finished.wait(30000));
        QVERIFY2(dialog.result()->text().startsWith(u"Cancelled"_s), qPrintable(dialog.result()->text()));
        QVERIFY2(dialog.result()->text().contains(u"the last being "_s + Catalogue::migrations().constLast().name),
                 qPrintable(dialog.result()->text()));
        auto tables = opened->database().tables();
        QVERIFY2(tables, Test::why(tables));
        QVERIFY(!tables->contains(u"TestSlowFirst"_s));
        QVERIFY(!tables->contains(u"TestSlowSecond"_s));
        QVERIFY(!tables->contains(u"TestAfterSlow"_s));
        const QStringList names = recorded(opened->database());
        QVERIFY(!names.contains(u"20991231000000-test-slow.js"_s));
        QVERIFY(!names.contains(u"20991231000001-test-after-slow.js"_s));
        QCOMPARE(names.size(), ::Catalogue::migrations().size());
        QCOMPARE(itemOf(&dialog, u"20991231000000-test-slow"_s)->text(1), u"pending"_s);
        QVERIFY(dialog.button(u"applyAll"_s)->isEnabled());
        QVERIFY(!dialog.isBusy());
    }

    // A catalogue read-only for another reason than its migrations (a newer version wrote it): every action
    // disabled, and the dialog says why.
    void readOnlyCatalogueDisablesEveryAction()
    {
        {
            auto created = Cat::open(m_db->url(), Cat::Missing::Create);
            QVERIFY2(created, Test::why(created));
            const Orm::Database database = created->database();
            QVERIFY(database.query(u"INSERT INTO \"SequelizeMeta\" (\"name\") VALUES ('20990101000000-future.js')"_s));
            QVERIFY(database.query(u"INSERT INTO \"SequelizeMetaTimes\" (\"name\", \"executedAt\") VALUES "
                                   "('20990101000000-future.js', '2099-01-01T00:00:00.000Z')"_s));
            created->database().close();
        }
        auto opened = Cat::open(m_db->url(), Cat::Missing::Refuse, Cat::Pending::ReadOnly);
        QVERIFY2(opened, Test::why(opened));
        QVERIFY(opened->database().isReadOnly());
        Gui::MigrationsDialog dialog(*opened);
        dialog.list()->setCurrentItem(dialog.list()->topLevelItem(0));
        for (const char *name : {"applyAll", "applyTo", "rollBackLast", "rollBackTo"})
            QVERIFY2(!dialog.button(QString::fromLatin1(name))->isEnabled(), name);
        QVERIFY(!dialog.backupFirst()->isEnabled());
        QVERIFY2(dialog.reason()->text().contains(u"read-only"_s), qPrintable(dialog.reason()->text()));
        QVERIFY2(dialog.reason()->text().contains(u"newer version"_s), qPrintable(dialog.reason()->text()));
        QVERIFY(itemOf(&dialog, u"20990101000000-future"_s));
    }

    // A backup is made while the catalogue stays open, then restored: the book deleted since comes back, and the
    // replaced file is kept aside with its change.
    void backupAndRestoreRoundTrip()
    {
        QFETCH_GLOBAL(QString, dialect);
        auto opened = Cat::open(m_db->url(), Cat::Missing::Create);
        QVERIFY2(opened, Test::why(opened));
        if (dialect != u"sqlite") {
            // A server's catalogue is backed up with the server's tools: the menu says so, and writes nothing.
            openWindow(*opened);
            QString said;
            whenOpen<QMessageBox>([&](QMessageBox *box) {
                said = box->text();
                box->accept();
            });
            m_window->databaseMenu()->backUpTo(m_files.filePath(u"server.db"_s));
            QVERIFY2(said.contains(u"pg_dump"_s), qPrintable(said));
            QVERIFY(!QFile::exists(m_files.filePath(u"server.db"_s)));
            return;
        }
        auto kept = opened->livres().create(Cat::newBookValues(u"Kept"_s));
        QVERIFY2(kept, Test::why(kept));
        auto gone = opened->livres().create(Cat::newBookValues(u"Deleted after the backup"_s));
        QVERIFY2(gone, Test::why(gone));
        openWindow(*opened);
        const QString backup = m_files.filePath(u"round-trip.db"_s);
        QFile::remove(backup);
        m_window->databaseMenu()->backUpTo(backup);
        QVERIFY(QFile::exists(backup));
        QVERIFY(!QFile::exists(backup + u".partial"_s));

        QVERIFY(m_window->catalogue().removeBook(gone->get(Livre::Id)));
        QCOMPARE(*m_window->catalogue().livres().count(), 1);
        whenOpen<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        m_window->databaseMenu()->restoreFrom(backup);
        QCOMPARE(*m_window->catalogue().livres().count(), 2);
        QCOMPARE(m_window->tableModel()->rowCount(), 2);
        QVERIFY(!m_window->catalogue().database().isReadOnly());
        const QString file = m_window->catalogue().database().filePath();
        const QStringList aside = QDir(QFileInfo(file).absolutePath())
                                          .entryList({QFileInfo(file).fileName() + u".replaced-*.db"_s}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        auto replaced = Cat::open(QFileInfo(file).absoluteDir().filePath(aside.first()), Cat::Missing::Refuse);
        QVERIFY2(replaced, Test::why(replaced));
        QCOMPARE(*replaced->livres().count(), 1);
        QVERIFY(QFile::exists(backup)); // copied, never moved

        // A file that is not a catalogue is refused, the catalogue left as it is.
        const QString junk = m_files.filePath(u"junk.db"_s);
        QFile out(junk);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QByteArray(8192, 'x'));
        out.close();
        QString refusal;
        whenOpen<QMessageBox>([&](QMessageBox *box) {
            refusal = box->text();
            box->accept();
        });
        m_window->databaseMenu()->restoreFrom(junk);
        QVERIFY2(refusal.contains(u"cannot be restored"_s), qPrintable(refusal));
        QCOMPARE(*m_window->catalogue().livres().count(), 2);
    }

    // The check lists a book that breaks a rule, with the rule; double-clicking it shows the book in the window.
    void checkListsABrokenBookAndGoesToIt()
    {
        auto opened = Cat::open(m_db->url(), Cat::Missing::Create);
        QVERIFY2(opened, Test::why(opened));
        QVariantList ids;
        for (const QString &title : {u"Sound"_s, u"Broken"_s, u"Also sound"_s}) {
            auto created = opened->livres().create(Cat::newBookValues(title));
            QVERIFY2(created, Test::why(created));
            ids << created->get(Livre::Id);
        }
        auto broken = opened->livres().update(
                {{Livre::Annee, 1200}},
                {.where = Orm::col(Livre::Id) == Orm::Expr::fromValue(ids.at(1)), .validate = Orm::Validate::Skip});
        QVERIFY2(broken, Test::why(broken));
        openWindow(*opened);
        m_window->selectBook(ids.at(0));
        bool seen = false;
        whenOpen<Gui::CheckDialog>([&](Gui::CheckDialog *dialog) {
            QTreeWidget *list = dialog->list();
            QCOMPARE(list->topLevelItemCount(), 1);
            QTreeWidgetItem *item = list->topLevelItem(0);
            QVERIFY(item->text(0).contains(u"Broken"_s));
            QCOMPARE(item->text(1), Livre::Annee);
            QVERIFY(!item->text(2).isEmpty());
            QVERIFY(dialog->summary()->text().contains(u"1 problem"_s));
            Q_EMIT list->itemDoubleClicked(item, 0);
            seen = true;
            dialog->accept();
        });
        m_window->action(u"checkCatalogue"_s)->trigger();
        QVERIFY(seen);
        QCOMPARE(m_window->bookForm()->bookId(), ids.at(1));
    }
};

QTEST_MAIN(TestDatabaseMenu)
#include "tst_databasemenu.moc"
