#include "model/modelprivate_p.h"
#include "sqlite/integerreader_p.h"
#include "views/tablekeys_p.h"

#include <orm/changefeed.h>
#include <orm/fulltextindex.h>
#include <orm/querybuilder.h>
#include <orm/tablemodel.h>
#include <orm/transaction.h>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QMutex>
#include <QSet>
#include <QSqlDriver>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <optional>

// How the adapter finds a row, and why.
//
// Measured on a SQLite file of a million books (2 cores, warm cache), a screen of 50 rows read at a random
// position with LIMIT/OFFSET costs what skipping the rows before it costs: 58 ms at the middle, growing with the
// position, against the 5 ms a screen may take. Keyset pagination (WHERE (Nom, ID) > (?, ?)) is as fast as a
// screen gets, but only from a known neighbour: a scroll bar dragged to 73 % has none. So the adapter keeps the
// ordered primary keys of the whole result, read in one query (SELECT ID ... ORDER BY Nom, ID: 90 to 210 ms
// through an index for a million rows, into 8 MB), and reads a page by its keys (WHERE ID IN (...): 0.4 ms for
// 128 rows wherever it is). Opening and the first and last screens need no key list: the count and a LIMIT query
// from either end (1 ms) give them, so the key list is read only when a view reaches past the first or last four
// pages. Ordered by the primary key alone, the keys are read without ORDER BY (SQLite then scans the smallest
// index, 90 ms, instead of the table, 450 ms) and sorted in memory (10 ms). A sort needs no key list either,
// unless a view holds on to rows (its current row, its selection): then the new order's keys tell where they went.
// In primary key order (the usual one), a page past the first four that follows a row already read is read beside
// it (WHERE ID > ? ORDER BY ID LIMIT n: as fast as the first page), so paging down or up needs no key list either;
// reading it whole cost the first scroll past the fourth page 130 ms at a million books. Only a jump far from any
// row read needs it. rowOf() asks the database before reading the key list: a row the result does not hold is one
// indexed lookup, and in a search in key order the index counts the matches before it (at worst what the search's
// count costs), where the key list of "h" took 190 ms after each letter typed.
//
// A search with a full-text index and the primary key order asks the index alone: its count (1 to 80 ms for a
// million books, the most for a one-letter prefix that half the rows match) and its first or last keys in order
// (1 ms). In another order, or with a filter, the result is the ordered keys of the unsearched result (read once,
// and kept while the user types) that the index also matches (80 ms for the 543,000 matches of "h", 10 ms for the
// 11,000 of "harry"), which gives the count and every position at once.

namespace Orm {

namespace {

constexpr qint64 Unknown = KeyCodec::Unknown;
// Rows within this many pages of either end are read by a LIMIT query, without the key list.
constexpr int endPages = 4;
// How far from a known row a page is still read beside it (knownBeside) rather than through the key list.
constexpr int besidePages = 4;
// A refresh that would take more insertions and removals than this resets the model instead.
constexpr qsizetype maxRefreshRuns = 2000;
constexpr int pollMilliseconds = 1000;

std::atomic<quint64> s_nextAdapter{1};

// The hook events after which an adapter refreshes (bulk operations with individual hooks end with their bulk
// event too).
constexpr HookEvent refreshingEvents[] = {
        HookEvent::AfterDestroy,    HookEvent::AfterRestore,     HookEvent::AfterUpsert,     HookEvent::AfterBulkCreate,
        HookEvent::AfterBulkUpdate, HookEvent::AfterBulkDestroy, HookEvent::AfterBulkRestore};

// Where the database's hooks meet an adapter: the hooks hold it weakly, the adapter clears target when it goes.
struct ChangeChannel
{
    QMutex mutex;
    TableModel *target = nullptr;
    QThread *thread = nullptr;
    QString table;
    std::atomic<int> ownWrites{0}; // the adapter's own writes under way (on its thread): their echo is ignored
};

// A change made through the ORM, as the hooks saw it.
struct Change
{
    bool inPlace = false; // an update of a stored row: only these attributes changed
    QVariantList key;
    QStringList attributes;
};

// Numbers to the right. An int, as the delegates of Qt 6.4 read it (they call toInt()).
QVariant alignment(const DataType &type)
{
    return int(type.isNumeric() ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
}

// Collects the attributes a condition reads.
void collectNames(const Expr &expr, QSet<QString> &names)
{
    if (expr.kind() == Expr::Kind::Column)
        names.insert(expr.name());
    for (const Expr &argument : expr.arguments())
        collectNames(argument, names);
}

void collectNames(const Where &where, QSet<QString> &names)
{
    for (const Where &child : where.children())
        collectNames(child, names);
    for (const Expr &operand : where.operands())
        collectNames(operand, names);
}

Order reversed(const Order &order)
{
    Order::Nulls nulls = order.nulls;
    if (nulls == Order::Nulls::First)
        nulls = Order::Nulls::Last;
    else if (nulls == Order::Nulls::Last)
        nulls = Order::Nulls::First;
    return Order(order.expr, !order.descending, nulls);
}

} // namespace

class TableModelPrivate
{
public:
    struct Column
    {
        QString attribute;
        QString header;
        int index = -1; // in owner's attributes
        bool editable = false;
        const ModelDefinition *owner = nullptr; // the model, or the model a belongsTo chain leads to
        QStringList path; // that chain's aliases ("Editeur", "Pays" for "Editeur.Pays.Nom"); empty for the model's
        const Attribute &attribute_() const { return owner->attribute(index); }
        // The value of the column in a row: the included row's when the column comes from an association.
        QVariant valueIn(const Instance &row) const
        {
            if (path.isEmpty())
                return row.get(attribute);
            Instance related = row;
            for (const QString &as : path)
                related = related.relatedOne(as);
            return related.get(owner->attribute(index).name);
        }
    };
    struct Entry
    {
        Instance instance;
        quint64 used = 0;
    };
    // How the rows of the current result are found.
    enum class Source {
        Table, // count, LIMIT queries from either end, the key list when needed
        SearchByKey, // a search in primary key order: the full-text index alone
        KeyList, // every key computed up front (a search in another order, or with a filter)
    };

    TableModelPrivate(TableModel *q, const Model &model);

    const ModelDefinition &definition() const { return model.definition(); }
    Status setColumns(const QList<TableColumn> &list);
    Where where() const;
    bool isPlain() const;
    QList<Order> order(bool reverse = false) const;
    std::optional<bool> keyOrderDescending() const;
    bool usesIndex() const;
    Status findIndex();
    QSet<QString> layoutAttributes() const;

    // Reading.
    Status prepare(); // count and source of the current options; no signal
    Result<std::vector<qint64>> tableKeys(const Where &condition);
    Result<std::vector<qint64>> readAllKeys();
    Status loadAllKeys();
    Status readEnd(bool tail, qsizetype from, qsizetype to);
    qsizetype knownBeside(qsizetype pageStart, qsizetype pageEnd) const;
    Status readBeside(qsizetype known, qsizetype to);
    Result<std::optional<qsizetype>> locate(qint64 code);
    bool ensureKnown(qsizetype row);
    Status readPage(qsizetype page);
    const Instance *row(qsizetype row);
    void evict();
    void cache(const Instance &instance);
    qint64 keyOf(const Instance &instance) { return codec.encode(instance.primaryKey()); }
    Where keysWhere(const std::vector<qint64> &codes) const;
    Result<Column> includedColumn(const TableColumn &column) const;
    QList<Include> includes() const;
    void reportError(const Error &error);

