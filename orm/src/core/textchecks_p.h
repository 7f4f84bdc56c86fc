#pragma once

//  Not part of the API.

#include "core/storabletext_p.h"

#include <orm/error.h>

#include <QString>
#include <QVariant>

namespace Orm {

// textProblem() for a text that mayHoldUnstorable() suspects.
QString unstorablePart(const QString &text);
// Describes why a text value cannot be stored the same on both databases (a NUL character, an unpaired
// surrogate), or returns an empty string when it can. Inline: it runs for every value validated or bound, and most
// are numbers or text that one quick look clears.
inline QString textProblem(const QVariant &value)
{
    if (value.typeId() != QMetaType::QString)
        return {};
    const QString &text = *static_cast<const QString *>(value.constData());
    return mayHoldUnstorable(text) ? unstorablePart(text) : QString();
}
// Describes why SQLite's UTF-16 interface would not give a text value back as written, or returns an empty string
// when it would: SQLite reads U+FFFE and U+FFFF back through it as U+FFFD. QSQLITE reads every text through it, so
// a SQLite statement run through QSqlQuery refuses such a text rather than change it (the C-API engine reads UTF-8
// and keeps them).
QString sqliteUtf16Problem(const QVariant &value);
// The Validation error of a value bound to a statement that textProblem() (or the problem given) refuses.
Error unstorableText(const QVariant &value, const QString &sql, const QString &problem = {});

} // namespace Orm
