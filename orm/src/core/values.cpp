#include "core/values_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTimeZone>

#include <cmath>

namespace Orm::Values {

QString sequelizeDateTime(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) + QStringLiteral(" +00:00");
}

QDateTime toDateTime(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime();
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().startOfDay(QTimeZone::utc());
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
