// File > Import… and File > Export… driven as a person would, on the offscreen platform: the preview of a file under
// its detected mapping, a column's target chosen in its combo box, a refused row (atomic: nothing written; "skip the
// refused rows": the others written) and its report saved as CSV, Cancel part way (nothing written), the import
// undone and redone from Edit, the books of a search exported and read back, and Help > Open the demo catalogue
// (built once from goodbooks-10k, then only opened). Every outcome is checked in the database, on SQLite and on
// PostgreSQL.

#include "testdatabase.h"

#include <catalogue/catalogue.h>
#include <catalogue/livre.h>
#include <orm/tablemodel.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <exportdialog.h>
#include <filemenu.h>
#include <importdialog.h>
#include <mainwindow.h>
#include <preferencesdialog.h>
#include <transfermenu.h>

using namespace Qt::StringLiterals;
namespace Livre = Catalogue::Livre;
using Missing = Catalogue::Catalogue::Missing;

namespace {

// Chooses the item holding data in a combo box as a person does: opens its list and clicks the item.
bool choose(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    if (index < 0)
        return false;
    box->showPopup();
    QAbstractItemView *view = box->view();
    if (!QTest::qWaitForWindowExposed(view->window()))
        return false;
    const QModelIndex item = view->model()->index(index, box->modelColumn(), view->rootIndex());
    view->scrollTo(item);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(item).center());
    return box->currentIndex() == index;
}

