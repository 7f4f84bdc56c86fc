// A child process of tst_reliability: it writes to a catalogue the way the application does, so that the test can
// kill it at any moment (SIGKILL) or run two of it on the same database at once.
//
//   reliability_writer bulk URL ROWS TAG [delete]
//       Defines Livre, then in one Transaction writes ROWS books whose Genre is TAG (bulkCreate, in four calls) and
//       commits. With "delete", first runs PRAGMA journal_mode = DELETE on its own connection. A small page cache
//       makes SQLite spill pages to the file (and the journal) before the commit, as a large batch does.
//       Prints "journal MODE" (SQLite), "ready" just before the transaction begins, "committed" once commit()
//       returned.
//   reliability_writer increment URL COUNT MODE ID...
//       Prints "ready", waits for a line on its standard input, then adds 1 to the Quantite of the books ID... in
//       turn, COUNT times. MODE "save": a managed transaction (with retries) reads the book with findByPk, FOR
//       UPDATE, and saves it; MODE "increment": Model::increment. Prints "done".
//
//   reliability_writer receipts URL COUNT ID...
//       Opens the catalogue as the application does (Catalogue::open), prints "ready", waits for a line on its
//       standard input, then records COUNT receipts of one copy, for the books ID... in turn. Prints "done".
//   reliability_writer opens URL COUNT
//       Prints "ready", waits for a line, then opens the catalogue COUNT times as the application does and reads
//       its summary each time. Prints "done".
//
// Exit status: 0 when every operation succeeded; 1 with the error on stderr otherwise; 2 for bad arguments.

#include <catalogue/catalogue.h>
#include <catalogue/livre.h>
#include <orm/database.h>
#include <orm/model.h>
#include <orm/transaction.h>

#include <QCoreApplication>
#include <QStringList>

#include <chrono>
#include <cstdio>

using namespace Orm;
using namespace Qt::StringLiterals;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

int failed(const QString &what, const Error &error)
{
    std::fputs(qPrintable(what + u": "_s + error.toString() + u'\n'), stderr);
    return 1;
}

int usage()
{
    std::fputs("usage: reliability_writer bulk URL ROWS TAG [delete]\n"
               "       reliability_writer increment URL COUNT save|increment ID...\n"
               "       reliability_writer receipts URL COUNT ID...\n"
               "       reliability_writer opens URL COUNT\n",
               stderr);
    return 2;
}

QVariantMap book(const QString &tag, int n)
{
    return {{Catalogue::Livre::Nom, u"Livre %1 %2"_s.arg(tag).arg(n)},
            {Catalogue::Livre::Presentation, u"Présentation du livre %1"_s.arg(n)},
            {Catalogue::Livre::Genre, tag},
            {Catalogue::Livre::Prix, 10.0 + n % 50},
            {Catalogue::Livre::Quantite, n % 7},
            {Catalogue::Livre::Annee, 1950 + n % 70},
            {Catalogue::Livre::NbPages, 100 + n % 400},
            {Catalogue::Livre::Ventes, 0.0},
            {Catalogue::Livre::Arriere, u"arriere.jpg"_s},
            {Catalogue::Livre::Dos, u"dos.jpg"_s}};
}

int bulk(Database &db, const Model &livres, const QStringList &args)
{
    bool ok = false;
    const int rows = args.value(0).toInt(&ok);
    const QString tag = args.value(1);
    if (!ok || rows < 4 || tag.isEmpty())
        return usage();
    if (db.dialect().kind() == Dialect::Kind::Sqlite) {
        if (args.value(2) == u"delete") {
            if (auto r = db.query(u"PRAGMA journal_mode = DELETE"_s); !r)
                return failed(u"journal_mode"_s, r.error());
        }
        if (auto r = db.query(u"PRAGMA cache_size = 20"_s); !r)
            return failed(u"cache_size"_s, r.error());
        auto mode = db.query(u"PRAGMA journal_mode"_s);
        if (!mode)
            return failed(u"journal_mode"_s, mode.error());
        say(u"journal "_s + mode->rows.value(0).value(0).toString().toLower());
    }
    constexpr int calls = 4;
    QList<QList<QVariantMap>> batches(calls);
    for (int n = 0; n < rows; ++n)
        batches[n % calls] << book(tag, n);

    say(u"ready"_s);
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return failed(u"begin"_s, transaction.error());
    for (const QList<QVariantMap> &batch : std::as_const(batches)) {
        if (auto created = livres.bulkCreate(batch); !created)
            return failed(u"bulkCreate"_s, created.error());
    }
    if (auto committed = transaction->commit(); !committed)
        return failed(u"commit"_s, committed.error());
    say(u"committed"_s);
    return 0;
}

