// raw-sqlite-bench [--rows N] [--db FILE] [--journal wal|default] [--insert-only yes]: the Livres workload written
// directly against SQLite's C API, with the same SQL and prepared statements: the limit the ORM is measured against.
// Each row is made (Bench::row) inside the insert's clock, as an application's code would, and its texts bound as
// UTF-16 where they are (SQLite stores them as UTF-8). --journal wal (the default) opens the file as the ORM opens a
// new one (journal_mode WAL, synchronous NORMAL); --journal default leaves SQLite's defaults (a rollback journal,
// synchronous FULL). Prints one JSON line like catalogue-bench, plus insertBatched_ms: the same rows inserted 32 per
// statement (the rest one by one) into a file of their own, after the rest, which is the SQL the ORM's bulkCreate
// sends on SQLite. --insert-only yes stops after the inserts.

#include "workload.h"

#include <QByteArray>
#include <QDir>

#include <string>
#include <utility>
#include <vector>

#include <sqlite3.h>

namespace {

sqlite3 *db = nullptr;
bool walJournal = true; // --journal: the ORM's settings for a new file, or SQLite's defaults

void check(int rc, const char *what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        Bench::die(QStringLiteral("%1: %2").arg(QString::fromUtf8(what), QString::fromUtf8(sqlite3_errmsg(db))));
}

void exec(const char *sql)
{
    check(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), sql);
}

sqlite3_stmt *prepare(const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    check(sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr), sql);
    return statement;
}

// What a loaded row holds, as an application would keep it.
struct Livre
{
    long long id;
    std::string nom, nomSansEspaces, presentation, description, couverture, genre, accroche, lien, auteur, edition,
            arriere, dos;
    double prix, ventes;
    int quantite, annee, nbPages;
};

std::string text(sqlite3_stmt *s, int c)
{
    const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(s, c));
    return t ? std::string(t, size_t(sqlite3_column_bytes(s, c))) : std::string();
}

Livre read(sqlite3_stmt *s)
{
    return {sqlite3_column_int64(s, 0),
            text(s, 1),
            text(s, 2),
            text(s, 3),
            text(s, 4),
            text(s, 5),
            text(s, 7),
            text(s, 8),
            text(s, 9),
            text(s, 10),
            text(s, 11),
            text(s, 16),
            text(s, 17),
            sqlite3_column_double(s, 6),
            sqlite3_column_double(s, 15),
            sqlite3_column_int(s, 12),
            sqlite3_column_int(s, 13),
            sqlite3_column_int(s, 14)};
}

// Removes a SQLite file and its WAL files.
void removeCatalogue(const QString &file)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(file + QString::fromLatin1(suffix));
}

// Opens a new file as db, with the settings of the ORM's connections (or SQLite's journal defaults) and the seed's
// Livres table.
void openCatalogue(const QString &file)
{
    removeCatalogue(file);
    check(sqlite3_open(file.toUtf8().constData(), &db), "open");
    if (walJournal) { // what the ORM sets on a file it creates (DatabasePrivate::configureSqlite())
        exec("PRAGMA journal_mode = WAL");
        exec("PRAGMA synchronous = NORMAL");
    }
    exec("PRAGMA foreign_keys = ON");
    sqlite3_busy_timeout(db, 5000);
    exec("CREATE TABLE IF NOT EXISTS \"Livres\" (\"ID\" INTEGER PRIMARY KEY AUTOINCREMENT, \"Nom\" VARCHAR(255), "
         "\"NomSansEspaces\" VARCHAR(255) NOT NULL, \"Presentation\" VARCHAR(10000) NOT NULL, \"Description\" "
         "VARCHAR(255), \"Couverture\" VARCHAR(255), \"Prix\" FLOAT, \"Genre\" VARCHAR(255), \"Accroche\" "
         "VARCHAR(255), \"Lien\" VARCHAR(255), \"Auteur\" VARCHAR(255), \"Edition\" VARCHAR(255), \"Quantite\" "
         "INTEGER, \"Annee\" INTEGER NOT NULL, \"NbPages\" INTEGER NOT NULL, \"Ventes\" FLOAT NOT NULL, \"Arriere\" "
         "VARCHAR(255) NOT NULL, \"Dos\" VARCHAR(255) NOT NULL)");
}

void bindText(sqlite3_stmt *s, int slot, const QString &text)
{
    sqlite3_bind_text16(s, slot, text.utf16(), int(text.size() * 2), SQLITE_STATIC);
}

