// catalogue-bench [--rows N] [--db FILE] [--orm-model seed|livre] [--insert rows|maps] [--batch B] [--insert-only]:
// the Livres workload through the ORM on a fresh SQLite file; prints one JSON line of milliseconds (and rows,
// peak_rss_mb). The model is the seed's (its columns, no rule nor hook) or the catalogue's Livre (its rules and its
// NomSansEspaces hook); the rows are made (Bench::row) inside the insert's clock, B at a time (default 1000), and
// inserted through Model::insertRows() with a RowBatch (keys only) or through bulkCreate() of QVariantMaps, all in
// one transaction. --insert-only stops after the insert (insert_peak_rss_mb: its peak memory).
// catalogue-bench --model [--rows N] [--db FILE] [--pg URL] [--data DIR]: the table model adapter against
// QSqlTableModel on a catalogue of N books (default 1,000,000), built once and reused (see modelbench.h).
// catalogue-bench --window [--rows N] [--db FILE] [--runs R]: the catalogue window on that catalogue (see
// windowbench.h).
// catalogue-bench --stats [--books N] [--movements M] [--pg URL] [--runs R]: the statistics' queries on N books
// and M stock movements (see statsbench.h).
// catalogue-bench --clerks N --seconds S (--pg URL | --db FILE) [--rows R]: clerks working at once on one
// catalogue, checked for lost sales and negative stock (see loadbench.h).
// catalogue-bench --import [--rows N]: import of a CSV of N books (default 1,000,000) and export back, beside the
// sqlite3 shell (see importbench.h).

#include "importbench.h"
#include "loadbench.h"
#include "modelbench.h"
#include "statsbench.h"
#include "windowbench.h"
#include "workload.h"

#include <catalogue/livre.h>
#include <orm/database.h>
#include <orm/model.h>
#include <orm/rowbatch.h>
#include <orm/transaction.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Orm;
namespace Livre = Catalogue::Livre;

namespace {

// The seed's model, as its Sequelize code defines it (bench/peers/sequelize/schema.js): the catalogue's Livre
// without its rules and its hook, on the same table.
Result<Model> defineSeedModel(Database &db)
{
    QList<Attribute> attributes = Livre::attributes();
    for (Attribute &attribute : attributes)
        attribute.validate.clear();
    return db.define(Livre::modelName, attributes, {.tableName = Livre::tableName, .timestamps = false});
}

const QStringList columns = {Livre::Nom,        Livre::NomSansEspaces, Livre::Presentation, Livre::Description,
                             Livre::Couverture, Livre::Prix,           Livre::Genre,        Livre::Accroche,
                             Livre::Lien,       Livre::Auteur,         Livre::Edition,      Livre::Quantite,
                             Livre::Annee,      Livre::NbPages,        Livre::Ventes,       Livre::Arriere,
                             Livre::Dos};

// Rows 0..n-1 through insertRows(), batch at a time, in a RowBatch reused from one batch to the next.
void insertThroughRows(const Model &livres, int n, int batchSize)
{
    RowBatch batch(livres, columns);
    for (int start = 0; start < n; start += batchSize) {
        for (int i = start; i < std::min(n, start + batchSize); ++i) {
            Bench::Row r = Bench::row(i);
            batch.addRow(std::move(r.nom), std::move(r.nomSansEspaces), std::move(r.presentation),
                         std::move(r.description), std::move(r.couverture), r.prix, std::move(r.genre),
                         std::move(r.accroche), std::move(r.lien), std::move(r.auteur), std::move(r.edition),
                         r.quantite, r.annee, r.nbPages, r.ventes, std::move(r.arriere), std::move(r.dos));
        }
        if (auto inserted = livres.insertRows(batch, {.returning = Returning::KeysOnly}); !inserted)
            Bench::die(inserted.error().toString());
    }
}

// The same through bulkCreate(), a list of maps per batch.
void insertThroughMaps(const Model &livres, int n, int batchSize)
{
    QList<QVariantMap> batch;
    batch.reserve(batchSize);
    for (int start = 0; start < n; start += batchSize) {
        batch.clear();
        for (int i = start; i < std::min(n, start + batchSize); ++i) {
            const Bench::Row r = Bench::row(i);
            batch << QVariantMap{{Livre::Nom, r.nom},
                                 {Livre::NomSansEspaces, r.nomSansEspaces},
                                 {Livre::Presentation, r.presentation},
                                 {Livre::Description, r.description},
                                 {Livre::Couverture, r.couverture},
                                 {Livre::Prix, r.prix},
                                 {Livre::Genre, r.genre},
                                 {Livre::Accroche, r.accroche},
                                 {Livre::Lien, r.lien},
                                 {Livre::Auteur, r.auteur},
                                 {Livre::Edition, r.edition},
                                 {Livre::Quantite, r.quantite},
                                 {Livre::Annee, r.annee},
                                 {Livre::NbPages, r.nbPages},
                                 {Livre::Ventes, r.ventes},
                                 {Livre::Arriere, r.arriere},
                                 {Livre::Dos, r.dos}};
        }
        if (auto created = livres.bulkCreate(batch); !created)
            Bench::die(created.error().toString());
    }
}

// A phase's milliseconds, CPU milliseconds and waits (see Bench::Phase) into the result.
void insertPhase(QJsonObject &result, const QString &key, const Bench::Phase &phase)
{
    result.insert(key + QStringLiteral("_ms"), phase.ms);
    result.insert(key + QStringLiteral("_cpu_ms"), phase.cpuMs);
    result.insert(key + QStringLiteral("_waits"), qint64(phase.waits));
}

} // namespace