int increment(Database &db, const Model &livres, const QStringList &args)
{
    bool ok = false;
    const int count = args.value(0).toInt(&ok);
    const QString mode = args.value(1);
    QVariantList ids;
    for (const QString &id : args.mid(2))
        ids << id.toLongLong();
    if (!ok || count < 1 || ids.isEmpty() || (mode != u"save" && mode != u"increment"))
        return usage();

    say(u"ready"_s);
    char line[16];
    if (!std::fgets(line, sizeof line, stdin))
        return usage();

    using namespace std::chrono_literals;
    const TransactionOptions options{.retries = 12, .backoff = 5ms};
    for (int n = 0; n < count; ++n) {
        const QVariant id = ids.at(n % ids.size());
        if (mode == u"increment") {
            auto changed = livres.increment({{Catalogue::Livre::Quantite, 1}}, col(Catalogue::Livre::Id) == id);
            if (!changed)
                return failed(u"increment %1"_s.arg(n), changed.error());
            if (*changed != 1)
                return failed(u"increment %1"_s.arg(n),
                              Error(Error::Kind::Database, u"%1 rows changed instead of 1"_s.arg(*changed)));
            continue;
        }
        auto done = transaction(
                db,
                [&]() -> Status {
                    auto livre = livres.findByPk(id, {.onEmpty = OnEmpty::Reject, .lock = Lock::Update});
                    if (!livre)
                        return std::unexpected(livre.error());
                    const int quantite = livre->get(Catalogue::Livre::Quantite).toInt();
                    if (auto set = livre->set(Catalogue::Livre::Quantite, quantite + 1); !set)
                        return set;
                    return livre->save();
                },
                options);
        if (!done)
            return failed(u"save %1"_s.arg(n), done.error());
    }
    say(u"done"_s);
    return 0;
}

bool waitForGo()
{
    say(u"ready"_s);
    char line[16];
    return std::fgets(line, sizeof line, stdin) != nullptr;
}

// The application's way in: Catalogue::open, its checks included, then receipts through recordMovement().
int receipts(const QString &url, const QStringList &args)
{
    bool ok = false;
    const int count = args.value(0).toInt(&ok);
    const QStringList ids = args.mid(1);
    if (!ok || count < 1 || ids.isEmpty())
        return usage();
    auto catalogue = Catalogue::Catalogue::open(url, Catalogue::Catalogue::Missing::Refuse);
    if (!catalogue)
        return failed(u"open"_s, catalogue.error());
    if (!waitForGo())
        return usage();
    for (int n = 0; n < count; ++n) {
        auto recorded = catalogue->recordMovement(ids.at(n % ids.size()).toLongLong(), Catalogue::Movement::Receipt, 1);
        if (!recorded)
            return failed(u"receipt %1"_s.arg(n), recorded.error());
    }
    say(u"done"_s);
    return 0;
}

int opens(const QString &url, const QStringList &args)
{
    bool ok = false;
    const int count = args.value(0).toInt(&ok);
    if (!ok || count < 1)
        return usage();
    if (!waitForGo())
        return usage();
    for (int n = 0; n < count; ++n) {
        auto catalogue = Catalogue::Catalogue::open(url, Catalogue::Catalogue::Missing::Refuse);
        if (!catalogue)
            return failed(u"open %1"_s.arg(n), catalogue.error());
        if (auto summary = catalogue->summary(); !summary)
            return failed(u"summary %1"_s.arg(n), summary.error());
    }
    say(u"done"_s);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 3)
        return usage();
    if (args.at(0) == u"receipts")
        return receipts(args.at(1), args.mid(2));
    if (args.at(0) == u"opens")
        return opens(args.at(1), args.mid(2));
    auto db = Database::open(args.at(1));
    if (!db)
        return failed(u"open"_s, db.error());
    auto livres = Catalogue::Livre::define(*db);
    if (!livres)
        return failed(u"define"_s, livres.error());
    int status = 2;
    if (args.at(0) == u"bulk")
        status = bulk(*db, *livres, args.mid(2));
    else if (args.at(0) == u"increment")
        status = increment(*db, *livres, args.mid(2));
    else
        status = usage();
    db->close();
    return status;
}
