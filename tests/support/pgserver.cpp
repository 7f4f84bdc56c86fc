#include "pgserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace Test::PgServer {

QStringList missingVariables()
{
    QStringList missing;
    for (const QString &name :
         {u"CATALOGUE_PG_BIN"_s, u"CATALOGUE_PG_DATA"_s, u"CATALOGUE_PG_PORT"_s, u"CATALOGUE_TEST_PG_URL"_s}) {
        if (qEnvironmentVariableIsEmpty(qPrintable(name)))
            missing << name;
    }
    return missing;
}

QString control(const QString &action, qint64 *elapsedMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(u"/"_s); // the server's user may not be able to read ours
    // The paths come from the environment, never spliced into the command.
    const QString command = uR"(${CATALOGUE_PG_RUNAS:+runuser -u "$CATALOGUE_PG_RUNAS" --} "$CATALOGUE_PG_BIN/pg_ctl" )"
                            uR"(-D "$CATALOGUE_PG_DATA" -w -t 30 )"_s
            + (action == u"start"          ? uR"(-l "$CATALOGUE_PG_DATA/server.log" start)"_s
                       : action == u"stop" ? u"stop -m fast"_s
                                           : u"status"_s);
    QElapsedTimer clock;
    clock.start();
    process.start(u"bash"_s, {u"-c"_s, command});
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        return u"pg_ctl %1 did not end within 60 s"_s.arg(action);
    }
    if (elapsedMs)
        *elapsedMs = clock.elapsed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return u"pg_ctl %1 failed (exit %2): %3"_s.arg(action)
                .arg(process.exitCode())
                .arg(QString::fromLocal8Bit(process.readAll()).trimmed());
    return {};
}

bool isRunning()
{
    return control(u"status"_s).isEmpty();
}

QString ensureRunning()
{
    if (!missingVariables().isEmpty() || isRunning())
        return {};
    return control(u"start"_s);
}

QString startWatchdog()
{
    const QString script = uR"(exec </dev/null >/dev/null 2>&1; cd /
while kill -0 "$0"; do sleep 0.2; done
[ -f "$CATALOGUE_PG_DATA/postgresql.conf" ] || exit 0
pg() { ${CATALOGUE_PG_RUNAS:+runuser -u "$CATALOGUE_PG_RUNAS" --} "$CATALOGUE_PG_BIN/pg_ctl" -D "$CATALOGUE_PG_DATA" "$@"; }
pg status || pg -l /dev/null -w -t 30 start)"_s;
    QProcess watchdog;
    watchdog.setProgram(u"bash"_s);
    watchdog.setArguments({u"-c"_s, script, QString::number(QCoreApplication::applicationPid())});
    watchdog.setStandardInputFile(QProcess::nullDevice());
    watchdog.setStandardOutputFile(QProcess::nullDevice());
    watchdog.setStandardErrorFile(QProcess::nullDevice());
    return watchdog.startDetached() ? QString() : u"cannot start the watchdog: "_s + watchdog.errorString();
}

} // namespace Test::PgServer
