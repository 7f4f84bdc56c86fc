#include "core/values_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace Orm::Values {

namespace {

// "YYYY-MM-DD HH:MM:SS.SSS +00:00": where its digits are, and how long it is.
constexpr qsizetype sequelizeLength = 30;
constexpr qsizetype digitAt[] = {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22};
constexpr char16_t sequelizeForm[] = u"0000-00-00 00:00:00.000 +00:00"; // the rest of its characters

// The number written by the digits of text from position at on.
int number(const char16_t *text, qsizetype at, qsizetype count)
{
    int n = 0;
    for (qsizetype i = at; i < at + count; ++i)
        n = n * 10 + (text[i] - u'0');
    return n;
}

// A date and time written as sequelizeDateTime() writes it, read without QDateTime::fromString(), or an invalid
// one when text is not exactly in that form.
QDateTime fromSequelizeText(QStringView text)
{
    if (text.size() != sequelizeLength)
        return {};
    const auto *units = reinterpret_cast<const char16_t *>(text.utf16());
    qsizetype next = 0;
    for (qsizetype i = 0; i < sequelizeLength; ++i) {
        const bool digit = next < qsizetype(std::size(digitAt)) && digitAt[next] == i;
        if (digit) {
            ++next;
            if (units[i] < u'0' || units[i] > u'9')
                return {};
        } else if (units[i] != sequelizeForm[i]) {
            return {};
        }
    }
    const QDate date(number(units, 0, 4), number(units, 5, 2), number(units, 8, 2));
    const QTime time(number(units, 11, 2), number(units, 14, 2), number(units, 17, 2), number(units, 20, 3));
    if (!date.isValid() || !time.isValid())
        return {};
    // What QDateTime::fromString(..., Qt::ISODateWithMs) gives for an offset of +00:00: a UTC time.
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

QString sequelizeDateTime(const QDateTime &dateTime)
{
    const QDateTime utc = dateTime.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    if (!date.isValid() || !time.isValid() || date.year() < 1000 || date.year() > 9999)
        return utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) + QStringLiteral(" +00:00");
    // Written digit by digit: QDateTime::toString() reads its format and asks the locale for every date, which
    // cost an import of books (three dates per opening balance) a tenth of its instructions.
    QString text(sequelizeLength, Qt::Uninitialized);
    auto *out = reinterpret_cast<char16_t *>(text.data());
    std::copy(std::begin(sequelizeForm), std::begin(sequelizeForm) + sequelizeLength, out);
    const int values[] = {date.year(),   date.month(),  date.day(), time.hour(),
                          time.minute(), time.second(), time.msec()};
    const qsizetype widths[] = {4, 2, 2, 2, 2, 2, 3};
    qsizetype next = 0;
    for (qsizetype v = 0; v < qsizetype(std::size(values)); ++v) {
        int value = values[v];
        for (qsizetype i = widths[v] - 1; i >= 0; --i) {
            out[digitAt[next + i]] = char16_t(u'0' + value % 10);
            value /= 10;
        }
        next += widths[v];
    }
    return text;
}

QDateTime toDateTime(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime();
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().startOfDay(QTimeZone::utc());
    if (value.typeId() == QMetaType::QString) {
        // What SQLite holds, as sequelizeDateTime() wrote it: read at once.
        const QDateTime written = fromSequelizeText(*static_cast<const QString *>(value.constData()));
        if (written.isValid())
            return written;
    }
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    // "YYYY-MM-DD HH:MM:SS.SSS +00:00" (Sequelize on SQLite) and "YYYY-MM-DD HH:MM:SS+00" (PostgreSQL's text)
    // become ISO 8601 by joining the date and time with a T and dropping the space before the offset.
    QString iso = text;
    if (iso.size() > 10 && iso.at(10) == u' ')
        iso[10] = u'T';
    const qsizetype space = iso.lastIndexOf(u' ');
    if (space > 10)
        iso.remove(space, 1);
    if (iso.endsWith(QStringLiteral("+00")) || iso.endsWith(QStringLiteral("-00")))
        iso += QStringLiteral(":00");
    QDateTime dt = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(iso, Qt::ISODate);
    if (dt.isValid() && dt.timeSpec() == Qt::LocalTime && !iso.contains(u'+') && !iso.endsWith(u'Z'))
        dt.setTimeZone(QTimeZone::utc()); // no offset written: Sequelize means UTC
    return dt;
}

QDate toDate(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDate)
        return value.toDate();
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().toUTC().date();
    const QString text = value.toString().trimmed();
    return QDate::fromString(text.left(10), Qt::ISODate);
}

QTime toTime(const QVariant &value)
{
    if (value.typeId() == QMetaType::QTime)
        return value.toTime();
    const QString text = value.toString().trimmed();
    QTime t = QTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t : QTime::fromString(text, Qt::ISODate);
}

QString toJsonText(const QVariant &value)
{
    const QJsonValue json = QJsonValue::fromVariant(value);
    if (json.isObject())
        return QString::fromUtf8(QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact));
    if (json.isArray())
        return QString::fromUtf8(QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact));
    // A scalar: serialize it inside an array and take the brackets off.
    const QByteArray wrapped = QJsonDocument(QJsonArray{json}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QVariant fromJsonText(const QString &text)
{
    const QByteArray wrapped = '[' + text.toUtf8() + ']';
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return text;
    return doc.array().at(0).toVariant();
}

QVariant toInteger(const QVariant &value)
{
    if (value.typeId() == QMetaType::LongLong)
        return value;
    if (value.typeId() == QMetaType::Int)
        return qlonglong(value.toInt());
    if (value.typeId() == QMetaType::Bool)
        return qlonglong(value.toBool() ? 1 : 0);
    bool ok = false;
    if (value.typeId() != QMetaType::Double && value.typeId() != QMetaType::Float) {
        const qlonglong n = value.toLongLong(&ok); // never through a double: QVariant(4.5).toLongLong() gives 5
        if (ok)
            return n;
    }
    const double d = value.toDouble(&ok);
    if (ok && std::isfinite(d) && d == double(qlonglong(d)))
        return qlonglong(d);
    return ok ? QVariant(d) : value; // a fraction stays a number: "stock > 4.5" must not become "stock > 5"
}

QVariant toReal(const QVariant &value)
{
    if (value.typeId() == QMetaType::Double)
        return value;
    bool ok = false;
    const double d = value.toDouble(&ok);
    return ok ? QVariant(d) : value;
}

} // namespace Orm::Values
