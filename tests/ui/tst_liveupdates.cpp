// Two windows on one catalogue in one process, each with its own connection, driven as people would: a price, a
// sale and a cover saved in one show in the other without a refresh (PostgreSQL: the change feed's NOTIFY, within a
// second; SQLite: data_version, polled each second), keeping the other's current book and its unsaved edit; a
// second save of the same fields shows the merge form, and what is picked there is what the database holds.

#include "testdatabase.h"

#include <catalogue/catalogue.h>
#include <catalogue/covers.h>
#include <catalogue/livre.h>
#include <orm/tablemodel.h>

#include <QAbstractButton>
#include <QApplication>
#include <QBuffer>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

#include <bookform.h>
#include <coverconflictdialog.h>
#include <coverslot.h>
#include <filemenu.h>
#include <mainwindow.h>
#include <mergedialog.h>
#include <preferencesdialog.h>

using namespace Qt::StringLiterals;
namespace Livre = Catalogue::Livre;
using Missing = Catalogue::Catalogue::Missing;

namespace {

QByteArray png()
{
    QImage image(40, 60, QImage::Format_RGB32);
    image.fill(Qt::darkRed);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// Runs the next handler on each merge dialog that opens (polled: the dialog runs its own event loop).
class MergeWatcher : public QObject
{
public:
    MergeWatcher()
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *dialog = qobject_cast<Gui::MergeDialog *>(QApplication::activeModalWidget());
            if (!dialog || dialog->property("handled").toBool())
                return;
            dialog->setProperty("handled", true);
            ++seen;
            if (handlers.isEmpty()) {
                dialog->reject();
                return;
            }
            handlers.takeFirst()(dialog);
        });
        m_timer.start(10);
    }
    QList<std::function<void(Gui::MergeDialog *)>> handlers;
    int seen = 0;

private:
    QTimer m_timer;
};

} // namespace