// Clicks a check box or a radio button on its indicator, where a person clicks.
void tick(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<Gui::MainWindow> m_window;

    Gui::TransferMenu *transfers() const { return m_window->transferMenu(); }
    Catalogue::Catalogue catalogue() const { return m_window->catalogue(); }

    qint64 books() const { return catalogue().livres().count().value_or(-1); }
    Orm::Instance book(const QString &title) const
    {
        auto found = catalogue().livres().findOne({.where = Orm::col(Livre::Nom) == title});
        return found ? *found : Orm::Instance();
    }

    // File > Import… on that file; the dialog it shows.
    Gui::ImportDialog *openImport(const QString &path)
    {
        transfers()->askOpenFileName = [path](QWidget *, const QString &, const QString &) { return path; };
        m_window->action(u"importBooks"_s)->trigger();
        Gui::ImportDialog *dialog = transfers()->importDialog();
        if (dialog && !QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        return dialog;
    }

    // Clicks a button of the dialog and waits for the work it starts to end.
    static bool clickAndWait(Gui::ImportDialog *dialog, QPushButton *button)
    {
        QSignalSpy done(dialog, &Gui::ImportDialog::workFinished);
        QTest::mouseClick(button, Qt::LeftButton);
        return done.wait(60000);
    }

private Q_SLOTS:
    void initTestCase_data() { Test::addDialectRows(); }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Gui::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        Gui::Settings().clear();
        TEST_OPEN_DATABASE(m_db);
        auto opened = Catalogue::Catalogue::open(m_db->url(), Missing::Create);
        if (!opened)
            QFAIL(qPrintable(opened.error().toString()));
        QVariantMap dune = Catalogue::Catalogue::newBookValues(u"Dune"_s);
        dune.insert(Livre::Auteur, u"Frank Herbert"_s);
        dune.insert(Livre::Prix, 9.5);
        QVERIFY(opened->livres().create(dune));
        QVERIFY(opened->livres().create(Catalogue::Catalogue::newBookValues(u"Vol de nuit"_s)));
        m_window = std::make_unique<Gui::MainWindow>();
        m_window->setCatalogue(*opened);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(!m_window->catalogue().database().isReadOnly());
    }

    void cleanup()
    {
        m_window.reset();
        m_db.reset();
        Gui::Settings().clear();
    }

    void refusedRowIsAtomicThenSkipped()
    {
        const QString path = m_dir.filePath(u"arrivals.csv"_s);
        write(path,
              "Nom;Auteur;Annee;Prix\n"
              "Le Petit Prince;Antoine de Saint-Exup\xC3\xA9ry;1943;8,90\n"
              "Prix n\xC3\xA9gatif;Quelqu'un;2001;-3\n"
              "Candide;Voltaire;1759;4,50\n");
        Gui::ImportDialog *dialog = openImport(path);
        QVERIFY(dialog);
        // What was detected, and the first rows under the mapping.
        QCOMPARE(dialog->formatBox()->currentData().toInt(), int(Catalogue::TransferFormat::Csv));
        QCOMPARE(dialog->encodingBox()->currentData().toString(), u"UTF-8"_s);
        QCOMPARE(dialog->delimiterBox()->currentData().toString(), u";"_s);
        QCOMPARE(dialog->previewTable()->columnCount(), 4);
        QCOMPARE(dialog->previewTable()->rowCount(), 1 + 3);
        QCOMPARE(dialog->mappingBox(0)->currentData().toString(), Livre::Nom);
        QCOMPARE(dialog->mappingBox(3)->currentData().toString(), Livre::Prix);
        QCOMPARE(dialog->previewTable()->item(2, 0)->text(), u"Prix négatif"_s);
        QVERIFY(dialog->importButton()->isEnabled());

        // Atomic by default: one refused row, nothing written, the row reported.
        QVERIFY(clickAndWait(dialog, dialog->importButton()));
        QCOMPARE(books(), 2);
        QVERIFY2(dialog->summaryLabel()->text().contains(u"Nothing was imported"_s),
                 qPrintable(dialog->summaryLabel()->text()));
        QTableWidget *report = dialog->reportTable();
        QVERIFY(report->isVisible());
        QCOMPARE(report->rowCount(), 1);
        QCOMPARE(report->item(0, 0)->text(), u"3"_s);
        QCOMPARE(report->item(0, 1)->text(), u"Price"_s); // the catalogue's column by its name
        QCOMPARE(report->item(0, 2)->text(), u"-3"_s);
        QVERIFY(!report->item(0, 3)->text().isEmpty());
        QCOMPARE(m_window->undoStack()->count(), 0);

        // The report saved as CSV.
        const QString saved = m_dir.filePath(u"report.csv"_s);
        dialog->askSaveFileName = [&](QWidget *, const QString &, const QString &) { return saved; };
        QTest::mouseClick(dialog->saveReportButton(), Qt::LeftButton);
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.value(0).trimmed(), QByteArray("line,column,value,message,refused"));
        QVERIFY2(lines.value(1).startsWith("3,Prix,'-3,"), lines.value(1).constData()); // guarded for spreadsheets
        QVERIFY(lines.value(1).trimmed().endsWith(",yes"));

        // A dry run writes nothing either.
        tick(dialog->skipInvalidBox());
        QVERIFY(dialog->skipInvalidBox()->isChecked());
        QVERIFY(clickAndWait(dialog, dialog->previewButton()));
        QCOMPARE(books(), 2);
        QVERIFY2(dialog->summaryLabel()->text().contains(u"2 to add"_s), qPrintable(dialog->summaryLabel()->text()));

        // Skipping the refused rows: the others are written, as one step of the undo stack.
        QVERIFY(clickAndWait(dialog, dialog->importButton()));
        QCOMPARE(books(), 4);
        QCOMPARE(book(u"Le Petit Prince"_s).get(Livre::Prix).toDouble(), 8.9);
        QCOMPARE(book(u"Candide"_s).get(Livre::Auteur).toString(), u"Voltaire"_s);
        QVERIFY(book(u"Prix négatif"_s).isNull());
        QCOMPARE(m_window->undoStack()->count(), 1);
        QVERIFY(!dialog->importButton()->isEnabled()); // done: a second click would only find duplicates
        QCOMPARE(m_window->tableModel()->rowCount(), 4);
    }

    void mappingIsChosenInItsComboAndRemembered()
    {
        const QString path = m_dir.filePath(u"supplier.csv"_s);
        write(path, "Ouvrage,Qui,Combien\nLes Mis\xC3\xA9rables,Victor Hugo,3\nCandide,Voltaire,1\n");
        Gui::ImportDialog *dialog = openImport(path);
        QVERIFY(dialog);
        QCOMPARE(dialog->mappingBox(0)->currentData().toString(), QString()); // nothing known: ignored
        QVERIFY(!dialog->importButton()->isEnabled()); // no title: it cannot be imported as it is
        QVERIFY(choose(dialog->mappingBox(0), Livre::Nom));
        QVERIFY(choose(dialog->mappingBox(1), Livre::Auteur));
        QVERIFY(choose(dialog->mappingBox(2), Livre::Quantite));
        QVERIFY(dialog->importButton()->isEnabled());
        QCOMPARE(dialog->mappingBox(0)->currentText(), u"Title"_s);
        QSignalSpy closed(dialog, &QDialog::finished);
        QVERIFY(clickAndWait(dialog, dialog->importButton()));
        QVERIFY(closed.wait(5000) || closed.count() == 1); // written without a problem: the dialog closes
        QCOMPARE(books(), 4);
        QCOMPARE(book(u"Les Misérables"_s).get(Livre::Auteur).toString(), u"Victor Hugo"_s);
        QCOMPARE(book(u"Les Misérables"_s).get(Livre::Quantite).toInt(), 3);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(u"books added: 2"_s),
                 qPrintable(m_window->statusBar()->currentMessage()));

        // Another file with the same header: the mapping chosen comes back.
        const QString next = m_dir.filePath(u"supplier-2.csv"_s);
        write(next, "Ouvrage,Qui,Combien\nZadig,Voltaire,2\n");
        dialog = openImport(next);
        QVERIFY(dialog);
        QCOMPARE(dialog->mappingBox(0)->currentData().toString(), Livre::Nom);
        QCOMPARE(dialog->mappingBox(2)->currentData().toString(), Livre::Quantite);
        QVERIFY(dialog->importButton()->isEnabled());
        dialog->close();
    }

    void encodingAndDelimiterAreChosenAndThePreviewFollows()
    {
        // A French spreadsheet's export: Windows-1252, columns split by '|', which is not detected.
        const QString path = m_dir.filePath(u"caisse.txt"_s);
        write(path, "Nom|Auteur|Annee\nLes Mis\xE9rables|Victor Hugo|1862\n\xC0 rebours|Huysmans|1884\n");
        Gui::ImportDialog *dialog = openImport(path);
        QVERIFY(dialog);
        QCOMPARE(dialog->encodingBox()->currentData().toString(), u"Windows-1252"_s);
        QCOMPARE(dialog->previewTable()->columnCount(), 1);
        QVERIFY(!dialog->importButton()->isEnabled());
        QVERIFY(choose(dialog->delimiterBox(), u"|"_s));
        QCOMPARE(dialog->previewTable()->columnCount(), 3);
        QCOMPARE(dialog->mappingBox(0)->currentData().toString(), Livre::Nom);
        QCOMPARE(dialog->previewTable()->item(1, 0)->text(), u"Les Misérables"_s);
        QVERIFY(dialog->importButton()->isEnabled());
        QVERIFY(choose(dialog->encodingBox(), u"UTF-8"_s)); // wrongly: the é is lost
        QVERIFY(dialog->previewTable()->item(1, 0)->text() != u"Les Misérables"_s);
        QVERIFY(choose(dialog->encodingBox(), u"Windows-1252"_s));
        QCOMPARE(dialog->previewTable()->item(2, 0)->text(), u"À rebours"_s);
        QVERIFY(clickAndWait(dialog, dialog->importButton()));
        QCOMPARE(books(), 4);
        QCOMPARE(book(u"À rebours"_s).get(Livre::Annee).toInt(), 1884);
    }

    void cancelPartWayWritesNothing()
    {
        const QString path = m_dir.filePath(u"big.csv"_s);
        QByteArray bytes = "Nom,Auteur,Annee\n";
        for (int i = 0; i < 5000; ++i)
            bytes += "Livre " + QByteArray::number(i) + ",Auteur " + QByteArray::number(i % 50) + ",2001\n";
        write(path, bytes);
        Gui::ImportDialog *dialog = openImport(path);
        QVERIFY(dialog);
        // After the first batch is written (inside the import's transaction), the person clicks Cancel; the import
        // waits for the click, so that it surely comes part way.
        QPushButton *cancel = dialog->cancelButton();
        int batches = 0;
        dialog->batchDone = [&](qint64) {
            if (++batches == 1)
                QMetaObject::invokeMethod(
                        cancel, [cancel] { QTest::mouseClick(cancel, Qt::LeftButton); }, Qt::BlockingQueuedConnection);
        };
        QVERIFY(clickAndWait(dialog, dialog->importButton()));
        QCOMPARE(batches, 1);
        QVERIFY2(dialog->summaryLabel()->text().contains(u"Cancelled"_s), qPrintable(dialog->summaryLabel()->text()));
        QVERIFY(dialog->lastReport().cancelled);
        QCOMPARE(books(), 2);
        QCOMPARE(m_window->undoStack()->count(), 0);
        // And again to the end.
        dialog->batchDone = {};
        QVERIFY(clickAndWait(dialog, dialog->importButton()));
        QCOMPARE(books(), 5002);
    }

    void importIsUndoneAndRedoneAsOneStep()
    {
        const QString path = m_dir.filePath(u"update.csv"_s);
        write(path, "Nom,Auteur,Prix\nDune,Frank Herbert,12.5\nFondation,Isaac Asimov,7\n");
        Gui::ImportDialog *dialog = openImport(path);
        QVERIFY(dialog);
        QVERIFY(choose(dialog->duplicatesBox(), int(Catalogue::OnDuplicate::Update)));
        QVERIFY(clickAndWait(dialog, dialog->importButton()));
        QCOMPARE(dialog->lastReport().updated, 1);
        QCOMPARE(dialog->lastReport().added, 1);
        QCOMPARE(books(), 3);
        const QVariant dune = book(u"Dune"_s).get(Livre::Id);
        QCOMPARE(book(u"Dune"_s).get(Livre::Prix).toDouble(), 12.5);
        QCOMPARE(m_window->undoStack()->count(), 1);
        QAction *undo = m_window->action(u"undo"_s);
        QVERIFY2(undo->text().contains(u"Import"_s), qPrintable(undo->text()));

        undo->trigger();
        QCOMPARE(books(), 2);
        QVERIFY(book(u"Fondation"_s).isNull());
        QCOMPARE(book(u"Dune"_s).get(Livre::Prix).toDouble(), 9.5);
        QCOMPARE(book(u"Dune"_s).get(Livre::Id), dune);
        QCOMPARE(m_window->tableModel()->rowCount(), 2);

        m_window->action(u"redo"_s)->trigger();
        QCOMPARE(books(), 3);
        QCOMPARE(book(u"Fondation"_s).get(Livre::Auteur).toString(), u"Isaac Asimov"_s);
        QCOMPARE(book(u"Dune"_s).get(Livre::Prix).toDouble(), 12.5);
        QCOMPARE(m_window->tableModel()->rowCount(), 3);
    }

    void booksOfASearchAreExportedAndReadBack()
    {
        QTest::keyClicks(m_window->searchBox(), u"Dune"_s);
        QTRY_COMPARE(m_window->tableModel()->rowCount(), 1);
        m_window->action(u"exportBooks"_s)->trigger();
        Gui::ExportDialog *dialog = transfers()->exportDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->shownBooksButton()->isChecked());
        QVERIFY(dialog->shownBooksButton()->text().contains(u"(1): the search “Dune”"_s));
        QVERIFY(choose(dialog->formatBox(), 3)); // JSON
        QVERIFY(dialog->pathField()->text().endsWith(u".json"_s)); // the suffix follows
        const QString path = m_dir.filePath(u"search.json"_s);
        dialog->pathField()->clear();
        QTest::keyClicks(dialog->pathField(), path);
        QSignalSpy exported(dialog, &Gui::ExportDialog::exported);
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        QVERIFY(exported.wait(30000));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
        QCOMPARE(array.size(), 1);
        QCOMPARE(array.at(0).toObject().value(Livre::Nom).toString(), u"Dune"_s);
        QCOMPARE(array.at(0).toObject().value(Livre::Auteur).toString(), u"Frank Herbert"_s);

        // All the books, to CSV.
        m_window->action(u"exportBooks"_s)->trigger();
        dialog = transfers()->exportDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        tick(dialog->allBooksButton());
        QVERIFY(dialog->allBooksButton()->isChecked());
        dialog->pathField()->setText(m_dir.filePath(u"all.csv"_s));
        QSignalSpy all(dialog, &Gui::ExportDialog::exported);
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        QVERIFY(all.wait(30000));
        QFile csv(m_dir.filePath(u"all.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray text = csv.readAll();
        QVERIFY(text.contains("Dune") && text.contains("Vol de nuit"));
    }

    void demoCatalogueIsBuiltOnceThenOpened()
    {
        const QString path = Gui::TransferMenu::demoPath();
        QFile::remove(path);
        QVERIFY(QFileInfo(path).absolutePath() == QFileInfo(Catalogue::Catalogue::defaultUrl().mid(7)).absolutePath());
        QSignalSpy ready(transfers(), &Gui::TransferMenu::demoReady);
        m_window->action(u"openDemo"_s)->trigger();
        QVERIFY(transfers()->demoProgress());
        QVERIFY(ready.wait(180000));
        QCOMPARE(ready.first().first().toBool(), true);
        QCOMPARE(QFileInfo(catalogue().database().filePath()).canonicalFilePath(), QFileInfo(path).canonicalFilePath());
        QVERIFY(!QFileInfo::exists(path + u".part"_s));
        // goodbooks-10k's 10,000 rows, less the 99 the catalogue's rules refuse (years before printing, ISBNs with
        // a wrong check digit, an author list over 255 characters).
        QCOMPARE(books(), 9901);
        QVERIFY(!book(u"The Hunger Games (The Hunger Games, #1)"_s).isNull());
        QTRY_COMPARE(m_window->tableModel()->rowCount(), 9901);
        const QDateTime built = QFileInfo(path).lastModified();

        // A second time it is only opened.
        m_window->action(u"closeCatalogue"_s)->trigger();
        ready.clear();
        m_window->action(u"openDemo"_s)->trigger();
        QVERIFY(!transfers()->demoProgress());
        QCOMPARE(ready.count(), 1);
        QCOMPARE(ready.first().first().toBool(), true);
        QCOMPARE(books(), 9901);
        QCOMPARE(QFileInfo(path).lastModified(), built);
        m_window.reset();
        QFile::remove(path);
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
