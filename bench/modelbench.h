#pragma once

// catalogue-bench --model: the table model adapter (Orm::TableModel) against Qt's QSqlTableModel on a catalogue of
// a million books.

#include <QList>
#include <QString>

namespace Bench {

struct ModelBenchOptions
{
    int rows = 1000000;
    QString file; // the SQLite catalogue, built or reused
    QString postgresUrl; // also measures the adapter there when set
    QString dataDirectory; // goodbooks-10k
    QString program; // this executable, run again for each measured phase
};

// Builds or reuses the catalogue, measures each phase in a child process of its own (so that memory figures do
// not mix) and prints one JSON line: {"rows":N,"adapter":{...},"qsqltablemodel":{...}[,"adapter_postgres":{...}]}.
int runModelBench(const ModelBenchOptions &options);

// The SQLite catalogue of that many books at url, reused when it is complete, built (replaced) otherwise.
void prepareCatalogue(const QString &url, int rows, const QString &dataDirectory);

// Figures: the median and maximum of a list (0 when empty), resident memory now (MB), two decimals.
double median(QList<double> values);
double maximum(const QList<double> &values);
double rssMb();
double round2(double value);

// One measured phase, in the child: "adapter" (on url) or "qsqltablemodel" (on a SQLite file). Prints one JSON
// object.
int runModelPhase(const QString &phase, const QString &url, int rows);

} // namespace Bench
