#pragma once

//  Not part of the API.

#include <orm/hooks.h>

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <atomic>

namespace Orm {

// Hooks by event, in the order they were added. Safe to use from several threads.
class HookRegistry
{
public:
    void add(HookEvent event, const Hook &hook, const QString &name);
    int remove(HookEvent event, const QString &name);
    QList<Hook> hooks(HookEvent event) const;
    bool has(HookEvent event) const;

private:
    struct Entry
    {
        HookEvent event;
        QString name;
        Hook hook;
    };
    void index(); // rebuilds m_byEvent from m_entries

    mutable QMutex m_mutex;
    QList<Entry> m_entries;
    QHash<int, QList<Hook>> m_byEvent; // the hooks of each event, in order: hooks() hands out shared copies
    // The events that have hooks, one bit each: lets the hot path skip the lock for an event without any.
    std::atomic<quint64> m_events{0};
    static quint64 bit(HookEvent event) { return quint64(1) << int(event); }
};

} // namespace Orm
