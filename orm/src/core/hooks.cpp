#include "core/hookregistry_p.h"

#include <orm/hooks.h>

namespace Orm {

QString hookEventName(HookEvent event)
{
    switch (event) {
    case HookEvent::BeforeValidate:
        return QStringLiteral("beforeValidate");
    case HookEvent::AfterValidate:
        return QStringLiteral("afterValidate");
    case HookEvent::ValidationFailed:
        return QStringLiteral("validationFailed");
    case HookEvent::BeforeCreate:
        return QStringLiteral("beforeCreate");
    case HookEvent::AfterCreate:
        return QStringLiteral("afterCreate");
    case HookEvent::BeforeUpdate:
        return QStringLiteral("beforeUpdate");
    case HookEvent::AfterUpdate:
        return QStringLiteral("afterUpdate");
    case HookEvent::BeforeSave:
        return QStringLiteral("beforeSave");
    case HookEvent::AfterSave:
        return QStringLiteral("afterSave");
    case HookEvent::BeforeDestroy:
        return QStringLiteral("beforeDestroy");
    case HookEvent::AfterDestroy:
        return QStringLiteral("afterDestroy");
    case HookEvent::BeforeRestore:
        return QStringLiteral("beforeRestore");
    case HookEvent::AfterRestore:
        return QStringLiteral("afterRestore");
    case HookEvent::BeforeUpsert:
        return QStringLiteral("beforeUpsert");
    case HookEvent::AfterUpsert:
        return QStringLiteral("afterUpsert");
    case HookEvent::BeforeBulkCreate:
        return QStringLiteral("beforeBulkCreate");
    case HookEvent::AfterBulkCreate:
        return QStringLiteral("afterBulkCreate");
    case HookEvent::BeforeBulkUpdate:
        return QStringLiteral("beforeBulkUpdate");
    case HookEvent::AfterBulkUpdate:
        return QStringLiteral("afterBulkUpdate");
    case HookEvent::BeforeBulkDestroy:
        return QStringLiteral("beforeBulkDestroy");
    case HookEvent::AfterBulkDestroy:
        return QStringLiteral("afterBulkDestroy");
    case HookEvent::BeforeBulkRestore:
        return QStringLiteral("beforeBulkRestore");
    case HookEvent::AfterBulkRestore:
        return QStringLiteral("afterBulkRestore");
    case HookEvent::BeforeFind:
        return QStringLiteral("beforeFind");
    case HookEvent::AfterFind:
        return QStringLiteral("afterFind");
    case HookEvent::BeforeCount:
        return QStringLiteral("beforeCount");
    case HookEvent::BeforeSync:
        return QStringLiteral("beforeSync");
    case HookEvent::AfterSync:
        return QStringLiteral("afterSync");
    }
    return {};
}

void HookRegistry::add(HookEvent event, const Hook &hook, const QString &name)
{
    QMutexLocker lock(&m_mutex);
    m_entries.append({event, name, hook});
    index();
}

int HookRegistry::remove(HookEvent event, const QString &name)
{
    QMutexLocker lock(&m_mutex);
    const auto removed = m_entries.removeIf([&](const Entry &e) { return e.event == event && e.name == name; });
    index();
    return int(removed);
}

void HookRegistry::index()
{
    static_assert(int(HookEvent::AfterSync) < 64, "one bit per event in m_events");
    m_byEvent.clear();
    quint64 events = 0;
    for (const Entry &e : std::as_const(m_entries)) {
        m_byEvent[int(e.event)] << e.hook;
        events |= bit(e.event);
    }
    m_events = events;
}

QList<Hook> HookRegistry::hooks(HookEvent event) const
{
    if (!(m_events.load(std::memory_order_relaxed) & bit(event)))
        return {};
    QMutexLocker lock(&m_mutex);
    return m_byEvent.value(int(event));
}

bool HookRegistry::has(HookEvent event) const
{
    if (!(m_events.load(std::memory_order_relaxed) & bit(event)))
        return false;
    QMutexLocker lock(&m_mutex);
    return m_byEvent.contains(int(event));
}

} // namespace Orm
