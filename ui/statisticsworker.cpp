#include "statisticsworker.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Gui {

namespace S = Catalogue::Statistics;

namespace {

StatisticsFigures compute(const Catalogue::Catalogue &catalogue, const StatisticsRequest &request)
{
    StatisticsFigures figures;
    figures.request = request;
    const S::Filter &filter = request.filter;
    figures.sales = S::salesOverTime(catalogue, filter, request.period);
    figures.bestSellers = S::bestSellers(catalogue, filter, 20);
    figures.genres = S::byGenre(catalogue, filter);
    figures.lowStock = S::lowStock(catalogue, filter, request.lowStockThreshold, request.today);
    figures.deadStock = S::deadStock(catalogue, filter, request.deadStockMonths, request.today);
    figures.prices = S::priceDistribution(catalogue, filter);
    figures.years = S::publicationYears(catalogue, filter);
    if (request.withChoices) {
        figures.genreChoices = catalogue.genres();
        figures.publisherChoices = catalogue.publishers();
    }
    return figures;
}

} // namespace

StatisticsWorker::StatisticsWorker(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<Gui::StatisticsFigures>();
    m_pool.setMaxThreadCount(1);
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

void StatisticsWorker::request(const StatisticsRequest &request)
{
    if (!m_hasCatalogue)
        return;
    const quint64 generation = m_generation->fetch_add(1) + 1;
    auto *watcher = new QFutureWatcher<StatisticsFigures>(this);
    connect(watcher, &QFutureWatcher<StatisticsFigures>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        ended();
        // Figures of an older filter are dropped: the newest request's are on their way.
        if (generation != m_generation->load())
            return;
        StatisticsFigures figures = watcher->result();
        figures.generation = generation;
        Q_EMIT figuresReady(figures);
    });
    started();
    watcher->setFuture(QtConcurrent::run(
            &m_pool, [catalogue = m_catalogue, request, generation, latest = m_generation]() -> StatisticsFigures {
                if (generation != latest->load())
                    return {}; // stale before it began: not run
                return compute(catalogue, request);
            }));
}

void StatisticsWorker::findBooksSold(const S::Filter &filter, int count, const QString &description)
{
    if (!m_hasCatalogue)
        return;
    using Found = Orm::Result<S::BestSellers>;
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
        for (const S::Ranked &book : std::as_const(found->books))
            ids << book.id;
        Q_EMIT booksFound(ids, description, {});
    });
    started();
    watcher->setFuture(QtConcurrent::run(
            &m_pool, [catalogue = m_catalogue, filter, count] { return S::bestSellers(catalogue, filter, count); }));
}

} // namespace Gui
