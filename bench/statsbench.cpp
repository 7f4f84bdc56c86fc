#include "statsbench.h"

#include "modelbench.h"
#include "statisticsview.h"
#include "workload.h"

#include <catalogue/catalogue.h>
#include <catalogue/contributeurs.h>
#include <catalogue/livre.h>
#include <catalogue/migrations.h>
#include <catalogue/statistics.h>
#include <catalogue/stock.h>
#include <orm/database.h>
#include <orm/dialect.h>
#include <orm/migrator.h>
#include <orm/model.h>
#include <orm/querybuilder.h>
#include <orm/rowbatch.h>
#include <orm/transaction.h>

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Orm;
using namespace Qt::StringLiterals;
namespace Livre = Catalogue::Livre;
namespace Stats = Catalogue::Statistics;

namespace Bench {

namespace {

const QStringList genreNames = {u"Roman"_s,   u"SF"_s,       u"Policier"_s, u"BD"_s,      u"Essai"_s,  u"Poésie"_s,
                                u"Théâtre"_s, u"Jeunesse"_s, u"Histoire"_s, u"Cuisine"_s, u"Voyage"_s, u"Art"_s};
constexpr int authors = 20000;
constexpr int publishers = 200;
const QDate firstDay(2023, 1, 1);
const QDate lastDay(2025, 12, 31); // the movements span three years; "today" is the last day

// A small deterministic generator (the data must be the same at every build).
struct Lcg
{
    quint64 state;
    quint32 next()
    {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(state >> 33);
    }
    double unit() { return double(next()) / double(1ULL << 31); }
};

Status check(const Status &s)
{
    if (!s)
        die(s.error().toString());
    return s;
}

template<typename T>
T need(Result<T> r)
{
    if (!r)
        die(r.error().toString());
    return std::move(*r);
}

// The plain indexes of the tables the build fills (not those of a primary key or a unique constraint), with the
// statement that makes each: dropped before the rows go in, made again once they are all there.
QList<std::pair<QString, QString>> plainIndexes(const Database &db)
{
    const bool sqlite = db.dialect().kind() == Dialect::Kind::Sqlite;
    const QString sql = sqlite
            ? u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN "
              u"('Livres', 'Auteurs', 'LivresAuteurs', 'MouvementsStock')"_s
            : u"SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = current_schema() AND "
              u"i.tablename IN ('Livres', 'Auteurs', 'LivresAuteurs', 'MouvementsStock') AND NOT EXISTS (SELECT 1 "
              u"FROM pg_constraint c WHERE c.conname = i.indexname)"_s;
    const RowSet rows = need(db.execute({sql, {}}));
    QList<std::pair<QString, QString>> list;
    for (const QVariantList &row : rows.rows)
        list.append({row.value(0).toString(), row.value(1).toString()});
    return list;
}

void run(const Database &db, const QString &sql)
{
    if (auto r = db.execute({sql, {}}); !r)
        die(r.error().toString());
}

// A catalogue migrated as far as its tables (Livres, Auteurs, LivresAuteurs, MouvementsStock), filled through
// models of their own without hooks nor validation, in batches of 5000 rows, each table in one transaction, with
// their plain indexes dropped meanwhile and made again after; then the other migrations run on the full tables:
// the search index, the statistics' indexes and the sales summaries are each made in one sweep, not a row at a
// time by triggers.
void build(const QString &url, int books, qint64 movements)
{
    Database db = need(Database::open(url));
    const Migrator migrator(db, Catalogue::migrations());
    need(migrator.up(Catalogue::Migrations::createMouvementsStock().name, Backup::Skip));
    const auto indexes = plainIndexes(db);
    for (const auto &[name, sql] : indexes)
        run(db, u"DROP INDEX \"%1\""_s.arg(name));
    QList<Attribute> livreColumns = Livre::attributes();
    for (Attribute &a : livreColumns)
        a.validate.clear();
    const Model livres =
            need(db.define(u"BenchLivre"_s, livreColumns, {.tableName = Livre::tableName, .timestamps = false}));
    Orm::ModelOptions auteurOptions = Catalogue::Auteur::options();
    auteurOptions.tableName = Catalogue::Auteur::tableName;
    const Model auteurs = need(db.define(u"BenchAuteur"_s, Catalogue::Auteur::attributes(), auteurOptions));
    Orm::ModelOptions lienOptions = Catalogue::Contribution::options();
    lienOptions.tableName = Catalogue::Contribution::tableName;
    const Model liens = need(db.define(u"BenchLien"_s, Catalogue::Contribution::attributes(), lienOptions));
    Orm::ModelOptions mouvementOptions = Catalogue::MouvementStock::options();
    mouvementOptions.tableName = Catalogue::MouvementStock::tableName;
    mouvementOptions.validate.clear();
    const Model mouvements =
            need(db.define(u"BenchMouvement"_s, Catalogue::MouvementStock::attributes(), mouvementOptions));
    const InsertRowsOptions fast{.returning = Returning::KeysOnly, .bulkCreate = {.validate = Validate::Skip}};
    constexpr int batchSize = 5000;
    auto fill = [&](const Model &model, const QStringList &columns, qint64 count,
                    const std::function<void(RowBatch &, qint64)> &add) {
        check(transaction(db, [&]() -> Status {
            RowBatch batch(model, columns);
            for (qint64 start = 0; start < count; start += batchSize) {
                for (qint64 i = start; i < std::min(count, start + batchSize); ++i)
                    add(batch, i);
                if (auto r = model.insertRows(batch, fast); !r)
                    return std::unexpected(r.error());
            }
            return {};
        }));
    };
    fill(auteurs, {Catalogue::Auteur::Id, Catalogue::Auteur::Nom}, authors,
         [](RowBatch &b, qint64 i) { b.addRow(i + 1, QStringLiteral("Auteur %1").arg(i + 1)); });
    fill(livres,
         {Livre::Id, Livre::Nom, Livre::NomSansEspaces, Livre::Presentation, Livre::Prix, Livre::Genre, Livre::Auteur,
          Livre::Edition, Livre::Quantite, Livre::Annee, Livre::NbPages, Livre::Ventes, Livre::Arriere, Livre::Dos},
         books, [](RowBatch &b, qint64 i) {
             const qint64 id = i + 1;
             const QString n = QString::number(id);
             b.addRow(id, QStringLiteral("Le Livre ") + n, QStringLiteral("LeLivre") + n, QStringLiteral(""),
                      5.0 + double((id * 13) % 3500) / 100.0, genreNames.at(int((id * 7) % genreNames.size())),
                      QStringLiteral("Auteur %1").arg(1 + (id * 31) % authors),
                      QStringLiteral("Éditions %1").arg(1 + (id * 11) % publishers), (id * 37) % 31,
                      1900 + (id * 17) % 126, 100 + id % 400, 0.0, QStringLiteral(""), QStringLiteral(""));
         });
    fill(liens,
         {Catalogue::Contribution::LivreId, Catalogue::Contribution::AuteurId, Catalogue::Contribution::Role,
          Catalogue::Contribution::Ordre},
         books, [](RowBatch &b, qint64 i) {
             const qint64 id = i + 1;
             b.addRow(id, 1 + (id * 31) % authors, Catalogue::Contribution::Author, 0);
         });
    // Movements: a few books sell much more than most (the square of a uniform draw), spread evenly over the
    // three years; seven in ten are sales, one a return, two receipts.
    Lcg random{42};
    const qint64 seconds = QDateTime(firstDay, QTime(0, 0), QTimeZone::utc())
                                   .secsTo(QDateTime(lastDay.addDays(1), QTime(0, 0), QTimeZone::utc()));
    const QDateTime origin(firstDay, QTime(0, 0), QTimeZone::utc());
    const QString sale = Catalogue::movementType(Catalogue::Movement::Sale);
    const QString back = Catalogue::movementType(Catalogue::Movement::Return);
    const QString receipt = Catalogue::movementType(Catalogue::Movement::Receipt);
    fill(mouvements,
         {Catalogue::MouvementStock::LivreId, Catalogue::MouvementStock::Date, Catalogue::MouvementStock::Quantite,
          Catalogue::MouvementStock::Type},
         movements, [&](RowBatch &b, qint64 k) {
             const double u = random.unit();
             const qint64 book = 1 + qint64(u * u * books) % books;
             const QDateTime date = origin.addSecs(k * seconds / movements + random.next() % 3600);
             const quint32 kind = random.next() % 10;
             if (kind < 7)
                 b.addRow(book, date, -qint64(1 + random.next() % 3), sale);
             else if (kind == 7)
                 b.addRow(book, date, qint64(1), back);
             else
                 b.addRow(book, date, qint64(1 + random.next() % 20), receipt);
         });
    for (const auto &[name, sql] : indexes)
        run(db, sql);
    need(migrator.up({}, Backup::Skip));
    // PostgreSQL: the statistics and the visibility map of the tables as autovacuum leaves them on a server at
    // rest, so that the first measures do not depend on when it ran (index-only scans need the visibility map).
    if (db.dialect().kind() == Dialect::Kind::Postgres)
        run(db, u"VACUUM ANALYZE"_s);
    db.close();
}

// Whether the catalogue at url holds the data set already; whether it is empty (may be built).
std::pair<bool, bool> state(const QString &url, int books, qint64 movements)
{
    auto catalogue = Catalogue::Catalogue::open(url, Catalogue::Catalogue::Missing::Refuse);
    if (!catalogue)
        return {false, true};
    auto n = catalogue->livres().count();
    if (!n)
        die(n.error().toString());
    if (!catalogue->hasRelatedTables())
        return {false, *n == 0};
    auto m = catalogue->mouvements().count();
    if (!m)
        die(m.error().toString());
    return {*n == books && *m == movements, *n == 0 && *m == 0};
}

struct Measure
{
    QString name;
    std::function<qint64()> run; // returns the size of what it found, so that nothing is optimised away
};

QJsonObject measure(const QString &url, int runs, const QString &label)
{
    auto catalogue = need(Catalogue::Catalogue::open(url, Catalogue::Catalogue::Missing::Refuse));
    if (qEnvironmentVariableIsSet("CATALOGUE_BENCH_SQL")) { // the statements, to look at their plans
        // Each statement with the time since the one before it was sent (what the one before took, with the C++
        // work between them).
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        catalogue.database().setLogger([clock](const QString &sql) {
            std::fprintf(stderr, "SQL +%.1f ms %s\n", double(clock->nsecsElapsed()) / 1e6, qPrintable(sql));
            clock->restart();
        });
    }
    const Stats::Filter year{.from = QDate(2025, 1, 1), .to = lastDay};
    const Stats::Filter genre{.from = QDate(2025, 1, 1), .to = lastDay, .genre = u"SF"_s};
    // The window's default range (the last twelve months) on a day in the middle of the year: across two years.
    const Stats::Filter acrossYears{.from = QDate(2024, 7, 1), .to = QDate(2025, 6, 30)};
    const Stats::Filter genreAcrossYears{.from = QDate(2024, 7, 1), .to = QDate(2025, 6, 30), .genre = u"SF"_s};
    const QList<Measure> measures = {
            {u"salesOverTime_month"_s,
             [&] { return qint64(need(Stats::salesOverTime(catalogue, year, Stats::Period::Month)).current.size()); }},
            {u"salesOverTime_day"_s,
             [&] { return qint64(need(Stats::salesOverTime(catalogue, year, Stats::Period::Day)).current.size()); }},
            {u"salesOverTime_month_genre"_s,
             [&] { return qint64(need(Stats::salesOverTime(catalogue, genre, Stats::Period::Month)).current.size()); }},
            {u"bestSellers"_s, [&] { return qint64(need(Stats::bestSellers(catalogue, year)).books.size()); }},
            {u"bestSellers_genre"_s, [&] { return qint64(need(Stats::bestSellers(catalogue, genre)).books.size()); }},
            {u"bestSellers_acrossYears"_s,
             [&] { return qint64(need(Stats::bestSellers(catalogue, acrossYears)).books.size()); }},
            {u"bestBooks_acrossYears"_s, [&] { return qint64(need(Stats::bestBooks(catalogue, acrossYears)).size()); }},
            {u"bestAuthors_acrossYears"_s,
             [&] { return qint64(need(Stats::bestAuthors(catalogue, acrossYears)).size()); }},
            {u"bestPublishers_acrossYears"_s,
             [&] { return qint64(need(Stats::bestPublishers(catalogue, acrossYears)).size()); }},
            {u"bestAuthors_genre_acrossYears"_s,
             [&] { return qint64(need(Stats::bestAuthors(catalogue, genreAcrossYears)).size()); }},
            {u"bestBooks_genre"_s, [&] { return qint64(need(Stats::bestBooks(catalogue, genre)).size()); }},
            {u"bestAuthors_genre"_s, [&] { return qint64(need(Stats::bestAuthors(catalogue, genre)).size()); }},
            {u"bestPublishers_genre"_s, [&] { return qint64(need(Stats::bestPublishers(catalogue, genre)).size()); }},
            // Its three lists, as the window computes them (each on a thread of its own).
            {u"bestBooks"_s, [&] { return qint64(need(Stats::bestBooks(catalogue, year)).size()); }},
            {u"bestAuthors"_s, [&] { return qint64(need(Stats::bestAuthors(catalogue, year)).size()); }},
            {u"bestPublishers"_s, [&] { return qint64(need(Stats::bestPublishers(catalogue, year)).size()); }},
            {u"byGenre"_s, [&] { return qint64(need(Stats::byGenre(catalogue, year)).size()); }},
            // The lists as the window asks them: the first 1,000 lines and the totals.
            {u"lowStock"_s,
             [&] { return qint64(need(Stats::lowStock(catalogue, {}, 1, lastDay, 1000)).books.size()); }},
            {u"deadStock"_s,
             [&] { return qint64(need(Stats::deadStock(catalogue, {}, 12, lastDay, 1000)).books.size()); }},
            {u"priceDistribution"_s, [&] { return qint64(need(Stats::priceDistribution(catalogue, {})).size()); }},
            {u"publicationYears"_s, [&] { return qint64(need(Stats::publicationYears(catalogue, {})).size()); }},
            // The same with a genre, as the window asks them when one is chosen (not in the sum below).
            {u"byGenre_genre"_s, [&] { return qint64(need(Stats::byGenre(catalogue, genre)).size()); }},
            {u"lowStock_genre"_s,
             [&] { return qint64(need(Stats::lowStock(catalogue, genre, 1, lastDay, 1000)).books.size()); }},
            {u"deadStock_genre"_s,
             [&] { return qint64(need(Stats::deadStock(catalogue, genre, 12, lastDay, 1000)).books.size()); }},
            {u"priceDistribution_genre"_s,
             [&] { return qint64(need(Stats::priceDistribution(catalogue, genre)).size()); }},
            {u"publicationYears_genre"_s,
             [&] { return qint64(need(Stats::publicationYears(catalogue, genre)).size()); }},
    };
    const QStringList notSummed = {u"byGenre_genre"_s, u"lowStock_genre"_s, u"deadStock_genre"_s,
                                   u"priceDistribution_genre"_s, u"publicationYears_genre"_s};
    QJsonObject result;
    std::fprintf(stderr, "%s\n  %-30s %10s %10s %10s\n", qPrintable(label), "query", "median ms", "max ms", "rows");
    double total = 0;
    for (const Measure &m : measures) {
        QList<double> times;
        qint64 size = 0;
        for (int r = 0; r < runs; ++r)
            times << timed([&] { size = m.run(); });
        const double med = median(times);
        // The whole view, as the window computes it for the calendar year: bestSellers holds its three lists.
        if ((!m.name.startsWith(u"best"_s) || m.name == u"bestSellers"_s || m.name == u"bestSellers_genre"_s)
            && !notSummed.contains(m.name))
            total += med;
        std::fprintf(stderr, "  %-30s %10.1f %10.1f %10lld%s\n", qPrintable(m.name), med, maximum(times),
                     qlonglong(size), med > 200 ? "  (over 200 ms)" : "");
        result.insert(m.name + u"_ms"_s, round2(med));
    }
    std::fprintf(stderr, "  %-30s %10.1f\n", "all of them", total);
    result.insert(u"all_ms"_s, round2(total));
    return result;
}

// The Statistics window on the catalogue, offscreen: the time from a change of the genre filter to every tab
// filled (figuresShown(), its 150 ms pause for typing included), alternately SF and all genres, and the longest
// gap between two ticks of a 5 ms timer meanwhile (how long the GUI thread was ever busy).
QJsonObject measureView(const QString &url, int runs, const QString &label)
{
    auto catalogue = need(Catalogue::Catalogue::open(url, Catalogue::Catalogue::Missing::Refuse));
    Gui::StatisticsView view;
    view.resize(1200, 800);
    view.setToday(lastDay);
    view.setCatalogue(catalogue);
    view.show();
    QEventLoop loop;
    QObject::connect(&view, &Gui::StatisticsView::figuresShown, &loop, &QEventLoop::quit);
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    loop.exec(); // the first figures, and the filters' choices
    QList<double> times, gaps;
    for (int r = 0; r < runs; ++r) {
        QComboBox *genres = view.genreBox();
        const int sf = genres->findText(u"SF"_s);
        if (sf < 0)
            die(u"the genre box has no SF"_s);
        double gap = 0;
        QElapsedTimer tick;
        QTimer ticker;
        ticker.setInterval(5);
        QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
            gap = std::max(gap, double(tick.nsecsElapsed()) / 1e6);
            tick.restart();
        });
        const double ms = timed([&] {
            tick.start();
            ticker.start();
            genres->setCurrentIndex(genres->currentIndex() == sf ? 0 : sf);
            loop.exec();
            ticker.stop();
        });
        times << ms;
        gaps << gap;
    }
    std::fprintf(stderr, "%s\n  %-30s %10.1f %10.1f\n  %-30s %10.1f\n", qPrintable(label), "filter to all tabs",
                 median(times), maximum(times), "GUI thread busy at most", maximum(gaps));
    return {{u"view_ms"_s, round2(median(times))}, {u"gui_busy_max_ms"_s, round2(maximum(gaps))}};
}

} // namespace

