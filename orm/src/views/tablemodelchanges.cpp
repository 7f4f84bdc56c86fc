// TableModelPrivate: how the adapter learns of changes (the ORM's hooks, the change feed, PRAGMA data_version)
// and applies them to the rows it shows.

#include "model/modelprivate_p.h"
#include "views/tablemodel_p.h"

#include <orm/changefeed.h>
#include <orm/transaction.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QSqlDriver>
#include <QThread>

#include <algorithm>
#include <atomic>

namespace Orm {

namespace {

// A refresh that would take more insertions and removals than this resets the model instead.
constexpr qsizetype maxRefreshRuns = 2000;

std::atomic<quint64> s_nextAdapter{1};

// The hook events after which an adapter refreshes (bulk operations with individual hooks end with their bulk
// event too).
constexpr HookEvent refreshingEvents[] = {
        HookEvent::AfterDestroy,    HookEvent::AfterRestore,     HookEvent::AfterUpsert,     HookEvent::AfterBulkCreate,
        HookEvent::AfterBulkUpdate, HookEvent::AfterBulkDestroy, HookEvent::AfterBulkRestore};

} // namespace

// Calls work on the adapter's thread, unless the adapter is gone by then (or already).
void TableModelPrivate::queueToAdapter(const std::weak_ptr<ChangeChannel> &weak,
                                       const std::function<void(TableModelPrivate *)> &work)
{
    const auto alive = weak.lock();
    if (!alive)
        return;
    QMutexLocker lock(&alive->mutex);
    if (TableModel *target = alive->target)
        QMetaObject::invokeMethod(
                target, [target, work] { work(target->d.get()); }, Qt::QueuedConnection);
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
            queueToAdapter(weak, [change](TableModelPrivate *d) { d->onChange(change); });
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
    // A connection found again is a new connection: it listens to nothing yet, and what others changed while it
    // was lost was never told. So the adapter subscribes again on it and reads its rows again.
    connectionObserver = database.addConnectionObserver([weak](ConnectionState state, const Error &) {
        if (state == ConnectionState::Connected)
            queueToAdapter(weak, [](TableModelPrivate *d) { d->onReconnected(); });
    });
}

void TableModelPrivate::onReconnected()
{
    listening = false;
    if (!selected)
        return;
    watch();
    scheduleRefresh();
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
    database.removeConnectionObserver(connectionObserver);
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

// A notification of the change feed (see ChangeFeed): an UPDATE told with its rows and columns is applied row by
// row, as the hooks' changes are (a row whose place may change refreshes all); anything else refreshes all.
void TableModelPrivate::onNotification(const QString &payload)
{
    const QJsonObject told = QJsonDocument::fromJson(payload.toUtf8()).object();
    const ModelDefinition &def = definition();
    if (told.value(QLatin1String("op")).toString() != QLatin1String("UPDATE") || def.primaryKey().size() != 1) {
        scheduleRefresh();
        return;
    }
    QStringList attributes;
    for (const QJsonValue &column : told.value(QLatin1String("columns")).toArray()) {
        const auto &all = def.attributes();
        const auto it = std::find_if(all.begin(), all.end(),
                                     [&](const Attribute &a) { return a.columnName() == column.toString(); });
        // A column the model does not know, or a row soft-deleted or brought back: its place in the result is
        // unknown.
        if (it == all.end() || int(it - all.begin()) == def.deletedAtIndex()) {
            scheduleRefresh();
            return;
        }
        attributes << it->name;
    }
    for (const QJsonValue &key : told.value(QLatin1String("keys")).toArray())
        onChange(Change{true, {key.toVariant()}, attributes});
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
    QObject::connect(
            driver, &QSqlDriver::notification, q,
            [this, name](const QString &channelName, QSqlDriver::NotificationSource origin, const QVariant &payload) {
                // This connection's own writes went through the ORM: the hooks told already.
                if (channelName == name && origin == QSqlDriver::OtherSource && autoRefresh)
                    onNotification(payload.toString());
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

} // namespace Orm
