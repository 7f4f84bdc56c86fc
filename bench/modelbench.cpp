#include "modelbench.h"

#include "csvfields.h"
#include "workload.h"

#include <catalogue/livre.h>
#include <catalogue/migrations.h>
#include <orm/database.h>
#include <orm/dialect.h>
#include <orm/fulltextindex.h>
#include <orm/migrator.h>
#include <orm/model.h>
#include <orm/rowbatch.h>
#include <orm/tablemodel.h>
#include <orm/transaction.h>

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPersistentModelIndex>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QTextStream>

#include <algorithm>

namespace Bench {

namespace Livre = Catalogue::Livre;
using namespace Orm;

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double maximum(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
}

// Resident memory now (VmRSS), in MB.
double rssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

double round2(double value)
{
    return std::round(value * 100) / 100;
}

namespace {

// The columns a catalogue window shows, all of which the catalogue's migrations index (20240102000000-index-livres,
// 20240111000000-index-livres-stock), and the key. A column without an index (NbPages) is measured apart
// (sort_unindexed_ms).
const QStringList visible = {Livre::Id,    Livre::Nom,   Livre::Auteur, Livre::Edition,
                             Livre::Genre, Livre::Annee, Livre::Prix,   Livre::Quantite};
constexpr int screenRows = 50;
constexpr int randomScreens = 1000;
constexpr int edits = 20;
// Typed a letter at a time: a title word, an author and an accented French word of the generated descriptions.
const QStringList typedWords = {QStringLiteral("harry"), QStringLiteral("tolki"), QStringLiteral("mémoi")};

// --- the catalogue ---

// One line of a CSV file with quoted fields ("a, b" and doubled quotes).
// The real titles, first authors and years of goodbooks-10k (CC BY-SA 4.0, see its README), combined so that
// a million rows vary: each title comes back with a different subtitle taken from another book, each author
// with other books, publishers, genres and themes.
class BookMaker
{
public:
    explicit BookMaker(const QString &directory)
    {
        QFile file(QDir(directory).filePath(QStringLiteral("books.csv")));
        if (!file.open(QIODevice::ReadOnly))
            die(QStringLiteral("cannot read %1 (see --data)").arg(file.fileName()));
        QTextStream in(&file);
        const QStringList header = csvFields(in.readLine());
        const qsizetype title = header.indexOf(QStringLiteral("title"));
        const qsizetype authors = header.indexOf(QStringLiteral("authors"));
        const qsizetype year = header.indexOf(QStringLiteral("original_publication_year"));
        while (!in.atEnd()) {
            const QStringList fields = csvFields(in.readLine());
            if (fields.size() <= std::max({title, authors, year}))
                continue;
            m_titles << fields.at(title).trimmed();
            m_authors << fields.at(authors).section(QStringLiteral(", "), 0, 0).trimmed();
            m_years << int(fields.at(year).toDouble());
        }
        if (m_titles.isEmpty())
            die(QStringLiteral("no book in %1").arg(file.fileName()));
    }

    // The attributes addRow() gives, in its order.
    static QStringList columns()
    {
        return {Livre::Nom,        Livre::NomSansEspaces, Livre::Presentation, Livre::Description,
                Livre::Couverture, Livre::Prix,           Livre::Genre,        Livre::Accroche,
                Livre::Lien,       Livre::Auteur,         Livre::Edition,      Livre::Quantite,
                Livre::Annee,      Livre::NbPages,        Livre::Ventes,       Livre::Arriere,
                Livre::Dos};
    }

