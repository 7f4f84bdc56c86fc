// RowTexts (orm/src/rowtexts_p.h) makes the ASCII texts of a row QStrings that share one block. These tests hold
// each text to QString::fromUtf8(), and hold the block's texts to what any QString promises: a terminating NUL,
// copies and changes that leave the others alone, a block released with its last text (the ASan build checks
// that nothing leaks and nothing is released twice).

#include "rowtexts_p.h"

#include <QObject>
#include <QTest>

#include <map>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Orm;

namespace {

// The texts of a row made by RowTexts, by column.
std::map<int, QString> take(const QList<QByteArray> &utf8)
{
    RowTexts texts;
    for (int c = 0; c < utf8.size(); ++c)
        texts.add(c, utf8[c].constData(), utf8[c].size());
    std::map<int, QString> out;
    texts.take([&](int column, QString &&text) { out.emplace(column, std::move(text)); });
    return out;
}

const void *blockOf(const QString &text)
{
    return const_cast<QString &>(text).data_ptr().d_ptr();
}

bool terminated(const QString &text)
{
    return text.utf16()[text.size()] == 0;
}

} // namespace

class TestRowTexts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isAsciiAtEveryLengthAndPlace()
    {
        for (int length = 0; length <= 40; ++length) {
            const QByteArray plain(length, 'a');
            QVERIFY(RowTexts::isAscii(plain.constData(), plain.size()));
            for (int place = 0; place < length; ++place) {
                for (char high : {'\x80', '\xc3', '\xff'}) {
                    QByteArray text = plain;
                    text[place] = high;
                    QVERIFY2(!RowTexts::isAscii(text.constData(), text.size()),
                             qPrintable(QStringLiteral("length %1, place %2").arg(length).arg(place)));
                }
            }
        }
    }

    void textsAreThoseOfFromUtf8_data()
    {
        QTest::addColumn<QList<QByteArray>>("row");
        QTest::newRow("one text") << QList<QByteArray>{"Le Livre 1"};
        QTest::newRow("ASCII texts") << QList<QByteArray>{"Le Livre 1", "LeLivre1", "covers/1.jpg", "a", "x"};
        QTest::newRow("empty ones among them") << QList<QByteArray>{"", "abc", "", "de", ""};
        QTest::newRow("non-ASCII among them") << QList<QByteArray>{"Les Misérables", "Hugo", "Poésie", "BD"};
        QTest::newRow("NUL and DEL inside") << QList<QByteArray>{QByteArray("a\0b", 3), "\x7f", "end"};
        QTest::newRow("invalid UTF-8") << QList<QByteArray>{"ok", "\xff\xfe", "caf\xc3", "fine"};
        QTest::newRow("long ones") << QList<QByteArray>{QByteArray(5000, 'x'), QByteArray(300, 'y'), "z"};
        QTest::newRow("a single ASCII one") << QList<QByteArray>{"été", "ok", "à"};
    }

    void textsAreThoseOfFromUtf8()
    {
        QFETCH(QList<QByteArray>, row);
        const auto texts = take(row);
        QCOMPARE(texts.size(), size_t(row.size()));
        for (int c = 0; c < row.size(); ++c) {
            const QString &text = texts.at(c);
            QCOMPARE(text, QString::fromUtf8(row[c]));
            QCOMPARE(text.isNull(), QString::fromUtf8(row[c]).isNull());
            QVERIFY(terminated(text));
        }
    }

    void asciiTextsShareOneBlock()
    {
        const auto texts = take({"Le Livre 1", "Poésie", "covers/1.jpg", "", "https://example.org/1"});
        QCOMPARE(blockOf(texts.at(0)), blockOf(texts.at(2)));
        QCOMPARE(blockOf(texts.at(0)), blockOf(texts.at(4)));
        QVERIFY(blockOf(texts.at(1)) != blockOf(texts.at(0))); // decoded alone
        QVERIFY(blockOf(texts.at(3)) != blockOf(texts.at(0))); // empty: nothing to share
        QVERIFY(!texts.at(0).isDetached()); // the block is held by its three texts
    }

    void aChangeLeavesTheOthersAlone()
    {
        auto texts = take({"first", "second", "third"});
        texts.at(1).append(u"!!"_s); // the others live: it is copied alone
        QCOMPARE(texts.at(1), u"second!!"_s);
        QCOMPARE(texts.at(0), u"first"_s);
        QCOMPARE(texts.at(2), u"third"_s);
        QVERIFY(terminated(texts.at(0)));
        texts.at(0)[0] = u'F';
        QCOMPARE(texts.at(0), u"First"_s);
        QCOMPARE(texts.at(2), u"third"_s);
    }

    void theLastTextMayGrowOverTheOthers()
    {
        auto texts = take({"first", "second", "third"});
        QString middle = texts.at(1);
        texts.clear(); // middle now holds the block alone
        QVERIFY(middle.isDetached());
        middle.append(QString(40, u'x')); // may use the block's space after it, which no one else reads
        middle.prepend(u"<"_s); // and before it
        QCOMPARE(middle, u"<second"_s + QString(40, u'x'));
        QVERIFY(terminated(middle));
        middle.squeeze();
        QCOMPARE(middle, u"<second"_s + QString(40, u'x'));
    }

    void copiesOutliveTheRowAndEachOther()
    {
        QString kept;
        QString other;
        {
            auto texts = take({"kept", "other", "dropped"});
            kept = texts.at(0);
            other = texts.at(1);
        }
        QCOMPARE(kept, u"kept"_s);
        other = QString();
        QCOMPARE(kept, u"kept"_s);
        QVERIFY(kept.isDetached());
    }

    void reusedForManyRows()
    {
        RowTexts texts;
        std::vector<std::map<int, QString>> rows;
        for (int r = 0; r < 100; ++r) {
            const QByteArray a = "row " + QByteArray::number(r);
            const QByteArray b = r % 3 ? QByteArray("n°") + QByteArray::number(r) : QByteArray::number(r * 7);
            texts.add(0, a.constData(), a.size());
            texts.add(5, b.constData(), b.size());
            std::map<int, QString> row;
            texts.take([&](int column, QString &&text) { row.emplace(column, std::move(text)); });
            rows.push_back(std::move(row));
        }
        for (int r = 0; r < 100; ++r) {
            QCOMPARE(rows[size_t(r)].at(0), u"row %1"_s.arg(r));
            QCOMPARE(rows[size_t(r)].at(5), r % 3 ? u"n°%1"_s.arg(r) : QString::number(r * 7));
        }
    }
};

QTEST_GUILESS_MAIN(TestRowTexts)
#include "tst_rowtexts.moc"
