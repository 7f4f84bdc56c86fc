// The Statistics window driven as a person would: a small catalogue with stock movements on known days, the
// window opened from View > Statistics, its charts and lists checked against the figures worked out here by hand,
// filters changed by typing and picking, bars and points clicked, and the table checked to show those books. On
// SQLite and on the test PostgreSQL server.

#include <catalogue/catalogue.h>
#include <catalogue/livre.h>
#include <orm/tablemodel.h>

#include <QAbstractBarSeries>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <mainwindow.h>
#include <preferencesdialog.h>
#include <statisticsview.h>
#include <statisticsworker.h>
#include <testdatabase.h>

using namespace Qt::StringLiterals;
namespace Livre = Catalogue::Livre;
using Chart = Gui::StatisticsView::Chart;
using Catalogue::Movement;

class TestStatisticsView : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TestDatabase> m_db;
    std::optional<Catalogue::Catalogue> m_catalogue;
    std::unique_ptr<Gui::MainWindow> m_window;
    Gui::StatisticsView *m_view = nullptr;
    QTemporaryDir m_files;
    // Dune, Les Misérables, Notre-Dame de Paris, Le Petit Prince.
    QVariant m_dune, m_miserables, m_notreDame, m_petitPrince;

    static QDate today() { return QDate(2026, 6, 15); }

    QVariant addBook(const QString &title, const QString &author, double price, const QString &genre,
                     const QString &publisher, int year)
    {
        QVariantMap values = Catalogue::Catalogue::newBookValues(title);
        values.insert(Livre::Auteur, author);
        values.insert(Livre::Prix, price);
        values.insert(Livre::Genre, genre);
        values.insert(Livre::Edition, publisher);
        values.insert(Livre::Annee, year);
        auto created = m_catalogue->livres().create(values);
        if (!created)
            qFatal("%s", Test::why(created).constData());
        return created->get(Livre::Id);
    }

    void move(const QVariant &id, Movement kind, qint64 copies, QDate day)
    {
        auto recorded = m_catalogue->recordMovement(id, kind, copies, {}, QDateTime(day, QTime(12, 0)));
        QVERIFY2(recorded, Test::why(recorded));
    }

    // Waits until the window shows the figures of its newest filter.
    bool settled()
    {
        return QTest::qWaitFor([this] { return !m_view->isLoading(); }, 10000);
    }

    QLineSeries *line(const QString &name)
    {
        const QList<QAbstractSeries *> series = m_view->chart(Chart::Sales)->series();
        for (QAbstractSeries *one : series) {
            if (one->name() == name)
                return qobject_cast<QLineSeries *>(one);
        }
        return nullptr;
    }

    // The y values of the sales line of that name, one per period.
    QList<double> salesValues(const QString &name)
    {
        QList<double> values;
        if (QLineSeries *series = line(name)) {
            const QList<QPointF> points = series->points();
            for (const QPointF &point : points)
                values << point.y();
        }
        return values;
    }

    QBarSet *firstSet(Chart which, int index = 0)
    {
        const QList<QAbstractSeries *> series = m_view->chart(which)->series();
        if (series.isEmpty())
            return nullptr;
        auto *bars = qobject_cast<QAbstractBarSeries *>(series.first());
        return bars && bars->count() > index ? bars->barSets().at(index) : nullptr;
    }

    QStringList column(Chart which, int column)
    {
        QStringList texts;
        QTreeWidget *list = m_view->list(which);
        for (int row = 0; row < list->topLevelItemCount(); ++row)
            texts << list->topLevelItem(row)->text(column);
        return texts;
    }

    QStringList titlesShown()
    {
        QStringList titles;
        Orm::TableModel *model = m_window->tableModel();
        for (int row = 0; row < model->rowCount(); ++row)
            titles << model->instance(row).get(Livre::Nom).toString();
        titles.sort();
        return titles;
    }

    // Where a point of the chart's value space is on the chart view's viewport.
    QPoint onViewport(Chart which, const QPointF &value, QAbstractSeries *series)
    {
        QChartView *view = m_view->chartView(which);
        const QPointF inChart = view->chart()->mapToPosition(value, series);
        return view->mapFromScene(view->chart()->mapToScene(inChart));
    }

