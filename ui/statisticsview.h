#pragma once

#include "statisticsworker.h"

#include <catalogue/catalogue.h>
#include <orm/where.h>

#include <QDate>
#include <QHash>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace Gui {

// The Statistics window (View > Statistics): what sells, what runs out, what the stock is worth, as charts and
// lists in tabs, all restricted by the filters above them (date range, genre, publisher). The figures come from
// Catalogue::Statistics, computed off the GUI thread by a StatisticsWorker: the window never blocks, a change
// of filter redraws every chart, and figures of an older filter are dropped. A click on a bar, a point or a line
// of a list asks for the table restricted to those books (booksRequested()). Every chart exports to PNG and
// every list to CSV. Numbers, prices and dates follow the widget's locale.
class StatisticsView : public QWidget
{
    Q_OBJECT

public:
    enum class Chart { Sales, BestSellers, Genres, LowStock, DeadStock, Prices, Years };
    enum class Ranking { Books, Authors, Publishers }; // what the best sellers' tab ranks
    enum class GenreMeasure { CopiesSold, Revenue, CopiesInStock, StockValue };

    explicit StatisticsView(QWidget *parent = nullptr);
    ~StatisticsView() override;

    // Shows the figures of another catalogue (waits for a query of the previous one to end first).
    void setCatalogue(const Catalogue::Catalogue &catalogue);
    // The day the figures end at (today by default): the date range becomes the twelve months up to it.
    void setToday(QDate today);
    // Computes every figure again (after the preferences or the stock changed).
    void reload();
    // True while figures are being computed.
    bool isLoading() const;

    // The widgets, for tests and screenshots.
    QChart *chart(Chart which) const;
    QChartView *chartView(Chart which) const;
    QTreeWidget *list(Chart which) const; // none for the histograms' lists but their own
    QTabWidget *tabs() const { return m_tabs; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *genreBox() const { return m_genre; }
    QComboBox *publisherBox() const { return m_publisher; }
    QComboBox *periodBox() const { return m_period; }
    QComboBox *rankingBox() const { return m_ranking; }
    QComboBox *genreMeasureBox() const { return m_genreMeasure; }
    QSpinBox *monthsBox() const { return m_months; }
    QLabel *deadStockSummary() const { return m_deadSummary; }
    QLabel *lowStockNote() const { return m_lowNote; }
    QLabel *statusLabel() const { return m_status; }

    // Writes a chart as a PNG image, or its list as CSV (UTF-8, comma-separated, a header line, numbers as
    // numbers with a point and ISO dates): an empty text when written, otherwise why not. Nothing is left half
    // written (the file is replaced at once).
    QString exportPng(Chart which, const QString &path) const;
    QString exportCsv(Chart which, const QString &path) const;
    // The reorder list: the low-stock books, most urgent first (exportCsv(Chart::LowStock)).
    QString exportReorderList(const QString &path) const { return exportCsv(Chart::LowStock, path); }

Q_SIGNALS:
    // The table should show only the books matching where, described for the person (a bar or a point clicked).
    void booksRequested(const Orm::Where &where, const QString &description);
    // Every chart and list now shows the newest filter's figures.
    void figuresShown();

private:
    struct Panel
    {
        QChartView *view = nullptr;
        QTreeWidget *list = nullptr;
        QStackedWidget *stack = nullptr; // the chart, or the empty state's text
        QLabel *empty = nullptr;
    };

    QWidget *createFilterBar();
    QWidget *createSalesTab();
    QWidget *createBestSellersTab();
    QWidget *createGenresTab();
    QWidget *createLowStockTab();
    QWidget *createDeadStockTab();
    QWidget *createHistogramsTab();
    // A chart above its list, with the export buttons under them.
    QWidget *createPanel(Chart which, const QStringList &columns, QWidget *extra = nullptr);
    void addExportButtons(Chart which, QWidget *parent, QHBoxLayout *row);

    void scheduleReload();
    void request(bool withChoices);
    Catalogue::Statistics::Filter filter() const;
    void showFigures(const StatisticsFigures &figures, StatisticsPart part, bool complete);
    void showError(Chart which, const Orm::Error &error);
    void showEmpty(Chart which, bool empty, const QString &text = {});

    void drawSales();
    void drawBestSellers();
    void drawGenres();
    void drawLowStock();
    void drawDeadStock();
    void drawHistogram(Chart which);
    void setChoices(QComboBox *box, const QStringList &choices, const QString &all);

    // Clicks: the books behind a point, a bar or a line.
    void periodClicked(int index);
    void rankedClicked(int index);
    void genreClicked(int index);
    void bucketClicked(Chart which, int index);
    void bookClicked(QTreeWidgetItem *item);
    // Where restricted by the window's genre and publisher filters.
    Orm::Where withFilters(const Orm::Where &where) const;
    QString periodText(QDate start) const;
    QString shownNote(qsizetype shown, qint64 total) const; // "the first 1,000 of 5,000 are listed"
    QList<QVariantList> csvRows(Chart which) const; // a list's lines as values
    QString bucketText(Chart which, const Catalogue::Statistics::Bucket &bucket) const;

    StatisticsWorker *m_worker;
    bool m_hasCatalogue = false;
    QDate m_today;
    QTimer *m_reloadTimer;
    QTabWidget *m_tabs = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_genre = nullptr;
    QComboBox *m_publisher = nullptr;
    QComboBox *m_period = nullptr;
    QComboBox *m_ranking = nullptr;
    QComboBox *m_genreMeasure = nullptr;
    QSpinBox *m_months = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_lowNote = nullptr;
    QLabel *m_deadSummary = nullptr;
    QHash<Chart, Panel> m_panels;
    std::optional<StatisticsFigures> m_figures; // the newest shown
    bool m_choicesLoaded = false;
};

} // namespace Gui
