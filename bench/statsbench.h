#pragma once

// catalogue-bench --stats [--books N] [--movements M] [--db FILE] [--pg URL] [--runs R] [--stats-compare]
// [--stats-view]: the functions of
// catalogue/statistics.h on a catalogue of N books (default 1,000,000) and M stock movements over three years
// (default 5,000,000), built once through Model::insertRows() and kept (a SQLite file under the temp folder, or
// the PostgreSQL database, which must be empty or hold that catalogue). Each function is timed R times (default
// 5); prints a table of the medians on stderr and one JSON line on stdout.

#include <QString>

namespace Bench {

struct StatsBenchOptions
{
    int books = 1000000;
    qint64 movements = 5000000;
    QString file; // default: catalogue-stats-bench-N-M.db in the temp folder
    QString postgresUrl;
    int runs = 5;
    bool compare = false; // also without the sales summaries (migrated down, then up again)
    bool view = false; // also the Statistics window (needs a QApplication)
};

int runStatsBench(const StatsBenchOptions &options);

} // namespace Bench
