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

// Every figure of one request, each with its own error (a failed query leaves the others shown).
struct StatisticsFigures
{
    quint64 generation = 0; // which request they answer
    StatisticsRequest request;
    Orm::Result<Catalogue::Statistics::SalesOverTime> sales;
    Orm::Result<Catalogue::Statistics::BestSellers> bestSellers;
    Orm::Result<QList<Catalogue::Statistics::GenreFigures>> genres;
    Orm::Result<QList<Catalogue::Statistics::LowStockBook>> lowStock;
    Orm::Result<Catalogue::Statistics::DeadStock> deadStock;
    Orm::Result<QList<Catalogue::Statistics::Bucket>> prices;
    Orm::Result<QList<Catalogue::Statistics::Bucket>> years;
    Orm::Result<QStringList> genreChoices;
    Orm::Result<QStringList> publisherChoices;
};

// Runs the Statistics queries off the GUI thread, one request at a time, on a thread of its own (a pool of one, so
// that the catalogue's connection for that thread is opened once and reused; see Orm::Database). Only the newest
// request's figures are delivered: a request made while another runs makes the older one's result stale, and it
// is dropped (a request still waiting does not even run). The books of a click (sold in a period) are asked the
// same way. Destroying it waits for the query in progress to end.
class StatisticsWorker : public QObject
{
    Q_OBJECT

public:
    explicit StatisticsWorker(QObject *parent = nullptr);
    ~StatisticsWorker() override;

    // Another catalogue: waits for the query in progress, drops every pending result.
    void setCatalogue(const Catalogue::Catalogue &catalogue);
    // Starts computing every figure for request; figuresReady() follows, unless another request comes first.
    void request(const StatisticsRequest &request);
    // Starts looking for the books sold under filter (the `count` best sellers); booksFound() follows, unless a
    // request() or another catalogue comes first.
    void findBooksSold(const Catalogue::Statistics::Filter &filter, int count, const QString &description);
    bool isBusy() const { return m_running > 0; }
    // Waits until no query runs (tests, and before the catalogue goes).
    void waitForDone();

Q_SIGNALS:
    void figuresReady(const Gui::StatisticsFigures &figures);
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
};

} // namespace Gui

Q_DECLARE_METATYPE(Gui::StatisticsFigures)
