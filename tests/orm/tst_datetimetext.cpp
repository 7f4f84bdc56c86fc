#include "core/values_p.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// Orm::Values' text of a date and time as SQLite holds it ("YYYY-MM-DD HH:MM:SS.SSS +00:00"), written and read
// without QDateTime::toString() and fromString(): the same texts and the same QDateTimes as those give.
class TestDateTimeText : public QObject
{
    Q_OBJECT

    // What sequelizeDateTime() wrote before it wrote the digits itself.
    static QString throughQt(const QDateTime &dateTime)
    {
        return dateTime.toUTC().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s) + u" +00:00"_s;
    }
    // What toDateTime() read such a text as before.
    static QDateTime readByQt(const QString &text)
    {
        QString iso = text;
        iso[10] = u'T';
        iso.remove(iso.lastIndexOf(u' '), 1);
        return QDateTime::fromString(iso, Qt::ISODateWithMs);
    }

private Q_SLOTS:
    void writtenAndReadAsQtDoes()
    {
        QList<QDateTime> times = {
                QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC),
                QDateTime(QDate(1000, 1, 1), QTime(0, 0), Qt::UTC),
                QDateTime(QDate(9999, 12, 31), QTime(12, 5, 7, 8), Qt::UTC),
                QDateTime(QDate(2023, 3, 26), QTime(2, 30), QTimeZone("Europe/Paris")), // not a local time there
                QDateTime(QDate(2023, 10, 29), QTime(2, 30), QTimeZone("Europe/Paris")),
                QDateTime(QDate(2025, 6, 1), QTime(8, 0), Qt::OffsetFromUTC, -5 * 3600),
                QDateTime(QDate(2025, 6, 1), QTime(8, 0), Qt::LocalTime),
                QDateTime::currentDateTimeUtc(),
                QDateTime::currentDateTime(),
        };
        QRandomGenerator random(26);
        for (int i = 0; i < 2000; ++i)
            times << QDateTime::fromMSecsSinceEpoch(
                    random.bounded(Q_INT64_C(-30000000000000), Q_INT64_C(250000000000000)), Qt::UTC);
        for (const QDateTime &t : std::as_const(times)) {
            const QString text = Orm::Values::sequelizeDateTime(t);
            QCOMPARE(text, throughQt(t));
            const QDateTime read = Orm::Values::toDateTime(text);
            QCOMPARE(read, readByQt(text));
            QCOMPARE(read.timeSpec(), readByQt(text).timeSpec());
            if (t.isValid()) // 02:30 on the night Paris skips it is not a time there
                QCOMPARE(read, t);
        }
    }

    void otherTextsAreReadAsBefore()
    {
        // Outside the usual years, and texts not exactly in the form, go through Qt's own parsing.
        const QDateTime early(QDate(999, 5, 4), QTime(3, 2, 1, 7), Qt::UTC);
        QCOMPARE(Orm::Values::sequelizeDateTime(early), throughQt(early));
        QCOMPARE(Orm::Values::sequelizeDateTime(QDateTime()), throughQt(QDateTime()));
        for (const QString &text :
             {u"2024-02-30 10:00:00.000 +00:00"_s, u"2024-01-01 24:00:00.000 +00:00"_s,
              u"2024-01-01 10:00:00.000 +02:00"_s, u"2024-01-01T10:00:00.000 +00:00"_s,
              u" 2024-01-01 10:00:00.000 +00:00"_s, u"2024-01-01 10:00:00+00"_s, u"2024-0a-01 10:00:00.000 +00:00"_s}) {
            QString iso = text.trimmed();
            if (iso.size() > 10 && iso.at(10) == u' ')
                iso[10] = u'T';
            if (const qsizetype space = iso.lastIndexOf(u' '); space > 10)
                iso.remove(space, 1);
            if (iso.endsWith(u"+00"_s))
                iso += u":00"_s;
            QDateTime expected = QDateTime::fromString(iso, Qt::ISODateWithMs);
            if (!expected.isValid())
                expected = QDateTime::fromString(iso, Qt::ISODate);
            QCOMPARE(Orm::Values::toDateTime(text), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestDateTimeText)
#include "tst_datetimetext.moc"