    // Showing.
    QVariant display(const QVariant &value, const Attribute &attribute) const;
    QVariant input(const QVariant &value, const Attribute &attribute) const;

    // A model reset to the current options, reading what they need (the unsearched keys kept while typing stay).
    Status reset();

    // Changes.
    void connectHooks();
    void disconnectHooks();
    void onChange(const Change &change);
    void scheduleRefresh();
    void watch();
    void poll();
    Status applyRefresh(std::vector<qint64> fresh);
    void reportEditError(int row, const Error &error, const QString &fallbackAttribute);

    TableModel *q;
    Model model;
    Database database;
    KeyCodec codec;
    QList<Column> columns;
    FindOptions base;
    Where filter;
    QString search;
    int sortColumn = -1;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    QVariantMap defaults;
    QLocale locale;
    bool selected = false;

    Source source = Source::Table;
    FullTextIndex index;
    bool indexLooked = false;
    std::vector<qint64> keys; // one per row; Unknown until read
    bool allKeys = false;
    std::optional<std::vector<qint64>> baseKeys; // the unsearched result of a KeyList search, kept while typing

    QHash<qint64, Entry> entries;
    quint64 clock = 0;
    int pageSize = 128;
    int cacheLimit = 8192;
    QHash<std::pair<qint64, int>, QString> errors; // refused values by (key, column)

