#include "statisticsview.h"

#include "preferencesdialog.h"

#include <catalogue/livre.h>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QToolTip>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace Gui {

namespace S = Catalogue::Statistics;
namespace L = Catalogue::Livre;

namespace {

// What a CSV cell holds: the raw value of a list's cell (Qt::UserRole), or its text.
constexpr int RawRole = Qt::UserRole;
// The ID of the book a list's line shows.
constexpr int BookRole = Qt::UserRole + 1;

QString csvField(const QVariant &value)
{
    QString text;
    if (value.typeId() == QMetaType::Double)
        text = QString::number(value.toDouble(), 'f', 2);
    else if (value.typeId() == QMetaType::QDate)
        text = value.toDate().toString(Qt::ISODate);
    else
        text = value.toString();
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        text = u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"';
    return text;
}

// A line of a list: each cell's text and raw value; numbers are right-aligned.
QTreeWidgetItem *addLine(QTreeWidget *list, const QList<std::pair<QString, QVariant>> &cells)
{
    auto *item = new QTreeWidgetItem(list);
    for (int column = 0; column < cells.size(); ++column) {
        item->setText(column, cells.at(column).first);
        item->setData(column, RawRole, cells.at(column).second);
        const int type = cells.at(column).second.typeId();
        if (type == QMetaType::Double || type == QMetaType::LongLong || type == QMetaType::Int)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    return item;
}

// A long title shortened for an axis, whole in the list and the tooltip.
QString shortened(const QString &text, int length = 38)
{
    return text.size() <= length ? text : text.left(length - 1).trimmed() + u'…';
}

// The locale's short date with the year in full ("6/30/2025", "30/06/2025"): two digits would be ambiguous in a
// range of years, and a date typed with four is never read in the wrong century.
QString shortDateFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return format;
}

QDate startOfPeriod(QDate day, S::Period period)
{
    switch (period) {
    case S::Period::Day:
        return day;
    case S::Period::Week:
        return day.addDays(1 - day.dayOfWeek());
    case S::Period::Month:
        return QDate(day.year(), day.month(), 1);
    }
    return day;
}

QDate endOfPeriod(QDate start, S::Period period)
{
    switch (period) {
    case S::Period::Day:
        return start;
    case S::Period::Week:
        return start.addDays(6);
    case S::Period::Month:
        return start.addMonths(1).addDays(-1);
    }
    return start;
}

QChart *newChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

// Removes a chart's series and axes (they are redrawn from new figures).
void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

// A rounded-up maximum for a value axis, so that its ticks fall on round numbers.
double niceMaximum(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (value <= step * magnitude)
            return step * magnitude;
    }
    return 10 * magnitude;
}

// A value axis from zero with ticks at round whole steps (1, 2, 5, 10, 20, 25, 50...), about five of them.
QValueAxis *countAxis(double maximum, const QString &title)
{
    auto *axis = new QValueAxis;
    const double step = std::max(1.0, niceMaximum(maximum / 5));
    axis->setRange(0, std::max(step, std::ceil(maximum / step) * step));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTitleText(title);
    return axis;
}

} // namespace

StatisticsView::StatisticsView(QWidget *parent)
    : QWidget(parent, Qt::Window),
      m_worker(new StatisticsWorker(this)),
      m_today(QDate::currentDate()),
      m_reloadTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("statisticsView"));
    setWindowTitle(tr("Statistics"));
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(150); // a date typed digit by digit asks once, when the typing pauses
    connect(m_reloadTimer, &QTimer::timeout, this, [this] { request(false); });
    connect(m_worker, &StatisticsWorker::figuresReady, this, &StatisticsView::showFigures);
    connect(m_worker, &StatisticsWorker::busyChanged, this, [this](bool busy) {
        if (busy)
            m_status->setText(tr("Computing…"));
        else if (m_status->text() == tr("Computing…"))
            m_status->clear();
    });
    connect(m_worker, &StatisticsWorker::booksFound, this,
            [this](const QVariantList &ids, const QString &description, const QString &error) {
                if (!error.isEmpty()) {
                    m_status->setText(error);
                    return;
                }
                // An empty list matches no book: the table then says so, rather than showing them all.
                Q_EMIT booksRequested(ids.isEmpty() ? (Orm::col(L::Id).isNull()) : Orm::col(L::Id).in(ids),
                                      description);
            });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createFilterBar());
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createSalesTab(), tr("Sales over time"));
    m_tabs->addTab(createBestSellersTab(), tr("Best sellers"));
    m_tabs->addTab(createGenresTab(), tr("By genre"));
    m_tabs->addTab(createLowStockTab(), tr("Low stock"));
    m_tabs->addTab(createDeadStockTab(), tr("Dead stock"));
    m_tabs->addTab(createHistogramsTab(), tr("Prices and years"));
    layout->addWidget(m_tabs, 1);
    setToday(m_today);
    resize(1100, 760);
}

StatisticsView::~StatisticsView() = default;

