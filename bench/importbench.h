#pragma once

#include <QString>

namespace Bench {

// catalogue-bench --import [--rows N]: a CSV of N books in the catalogue's own format (generated once in the temp
// folder) imported through Catalogue::Importer into a new catalogue, beside the sqlite3 shell's `.import --csv`
// of the same file into a Livres table of the same columns without validation (the floor); then the catalogue
// exported to CSV by Catalogue::Exporter beside `sqlite3 -csv` writing the same columns, and the same file imported
// by the Node.js peer. Prints one JSON line.
struct ImportBenchOptions
{
    int rows = 1000000;
    QString program; // this executable, run again for the measured phase (its own peak memory)
    // The Node.js peer (bench/peers/sequelize/import.js: csv-parse and Sequelize's bulkCreate with the seed's model):
    // run when installed there (bench/peers/sequelize/install.sh), unless Off; Required dies when it cannot run.
    enum class Peer { WhenInstalled, Required, Off };
    Peer peer = Peer::WhenInstalled;
};
int runImportBench(const ImportBenchOptions &options);
// The measured phase, in a process of its own: import csv into a new catalogue at db, then export it.
int runImportPhase(const QString &csv, const QString &db, const QString &exported);

} // namespace Bench
