#pragma once

// The Livres workload shared by the benchmarks: the rows, the ids looked up, and how results are printed.

#include <QElapsedTimer>
#include <QFile>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <functional>

#include <malloc.h> // malloc_trim (glibc)
#include <sys/resource.h> // getrusage

namespace Bench {

inline const char *const genres[] = {"Roman", "Essai", "BD", "Poésie"};

// Row i of the workload, as the issue defines it.
struct Row
{
    QString nom, nomSansEspaces, presentation, description, couverture, genre, accroche, lien, auteur, edition, arriere,
            dos;
    double prix, ventes;
    int quantite, annee, nbPages;
};

inline Row row(int i)
{
    const QString n = QString::number(i);
    return {QStringLiteral("Le Livre ") + n,
            QStringLiteral("LeLivre") + n,
            QStringLiteral("Une présentation"),
            QStringLiteral("desc"),
            QStringLiteral("covers/") + n + QStringLiteral(".jpg"),
            QString::fromUtf8(genres[i % 4]),
            QStringLiteral("accroche"),
            QStringLiteral("https://example.org/") + n,
            QStringLiteral("Auteur ") + QString::number(i % 300),
            QStringLiteral("Gallimard"),
            QStringLiteral("covers/") + n + QStringLiteral("-back.jpg"),
            QStringLiteral("covers/") + n + QStringLiteral("-spine.jpg"),
            9.99 + i % 50,
            i * 1.5,
            i % 20,
            1950 + i % 70,
            100 + i % 400};
}

inline qint64 lookupId(int k, int rows)
{
    return 1 + (qint64(k) * 7919) % rows;
}

// Milliseconds taken by work.
inline double timed(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

// What a phase took: its wall-clock milliseconds, the CPU time the process used meanwhile (user and system: what
// other processes on the machine bend least), and how often it waited (voluntary context switches: on the disk, an
// fsync, a lock). Printed as <key>_ms, <key>_cpu_ms and <key>_waits.
struct Phase
{
    double ms = 0;
    double cpuMs = 0;
    long waits = 0;
};

inline Phase measured(const std::function<void()> &work)
{
    const auto cpuMs = [](const rusage &u) {
        return (double(u.ru_utime.tv_sec) + double(u.ru_stime.tv_sec)) * 1e3
                + (double(u.ru_utime.tv_usec) + double(u.ru_stime.tv_usec)) / 1e3;
    };
    rusage before{};
    rusage after{};
    getrusage(RUSAGE_SELF, &before);
    const double ms = timed(work);
    getrusage(RUSAGE_SELF, &after);
    return {ms, cpuMs(after) - cpuMs(before), after.ru_nvcsw - before.ru_nvcsw};
}

// Peak resident memory of this process, from /proc/self/status (VmHWM).
inline double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// Starts a new peak for peakRssMb() (Linux: writing 5 to /proc/self/clear_refs resets VmHWM). Memory freed before
// is first given back to the system, so that the new peak does not start from what an earlier phase left behind.
inline void resetPeakRss()
{
    malloc_trim(0);
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

[[noreturn]] inline void die(const QString &message)
{
    std::fprintf(stderr, "bench: %s\n", qPrintable(message));
    std::exit(1);
}

} // namespace Bench