QWidget *StatisticsView::createFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_from = new QDateEdit(bar);
    m_to = new QDateEdit(bar);
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(shortDateFormat(locale()));
        connect(edit, &QDateEdit::dateChanged, this, &StatisticsView::scheduleReload);
    }
    auto *fromLabel = new QLabel(tr("&From:"), bar);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&to:"), bar);
    toLabel->setBuddy(m_to);
    m_genre = new QComboBox(bar);
    m_genre->setObjectName(QStringLiteral("genre"));
    m_publisher = new QComboBox(bar);
    m_publisher->setObjectName(QStringLiteral("publisher"));
    m_genre->addItem(tr("All genres"), QString());
    m_publisher->addItem(tr("All publishers"), QString());
    for (QComboBox *box : {m_genre, m_publisher}) {
        box->setMinimumContentsLength(14);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        connect(box, &QComboBox::currentIndexChanged, this, &StatisticsView::scheduleReload);
    }
    auto *genreLabel = new QLabel(tr("&Genre:"), bar);
    genreLabel->setBuddy(m_genre);
    auto *publisherLabel = new QLabel(tr("&Publisher:"), bar);
    publisherLabel->setBuddy(m_publisher);
    m_status = new QLabel(bar);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    row->addWidget(fromLabel);
    row->addWidget(m_from);
    row->addWidget(toLabel);
    row->addWidget(m_to);
    row->addSpacing(12);
    row->addWidget(genreLabel);
    row->addWidget(m_genre);
    row->addSpacing(12);
    row->addWidget(publisherLabel);
    row->addWidget(m_publisher);
    row->addSpacing(12);
    row->addWidget(m_status, 1);
    return bar;
}

QWidget *StatisticsView::createPanel(Chart which, const QStringList &columns, QWidget *extra)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    if (extra)
        layout->addWidget(extra);
    Panel panel;
    // The best sellers' twenty bars need the height, the histograms' bars the width: their lists go beside them.
    const bool beside = which == Chart::BestSellers || which == Chart::Prices || which == Chart::Years;
    auto *splitter = new QSplitter(beside ? Qt::Horizontal : Qt::Vertical, page);
    if (which != Chart::LowStock && which != Chart::DeadStock) {
        panel.stack = new QStackedWidget(splitter);
        panel.view = new QChartView(newChart(), panel.stack);
        panel.view->setRenderHint(QPainter::Antialiasing);
        panel.view->setMinimumHeight(which == Chart::BestSellers ? 460 : 260);
        panel.view->setMinimumWidth(which == Chart::BestSellers ? 560 : 300);
        panel.empty = new QLabel(panel.stack);
        panel.empty->setAlignment(Qt::AlignCenter);
        panel.empty->setWordWrap(true);
        panel.stack->addWidget(panel.view);
        panel.stack->addWidget(panel.empty);
        splitter->addWidget(panel.stack);
    }
    panel.list = new QTreeWidget(splitter);
    panel.list->setRootIsDecorated(false);
    panel.list->setAlternatingRowColors(true);
    panel.list->setUniformRowHeights(true);
    panel.list->setHeaderLabels(columns);
    panel.list->header()->setStretchLastSection(false);
    // Widths from the headers (a list of thousands of books is never measured line by line); the name stretches.
    const int stretch =
            which == Chart::Sales || which == Chart::Prices || which == Chart::Years || which == Chart::Genres ? 0 : 1;
    const QFontMetrics metrics = panel.list->fontMetrics();
    for (int column = 0; column < columns.size(); ++column) {
        const bool text = (which == Chart::LowStock || which == Chart::DeadStock) && column == 2; // the author
        const bool daysLeft = which == Chart::LowStock && column == 5;
        const int width = std::max({metrics.horizontalAdvance(columns.at(column)),
                                    metrics.horizontalAdvance(text ? QStringLiteral("Jean-Christophe Grangé, Victor")
                                                                   : QStringLiteral("$000,000.00")),
                                    daysLeft ? metrics.horizontalAdvance(tr("no recent sale")) : 0})
                + 24;
        panel.list->header()->resizeSection(column, width);
    }
    panel.list->header()->resizeSection(
            0, std::max(metrics.horizontalAdvance(columns.at(0)) + 24, panel.list->header()->sectionSize(0) / 2));
    panel.list->header()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    splitter->addWidget(panel.list);
    splitter->setStretchFactor(0, beside ? 3 : 2);
    splitter->setStretchFactor(1, 1);
    if (splitter->count() == 2)
        splitter->setSizes({which == Chart::BestSellers ? 1500
                                    : beside            ? 3000
                                                        : 2000,
                            1000}); // proportions, kept as the window is resized
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    addExportButtons(which, page, buttons);
    layout->addLayout(buttons);
    m_panels.insert(which, panel);
    return page;
}