    Error lastError;
    std::shared_ptr<ChangeChannel> channel;
    QString hookName;
    QTimer refreshTimer;
    QTimer pollTimer;
    qint64 dataVersion = -1;
    bool autoRefresh = true;
    bool listening = false;
};

TableModelPrivate::TableModelPrivate(TableModel *qq, const Model &m)
    : q(qq),
      model(m),
      database(m.database()),
      codec(m.definition())
{
    refreshTimer.setSingleShot(true);
    refreshTimer.setInterval(0);
    pollTimer.setInterval(pollMilliseconds);
}

// A column "Editeur.Pays.Nom": the attribute of the model its belongsTo chain leads to. Only belongsTo is followed:
// it gives each row at most one value and is joined, so that the column sorts and filters in the database.
Result<TableModelPrivate::Column> TableModelPrivate::includedColumn(const TableColumn &column) const
{
    QStringList path = column.attribute.split(u'.');
    const QString name = path.takeLast();
    Model current = model;
    for (const QString &as : std::as_const(path)) {
        const Association association = current.association(as);
        if (!association.isValid() || association.kind() != AssociationKind::BelongsTo)
            return fail(Error::Kind::InvalidQuery,
                        QStringLiteral("'%1' is not a belongsTo association of the model %2")
                                .arg(as.left(80), current.name()));
        current = association.target();
    }
    const ModelDefinition &def = current.definition();
    const int i = def.indexOf(name);
    if (i < 0)
        return fail(Error::Kind::InvalidQuery,
                    QStringLiteral("'%1' is not an attribute of the model %2").arg(name.left(80), def.name()));
    // Shown, never edited here: it belongs to another row.
    return Column{path.join(u'.') + u'.' + def.attribute(i).name,
                  column.header.isEmpty() ? column.attribute : column.header,
                  i,
                  false,
                  &def,
                  path};
}

QList<Include> TableModelPrivate::includes() const
{
    QList<Include> tree = base.include;
    for (const Column &column : columns) {
        QList<Include> *level = &tree;
        for (const QString &as : column.path) {
            auto it = std::find_if(level->begin(), level->end(), [&](const Include &i) { return i.as == as; });
            if (it == level->end()) {
                level->append(Include{.as = as});
                it = level->end() - 1;
            }
            level = &it->include;
        }
    }
    return tree;
}

Status TableModelPrivate::setColumns(const QList<TableColumn> &list)
{
    QList<Column> resolved;
    const ModelDefinition &def = definition();
    for (const TableColumn &column : list) {
        if (column.attribute.contains(u'.')) {
            auto included = includedColumn(column);
            if (!included)
                return std::unexpected(included.error());
            resolved.append(*included);
            continue;
        }
        const int i = def.indexOf(column.attribute);
        if (i < 0)
            return fail(Error::Kind::InvalidQuery,
                        QStringLiteral("'%1' is not an attribute of the model %2")
                                .arg(column.attribute.left(80), def.name()));
        const Attribute &a = def.attribute(i);
        // The key and what the ORM fills in itself are shown, never edited.
        const bool editable = !a.primaryKey && !a.autoIncrement && i != def.createdAtIndex()
                && i != def.updatedAtIndex() && i != def.deletedAtIndex() && i != def.versionIndex();
        resolved.append({a.name, column.header.isEmpty() ? a.name : column.header, i, editable, &def, {}});
    }
    columns = resolved;
    return {};
}

Where TableModelPrivate::where() const
{
    Where condition = base.where && filter;
    const QStringList words = FullTextIndex::words(search);
    if (words.isEmpty() || usesIndex())
        return condition;
    // Without a full-text index: every word somewhere in a text column shown, ignoring case (words hold no % or
    // _ to escape). With no text column shown, nothing matches.
    for (const QString &word : words) {
        Where anyColumn = col(definition().attribute(definition().primaryKey().value(0)).name).in({});
        for (const Column &column : columns) {
            if (column.attribute_().type.isText())
                anyColumn = anyColumn || col(column.attribute).iLike(u'%' + word + u'%');
        }
        condition = condition && anyColumn;
    }
    return condition;
}

bool TableModelPrivate::isPlain() const
{
    return base.where.isEmpty() && filter.isEmpty()
            && !(definition().isParanoid() && base.paranoid == Paranoid::ExcludeDeleted);
}

QList<Order> TableModelPrivate::order(bool reverse) const
{
    QList<Order> terms;
    if (sortColumn >= 0)
        terms << Order(col(columns.at(sortColumn).attribute), sortOrder == Qt::DescendingOrder);
    else
        terms = base.order;
    const bool descending = !terms.isEmpty() && terms.last().descending;
    // The primary key breaks ties, so that every row has one place and reversing the order reverses the rows.
    const ModelDefinition &def = definition();
    for (int i : def.primaryKey()) {
        const bool ordered = std::any_of(terms.begin(), terms.end(), [&](const Order &o) {
            return o.expr.kind() == Expr::Kind::Column && def.indexOf(o.expr.name()) == i;
        });
        if (!ordered)
            terms << Order(col(def.attribute(i).name), descending);
    }
    if (reverse) {
        for (Order &term : terms)
            term = reversed(term);
    }
    return terms;
}

std::optional<bool> TableModelPrivate::keyOrderDescending() const
{
    const QList<Order> terms = order();
    const ModelDefinition &def = definition();
    if (terms.size() != 1 || def.primaryKey().size() != 1 || terms.first().expr.kind() != Expr::Kind::Column
        || def.indexOf(terms.first().expr.name()) != def.primaryKey().first())
        return std::nullopt;
    return terms.first().descending;
}

bool TableModelPrivate::usesIndex() const
{
    return !index.isNull() && codec.isInteger();
}

Status TableModelPrivate::findIndex()
{
    if (indexLooked || FullTextIndex::words(search).isEmpty())
        return {};
    auto found = FullTextIndex::find(database, definition().tableName());
    if (!found)
        return std::unexpected(found.error());
    index = *found;
    indexLooked = true;
    return {};
}

QSet<QString> TableModelPrivate::layoutAttributes() const
{
    QSet<QString> names;
    for (const Order &term : order())
        collectNames(term.expr, names);
    collectNames(where(), names);
    if (!FullTextIndex::words(search).isEmpty() && usesIndex()) {
        for (const QString &column : index.columns())
            names.insert(column);
    }
    QSet<QString> attributes; // columns named by their attributes' names
    for (const QString &name : std::as_const(names)) {
        const int i = definition().indexOf(name);
        attributes.insert(i >= 0 ? definition().attribute(i).name : name);
    }
    return attributes;
}

void TableModelPrivate::reportError(const Error &error)
{
    lastError = error;
    // Queued: this may run inside data(), where a view does not expect signals.
    QMetaObject::invokeMethod(
            q, [target = q, error] { Q_EMIT target->queryFailed(error); }, Qt::QueuedConnection);
}

// --- reading ---

Result<std::vector<qint64>> TableModelPrivate::tableKeys(const Where &condition)
{
    const ModelDefinition &def = definition();
    FindOptions options;
    options.where = condition;
    options.paranoid = base.paranoid;
    for (int i : def.primaryKey())
        options.attributes << SelectItem(def.attribute(i).name);
    const std::optional<bool> byKey = keyOrderDescending();
    if (!(codec.isInteger() && byKey))
        options.order = order();
    // Included columns may be sorted or filtered on: their belongsTo chains are joined.
    auto joins = ModelPrivate::of(model)->requiredJoins(includes());
    if (!joins)
        return std::unexpected(joins.error());
    auto st = QueryBuilder(def, database.dialect()).select(options, nullptr, nullptr, *joins);
    if (!st)
        return std::unexpected(st.error());
    if (codec.isInteger()) {
        auto read = readIntegers(database, *st);
        if (read && byKey) {
            sortKeys(*read);
            if (*byKey)
                std::reverse(read->begin(), read->end());
        }
        return read;
    }
    auto rows = database.execute(*st);
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<qint64> codes;
    codes.reserve(size_t(rows->rows.size()));
    for (const QVariantList &row : std::as_const(rows->rows)) {
        QVariantList key;
        for (qsizetype c = 0; c < def.primaryKey().size(); ++c)
            key << database.dialect().fromDatabase(row.value(c), def.attribute(def.primaryKey().at(c)).type);
        codes.push_back(codec.encode(key)); // a key seen for the first time gets its code here
    }
    return codes;
}

Result<std::vector<qint64>> TableModelPrivate::readAllKeys()
{
    switch (source) {
    case Source::Table:
        return tableKeys(where());
    case Source::SearchByKey:
        return index.keys(search, keyOrderDescending().value_or(false) ? Qt::DescendingOrder : Qt::AscendingOrder);
    case Source::KeyList: {
        if (!baseKeys) {
            auto unsearched = tableKeys(where());
            if (!unsearched)
                return unsearched;
            baseKeys = std::move(*unsearched);
        }
        auto matches = index.keys(search);
        if (!matches)
            return matches;
        return intersect(*baseKeys, *matches);
    }
    }
    return std::vector<qint64>();
}

Status TableModelPrivate::prepare()
{
    keys.clear();
    allKeys = false;
    if (auto found = findIndex(); !found)
        return found;
    const bool searching = !FullTextIndex::words(search).isEmpty();
    if (searching && usesIndex())
        source = isPlain() && keyOrderDescending() ? Source::SearchByKey : Source::KeyList;
    else
        source = Source::Table;
    if (source == Source::Table && !searching && baseKeys) {
        // Back from a search: the unsearched result it kept is this one, every key in place.
        keys = *baseKeys;
        allKeys = true;
        return {};
    }
    Result<qint64> count = 0;
    if (source == Source::KeyList) {
        auto all = readAllKeys();
        if (!all)
            return std::unexpected(all.error());
        keys = std::move(*all);
        allKeys = true;
        return {};
    }
    count = source == Source::SearchByKey
            ? index.count(search)
            : model.count({.where = where(), .paranoid = base.paranoid, .include = includes()});
    if (!count)
        return std::unexpected(count.error());
    keys.assign(size_t(std::min<qint64>(*count, std::numeric_limits<int>::max())), Unknown);
    allKeys = keys.empty();
    return {};
}

Status TableModelPrivate::loadAllKeys()
{
    auto all = readAllKeys();
    if (!all)
        return std::unexpected(all.error());
    // The result changed since it was counted, or rows read from either end are not where the list puts them:
    // the list is taken, and a refresh will tell the views what moved.
    bool changed = all->size() != keys.size();
    for (size_t i = 0; !changed && i < keys.size(); ++i)
        changed = keys[i] != Unknown && keys[i] != (*all)[i];
    all->resize(keys.size(), Unknown);
    keys = std::move(*all);
    allKeys = true;
    if (changed)
        scheduleRefresh();
    return {};
}

Status TableModelPrivate::readEnd(bool tail, qsizetype from, qsizetype to)
{
    const qsizetype count = qsizetype(keys.size());
    const qsizetype wanted = tail ? count - from : to;
    const auto place = [&](qsizetype i) { return tail ? count - 1 - i : i; };
    if (source == Source::SearchByKey) {
        const bool descending = keyOrderDescending().value_or(false) != tail;
        auto found = index.keys(search, descending ? Qt::DescendingOrder : Qt::AscendingOrder, wanted);
        if (!found)
            return std::unexpected(found.error());
        for (qsizetype i = 0; i < qsizetype(found->size()) && i < count; ++i)
            keys[size_t(place(i))] = (*found)[size_t(i)];
        if (qsizetype(found->size()) < wanted)
            scheduleRefresh();
        return {};
    }
    auto rows = model.findAll({.where = where(),
                               .order = order(tail),
                               .limit = wanted,
                               .paranoid = base.paranoid,
                               .include = includes()});
    if (!rows)
        return std::unexpected(rows.error());
    for (qsizetype i = 0; i < rows->size() && i < count; ++i) {
        const qint64 key = keyOf(rows->at(i));
        keys[size_t(place(i))] = key;
        cache(rows->at(i));
    }
    if (rows->size() < wanted)
        scheduleRefresh();
    evict();
    return {};
}

// In primary key order, a row whose key is known a few pages before the page (or after it) is where a view that
// scrolls reads from, or -1: the page is then one indexed query away (readBeside) without the key list.
qsizetype TableModelPrivate::knownBeside(qsizetype pageStart, qsizetype pageEnd) const
{
    if (source != Source::Table || !codec.isInteger() || !keyOrderDescending())
        return -1;
    const qsizetype reach = qsizetype(besidePages) * pageSize;
    for (qsizetype r = pageStart - 1; r >= std::max<qsizetype>(0, pageStart - reach); --r) {
        if (keys[size_t(r)] != Unknown)
            return r;
    }
    const qsizetype count = qsizetype(keys.size());
    for (qsizetype r = pageEnd; r < std::min(count, pageEnd + reach); ++r) {
        if (keys[size_t(r)] != Unknown)
            return r;
    }
    return -1;
}

// Reads the rows from the one after (or before) the known row through row to, by their keys: "Id > known ORDER BY
// Id LIMIT n", as many rows as a page or a few, however far the page is from either end.
Status TableModelPrivate::readBeside(qsizetype known, qsizetype to)
{
    const bool forward = to > known;
    const qsizetype wanted = forward ? to - known : known - to;
    const ModelDefinition &def = definition();
    const Expr key = col(def.attribute(def.primaryKey().first()).name);
    const QVariant from = codec.toVariant(keys[size_t(known)]);
    // After the known row in the view's order: greater keys when ascending and reading forward.
    const bool greater = keyOrderDescending().value_or(false) != forward;
    auto rows = model.findAll({.where = where() && (greater ? key > from : key < from),
                               .order = order(!forward),
                               .limit = wanted,
                               .paranoid = base.paranoid,
                               .include = includes()});
    if (!rows)
        return std::unexpected(rows.error());
    bool changed = qsizetype(rows->size()) < wanted;
    for (qsizetype i = 0; i < rows->size(); ++i) {
        const qsizetype place = forward ? known + 1 + i : known - 1 - i;
        if (place < 0 || place >= qsizetype(keys.size()))
            break;
        const qint64 code = keyOf(rows->at(i));
        // A key already known elsewhere in the list, or another one here: others changed the result meanwhile.
        changed = changed || (keys[size_t(place)] != Unknown && keys[size_t(place)] != code);
        keys[size_t(place)] = code;
        cache(rows->at(i));
    }
    if (changed)
        scheduleRefresh();
    evict();
    return {};
}

// Where the row of a key is, asked of the database without the key list: -1 when the row is not in the result (one
// indexed lookup), its row in a search in key order (counted by the index); nullopt when only the key list can tell.
Result<std::optional<qsizetype>> TableModelPrivate::locate(qint64 code)
{
    if (!codec.isInteger())
        return std::optional<qsizetype>();
    if (source == Source::SearchByKey) {
        const Qt::SortOrder order = keyOrderDescending().value_or(false) ? Qt::DescendingOrder : Qt::AscendingOrder;
        auto at = index.position(search, code, order);
        if (!at)
            return std::unexpected(at.error());
        return std::optional<qsizetype>(at->has_value() ? qsizetype(**at) : -1);
    }
    if (source == Source::Table) {
        const ModelDefinition &def = definition();
        const Expr key = col(def.attribute(def.primaryKey().first()).name);
        auto found = model.count(
                {.where = where() && key == codec.toVariant(code), .paranoid = base.paranoid, .include = includes()});
        if (!found)
            return std::unexpected(found.error());
        if (*found == 0)
            return std::optional<qsizetype>(-1);
    }
    return std::optional<qsizetype>();
}

bool TableModelPrivate::ensureKnown(qsizetype row)
{
    if (row < 0 || row >= qsizetype(keys.size()))
        return false;
    if (keys[size_t(row)] != Unknown)
        return true;
    if (allKeys)
        return false;
    const qsizetype count = qsizetype(keys.size());
    const qsizetype zone = qsizetype(endPages) * pageSize;
    const qsizetype pageStart = row / pageSize * pageSize;
    const qsizetype pageEnd = std::min(count, pageStart + pageSize);
    Status read;
    if (pageEnd <= zone)
        read = readEnd(false, 0, pageEnd);
    else if (pageStart >= count - zone)
        read = readEnd(true, pageStart, count);
    else if (const qsizetype known = knownBeside(pageStart, pageEnd); known >= 0)
        read = readBeside(known, known < pageStart ? pageEnd - 1 : pageStart);
    else
        read = loadAllKeys();
    if (!read)
        reportError(read.error());
    return keys[size_t(row)] != Unknown;
}

Where TableModelPrivate::keysWhere(const std::vector<qint64> &codes) const
{
    const ModelDefinition &def = definition();
    if (def.primaryKey().size() == 1) {
        QVariantList values;
        values.reserve(qsizetype(codes.size()));
        for (const qint64 code : codes)
            values << codec.toVariant(code);
        return col(def.attribute(def.primaryKey().first()).name).in(values);
    }
    Where any;
    for (const qint64 code : codes)
        any = any || def.primaryKeyWhere(codec.decode(code));
    return any;
}

Status TableModelPrivate::readPage(qsizetype page)
{
    const qsizetype start = page * pageSize;
    const qsizetype end = std::min(qsizetype(keys.size()), start + pageSize);
    if (start >= end)
        return {};
    ensureKnown(start);
    ensureKnown(end - 1);
    std::vector<qint64> missing;
    for (qsizetype r = start; r < end; ++r) {
        if (!ensureKnown(r))
            continue;
        const qint64 key = keys[size_t(r)];
        if (!entries.contains(key))
            missing.push_back(key);
    }
    if (missing.empty())
        return {};
    auto rows = model.findAll({.where = keysWhere(missing), .paranoid = base.paranoid, .include = includes()});
    if (!rows)
        return std::unexpected(rows.error());
    for (const Instance &instance : std::as_const(*rows))
        cache(instance);
    if (size_t(rows->size()) < missing.size())
        scheduleRefresh(); // deleted since the keys were read
    evict();
    return {};
}

void TableModelPrivate::cache(const Instance &instance)
{
    entries.insert(keyOf(instance), Entry{instance, ++clock});
}

const Instance *TableModelPrivate::row(qsizetype row)
{
    if (!ensureKnown(row))
        return nullptr;
    const qint64 key = keys[size_t(row)];
    auto it = entries.find(key);
    if (it == entries.end()) {
        if (auto read = readPage(row / pageSize); !read)
            reportError(read.error());
        it = entries.find(key);
        if (it == entries.end())
            return nullptr;
    }
    it->used = ++clock;
    return &it->instance;
}

void TableModelPrivate::evict()
{
    if (entries.size() <= cacheLimit)
        return;
    // Down to three quarters of the limit at once, the least recently used first, so that eviction runs once
    // every few pages rather than on every one.
    std::vector<quint64> uses;
    uses.reserve(size_t(entries.size()));
    for (const Entry &entry : std::as_const(entries))
        uses.push_back(entry.used);
    const size_t drop = uses.size() - size_t(cacheLimit) * 3 / 4;
    std::nth_element(uses.begin(), uses.begin() + qsizetype(drop), uses.end());
    const quint64 threshold = uses[drop];
    entries.removeIf([threshold](QHash<qint64, Entry>::iterator entry) { return entry->used < threshold; });
}

// --- showing ---

QVariant TableModelPrivate::display(const QVariant &value, const Attribute &attribute) const
{
    if (value.isNull() || !value.isValid())
        return {};
    switch (attribute.type.kind) {
    case DataType::Kind::Integer:
    case DataType::Kind::BigInt: {
        // Keys, years and counts: without group separators ("1998", not "1 998").
        QLocale plain = locale;
        plain.setNumberOptions(plain.numberOptions() | QLocale::OmitGroupSeparator);
        return plain.toString(value.toLongLong());
    }
    case DataType::Kind::Float:
    case DataType::Kind::Double:
        return locale.toString(value.toDouble(), 'f', QLocale::FloatingPointShortest);
    case DataType::Kind::Decimal:
        return locale.toString(value.toDouble(), 'f', attribute.type.scale);
    case DataType::Kind::Boolean:
        return value.toBool() ? QCoreApplication::translate("Orm::TableModel", "Yes")
                              : QCoreApplication::translate("Orm::TableModel", "No");
    case DataType::Kind::Date:
        return locale.toString(value.toDateTime().toLocalTime(), QLocale::ShortFormat);
    case DataType::Kind::DateOnly:
        return locale.toString(value.toDate(), QLocale::ShortFormat);
    case DataType::Kind::Time:
        return locale.toString(value.toTime(), QLocale::ShortFormat);
    case DataType::Kind::Json:
        return QString::fromUtf8(QJsonDocument::fromVariant(value).toJson(QJsonDocument::Compact));
    case DataType::Kind::Blob:
        return QCoreApplication::translate("Orm::TableModel", "%n byte(s)", nullptr, int(value.toByteArray().size()));
    default:
        return value.toString();
    }
}

QVariant TableModelPrivate::input(const QVariant &value, const Attribute &attribute) const
{
    if (value.typeId() != QMetaType::QString || attribute.type.isText())
        return value;
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return QVariant(); // an emptied number or date is no value; allowNull decides
    bool ok = false;
    switch (attribute.type.kind) {
    case DataType::Kind::Integer:
    case DataType::Kind::BigInt: {
        qint64 n = locale.toLongLong(text, &ok);
        if (!ok)
            n = text.toLongLong(&ok);
        return ok ? QVariant(n) : value; // otherwise validation says it is not a whole number
    }
    case DataType::Kind::Float:
    case DataType::Kind::Double:
    case DataType::Kind::Decimal: {
        double n = locale.toDouble(text, &ok);
        if (!ok)
            n = text.toDouble(&ok);
        return ok ? QVariant(n) : value;
    }
    case DataType::Kind::Boolean:
        if (text.compare(QCoreApplication::translate("Orm::TableModel", "Yes"), Qt::CaseInsensitive) == 0)
            return true;
        if (text.compare(QCoreApplication::translate("Orm::TableModel", "No"), Qt::CaseInsensitive) == 0)
            return false;
        return value;
    default:
        return value;
    }
}

Status TableModelPrivate::reset()
{
    q->beginResetModel();
    entries.clear();
    errors.clear();
    auto prepared = prepare();
    if (!prepared) {
        keys.clear();
        allKeys = true;
        lastError = prepared.error();
    }
    selected = true;
    q->endResetModel();
    watch();
    return prepared;
}

// --- changes ---

void TableModelPrivate::connectHooks()
{
    channel = std::make_shared<ChangeChannel>();
    channel->target = q;
    channel->thread = q->thread();
    channel->table = definition().tableName();
    hookName = QStringLiteral("orm.tablemodel.%1").arg(s_nextAdapter++);
    const std::weak_ptr<ChangeChannel> weak = channel;

    // Hands a change over to the adapter's thread once the writer's transaction commits (dropped if it rolls back).
    const auto post = [weak](const HookContext &context, const Change &change) {
        const auto shared = weak.lock();
        if (!shared || !context.model || context.model->tableName() != shared->table)
            return;
        if (QThread::currentThread() == shared->thread && shared->ownWrites > 0)
            return; // the adapter's own write: it already shows it
        Transaction::afterCommit(context.model->database(), [weak, change] {
            const auto alive = weak.lock();
            if (!alive)
                return;
            QMutexLocker lock(&alive->mutex);
            if (TableModel *target = alive->target)
                QMetaObject::invokeMethod(
                        target, [target, change] { target->d->onChange(change); }, Qt::QueuedConnection);
        });
    };
    // beforeSave is the last hook before the row is written, so the attributes it sees changed are the ones
    // written (the afterX hooks run once the instance is marked stored, its changes forgotten).
    database.addHook(
            HookEvent::BeforeSave,
            [post](HookContext &context) -> Status {
                const Instance &instance = *context.instance;
                if (instance.isNewRecord()) {
                    post(context, Change{});
                } else if (instance.changed()) {
                    post(context, Change{true, instance.primaryKey(), instance.changedAttributes()});
                }
                return {};
            },
            hookName);
    // Anything else may add, remove or move rows: a refresh.
    for (HookEvent event : refreshingEvents) {
        database.addHook(
                event,
                [post](HookContext &context) -> Status {
                    post(context, Change{});
                    return {};
                },
                hookName);
    }
}

void TableModelPrivate::disconnectHooks()
{
    if (!channel)
        return;
    {
        QMutexLocker lock(&channel->mutex);
        channel->target = nullptr;
    }
    database.removeHook(HookEvent::BeforeSave, hookName);
    for (HookEvent event : refreshingEvents)
        database.removeHook(event, hookName);
}

void TableModelPrivate::onChange(const Change &change)
{
    if (!selected)
        return;
    baseKeys.reset();
    if (!change.inPlace) {
        scheduleRefresh();
        return;
    }
    const QSet<QString> layout = layoutAttributes();
    if (std::any_of(change.attributes.begin(), change.attributes.end(),
                    [&](const QString &name) { return layout.contains(name); })) {
        scheduleRefresh(); // the row may move, or leave the result
        return;
    }
    const qint64 key = codec.find(definition().primaryKey().size() == 1 ? change.key.value(0) : QVariant(change.key));
    if (key == Unknown || !entries.contains(key))
        return; // not read: it will be read as it is now
    auto fresh = model.findByPk(codec.toVariant(key), {.paranoid = base.paranoid});
    if (!fresh || fresh->isNull()) {
        scheduleRefresh();
        return;
    }
    entries[key].instance = *fresh;
    const auto it = std::find(keys.begin(), keys.end(), key);
    if (it == keys.end())
        return;
    const int row = int(it - keys.begin());
    Q_EMIT q->dataChanged(q->index(row, 0), q->index(row, int(columns.size()) - 1));
}

void TableModelPrivate::scheduleRefresh()
{
    if (selected && !refreshTimer.isActive())
        refreshTimer.start();
}

void TableModelPrivate::watch()
{
    if (!autoRefresh) {
        pollTimer.stop();
        return;
    }
    if (database.dialect().kind() == Dialect::Kind::Sqlite) {
        // Changes by other connections (another program, another Database on the same file) show in
        // data_version, which this connection's own commits leave alone.
        if (dataVersion < 0) {
            auto version = database.query(QStringLiteral("PRAGMA data_version"));
            dataVersion = version ? version->rows.value(0).value(0).toLongLong() : -1;
        }
        pollTimer.start();
        return;
    }
    if (listening)
        return;
    auto connection = database.connection();
    if (!connection)
        return;
    QSqlDriver *driver = connection->driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return;
    const QString name = ChangeFeed::channel(definition().tableName());
    // Another adapter of this thread may have subscribed already: the connection listens once for both.
    if (!driver->subscribedToNotifications().contains(name))
        driver->subscribeToNotification(name);
    QObject::connect(driver, &QSqlDriver::notification, q,
                     [this, name](const QString &channelName, QSqlDriver::NotificationSource origin, const QVariant &) {
                         // This connection's own writes went through the ORM: the hooks told already.
                         if (channelName == name && origin == QSqlDriver::OtherSource && autoRefresh)
                             scheduleRefresh();
                     });
    listening = true;
}

void TableModelPrivate::poll()
{
    auto version = database.query(QStringLiteral("PRAGMA data_version"));
    if (!version)
        return;
    const qint64 now = version->rows.value(0).value(0).toLongLong();
    if (dataVersion >= 0 && now != dataVersion)
        scheduleRefresh();
    dataVersion = now;
}

Status TableModelPrivate::applyRefresh(std::vector<qint64> fresh)
{
    if (fresh.size() > size_t(std::numeric_limits<int>::max()))
        fresh.resize(size_t(std::numeric_limits<int>::max()));
    const QModelIndex none;
    const KeyPositions freshPositions(fresh);
    std::vector<qint64> known;
    for (const qint64 key : keys) {
        if (key != Unknown)
            known.push_back(key);
    }
    const KeyPositions oldPositions(known);
    // Runs of rows to remove (unknown or gone), from the last, and of rows to insert: too many, and a reset is
    // cheaper for the views than one signal each.
    std::vector<std::pair<qsizetype, qsizetype>> removals;
    for (qsizetype r = qsizetype(keys.size()) - 1; r >= 0; --r) {
        const qint64 key = keys[size_t(r)];
        if (key != Unknown && freshPositions.contains(key))
            continue;
        if (!removals.empty() && removals.back().first == r + 1)
            removals.back().first = r;
        else
            removals.emplace_back(r, r);
    }
    std::vector<std::pair<qsizetype, qsizetype>> insertions;
    for (qsizetype i = 0; i < qsizetype(fresh.size()); ++i) {
        if (oldPositions.contains(fresh[size_t(i)]))
            continue;
        if (!insertions.empty() && insertions.back().second == i - 1)
            insertions.back().second = i;
        else
            insertions.emplace_back(i, i);
    }
    if (qsizetype(removals.size() + insertions.size()) > maxRefreshRuns) {
        q->beginResetModel();
        keys = std::move(fresh);
        allKeys = true;
        entries.clear();
        q->endResetModel();
        return {};
    }
    // 1. Rows that left the result, and rows never read (their keys are unknown).
    for (const auto &[first, last] : removals) {
        q->beginRemoveRows(none, int(first), int(last));
        keys.erase(keys.begin() + first, keys.begin() + last + 1);
        q->endRemoveRows();
    }
    // 2. The rows that stay, into their new order; persistent indexes follow their keys.
    std::vector<qint64> staying = keys;
    std::stable_sort(staying.begin(), staying.end(),
                     [&](qint64 a, qint64 b) { return freshPositions.position(a) < freshPositions.position(b); });
    if (staying != keys) {
        Q_EMIT q->layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const KeyPositions moved(staying);
        const QModelIndexList from = q->persistentIndexList();
        QModelIndexList to;
        to.reserve(from.size());
        for (const QModelIndex &index : from) {
            const qsizetype row = moved.position(keys[size_t(index.row())]);
            to << (row >= 0 ? q->index(int(row), index.column()) : QModelIndex());
        }
        keys = std::move(staying);
        q->changePersistentIndexList(from, to);
        Q_EMIT q->layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    // 3. Rows new to the result, where the fresh order puts them.
    for (const auto &[first, last] : insertions) {
        q->beginInsertRows(none, int(first), int(last));
        keys.insert(keys.begin() + first, fresh.begin() + first, fresh.begin() + last + 1);
        q->endInsertRows();
    }
    allKeys = true;
    // 4. Every row is read again as views ask: any of them may have changed.
    entries.clear();
    if (!keys.empty() && !columns.isEmpty())
        Q_EMIT q->dataChanged(q->index(0, 0), q->index(int(keys.size()) - 1, int(columns.size()) - 1));
    return {};
}

void TableModelPrivate::reportEditError(int row, const Error &error, const QString &fallbackAttribute)
{
    lastError = error;
    const QList<ValidationItem> items = error.items();
    if (items.isEmpty()) {
        const QString attribute = error.fields().value(0, fallbackAttribute);
        Q_EMIT q->editFailed(row, q->columnOf(attribute), attribute, error.message());
        return;
    }
    for (const ValidationItem &item : items)
        Q_EMIT q->editFailed(row, q->columnOf(item.attribute), item.attribute, item.message);
}

// --- TableModel ---

TableModel::TableModel(const Model &model, QObject *parent)
    : QAbstractTableModel(parent),
      d(std::make_unique<TableModelPrivate>(this, model))
{
    QList<TableColumn> all;
    for (const Attribute &a : model.definition().attributes())
        all.append({a.name, QString()});
    (void)d->setColumns(all); // every attribute of the model by its own name: nothing to refuse
    d->connectHooks();
    connect(&d->refreshTimer, &QTimer::timeout, this, [this] {
        if (auto refreshed = refresh(); !refreshed)
            Q_EMIT queryFailed(refreshed.error());
    });
    connect(&d->pollTimer, &QTimer::timeout, this, [this] { d->poll(); });
}

TableModel::~TableModel()
{
    d->disconnectHooks();
}

Model TableModel::model() const
{
    return d->model;
}

Status TableModel::setColumns(const QList<TableColumn> &columns)
{
    const QString sorted = d->sortColumn >= 0 ? d->columns.at(d->sortColumn).attribute : QString();
    if (auto set = d->setColumns(columns); !set) {
        d->lastError = set.error();
        return set;
    }
    // The sort follows its attribute to its new column, or ends with it; a search without an index looks in the
    // text columns shown. Both change the rows: read anew.
    d->sortColumn = sorted.isEmpty() ? -1 : columnOf(sorted);
    d->baseKeys.reset();
    if (d->selected)
        return d->reset();
    beginResetModel();
    d->errors.clear();
    endResetModel();
    return {};
}

QList<TableColumn> TableModel::columns() const
{
    QList<TableColumn> list;
    for (const auto &column : std::as_const(d->columns))
        list.append({column.attribute, column.header});
    return list;
}

int TableModel::columnOf(const QString &attribute) const
{
    const int index = d->definition().indexOf(attribute);
    for (qsizetype c = 0; c < d->columns.size(); ++c) {
        if (d->columns.at(c).index == index && index >= 0 && d->columns.at(c).path.isEmpty())
            return int(c);
    }
    return -1;
}

Status TableModel::setBaseOptions(const FindOptions &base)
{
    for (const Include &include : base.include) {
        const Association association = d->model.association(include.as);
        if (!association.isValid() || association.kind() != AssociationKind::BelongsTo)
            return fail(Error::Kind::InvalidQuery,
                        QStringLiteral("a table model includes belongsTo associations only ('%1')")
                                .arg(include.as.left(80)));
    }
    d->base = FindOptions{.where = base.where, .order = base.order, .paranoid = base.paranoid, .include = base.include};
    d->baseKeys.reset();
    return d->selected ? d->reset() : Status();
}

Status TableModel::setFilter(const Where &where)
{
    d->filter = where;
    d->baseKeys.reset();
    return d->selected ? d->reset() : Status();
}

Where TableModel::filter() const
{
    return d->filter;
}

Status TableModel::setSearch(const QString &text)
{
    if (text == d->search && d->selected)
        return {};
    // Starting a search from a result whose keys are all read: they are the unsearched keys the search keeps.
    if (d->selected && d->allKeys && !d->baseKeys && FullTextIndex::words(d->search).isEmpty())
        d->baseKeys = d->keys;
    d->search = text;
    return d->selected ? d->reset() : Status();
}

QString TableModel::search() const
{
    return d->search;
}

int TableModel::sortColumn() const
{
    return d->sortColumn;
}

Qt::SortOrder TableModel::sortOrder() const
{
    return d->sortOrder;
}

Status TableModel::select()
{
    d->baseKeys.reset();
    return d->reset();
}

Status TableModel::refresh()
{
    d->refreshTimer.stop();
    if (!d->selected)
        return select();
    d->baseKeys.reset();
    if (auto found = d->findIndex(); !found) {
        d->lastError = found.error();
        return found;
    }
    auto fresh = d->readAllKeys();
    if (!fresh) {
        d->lastError = fresh.error();
        return std::unexpected(fresh.error());
    }
    return d->applyRefresh(std::move(*fresh));
}

void TableModel::setAutoRefresh(bool enabled)
{
    d->autoRefresh = enabled;
    if (d->selected)
        d->watch();
}

bool TableModel::autoRefresh() const
{
    return d->autoRefresh;
}

void TableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= int(d->columns.size()))
        return;
    column = std::max(column, -1);
    if (column == d->sortColumn && (column < 0 || order == d->sortOrder))
        return;
    if (!d->selected) {
        d->sortColumn = column;
        d->sortOrder = order;
        return;
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    std::vector<qint64> followed; // the keys of the rows views hold on to, read in the old order if need be
    for (const QModelIndex &index : from)
        followed.push_back(d->ensureKnown(index.row()) ? d->keys[size_t(index.row())] : Unknown);
    const qsizetype count = qsizetype(d->keys.size());
    d->sortColumn = column;
    d->sortOrder = order;
    d->baseKeys.reset();
    auto prepared = d->prepare();
    // Persistent indexes need the new place of their rows, hence every key; without them the new order is read
    // as lazily as a fresh select().
    if (prepared && !from.isEmpty() && !d->allKeys)
        prepared = d->loadAllKeys();
    if (!prepared) {
        d->lastError = prepared.error();
        d->keys.assign(size_t(count), Unknown);
        d->allKeys = false;
        Q_EMIT queryFailed(prepared.error());
    } else if (qsizetype(d->keys.size()) != count) {
        d->keys.resize(size_t(count), Unknown); // changed meanwhile: a refresh tells the views
        d->scheduleRefresh();
    }
    QModelIndexList to;
    to.reserve(from.size());
    if (!from.isEmpty()) {
        const KeyPositions positions(d->keys);
        for (qsizetype i = 0; i < from.size(); ++i) {
            const qsizetype row = followed[size_t(i)] == Unknown ? -1 : positions.position(followed[size_t(i)]);
            to << (row >= 0 ? index(int(row), from.at(i).column()) : QModelIndex());
        }
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

Instance TableModel::instance(int row) const
{
    const Instance *found = d->row(row);
    return found ? *found : Instance();
}

int TableModel::rowOf(const QVariant &key) const
{
    const qint64 code = d->codec.find(key);
    if (code == Unknown)
        return -1;
    auto it = std::find(d->keys.begin(), d->keys.end(), code);
    if (it == d->keys.end() && !d->allKeys && d->selected) {
        // A row that is not in the result, or whose place the database can count, needs no key list.
        auto located = d->locate(code);
        if (!located) {
            d->reportError(located.error());
            return -1;
        }
        if (const std::optional<qsizetype> row = *located; row && *row < 0)
            return -1;
        else if (row && *row < qsizetype(d->keys.size())
                 && (d->keys[size_t(*row)] == Unknown || d->keys[size_t(*row)] == code)) {
            d->keys[size_t(*row)] = code;
            return int(*row);
        }
        // Near either end, where a person usually is, the rows read from there tell (a LIMIT query each).
        const qsizetype count = qsizetype(d->keys.size());
        const qsizetype zone = std::min(count, qsizetype(endPages) * d->pageSize);
        if (zone > 0 && d->ensureKnown(zone - 1) && d->ensureKnown(count - zone)) {
            it = std::find(d->keys.begin(), d->keys.end(), code);
            if (it != d->keys.end())
                return int(it - d->keys.begin());
        }
        if (auto loaded = d->loadAllKeys(); !loaded) {
            d->reportError(loaded.error());
            return -1;
        }
        it = std::find(d->keys.begin(), d->keys.end(), code);
    }
    return it == d->keys.end() ? -1 : int(it - d->keys.begin());
}

Result<int> TableModel::insertInstance(Instance instance, int row)
{
    if (instance.isNull() || instance.model().tableName() != d->definition().tableName())
        return fail(Error::Kind::InvalidQuery,
                    QStringLiteral("the instance is not one of the model %1").arg(d->definition().name()));
    const int count = rowCount();
    if (row < 0 || row > count)
        row = count;
    if (!d->allKeys && d->selected) {
        // Rows inserted by the adapter keep their place until the next refresh: the key list must hold every
        // row's key by then, or reading it would move them.
        if (auto loaded = d->loadAllKeys(); !loaded) {
            d->lastError = loaded.error();
            return std::unexpected(loaded.error());
        }
    }
    ++d->channel->ownWrites;
    const Status saved = transaction(d->database, [&] { return instance.save(); });
    --d->channel->ownWrites;
    if (!saved) {
        d->reportEditError(-1, saved.error(), QString());
        return std::unexpected(saved.error());
    }
    const qint64 key = d->keyOf(instance);
    if (const int shown = rowOf(d->codec.toVariant(key)); shown >= 0) {
        d->cache(instance);
        Q_EMIT dataChanged(index(shown, 0), index(shown, columnCount() - 1));
        return shown;
    }
    beginInsertRows(QModelIndex(), row, row);
    d->keys.insert(d->keys.begin() + row, key);
    d->cache(instance);
    endInsertRows();
    d->evict();
    return row;
}

void TableModel::setDefaultValues(const QVariantMap &values)
{
    d->defaults = values;
}

QVariantMap TableModel::defaultValues() const
{
    return d->defaults;
}

void TableModel::setPageSize(int rows)
{
    d->pageSize = std::max(1, rows);
    d->cacheLimit = std::max(d->cacheLimit, 2 * d->pageSize);
    d->entries.clear();
}

int TableModel::pageSize() const
{
    return d->pageSize;
}

void TableModel::setCacheLimit(int rows)
{
    d->cacheLimit = std::max(rows, 2 * d->pageSize);
    d->evict();
}

int TableModel::cacheLimit() const
{
    return d->cacheLimit;
}

int TableModel::cachedRows() const
{
    return int(d->entries.size());
}

bool TableModel::hasAllKeys() const
{
    return d->allKeys;
}

void TableModel::setLocale(const QLocale &locale)
{
    d->locale = locale;
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole});
}

QLocale TableModel::locale() const
{
    return d->locale;
}

Error TableModel::lastError() const
{
    return d->lastError;
}

int TableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(d->keys.size());
}

int TableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(d->columns.size());
}

