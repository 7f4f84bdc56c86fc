#include "importbench.h"

#include "workload.h"

#include <catalogue/catalogue.h>
#include <catalogue/exporter.h>
#include <catalogue/importer.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <cstdio>

namespace Bench {

namespace {

const char *const header = "Nom,Auteur,Edition,Genre,Annee,NbPages,Prix,Quantite,Ventes,Presentation,Description,"
                           "Accroche,Lien,NomSansEspaces,Arriere,Dos";

void writeCsv(const QString &path, int rows)
{
    QFile file(path + QStringLiteral(".part"));
    if (!file.open(QIODevice::WriteOnly))
        die(QStringLiteral("cannot write %1").arg(file.fileName()));
    file.write(header);
    file.write("\n");
    for (int i = 0; i < rows; ++i) {
        const Row r = row(i);
        const QString line = r.nom + u',' + r.auteur + u',' + r.edition + u',' + r.genre + u','
                + QString::number(r.annee) + u',' + QString::number(r.nbPages) + u',' + QString::number(r.prix) + u','
                + QString::number(r.quantite) + u',' + QString::number(r.ventes) + u',' + r.presentation + u','
                + r.description + u',' + r.accroche + u',' + r.lien + u',' + r.nomSansEspaces + u",,\n";
        file.write(line.toUtf8());
    }
    file.close();
    QFile::remove(path);
    if (!file.rename(path))
        die(QStringLiteral("cannot rename %1").arg(file.fileName()));
}

// Runs program with arguments (stdin from input, stdout to output when given); dies when it fails.
double timedProcess(const QString &program, const QStringList &arguments, const QByteArray &input = {},
                    const QString &output = {})
{
    return timed([&] {
        QProcess process;
        if (!output.isEmpty())
            process.setStandardOutputFile(output);
        process.start(program, arguments);
        if (!process.waitForStarted())
            die(QStringLiteral("cannot run %1").arg(program));
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(-1) || process.exitCode() != 0)
            die(QStringLiteral("%1 failed: %2").arg(program, QString::fromUtf8(process.readAllStandardError())));
    });
}

} // namespace

int runImportPhase(const QString &csv, const QString &db, const QString &exported)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(db + suffix);
    auto catalogue = Catalogue::Catalogue::open(QStringLiteral("sqlite:") + db, Catalogue::Catalogue::Missing::Create);
    if (!catalogue)
        die(catalogue.error().toString());
    resetPeakRss();
    QJsonObject result;
    qint64 added = 0;
    result.insert(QStringLiteral("import_ms"), timed([&] {
                      auto report = Catalogue::Importer(*catalogue).importFile(csv);
                      if (!report || !report->written)
                          die(report ? QStringLiteral("import refused rows: %1").arg(report->refused)
                                     : report.error().toString());
                      added = report->added;
                  }));
    result.insert(QStringLiteral("import_peak_rss_mb"), peakRssMb());
    result.insert(QStringLiteral("added"), added);
    resetPeakRss();
    result.insert(QStringLiteral("export_ms"), timed([&] {
                      auto written = Catalogue::Exporter(*catalogue).exportFile(exported, {.raw = true});
                      if (!written)
                          die(written.error().toString());
                  }));
    result.insert(QStringLiteral("export_peak_rss_mb"), peakRssMb());
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}