int runStatsBench(const StatsBenchOptions &options)
{
    const QString file = options.file.isEmpty()
            ? QDir::temp().filePath(
                    QStringLiteral("catalogue-stats-bench-%1-%2.db").arg(options.books).arg(options.movements))
            : options.file;
    QJsonObject out{{u"books"_s, options.books}, {u"movements"_s, options.movements}};
    // One database a run: PostgreSQL when a URL is given, SQLite otherwise (so that both may be built at once).
    const QList<std::pair<QString, QString>> targets = {
            options.postgresUrl.isEmpty() ? std::pair(u"sqlite"_s, QStringLiteral("sqlite:") + file)
                                          : std::pair(u"postgres"_s, options.postgresUrl)};
    for (const auto &[name, url] : targets) {
        const auto [ready, empty] = state(url, options.books, options.movements);
        if (!ready) {
            QString buildUrl = url;
            QString scratch; // SQLite: built in memory-backed /dev/shm when there is one (the disk is slow to
                             // take millions of small writes), then copied in place
            if (name == u"sqlite") {
                QFile::remove(file);
                if (QFileInfo(u"/dev/shm"_s).isWritable()) {
                    scratch = u"/dev/shm/"_s + QFileInfo(file).fileName();
                    QFile::remove(scratch);
                    buildUrl = QStringLiteral("sqlite:") + scratch;
                }
            } else if (!empty) {
                die(QStringLiteral("%1 holds another catalogue: give an empty database").arg(url));
            }
            const double ms = timed([&] {
                build(buildUrl, options.books, options.movements);
                if (!scratch.isEmpty()) {
                    if (!QFile::copy(scratch, file))
                        die(QStringLiteral("cannot copy %1 to %2").arg(scratch, file));
                    QFile::remove(scratch);
                }
            });
            std::fprintf(stderr, "%s: built %d books and %lld movements in %.1f s\n", qPrintable(name), options.books,
                         qlonglong(options.movements), ms / 1000);
            out.insert(name + u"_build_s"_s, round2(ms / 1000));
        } else {
            // Built by an earlier version: the migrations it did not have (indexes, summaries) run first.
            Database db = need(Database::open(url));
            QStringList executed;
            const double ms = timed(
                    [&] { executed = need(Migrator(db, Catalogue::migrations()).up({}, Backup::Skip)).executed; });
            db.close();
            if (!executed.isEmpty())
                std::fprintf(stderr, "%s: migrated (%s) in %.1f s\n", qPrintable(name),
                             qPrintable(executed.join(u", "_s)), ms / 1000);
        }
        out.insert(name, measure(url, std::max(1, options.runs), name));
        if (options.view)
            out.insert(name + u"_view"_s, measureView(url, std::max(1, options.runs), name + u" window"_s));
        if (options.compare) {
            // The same queries on the movements alone: the summaries taken away, then made again.
            Database db = need(Database::open(url));
            const Migrator migrator(db, Catalogue::migrations());
            need(migrator.down(Catalogue::Migrations::salesSummary().name, Backup::Skip));
            db.close();
            out.insert(name + u"_without_summaries"_s,
                       measure(url, std::max(1, options.runs), name + u" without the sales summaries"_s));
            db = need(Database::open(url));
            const double ms = timed([&] { need(Migrator(db, Catalogue::migrations()).up({}, Backup::Skip)); });
            db.close();
            std::fprintf(stderr, "%s: sales summaries made again from the movements in %.1f s\n", qPrintable(name),
                         ms / 1000);
            out.insert(name + u"_summaries_s"_s, round2(ms / 1000));
        }
    }
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}

} // namespace Bench