void StatisticsView::addExportButtons(Chart which, QWidget *parent, QHBoxLayout *row)
{
    const bool hasChart = which != Chart::LowStock && which != Chart::DeadStock;
    if (hasChart) {
        auto *png = new QPushButton(tr("Export the chart (PNG)…"), parent);
        connect(png, &QPushButton::clicked, this, [this, which] {
            const QString path =
                    QFileDialog::getSaveFileName(this, tr("Export the chart"), QString(), tr("PNG images (*.png)"));
            if (path.isEmpty())
                return;
            if (const QString error = exportPng(which, path); !error.isEmpty())
                QMessageBox::warning(this, tr("Export the chart"), error);
        });
        row->addWidget(png);
    }
    const QString text = which == Chart::LowStock ? tr("Export the reorder list (CSV)…") : tr("Export the list (CSV)…");
    auto *csv = new QPushButton(text, parent);
    if (which == Chart::LowStock)
        csv->setObjectName(QStringLiteral("exportReorderList"));
    connect(csv, &QPushButton::clicked, this, [this, which] {
        const QString path =
                QFileDialog::getSaveFileName(this, tr("Export the list"), QString(), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        if (const QString error = exportCsv(which, path); !error.isEmpty())
            QMessageBox::warning(this, tr("Export the list"), error);
    });
    row->addWidget(csv);
}

QWidget *StatisticsView::createSalesTab()
{
    auto *options = new QWidget(this);
    auto *row = new QHBoxLayout(options);
    row->setContentsMargins(0, 0, 0, 0);
    m_period = new QComboBox(options);
    m_period->setObjectName(QStringLiteral("period"));
    m_period->addItem(tr("Per day"), int(S::Period::Day));
    m_period->addItem(tr("Per week"), int(S::Period::Week));
    m_period->addItem(tr("Per month"), int(S::Period::Month));
    m_period->setCurrentIndex(2);
    connect(m_period, &QComboBox::currentIndexChanged, this, &StatisticsView::scheduleReload);
    auto *label = new QLabel(tr("Copies sold:"), options);
    label->setBuddy(m_period);
    row->addWidget(label);
    row->addWidget(m_period);
    row->addStretch();
    QWidget *page = createPanel(
            Chart::Sales,
            {tr("Period"), tr("Copies sold"), tr("Revenue"), tr("A year before"), tr("Revenue a year before")},
            options);
    connect(m_panels[Chart::Sales].list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { periodClicked(m_panels[Chart::Sales].list->indexOfTopLevelItem(item)); });
    return page;
}

QWidget *StatisticsView::createBestSellersTab()
{
    auto *options = new QWidget(this);
    auto *row = new QHBoxLayout(options);
    row->setContentsMargins(0, 0, 0, 0);
    m_ranking = new QComboBox(options);
    m_ranking->setObjectName(QStringLiteral("ranking"));
    m_ranking->addItem(tr("The 20 best-selling books"), int(Ranking::Books));
    m_ranking->addItem(tr("The 20 best-selling authors"), int(Ranking::Authors));
    m_ranking->addItem(tr("The 20 best-selling publishers"), int(Ranking::Publishers));
    connect(m_ranking, &QComboBox::currentIndexChanged, this, &StatisticsView::drawBestSellers);
    row->addWidget(m_ranking);
    row->addStretch();
    QWidget *page = createPanel(Chart::BestSellers, {tr("#"), tr("Name"), tr("Copies sold"), tr("Revenue")}, options);
    connect(m_panels[Chart::BestSellers].list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        rankedClicked(m_panels[Chart::BestSellers].list->indexOfTopLevelItem(item));
    });
    return page;
}

QWidget *StatisticsView::createGenresTab()
{
    auto *options = new QWidget(this);
    auto *row = new QHBoxLayout(options);
    row->setContentsMargins(0, 0, 0, 0);
    m_genreMeasure = new QComboBox(options);
    m_genreMeasure->setObjectName(QStringLiteral("genreMeasure"));
    m_genreMeasure->addItem(tr("Copies sold"), int(GenreMeasure::CopiesSold));
    m_genreMeasure->addItem(tr("Revenue"), int(GenreMeasure::Revenue));
    m_genreMeasure->addItem(tr("Copies in stock"), int(GenreMeasure::CopiesInStock));
    m_genreMeasure->addItem(tr("Stock value"), int(GenreMeasure::StockValue));
    auto *measureLabel = new QLabel(tr("&Show:"), options);
    measureLabel->setBuddy(m_genreMeasure);
    row->addWidget(measureLabel);
    connect(m_genreMeasure, &QComboBox::currentIndexChanged, this, &StatisticsView::drawGenres);
    row->addWidget(m_genreMeasure);
    row->addStretch();
    QWidget *page = createPanel(
            Chart::Genres, {tr("Genre"), tr("Copies sold"), tr("Revenue"), tr("Copies in stock"), tr("Stock value")},
            options);
    connect(m_panels[Chart::Genres].list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { genreClicked(m_panels[Chart::Genres].list->indexOfTopLevelItem(item)); });
    return page;
}

QWidget *StatisticsView::createLowStockTab()
{
    m_lowNote = new QLabel(this);
    m_lowNote->setObjectName(QStringLiteral("lowStockNote"));
    m_lowNote->setWordWrap(true);
    QWidget *page = createPanel(
            Chart::LowStock,
            {tr("ID"), tr("Title"), tr("Author"), tr("In stock"), tr("Sold in 90 days"), tr("Days left")}, m_lowNote);
    connect(m_panels[Chart::LowStock].list, &QTreeWidget::itemActivated, this, &StatisticsView::bookClicked);
    return page;
}

QWidget *StatisticsView::createDeadStockTab()
{
    auto *options = new QWidget(this);
    auto *row = new QHBoxLayout(options);
    row->setContentsMargins(0, 0, 0, 0);
    m_months = new QSpinBox(options);
    m_months->setObjectName(QStringLiteral("months"));
    m_months->setRange(1, 120);
    m_months->setValue(6);
    m_months->setKeyboardTracking(false);
    connect(m_months, &QSpinBox::valueChanged, this, &StatisticsView::scheduleReload);
    auto *label = new QLabel(tr("In stock with no sale in the last"), options);
    label->setBuddy(m_months);
    auto *unit = new QLabel(tr("months"), options);
    m_deadSummary = new QLabel(options);
    m_deadSummary->setObjectName(QStringLiteral("deadStockSummary"));
    QFont bold = m_deadSummary->font();
    bold.setBold(true);
    m_deadSummary->setFont(bold);
    m_deadSummary->setWordWrap(true); // long in French, and longer with the note on a long list
    row->addWidget(label);
    row->addWidget(m_months);
    row->addWidget(unit);
    row->addSpacing(24);
    row->addWidget(m_deadSummary, 1);
    QWidget *page =
            createPanel(Chart::DeadStock,
                        {tr("ID"), tr("Title"), tr("Author"), tr("In stock"), tr("Value"), tr("Last sale")}, options);
    connect(m_panels[Chart::DeadStock].list, &QTreeWidget::itemActivated, this, &StatisticsView::bookClicked);
    return page;
}