// Inserts the workload's n rows in one transaction, perStatement rows to a prepared INSERT (the rest one by one).
void insertRows(int n, int perStatement)
{
    std::string tuples;
    for (int r = 0; r < perStatement; ++r)
        tuples += std::string(r ? ", " : "") + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    const std::string insert =
            "INSERT INTO \"Livres\" (\"Nom\", \"NomSansEspaces\", \"Presentation\", \"Description\", "
            "\"Couverture\", \"Prix\", \"Genre\", \"Accroche\", \"Lien\", \"Auteur\", \"Edition\", "
            "\"Quantite\", \"Annee\", \"NbPages\", \"Ventes\", \"Arriere\", \"Dos\") VALUES ";
    exec("BEGIN IMMEDIATE");
    sqlite3_stmt *batch = prepare((insert + tuples).c_str());
    sqlite3_stmt *single =
            perStatement > 1 ? prepare((insert + tuples.substr(0, tuples.find(')') + 1)).c_str()) : batch;
    std::vector<Bench::Row> rows(
            static_cast<size_t>(perStatement)); // bound where they are: kept until their statement ran
    for (int i = 0; i < n;) {
        const int count = n - i >= perStatement ? perStatement : 1;
        sqlite3_stmt *s = count == perStatement ? batch : single;
        for (int k = 0; k < count; ++k, ++i) {
            const Bench::Row &r = rows[size_t(k)] = Bench::row(i);
            const int base = 17 * k;
            bindText(s, base + 1, r.nom);
            bindText(s, base + 2, r.nomSansEspaces);
            bindText(s, base + 3, r.presentation);
            bindText(s, base + 4, r.description);
            bindText(s, base + 5, r.couverture);
            sqlite3_bind_double(s, base + 6, r.prix);
            bindText(s, base + 7, r.genre);
            bindText(s, base + 8, r.accroche);
            bindText(s, base + 9, r.lien);
            bindText(s, base + 10, r.auteur);
            bindText(s, base + 11, r.edition);
            sqlite3_bind_int(s, base + 12, r.quantite);
            sqlite3_bind_int(s, base + 13, r.annee);
            sqlite3_bind_int(s, base + 14, r.nbPages);
            sqlite3_bind_double(s, base + 15, r.ventes);
            bindText(s, base + 16, r.arriere);
            bindText(s, base + 17, r.dos);
        }
        check(sqlite3_step(s), "insert");
        sqlite3_reset(s);
    }
    if (single != batch)
        sqlite3_finalize(single);
    sqlite3_finalize(batch);
    exec("COMMIT");
}

const char *const columns = "\"ID\", \"Nom\", \"NomSansEspaces\", \"Presentation\", \"Description\", \"Couverture\", "
                            "\"Prix\", \"Genre\", \"Accroche\", \"Lien\", \"Auteur\", \"Edition\", \"Quantite\", "
                            "\"Annee\", \"NbPages\", \"Ventes\", \"Arriere\", \"Dos\"";

// A phase's milliseconds, CPU milliseconds and waits (see Bench::Phase), as JSON members.
void print(const char *key, const Bench::Phase &phase)
{
    std::printf(",\"%s_ms\":%.3f,\"%s_cpu_ms\":%.3f,\"%s_waits\":%ld", key, phase.ms, key, phase.cpuMs, key,
                phase.waits);
}

} // namespace

