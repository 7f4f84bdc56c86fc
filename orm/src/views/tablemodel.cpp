#include "model/modelprivate_p.h"
#include "views/tablemodel_p.h"

#include <orm/fulltextindex.h>
#include <orm/querybuilder.h>
#include <orm/tablemodel.h>
#include <orm/transaction.h>

#include <algorithm>
#include <optional>

namespace Orm {

namespace {

// Numbers to the right. An int, as the delegates of Qt 6.4 read it (they call toInt()).
QVariant alignment(const DataType &type)
{
    return int(type.isNumeric() ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
}

} // namespace

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
    // The same rows in another order: their count stands (on a million rows on PostgreSQL it was most of a sort).
    // Others' changes meanwhile reach the adapter as ever (refresh(), the change feed, SQLite's data_version).
    const bool sameRows = d->source == TableModelPrivate::Source::Table && FullTextIndex::words(d->search).isEmpty();
    auto prepared = d->prepare(sameRows ? std::optional<qint64>(count) : std::nullopt);
    // Persistent indexes need the new place of their rows: counted one by one on PostgreSQL, otherwise every key;
    // without them the new order is read as lazily as a fresh select().
    QHash<qint64, qsizetype> counted;
    bool placed = false;
    if (prepared && !from.isEmpty() && !d->allKeys) {
        auto byCount = d->placeByCount(followed, counted);
        if (!byCount)
            prepared = std::unexpected(byCount.error());
        else if (!(placed = *byCount))
            prepared = d->loadAllKeys();
    }
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
    if (placed) {
        for (qsizetype i = 0; i < from.size(); ++i) {
            const qsizetype row = counted.value(followed[size_t(i)], -1);
            to << (row >= 0 ? index(int(row), from.at(i).column()) : QModelIndex());
        }
    } else if (!from.isEmpty()) {
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