class TestLiveUpdates : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TestDatabase> m_db;
    QString m_url;
    QHash<QString, QVariant> m_ids; // by title
    std::unique_ptr<Gui::MainWindow> m_first;
    std::unique_ptr<Gui::MainWindow> m_second;

    // How long a change may take to show in the other window: PostgreSQL tells at once; SQLite is polled.
    int timeout() const
    {
        QFETCH_GLOBAL(QString, dialect);
        return dialect == u"postgres" ? 1000 : 2500;
    }

    std::unique_ptr<Gui::MainWindow> openWindow()
    {
        auto window = std::make_unique<Gui::MainWindow>();
        if (!window->fileMenu()->open(m_url, Gui::FileMenu::Tell::Refusals))
            return nullptr;
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        if (!window->catalogue().isChecked()) {
            QSignalSpy spy(window->fileMenu(), &Gui::FileMenu::checkFinished);
            if (!spy.wait(10000))
                return nullptr;
        }
        return window;
    }

    // Clicks the book's row in the table, as a person picks a book.
    static void clickBook(Gui::MainWindow *window, const QVariant &id)
    {
        const int row = window->tableModel()->rowOf(id);
        QVERIFY(row >= 0);
        QTableView *view = window->tableView();
        const QRect cell = view->visualRect(window->tableModel()->index(row, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(window->bookForm()->bookId(), id);
    }

    // Replaces a field's text by typing, as a person selects it all and types.
    static void type(QWidget *field, const QString &text)
    {
        QVERIFY(field);
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(field, text);
    }

    static QPushButton *saveButton(Gui::MainWindow *window)
    {
        for (QPushButton *button : window->bookForm()->findChildren<QPushButton *>()) {
            if (button->text() == u"&Save"_s)
                return button;
        }
        return nullptr;
    }

    static QVariant cell(Gui::MainWindow *window, const QVariant &id, const QString &attribute)
    {
        Orm::TableModel *model = window->tableModel();
        return model->index(model->rowOf(id), model->columnOf(attribute)).data(Qt::EditRole);
    }

    QVariant stored(const QVariant &id, const QString &attribute) const
    {
        auto opened = Catalogue::Catalogue::open(m_url, Missing::Refuse);
        if (!opened)
            return {};
        auto book = opened->livres().findByPk(id);
        const QVariant value = book && !book->isNull() ? book->get(attribute) : QVariant();
        opened->database().close();
        return value;
    }

    static double price(Gui::MainWindow *window)
    {
        return qobject_cast<QDoubleSpinBox *>(window->bookForm()->field(Livre::Prix))->value();
    }

    static QString text(Gui::MainWindow *window, const QString &attribute)
    {
        return qobject_cast<QLineEdit *>(window->bookForm()->field(attribute))->text();
    }

private Q_SLOTS:
    void initTestCase_data() { Test::addDialectRows(); }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Gui::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
        Gui::Settings().clear();
    }

    // A catalogue with three books in stock, and the two windows on it, each with its own connection.
    void init()
    {
        TEST_OPEN_DATABASE(m_db);
        m_db->database().close();
        m_url = m_db->url();
        auto opened = Catalogue::Catalogue::open(m_url, Missing::Create);
        QVERIFY2(opened, Test::why(opened));
        m_ids.clear();
        for (const QString &title : {u"Dune"_s, u"Vol de nuit"_s, u"Germinal"_s}) {
            QVariantMap values = Catalogue::Catalogue::newBookValues(title);
            values.insert(Livre::Prix, 12.5);
            values.insert(Livre::Edition, u"Folio"_s);
            auto book = opened->livres().create(values);
            QVERIFY2(book, Test::why(book));
            m_ids.insert(title, book->get(Livre::Id));
            QVERIFY(opened->recordMovement(book->get(Livre::Id), Catalogue::Movement::Receipt, 5));
        }
        opened->database().close();
        m_first = openWindow();
        QVERIFY(m_first);
        m_second = openWindow();
        QVERIFY(m_second);
        QCOMPARE(m_first->catalogue().url(), m_second->catalogue().url());
    }

    void cleanup()
    {
        m_first.reset();
        m_second.reset();
        m_db.reset();
        Gui::Settings().clear();
    }

    void aChangeShowsInTheOtherWindow()
    {
        const QVariant germinal = m_ids.value(u"Germinal"_s);
        // The second person is on Germinal, typing a new publisher, not saved yet.
        clickBook(m_second.get(), germinal);
        type(m_second->bookForm()->field(Livre::Edition), u"Gallimard"_s);
        QVERIFY(m_second->bookForm()->isModified());

        // The first person changes Germinal's price and saves.
        clickBook(m_first.get(), germinal);
        type(m_first->bookForm()->field(Livre::Prix), u"19.90"_s);
        QElapsedTimer clock;
        QTest::mouseClick(saveButton(m_first.get()), Qt::LeftButton);
        clock.start();
        QVERIFY(!m_first->bookForm()->isModified());

        // Within a second, without a refresh: the second window's table and form show the new price, on the same
        // book, its row still the selected one, with the publisher it is typing kept.
        QTRY_COMPARE_WITH_TIMEOUT(cell(m_second.get(), germinal, Livre::Prix).toDouble(), 19.9, timeout());
        QTRY_COMPARE_WITH_TIMEOUT(price(m_second.get()), 19.9, timeout());
        qInfo("the price showed in the other window after %lld ms", clock.elapsed());
        QCOMPARE(stored(germinal, Livre::Prix).toDouble(), 19.9);
        QCOMPARE(m_second->bookForm()->bookId(), germinal);
        QCOMPARE(m_second->tableView()->currentIndex().row(), m_second->tableModel()->rowOf(germinal));
        QCOMPARE(m_second->tableView()->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(text(m_second.get(), Livre::Edition), u"Gallimard"_s);
        QVERIFY(m_second->bookForm()->isModified());

        // A sale: the stock, in the table and in the form.
        QVERIFY(m_first->bookForm()->recordMovement(Catalogue::Movement::Sale, 2));
        clock.restart();
        QTRY_COMPARE_WITH_TIMEOUT(cell(m_second.get(), germinal, Livre::Quantite).toLongLong(), 3, timeout());
        QTRY_COMPARE_WITH_TIMEOUT(m_second->bookForm()->history()->topLevelItemCount(), 2, timeout());
        qInfo("the sale showed in the other window after %lld ms", clock.elapsed());
        QCOMPARE(text(m_second.get(), Livre::Edition), u"Gallimard"_s);

        // A cover.
        QVERIFY(m_second->bookForm()->coverSlot(Livre::Couverture)->thumbnail().isNull());
        QVERIFY(m_first->bookForm()->setCover(Livre::Couverture, png()));
        QTRY_VERIFY_WITH_TIMEOUT(!m_second->bookForm()->coverSlot(Livre::Couverture)->thumbnail().isNull(), timeout());
        QCOMPARE(text(m_second.get(), Livre::Edition), u"Gallimard"_s);

        // The second person saves: the publisher is theirs to change (no one else did), the price stays the
        // first person's, and the stock the sum of its movements.
        QTest::mouseClick(saveButton(m_second.get()), Qt::LeftButton);
        QVERIFY(!m_second->bookForm()->isModified());
        QCOMPARE(stored(germinal, Livre::Edition).toString(), u"Gallimard"_s);
        QCOMPARE(stored(germinal, Livre::Prix).toDouble(), 19.9);
        QCOMPARE(stored(germinal, Livre::Quantite).toLongLong(), 3);
        // And back the other way, to the first window's form.
        QTRY_COMPARE_WITH_TIMEOUT(text(m_first.get(), Livre::Edition), u"Gallimard"_s, timeout());
        QCOMPARE(m_first->bookForm()->bookId(), germinal);
    }

    void aConflictShowsTheMergeForm()
    {
        const QVariant dune = m_ids.value(u"Dune"_s);
        clickBook(m_first.get(), dune);
        clickBook(m_second.get(), dune);
        // The second person types a title, a price and a tagline; not saved yet.
        type(m_second->bookForm()->field(Livre::Nom), u"Dune (poche)"_s);
        type(m_second->bookForm()->field(Livre::Prix), u"15"_s);
        type(m_second->bookForm()->field(Livre::Accroche), u"Le classique"_s);
        // Meanwhile the first saves another title, another price and a publisher.
        type(m_first->bookForm()->field(Livre::Nom), u"Dune, edition collector"_s);
        type(m_first->bookForm()->field(Livre::Prix), u"20"_s);
        type(m_first->bookForm()->field(Livre::Edition), u"Pocket"_s);
        QTest::mouseClick(saveButton(m_first.get()), Qt::LeftButton);
        QCOMPARE(stored(dune, Livre::Prix).toDouble(), 20.0);

        // The field the second person left alone takes the new value; the ones typed keep what was typed.
        QTRY_COMPARE_WITH_TIMEOUT(text(m_second.get(), Livre::Edition), u"Pocket"_s, timeout());
        QCOMPARE(text(m_second.get(), Livre::Nom), u"Dune (poche)"_s);
        QCOMPARE(price(m_second.get()), 15.0);

        MergeWatcher watcher;
        // First, the title and the price are in conflict (not the tagline: no one else changed it). The person
        // writes a title of both, keeps their price; before they save, a third person changes the price again.
        watcher.handlers << [&](Gui::MergeDialog *dialog) {
            QVERIFY(dialog->theirsButton(Livre::Nom));
            QVERIFY(dialog->theirsButton(Livre::Prix));
            QVERIFY(!dialog->theirsButton(Livre::Accroche));
            QVERIFY(!dialog->theirsButton(Livre::Edition));
            QVERIFY(!dialog->saveButton()->isEnabled()); // a choice for each field first
            if (const QString shots = qEnvironmentVariable("CATALOGUE_SHOTS_DIR"); !shots.isEmpty()) {
                dialog->mineButton(Livre::Prix)->setChecked(true);
                dialog->theirsButton(Livre::Nom)->setChecked(true);
                dialog->grab().save(shots + u"/merge-form.png"_s);
            }
            QTest::mouseClick(dialog->mineButton(Livre::Prix), Qt::LeftButton);
            QVERIFY(dialog->mineButton(Livre::Prix)->isChecked());
            type(dialog->editor(Livre::Nom), u"Dune (poche), edition collector"_s);
            QVERIFY(dialog->editedButton(Livre::Nom)->isChecked());
            QVERIFY(dialog->saveButton()->isEnabled());
            auto third = Catalogue::Catalogue::open(m_url, Missing::Refuse);
            QVERIFY(third);
            QVERIFY(third->updateBook(dune, {{Livre::Prix, 22.0}}, {{Livre::Prix, 20.0}}));
            third->database().close();
            QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        };
        // The save is checked again against the new price: only the price is in conflict now; theirs is kept.
        watcher.handlers << [&](Gui::MergeDialog *dialog) {
            QVERIFY(!dialog->theirsButton(Livre::Nom));
            QVERIFY(dialog->theirsButton(Livre::Prix));
            QTest::mouseClick(dialog->theirsButton(Livre::Prix), Qt::LeftButton);
            QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        };
        QTest::mouseClick(saveButton(m_second.get()), Qt::LeftButton);
        QCOMPARE(watcher.seen, 2);
        QVERIFY(watcher.handlers.isEmpty());
        QVERIFY(!m_second->bookForm()->isModified());
        QCOMPARE(stored(dune, Livre::Nom).toString(), u"Dune (poche), edition collector"_s);
        QCOMPARE(stored(dune, Livre::Prix).toDouble(), 22.0);
        QCOMPARE(stored(dune, Livre::Accroche).toString(), u"Le classique"_s);
        QCOMPARE(stored(dune, Livre::Edition).toString(), u"Pocket"_s);
        QCOMPARE(text(m_second.get(), Livre::Nom), u"Dune (poche), edition collector"_s);
        QCOMPARE(price(m_second.get()), 22.0);
        QTRY_COMPARE_WITH_TIMEOUT(text(m_first.get(), Livre::Nom), u"Dune (poche), edition collector"_s, timeout());

        // Back to my changes: nothing is saved, the form keeps what was typed.
        type(m_second->bookForm()->field(Livre::Prix), u"30"_s);
        type(m_first->bookForm()->field(Livre::Prix), u"31"_s);
        QTest::mouseClick(saveButton(m_first.get()), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(cell(m_second.get(), dune, Livre::Prix).toDouble(), 31.0, timeout());
        watcher.handlers << [&](Gui::MergeDialog *dialog) {
            QTest::mouseClick(dialog->findChild<QPushButton *>(u"backToChanges"_s), Qt::LeftButton);
        };
        QTest::mouseClick(saveButton(m_second.get()), Qt::LeftButton);
        QCOMPARE(watcher.seen, 3);
        QVERIFY(m_second->bookForm()->isModified());
        QCOMPARE(price(m_second.get()), 30.0);
        QCOMPARE(stored(dune, Livre::Prix).toDouble(), 31.0);
        QVERIFY2(m_second->bookForm()->fieldError(Livre::Prix).contains(u"Someone else changed"_s),
                 qPrintable(m_second->bookForm()->fieldError(Livre::Prix)));
    }

    // Contributors are checked as the fields are: someone else's translator, saved while this person typed an
    // author, is not overwritten; the merge form shows both lists, and the person writes the one to keep.
    void aConflictOfContributorsShowsTheMergeForm()
    {
        const QVariant dune = m_ids.value(u"Dune"_s);
        clickBook(m_second.get(), dune);
        type(m_second->bookForm()->field(Livre::Auteur), u"Frank Herbert"_s); // the authors follow the text
        QVERIFY(m_second->bookForm()->isModified());
        {
            auto other = Catalogue::Catalogue::open(m_url, Missing::Refuse);
            QVERIFY(other);
            QVERIFY(other->setContributors(dune, {{u"Michel Demuth"_s, Catalogue::Contribution::Translator}}));
            other->database().close();
        }

        MergeWatcher watcher;
        const QString field = Catalogue::Catalogue::contributorsField;
        watcher.handlers << [&](Gui::MergeDialog *dialog) {
            const auto closed = qScopeGuard([dialog] { // when a check below fails
                if (dialog->isVisible())
                    dialog->reject();
            });
            QVERIFY(dialog->theirsButton(field));
            QVERIFY(!dialog->theirsButton(Livre::Auteur)); // no one else changed the text
            QTest::mouseClick(dialog->theirsButton(field), Qt::LeftButton);
            auto *editor = qobject_cast<QPlainTextEdit *>(dialog->editor(field));
            QVERIFY(editor);
            // Theirs is what is stored now: their translator, and the author this save's text brought.
            QCOMPARE(editor->toPlainText(), u"Michel Demuth (Translator)\nFrank Herbert (Author)"_s);
            QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(editor, u"Frank Herbert (Author)"_s);
            QTest::keyClick(editor, Qt::Key_Return);
            QTest::keyClicks(editor, u"Michel Demuth (traducteur)"_s); // a role not in the window's language
            QVERIFY(dialog->editedButton(field)->isChecked());
            QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        };
        QTest::mouseClick(saveButton(m_second.get()), Qt::LeftButton);
        QCOMPARE(watcher.seen, 1);
        QVERIFY(!m_second->bookForm()->isModified());
        auto opened = Catalogue::Catalogue::open(m_url, Missing::Refuse);
        QVERIFY(opened);
        auto people = opened->contributors(dune);
        QVERIFY2(people, Test::why(people));
        const QList<Catalogue::Contributor> expected = {{u"Frank Herbert"_s, Catalogue::Contribution::Author},
                                                        {u"Michel Demuth"_s, Catalogue::Contribution::Translator}};
        QCOMPARE(*people, expected);
        opened->database().close();
        QCOMPARE(stored(dune, Livre::Auteur).toString(), u"Frank Herbert"_s);
    }

    // A price being typed in a cell of the table: the refresh leaves it alone, and its save is refused when someone
    // else changed the price meanwhile.
    void aCoverConflictAsksWhichToKeep_data()
    {
        QTest::addColumn<bool>("keepMine");
        QTest::newRow("mine") << true;
        QTest::newRow("theirs") << false;
    }

    // Two people give the same book a front cover at once: the second drop finds the cover changed since its form
    // read it, and the second person sees both covers and keeps one; nothing is overwritten without asking.
    void aCoverConflictAsksWhichToKeep()
    {
        QFETCH(bool, keepMine);
        const QVariant dune = m_ids.value(u"Dune"_s);
        clickBook(m_first.get(), dune);
        clickBook(m_second.get(), dune);
        QVERIFY(m_first->bookForm()->setCover(Livre::Couverture, png())); // theirs; the second form has not seen it
        const QString theirs = stored(dune, Livre::Couverture).toString();
        QVERIFY(Catalogue::CoverImage::isReference(theirs));

        int seen = 0;
        QTimer watcher;
        connect(&watcher, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<Gui::CoverConflictDialog *>(QApplication::activeModalWidget());
            if (!dialog || dialog->property("handled").toBool())
                return;
            dialog->setProperty("handled", true);
            ++seen;
            const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
            const auto images = std::count_if(labels.cbegin(), labels.cend(),
                                              [](const QLabel *label) { return !label->pixmap().isNull(); });
            if (images != 2) { // theirs and mine, side by side
                dialog->reject();
                return;
            }
            QTest::mouseClick(keepMine ? dialog->mineButton() : dialog->theirsButton(), Qt::LeftButton);
        });
        watcher.start(10);
        QImage mine(50, 75, QImage::Format_RGB32);
        mine.fill(Qt::darkGreen);
        QMimeData mime; // a drop does not take the data
        mime.setImageData(mine);
        Gui::CoverSlot *front = m_second->bookForm()->coverSlot(Livre::Couverture);
        const QPoint at = front->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(front, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropped(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(front, &dropped);
        watcher.stop();

        QCOMPARE(seen, 1);
        const QString kept = stored(dune, Livre::Couverture).toString();
        QCOMPARE(kept != theirs, keepMine);
        auto opened = Catalogue::Catalogue::open(m_url, Missing::Refuse);
        QVERIFY(opened);
        auto bytes = opened->coverData(kept);
        QVERIFY2(bytes, Test::why(bytes));
        QCOMPARE(QImage::fromData(*bytes).size(), keepMine ? QSize(50, 75) : QSize(40, 60));
        opened->database().close();
        QVERIFY(m_second->bookForm()->fieldError(Livre::Couverture).isEmpty());
        QCOMPARE(front->toolTip(), kept); // the form shows the cover kept
    }

    void aCellBeingEditedIsNotOverwritten()
    {
        const QVariant vol = m_ids.value(u"Vol de nuit"_s);
        clickBook(m_first.get(), vol);
        clickBook(m_second.get(), vol);
        QTableView *view = m_second->tableView();
        const QModelIndex priceCell = m_second->tableModel()->index(m_second->tableModel()->rowOf(vol),
                                                                    m_second->tableModel()->columnOf(Livre::Prix));
        view->setCurrentIndex(priceCell);
        QTest::keyClick(view, Qt::Key_F2);
        auto *editor = qobject_cast<QDoubleSpinBox *>(view->indexWidget(priceCell));
        QVERIFY(editor);
        type(editor, u"17"_s);

        type(m_first->bookForm()->field(Livre::Prix), u"18"_s);
        QTest::mouseClick(saveButton(m_first.get()), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(cell(m_second.get(), vol, Livre::Prix).toDouble(), 18.0, timeout());
        QTRY_COMPARE_WITH_TIMEOUT(price(m_second.get()), 18.0, timeout());
        QCOMPARE(view->indexWidget(priceCell), editor);
        QCOMPARE(editor->value(), 17.0); // what is typed stays

        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!view->indexWidget(priceCell)); // the delegate commits once back in the event loop
        QCOMPARE(stored(vol, Livre::Prix).toDouble(), 18.0);
        QVERIFY2(m_second->statusBar()->currentMessage().contains(u"Someone else changed"_s),
                 qPrintable(m_second->statusBar()->currentMessage()));
        QCOMPARE(cell(m_second.get(), vol, Livre::Prix).toDouble(), 18.0);

        // Edited again from what it shows now: saved.
        view->setCurrentIndex(priceCell);
        QTest::keyClick(view, Qt::Key_F2);
        editor = qobject_cast<QDoubleSpinBox *>(view->indexWidget(priceCell));
        QVERIFY(editor);
        type(editor, u"17"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!view->indexWidget(priceCell));
        QCOMPARE(stored(vol, Livre::Prix).toDouble(), 17.0);
        QTRY_COMPARE_WITH_TIMEOUT(price(m_first.get()), 17.0, timeout());
    }
};

QTEST_MAIN(TestLiveUpdates)
#include "tst_liveupdates.moc"
