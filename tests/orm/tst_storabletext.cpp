// encodeStorableUtf8() and mayHoldUnstorable() (orm/src/core/storabletext_p.h) read texts eight units at a time and
// finish with the eight that end the text. These tests hold them to QString's own UTF-8 and to a plain walk, for
// every length up to 40 with an odd unit at every place, at every alignment.

#include "core/storabletext_p.h"

#include <QObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Orm;

namespace {

// NUL, or a surrogate without its other half.
bool holdsUnstorable(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].unicode() == 0)
            return true;
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        if (text[i].isSurrogate())
            return true;
    }
    return false;
}

bool holdsNulOrSurrogate(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() == 0 || c.isSurrogate(); });
}

} // namespace

class TestStorableText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyLengthPlaceAndAlignment()
    {
        // What goes at one place of an ASCII text: nothing odd, 2-, 3- and 4-byte characters, and what cannot be
        // stored.
        const QStringList odd = {
                QString(), u"é"_s,   u"€"_s, u"😀"_s, QString(QChar(0)), QString(QChar(0xd83d)), QString(QChar(0xde00)),
                u"\x7f"_s, u"\x80"_s};
        int checked = 0;
        for (int length = 0; length <= 40; ++length) {
            for (int place = 0; place <= length; ++place) {
                for (const QString &unit : odd) {
                    QString text;
                    for (int i = 0; i < length; ++i)
                        text += i == place ? unit : QString(QChar(u'a' + i % 26));
                    if (place == length)
                        text += unit;
                    for (int offset = 0; offset < 4; ++offset) { // unaligned views too
                        // NULs around the view: a read past either end would find something unstorable.
                        const QString padded = QString(offset, QChar(0)) + text + QString(8, QChar(0));
                        const QStringView view = QStringView(padded).sliced(offset, text.size());
                        QByteArray out(3 * view.size() + 8, '?');
                        const qsizetype written = encodeStorableUtf8(view, out.data());
                        const QByteArray context = QStringLiteral("length %1, place %2, unit %3, offset %4")
                                                           .arg(length)
                                                           .arg(place)
                                                           .arg(unit.isEmpty() ? 0 : unit.at(0).unicode(), 0, 16)
                                                           .arg(offset)
                                                           .toUtf8();
                        if (holdsUnstorable(view)) {
                            QVERIFY2(written == -1, context.constData());
                        } else {
                            QVERIFY2(written >= 0, context.constData());
                            QVERIFY2(out.left(written) == view.toUtf8(), context.constData());
                            QVERIFY2(out.mid(written).count('?') == out.size() - written, // nothing beyond
                                     context.constData());
                        }
                        QVERIFY2(mayHoldUnstorable(view) == holdsNulOrSurrogate(view), context.constData());
                        ++checked;
                    }
                }
            }
        }
        QVERIFY(checked > 30000);
    }
};

QTEST_GUILESS_MAIN(TestStorableText)
#include "tst_storabletext.moc"
