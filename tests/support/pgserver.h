#pragma once

#include <QString>
#include <QStringList>

namespace Test {

// The PostgreSQL server that scripts/test.sh (scripts/pg-test-server.sh) started, stopped and started again by a
// test (pg_ctl, as $CATALOGUE_PG_RUNAS when set), from the variables the script exports. A test that uses it
// restarts the shared server: mark it RUN_SERIAL.
namespace PgServer {

// The variables the script exports that are not set; empty when the server can be controlled.
QStringList missingVariables();
// Runs pg_ctl start, stop (fast mode: every commit is written out) or status; empty on success, else what went
// wrong. elapsedMs, when given, gets how long it took.
QString control(const QString &action, qint64 *elapsedMs = nullptr);
bool isRunning();
// Starts the server unless it is running; empty on success.
QString ensureRunning();
// A detached shell that waits for this process to end, then starts the server if it is down: the server comes back
// even when the test crashes or is killed while it is stopped. Empty on success.
QString startWatchdog();

} // namespace PgServer

} // namespace Test
