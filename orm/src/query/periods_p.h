#pragma once

//  Not part of the API: the period functions of a query (fn::startOfDay() and the others), rendered for each
//  database.

#include <orm/dialect.h>

#include <QString>

namespace Orm::Periods {

// Whether a function name (upper case) is one of the period functions.
bool isPeriodFunction(const QString &name);
// The SQL of the period function `name` applied to `argument` (already rendered): the text "YYYY-MM-DD" of the
// period's first day, in UTC.
QString render(Dialect::Kind kind, const QString &name, const QString &argument);

} // namespace Orm::Periods
