#pragma once

#include <catalogue/catalogue.h>
#include <catalogue/statistics.h>

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace Gui {

// What the Statistics view asks for: the filter every figure follows and the choices of its tabs.
struct StatisticsRequest
{
    Catalogue::Statistics::Filter filter;
    Catalogue::Statistics::Period period = Catalogue::Statistics::Period::Month;
    int lowStockThreshold = 2;
    int deadStockMonths = 6;
    QDate today;
    bool withChoices = false; // also the genres and publishers the filters offer
};

// The figures of a request come in parts, each computed on its own thread and delivered as soon as it is in.
enum class StatisticsPart {
    Sales,
    BestBooks,
    BestAuthors,
    BestPublishers,
    Genres,
    LowStock,
    DeadStock,
    Histograms,
    Choices
};

// Every figure of one request, each with its own error (a failed query leaves the others shown). A part delivered
// alone holds its own figures only.
struct StatisticsFigures
{
    quint64 generation = 0; // which request they answer
    StatisticsRequest request;
    Orm::Result<Catalogue::Statistics::SalesOverTime> sales;
    Orm::Result<Catalogue::Statistics::BestSellers> bestSellers; // a part holds one of its three lists
    Orm::Result<QList<Catalogue::Statistics::GenreFigures>> genres;
    Orm::Result<Catalogue::Statistics::LowStock> lowStock;
    Orm::Result<Catalogue::Statistics::DeadStock> deadStock;
    Orm::Result<QList<Catalogue::Statistics::Bucket>> prices;
    Orm::Result<QList<Catalogue::Statistics::Bucket>> years;
    Orm::Result<QStringList> genreChoices;
    Orm::Result<QStringList> publisherChoices;
};

// Runs the Statistics queries off the GUI thread, the parts of a request at the same time on a few threads of its
// own (a pool whose threads never expire, so that the catalogue's connection of each is opened once and reused;
// see Orm::Database), each part delivered as soon as it is in. Only the newest request's figures are delivered: a
// request made while another runs makes the older one's parts stale, and they are dropped (a part still waiting
// does not even run). The books of a click (sold in a period) are asked the same way. Destroying it waits for the
// queries in progress to end.
class StatisticsWorker : public QObject
{
    Q_OBJECT

public:
    explicit StatisticsWorker(QObject *parent = nullptr);
    ~StatisticsWorker() override;

    // Another catalogue: waits for the query in progress, drops every pending result.
    void setCatalogue(const Catalogue::Catalogue &catalogue);
    // Starts computing every figure for request; figuresReady() follows for each part, unless another request
    // comes first.
    void request(const StatisticsRequest &request);
    // The parts of a request, the slowest first (the order they are started in).
    static QList<StatisticsPart> parts(const StatisticsRequest &request);
    // Starts looking for the books sold under filter (the `count` best sellers); booksFound() follows, unless a
    // request() or another catalogue comes first.
    void findBooksSold(const Catalogue::Statistics::Filter &filter, int count, const QString &description);
    bool isBusy() const { return m_running > 0; }
    // Waits until no query runs (tests, and before the catalogue goes).
    void waitForDone();

Q_SIGNALS:
    // One part of the newest request's figures (the others' fields left empty); complete when it is the last.
    void figuresReady(const Gui::StatisticsFigures &figures, Gui::StatisticsPart part, bool complete);
    void booksFound(const QVariantList &ids, const QString &description, const QString &error);
    void busyChanged(bool busy);

private:
    void started();
    void ended();

    Catalogue::Catalogue m_catalogue;
    bool m_hasCatalogue = false;
    QThreadPool m_pool;
    // The newest request; shared with the tasks so that one waiting in the pool knows it is stale before it runs.
    std::shared_ptr<std::atomic<quint64>> m_generation = std::make_shared<std::atomic<quint64>>(0);
    int m_running = 0;
    int m_partsLeft = 0; // of the newest request
};

} // namespace Gui

Q_DECLARE_METATYPE(Gui::StatisticsFigures)
Q_DECLARE_METATYPE(Gui::StatisticsPart)