    // Appends book i to a batch of columns().
    void addRow(RowBatch &batch, int i) const
    {
        static const QStringList publishers = {QStringLiteral("Gallimard"),
                                               QStringLiteral("Flammarion"),
                                               QStringLiteral("Le Seuil"),
                                               QStringLiteral("Actes Sud"),
                                               QStringLiteral("Albin Michel"),
                                               QStringLiteral("Grasset"),
                                               QStringLiteral("Fayard"),
                                               QStringLiteral("Stock"),
                                               QStringLiteral("Robert Laffont"),
                                               QStringLiteral("Calmann-Lévy"),
                                               QStringLiteral("Denoël"),
                                               QStringLiteral("Julliard"),
                                               QStringLiteral("Minuit"),
                                               QStringLiteral("P.O.L"),
                                               QStringLiteral("Rivages"),
                                               QStringLiteral("Zulma"),
                                               QStringLiteral("L'Olivier"),
                                               QStringLiteral("Christian Bourgois"),
                                               QStringLiteral("Belfond"),
                                               QStringLiteral("Payot"),
                                               QStringLiteral("La Découverte"),
                                               QStringLiteral("Hachette"),
                                               QStringLiteral("Pocket"),
                                               QStringLiteral("Folio"),
                                               QStringLiteral("J'ai lu"),
                                               QStringLiteral("Le Livre de Poche"),
                                               QStringLiteral("Casterman"),
                                               QStringLiteral("Dargaud"),
                                               QStringLiteral("Dupuis"),
                                               QStringLiteral("Glénat"),
                                               QStringLiteral("Delcourt"),
                                               QStringLiteral("Éditions de l'Aube"),
                                               QStringLiteral("Presses de la Cité"),
                                               QStringLiteral("Métailié"),
                                               QStringLiteral("Verdier"),
                                               QStringLiteral("Phébus")};
        static const QStringList genres = {
                QStringLiteral("Roman"),           QStringLiteral("Essai"),       QStringLiteral("BD"),
                QStringLiteral("Poésie"),          QStringLiteral("Théâtre"),     QStringLiteral("Policier"),
                QStringLiteral("Science-fiction"), QStringLiteral("Fantasy"),     QStringLiteral("Jeunesse"),
                QStringLiteral("Histoire"),        QStringLiteral("Biographie"),  QStringLiteral("Récit de voyage"),
                QStringLiteral("Nouvelles"),       QStringLiteral("Philosophie"), QStringLiteral("Cuisine"),
                QStringLiteral("Beaux-arts")};
        static const QStringList themes = {
                QStringLiteral("été"),     QStringLiteral("hiver"),    QStringLiteral("mémoire"),
                QStringLiteral("rêve"),    QStringLiteral("forêt"),    QStringLiteral("océan"),
                QStringLiteral("lumière"), QStringLiteral("fenêtre"),  QStringLiteral("château"),
                QStringLiteral("désir"),   QStringLiteral("éternité"), QStringLiteral("île"),
                QStringLiteral("cœur"),    QStringLiteral("âme"),      QStringLiteral("frère"),
                QStringLiteral("sœur"),    QStringLiteral("reine"),    QStringLiteral("épée"),
                QStringLiteral("dragon"),  QStringLiteral("étoile"),   QStringLiteral("pluie"),
                QStringLiteral("orage"),   QStringLiteral("naufrage"), QStringLiteral("héritage"),
                QStringLiteral("secret"),  QStringLiteral("voyage"),   QStringLiteral("silence"),
                QStringLiteral("colère"),  QStringLiteral("joie"),     QStringLiteral("misère")};
        const qsizetype books = m_titles.size();
        const qsizetype a = i % books;
        const qsizetype b = (qint64(i) * 7919 + i / books) % books;
        const QString &theme = themes.at((i / books + i) % themes.size());
        QString title = m_titles.at(a);
        if (i >= books) // the same book again: another edition, its subtitle made of another title's first words
            title += QStringLiteral(" : ") + m_titles.at(b).section(u' ', 0, 2) + u' ' + theme;
        title = title.left(255);
        const QString author = m_authors.at((qint64(i) * 31 + i / books) % books);
        const QString genre = genres.at((i * 13) % genres.size());
        const QString publisher = publishers.at((i * 7) % publishers.size());
        const int year =
                m_years.at(b) >= 1450 && m_years.at(b) <= QDate::currentDate().year() ? m_years.at(b) : 1950 + i % 70;
        const QString &other = themes.at((i * 11 + 5) % themes.size());
        QString description;
        switch (i % 4) {
        case 0:
            description = QStringLiteral("%1 de %2, paru en %3.").arg(genre, author).arg(year);
            break;
        case 1:
            description = QStringLiteral("Une histoire de %1 et de %2.").arg(theme, other);
            break;
        case 2:
            description = QStringLiteral("%1 réédite ce classique de %2.").arg(publisher, author);
            break;
        default:
            description = QStringLiteral("Autour du thème : %1.").arg(theme);
        }
        QString nameWithoutSpaces = title;
        nameWithoutSpaces.remove(u' ');
        const QString n = QString::number(i);
        const QString cover = QStringLiteral("covers/") + n;
        batch.addRow(title, nameWithoutSpaces,
                     QStringLiteral("%1, par %2. %3 publié par %4 en %5. Thèmes : %6, %7.")
                             .arg(title, author, genre, publisher)
                             .arg(year)
                             .arg(theme, other),
                     description.left(255), QString(cover + QStringLiteral(".jpg")),
                     5 + (qint64(i) * 37 % 4000) / 100.0, genre,
                     QStringLiteral("Le %1 selon %2").arg(theme, author.section(u' ', -1)),
                     QString(QStringLiteral("https://example.org/livres/") + n), author, publisher, i % 20, year,
                     80 + (i * 53) % 900, (qint64(i) * 97 % 100000) / 10.0,
                     QString(cover + QStringLiteral("-back.jpg")), QString(cover + QStringLiteral("-spine.jpg")));
    }

private:
    QStringList m_titles;
    QStringList m_authors;
    QList<int> m_years;
};

// True when the database holds a complete catalogue of that many books (every migration run).
bool isReady(const Database &db, int rows)
{
    const auto tables = db.tables();
    if (!tables || !tables->contains(Livre::tableName))
        return false;
    auto status = Migrator(db, Catalogue::migrations()).status();
    if (!status || std::any_of(status->begin(), status->end(), [](const MigrationState &s) { return !s.executed; }))
        return false;
    auto count = db.query(QStringLiteral("SELECT count(*) FROM \"Livres\""));
    return count && count->rows.value(0).value(0).toLongLong() == rows;
}

// On PostgreSQL, what autovacuum does a minute after a bulk load, done before measuring rather than during: the
// planner's statistics, and the visibility map that lets counts and key lists read the indexes alone.
void settle(const Database &db)
{
    if (db.dialect().kind() != Dialect::Kind::Postgres)
        return;
    if (auto done = db.query(QStringLiteral("VACUUM ANALYZE")); !done)
        die(done.error().toString());
}

// The catalogue of `rows` books at url: reused when it is there, built otherwise (the SQLite file is replaced; a
// PostgreSQL database must not hold another catalogue). The books are inserted before the indexes and the search
// index are made, which fill in one pass each.
void buildCatalogue(const QString &url, int rows, const QString &dataDirectory, bool replaceable)
{
    auto db = Database::open(url);
    if (!db)
        die(db.error().toString());
    if (isReady(*db, rows)) {
        db->close();
        std::fprintf(stderr, "bench: reusing the catalogue of %d books at %s\n", rows, qPrintable(db->displayUrl()));
        return;
    }
    if (db->tables() && db->tables()->contains(Livre::tableName)) {
        auto count = db->query(QStringLiteral("SELECT count(*) FROM \"Livres\""));
        if (count && count->rows.value(0).value(0).toLongLong() == rows) {
            // These books, built before a newer migration of the catalogue: migrated, not built again.
            QElapsedTimer timer;
            timer.start();
            if (auto rest = Migrator(*db, Catalogue::migrations()).up(QString(), Backup::Skip); !rest)
                die(rest.error().toString());
            settle(*db);
            std::fprintf(stderr, "bench: migrated the catalogue of %d books at %s in %.1f s\n", rows,
                         qPrintable(db->displayUrl()), timer.elapsed() / 1000.0);
            db->close();
            return;
        }
        if (!replaceable)
            die(QStringLiteral("%1 holds another catalogue: give an empty database").arg(db->displayUrl()));
        db->close();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(db->filePath() + suffix);
        db = Database::open(url);
        if (!db)
            die(db.error().toString());
    }
    const QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    const Migrator migrator(*db, Catalogue::migrations());
    if (auto created = migrator.up(Catalogue::Migrations::createLivres().name, Backup::Skip); !created)
        die(created.error().toString());
    auto livres = Livre::define(*db);
    if (!livres)
        die(livres.error().toString());
    const BookMaker maker(dataDirectory);
    const Status inserted = transaction(*db, [&]() -> Status {
        constexpr int chunk = 5000;
        RowBatch batch(*livres, BookMaker::columns());
        for (int start = 0; start < rows; start += chunk) {
            for (int i = start; i < std::min(rows, start + chunk); ++i)
                maker.addRow(batch, i);
            if (auto r = livres->insertRows(batch, {.returning = Returning::KeysOnly}); !r)
                return std::unexpected(r.error());
        }
        return {};
    });
    if (!inserted)
        die(inserted.error().toString());
    const double insertSeconds = timer.elapsed() / 1000.0;
    if (auto rest = migrator.up(QString(), Backup::Skip); !rest)
        die(rest.error().toString());
    settle(*db);
    std::fprintf(stderr, "bench: built a catalogue of %d books at %s in %.1f s (inserts %.1f s, indexes %.1f s)\n",
                 rows, qPrintable(db->displayUrl()), timer.elapsed() / 1000.0, insertSeconds,
                 timer.elapsed() / 1000.0 - insertSeconds);
    db->close();
}

// --- the phases ---

// Reads every cell of a screen as a view paints it.
template<typename M>
void readScreen(const M &model, int first, const QList<int> &columns)
{
    const int last = std::min(model.rowCount(), first + screenRows);
    for (int row = std::max(0, first); row < last; ++row) {
        for (int column : columns) {
            if (!model.data(model.index(row, column)).isValid() && column == columns.first())
                die(QStringLiteral("row %1 could not be read").arg(row));
        }
    }
}

QList<int> randomPositions(int rows)
{
    QRandomGenerator random(42);
    QList<int> positions;
    for (int i = 0; i < randomScreens; ++i)
        positions << int(random.bounded(std::max(1, rows - screenRows)));
    return positions;
}

QJsonObject measureAdapter(const QString &url)
{
    QJsonObject result;
    std::optional<TableModel> model;
    QList<int> columns;
    Database database;
    result.insert(QStringLiteral("open_ms"), timed([&] {
                      auto db = Database::open(url, {.trustedSchema = true}); // a catalogue it built itself
                      if (!db)
                          die(db.error().toString());
                      database = *db;
                      auto livres = Livre::define(database);
                      if (!livres)
                          die(livres.error().toString());
                      model.emplace(*livres);
                      model->setAutoRefresh(false); // this process alone writes: nothing to watch for
                      QList<TableColumn> shown;
                      for (const QString &name : visible)
                          shown.append({name, QString()});
                      if (auto set = model->setColumns(shown); !set)
                          die(set.error().toString());
                      if (auto selected = model->select(); !selected)
                          die(selected.error().toString());
                      for (int c = 0; c < model->columnCount(); ++c)
                          columns << c;
                      readScreen(*model, 0, columns);
                  }));
    const int rows = model->rowCount();
    result.insert(QStringLiteral("jumpEnd_ms"), timed([&] { readScreen(*model, rows - screenRows, columns); }));

    QList<double> screens;
    for (const int position : randomPositions(rows))
        screens << timed([&] { readScreen(*model, position, columns); });
    result.insert(QStringLiteral("randomScreen_median_ms"), median(screens));
    result.insert(QStringLiteral("randomScreen_max_ms"), maximum(screens)); // the first one reads the key list

    result.insert(QStringLiteral("visitAll_ms"), timed([&] {
                      for (int first = 0; first < rows; first += screenRows)
                          readScreen(*model, first, columns);
                  }));
    result.insert(QStringLiteral("rss_mb"), rssMb());
    result.insert(QStringLiteral("cached_rows"), model->cachedRows());

    QList<double> sorts;
    for (int column = 0; column < model->columnCount(); ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            sorts << timed([&] {
                model->sort(column, order);
                readScreen(*model, 0, columns);
            });
        }
    }
    result.insert(QStringLiteral("sort_ms"), maximum(sorts)); // the slowest column and direction
    result.insert(QStringLiteral("sort_median_ms"), median(sorts));
    {
        // A view holding a current row (a persistent index) makes the sort read the new order's keys, to find
        // where that row went.
        const QPersistentModelIndex current = model->index(screenRows / 2, 0);
        QList<double> keeping;
        for (int column = 0; column < model->columnCount(); ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                keeping << timed([&] {
                    model->sort(column, order);
                    readScreen(*model, 0, columns);
                });
            }
        }
        result.insert(QStringLiteral("sort_keeping_row_ms"), maximum(keeping));
    }
    {
        TableModel unindexed(model->model());
        unindexed.setAutoRefresh(false);
        (void)unindexed.setColumns({{Livre::Id, {}}, {Livre::Nom, {}}, {Livre::NbPages, {}}});
        (void)unindexed.select();
        result.insert(QStringLiteral("sort_unindexed_ms"), timed([&] {
                          unindexed.sort(2);
                          readScreen(unindexed, 0, {0, 1, 2});
                      }));
    }

