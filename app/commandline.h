#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace Catalogue {

struct StatsRequest; // commandline_stats.cpp
class Catalogue;
struct ExportOptions;
struct ImportOptions;
struct ImportReport;

// The display-free front end: `catalogue [info|init|migrate|check|backup] [--db URL]`. Prints results on out, one-line
// reasons on err, and returns the process exit code (0 success, 1 failure, 2 bad usage).
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

private:
    int info(const QString &url, bool createDefault);
    int init(const QString &url);
    // SQLite's integrity_check, then the books against the domain's rules: a line per problem, 1 when any.
    int check(const QString &url);
    int migrate(const QString &url, const QString &action, const QString &to, bool backup);
    // `catalogue import FILE ...` and `catalogue export FILE ...` (arguments as given to run()): books from and
    // to CSV, Goodreads, Calibre, goodbooks-10k, JSON and ONIX files through Catalogue::Importer and Exporter.
    int transfer(const QStringList &arguments);
    int exportBooks(Catalogue &catalogue, const QString &path, ExportOptions options, bool terminal);
    int importBooks(Catalogue &catalogue, const QString &path, ImportOptions options, bool terminal,
                    const QString &reportFile);
    // The first 20 refused rows and remarks of an import, then how many more there are.
    void printImportProblems(const ImportReport &r);
    // `catalogue copy --from URL --to URL`: a whole catalogue into an empty database (Catalogue::CatalogueCopy).
    int copy(const QStringList &arguments);
    // `catalogue users add|list|remove`: PostgreSQL roles of a catalogue (Catalogue::Users).
    int users(const QStringList &arguments);
    // SQLite's online backup of the catalogue into a new file.
    int backup(const QString &url, const QString &file);
    // `catalogue stats ...` (arguments as given to run()): the figures of catalogue/statistics.h as tables or
    // JSON (commandline_stats.cpp).
    int stats(const QStringList &arguments);
    std::optional<int> readStatsRequest(const QStringList &arguments, StatsRequest &request);
    // Prints the reason on one line of err; returns 1 (failure) or 2 (bad usage).
    int failed(const QString &reason);
    int usageError(const QString &reason);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Catalogue
