#include "statisticsworker.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Gui {

namespace S = Catalogue::Statistics;

namespace {

// How many lines the lists of books hold (the window shows as many).
constexpr int listedBooks = 1000;

StatisticsFigures compute(const Catalogue::Catalogue &catalogue, const StatisticsRequest &request, StatisticsPart part)
{
    StatisticsFigures figures;
    figures.request = request;
    const S::Filter &filter = request.filter;
    switch (part) {
    case StatisticsPart::Sales:
        figures.sales = S::salesOverTime(catalogue, filter, request.period);
        break;
    case StatisticsPart::BestBooks:
    case StatisticsPart::BestAuthors:
    case StatisticsPart::BestPublishers: {
        const auto list = part == StatisticsPart::BestBooks ? S::bestBooks(catalogue, filter, 20)
                : part == StatisticsPart::BestAuthors       ? S::bestAuthors(catalogue, filter, 20)
                                                            : S::bestPublishers(catalogue, filter, 20);
        if (!list) {
            figures.bestSellers = std::unexpected(list.error());
            break;
        }
        S::BestSellers best;
        (part == StatisticsPart::BestBooks             ? best.books
                 : part == StatisticsPart::BestAuthors ? best.authors
                                                       : best.publishers) = *list;
        figures.bestSellers = best;
        break;
    }
    case StatisticsPart::Genres:
        figures.genres = S::byGenre(catalogue, filter);
        break;
    case StatisticsPart::LowStock:
        figures.lowStock = S::lowStock(catalogue, filter, request.lowStockThreshold, request.today, listedBooks);
        break;
    case StatisticsPart::DeadStock:
        figures.deadStock = S::deadStock(catalogue, filter, request.deadStockMonths, request.today, listedBooks);
        break;
    case StatisticsPart::Histograms:
        figures.prices = S::priceDistribution(catalogue, filter);
        figures.years = S::publicationYears(catalogue, filter);
        break;
    case StatisticsPart::Choices:
        figures.genreChoices = catalogue.genres();
        figures.publisherChoices = catalogue.publishers();
        break;
    }
    return figures;
}

} // namespace

StatisticsWorker::StatisticsWorker(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<Gui::StatisticsFigures>();
    qRegisterMetaType<Gui::StatisticsPart>();
    m_pool.setMaxThreadCount(4);
    m_pool.setExpiryTimeout(-1);
    m_pool.setObjectName(QStringLiteral("catalogue statistics"));
}

StatisticsWorker::~StatisticsWorker()
{
    m_generation->fetch_add(1); // whatever waits in the pool is stale: it returns at once
    m_pool.waitForDone();
}

void StatisticsWorker::setCatalogue(const Catalogue::Catalogue &catalogue)
{
    m_generation->fetch_add(1);
    m_pool.waitForDone();
    m_catalogue = catalogue;
    m_hasCatalogue = true;
}

void StatisticsWorker::waitForDone()
{
    m_pool.waitForDone();
}

void StatisticsWorker::started()
{
    if (m_running++ == 0)
        Q_EMIT busyChanged(true);
}

void StatisticsWorker::ended()
{
    if (--m_running == 0)
        Q_EMIT busyChanged(false);
}

QList<StatisticsPart> StatisticsWorker::parts(const StatisticsRequest &request)
{
    QList<StatisticsPart> list = {StatisticsPart::BestAuthors, StatisticsPart::DeadStock,     StatisticsPart::BestBooks,
                                  StatisticsPart::LowStock,    StatisticsPart::Genres,        StatisticsPart::Sales,
                                  StatisticsPart::Histograms,  StatisticsPart::BestPublishers};
    if (request.withChoices)
        list << StatisticsPart::Choices;
    return list;
}

void StatisticsWorker::request(const StatisticsRequest &request)
{
    if (!m_hasCatalogue)
        return;
    const quint64 generation = m_generation->fetch_add(1) + 1;
    const QList<StatisticsPart> parts = StatisticsWorker::parts(request);
    m_partsLeft = int(parts.size());
    for (StatisticsPart part : parts) {
        auto *watcher = new QFutureWatcher<StatisticsFigures>(this);
        connect(watcher, &QFutureWatcher<StatisticsFigures>::finished, this, [this, watcher, generation, part] {
            watcher->deleteLater();
            ended();
            // Figures of an older filter are dropped: the newest request's are on their way.
            if (generation != m_generation->load())
                return;
            StatisticsFigures figures = watcher->result();
            figures.generation = generation;
            const bool complete = --m_partsLeft == 0;
            Q_EMIT figuresReady(figures, part, complete);
        });
        started();
        watcher->setFuture(QtConcurrent::run(
                &m_pool,
                [catalogue = m_catalogue, request, generation, latest = m_generation, part]() -> StatisticsFigures {
                    if (generation != latest->load())
                        return {}; // stale before it began: not run
                    return compute(catalogue, request, part);
                }));
    }
}

void StatisticsWorker::findBooksSold(const S::Filter &filter, int count, const QString &description)
{
    if (!m_hasCatalogue)
        return;
    using Found = Orm::Result<QList<S::Ranked>>;
    auto *watcher = new QFutureWatcher<Found>(this);
    const quint64 generation = m_generation->load();
    connect(watcher, &QFutureWatcher<Found>::finished, this, [this, watcher, description, generation] {
        watcher->deleteLater();
        ended();
        if (generation != m_generation->load())
            return; // another filter or catalogue since the click: its books no longer answer it
        const Found found = watcher->result();
        if (!found) {
            Q_EMIT booksFound({}, description, found.error().message());
            return;
        }
        QVariantList ids;
        for (const S::Ranked &book : std::as_const(*found))
            ids << book.id;
        Q_EMIT booksFound(ids, description, {});
    });
    started();
    watcher->setFuture(QtConcurrent::run(
            &m_pool, [catalogue = m_catalogue, filter, count] { return S::bestBooks(catalogue, filter, count); }));
}

} // namespace Gui