    const auto typeWords = [&] {
        QList<double> keystrokes;
        for (const QString &word : typedWords) {
            for (qsizetype length = 1; length <= word.size(); ++length) {
                keystrokes << timed([&] {
                    if (auto searched = model->setSearch(word.left(length)); !searched)
                        die(searched.error().toString());
                    (void)model->rowCount();
                    readScreen(*model, 0, columns);
                });
            }
        }
        (void)model->setSearch(QString());
        return keystrokes;
    };
    model->sort(-1);
    const QList<double> keystrokes = typeWords();
    result.insert(QStringLiteral("search_median_ms"), median(keystrokes));
    result.insert(QStringLiteral("search_max_ms"), maximum(keystrokes));
    QJsonArray each;
    for (const double k : keystrokes)
        each.append(round2(k));
    result.insert(QStringLiteral("search_keystrokes_ms"), each);
    // Sorted by title while typing: the first keystroke reads the title order's keys, the others reuse them.
    model->sort(1);
    const QList<double> sortedKeystrokes = typeWords();
    result.insert(QStringLiteral("search_sorted_median_ms"), median(sortedKeystrokes));
    result.insert(QStringLiteral("search_sorted_max_ms"), maximum(sortedKeystrokes));
    model->sort(-1);

    const int price = model->columnOf(Livre::Prix);
    QList<double> saves;
    QRandomGenerator random(7);
    for (int i = 0; i < edits; ++i) {
        const int row = int(random.bounded(rows));
        readScreen(*model, row, columns); // on screen, as a cell being edited is
        // A new price every run (the file is reused): an unchanged value would write nothing.
        const double value = model->data(model->index(row, price), Qt::EditRole).toDouble() + 0.25;
        saves << timed([&] {
            if (!model->setData(model->index(row, price), value))
                die(QStringLiteral("the edit was refused: ") + model->lastError().toString());
        });
    }
    result.insert(QStringLiteral("edit_ms"), median(saves));
    result.insert(QStringLiteral("peak_rss_mb"), peakRssMb());
    model.reset();
    database.close();
    return result;
}

