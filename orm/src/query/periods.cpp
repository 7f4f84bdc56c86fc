#include "query/periods_p.h"

#include <orm/where.h>

namespace Orm {

namespace {

const QString day = QStringLiteral("START_OF_DAY");
const QString week = QStringLiteral("START_OF_WEEK");
const QString month = QStringLiteral("START_OF_MONTH");

} // namespace

namespace fn {

Expr startOfDay(const Expr &e)
{
    return Expr::function(day, {e});
}

Expr startOfWeek(const Expr &e)
{
    return Expr::function(week, {e});
}

Expr startOfMonth(const Expr &e)
{
    return Expr::function(month, {e});
}

} // namespace fn

namespace Periods {

bool isPeriodFunction(const QString &name)
{
    return name == day || name == week || name == month;
}

QString render(Dialect::Kind kind, const QString &name, const QString &argument)
{
    if (kind == Dialect::Kind::Sqlite) {
        // A date is stored as Sequelize writes it, "YYYY-MM-DD HH:MM:SS.SSS +00:00" (or a bare "YYYY-MM-DD"):
        // its first ten characters are its UTC day.
        const QString date = QStringLiteral("substr(%1, 1, 10)").arg(argument);
        if (name == day)
            return date;
        if (name == week) // back six days, then forward to a Monday: the Monday on or before the day
            return QStringLiteral("date(%1, '-6 days', 'weekday 1')").arg(date);
        return QStringLiteral("(substr(%1, 1, 7) || '-01')").arg(argument);
    }
    // TIMESTAMP WITH TIME ZONE: truncated in UTC whatever the session's time zone; date_trunc's weeks start on
    // Monday.
    const QString unit = name == day ? QStringLiteral("day")
            : name == week           ? QStringLiteral("week")
                                     : QStringLiteral("month");
    return QStringLiteral("to_char(date_trunc('%1', (%2) AT TIME ZONE 'UTC'), 'YYYY-MM-DD')").arg(unit, argument);
}

} // namespace Periods

} // namespace Orm
