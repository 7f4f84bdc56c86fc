#pragma once

//  Not part of the API.

#include <orm/datatype.h>

#include <QDateTime>
#include <QVariant>

namespace Orm::Values {

// Sequelize's text form of a DATE on SQLite: "2024-05-01 12:30:00.000 +00:00" (UTC).
QString sequelizeDateTime(const QDateTime &dateTime);
// Reads a date-time from a QDateTime, or from text in Sequelize's form or ISO 8601; invalid when it is neither.
QDateTime toDateTime(const QVariant &value);
QDate toDate(const QVariant &value);
QTime toTime(const QVariant &value);
// JSON text of any value (object, array, string, number, bool, null), and back.
QString toJsonText(const QVariant &value);
QVariant fromJsonText(const QString &text);
// Integer and floating values, or the value unchanged when it does not convert (validation reports it).
QVariant toInteger(const QVariant &value);
QVariant toReal(const QVariant &value);

} // namespace Orm::Values