QJsonObject measureQSqlTableModel(const QString &file)
{
    QJsonObject result;
    const QString name = QStringLiteral("qsqltablemodel");
    QJsonObject measures;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        std::optional<QSqlTableModel> model;
        QList<int> columns;
        result.insert(QStringLiteral("open_ms"), timed([&] {
                          if (!db.open())
                              die(db.lastError().text());
                          model.emplace(nullptr, db);
                          // Each edited cell is written at once, as the adapter does.
                          model->setEditStrategy(QSqlTableModel::OnFieldChange);
                          model->setTable(Livre::tableName);
                          if (!model->select())
                              die(model->lastError().text());
                          for (const QString &column : visible)
                              columns << model->record().indexOf(column);
                          readScreen(*model, 0, columns);
                      }));
        result.insert(QStringLiteral("rowCount_at_open"), model->rowCount()); // what it knows: not the count
        // No exact jump: it knows only the rows fetched so far. Reaching the end means fetching every row.
        result.insert(QStringLiteral("jumpEnd_ms"), QJsonValue());
        result.insert(QStringLiteral("fetchAll_ms"), timed([&] {
                          while (model->canFetchMore())
                              model->fetchMore();
                          readScreen(*model, model->rowCount() - screenRows, columns);
                      }));
        const int rows = model->rowCount();
        result.insert(QStringLiteral("rowCount_after_fetchAll"), rows);
        QList<double> screens;
        for (const int position : randomPositions(rows))
            screens << timed([&] { readScreen(*model, position, columns); });
        result.insert(QStringLiteral("randomScreen_median_ms"), median(screens));
        result.insert(QStringLiteral("visitAll_ms"), timed([&] {
                          for (int first = 0; first < rows; first += screenRows)
                              readScreen(*model, first, columns);
                      }));
        result.insert(QStringLiteral("rss_mb"), rssMb());

        QList<double> sorts;
        for (const int column : std::as_const(columns)) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                sorts << timed([&] {
                    model->setSort(column, order);
                    if (!model->select())
                        die(model->lastError().text());
                    readScreen(*model, 0, columns);
                });
            }
        }
        result.insert(QStringLiteral("sort_ms"), maximum(sorts));
        result.insert(QStringLiteral("sort_median_ms"), median(sorts));
        model->setSort(-1, Qt::AscendingOrder);

        // Its filter is SQL: a LIKE on the same columns as the adapter's search index. rowCount() stays what was
        // fetched, not the count of matches.
        QList<double> keystrokes;
        for (const QString &word : typedWords) {
            for (qsizetype length = 1; length <= word.size(); ++length) {
                QStringList terms;
                const QString pattern = word.left(length);
                for (const QString &column :
                     {Livre::Nom, Livre::Auteur, Livre::Edition, Livre::Genre, Livre::Accroche, Livre::Description})
                    terms << QStringLiteral("\"%1\" LIKE '%%2%'").arg(column, pattern);
                keystrokes << timed([&] {
                    model->setFilter(terms.join(QStringLiteral(" OR ")));
                    if (!model->select())
                        die(model->lastError().text());
                    (void)model->rowCount();
                    readScreen(*model, 0, columns);
                });
            }
        }
        result.insert(QStringLiteral("search_median_ms"), median(keystrokes));
        result.insert(QStringLiteral("search_max_ms"), maximum(keystrokes));
        result.insert(QStringLiteral("search_count_exact"), false);
        model->setFilter(QString());
        if (!model->select())
            die(model->lastError().text());

        const int price = model->record().indexOf(Livre::Prix);
        QList<double> saves;
        QRandomGenerator random(7);
        for (int i = 0; i < edits; ++i) {
            const int row = int(random.bounded(model->rowCount()));
            readScreen(*model, row, columns);
            const double value = model->data(model->index(row, price)).toDouble() + 0.25;
            saves << timed([&] {
                if (!model->setData(model->index(row, price), value))
                    die(QStringLiteral("QSqlTableModel refused the edit: ") + model->lastError().text());
            });
        }
        result.insert(QStringLiteral("edit_ms"), median(saves));
        result.insert(QStringLiteral("peak_rss_mb"), peakRssMb());
        model.reset();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QJsonObject runChild(const QString &program, const QStringList &arguments)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(program, arguments);
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        die(QStringLiteral("the phase %1 failed").arg(arguments.join(u' ')));
    const QByteArray out = child.readAllStandardOutput().trimmed();
    const QJsonDocument document = QJsonDocument::fromJson(out.split('\n').last());
    if (!document.isObject())
        die(QStringLiteral("the phase %1 printed no JSON object: %2")
                    .arg(arguments.join(u' '), QString::fromUtf8(out.left(200))));
    return document.object();
}

} // namespace

