#pragma once

//  Not part of the API.

#include "connectionurl_p.h"

#include <orm/database.h>
#include <orm/error.h>

#include <QString>

namespace Orm {

// Whether a database is opened read-only, and why.
struct AccessDecision
{
    bool readOnly = false;
    QString reason; // a clause for a person ("the file is read-only"); empty when not read-only
};

// Decides, before anything is opened, whether the database of this URL is read-only: when the caller asks for it
// (options or ?mode=ro), and for an existing SQLite file also when the file or its directory is marked read-only
// or cannot be written. A Connection error when it cannot be opened as asked: a read-only file that does not
// exist, or a new file in a read-only directory.
Result<AccessDecision> decideAccess(const ConnectionUrl &url, const OpenOptions &options);

} // namespace Orm
