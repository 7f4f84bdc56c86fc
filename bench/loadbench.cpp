#include "loadbench.h"

#include "workload.h"

#include <catalogue/catalogue.h>
#include <catalogue/covers.h>
#include <catalogue/livre.h>
#include <catalogue/stock.h>
#include <orm/fulltextindex.h>
#include <orm/transaction.h>

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

namespace Bench {

namespace {

namespace Livre = Catalogue::Livre;
namespace Mouvement = Catalogue::MouvementStock;
using Catalogue::Movement;

constexpr int hotBooks = 100;
constexpr int openingStock = 50;

Catalogue::Catalogue openOrDie(const QString &url, Catalogue::Catalogue::Missing missing)
{
    auto opened = Catalogue::Catalogue::open(url, missing);
    if (!opened)
        die(opened.error().toString());
    return *opened;
}

// Fills an empty catalogue with rows books, each with an opening stock (the catalogue records its opening
// balance), through the catalogue's own model and hooks, as an import would.
void fill(const Catalogue::Catalogue &catalogue, int rows)
{
    auto count = catalogue.livres().count();
    if (!count)
        die(count.error().toString());
    if (*count == rows)
        return;
    if (*count != 0)
        die(QStringLiteral("%1 holds %2 books, not %3: give an empty database or the one of an earlier run")
                    .arg(catalogue.database().displayUrl())
                    .arg(*count)
                    .arg(rows));
    std::fprintf(stderr, "bench: filling the catalogue with %d books...\n", rows);
    constexpr int batchSize = 1000;
    for (int start = 0; start < rows; start += batchSize) {
        QList<QVariantMap> batch;
        for (int i = start; i < std::min(rows, start + batchSize); ++i) {
            const Row r = row(i);
            batch << QVariantMap{{Livre::Nom, r.nom},
                                 {Livre::NomSansEspaces, r.nomSansEspaces},
                                 {Livre::Presentation, r.presentation},
                                 {Livre::Prix, r.prix},
                                 {Livre::Genre, r.genre},
                                 {Livre::Auteur, r.auteur},
                                 {Livre::Edition, r.edition},
                                 {Livre::Quantite, openingStock},
                                 {Livre::Annee, r.annee},
                                 {Livre::NbPages, r.nbPages},
                                 {Livre::Ventes, 0},
                                 {Livre::Arriere, QStringLiteral("")},
                                 {Livre::Dos, QStringLiteral("")}};
        }
        auto written = Orm::transaction(catalogue.database(), [&]() -> Orm::Status {
            auto created = catalogue.livres().bulkCreate(batch);
            if (!created)
                return std::unexpected(created.error());
            return {};
        });
        if (!written)
            die(written.error().toString());
    }
}

QByteArray smallPng(int seed)
{
    QImage image(16, 24, QImage::Format_RGB32);
    image.fill(QColor::fromHsv(seed * 37 % 360, 120, 200));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

double percentile(std::vector<double> &values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

// Whether an error is the busy or serialization kind that a retry settles (the ORM's Timeout).
bool isTransient(const Orm::Error &error)
{
    return error.kind() == Orm::Error::Kind::Timeout;
}

} // namespace

int runClerk(const QString &url, int clerk, qint64 deadline, int rows, const QString &out)
{
    const Catalogue::Catalogue catalogue = openOrDie(url, Catalogue::Catalogue::Missing::Refuse);
    auto index = Orm::FullTextIndex::find(catalogue.database(), Livre::tableName);
    if (!index || index->isNull())
        die(QStringLiteral("the catalogue has no search index"));
    QRandomGenerator random(quint32(clerk * 7919 + 17));
    qint64 operations = 0, sales = 0, receipts = 0, returns = 0, searches = 0, prices = 0, covers = 0;
    qint64 conflicts = 0, refused = 0, errors = 0, retries = 0;
    qint64 deadlocks = 0; // PostgreSQL's (40P01): retried, or told as a conflict, but each cost a second's wait
    QJsonArray saved; // the movement ids of the sales this clerk was told were saved
    QStringList errorSamples;
    std::vector<double> saleMs;
    const auto book = [&] {
        // Four times in five one of the hot set everyone sells.
        return qint64(random.bounded(5) < 4 ? 1 + random.bounded(hotBooks) : 1 + random.bounded(rows));
    };
    // Whether a retry settles the error, counting PostgreSQL's deadlocks among them.
    const auto transient = [&](const Orm::Error &error) {
        if (error.nativeCode() == u"40P01")
            ++deadlocks;
        return isTransient(error);
    };
    const auto failed = [&](const Orm::Error &error) {
        ++errors;
        if (errorSamples.size() < 5)
            errorSamples << error.toString();
    };
    // A movement, retried while the database is busy (what the window does for a person, who sees nothing).
    const auto move = [&](qint64 id, Movement kind, qint64 quantity) -> Orm::Result<Orm::Instance> {
        for (int attempt = 0;; ++attempt) {
            auto moved = catalogue.recordMovement(id, kind, quantity);
            if (moved || !transient(moved.error()) || attempt >= 20)
                return moved;
            ++retries;
            QThread::msleep(1 + random.bounded(5 << std::min(attempt, 4)));
        }
    };
    while (QDateTime::currentMSecsSinceEpoch() < deadline) {
        ++operations;
        const int pick = random.bounded(100);
        if (pick < 25) { // look a book up, as typed in the search box
            ++searches;
            auto keys = index->keys(QStringLiteral("livre %1").arg(random.bounded(rows)), Qt::AscendingOrder, 20);
            if (!keys)
                failed(keys.error());
        } else if (pick < 75) { // a sale, timed
            ++sales;
            const qint64 id = book();
            QElapsedTimer timer;
            timer.start();
            auto sold = move(id, Movement::Sale, 1 + random.bounded(2));
            saleMs.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (sold)
                saved.append(sold->get(Mouvement::Id).toLongLong());
            else if (sold.error().kind() == Orm::Error::Kind::Validation)
                ++refused; // not that many copies in stock: the clerk is told so
            else
                failed(sold.error());
        } else if (pick < 88) { // a delivery
            ++receipts;
            if (auto r = move(book(), Movement::Receipt, 1 + random.bounded(10)); !r)
                failed(r.error());
        } else if (pick < 95) { // a customer brings one back
            ++returns;
            auto r = move(book(), Movement::Return, 1);
            if (!r && r.error().kind() == Orm::Error::Kind::Validation)
                ++refused; // none sold to return
            else if (!r)
                failed(r.error());
        } else if (pick < 99) { // a new price, saved against the one the clerk started from
            ++prices;
            const qint64 id = 1 + random.bounded(hotBooks);
            auto current = catalogue.livres().findByPk(id);
            if (!current || current->isNull()) {
                failed(current ? Orm::Error(Orm::Error::Kind::EmptyResult, QStringLiteral("no book %1").arg(id))
                               : current.error());
                continue;
            }
            const QVariant before = current->get(Livre::Prix);
            auto saved = catalogue.updateBook(id, {{Livre::Prix, 5.0 + random.bounded(4000) / 100.0}},
                                              {{Livre::Prix, before}});
            if (!saved && (saved.error().kind() == Orm::Error::Kind::OptimisticLock || transient(saved.error())))
                ++conflicts; // shown to the person as "someone changed it meanwhile"
            else if (!saved)
                failed(saved.error());
        } else { // a new cover
            ++covers;
            auto stored = catalogue.storeCover(smallPng(random.bounded(8)));
            if (!stored && transient(stored.error())) {
                ++conflicts;
                continue;
            }
            if (!stored) {
                failed(stored.error());
                continue;
            }
            auto saved = catalogue.updateBook(1 + random.bounded(hotBooks), {{Livre::Couverture, *stored}});
            if (!saved && transient(saved.error()))
                ++conflicts;
            else if (!saved)
                failed(saved.error());
        }
    }
    catalogue.database().close();
    QJsonArray latencies;
    for (double ms : saleMs)
        latencies.append(ms);
    const QJsonObject result{{QStringLiteral("operations"), operations},
                             {QStringLiteral("sales"), sales},
                             {QStringLiteral("receipts"), receipts},
                             {QStringLiteral("returns"), returns},
                             {QStringLiteral("searches"), searches},
                             {QStringLiteral("price_changes"), prices},
                             {QStringLiteral("cover_changes"), covers},
                             {QStringLiteral("conflicts"), conflicts},
                             {QStringLiteral("refused_sales"), refused},
                             {QStringLiteral("errors"), errors},
                             {QStringLiteral("retries"), retries},
                             {QStringLiteral("deadlocks"), deadlocks},
                             {QStringLiteral("saved"), saved},
                             {QStringLiteral("sale_ms"), latencies},
                             {QStringLiteral("error_samples"), QJsonArray::fromStringList(errorSamples)}};
    QFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(result).toJson(QJsonDocument::Compact)) < 0)
        die(QStringLiteral("cannot write %1").arg(out));
    return 0;
}

int runLoadBench(const LoadBenchOptions &options)
{
    if (options.clerks < 1 || options.seconds < 1 || options.rows < hotBooks)
        die(QStringLiteral("--clerks and --seconds above 0, --rows at least %1").arg(hotBooks));
    {
        const Catalogue::Catalogue catalogue = openOrDie(options.url, Catalogue::Catalogue::Missing::Create);
        fill(catalogue, options.rows);
        catalogue.database().close();
    }
    QTemporaryDir dir;
    if (!dir.isValid())
        die(QStringLiteral("cannot create a temporary directory"));
    const qint64 deadline = QDateTime::currentMSecsSinceEpoch() + 1000 + qint64(options.seconds) * 1000;
    QList<QProcess *> clerks;
    for (int i = 0; i < options.clerks; ++i) {
        auto *process = new QProcess;
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(options.program,
                       {QStringLiteral("--clerk-phase"), QString::number(i), QStringLiteral("--deadline"),
                        QString::number(deadline), QStringLiteral("--rows"), QString::number(options.rows),
                        QStringLiteral("--db"), options.url, QStringLiteral("--out"),
                        dir.filePath(QStringLiteral("clerk-%1.json").arg(i))});
        clerks << process;
    }
    QJsonObject totals;
    std::vector<double> saleMs;
    QList<qint64> saved;
    QJsonArray samples;
    int crashed = 0;
    for (int i = 0; i < clerks.size(); ++i) {
        QProcess *process = clerks.at(i);
        process->waitForFinished(-1);
        if (process->exitStatus() != QProcess::NormalExit || process->exitCode() != 0)
            ++crashed;
        delete process;
        QFile file(dir.filePath(QStringLiteral("clerk-%1.json").arg(i)));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject clerk = QJsonDocument::fromJson(file.readAll()).object();
        for (auto it = clerk.constBegin(); it != clerk.constEnd(); ++it) {
            if (it->isDouble())
                totals[it.key()] = totals.value(it.key()).toInteger() + it->toInteger();
        }
        for (const QJsonValue &ms : clerk.value(QStringLiteral("sale_ms")).toArray())
            saleMs.push_back(ms.toDouble());
        for (const QJsonValue &id : clerk.value(QStringLiteral("saved")).toArray())
            saved << id.toInteger();
        for (const QJsonValue &sample : clerk.value(QStringLiteral("error_samples")).toArray())
            samples.append(sample);
    }

    // The checks, through the ORM, once every clerk has stopped.
    const Catalogue::Catalogue catalogue = openOrDie(options.url, Catalogue::Catalogue::Missing::Refuse);
    qint64 lost = 0;
    auto movements = catalogue.mouvements().findAll(
            {.where = Orm::col(Mouvement::Type) == Orm::Expr::fromValue(Catalogue::movementType(Movement::Sale)),
             .attributes = {Orm::col(Mouvement::Id)}});
    if (!movements)
        die(movements.error().toString());
    QSet<qint64> stored;
    for (const Orm::Instance &m : std::as_const(*movements))
        stored.insert(m.get(Mouvement::Id).toLongLong());
    for (qint64 id : std::as_const(saved)) {
        if (!stored.contains(id))
            ++lost; // a sale the clerk was told was saved, and is not
    }
    auto sums = catalogue.mouvements().findAll(
            {.attributes = {Orm::col(Mouvement::LivreId),
                            Orm::fn::sum(Orm::col(Mouvement::Quantite)).as(QStringLiteral("total"))},
             .group = {Orm::col(Mouvement::LivreId)}});
    if (!sums)
        die(sums.error().toString());
    QHash<qint64, qint64> sumOf;
    for (const Orm::Instance &s : std::as_const(*sums))
        sumOf.insert(s.get(Mouvement::LivreId).toLongLong(), s.get(QStringLiteral("total")).toLongLong());
    auto books = catalogue.livres().findAll({.attributes = {Orm::col(Livre::Id), Orm::col(Livre::Quantite)}});
    if (!books)
        die(books.error().toString());
    qint64 negative = 0;
    for (const Orm::Instance &b : std::as_const(*books)) {
        const qint64 stock = b.get(Livre::Quantite).toLongLong();
        if (stock < 0)
            ++negative;
        if (stock != sumOf.value(b.get(Livre::Id).toLongLong()))
            ++lost; // the stock differs from the sum of its movements
    }
    const QString dialect = catalogue.database().dialect().kind() == Orm::Dialect::Kind::Sqlite
            ? QStringLiteral("sqlite")
            : QStringLiteral("postgres");
    catalogue.database().close();
    QJsonObject result{{QStringLiteral("dialect"), dialect},
                       {QStringLiteral("clerks"), options.clerks},
                       {QStringLiteral("seconds"), options.seconds},
                       {QStringLiteral("books"), options.rows},
                       {QStringLiteral("clerks_failed"), crashed},
                       {QStringLiteral("lost"), lost},
                       {QStringLiteral("negative_stock"), negative},
                       {QStringLiteral("sale_p50_ms"), percentile(saleMs, 0.50)},
                       {QStringLiteral("sale_p95_ms"), percentile(saleMs, 0.95)},
                       {QStringLiteral("sale_p99_ms"), percentile(saleMs, 0.99)}};
    for (const QString &key :
         {QStringLiteral("operations"), QStringLiteral("sales"), QStringLiteral("receipts"), QStringLiteral("returns"),
          QStringLiteral("searches"), QStringLiteral("price_changes"), QStringLiteral("cover_changes"),
          QStringLiteral("conflicts"), QStringLiteral("refused_sales"), QStringLiteral("errors"),
          QStringLiteral("retries"), QStringLiteral("deadlocks")})
        result[key] = totals.value(key).toInteger();
    if (!samples.isEmpty())
        result[QStringLiteral("error_samples")] = samples;
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}

} // namespace Bench