int runModelPhase(const QString &phase, const QString &url, int)
{
    QJsonObject result;
    if (phase == u"adapter")
        result = measureAdapter(url);
    else if (phase == u"qsqltablemodel")
        result = measureQSqlTableModel(url);
    else
        die(QStringLiteral("unknown phase %1").arg(phase));
    for (auto it = result.begin(); it != result.end(); ++it) {
        if (it->isDouble())
            *it = round2(it->toDouble());
    }
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}

void prepareCatalogue(const QString &url, int rows, const QString &dataDirectory)
{
    buildCatalogue(url, rows, dataDirectory, true);
}

int runModelBench(const ModelBenchOptions &options)
{
    const QString file = QFileInfo(options.file).absoluteFilePath();
    buildCatalogue(QStringLiteral("sqlite:") + file, options.rows, options.dataDirectory, true);
    QJsonObject result;
    result.insert(QStringLiteral("rows"), options.rows);
    const QString rows = QString::number(options.rows);
    result.insert(QStringLiteral("adapter"),
                  runChild(options.program,
                           {QStringLiteral("--model-phase"), QStringLiteral("adapter"), QStringLiteral("--db"),
                            QStringLiteral("sqlite:") + file, QStringLiteral("--rows"), rows}));
    result.insert(QStringLiteral("qsqltablemodel"),
                  runChild(options.program,
                           {QStringLiteral("--model-phase"), QStringLiteral("qsqltablemodel"), QStringLiteral("--db"),
                            file, QStringLiteral("--rows"), rows}));
    if (!options.postgresUrl.isEmpty()) {
        buildCatalogue(options.postgresUrl, options.rows, options.dataDirectory, false);
        result.insert(QStringLiteral("adapter_postgres"),
                      runChild(options.program,
                               {QStringLiteral("--model-phase"), QStringLiteral("adapter"), QStringLiteral("--db"),
                                options.postgresUrl, QStringLiteral("--rows"), rows}));
    }
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}

} // namespace Bench
