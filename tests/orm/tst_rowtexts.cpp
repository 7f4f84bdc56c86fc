// RowTexts (orm/src/sqlite/rowtexts_p.h) makes the short ASCII texts of a row QStrings that share one block. These
// tests hold each text to QString::fromUtf8(), say which texts go into the block, and hold the block's texts to what
// any QString promises: a terminating NUL, copies and changes that leave the others alone, a block released with its
// last text, even when making the texts is interrupted (the ASan build checks that nothing leaks and nothing is
// released twice).

#include "sqlite/rowtexts_p.h"

#include <QObject>
#include <QTest>

#include <map>
#include <stdexcept>
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

int referencesOf(const QString &text)
{
    return const_cast<QString &>(text).data_ptr().d_ptr()->ref_.loadRelaxed();
}

} // namespace

class TestRowTexts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void widenAsciiForEveryByte()
    {
        for (int byte = 0; byte < 256; ++byte) {
            for (int length = 1; length <= 17; ++length) {
                for (int place = 0; place < length; ++place) {
                    QByteArray text(length, 'a');
                    text[place] = char(byte);
                    std::vector<char16_t> out(size_t(length), u'?');
                    QVERIFY2(RowTexts::widenAscii(text.constData(), text.size(), out.data()) == (byte < 0x80),
                             qPrintable(
                                     QStringLiteral("byte %1, length %2, place %3").arg(byte).arg(length).arg(place)));
                    if (byte < 0x80)
                        QCOMPARE(QStringView(out.data(), length), QString::fromLatin1(text));
                }
            }
        }
    }

    void widenAsciiAtEveryLengthAndPlace()
    {
        for (int length = 0; length <= 40; ++length) {
            const QByteArray plain(length, 'a');
            std::vector<char16_t> out(size_t(length) + 1, u'?');
            QVERIFY(RowTexts::widenAscii(plain.constData(), plain.size(), out.data()));
            QCOMPARE(QStringView(out.data(), length), QString(length, u'a'));
            QCOMPARE(out[size_t(length)], u'?'); // nothing written past the text
            for (int place = 0; place < length; ++place) {
                for (char high : {'\x80', '\xc3', '\xff'}) {
                    QByteArray text = plain;
                    text[place] = high;
                    QVERIFY2(!RowTexts::widenAscii(text.constData(), text.size(), out.data()),
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

    void whatGoesIntoTheBlock()
    {
        const QByteArray longest(RowTexts::maxPooledBytes, 'l');
        const QByteArray tooLong(RowTexts::maxPooledBytes + 1, 't');
        const auto texts = take({QByteArray("a\0b", 3), "\x7f", longest, tooLong, "été"});
        QCOMPARE(blockOf(texts.at(0)), blockOf(texts.at(1))); // NUL and DEL are ASCII
        QCOMPARE(blockOf(texts.at(0)), blockOf(texts.at(2)));
        QVERIFY(blockOf(texts.at(3)) != blockOf(texts.at(0)));
        QVERIFY(blockOf(texts.at(4)) != blockOf(texts.at(0)));
        QCOMPARE(referencesOf(texts.at(0)), 3); // one per text: the holder let go of its own
        QCOMPARE(texts.at(3), QString::fromLatin1(tooLong));

        // A block holds at most maxBlockUnits: the texts beyond are made alone.
        QList<QByteArray> many;
        for (qsizetype units = 0; units <= RowTexts::maxBlockUnits; units += RowTexts::maxPooledBytes + 1)
            many << QByteArray(RowTexts::maxPooledBytes, char('a' + many.size()));
        many << "x";
        const auto row = take(many);
        const qsizetype inBlock = RowTexts::maxBlockUnits / (RowTexts::maxPooledBytes + 1);
        for (int c = 0; c < many.size(); ++c) {
            QCOMPARE(row.at(c), QString::fromLatin1(many[c]));
            QCOMPARE(blockOf(row.at(c)) == blockOf(row.at(0)), c < inBlock || c == many.size() - 1);
        }
        QCOMPARE(referencesOf(row.at(0)), int(inBlock + 1));
    }

    void nothingPendingOrNothingToShare()
    {
        RowTexts texts;
        int calls = 0;
        texts.take([&](int, QString &&) { ++calls; });
        QCOMPARE(calls, 0);
        const auto row = take({"é", "", "ü"});
        QVERIFY(row.at(0).isDetached());
        QVERIFY(row.at(2).isDetached());
    }

    void anInterruptedTakeReleasesEverything()
    {
        RowTexts texts;
        const QByteArray a = "first", b = "second", c = "third";
        texts.add(0, a.constData(), a.size());
        texts.add(1, b.constData(), b.size());
        texts.add(2, c.constData(), c.size());
        QString kept;
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, texts.take([&](int column, QString &&text) {
            if (column == 1)
                throw std::runtime_error("interrupted");
            kept = std::move(text);
        }));
        QCOMPARE(kept, u"first"_s);
        QVERIFY(kept.isDetached()); // the holder and the text not made let go of theirs (LeakSanitizer checks)
        int calls = 0;
        texts.take([&](int, QString &&) { ++calls; }); // nothing left from the interrupted row
        QCOMPARE(calls, 0);
    }

    void changesToAnyTextLeaveTheOthersAlone_data()
    {
        QTest::addColumn<int>("changed");
        QTest::addColumn<int>("change");
        for (int changed : {0, 1, 2}) {
            for (int change = 0; change < 8; ++change)
                QTest::addRow("text %d, change %d", changed, change) << changed << change;
        }
    }

    void changesToAnyTextLeaveTheOthersAlone()
    {
        QFETCH(int, changed);
        QFETCH(int, change);
        const QStringList original = {u"first"_s, u"second"_s, u"third"_s};
        auto texts = take({"first", "second", "third"});
        QString &text = texts.at(changed);
        QString expected = original[changed];
        const QString a = u"<"_s, b = u">"_s;
        switch (change) {
        case 0:
            text.prepend(u"p"_s);
            expected.prepend(u"p"_s);
            break;
        case 1:
            text.insert(0, u"i"_s);
            expected.insert(0, u"i"_s);
            break;
        case 2:
            text[1] = u'X';
            expected[1] = u'X';
            break;
        case 3:
            text.resize(text.size() + 1, u'r');
            expected.resize(expected.size() + 1, u'r');
            break;
        case 4:
            text.replace(u"i"_s, u"II"_s);
            expected.replace(u"i"_s, u"II"_s);
            break;
        case 5:
            text.fill(u'f');
            expected.fill(u'f');
            break;
        case 6:
            text += a % b;
            expected += a % b;
            break;
        case 7:
            text.chop(2);
            text.squeeze();
            expected.chop(2);
            break;
        }
        QCOMPARE(text, expected);
        QVERIFY(terminated(text));
        for (int other = 0; other < 3; ++other) {
            if (other == changed)
                continue;
            QCOMPARE(texts.at(other), original[other]);
            QVERIFY(terminated(texts.at(other)));
        }
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
        middle.append(u"!!!"_s); // in the block's space after it, which no one else reads
        middle.prepend(u"<"_s); // and before it
        QCOMPARE(middle, u"<second!!!"_s);
        QVERIFY(terminated(middle));
        middle.append(QString(40, u'x')); // beyond the block
        QCOMPARE(middle, u"<second!!!"_s + QString(40, u'x'));
        QVERIFY(terminated(middle));
        middle.squeeze();
        QCOMPARE(middle, u"<second!!!"_s + QString(40, u'x'));

        auto row = take({"first", "second", "third"});
        QString first = row.at(0);
        row.clear();
        first.squeeze(); // alone at the block's start: shrunk where it is
        QCOMPARE(first, u"first"_s);
        QVERIFY(terminated(first));
        first = std::move(first).toUpper();
        QCOMPARE(first, u"FIRST"_s);
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
