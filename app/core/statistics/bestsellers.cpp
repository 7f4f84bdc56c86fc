// The best sellers of the Statistics view and of `catalogue stats`: the books, authors and publishers that sold
// most in a range. From the bounds the migration 20240408000000-best-sellers-bounds keeps (a threshold algorithm:
// a few candidates' exact figures instead of every sale of the range), else from grouped queries on the sales.

#include "statistics/queries_p.h"
#include "statistics_p.h"

#include <catalogue/contributeurs.h>
#include <catalogue/livre.h>
#include <catalogue/statistics.h>
#include <catalogue/stock.h>

#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>
#include <optional>

namespace Catalogue::Statistics {

using namespace Orm;
using namespace Queries;

namespace {

// The best sellers' bounds (m20240408000000_best_sellers_bounds.cpp): for each book (LivreId), and for each author
// name (Nom) in each year (Annee), at least the copies it sold; the same of each genre
// (m20240410000000_best_sellers_bounds_by_genre.cpp), of each month (Mois, YYYYMM:
// m20240412000000_best_sellers_bounds_by_month.cpp), and of each genre and month
// (m20240415000000_best_sellers_bounds_by_genre_and_month.cpp). Defined on first use; an invalid model when the
// catalogue was not migrated that far.
const QString Annee = QStringLiteral("Annee");
const QString Mois = QStringLiteral("Mois");
const QString Bound = QStringLiteral("bound");

enum class Bounds { Books, Authors, AuthorsByGenre, AuthorsByMonth, AuthorsByGenreAndMonth };

bool byMonth(Bounds kind)
{
    return kind == Bounds::AuthorsByMonth || kind == Bounds::AuthorsByGenreAndMonth;
}

bool byGenre(Bounds kind)
{
    return kind == Bounds::AuthorsByGenre || kind == Bounds::AuthorsByGenreAndMonth;
}

Model bounds(const Catalogue &catalogue, Bounds kind)
{
    QList<Attribute> columns;
    if (kind == Bounds::Books) {
        columns.append(
                {.name = MouvementStock::LivreId, .type = DataType::integer(), .primaryKey = true, .allowNull = false});
    } else {
        columns.append({.name = byMonth(kind) ? Mois : Annee,
                        .type = DataType::integer(),
                        .primaryKey = true,
                        .allowNull = false});
        if (byGenre(kind))
            columns.append({.name = Livre::Genre, .type = DataType::string(), .primaryKey = true, .allowNull = false});
        columns.append({.name = Auteur::Nom, .type = DataType::string(), .primaryKey = true, .allowNull = false});
    }
    columns.append({.name = Exemplaires, .type = DataType::bigInt(), .allowNull = false});
    const QString table = kind == Bounds::Books ? QStringLiteral("VentesLivres")
            : kind == Bounds::Authors           ? QStringLiteral("VentesAuteurs")
            : kind == Bounds::AuthorsByGenre    ? QStringLiteral("VentesAuteursGenres")
            : kind == Bounds::AuthorsByMonth    ? QStringLiteral("VentesAuteursMois")
                                                : QStringLiteral("VentesAuteursGenresMois");
    return statisticsTable(catalogue, table, columns);
}

// The bounds a list reads: the rows `where` selects in the bounds' table, one a key, read in the order of an index
// on the bound. A range in parts (years, months: the values `parts` of the column `part`, in order) is a list per
// part, and a key's bound over the range is the sum of its bounds in the parts. (Each part's list is said with
// its part alone: told the range as well, SQLite read the range of the index and sorted it.)
struct BoundsList
{
    Where where;
    QString part;
    QList<int> parts;
};

// The exact figures of some books or authors (by their keys in the bounds' table), those that sold.
using ExactFigures = std::function<Result<QList<Ranked>>(const QVariantList &keys)>;

// The top `count` by copies sold (ties by label), worked out from bounds (a threshold algorithm: Fagin's, across
// the parts). Each list is read from its highest bound down (an index range), a page at a time, pages growing,
// from the last line read (keyset: a line that moves meanwhile is neither read twice nor skipped). A key met has,
// besides its exact figures, two bounds: what its lines read so far add up to, with the lowest bound read in each
// list it was not met in (nothing once a list is read to its end); and, looked up when that one is not enough,
// its lines of every part summed (over twelve months, summing every key's lines first would read 240,000 of them
// at a million books). The keys met are taken highest bound first, for as long as one reaches the list's last
// line (which only rises): a sum is looked up, or the figures are worked out when the bound is a sum already (a
// few first). A key met in no list sold at most the sum of the lowest bounds read in each: the lists stop when that
// is under the last line. None when the figures of more than `most` keys, or more than ten times as many keys,
// would be needed: then the caller reads every sale of the range instead.
Result<std::optional<QList<Ranked>>> topByBounds(const Model &bounds, const QString &key, const BoundsList &from,
                                                 int count, qint64 most, const ExactFigures &exact)
{
    struct List
    {
        Where where;
        QVariant lastBound; // the last line read: none yet
        QVariant lastKey;
        bool read = false; // to the end
    };
    struct Key
    {
        QVariant value;
        qint64 read = 0; // its lines read, added up
        QSet<qsizetype> readIn; // the lists they were read in
        std::optional<qint64> sum; // its lines of every part (one list: the line read)
        bool figured = false;
    };
    QList<List> lists;
    if (from.part.isEmpty())
        lists.append(List{.where = from.where});
    for (int part : from.parts)
        lists.append(List{.where = from.where && col(from.part) == part});
    QVariantList partValues;
    for (int part : from.parts)
        partValues << part;
    QList<Ranked> list;
    QHash<QString, Key> keys; // by their text
    qint64 figured = 0;
    const auto last = [&] { return list.size() >= count ? list.last().copies : 0; };
    for (qint64 page = std::max<qint64>(64, 4 * qint64(count));; page *= 2) {
        for (qsizetype i = 0; i < lists.size(); ++i) {
            List &l = lists[i];
            if (l.read)
                continue;
            Where where = l.where && col(Exemplaires) > 0;
            if (l.lastBound.isValid())
                where = where && col(Exemplaires) <= l.lastBound
                        && (col(Exemplaires) < l.lastBound || col(key) < l.lastKey);
            auto rows = bounds.aggregateRows({.where = where,
                                              .attributes = {SelectItem(key), col(Exemplaires).as(Bound)},
                                              .order = {desc(Exemplaires), desc(key)},
                                              .limit = page});
            if (!rows)
                return std::unexpected(rows.error());
            for (const QVariantMap &row : std::as_const(*rows)) {
                Key &k = keys[row.value(key).toString()];
                k.value = row.value(key);
                k.read += row.value(Bound).toLongLong();
                k.readIn.insert(i);
                if (lists.size() == 1)
                    k.sum = k.read;
            }
            if (!rows->isEmpty()) {
                l.lastBound = rows->last().value(Bound);
                l.lastKey = rows->last().value(key);
            }
            l.read = rows->size() < page;
        }
        if (qint64(keys.size()) > 10 * most)
            return std::optional<QList<Ranked>>();
        QList<qint64> lowest; // of each list: what a key not met in it could have there
        qint64 unmet = 0; // what a key met in no list could have sold at most
        for (const List &l : std::as_const(lists)) {
            lowest << (l.read ? 0 : l.lastBound.toLongLong());
            unmet += lowest.last();
        }
        const auto boundOf = [&](const Key &k) {
            if (k.sum)
                return *k.sum;
            qint64 b = k.read;
            for (qsizetype i = 0; i < lists.size(); ++i) {
                if (!k.readIn.contains(i))
                    b += lowest.at(i);
            }
            return b;
        };
        // The keys that could still be listed, highest bound first, in batches: sums to look up (four times the
        // list's length at first: a figure costs far more than a sum) or figures to work out (the list's length at
        // first); then twice as many each time, up to 500.
        for (qsizetype part = count, sumPart = 4 * qsizetype(count);;) {
            // Until the list is full, the keys of the highest bounds. Then, while the lists go on, only keys with a
            // sum already, that reach what a key met in no list could have (`unmet`): a key met this round has a
            // first bound of at least `unmet`, and most such keys need no sum once the lists are deeper (the best
            // authors of SF over twelve months looked up the sums of 1,200 names, 140 ms on PostgreSQL, without this).
            const bool full = list.size() >= count;
            const bool listsGoOn = unmet > 0 && (!full || unmet >= list.last().copies);
            const qint64 floor = !full ? 0 : listsGoOn ? std::max(last(), unmet) : last();
            QList<std::pair<qint64, QString>> waiting;
            for (auto k = keys.cbegin(); k != keys.cend(); ++k) {
                if (!k->figured && (k->sum ? *k->sum > 0 : !(full && listsGoOn)) && boundOf(*k) >= floor)
                    waiting.append({boundOf(*k), k.key()});
            }
            if (waiting.isEmpty())
                break;
            std::sort(waiting.begin(), waiting.end(), std::greater<>());
            // Sums to look up first: once the list is full, while a key of the next figures' batch has none; before
            // that, only while fewer keys have one than the batch takes (the first bounds are loosest then: every
            // key met has at least `unmet`), and the batch is the highest sums.
            qsizetype withSum = 0;
            bool summing = false;
            for (qsizetype i = 0; i < waiting.size(); ++i) {
                const bool has = bool(keys.value(waiting.at(i).second).sum);
                withSum += has;
                summing = summing || (full && i < part && !has);
            }
            summing = summing || (!full && withSum < std::min<qsizetype>(part, waiting.size()));
            QVariantList batch;
            if (summing) {
                for (const auto &[b, text] : std::as_const(waiting)) {
                    if (!keys.value(text).sum && batch.size() < sumPart)
                        batch << keys.value(text).value;
                }
                // The parts as a list, not as a range: each key's lines are looked up on the primary key, instead
                // of every line of the range being read for them.
                auto sums = bounds.aggregateRows(
                        {.where = from.where && col(from.part).in(partValues) && col(key).in(batch),
                         .attributes = {SelectItem(key), fn::sum(col(Exemplaires)).as(Bound)},
                         .group = {col(key)}});
                if (!sums)
                    return std::unexpected(sums.error());
                for (const QVariant &k : std::as_const(batch))
                    keys[k.toString()].sum = 0;
                for (const QVariantMap &row : std::as_const(*sums))
                    keys[row.value(key).toString()].sum = row.value(Bound).toLongLong();
                sumPart = std::min<qsizetype>(2 * sumPart, 500);
                continue;
            }
            for (const auto &[b, text] : std::as_const(waiting)) {
                Key &k = keys[text];
                if (batch.size() >= part || (full && !k.sum))
                    break;
                if (k.sum) {
                    batch << k.value;
                    k.figured = true;
                }
            }
            figured += batch.size();
            if (figured > most)
                return std::optional<QList<Ranked>>(); // before working out the figures of so many
            auto figures = exact(batch);
            if (!figures)
                return std::unexpected(figures.error());
            list += *figures;
            sortRanked(list);
            if (list.size() > count)
                list.resize(count);
            part = std::min<qsizetype>(2 * part, 500);
        }
        // A key met in no list must exceed the last line to be listed (or equal it and come first by label).
        if (unmet < 1 || (list.size() >= count && unmet < list.last().copies))
            return std::optional(list);
    }
}

// Of the books `ids`, those of the filter's genre and publisher, looked up by ID (parts of 5,000).
Result<QVariantList> booksOfFilter(const Catalogue &catalogue, const Filter &filter, const QVariantList &ids)
{
    QVariantList kept;
    for (qsizetype at = 0; at < ids.size(); at += 5000) {
        auto rows = catalogue.livres().aggregateRows(
                {.where = col(Livre::Id).in(ids.mid(at, 5000)) && ofBooks(filter, &same),
                 .attributes = {SelectItem(Livre::Id)}});
        if (!rows)
            return std::unexpected(rows.error());
        for (const QVariantMap &row : std::as_const(*rows))
            kept << row.value(Livre::Id);
    }
    return kept;
}

// The books of rows of sales grouped by book (LivreId and the copies), in their order, with their titles and their
// revenue (copies x Prix: a book has one price). A book since removed is left out, as a join would leave it.
Result<QList<Ranked>> booksOfSales(const Catalogue &catalogue, const QList<QVariantMap> &rows)
{
    if (rows.isEmpty())
        return QList<Ranked>();
    QVariantList ids;
    for (const QVariantMap &row : rows)
        ids << row.value(MouvementStock::LivreId);
    auto found = catalogue.livres().aggregateRows(
            {.where = col(Livre::Id).in(ids),
             .attributes = {SelectItem(Livre::Id), SelectItem(Livre::Nom), SelectItem(Livre::Prix)}});
    if (!found)
        return std::unexpected(found.error());
    QHash<qint64, QVariantMap> byId;
    for (const QVariantMap &book : std::as_const(*found))
        byId.insert(book.value(Livre::Id).toLongLong(), book);
    QList<Ranked> list;
    for (const QVariantMap &row : rows) {
        const QVariantMap book = byId.value(row.value(MouvementStock::LivreId).toLongLong());
        if (book.isEmpty())
            continue;
        const qint64 copies = copiesSold(row);
        const double revenue = double(copies) * book.value(Livre::Prix).toDouble();
        list.append({book.value(Livre::Id), book.value(Livre::Nom).toString(), copies, revenue == 0 ? 0 : revenue});
    }
    return list;
}

// The `count` books that sold most in the filter's range, ties by title: from the books' bounds when they tell
// it within 10,000 books. Otherwise, without a genre or a publisher to look at, the sales are grouped by book on
// MouvementsStock alone (the covering index on Type and Date: no row of Livres read per sale), and only the books
// found are read, for their title and Prix (revenue is copies x Prix: a book has one price). When the last line
// ties with the next (their order is then by title), and with a genre or a publisher, every sale is joined to its
// book instead.
Result<QList<Ranked>> topBooks(const Catalogue &catalogue, const Filter &filter, int count)
{
    const Model mouvements = catalogue.mouvements();
    // The books with the highest bounds, each an index range of its sales in the range. With a genre or a
    // publisher, the bounds are still those of every book (a bound for all of a book's sales holds for its sales
    // in any part); the books met that are not of the filter's are left out before their sales are read.
    if (const Model most = bounds(catalogue, Bounds::Books); most.isValid()) {
        auto list = topByBounds(
                most, MouvementStock::LivreId, {}, count, 10000, [&](QVariantList ids) -> Result<QList<Ranked>> {
                    if (!everyBook(filter)) {
                        auto kept = booksOfFilter(catalogue, filter, ids);
                        if (!kept)
                            return std::unexpected(kept.error());
                        ids = *kept;
                        if (ids.isEmpty())
                            return QList<Ranked>();
                    }
                    // Grouped on MouvementsStock alone (an index range per book), then the books that
                    // sold read for their title and Prix: joined to Livres, PostgreSQL hashed the whole
                    // of Livres for it.
                    auto rows = mouvements.aggregateRows({.where = salesAndReturns() && dated(filter.from, filter.to)
                                                                  && col(MouvementStock::LivreId).in(ids),
                                                          .attributes = {SelectItem(MouvementStock::LivreId), delta()},
                                                          .group = {col(MouvementStock::LivreId)},
                                                          .having = fn::sum(col(MouvementStock::Quantite)) < 0});
                    if (!rows)
                        return std::unexpected(rows.error());
                    return booksOfSales(catalogue, *rows);
                });
        if (!list)
            return std::unexpected(list.error());
        if (*list)
            return **list;
    }
    if (everyBook(filter)) {
        auto rows = mouvements.aggregateRows({.where = salesAndReturns() && dated(filter.from, filter.to),
                                              .attributes = {SelectItem(MouvementStock::LivreId), delta()},
                                              .order = {col(Delta).asc(), col(MouvementStock::LivreId).asc()},
                                              .group = {col(MouvementStock::LivreId)},
                                              .having = fn::sum(col(MouvementStock::Quantite)) < 0,
                                              .limit = qint64(count) + 1});
        if (!rows)
            return std::unexpected(rows.error());
        const bool tieAtTheEnd =
                rows->size() > count && rows->at(count).value(Delta) == rows->at(count - 1).value(Delta);
        if (rows->isEmpty())
            return QList<Ranked>();
        if (!tieAtTheEnd) {
            if (rows->size() > count)
                rows->resize(count);
            auto list = booksOfSales(catalogue, *rows);
            if (!list)
                return std::unexpected(list.error());
            if (list->size() == rows->size()) {
                sortRanked(*list); // ties inside the list by title
                return *list;
            }
        }
    }
    auto books = mouvements.aggregateRows(
            topSales(salesOf(filter, filter.from, filter.to), {col(MouvementStock::LivreId), col(ofBook(Livre::Nom))},
                     {SelectItem(MouvementStock::LivreId), col(ofBook(Livre::Nom)).as(Label)}, count));
    if (!books)
        return std::unexpected(books.error());
    return ranked(*books, Label, MouvementStock::LivreId);
}

} // namespace

namespace {

// What every best-seller list checks first.
Status rankable(const Catalogue &catalogue, const Filter &filter)
{
    if (!catalogue.hasRelatedTables())
        return std::unexpected(notMigrated());
    return checkRange(filter.from, filter.to);
}

} // namespace

Result<BestSellers> bestSellers(const Catalogue &catalogue, const Filter &filter, int count)
{
    BestSellers result;
    auto books = bestBooks(catalogue, filter, count);
    if (!books)
        return std::unexpected(books.error());
    result.books = std::move(*books);
    auto authors = bestAuthors(catalogue, filter, count);
    if (!authors)
        return std::unexpected(authors.error());
    result.authors = std::move(*authors);
    auto publishers = bestPublishers(catalogue, filter, count);
    if (!publishers)
        return std::unexpected(publishers.error());
    result.publishers = std::move(*publishers);
    return result;
}

Result<QList<Ranked>> bestBooks(const Catalogue &catalogue, const Filter &filter, int count)
{
    if (auto r = rankable(catalogue, filter); !r)
        return std::unexpected(r.error());
    if (count <= 0)
        return QList<Ranked>();
    return topBooks(catalogue, filter, count);
}

namespace {

// The authors' figures, merged by name: the people with the author role on the books, and the Auteur text of the
// books without any. Either all of them (`names` empty), each of the two grouped lists cut to its first `count`
// unless the filter names a genre or a publisher; or those of `names` only (`count` empty). With names or a genre
// or a publisher, the sales read are those of the books found first (theirs, or the filter's), a part at a time,
// so that each is an index range of its own (never every sale of the range looked at), and all of each name's
// lines are kept: the caller sorts and cuts.
Result<QList<Ranked>> authorFigures(const Catalogue &catalogue, const Filter &filter, std::optional<int> count,
                                    const QVariantList &names)
{
    // The sales of the range. Whenever the filter names a genre or a publisher, the books whose sales are read
    // (below) are the filter's already: restricted again through the join, SQLite walked the whole genre for
    // each part of them.
    const FindOptions sales = salesOf({.from = filter.from, .to = filter.to}, filter.from, filter.to);
    const Orm::Model mouvements = catalogue.mouvements();
    const QString person = Statistics::contributionsJoin + u'.' + Auteur::modelName + u'.';
    FindOptions byPerson = sales;
    byPerson.include << Include{.as = Statistics::contributionsJoin,
                                .where = col(Contribution::Role) == Contribution::Author,
                                .required = true,
                                .include = {{.as = Auteur::modelName, .required = true}}};
    byPerson = topSales(byPerson, {col(person + Auteur::Id), col(person + Auteur::Nom)},
                        {col(person + Auteur::Nom).as(Label)}, count.value_or(0));
    // The books without an author contribution: an anti-join, said on the join's column (see deadStock()).
    FindOptions byText = sales;
    byText.where = byText.where && col(Statistics::contributionsJoin + u'.' + Contribution::LivreId).isNull()
            && col(ofBook(Livre::Auteur)).isNotNull() && col(ofBook(Livre::Auteur)) != QStringLiteral("");
    byText.include << Include{.as = Statistics::contributionsJoin,
                              .where = col(Contribution::Role) == Contribution::Author,
                              .required = false};
    byText = topSales(byText, {col(ofBook(Livre::Auteur))}, {col(ofBook(Livre::Auteur)).as(Label)}, count.value_or(0));
    // The books whose sales are read, in parts (all: one empty part): those of `names`, or else the filter's.
    QList<QVariantList> bookLists{QVariantList()};
    if (!count || !everyBook(filter)) {
        for (FindOptions *options : {&byPerson, &byText}) {
            options->order.clear();
            options->limit.reset();
            options->having = Where(); // a name's books may be in several parts: summed below, then kept if sold
        }
        QVariantList ids;
        if (!count) {
            // Their books: those they are an author of, and those whose Auteur text names them.
            auto contributed = catalogue.database()
                                       .model(Contribution::modelName)
                                       .aggregateRows({.where = col(Contribution::Role) == Contribution::Author
                                                               && col(Auteur::modelName + u'.' + Auteur::Nom).in(names),
                                                       .attributes = {SelectItem(Contribution::LivreId)},
                                                       .include = {{.as = Auteur::modelName, .required = true}}});
            if (!contributed)
                return std::unexpected(contributed.error());
            for (const QVariantMap &row : std::as_const(*contributed))
                ids << row.value(Contribution::LivreId);
        }
        // The books whose Auteur text names them, or the filter's books (an index range).
        auto books = catalogue.livres().aggregateRows(
                {.where = !count ? col(Livre::Auteur).in(names) : ofBooks(filter, &same),
                 .attributes = {SelectItem(Livre::Id)}});
        if (!books)
            return std::unexpected(books.error());
        for (const QVariantMap &row : std::as_const(*books))
            ids << row.value(Livre::Id);
        // Of the names' books, only the filter's: the sales of their other books would be read for nothing (an
        // author of a dozen genres has a dozen times the books of one). Looked up by ID (with the genre as well,
        // SQLite read the whole genre for the names' Auteur texts).
        if (!count && !everyBook(filter)) {
            auto kept = booksOfFilter(catalogue, filter, ids);
            if (!kept)
                return std::unexpected(kept.error());
            ids = *kept;
        }
        QSet<qint64> seen;
        bookLists.clear();
        for (const QVariant &id : std::as_const(ids)) {
            if (seen.contains(id.toLongLong()))
                continue;
            seen.insert(id.toLongLong());
            if (bookLists.isEmpty() || bookLists.last().size() >= 5000)
                bookLists.append(QVariantList());
            bookLists.last() << id;
        }
    }
    // The grouped lists merged by name (a person may be a contributor of some books and only a name on others).
    // The sales are restricted by book alone: restricted by name too, SQLite looked each book up for each name.
    QSet<QString> wanted;
    for (const QVariant &name : names)
        wanted.insert(name.toString());
    QList<Ranked> result;
    QHash<QString, qsizetype> at;
    for (const QVariantList &books : std::as_const(bookLists)) {
        FindOptions people = byPerson;
        FindOptions texts = byText;
        if (!books.isEmpty()) {
            people.where = people.where && col(MouvementStock::LivreId).in(books);
            texts.where = texts.where && col(MouvementStock::LivreId).in(books);
        }
        auto named = mouvements.aggregateRows(people);
        if (!named)
            return std::unexpected(named.error());
        auto textual = mouvements.aggregateRows(texts);
        if (!textual)
            return std::unexpected(textual.error());
        for (const Ranked &line : ranked(*named, Label) + ranked(*textual, Label)) {
            if (!count && !wanted.contains(line.label))
                continue; // a co-author of those books, whose other books were not read
            const auto found = at.constFind(line.label);
            if (found == at.cend()) {
                at.insert(line.label, result.size());
                result.append(line);
            } else {
                result[*found].copies += line.copies;
                result[*found].revenue += line.revenue;
            }
        }
    }
    // Lines of several parts: only what sold more than came back.
    result.removeIf([](const Ranked &line) { return line.copies <= 0; });
    return result;
}

} // namespace

Result<QList<Ranked>> bestAuthors(const Catalogue &catalogue, const Filter &filter, int count)
{
    if (auto r = rankable(catalogue, filter); !r)
        return std::unexpected(r.error());
    if (count <= 0)
        return QList<Ranked>();
    // The names with the highest bounds, each read through its books: a few authors' sales, not the range's. With
    // a genre, the names' bounds of that genre; with a publisher, a name's bound (its sales of every book) still
    // holds, and its exact figures are those of the filter's books. A range that is not whole years (the window's
    // last twelve months) reads the bounds by month, summed: by year, each name's bound would be its sales of two
    // years, and far more names would have to be looked at. A catalogue not migrated that far has looser bounds.
    const bool ofGenre = !filter.genre.isEmpty() && filter.publisher.isEmpty();
    const bool wholeYears = !filter.from.isValid() || !filter.to.isValid()
            || (filter.from.dayOfYear() == 1 && filter.to == QDate(filter.to.year(), 12, 31));
    QList<Bounds> tightestFirst;
    if (ofGenre && !wholeYears)
        tightestFirst << Bounds::AuthorsByGenreAndMonth;
    if (ofGenre)
        tightestFirst << Bounds::AuthorsByGenre;
    if (!wholeYears)
        tightestFirst << Bounds::AuthorsByMonth;
    tightestFirst << Bounds::Authors;
    Bounds kind = Bounds::Authors;
    Model most;
    for (Bounds k : std::as_const(tightestFirst)) {
        kind = k;
        if (most = bounds(catalogue, k); most.isValid())
            break;
    }
    if (most.isValid()) {
        const QString part = byMonth(kind) ? Mois : Annee;
        const auto partOf = [&](QDate day) { return byMonth(kind) ? day.year() * 100 + day.month() : day.year(); };
        BoundsList parts{.where = byGenre(kind) ? col(Livre::Genre) == filter.genre : Where(), .part = part};
        // The range's parts, each a list of its own. A range open at one end is by year: from the first year with a
        // bound, or to the last (none: nothing sold).
        int first = filter.from.isValid() ? partOf(filter.from) : 0;
        int last = filter.to.isValid() ? partOf(filter.to) : 0;
        if (!filter.from.isValid() || !filter.to.isValid()) {
            auto ends = most.aggregateRows(
                    {.where = parts.where, .attributes = {fn::min(col(part)).as(Low), fn::max(col(part)).as(High)}});
            if (!ends)
                return std::unexpected(ends.error());
            const QVariantMap row = ends->value(0);
            if (row.value(Low).isNull())
                return QList<Ranked>();
            first = filter.from.isValid() ? first : row.value(Low).toInt();
            last = filter.to.isValid() ? last : row.value(High).toInt();
        }
        if (byMonth(kind)) {
            for (QDate month(first / 100, first % 100, 1); partOf(month) <= last; month = month.addMonths(1))
                parts.parts << partOf(month);
        } else {
            for (int year = first; year <= last; ++year)
                parts.parts << year;
        }
        auto list = topByBounds(most, Auteur::Nom, parts, count, 1000, [&](const QVariantList &names) {
            return authorFigures(catalogue, filter, std::nullopt, names);
        });
        if (!list)
            return std::unexpected(list.error());
        if (*list)
            return **list;
    }
    // Authors: the people with the author role on the books; a book without any counts under its Auteur text.
    auto result = authorFigures(catalogue, filter, count, {});
    if (!result)
        return std::unexpected(result.error());
    sortRanked(*result);
    if (result->size() > count)
        result->resize(count);
    return result;
}

Result<QList<Ranked>> bestPublishers(const Catalogue &catalogue, const Filter &filter, int count)
{
    if (auto r = rankable(catalogue, filter); !r)
        return std::unexpected(r.error());
    QList<Ranked> result;
    if (count <= 0)
        return result;
    if (const Model sums = summary(catalogue, !filter.genre.isEmpty(), true); sums.isValid()) {
        // The publishers' sales from the summary by publisher; a book without one is under the empty text.
        auto publishers = sums.aggregateRows(
                {.where = summarised(filter, filter.from, filter.to) && col(Livre::Edition) != QStringLiteral(""),
                 .attributes = {col(Livre::Edition).as(Label), soldSum(), revenueSum()},
                 .order = {col(Sold).desc(), col(Label).asc()},
                 .group = {col(Livre::Edition)},
                 .having = fn::sum(col(Exemplaires)) > 0,
                 .limit = count});
        if (!publishers)
            return std::unexpected(publishers.error());
        for (const QVariantMap &row : std::as_const(*publishers))
            result.append({QVariant(), row.value(Label).toString(), soldOf(row), revenueOfSummary(row)});
        return result;
    }
    FindOptions byPublisher = salesOf(filter, filter.from, filter.to);
    byPublisher.where = byPublisher.where && col(ofBook(Livre::Edition)).isNotNull()
            && col(ofBook(Livre::Edition)) != QStringLiteral("");
    auto publishers = catalogue.mouvements().aggregateRows(
            topSales(byPublisher, {col(ofBook(Livre::Edition))}, {col(ofBook(Livre::Edition)).as(Label)}, count));
    if (!publishers)
        return std::unexpected(publishers.error());
    return ranked(*publishers, Label);
}

} // namespace Catalogue::Statistics