QVariant TableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const auto &column = d->columns.at(index.column());
    const Attribute &attribute = column.attribute_();
    switch (role) {
    case Qt::TextAlignmentRole:
        return alignment(attribute.type);
    case ErrorRole:
    case Qt::ToolTipRole: {
        if (!d->ensureKnown(index.row()))
            return {};
        const auto it = d->errors.constFind({d->keys[size_t(index.row())], index.column()});
        return it == d->errors.cend() ? QVariant() : QVariant(*it);
    }
    case Qt::DisplayRole:
    case Qt::EditRole:
    case InstanceRole:
    case KeyRole:
        break;
    default:
        return {};
    }
    const Instance *instance = d->row(index.row());
    if (!instance)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return d->display(column.valueIn(*instance), attribute);
    case Qt::EditRole:
        return column.valueIn(*instance);
    case InstanceRole:
        return QVariant::fromValue(*instance);
    default:
        return d->codec.toVariant(d->keys[size_t(index.row())]);
    }
}

bool TableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return false;
    const auto &column = d->columns.at(index.column());
    if (!column.editable)
        return false;
    const Instance *cached = d->row(index.row());
    if (!cached)
        return false;
    const Instance before = *cached; // copied now: the cache may move its entries as it grows
    Instance edited = before;
    const qint64 key = d->keys[size_t(index.row())];
    Status status = edited.set(column.attribute, d->input(value, column.attribute_()));
    if (status && !edited.changed()) {
        // The value it has already: nothing to write, and a value refused before is no longer pending.
        if (d->errors.remove({key, index.column()}))
            Q_EMIT dataChanged(index, index, {ErrorRole, Qt::ToolTipRole});
        return true;
    }
    if (status) {
        ++d->channel->ownWrites;
        status = transaction(d->database, [&] { return edited.save(); });
        --d->channel->ownWrites;
    }
    if (!status) {
        const QList<ValidationItem> items = status.error().items();
        QString message = status.error().message();
        for (const ValidationItem &item : items) {
            if (item.attribute == column.attribute) {
                message = item.message;
                break;
            }
        }
        d->errors.insert({key, index.column()}, message);
        d->reportEditError(index.row(), status.error(), column.attribute);
        Q_EMIT dataChanged(index, index, {ErrorRole, Qt::ToolTipRole});
        return false;
    }
    d->errors.remove({key, index.column()});
    d->cache(edited);
    // The cell, and the cells hooks changed (a derived column, a timestamp), each run of them on its own: a form
    // (QDataWidgetMapper) fills its widgets again from the cells a dataChanged() names, and would lose the values
    // of the fields it has not submitted yet.
    int first = -1;
    for (int c = 0; c <= columnCount(); ++c) {
        const bool changed = c < columnCount()
                && (c == index.column()
                    || before.get(d->columns.at(c).attribute) != edited.get(d->columns.at(c).attribute));
        if (changed && first < 0)
            first = c;
        if (!changed && first >= 0) {
            Q_EMIT dataChanged(this->index(index.row(), first), this->index(index.row(), c - 1));
            first = -1;
        }
    }
    return true;
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < columnCount()) {
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return d->columns.at(section).header;
        if (role == Qt::TextAlignmentRole) {
            const Attribute &a = d->columns.at(section).attribute_();
            return alignment(a.type);
        }
        return {};
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool TableModel::setHeaderData(int section, Qt::Orientation orientation, const QVariant &value, int role)
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount()
        || (role != Qt::DisplayRole && role != Qt::EditRole))
        return false;
    d->columns[section].header = value.toString();
    Q_EMIT headerDataChanged(orientation, section, section);
    return true;
}