QWidget *StatisticsView::createHistogramsTab()
{
    auto *page = new QSplitter(Qt::Vertical, this);
    page->addWidget(createPanel(Chart::Prices, {tr("Price"), tr("Books")}));
    page->addWidget(createPanel(Chart::Years, {tr("Published"), tr("Books")}));
    page->setChildrenCollapsible(false);
    for (Chart which : {Chart::Prices, Chart::Years}) {
        connect(m_panels[which].list, &QTreeWidget::itemActivated, this, [this, which](QTreeWidgetItem *item) {
            bucketClicked(which, m_panels[which].list->indexOfTopLevelItem(item));
        });
    }
    return page;
}

void StatisticsView::setCatalogue(const Catalogue::Catalogue &catalogue)
{
    m_worker->setCatalogue(catalogue);
    m_hasCatalogue = true;
    m_figures.reset();
    m_choicesLoaded = false;
    const QString file = catalogue.database().filePath();
    setWindowTitle(
            tr("Statistics — %1").arg(file.isEmpty() ? catalogue.database().displayUrl() : QFileInfo(file).fileName()));
    request(true);
}

void StatisticsView::setToday(QDate today)
{
    m_today = today;
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(QDate(today.year(), today.month(), 1).addMonths(-11));
    m_to->setDate(today);
    scheduleReload();
}

void StatisticsView::reload()
{
    request(true); // genres and publishers may have changed too
}

bool StatisticsView::isLoading() const
{
    return m_worker->isBusy() || m_reloadTimer->isActive();
}

QChart *StatisticsView::chart(Chart which) const
{
    const QChartView *view = chartView(which);
    return view ? view->chart() : nullptr;
}

QChartView *StatisticsView::chartView(Chart which) const
{
    return m_panels.value(which).view;
}

QTreeWidget *StatisticsView::list(Chart which) const
{
    return m_panels.value(which).list;
}

void StatisticsView::scheduleReload()
{
    if (m_hasCatalogue)
        m_reloadTimer->start();
}

S::Filter StatisticsView::filter() const
{
    return {.from = m_from->date(),
            .to = m_to->date(),
            .genre = m_genre->currentData().toString(),
            .publisher = m_publisher->currentData().toString()};
}

void StatisticsView::request(bool withChoices)
{
    m_reloadTimer->stop();
    if (!m_hasCatalogue)
        return;
    if (m_from->date() > m_to->date()) {
        m_status->setText(tr("The first day is after the last one: no figures for that range."));
        return;
    }
    StatisticsRequest request{.filter = filter(),
                              .period = S::Period(m_period->currentData().toInt()),
                              .lowStockThreshold = Settings().value(QStringLiteral("lowStockThreshold"), 2).toInt(),
                              .deadStockMonths = m_months->value(),
                              .today = m_today,
                              .withChoices = withChoices || !m_choicesLoaded};
    m_worker->request(request);
}

