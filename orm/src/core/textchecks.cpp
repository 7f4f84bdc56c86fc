#include "core/textchecks_p.h"

#include <orm/error.h>

namespace Orm {

QString unstorablePart(const QString &text)
{
    const QChar *data = text.constData();
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (char16_t(data[i].unicode() - 1) < 0xd7ff)
            continue; // U+0001 to U+D7FF: most text has nothing else
        const QChar c = data[i];
        if (c.unicode() == 0)
            return QStringLiteral("a NUL character at position %1").arg(i);
        if (c.isHighSurrogate()) {
            if (i + 1 < size && data[i + 1].isLowSurrogate()) {
                ++i;
                continue;
            }
            return QStringLiteral("an unpaired surrogate at position %1").arg(i);
        }
        if (c.isLowSurrogate())
            return QStringLiteral("an unpaired surrogate at position %1").arg(i);
    }
    return {};
}

QString sqliteUtf16Problem(const QVariant &value)
{
    if (value.typeId() != QMetaType::QString)
        return {};
    const QString &text = *static_cast<const QString *>(value.constData());
    const QChar *data = text.constData();
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (data[i].unicode() >= 0xfffe)
            return QStringLiteral("U+%1 at position %2, which SQLite reads back as U+FFFD through QSqlQuery")
                    .arg(QString::number(data[i].unicode(), 16).toUpper())
                    .arg(i);
    }
    return {};
}

Error unstorableText(const QVariant &value, const QString &sql, const QString &problem)
{
    ValidationItem item{QString(), QStringLiteral("storableText"), {}, {}, value, ValidationItem::Origin::Core};
    item.message = QStringLiteral("text cannot be stored: it contains %1")
                           .arg(problem.isEmpty() ? textProblem(value) : problem);
    item.value = value.toString().left(200);
    return Error(Error::Kind::Validation, item.message, sql).setItems({item});
}

} // namespace Orm
