#pragma once

#include <QString>

namespace Bench {

// catalogue-bench --clerks N --seconds S (--pg URL | --db FILE) [--rows R]: N processes, each a clerk in a loop of
// a shop's work on one catalogue of R books (default 100,000; the database is filled when it is empty, reused
// when it holds the catalogue of R books): look a book up by search, record a sale (mostly of a hot set of 100
// books that everyone sells) or a receipt or a return, now and then change a price (a save that checks the price
// it started from: a conflict when another clerk changed it) or a cover. At the end it checks, through the ORM,
// that every sale a clerk was told was saved has its movement (lost), that every book's stock equals the sum of
// its movements (lost), that no stock is below zero (negative_stock), and prints one JSON line: operations,
// sales, conflicts, refused sales, errors (anything else a clerk would have seen), lost, negative_stock and the
// latency of a sale (p50, p95, p99, ms). Exit status 0 whatever the figures; the CI test checks the zeros.
struct LoadBenchOptions
{
    int clerks = 8;
    int seconds = 10;
    int rows = 100000;
    QString url; // postgres://... or sqlite:FILE
    QString program; // this executable, run again for each clerk
};
int runLoadBench(const LoadBenchOptions &options);
// One clerk, in a process of its own: works until the deadline (ms since the epoch), then writes its results
// (JSON) to `out`.
int runClerk(const QString &url, int clerk, qint64 deadline, int rows, const QString &out);

} // namespace Bench
