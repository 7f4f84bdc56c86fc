#pragma once

//  Not part of the API.

#include <QString>

namespace Orm {

// The SQL text with each comment (`-- ...` to the end of its line, `/* ... */`) replaced by a space; string
// literals and quoted identifiers are kept whole, comment-like text inside them included. For searches of a
// schema's stored SQL (a trigger's statements) that a comment must not hide from.
inline QString withoutSqlComments(const QString &sql)
{
    QString out;
    out.reserve(sql.size());
    const qsizetype size = sql.size();
    for (qsizetype i = 0; i < size;) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < size ? sql.at(i + 1) : QChar();
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            // A doubled quote closes the text and opens the next: the same text, copied in two parts.
            const qsizetype end = sql.indexOf(c == u'[' ? u']' : c, i + 1);
            const qsizetype stop = end < 0 ? size : end + 1;
            out += QStringView(sql).sliced(i, stop - i);
            i = stop;
        } else if (c == u'-' && next == u'-') {
            const qsizetype end = sql.indexOf(u'\n', i);
            out += u' ';
            i = end < 0 ? size : end;
        } else if (c == u'/' && next == u'*') {
            const qsizetype end = sql.indexOf(QStringLiteral("*/"), i + 2);
            out += u' ';
            i = end < 0 ? size : end + 2;
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

} // namespace Orm