int main(int argc, char *argv[])
{
    int n = 100000;
    bool insertOnly = false;
    QString file = QDir::temp().filePath(QStringLiteral("raw-sqlite-bench.db"));
    for (int i = 1; i + 1 < argc; i += 2) {
        if (qstrcmp(argv[i], "--rows") == 0)
            n = std::atoi(argv[i + 1]);
        else if (qstrcmp(argv[i], "--db") == 0)
            file = QString::fromLocal8Bit(argv[i + 1]);
        else if (qstrcmp(argv[i], "--insert-only") == 0 && qstrcmp(argv[i + 1], "yes") == 0)
            insertOnly = true;
        else if (qstrcmp(argv[i], "--journal") == 0 && qstrcmp(argv[i + 1], "default") == 0)
            walJournal = false;
        else if (qstrcmp(argv[i], "--journal") != 0 || qstrcmp(argv[i + 1], "wal") != 0)
            Bench::die(QStringLiteral("unknown option %1 %2")
                               .arg(QString::fromLocal8Bit(argv[i]), QString::fromLocal8Bit(argv[i + 1])));
    }
    if (n < 1)
        Bench::die(QStringLiteral("--rows must be a positive number"));
    openCatalogue(file);

    std::printf("{\"rows\":%d,\"journal\":\"%s\"", n, walJournal ? "wal" : "default");
    print("insert", Bench::measured([&] { insertRows(n, 1); }));
    // The same rows in statements of 32 (what bulkCreate sends), into another file, with the main one closed: last,
    // so that the phases the ORM engines also run follow the same steps as theirs (no other file written and
    // deleted before them).
    const auto insertBatched = [&] {
        sqlite3_close(db);
        openCatalogue(file + QStringLiteral("-batched"));
        print("insertBatched", Bench::measured([&] { insertRows(n, 32); }));
        sqlite3_close(db);
        removeCatalogue(file + QStringLiteral("-batched"));
    };

    const double insertPeak = Bench::peakRssMb();
    if (insertOnly) {
        std::printf(",\"insert_peak_rss_mb\":%.1f", insertPeak);
        insertBatched();
        std::printf("}\n");
        return 0;
    }
    Bench::resetPeakRss(); // findAll's own peak
    const std::string selectAll = std::string("SELECT ") + columns + " FROM \"Livres\"";
    const Bench::Phase findAll = Bench::measured([&] {
        std::vector<Livre> all;
        sqlite3_stmt *s = prepare(selectAll.c_str());
        while (sqlite3_step(s) == SQLITE_ROW)
            all.push_back(read(s));
        sqlite3_finalize(s);
        if (int(all.size()) != n)
            Bench::die(QStringLiteral("findAll read %1 rows").arg(all.size()));
    });
    print("findAll", findAll);
    std::printf(",\"findAll_peak_rss_mb\":%.1f", Bench::peakRssMb());

    const std::string byPk = selectAll + " WHERE \"ID\" = ? LIMIT ?";
    sqlite3_stmt *findByPk = prepare(byPk.c_str());
    auto lookup = [&](long long id) {
        sqlite3_bind_int64(findByPk, 1, id);
        sqlite3_bind_int(findByPk, 2, 1);
        if (sqlite3_step(findByPk) != SQLITE_ROW)
            Bench::die(QStringLiteral("findByPk failed"));
        Livre l = read(findByPk);
        sqlite3_reset(findByPk);
        return l;
    };
    print("findByPk10k", Bench::measured([&] {
              for (int k = 0; k < 10000; ++k)
                  (void)lookup(Bench::lookupId(k, n));
          }));

    const std::string filtered = selectAll
            + " WHERE \"Genre\" = ? AND \"Prix\" > ? AND \"Annee\" BETWEEN ? AND ? "
              "ORDER BY \"Prix\" DESC LIMIT ?";
    print("filtered100", Bench::measured([&] {
              sqlite3_stmt *s = prepare(filtered.c_str());
              for (int k = 0; k < 100; ++k) {
                  std::vector<Livre> found;
                  sqlite3_bind_text(s, 1, "Roman", 5, SQLITE_STATIC);
                  sqlite3_bind_int(s, 2, 30);
                  sqlite3_bind_int(s, 3, 1980);
                  sqlite3_bind_int(s, 4, 1990);
                  sqlite3_bind_int(s, 5, 20);
                  while (sqlite3_step(s) == SQLITE_ROW)
                      found.push_back(read(s));
                  sqlite3_reset(s);
              }
              sqlite3_finalize(s);
          }));

    print("update10k", Bench::measured([&] {
              exec("BEGIN IMMEDIATE");
              sqlite3_stmt *s = prepare("UPDATE \"Livres\" SET \"Prix\" = ? WHERE \"ID\" = ?");
              for (int k = 0; k < 10000; ++k) {
                  const Livre l = lookup(Bench::lookupId(k, n));
                  sqlite3_bind_double(s, 1, l.prix * 1.01);
                  sqlite3_bind_int64(s, 2, l.id);
                  check(sqlite3_step(s), "update");
                  sqlite3_reset(s);
              }
              sqlite3_finalize(s);
              exec("COMMIT");
          }));
    sqlite3_finalize(findByPk);

    print("aggregate100", Bench::measured([&] {
              sqlite3_stmt *s = prepare("SELECT \"Genre\", COUNT(\"ID\") AS \"n\", SUM(\"Ventes\") AS \"ventes\", "
                                        "AVG(\"Prix\") AS \"prix\" FROM \"Livres\" GROUP BY \"Genre\"");
              for (int k = 0; k < 100; ++k) {
                  int groups = 0;
                  while (sqlite3_step(s) == SQLITE_ROW)
                      ++groups;
                  sqlite3_reset(s);
                  if (groups != std::min(n, 4))
                      Bench::die(QStringLiteral("aggregate failed"));
              }
              sqlite3_finalize(s);
          }));
    std::printf(",\"peak_rss_mb\":%.1f", std::max(insertPeak, Bench::peakRssMb())); // the whole run's
    insertBatched();
    std::printf("}\n");
    return 0;
}