void StatisticsView::setChoices(QComboBox *box, const QStringList &choices, const QString &all)
{
    const QString current = box->currentData().toString();
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(all, QString());
    for (const QString &choice : choices)
        box->addItem(choice, choice);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

void StatisticsView::showFigures(const StatisticsFigures &figures, StatisticsPart part, bool complete)
{
    // The parts of the newest request replace those of the one before as they come; the charts whose part is not
    // in yet keep showing the figures before.
    if (!m_figures)
        m_figures = StatisticsFigures();
    m_figures->generation = figures.generation;
    m_figures->request = figures.request;
    switch (part) {
    case StatisticsPart::Sales:
        m_figures->sales = figures.sales;
        drawSales();
        break;
    case StatisticsPart::BestBooks:
    case StatisticsPart::BestAuthors:
    case StatisticsPart::BestPublishers:
        // One of the three lists: the others stay as they are.
        if (!figures.bestSellers) {
            m_figures->bestSellers = figures.bestSellers;
        } else {
            if (!m_figures->bestSellers)
                m_figures->bestSellers = S::BestSellers();
            if (part == StatisticsPart::BestBooks)
                m_figures->bestSellers->books = figures.bestSellers->books;
            else if (part == StatisticsPart::BestAuthors)
                m_figures->bestSellers->authors = figures.bestSellers->authors;
            else
                m_figures->bestSellers->publishers = figures.bestSellers->publishers;
        }
        drawBestSellers();
        break;
    case StatisticsPart::Genres:
        m_figures->genres = figures.genres;
        drawGenres();
        break;
    case StatisticsPart::LowStock:
        m_figures->lowStock = figures.lowStock;
        drawLowStock();
        break;
    case StatisticsPart::DeadStock:
        m_figures->deadStock = figures.deadStock;
        drawDeadStock();
        break;
    case StatisticsPart::Histograms:
        m_figures->prices = figures.prices;
        m_figures->years = figures.years;
        drawHistogram(Chart::Prices);
        drawHistogram(Chart::Years);
        break;
    case StatisticsPart::Choices:
        if (figures.genreChoices)
            setChoices(m_genre, *figures.genreChoices, tr("All genres"));
        if (figures.publisherChoices)
            setChoices(m_publisher, *figures.publisherChoices, tr("All publishers"));
        m_choicesLoaded = figures.genreChoices && figures.publisherChoices;
        break;
    }
    if (!complete)
        return;
    if (m_status->text() != tr("Computing…"))
        m_status->clear();
    Q_EMIT figuresShown();
}

void StatisticsView::showError(Chart which, const Orm::Error &error)
{
    const Panel &panel = m_panels[which];
    panel.list->clear();
    if (panel.view) {
        clearChart(panel.view->chart());
        showEmpty(which, true, error.message());
    } else {
        m_status->setText(error.message());
    }
}

void StatisticsView::showEmpty(Chart which, bool empty, const QString &text)
{
    const Panel &panel = m_panels[which];
    if (!panel.stack)
        return;
    panel.empty->setText(text);
    panel.stack->setCurrentIndex(empty ? 1 : 0);
}

QString StatisticsView::periodText(QDate start) const
{
    const QLocale locale = this->locale();
    switch (S::Period(m_figures ? int(m_figures->request.period) : m_period->currentData().toInt())) {
    case S::Period::Day:
        return locale.toString(start, shortDateFormat(locale));
    case S::Period::Week:
        return tr("Week of %1").arg(locale.toString(start, shortDateFormat(locale)));
    case S::Period::Month:
        return locale.standaloneMonthName(start.month()) + u' ' + QString::number(start.year());
    }
    return {};
}

void StatisticsView::drawSales()
{
    const Panel &panel = m_panels[Chart::Sales];
    if (!m_figures->sales) {
        showError(Chart::Sales, m_figures->sales.error());
        return;
    }
    const S::SalesOverTime &sales = *m_figures->sales;
    const QLocale locale = this->locale();
    QChart *chart = panel.view->chart();
    clearChart(chart);
    chart->setLocale(locale);
    panel.list->clear();

    auto *current = new QLineSeries;
    current->setName(tr("Copies sold"));
    auto *before = new QLineSeries;
    before->setName(tr("The same period a year before"));
    QPen dashed = before->pen();
    dashed.setStyle(Qt::DashLine);
    dashed.setColor(QColor(0x9e, 0x9e, 0x9e));
    dashed.setWidth(2);
    before->setPen(dashed);
    QPen solid = current->pen();
    solid.setWidth(3);
    solid.setColor(QColor(0x1f, 0x6f, 0xb2));
    current->setPen(solid);
    current->setPointsVisible(true);
    double highest = 0;
    qint64 total = 0;
    for (qsizetype i = 0; i < sales.current.size(); ++i) {
        const S::PeriodSales &period = sales.current.at(i);
        const S::PeriodSales previous = sales.yearBefore.value(i);
        const double x = double(period.start.startOfDay().toMSecsSinceEpoch());
        current->append(x, double(period.copies));
        before->append(x, double(previous.copies));
        highest = std::max({highest, double(period.copies), double(previous.copies)});
        total += period.copies + previous.copies;
        addLine(panel.list,
                {{periodText(period.start), period.start},
                 {locale.toString(period.copies), period.copies},
                 {locale.toCurrencyString(period.revenue), period.revenue},
                 {locale.toString(previous.copies), previous.copies},
                 {locale.toCurrencyString(previous.revenue), previous.revenue}});
    }
    chart->addSeries(current);
    chart->addSeries(before);
    // A label under a period's point, at most about twelve of them (every other week, every month's first day...).
    auto *dates = new QCategoryAxis;
    dates->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const qsizetype every = std::max<qsizetype>(1, (sales.current.size() + 11) / 12);
    const QString format = sales.period == S::Period::Month ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM");
    for (qsizetype i = 0; i < sales.current.size(); i += every) {
        const QDate start = sales.current.at(i).start;
        dates->append(locale.toString(start, format), double(start.startOfDay().toMSecsSinceEpoch()));
    }
    if (!sales.current.isEmpty()) {
        // Half a period of room on each side, so that the first and last labels are not cut.
        const double first = double(sales.current.first().start.startOfDay().toMSecsSinceEpoch());
        const double last = double(sales.current.last().start.startOfDay().toMSecsSinceEpoch());
        const double room =
                sales.current.size() > 1 ? (last - first) / double(sales.current.size() - 1) / 2 : 12 * 3600 * 1000.0;
        dates->setRange(first - room, last + room);
        dates->setStartValue(first - room);
    }
    chart->addAxis(dates, Qt::AlignBottom);
    QValueAxis *copies = countAxis(highest, tr("Copies sold"));
    chart->addAxis(copies, Qt::AlignLeft);
    for (QLineSeries *series : {before, current}) {
        series->attachAxis(dates);
        series->attachAxis(copies);
    }
    connect(current, &QLineSeries::clicked, this, [this, current](const QPointF &point) {
        // The nearest period to the click.
        const QList<QPointF> points = current->points();
        int nearest = -1;
        double distance = 0;
        for (int i = 0; i < points.size(); ++i) {
            const double d = std::abs(points.at(i).x() - point.x());
            if (nearest < 0 || d < distance) {
                nearest = i;
                distance = d;
            }
        }
        periodClicked(nearest);
    });
    connect(current, &QLineSeries::hovered, this, [this](const QPointF &point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const QDate day = QDateTime::fromMSecsSinceEpoch(qint64(point.x())).date();
        QToolTip::showText(QCursor::pos(),
                           tr("%1: %2 sold")
                                   .arg(periodText(startOfPeriod(day, m_figures->request.period)),
                                        this->locale().toString(qRound(point.y()))));
    });
    showEmpty(Chart::Sales, total == 0, tr("No sale recorded in this range, nor a year before."));
}

void StatisticsView::drawBestSellers()
{
    if (!m_figures)
        return;
    const Panel &panel = m_panels[Chart::BestSellers];
    if (!m_figures->bestSellers) {
        showError(Chart::BestSellers, m_figures->bestSellers.error());
        return;
    }
    const auto ranking = Ranking(m_ranking->currentData().toInt());
    const QList<S::Ranked> &ranked = ranking == Ranking::Books ? m_figures->bestSellers->books
            : ranking == Ranking::Authors                      ? m_figures->bestSellers->authors
                                                               : m_figures->bestSellers->publishers;
    const QLocale locale = this->locale();
    QChart *chart = panel.view->chart();
    clearChart(chart);
    chart->setLocale(locale);
    chart->legend()->hide();
    panel.list->clear();
    panel.list->headerItem()->setText(1,
                                      ranking == Ranking::Books             ? tr("Title")
                                              : ranking == Ranking::Authors ? tr("Author")
                                                                            : tr("Publisher"));
    auto *set = new QBarSet(tr("Copies sold"));
    set->setColor(QColor(0x1f, 0x6f, 0xb2));
    QStringList labels;
    double highest = 0;
    // The first at the top: a horizontal bar chart draws its first category at the bottom.
    for (qsizetype i = ranked.size() - 1; i >= 0; --i) {
        const S::Ranked &line = ranked.at(i);
        *set << double(line.copies);
        // Two books may share a title: the rank keeps the categories apart.
        labels << QStringLiteral("%1. %2").arg(i + 1).arg(shortened(line.label));
        highest = std::max(highest, double(line.copies));
    }
    for (qsizetype i = 0; i < ranked.size(); ++i) {
        const S::Ranked &line = ranked.at(i);
        QTreeWidgetItem *item = addLine(panel.list,
                                        {{locale.toString(i + 1), qint64(i + 1)},
                                         {line.label, line.label},
                                         {locale.toString(line.copies), line.copies},
                                         {locale.toCurrencyString(line.revenue), line.revenue}});
        item->setData(0, BookRole, line.id);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(labels);
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    QValueAxis *copies = countAxis(highest, tr("Copies sold"));
    chart->addAxis(copies, Qt::AlignBottom);
    series->attachAxis(copies);
    const qsizetype count = ranked.size();
    connect(set, &QBarSet::clicked, this, [this, count](int index) { rankedClicked(int(count - 1 - index)); });
    showEmpty(Chart::BestSellers, ranked.isEmpty(), tr("Nothing sold in this range."));
}

void StatisticsView::drawGenres()
{
    if (!m_figures)
        return;
    const Panel &panel = m_panels[Chart::Genres];
    if (!m_figures->genres) {
        showError(Chart::Genres, m_figures->genres.error());
        return;
    }
    const QList<S::GenreFigures> &genres = *m_figures->genres;
    // One measure at a time: a year's sales and the whole stock differ by far too much to share an axis.
    const auto measure = GenreMeasure(m_genreMeasure->currentData().toInt());
    const bool money = measure == GenreMeasure::Revenue || measure == GenreMeasure::StockValue;
    const QLocale locale = this->locale();
    QChart *chart = panel.view->chart();
    clearChart(chart);
    chart->setLocale(locale);
    chart->legend()->hide();
    panel.list->clear();
    auto *set = new QBarSet(m_genreMeasure->currentText());
    set->setColor(measure == GenreMeasure::CopiesSold || measure == GenreMeasure::Revenue ? QColor(0x1f, 0x6f, 0xb2)
                                                                                          : QColor(0xe0, 0x8e, 0x2b));
    QStringList labels;
    double highest = 0;
    for (const S::GenreFigures &genre : genres) {
        const QString name = genre.genre.isEmpty() ? tr("(no genre)") : genre.genre;
        labels << name;
        const double figure = measure == GenreMeasure::CopiesSold ? double(genre.copiesSold)
                : measure == GenreMeasure::Revenue                ? genre.revenue
                : measure == GenreMeasure::CopiesInStock          ? double(genre.copiesInStock)
                                                                  : genre.stockValue;
        *set << figure;
        highest = std::max(highest, figure);
        addLine(panel.list,
                {{name, genre.genre},
                 {locale.toString(genre.copiesSold), genre.copiesSold},
                 {locale.toCurrencyString(genre.revenue), genre.revenue},
                 {locale.toString(genre.copiesInStock), genre.copiesInStock},
                 {locale.toCurrencyString(genre.stockValue), genre.stockValue}});
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(labels);
    if (labels.size() > 10)
        names->setLabelsAngle(-40);
    chart->addAxis(names, Qt::AlignBottom);
    series->attachAxis(names);
    QValueAxis *axis = countAxis(highest,
                                 money ? tr("%1 (%2)").arg(m_genreMeasure->currentText(), locale.currencySymbol())
                                       : m_genreMeasure->currentText());
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    connect(set, &QBarSet::clicked, this, &StatisticsView::genreClicked);
    showEmpty(Chart::Genres, genres.isEmpty(), tr("No book matches these filters."));
}

void StatisticsView::drawLowStock()
{
    const Panel &panel = m_panels[Chart::LowStock];
    const int threshold = m_figures->request.lowStockThreshold;
    if (!m_figures->lowStock) {
        showError(Chart::LowStock, m_figures->lowStock.error());
        m_lowNote->setText(m_figures->lowStock.error().message());
        return;
    }
    const QLocale locale = this->locale();
    panel.list->clear();
    const S::LowStock &low = *m_figures->lowStock;
    for (const S::LowStockBook &book : low.books) {
        const QString days = book.daysLeft ? locale.toString(*book.daysLeft, 'f', 0) : tr("no recent sale");
        QTreeWidgetItem *item = addLine(panel.list,
                                        {{book.id.toString(), book.id},
                                         {book.title, book.title},
                                         {book.author, book.author},
                                         {locale.toString(book.stock), book.stock},
                                         {locale.toString(book.soldLast90Days), book.soldLast90Days},
                                         {days, book.daysLeft ? QVariant(*book.daysLeft) : QVariant()}});
        item->setData(0, BookRole, book.id);
        if (book.stock <= 0 || (book.daysLeft && *book.daysLeft < 15)) {
            for (int column = 0; column < panel.list->columnCount(); ++column)
                item->setForeground(column, QColor(0xb0, 0x1e, 0x1e));
        }
    }
    m_lowNote->setText(tr("The books with %1 or fewer copies (the threshold is set in Edit > Preferences), most "
                          "urgent first: the days left at the pace of the last 90 days' sales. Double-click a book to "
                          "show it in the table.")
                               .arg(locale.toString(threshold))
                       + (low.count > low.books.size() ? u' ' + shownNote(low.books.size(), low.count) : QString()));
}

QString StatisticsView::shownNote(qsizetype shown, qint64 total) const
{
    return tr("The first %1 of %2 are listed and exported.")
            .arg(locale().toString(qint64(shown)), locale().toString(total));
}

QList<QVariantList> StatisticsView::csvRows(Chart which) const
{
    QList<QVariantList> rows;
    // The lists of books: from the figures (the raw values; the lines show them formatted).
    if (which == Chart::LowStock && m_figures && m_figures->lowStock) {
        for (const S::LowStockBook &book : std::as_const(m_figures->lowStock->books))
            rows << QVariantList{
                    book.id,    book.title,          book.author,
                    book.stock, book.soldLast90Days, book.daysLeft ? QVariant(*book.daysLeft) : QVariant()};
        return rows;
    }
    if (which == Chart::DeadStock && m_figures && m_figures->deadStock) {
        for (const S::DeadStockBook &book : std::as_const(m_figures->deadStock->books))
            rows << QVariantList{book.id, book.title, book.author, book.stock, book.value, book.lastSale};
        return rows;
    }
    const QTreeWidget *list = this->list(which);
    for (int row = 0; list && row < list->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = list->topLevelItem(row);
        QVariantList fields;
        for (int column = 0; column < list->columnCount(); ++column) {
            const QVariant raw = item->data(column, RawRole);
            fields << (raw.isValid() ? raw : QVariant(item->text(column)));
        }
        rows << fields;
    }
    return rows;
}

void StatisticsView::drawDeadStock()
{
    const Panel &panel = m_panels[Chart::DeadStock];
    if (!m_figures->deadStock) {
        showError(Chart::DeadStock, m_figures->deadStock.error());
        m_deadSummary->setText(m_figures->deadStock.error().message());
        return;
    }
    const S::DeadStock &dead = *m_figures->deadStock;
    const QLocale locale = this->locale();
    panel.list->clear();
    for (const S::DeadStockBook &book : dead.books) {
        QTreeWidgetItem *item = addLine(
                panel.list,
                {{book.id.toString(), book.id},
                 {book.title, book.title},
                 {book.author, book.author},
                 {locale.toString(book.stock), book.stock},
                 {locale.toCurrencyString(book.value), book.value},
                 {book.lastSale.isNull() ? tr("never") : locale.toString(book.lastSale, shortDateFormat(locale)),
                  book.lastSale}});
        item->setData(0, BookRole, book.id);
    }
    m_deadSummary->setText(
            tr("Books: %1 — copies: %2 — value tied up: %3")
                    .arg(locale.toString(dead.count), locale.toString(dead.copies), locale.toCurrencyString(dead.value))
            + (dead.count > dead.books.size() ? u'\n' + shownNote(dead.books.size(), dead.count) : QString()));
}

QString StatisticsView::bucketText(Chart which, const S::Bucket &bucket) const
{
    const QLocale locale = this->locale();
    if (which == Chart::Years) {
        const int from = int(bucket.from);
        const int last = int(std::ceil(bucket.to)) - 1;
        return last <= from ? QString::number(from) : QStringLiteral("%1–%2").arg(from).arg(last);
    }
    const auto money = [&locale](double value) {
        return value == std::floor(value) ? locale.toString(qint64(value)) : locale.toString(value, 'f', 2);
    };
    return QStringLiteral("%1–%2").arg(money(bucket.from), money(bucket.to));
}

void StatisticsView::drawHistogram(Chart which)
{
    const Panel &panel = m_panels[which];
    const Orm::Result<QList<S::Bucket>> &result = which == Chart::Prices ? m_figures->prices : m_figures->years;
    if (!result) {
        showError(which, result.error());
        return;
    }
    const QLocale locale = this->locale();
    QChart *chart = panel.view->chart();
    clearChart(chart);
    chart->setLocale(locale);
    chart->legend()->hide();
    chart->setTitle(which == Chart::Prices ? tr("Books by price") : tr("Books by year of publication"));
    panel.list->clear();
    auto *set = new QBarSet(tr("Books"));
    set->setColor(which == Chart::Prices ? QColor(0x2e, 0x8b, 0x57) : QColor(0x6a, 0x4c, 0x93));
    QStringList labels;
    double highest = 0;
    qint64 books = 0;
    for (const S::Bucket &bucket : *result) {
        const QString text = bucketText(which, bucket);
        // The axis names each bar by where it starts (the list says where it ends): whole labels, not "1…".
        labels << (which == Chart::Years
                           ? QString::number(int(bucket.from))
                           : (bucket.from == std::floor(bucket.from) ? locale.toString(qint64(bucket.from))
                                                                     : locale.toString(bucket.from, 'f', 2)));
        *set << double(bucket.books);
        highest = std::max(highest, double(bucket.books));
        books += bucket.books;
        addLine(panel.list, {{text, text}, {locale.toString(bucket.books), bucket.books}});
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.9);
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(labels);
    names->setTitleText(which == Chart::Prices ? tr("Price from (%1)").arg(locale.currencySymbol())
                                               : tr("Year of publication from"));
    chart->addAxis(names, Qt::AlignBottom);
    series->attachAxis(names);
    QValueAxis *axis = countAxis(highest, tr("Books"));
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    connect(set, &QBarSet::clicked, this, [this, which](int index) { bucketClicked(which, index); });
    showEmpty(which, books == 0,
              which == Chart::Prices ? tr("No book with a price matches these filters.")
                                     : tr("No book with a year of publication matches these filters."));
}

Orm::Where StatisticsView::withFilters(const Orm::Where &where) const
{
    QList<Orm::Where> conditions{where};
    const S::Filter current = m_figures ? m_figures->request.filter : filter();
    if (!current.genre.isEmpty())
        conditions << (Orm::col(L::Genre) == current.genre);
    if (!current.publisher.isEmpty())
        conditions << (Orm::col(L::Edition) == current.publisher);
    return conditions.size() == 1 ? where : Orm::Where::combine(Orm::Where::Op::And, conditions);
}

void StatisticsView::periodClicked(int index)
{
    if (!m_figures || !m_figures->sales || index < 0 || index >= m_figures->sales->current.size())
        return;
    const S::Period period = m_figures->sales->period;
    S::Filter sold = m_figures->request.filter;
    const QDate start = m_figures->sales->current.at(index).start;
    sold.from = std::max(start, sold.from);
    sold.to = std::min(endOfPeriod(start, period), sold.to);
    // The books sold in that period (the best sellers among them, up to a thousand).
    m_worker->findBooksSold(sold, 1000, tr("Sold in %1").arg(periodText(start)));
}

void StatisticsView::rankedClicked(int index)
{
    if (!m_figures || !m_figures->bestSellers)
        return;
    const auto ranking = Ranking(m_ranking->currentData().toInt());
    const QList<S::Ranked> &ranked = ranking == Ranking::Books ? m_figures->bestSellers->books
            : ranking == Ranking::Authors                      ? m_figures->bestSellers->authors
                                                               : m_figures->bestSellers->publishers;
    if (index < 0 || index >= ranked.size())
        return;
    const S::Ranked &line = ranked.at(index);
    switch (ranking) {
    case Ranking::Books:
        Q_EMIT booksRequested(Orm::col(L::Id) == line.id, tr("Best seller: %1").arg(line.label));
        break;
    case Ranking::Authors:
        // Livres.Auteur lists a book's authors by name (Catalogue::setContributors keeps it so).
        Q_EMIT booksRequested(withFilters(Orm::col(L::Auteur).substring(line.label)), tr("Author: %1").arg(line.label));
        break;
    case Ranking::Publishers:
        Q_EMIT booksRequested(withFilters(Orm::col(L::Edition) == line.label), tr("Publisher: %1").arg(line.label));
        break;
    }
}

void StatisticsView::genreClicked(int index)
{
    if (!m_figures || !m_figures->genres || index < 0 || index >= m_figures->genres->size())
        return;
    const QString genre = m_figures->genres->at(index).genre;
    const Orm::Where where = genre.isEmpty() ? (Orm::col(L::Genre).isNull() || Orm::col(L::Genre) == QString())
                                             : Orm::col(L::Genre) == genre;
    Q_EMIT booksRequested(withFilters(where), tr("Genre: %1").arg(genre.isEmpty() ? tr("(no genre)") : genre));
}

void StatisticsView::bucketClicked(Chart which, int index)
{
    const Orm::Result<QList<S::Bucket>> *buckets = nullptr;
    if (m_figures)
        buckets = which == Chart::Prices ? &m_figures->prices : &m_figures->years;
    if (!buckets || !*buckets || index < 0 || index >= (*buckets)->size())
        return;
    const S::Bucket &bucket = (*buckets)->at(index);
    const QString column = which == Chart::Prices ? L::Prix : L::Annee;
    const Orm::Where where = Orm::col(column) >= bucket.from && Orm::col(column) < bucket.to;
    Q_EMIT booksRequested(withFilters(where),
                          which == Chart::Prices ? tr("Priced %1").arg(bucketText(which, bucket))
                                                 : tr("Published %1").arg(bucketText(which, bucket)));
}

void StatisticsView::bookClicked(QTreeWidgetItem *item)
{
    if (!item)
        return;
    Q_EMIT booksRequested(Orm::col(L::Id) == item->data(0, BookRole), item->text(1));
}

QString StatisticsView::exportPng(Chart which, const QString &path) const
{
    QChartView *view = chartView(which);
    if (!view)
        return tr("This tab has no chart.");
    // Drawn at its shown size, or at a readable one when the tab was never shown.
    const QSize size = view->isVisible() ? view->size() : QSize(1000, 600);
    QImage image(size * 2, QImage::Format_ARGB32);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        if (view->isVisible()) {
            view->render(&painter);
        } else {
            QChart *chart = view->chart();
            const QRectF before = chart->geometry();
            chart->resize(size);
            view->scene()->render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
            chart->setGeometry(before);
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

QString StatisticsView::exportCsv(Chart which, const QString &path) const
{
    const QTreeWidget *list = this->list(which);
    if (!list)
        return tr("This tab has no list.");
    QString text;
    QStringList header;
    for (int column = 0; column < list->columnCount(); ++column)
        header << csvField(list->headerItem()->text(column));
    text += header.join(u',') + QStringLiteral("\r\n");
    const QList<QVariantList> rows = csvRows(which);
    for (const QVariantList &row : rows) {
        QStringList fields;
        for (const QVariant &value : row)
            fields << csvField(value);
        text += fields.join(u',') + QStringLiteral("\r\n");
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

} // namespace Gui