Qt::ItemFlags TableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (index.column() < columnCount() && d->columns.at(index.column()).editable)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool TableModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || count < 1 || row < 0 || row > rowCount())
        return false;
    if (!d->allKeys && d->selected) {
        if (auto loaded = d->loadAllKeys(); !loaded) {
            d->lastError = loaded.error();
            return false;
        }
    }
    QList<Instance> created;
    ++d->channel->ownWrites;
    const Status saved = transaction(d->database, [&]() -> Status {
        for (int i = 0; i < count; ++i) {
            auto instance = d->model.build(d->defaults);
            if (!instance)
                return std::unexpected(instance.error());
            if (auto r = instance->save(); !r)
                return r;
            created << *instance;
        }
        return {};
    });
    --d->channel->ownWrites;
    if (!saved) {
        d->reportEditError(-1, saved.error(), QString());
        return false;
    }
    beginInsertRows(QModelIndex(), row, row + count - 1);
    std::vector<qint64> added;
    for (const Instance &instance : std::as_const(created)) {
        added.push_back(d->keyOf(instance));
        d->cache(instance);
    }
    d->keys.insert(d->keys.begin() + row, added.begin(), added.end());
    endInsertRows();
    d->evict();
    return true;
}

bool TableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || count < 1 || row < 0 || row + count > rowCount())
        return false;
    if (!d->allKeys) {
        if (auto loaded = d->loadAllKeys(); !loaded) {
            d->lastError = loaded.error();
            return false;
        }
    }
    QList<Instance> doomed;
    for (int r = row; r < row + count; ++r) {
        const Instance *instance = d->row(r);
        if (!instance) {
            d->lastError = Error(Error::Kind::EmptyResult, QStringLiteral("row %1 cannot be read").arg(r));
            return false;
        }
        doomed << *instance;
    }
    ++d->channel->ownWrites;
    const Status destroyed = transaction(d->database, [&]() -> Status {
        for (Instance &instance : doomed) {
            if (auto r = instance.destroy(); !r)
                return r;
        }
        return {};
    });
    --d->channel->ownWrites;
    if (!destroyed) {
        d->reportEditError(row, destroyed.error(), QString());
        return false;
    }
    beginRemoveRows(QModelIndex(), row, row + count - 1);
    for (int r = row; r < row + count; ++r) {
        d->entries.remove(d->keys[size_t(r)]);
        d->errors.removeIf([key = d->keys[size_t(r)]](QHash<std::pair<qint64, int>, QString>::iterator e) {
            return e.key().first == key;
        });
    }
    d->keys.erase(d->keys.begin() + row, d->keys.begin() + row + count);
    endRemoveRows();
    return true;
}

QHash<int, QByteArray> TableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(InstanceRole, "instance");
    names.insert(ErrorRole, "error");
    names.insert(KeyRole, "key");
    return names;
}

} // namespace Orm
