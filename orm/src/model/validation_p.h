#pragma once

//  Not part of the API.

#include <orm/error.h>

#include <QList>

namespace Orm {

// A Validation error listing the items, its message their messages.
Error validationError(const QList<ValidationItem> &items);

} // namespace Orm