int main(int argc, char *argv[])
{
    // A window's run needs a QApplication; everything else runs without a display.
    const bool window = std::any_of(argv, argv + argc, [](const char *a) {
        return qstrcmp(a, "--window-phase") == 0 || qstrcmp(a, "--stats-view") == 0;
    });
    const std::unique_ptr<QCoreApplication> app =
            window ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The Livres workload through the ORM (SQLite)."));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"),
                                        QStringLiteral("Books (default 100000; 1000000 with --model)."),
                                        QStringLiteral("N"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("SQLite file, replaced (with --model: reused when it holds the "
                                                     "catalogue of N books, otherwise replaced)."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption modelOption(QStringLiteral("model"),
                                         QStringLiteral("The table model adapter against QSqlTableModel."));
    const QCommandLineOption pgOption(QStringLiteral("pg"),
                                      QStringLiteral("With --model: also the adapter on this PostgreSQL database "
                                                     "(empty, or holding the catalogue of N books)."),
                                      QStringLiteral("URL"));
    const QCommandLineOption dataOption(QStringLiteral("data"),
                                        QStringLiteral("With --model: the goodbooks-10k directory."),
                                        QStringLiteral("DIR"), QStringLiteral(CATALOGUE_DATA_DIR));
    QCommandLineOption phaseOption(QStringLiteral("model-phase"), QStringLiteral("One measured phase (internal)."),
                                   QStringLiteral("NAME"));
    phaseOption.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption windowOption(QStringLiteral("window"),
                                          QStringLiteral("The catalogue window on the catalogue of --model."));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("With --window: runs (default 3)."),
                                        QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption ormModelOption(QStringLiteral("orm-model"),
                                            QStringLiteral("seed (no rules) or livre (the catalogue's; default)."),
                                            QStringLiteral("MODEL"), QStringLiteral("livre"));
    const QCommandLineOption insertOption(QStringLiteral("insert"),
                                          QStringLiteral("rows (insertRows, default) or maps (bulkCreate)."),
                                          QStringLiteral("HOW"), QStringLiteral("rows"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), QStringLiteral("Rows per call (default 1000)."),
                                         QStringLiteral("B"), QStringLiteral("1000"));
    const QCommandLineOption insertOnlyOption(QStringLiteral("insert-only"), QStringLiteral("Stop after the insert."));
    QCommandLineOption windowPhaseOption(QStringLiteral("window-phase"), QStringLiteral("One window run (internal)."));
    windowPhaseOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({rowsOption, dbOption, modelOption, pgOption, dataOption, phaseOption, windowOption, runsOption,
                       windowPhaseOption, ormModelOption, insertOption, batchOption, insertOnlyOption});
    const QCommandLineOption importOption(QStringLiteral("import"),
                                          QStringLiteral("Import and export of a CSV beside the sqlite3 shell."));
    QCommandLineOption importPhaseOption(QStringLiteral("import-phase"), QStringLiteral("(internal)"),
                                         QStringLiteral("CSV"));
    importPhaseOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption exportToOption(QStringLiteral("export-to"), QStringLiteral("(internal)"),
                                      QStringLiteral("FILE"));
    exportToOption.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption peerOption(
            QStringLiteral("peer"),
            QStringLiteral("With --import: the Node.js peer, when (installed: default, required, off)."),
            QStringLiteral("WHEN"), QStringLiteral("installed"));
    parser.addOptions({importOption, importPhaseOption, exportToOption, peerOption});
    const QCommandLineOption statsOption(QStringLiteral("stats"),
                                         QStringLiteral("The statistics' queries (catalogue/statistics.h)."));
    const QCommandLineOption booksOption(QStringLiteral("books"),
                                         QStringLiteral("With --stats: books (default 1000000)."), QStringLiteral("N"));
    const QCommandLineOption movementsOption(QStringLiteral("movements"),
                                             QStringLiteral("With --stats: stock movements (default 5000000)."),
                                             QStringLiteral("M"));
    const QCommandLineOption compareOption(
            QStringLiteral("stats-compare"),
            QStringLiteral("With --stats: each query also timed without the sales summaries (as before the migration "
                           "20240401000000-sales-summary), on the same data."));
    const QCommandLineOption viewOption(
            QStringLiteral("stats-view"),
            QStringLiteral("With --stats: also the Statistics window (offscreen), from a change of filter to every tab "
                           "filled, and the longest time its event loop waited meanwhile."));
    parser.addOptions({statsOption, booksOption, movementsOption, compareOption, viewOption});
    const QCommandLineOption clerksOption(QStringLiteral("clerks"),
                                          QStringLiteral("Clerks working at once on the catalogue of --pg or --db."),
                                          QStringLiteral("N"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("With --clerks: how long."),
                                           QStringLiteral("S"), QStringLiteral("60"));
    QCommandLineOption clerkPhaseOption(QStringLiteral("clerk-phase"), QStringLiteral("(internal)"),
                                        QStringLiteral("I"));
    clerkPhaseOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption deadlineOption(QStringLiteral("deadline"), QStringLiteral("(internal)"), QStringLiteral("MS"));
    deadlineOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("(internal)"), QStringLiteral("FILE"));
    outOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({clerksOption, secondsOption, clerkPhaseOption, deadlineOption, outOption});
    parser.process(*app);
    if (parser.isSet(statsOption))
        return Bench::runStatsBench(
                {.books = parser.isSet(booksOption) ? std::max(1, parser.value(booksOption).toInt()) : 1000000,
                 .movements = parser.isSet(movementsOption)
                         ? std::max<qint64>(1, parser.value(movementsOption).toLongLong())
                         : 5000000,
                 .file = parser.value(dbOption),
                 .postgresUrl = parser.value(pgOption),
                 .runs = parser.isSet(runsOption) ? std::max(1, parser.value(runsOption).toInt()) : 5,
                 .compare = parser.isSet(compareOption),
                 .view = parser.isSet(viewOption)});
    if (parser.isSet(clerkPhaseOption))
        return Bench::runClerk(parser.value(dbOption), parser.value(clerkPhaseOption).toInt(),
                               parser.value(deadlineOption).toLongLong(), parser.value(rowsOption).toInt(),
                               parser.value(outOption));
    if (parser.isSet(clerksOption)) {
        QString url = parser.value(pgOption);
        if (url.isEmpty() && parser.isSet(dbOption))
            url = parser.value(dbOption).startsWith(QStringLiteral("sqlite:"))
                    ? parser.value(dbOption)
                    : QStringLiteral("sqlite:") + parser.value(dbOption);
        if (url.isEmpty())
            Bench::die(QStringLiteral("--clerks needs --pg URL or --db FILE"));
        return Bench::runLoadBench({.clerks = parser.value(clerksOption).toInt(),
                                    .seconds = parser.value(secondsOption).toInt(),
                                    .rows = parser.isSet(rowsOption) ? parser.value(rowsOption).toInt() : 100000,
                                    .url = url,
                                    .program = QCoreApplication::applicationFilePath()});
    }
    if (parser.isSet(importPhaseOption))
        return Bench::runImportPhase(parser.value(importPhaseOption), parser.value(dbOption),
                                     parser.value(exportToOption));
    if (parser.isSet(importOption))
        return Bench::runImportBench(
                {.rows = parser.isSet(rowsOption) ? std::max(1, parser.value(rowsOption).toInt()) : 1000000,
                 .program = QCoreApplication::applicationFilePath(),
                 .peer = parser.value(peerOption) == u"required" ? Bench::ImportBenchOptions::Peer::Required
                         : parser.value(peerOption) == u"off"    ? Bench::ImportBenchOptions::Peer::Off
                                                                 : Bench::ImportBenchOptions::Peer::WhenInstalled});
    const bool model = parser.isSet(modelOption) || parser.isSet(phaseOption) || parser.isSet(windowOption) || window;
    const int n = parser.isSet(rowsOption) ? parser.value(rowsOption).toInt() : model ? 1000000 : 100000;
    if (n < 1)
        Bench::die(QStringLiteral("--rows must be a positive number"));
    const QString file = parser.isSet(dbOption)
            ? parser.value(dbOption)
            : QDir::temp().filePath(model ? QStringLiteral("catalogue-model-bench.db")
                                          : QStringLiteral("catalogue-bench.db"));
    if (parser.isSet(phaseOption))
        return Bench::runModelPhase(parser.value(phaseOption), file, n);
    if (window)
        return Bench::runWindowPhase(file);
    if (parser.isSet(windowOption))
        return Bench::runWindowBench({.rows = n,
                                      .file = file,
                                      .dataDirectory = parser.value(dataOption),
                                      .program = QCoreApplication::applicationFilePath(),
                                      .runs = std::max(1, parser.value(runsOption).toInt())});
    if (model)
        return Bench::runModelBench({.rows = n,
                                     .file = file,
                                     .postgresUrl = parser.value(pgOption),
                                     .dataDirectory = parser.value(dataOption),
                                     .program = QCoreApplication::applicationFilePath()});
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(file + suffix);

    auto db = Database::open(QStringLiteral("sqlite:") + file);
    if (!db)
        Bench::die(db.error().toString());
    const QString ormModel = parser.value(ormModelOption);
    const QString insert = parser.value(insertOption);
    const int batchSize = parser.value(batchOption).toInt();
    if ((ormModel != u"seed" && ormModel != u"livre") || (insert != u"rows" && insert != u"maps") || batchSize < 1)
        Bench::die(QStringLiteral("--orm-model seed|livre, --insert rows|maps, --batch above 0"));
    auto livres = ormModel == u"seed" ? defineSeedModel(*db) : Livre::define(*db);
    if (!livres)
        Bench::die(livres.error().toString());
    if (auto synced = livres->sync(); !synced)
        Bench::die(synced.error().toString());

    QJsonObject result;
    result.insert(QStringLiteral("rows"), n);
    result.insert(QStringLiteral("model"), ormModel);
    result.insert(QStringLiteral("insert"), insert);
    insertPhase(result, QStringLiteral("insert"), Bench::measured([&] {
                    auto t = Transaction::begin(*db);
                    if (!t)
                        Bench::die(t.error().toString());
                    if (insert == u"rows")
                        insertThroughRows(*livres, n, batchSize);
                    else
                        insertThroughMaps(*livres, n, batchSize);
                    if (auto committed = t->commit(); !committed)
                        Bench::die(committed.error().toString());
                }));
    const double insertPeak = Bench::peakRssMb();
    result.insert(QStringLiteral("insert_peak_rss_mb"), insertPeak);
    if (parser.isSet(insertOnlyOption)) {
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
        return 0;
    }
    Bench::resetPeakRss(); // findAll's own peak

    insertPhase(result, QStringLiteral("findAll"), Bench::measured([&] {
                    auto all = livres->findAll();
                    if (!all || all->size() != n)
                        Bench::die(QStringLiteral("findAll read %1 rows").arg(all ? all->size() : -1));
                }));
    result.insert(QStringLiteral("findAll_peak_rss_mb"), Bench::peakRssMb());
    insertPhase(result, QStringLiteral("findByPk10k"), Bench::measured([&] {
                    for (int k = 0; k < 10000; ++k) {
                        auto one = livres->findByPk(Bench::lookupId(k, n));
                        if (!one || one->isNull())
                            Bench::die(QStringLiteral("findByPk failed"));
                    }
                }));
    const FindOptions filtered{.where = col(Livre::Genre) == QStringLiteral("Roman") && col(Livre::Prix) > 30
                                       && col(Livre::Annee).between(1980, 1990),
                               .order = {desc(Livre::Prix)},
                               .limit = 20};
    insertPhase(result, QStringLiteral("filtered100"), Bench::measured([&] {
                    for (int k = 0; k < 100; ++k) {
                        if (!livres->findAll(filtered))
                            Bench::die(QStringLiteral("filtered findAll failed"));
                    }
                }));
    insertPhase(result, QStringLiteral("update10k"), Bench::measured([&] {
                    auto t = Transaction::begin(*db);
                    for (int k = 0; k < 10000; ++k) {
                        auto one = livres->findByPk(Bench::lookupId(k, n));
                        if (!one || one->isNull())
                            Bench::die(QStringLiteral("findByPk failed"));
                        (void)one->set(Livre::Prix, one->get(Livre::Prix).toDouble() * 1.01);
                        if (auto saved = one->save(); !saved)
                            Bench::die(saved.error().toString());
                    }
                    if (auto committed = t->commit(); !committed)
                        Bench::die(committed.error().toString());
                }));
    const FindOptions aggregate{.attributes = {SelectItem(Livre::Genre),
                                               fn::count(col(Livre::Id)).as(QStringLiteral("n")),
                                               fn::sum(col(Livre::Ventes)).as(QStringLiteral("ventes")),
                                               fn::avg(col(Livre::Prix)).as(QStringLiteral("prix"))},
                                .group = {col(Livre::Genre)}};
    insertPhase(result, QStringLiteral("aggregate100"), Bench::measured([&] {
                    for (int k = 0; k < 100; ++k) {
                        auto groups = livres->findAll(aggregate);
                        if (!groups || groups->size() != std::min(n, 4))
                            Bench::die(QStringLiteral("aggregate failed"));
                    }
                }));
    result.insert(QStringLiteral("peak_rss_mb"), std::max(insertPeak, Bench::peakRssMb())); // the whole run's
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