private Q_SLOTS:
    void initTestCase_data() { Test::addDialectRows(); }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Settings of this test's own: the other window tests, run at the same time, write theirs.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_files.filePath(u"settings"_s));
        Gui::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        Gui::Settings().setValue(u"lowStockThreshold"_s, 3);
        TEST_OPEN_DATABASE(m_db);
        auto opened = Catalogue::Catalogue::open(m_db->url(), Catalogue::Catalogue::Missing::Create);
        QVERIFY2(opened, Test::why(opened));
        m_catalogue = *opened;
        m_dune = addBook(u"Dune"_s, u"Frank Herbert"_s, 10, u"Science-fiction"_s, u"Pocket"_s, 1965);
        m_miserables = addBook(u"Les Misérables"_s, u"Victor Hugo"_s, 20, u"Roman"_s, u"Gallimard"_s, 1862);
        m_notreDame = addBook(u"Notre-Dame de Paris"_s, u"Victor Hugo"_s, 8, u"Roman"_s, u"Folio"_s, 1831);
        m_petitPrince =
                addBook(u"Le Petit Prince"_s, u"Antoine de Saint-Exupéry"_s, 7.5, u"Jeunesse"_s, u"Gallimard"_s, 1943);
        // Dune: 30 received, then 3 sold in May 2025 (the year before), 4 in February, 5 in May, 2 in June 2026.
        move(m_dune, Movement::Receipt, 30, QDate(2025, 3, 1));
        move(m_dune, Movement::Sale, 3, QDate(2025, 5, 10));
        move(m_dune, Movement::Sale, 4, QDate(2026, 2, 3));
        move(m_dune, Movement::Sale, 5, QDate(2026, 5, 20));
        move(m_dune, Movement::Sale, 2, QDate(2026, 6, 1));
        // Les Misérables: 6 sold and 1 returned in May 2026 (5 sold), 5 left.
        move(m_miserables, Movement::Receipt, 10, QDate(2025, 1, 2));
        move(m_miserables, Movement::Sale, 6, QDate(2026, 5, 2));
        move(m_miserables, Movement::Return, 1, QDate(2026, 5, 3));
        // Notre-Dame de Paris: 1 sold in April 2026, 2 left (low stock at 3).
        move(m_notreDame, Movement::Receipt, 3, QDate(2025, 1, 2));
        move(m_notreDame, Movement::Sale, 1, QDate(2026, 4, 10));
        // Le Petit Prince: 4 received, never sold.
        move(m_petitPrince, Movement::Receipt, 4, QDate(2025, 1, 2));

        m_window = std::make_unique<Gui::MainWindow>();
        m_window->setCatalogue(*m_catalogue);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->action(u"statistics"_s)->trigger();
        m_view = m_window->statisticsView();
        QVERIFY(m_view);
        m_view->setToday(today());
        QVERIFY(QTest::qWaitForWindowExposed(m_view));
        QVERIFY(settled());
    }

    void cleanup()
    {
        m_window.reset(); // the Statistics window with it
        m_view = nullptr;
        m_catalogue.reset();
        m_db.reset();
    }

    void salesOverTimeWithTheYearBefore()
    {
        // The twelve months up to today: July 2025 to June 2026.
        QCOMPARE(m_view->fromEdit()->date(), QDate(2025, 7, 1));
        QCOMPARE(m_view->toEdit()->date(), today());
        const QList<double> sold = salesValues(u"Copies sold"_s);
        QCOMPARE(sold, QList<double>({0, 0, 0, 0, 0, 0, 0, 4, 0, 1, 10, 2}));
        const QList<double> before = salesValues(u"The same period a year before"_s);
        QCOMPARE(before, QList<double>({0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0}));
        QCOMPARE(column(Chart::Sales, 0).at(10), u"May 2026"_s);
        QCOMPARE(column(Chart::Sales, 1).at(10), u"10"_s);
        QCOMPARE(column(Chart::Sales, 2).at(10), u"$150.00"_s); // 5 × 10 + 5 × 20
        QCOMPARE(column(Chart::Sales, 3).at(10), u"3"_s);

        // Per week, picked in the list as a person would.
        QComboBox *period = m_view->periodBox();
        period->setFocus();
        QTest::keyClick(period, Qt::Key_Home); // "Per day"
        QTest::keyClick(period, Qt::Key_Down); // "Per week"
        QCOMPARE(period->currentText(), u"Per week"_s);
        QVERIFY(settled());
        const QList<double> weekly = salesValues(u"Copies sold"_s);
        QVERIFY(weekly.size() >= 50);
        double total = 0;
        for (double copies : weekly)
            total += copies;
        QCOMPARE(total, 17.0); // 4 + 1 + 10 + 2
        QCOMPARE(column(Chart::Sales, 0).first(), u"Week of 6/30/2025"_s); // the Monday of July 1st's week
    }

    void bestSellersGenresLowAndDeadStock()
    {
        QCOMPARE(column(Chart::BestSellers, 1),
                 QStringList({u"Dune"_s, u"Les Misérables"_s, u"Notre-Dame de Paris"_s}));
        QCOMPARE(column(Chart::BestSellers, 2), QStringList({u"11"_s, u"5"_s, u"1"_s}));
        QCOMPARE(column(Chart::BestSellers, 3), QStringList({u"$110.00"_s, u"$100.00"_s, u"$8.00"_s}));
        QBarSet *bars = firstSet(Chart::BestSellers);
        QVERIFY(bars);
        QCOMPARE(bars->count(), 3);
        QCOMPARE(bars->at(2), 11.0); // the first at the top: the last category of a horizontal bar chart
        QCOMPARE(bars->at(0), 1.0);

        m_view->rankingBox()->setCurrentIndex(1); // authors
        QCOMPARE(column(Chart::BestSellers, 1), QStringList({u"Frank Herbert"_s, u"Victor Hugo"_s}));
        QCOMPARE(column(Chart::BestSellers, 2), QStringList({u"11"_s, u"6"_s}));
        m_view->rankingBox()->setCurrentIndex(2); // publishers
        QCOMPARE(column(Chart::BestSellers, 1), QStringList({u"Pocket"_s, u"Gallimard"_s, u"Folio"_s}));

        QCOMPARE(column(Chart::Genres, 0), QStringList({u"Science-fiction"_s, u"Roman"_s, u"Jeunesse"_s}));
        QCOMPARE(column(Chart::Genres, 1), QStringList({u"11"_s, u"6"_s, u"0"_s}));
        QCOMPARE(column(Chart::Genres, 2), QStringList({u"$110.00"_s, u"$108.00"_s, u"$0.00"_s}));
        QCOMPARE(column(Chart::Genres, 3), QStringList({u"16"_s, u"7"_s, u"4"_s}));
        QCOMPARE(column(Chart::Genres, 4), QStringList({u"$160.00"_s, u"$116.00"_s, u"$30.00"_s}));
        QBarSet *sold = firstSet(Chart::Genres);
        QVERIFY(sold);
        QCOMPARE(sold->at(1), 6.0); // copies sold, by default
        m_view->genreMeasureBox()->setCurrentIndex(2); // copies in stock
        QCOMPARE(firstSet(Chart::Genres)->at(2), 4.0);
        m_view->genreMeasureBox()->setCurrentIndex(3); // stock value
        QCOMPARE(firstSet(Chart::Genres)->at(1), 116.0);
        m_view->genreMeasureBox()->setCurrentIndex(0);

        // Low stock at the preference's 3 copies: Notre-Dame (2 left, 1 sold in 90 days: 180 days left).
        QCOMPARE(column(Chart::LowStock, 1), QStringList({u"Notre-Dame de Paris"_s}));
        QCOMPARE(column(Chart::LowStock, 3), QStringList({u"2"_s}));
        QCOMPARE(column(Chart::LowStock, 4), QStringList({u"1"_s}));
        QCOMPARE(column(Chart::LowStock, 5), QStringList({u"180"_s}));
        const QString reorder = m_files.filePath(u"reorder.csv"_s);
        QCOMPARE(m_view->exportReorderList(reorder), QString());
        QFile csv(reorder);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(
                QString::fromUtf8(csv.readAll()),
                u"ID,Title,Author,In stock,Sold in 90 days,Days left\r\n%1,Notre-Dame de Paris,Victor Hugo,2,1,180.00\r\n"_s
                        .arg(m_notreDame.toString()));

        // Dead stock over 6 months: Le Petit Prince alone; over 1 month, typed: Les Misérables and Notre-Dame too.
        QCOMPARE(column(Chart::DeadStock, 1), QStringList({u"Le Petit Prince"_s}));
        QCOMPARE(column(Chart::DeadStock, 5), QStringList({u"never"_s}));
        QCOMPARE(m_view->deadStockSummary()->text(), u"Books: 1 — copies: 4 — value tied up: $30.00"_s);
        m_view->tabs()->setCurrentIndex(4);
        QSpinBox *months = m_view->monthsBox();
        months->setFocus();
        months->selectAll();
        QTest::keyClicks(months, u"1"_s);
        QTest::keyClick(months, Qt::Key_Return);
        QVERIFY(settled());
        QCOMPARE(column(Chart::DeadStock, 1),
                 QStringList({u"Les Misérables"_s, u"Le Petit Prince"_s, u"Notre-Dame de Paris"_s}));
        QCOMPARE(m_view->deadStockSummary()->text(), u"Books: 3 — copies: 11 — value tied up: $146.00"_s);

        // The histograms count every book once.
        for (Chart which : {Chart::Prices, Chart::Years}) {
            QBarSet *set = firstSet(which);
            QVERIFY(set);
            double books = 0;
            for (int i = 0; i < set->count(); ++i)
                books += set->at(i);
            QCOMPARE(books, 4.0);
        }

        // Each chart to PNG, each list to CSV.
        const QString png = m_files.filePath(u"genres.png"_s);
        QCOMPARE(m_view->exportPng(Chart::Genres, png), QString());
        QVERIFY(!QImage(png).isNull());
        const QString list = m_files.filePath(u"genres.csv"_s);
        QCOMPARE(m_view->exportCsv(Chart::Genres, list), QString());
        QFile genres(list);
        QVERIFY(genres.open(QIODevice::ReadOnly));
        QVERIFY(genres.readAll().contains("Roman,6,108.00,7,116.00"));
    }

    void filtersChangeEveryChart()
    {
        // The genre picked by typing its first letters in the list.
        QComboBox *genre = m_view->genreBox();
        QTRY_VERIFY(genre->count() == 4); // all genres, and the three of the books
        genre->setFocus();
        QTest::keyClicks(genre, u"Rom"_s);
        QCOMPARE(genre->currentText(), u"Roman"_s);
        QVERIFY(settled());
        QCOMPARE(salesValues(u"Copies sold"_s), QList<double>({0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 5, 0}));
        QCOMPARE(salesValues(u"The same period a year before"_s), QList<double>(12, 0));
        QCOMPARE(column(Chart::BestSellers, 1), QStringList({u"Les Misérables"_s, u"Notre-Dame de Paris"_s}));
        QCOMPARE(column(Chart::Genres, 0), QStringList({u"Roman"_s}));

        // The first day typed: from May 1st, two months remain.
        QDateEdit *from = m_view->fromEdit();
        from->setFocus();
        from->setSelectedSection(QDateTimeEdit::MonthSection); // as a double-click on the month selects it
        QTest::keyClicks(from, u"5"_s);
        from->setSelectedSection(QDateTimeEdit::YearSection);
        QTest::keyClicks(from, u"2026"_s);
        QCOMPARE(from->date(), QDate(2026, 5, 1));
        QVERIFY(settled());
        QCOMPARE(salesValues(u"Copies sold"_s), QList<double>({5, 0}));
        QCOMPARE(column(Chart::BestSellers, 1), QStringList({u"Les Misérables"_s}));

        // The publisher too: Folio sold nothing in that range.
        QComboBox *publisher = m_view->publisherBox();
        publisher->setCurrentIndex(publisher->findText(u"Folio"_s));
        QVERIFY(settled());
        QVERIFY(column(Chart::BestSellers, 1).isEmpty());
        QCOMPARE(salesValues(u"Copies sold"_s), QList<double>({0, 0}));
    }

    void figuresComeInPartsAsEachIsIn()
    {
        // The parts of a request are computed at the same time, each delivered as soon as it is in: every part
        // once, only the last one complete, each holding its own figures.
        Gui::StatisticsWorker worker;
        worker.setCatalogue(*m_catalogue);
        QSignalSpy ready(&worker, &Gui::StatisticsWorker::figuresReady);
        const Gui::StatisticsRequest request{
                .filter = {.from = QDate(2026, 1, 1), .to = today()}, .today = today(), .withChoices = true};
        worker.request(request);
        QTRY_VERIFY_WITH_TIMEOUT(!worker.isBusy(), 10000);
        QList<int> expected;
        for (Gui::StatisticsPart part : Gui::StatisticsWorker::parts(request))
            expected << int(part);
        QCOMPARE(expected.size(), 9);
        QList<int> seen;
        for (qsizetype i = 0; i < ready.size(); ++i) {
            const auto figures = ready.at(i).at(0).value<Gui::StatisticsFigures>();
            const auto part = ready.at(i).at(1).value<Gui::StatisticsPart>();
            seen << int(part);
            QCOMPARE(ready.at(i).at(2).toBool(), i == ready.size() - 1);
            QCOMPARE(figures.request.filter.from, QDate(2026, 1, 1));
            if (part == Gui::StatisticsPart::BestBooks) {
                QVERIFY(figures.bestSellers);
                QCOMPARE(figures.bestSellers->books.value(0).label, u"Dune"_s);
                QCOMPARE(figures.bestSellers->books.value(0).copies, 11);
                QVERIFY(figures.bestSellers->authors.isEmpty()); // another part's
            }
            if (part == Gui::StatisticsPart::LowStock) {
                QVERIFY(figures.lowStock);
                QCOMPARE(figures.lowStock->count, 1); // Notre-Dame de Paris
            }
        }
        std::sort(expected.begin(), expected.end());
        std::sort(seen.begin(), seen.end());
        QCOMPARE(seen, expected);
    }

    void staleFiguresAreDropped()
    {
        QList<QStringList> shown;
        connect(m_view, &Gui::StatisticsView::figuresShown, this,
                [this, &shown] { shown << column(Chart::BestSellers, 1); });
        QComboBox *genre = m_view->genreBox();
        QTRY_VERIFY(genre->count() == 4);
        {
            // Two requests at once, the second before the first could answer: only the second's figures show.
            const QSignalBlocker block(genre);
            genre->setCurrentIndex(genre->findText(u"Roman"_s));
            m_view->reload();
            genre->setCurrentIndex(genre->findText(u"Science-fiction"_s));
            m_view->reload();
        }
        QVERIFY(settled());
        QCOMPARE(shown, QList<QStringList>({{u"Dune"_s}}));
    }

    void longListsShowAndExportTheirFirstLines()
    {
        QList<QVariantMap> books;
        for (int i = 0; i < 1010; ++i) {
            QVariantMap values = Catalogue::Catalogue::newBookValues(u"Épuisé %1"_s.arg(i));
            values.insert(Livre::Prix, 5);
            values.insert(Livre::Quantite, 1);
            books << values; // one copy never sold: each is low stock and dead stock
        }
        auto created = m_catalogue->livres().bulkCreate(books);
        QVERIFY2(created, Test::why(created));
        m_view->reload();
        QVERIFY(settled());
        QCOMPARE(m_view->list(Chart::LowStock)->topLevelItemCount(), 1000);
        QVERIFY2(m_view->lowStockNote()->text().contains(u"The first 1,000 of 1,011 are listed and exported."_s),
                 qPrintable(m_view->lowStockNote()->text()));
        const QString path = m_files.filePath(u"all.csv"_s);
        QCOMPARE(m_view->exportReorderList(path), QString());
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count("\r\n"), 1 + 1000); // the header, then the most urgent 1,000
        // Dead stock: the 1,000 tying up the most value listed, the totals of every one.
        QCOMPARE(m_view->list(Chart::DeadStock)->topLevelItemCount(), 1000);
        const QString summary = m_view->deadStockSummary()->text();
        QVERIFY2(summary.contains(u"The first 1,000 of 1,01"_s) && summary.contains(u"Books: 1,01"_s),
                 qPrintable(summary));
        // With CATALOGUE_SHOTS_DIR, the two tabs as a person sees them.
        if (const QString shots = qEnvironmentVariable("CATALOGUE_SHOTS_DIR"); !shots.isEmpty()) {
            m_view->resize(1100, 700);
            for (int tab = 0; tab < m_view->tabs()->count(); ++tab) {
                const QString text = m_view->tabs()->tabText(tab).remove(u'&');
                if (text != u"Low stock"_s && text != u"Dead stock"_s)
                    continue;
                m_view->tabs()->setCurrentIndex(tab);
                QVERIFY(m_view->grab().save(shots + u'/' + text.toLower().replace(u' ', u'-') + u"-en.png"_s));
            }
        }
    }

    void clickingABarOrAPointShowsThoseBooks()
    {
        QCOMPARE(m_window->tableModel()->rowCount(), 4);
        m_view->tabs()->setCurrentIndex(1);
        QBarSet *bars = firstSet(Chart::BestSellers);
        QVERIFY(bars);
        auto *series = m_view->chart(Chart::BestSellers)->series().first();
        // Dune's bar: the top one (category 2), clicked halfway along.
        QTest::mouseClick(m_view->chartView(Chart::BestSellers)->viewport(), Qt::LeftButton, {},
                          onViewport(Chart::BestSellers, QPointF(5.5, 2), series));
        QCOMPARE(titlesShown(), QStringList({u"Dune"_s}));
        QVERIFY(m_window->onlyButton()->isVisible());
        QCOMPARE(m_window->onlyButton()->text(), u"Only: Best seller: Dune"_s);
        m_window->onlyButton()->click();
        QCOMPARE(m_window->tableModel()->rowCount(), 4);
        QVERIFY(!m_window->onlyButton()->isVisible());

        // May 2026's point on the sales line: the books sold that month.
        m_view->tabs()->setCurrentIndex(0);
        QApplication::processEvents();
        QLineSeries *sold = line(u"Copies sold"_s);
        QVERIFY(sold);
        QTest::mouseClick(m_view->chartView(Chart::Sales)->viewport(), Qt::LeftButton, {},
                          onViewport(Chart::Sales, sold->at(10), sold));
        QTRY_COMPARE(titlesShown(), QStringList({u"Dune"_s, u"Les Misérables"_s}));
        QCOMPARE(m_window->onlyButton()->text(), u"Only: Sold in May 2026"_s);

        // A genre's bar: its books, whatever they sold.
        m_view->tabs()->setCurrentIndex(2);
        QApplication::processEvents();
        auto *genres = m_view->chart(Chart::Genres)->series().first();
        QTest::mouseClick(m_view->chartView(Chart::Genres)->viewport(), Qt::LeftButton, {},
                          onViewport(Chart::Genres, QPointF(1, 3), genres)); // Roman's bar
        QCOMPARE(titlesShown(), QStringList({u"Les Misérables"_s, u"Notre-Dame de Paris"_s}));

        // A line of the low-stock list, double-clicked.
        m_view->tabs()->setCurrentIndex(3);
        QTreeWidget *low = m_view->list(Chart::LowStock);
        QApplication::processEvents();
        const QRect first = low->visualItemRect(low->topLevelItem(0));
        QTest::mouseClick(low->viewport(), Qt::LeftButton, {}, first.center());
        QTest::mouseDClick(low->viewport(), Qt::LeftButton, {}, first.center());
        QCOMPARE(titlesShown(), QStringList({u"Notre-Dame de Paris"_s}));
    }
};

QTEST_MAIN(TestStatisticsView)
#include "tst_statisticsview.moc"
