#pragma once

//  Not part of the API.

#include "core/connectionurl_p.h"

#include <orm/database.h>
#include <orm/error.h>

#include <QString>

namespace Orm {

// Whether a database is opened read-only, and why.
struct AccessDecision
{
    bool readOnly = false;
    QString reason; // a clause for a person ("the file is read-only"); empty when not read-only
    bool immutable = false; // read as SQLite's immutable file: see decideAccess()
};

// Decides, before anything is opened, whether the database of this URL is read-only: when the caller asks for it
// (options or ?mode=ro), and for an existing SQLite file also when the file or its directory is marked read-only
// or cannot be written. A Connection error when it cannot be opened as asked: a read-only file that does not
// exist, or a new file in a read-only directory.
// Anything but a regular file (a device, a pipe, a socket) is a Connection error, before anything opens it.
// A read-only file is opened with SQLite's read-only flag, so that nothing is written to it, its -wal or its
// -journal (a connection opened for writing would checkpoint and delete a -wal it finds, or undo a -journal).
// A read-only WAL file is read as immutable when no -wal file shows a connection at work on it: SQLite would
// otherwise create a -wal and a -shm index beside it and leave them behind (measured with SQLite 3.40.1), or fail
// in a read-only directory. An immutable file is read without locks: a writer that starts meanwhile may make a
// read fail, never the file change. With a -wal beside it, SQLite reads the log through its -shm index, which it
// creates when missing; the file and its log are left as they are.
[[nodiscard]] Result<AccessDecision> decideAccess(const ConnectionUrl &url, const OpenOptions &options);

// The URI that opens a file as immutable ("file:/path?immutable=1", the path percent-encoded).
QString immutableUri(const QString &path);

} // namespace Orm
