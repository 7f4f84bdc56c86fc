// Where the rows a view holds on to went after a sort, counted by the database (see tablemodel_p.h).

#include "views/tablemodel_p.h"

#include <orm/dialect.h>

#include <algorithm>

namespace Orm {

namespace {

// A view holds few rows (its current row, the corners of its selection): past this many, the key list places
// them all at once.
constexpr size_t maxCounted = 8;

} // namespace

// The rows of the current result that come before the row of code in the current order, counted by the database:
// for each term of the order, the rows whose earlier terms equal the row's and whose term comes before it (NULLs
// where the database puts them). nullopt when only the key list can tell: the row was not read, or a term is not
// an attribute.
Result<std::optional<qsizetype>> TableModelPrivate::countPosition(qint64 code)
{
    const ModelDefinition &def = definition();
    const auto found = entries.constFind(code);
    if (found == entries.cend() || !codec.isInteger() || def.primaryKey().size() != 1)
        return std::optional<qsizetype>();
    const Instance &row = found->instance;
    const bool nullsLargest = database.dialect().kind() == Dialect::Kind::Postgres; // SQLite's are the smallest
    std::optional<Where> before; // none yet: no row
    Where same; // the earlier terms equal the row's (empty: every row)
    std::optional<Where> bound; // the first term at most the row's (before implies it): one range of an index
    std::optional<Where> nullsBefore; // the rows whose first term is NULL, when they all come first
    const QList<Order> terms = order();
    for (const Order &term : terms) {
        if (term.expr.kind() != Expr::Kind::Column)
            return std::optional<qsizetype>();
        const QString name = term.expr.name();
        QVariant value;
        if (sortColumn >= 0 && name == columns.at(sortColumn).attribute) {
            value = columns.at(sortColumn).valueIn(row);
        } else if (const int i = def.indexOf(name); i >= 0) {
            value = row.get(def.attribute(i).name);
        } else {
            return std::optional<qsizetype>();
        }
        const Expr column = col(name);
        const bool nullsFirst = term.nulls == Order::Nulls::First
                || (term.nulls == Order::Nulls::Default && term.descending == nullsLargest);
        std::optional<Where> earlier;
        if (value.isNull()) {
            if (!nullsFirst)
                earlier = column.isNotNull();
        } else {
            earlier = term.descending ? column > Expr::fromValue(value) : column < Expr::fromValue(value);
            if (nullsFirst && same.isEmpty() && terms.size() > 1)
                nullsBefore = column.isNull(); // counted apart: "a > x OR a IS NULL" is no range either
            else if (nullsFirst)
                earlier = *earlier || column.isNull();
            if (same.isEmpty())
                bound = term.descending ? column >= Expr::fromValue(value) : column <= Expr::fromValue(value);
        }
        if (earlier) {
            const Where here = same.isEmpty() ? *earlier : same && *earlier;
            before = before ? *before || here : here;
        }
        const Where equal = value.isNull() ? column.isNull() : column == Expr::fromValue(value);
        same = same.isEmpty() ? equal : same && equal;
    }
    if (!before && !nullsBefore)
        return std::optional<qsizetype>(0);
    // "a < x OR (a = x AND id < k)" alone is no range: PostgreSQL read it as two bitmaps and then the table's rows
    // (or the whole index); "a <= x AND (...)" is one range of the index on (a, id), read from the index alone.
    if (before && bound && terms.size() > 1)
        before = *bound && *before;
    qint64 total = 0;
    for (const std::optional<Where> &part : {before, nullsBefore}) {
        if (!part)
            continue;
        auto counted = model.count({.where = where() && *part, .paranoid = base.paranoid, .include = includes()});
        if (!counted)
            return std::unexpected(counted.error());
        total += *counted;
    }
    return std::optional<qsizetype>(qsizetype(total));
}

Result<bool> TableModelPrivate::placeByCount(const std::vector<qint64> &followed, QHash<qint64, qsizetype> &places)
{
    // Only where reading the key list costs more than a few counts: on PostgreSQL the keys of a million rows come
    // through the connection a row at a time, where SQLite reads them from its index through its C API.
    if (database.dialect().kind() != Dialect::Kind::Postgres || source != Source::Table)
        return false;
    std::vector<qint64> distinct = followed;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    if (distinct.size() > maxCounted || std::find(distinct.begin(), distinct.end(), Unknown) != distinct.end())
        return false;
    QHash<qint64, qsizetype> counted;
    for (const qint64 code : distinct) {
        auto at = countPosition(code);
        if (!at)
            return std::unexpected(at.error());
        if (!*at || **at >= qsizetype(keys.size()))
            return false; // the key list tells (and a refresh what changed meanwhile)
        counted.insert(code, **at);
    }
    for (auto it = counted.cbegin(); it != counted.cend(); ++it) {
        const qint64 there = keys[size_t(it.value())];
        if (there != Unknown && there != it.key())
            return false;
    }
    for (auto it = counted.cbegin(); it != counted.cend(); ++it)
        keys[size_t(it.value())] = it.key();
    places = std::move(counted);
    return true;
}

} // namespace Orm