int runImportBench(const ImportBenchOptions &options)
{
    const QDir dir(QDir::temp().filePath(QStringLiteral("catalogue-import-bench")));
    if (!QDir().mkpath(dir.path()))
        die(QStringLiteral("cannot create %1").arg(dir.path()));
    const QString csv = dir.filePath(QStringLiteral("books-%1.csv").arg(options.rows));
    if (!QFile::exists(csv))
        writeCsv(csv, options.rows);
    QJsonObject result;
    result.insert(QStringLiteral("rows"), options.rows);

    // The floor: the sqlite3 shell loads the file into a Livres table of the same columns, without validation.
    const QString floorDb = dir.filePath(QStringLiteral("floor.db"));
    QFile::remove(floorDb);
    const QByteArray script =
            "CREATE TABLE \"Livres\" (\"ID\" INTEGER PRIMARY KEY AUTOINCREMENT, \"Nom\" "
            "VARCHAR(255), \"Auteur\" VARCHAR(255), \"Edition\" VARCHAR(255), \"Genre\" VARCHAR(255), "
            "\"Annee\" INTEGER NOT NULL, \"NbPages\" INTEGER NOT NULL, \"Prix\" FLOAT, \"Quantite\" "
            "INTEGER, \"Ventes\" FLOAT NOT NULL, \"Presentation\" VARCHAR(10000) NOT NULL, "
            "\"Description\" VARCHAR(255), \"Accroche\" VARCHAR(255), \"Lien\" VARCHAR(255), "
            "\"NomSansEspaces\" VARCHAR(255) NOT NULL, \"Arriere\" VARCHAR(255) NOT NULL, \"Dos\" "
            "VARCHAR(255) NOT NULL);\n";
    timedProcess(QStringLiteral("sqlite3"), {floorDb}, script);
    // .import into a table with an ID column would need the file to have one: it loads a table of the CSV's columns,
    // then one INSERT ... SELECT fills Livres (both counted in the floor's time).
    const QByteArray load = ".import --csv --skip 1 '" + csv.toUtf8()
            + "' LivresCsvTemp\nINSERT INTO \"Livres\" (\"Nom\", \"Auteur\", \"Edition\", \"Genre\", \"Annee\", "
              "\"NbPages\", \"Prix\", \"Quantite\", \"Ventes\", \"Presentation\", \"Description\", \"Accroche\", "
              "\"Lien\", \"NomSansEspaces\", \"Arriere\", \"Dos\") SELECT * FROM LivresCsvTemp;\nDROP TABLE "
              "LivresCsvTemp;\n";
    const QByteArray createTemp = "CREATE TABLE LivresCsvTemp (\"Nom\" VARCHAR(255), \"Auteur\" VARCHAR(255), "
                                  "\"Edition\" VARCHAR(255), \"Genre\" VARCHAR(255), \"Annee\" INTEGER, \"NbPages\" "
                                  "INTEGER, \"Prix\" FLOAT, \"Quantite\" INTEGER, \"Ventes\" FLOAT, \"Presentation\" "
                                  "VARCHAR(10000), \"Description\" VARCHAR(255), \"Accroche\" VARCHAR(255), \"Lien\" "
                                  "VARCHAR(255), \"NomSansEspaces\" VARCHAR(255), \"Arriere\" VARCHAR(255), \"Dos\" "
                                  "VARCHAR(255));\n";
    timedProcess(QStringLiteral("sqlite3"), {floorDb}, createTemp);
    result.insert(QStringLiteral("sqlite3_import_ms"),
                  timedProcess(QStringLiteral("sqlite3"), {floorDb}, "BEGIN;\n" + load + "COMMIT;\n"));

    // Ours, in a process of its own for its peak memory.
    const QString ours = dir.filePath(QStringLiteral("ours.db"));
    const QString exported = dir.filePath(QStringLiteral("export.csv"));
    QProcess phase;
    phase.start(options.program,
                {QStringLiteral("--import-phase"), csv, QStringLiteral("--db"), ours, QStringLiteral("--export-to"),
                 exported});
    if (!phase.waitForFinished(-1) || phase.exitCode() != 0)
        die(QStringLiteral("the import phase failed: %1").arg(QString::fromUtf8(phase.readAllStandardError())));
    const QJsonObject measured = QJsonDocument::fromJson(phase.readAllStandardOutput().trimmed()).object();
    for (auto it = measured.begin(); it != measured.end(); ++it)
        result.insert(it.key(), it.value());

    // The floor of export: sqlite3 -csv writing the same columns from our catalogue.
    result.insert(QStringLiteral("sqlite3_export_ms"),
                  timedProcess(QStringLiteral("sqlite3"),
                               {QStringLiteral("-csv"), QStringLiteral("-header"), ours,
                                QStringLiteral("SELECT \"ID\", \"Nom\", \"Auteur\", \"Edition\", \"Genre\", \"Annee\", "
                                               "\"NbPages\", \"Prix\", \"Quantite\", \"Ventes\", \"Presentation\", "
                                               "\"Description\", \"Accroche\", \"Lien\", \"Couverture\", \"Arriere\", "
                                               "\"Dos\", \"NomSansEspaces\" FROM \"Livres\" ORDER BY \"ID\"")},
                               {}, dir.filePath(QStringLiteral("sqlite3-export.csv"))));
    // The Node.js peer: the same file through csv-parse and Sequelize's bulkCreate, in a new catalogue of its own.
    const QString peerDir = QStringLiteral(CATALOGUE_SEQUELIZE_PEER);
    const bool installed = QFile::exists(peerDir + QStringLiteral("/node_modules/csv-parse/package.json"))
            && QFile::exists(peerDir + QStringLiteral("/node_modules/sequelize/package.json"));
    if (options.peer == ImportBenchOptions::Peer::Required && !installed)
        die(QStringLiteral("the Node.js peer is not installed: run %1/install.sh").arg(peerDir));
    if (options.peer != ImportBenchOptions::Peer::Off && installed) {
        QProcess node;
        node.start(QStringLiteral("node"),
                   {peerDir + QStringLiteral("/import.js"), csv, QStringLiteral("--db"),
                    dir.filePath(QStringLiteral("sequelize.db"))});
        if (!node.waitForFinished(-1) || node.exitStatus() != QProcess::NormalExit || node.exitCode() != 0)
            die(QStringLiteral("the Node.js peer failed: %1").arg(QString::fromUtf8(node.readAllStandardError())));
        const QJsonObject peer = QJsonDocument::fromJson(node.readAllStandardOutput().trimmed()).object();
        if (peer.value(QStringLiteral("added")).toInteger() != result.value(QStringLiteral("added")).toInteger())
            die(QStringLiteral("the Node.js peer added %1 books, ours %2")
                        .arg(peer.value(QStringLiteral("added")).toInteger())
                        .arg(result.value(QStringLiteral("added")).toInteger()));
        result.insert(QStringLiteral("sequelize_import_ms"), peer.value(QStringLiteral("import_ms")));
        result.insert(QStringLiteral("sequelize_import_peak_rss_mb"), peer.value(QStringLiteral("import_peak_rss_mb")));
        // How many times faster ours is than the peer.
        result.insert(QStringLiteral("sequelize_vs_import"),
                      peer.value(QStringLiteral("import_ms")).toDouble()
                              / std::max(1.0, result.value(QStringLiteral("import_ms")).toDouble()));
    }
    const double importRatio = result.value(QStringLiteral("import_ms")).toDouble()
            / std::max(1.0, result.value(QStringLiteral("sqlite3_import_ms")).toDouble());
    const double exportRatio = result.value(QStringLiteral("export_ms")).toDouble()
            / std::max(1.0, result.value(QStringLiteral("sqlite3_export_ms")).toDouble());
    result.insert(QStringLiteral("import_vs_sqlite3"), importRatio);
    result.insert(QStringLiteral("export_vs_sqlite3"), exportRatio);
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}

} // namespace Bench
