// TableModelPrivate: what the adapter shows (its columns, order, filter and search), and how it reads the rows
// (see tablemodel_p.h).

#include "model/modelprivate_p.h"
#include "sqlite/integerreader_p.h"
#include "views/tablemodel_p.h"

#include <orm/fulltextindex.h>
#include <orm/querybuilder.h>
#include <orm/tablemodel.h>

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>
#include <optional>

namespace Orm {

namespace {

// How far from a known row a page is still read beside it (knownBeside) rather than through the key list.
constexpr int besidePages = 4;
constexpr int pollMilliseconds = 1000;

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
    // SQLite reads the keys fastest unordered (its smallest index) and they are sorted here; PostgreSQL reads them
    // in order from the primary key's index alone, where without ORDER BY it would read the whole table.
    const bool sortHere = codec.isInteger() && byKey && database.dialect().kind() == Dialect::Kind::Sqlite;
    if (!sortHere)
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
        if (read && sortHere) {
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

Status TableModelPrivate::prepare(std::optional<qint64> knownCount)
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
    if (knownCount && source == Source::Table)
        count = *knownCount;
    else
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

} // namespace Orm
