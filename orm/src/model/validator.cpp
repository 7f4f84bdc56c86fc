#include "core/storabletext_p.h"
#include "model/validatorjs_p.h"

#include <orm/validator.h>

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <string_view>

using namespace Qt::StringLiterals;

namespace Orm {

namespace {

QString text(const QVariant &value)
{
    return value.toString();
}

// The text of a value: the string it holds, read where it is, or else its conversion, kept in spare.
QStringView textOf(const QVariant &value, QString &spare)
{
    if (value.typeId() == QMetaType::QString)
        return *static_cast<const QString *>(value.constData());
    spare = value.toString();
    return spare;
}

bool matches(const QString &pattern, const QString &value)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(value).hasMatch();
}

double number(const QVariant &v, bool *ok)
{
    switch (v.typeId()) {
    case QMetaType::Double:
        *ok = true;
        return *static_cast<const double *>(v.constData());
    case QMetaType::Int:
        *ok = true;
        return *static_cast<const int *>(v.constData());
    case QMetaType::LongLong:
        *ok = true;
        return double(*static_cast<const qlonglong *>(v.constData()));
    default:
        break;
    }
    return v.toString().trimmed().isEmpty() ? (*ok = false, 0.0) : v.toDouble(ok);
}

} // namespace

Validator::Validator(const QString &rule, const QVariantList &arguments, std::function<bool(const QVariant &)> test)
    : m_rule(rule),
      m_arguments(arguments),
      m_test(std::move(test))
{
}

Validator Validator::notNull()
{
    // Rules are not run on a null value, so this one sees only values that are not null.
    return Validator(QStringLiteral("notNull"), {}, [](const QVariant &) { return true; });
}

Validator Validator::notEmpty()
{
    return Validator(QStringLiteral("notEmpty"), {}, [](const QVariant &v) {
        QString spare;
        return !textOf(v, spare).trimmed().isEmpty();
    });
}

Validator Validator::len(int min, int max)
{
    // Characters (code points), as validator.js counts them. A text's UTF-16 size is never less than its count of
    // characters nor more than twice it: the count is needed only when the size alone does not decide.
    return Validator(QStringLiteral("len"), {min, max}, [min, max](const QVariant &v) {
        QString spare;
        const QStringView s = textOf(v, spare);
        qsizetype n = s.size();
        if ((max >= 0 && n > max) || n < 2 * qsizetype(min))
            n = characterCount(s);
        return n >= min && (max < 0 || n <= max);
    });
}

Validator Validator::min(double minimum)
{
    return Validator(QStringLiteral("min"), {minimum}, [minimum](const QVariant &v) {
        bool ok = false;
        const double d = number(v, &ok);
        return ok && d >= minimum;
    });
}

Validator Validator::max(double maximum)
{
    return Validator(QStringLiteral("max"), {maximum}, [maximum](const QVariant &v) {
        bool ok = false;
        const double d = number(v, &ok);
        return ok && d <= maximum;
    });
}

Validator Validator::isInt()
{
    return Validator(QStringLiteral("isInt"), {}, [](const QVariant &v) {
        if (v.typeId() == QMetaType::Double)
            return v.toDouble() == double(qint64(v.toDouble()));
        return matches(QStringLiteral("[-+]?[0-9]+"), text(v)); // validator.js: leading zeroes allowed
    });
}

Validator Validator::isFloat()
{
    return Validator(QStringLiteral("isFloat"), {}, [](const QVariant &v) {
        const int type = v.typeId();
        if (type == QMetaType::Double || type == QMetaType::Int || type == QMetaType::LongLong)
            return true;
        // validator.js: digits on either side of the point may be missing ("1.", ".5"), not both.
        const QString s = text(v);
        return matches(QStringLiteral("[-+]?([0-9]+)?(\\.[0-9]*)?([eE][-+]?[0-9]+)?"), s) && !s.isEmpty() && s != u"."
                && s != u"+" && s != u"-";
    });
}

Validator Validator::isDecimal()
{
    return Validator(QStringLiteral("isDecimal"), {}, [](const QVariant &v) {
        // Sequelize's own isDecimal (lib/utils/validator-extras.js), not validator.js's: an exponent is allowed.
        const QString s = text(v);
        return !s.isEmpty() && matches(QStringLiteral("(-?[0-9]+)?(\\.[0-9]*)?([eE][-+]?[0-9]+)?"), s);
    });
}

Validator Validator::isNumeric()
{
    return Validator(QStringLiteral("isNumeric"), {},
                     [](const QVariant &v) { return matches(QStringLiteral("[-+]?([0-9]*[.])?[0-9]+"), text(v)); });
}

Validator Validator::isAlpha(const QString &locale)
{
    const QRegularExpression pattern = ValidatorJs::alphaPattern(locale, false); // made once, for every value
    return Validator(QStringLiteral("isAlpha"), {locale}, [pattern](const QVariant &v) {
        QString spare;
        return pattern.isValid() && pattern.match(textOf(v, spare)).hasMatch();
    });
}

Validator Validator::isAlphanumeric(const QString &locale)
{
    const QRegularExpression pattern = ValidatorJs::alphaPattern(locale, true);
    return Validator(QStringLiteral("isAlphanumeric"), {locale}, [pattern](const QVariant &v) {
        QString spare;
        return pattern.isValid() && pattern.match(textOf(v, spare)).hasMatch();
    });
}

Validator Validator::isLowercase()
{
    return Validator(QStringLiteral("isLowercase"), {}, [](const QVariant &v) { return text(v) == text(v).toLower(); });
}

Validator Validator::isUppercase()
{
    return Validator(QStringLiteral("isUppercase"), {}, [](const QVariant &v) { return text(v) == text(v).toUpper(); });
}

Validator Validator::isEmail()
{
    return Validator(QStringLiteral("isEmail"), {}, [](const QVariant &v) {
        QString spare;
        return ValidatorJs::isEmail(textOf(v, spare));
    });
}

namespace {

// ASCII only, on purpose: Qt's case-insensitive comparisons fold Unicode, and U+017F (long s) folds to 's'.
constexpr bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

constexpr bool isAsciiLetterOrDigit(QChar c)
{
    return isAsciiLetter(c) || (c >= u'0' && c <= u'9');
}

bool isAsciiNoCase(QStringView text, QLatin1StringView lowerCase)
{
    return text.size() == lowerCase.size()
            && std::equal(text.begin(), text.end(), lowerCase.begin(), [](QChar c, char l) {
                   return (c >= u'A' && c <= u'Z' ? QChar(c.unicode() - u'A' + u'a') : c) == QLatin1Char(l);
               });
}

// A DNS label that validator.js takes as it is: 1 to 63 letters, digits and hyphens, no hyphen at either end. Two
// hyphens in a row ("xn--" labels) are left to the whole rule.
bool isPlainLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63 || label.front() == u'-' || label.back() == u'-')
        return false;
    QChar previous;
    for (const QChar c : label) { // one walk, rather than a search for "--" and then a walk
        if (!(isAsciiLetterOrDigit(c) || c == u'-') || (c == u'-' && previous == u'-'))
            return false;
        previous = c;
    }
    return true;
}

// Characters of a path or a query that the fast path lets through: RFC 3986's unreserved characters and
// sub-delims, ':', '@', '/' and '?' (validator.js looks at none of them; it refuses white space, '<' and '>').
bool isPlainPathOrQueryCharacter(QChar c)
{
    static constexpr auto plain = [] {
        std::array<bool, 128> table{};
        for (const char p : std::string_view("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
                                             "-._~!$&'()*+,;=:@/?"))
            table[uchar(p)] = true;
        return table;
    }();
    return c.unicode() < plain.size() && plain[c.unicode()];
}

// The common case of isUrl, decided without validator.js's whole rule and without allocating: "http", "https" or
// "ftp" in any case, "://", a host of plain labels (two or more, the last of two or more letters: a top-level
// domain), then nothing, or a path or query of plain characters. True only where ValidatorJs::isURL() is true too;
// false means "not decided here", never "invalid": the caller then asks ValidatorJs::isURL().
bool isPlainWebAddress(QStringView s)
{
    if (s.size() > 2084) // validator.js's longest address
        return false;
    const qsizetype schemeEnd = std::find_if_not(s.begin(), s.end(), isAsciiLetter) - s.begin();
    const QStringView scheme = s.first(schemeEnd);
    if (!(isAsciiNoCase(scheme, "http"_L1) || isAsciiNoCase(scheme, "https"_L1) || isAsciiNoCase(scheme, "ftp"_L1))
        || !s.sliced(schemeEnd).startsWith(u"://"))
        return false;
    const QStringView rest = s.sliced(schemeEnd + 3);
    const qsizetype hostEnd =
            std::find_if(rest.begin(), rest.end(), [](QChar c) { return c == u'/' || c == u'?'; }) - rest.begin();
    const QStringView host = rest.first(hostEnd);
    const QStringView tail = rest.sliced(hostEnd);
    qsizetype labels = 0;
    QStringView lastLabel;
    // The labels between the dots, found in one walk (QStringView::tokenize() searches for each dot anew).
    for (qsizetype start = 0, i = 0; i <= host.size(); ++i) {
        if (i < host.size() && host[i] != u'.')
            continue;
        lastLabel = host.sliced(start, i - start);
        if (!isPlainLabel(lastLabel))
            return false;
        ++labels;
        start = i + 1;
    }
    // 253: DNS's longest name. validator.js does not check it; a longer host is no common case either.
    if (host.size() > 253 || labels < 2 || lastLabel.size() < 2
        || !std::all_of(lastLabel.begin(), lastLabel.end(), isAsciiLetter))
        return false;
    return std::all_of(tail.begin(), tail.end(), isPlainPathOrQueryCharacter);
}

} // namespace

Validator Validator::isUrl()
{
    return Validator(QStringLiteral("isUrl"), {}, [](const QVariant &v) {
        QString spare;
        if (isPlainWebAddress(textOf(v, spare)))
            return true;
        return ValidatorJs::isURL(v.typeId() == QMetaType::QString
                                          ? QStringView(*static_cast<const QString *>(v.constData()))
                                          : QStringView(spare));
    });
}

Validator Validator::isIP(int version)
{
    return Validator(QStringLiteral("isIP"), {version}, [version](const QVariant &v) {
        QString spare;
        return ValidatorJs::isIP(textOf(v, spare), version);
    });
}

Validator Validator::isUUID(int version)
{
    return Validator(QStringLiteral("isUUID"), {version}, [version](const QVariant &v) {
        const QString digit = version == 0 ? QStringLiteral("[0-9A-Fa-f]") : QString::number(version);
        const QString variant = version == 0 ? QStringLiteral("[0-9A-Fa-f]") : QStringLiteral("[89ABab]");
        return matches(QStringLiteral("[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-") + digit + QStringLiteral("[0-9A-Fa-f]{3}-")
                               + variant + QStringLiteral("[0-9A-Fa-f]{3}-[0-9A-Fa-f]{12}"),
                       text(v));
    });
}

namespace {

QDateTime asDateTime(const QVariant &v)
{
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime();
    if (v.typeId() == QMetaType::QDate)
        return v.toDate().startOfDay(Qt::UTC);
    const QString s = text(v).trimmed();
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(s, Qt::ISODate);
    if (!dt.isValid()) {
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (d.isValid())
            dt = d.startOfDay(Qt::UTC);
    }
    if (!dt.isValid()) {
        // What JavaScript's Date.parse() (Sequelize's isDate) also reads: English month names, in either order, and
        // year/month/day. Not "01/05/2024", which a French user reads as the 1st of May; nor a day the month lacks.
        static const QStringList formats = {
                u"MMM d yyyy"_s,         u"MMMM d yyyy"_s, u"MMM d, yyyy"_s,    u"MMMM d, yyyy"_s,
                u"d MMM yyyy"_s,         u"d MMMM yyyy"_s, u"ddd MMM d yyyy"_s, u"ddd MMM dd yyyy"_s,
                u"dddd, MMMM d, yyyy"_s, u"yyyy/M/d"_s,    u"yyyy-M-d"_s,
        };
        for (const QString &format : formats) {
            const QDate d = QDate::fromString(s, format);
            if (d.isValid()) {
                dt = d.startOfDay(Qt::UTC);
                break;
            }
        }
    }
    return dt;
}

} // namespace

Validator Validator::isDate()
{
    return Validator(QStringLiteral("isDate"), {}, [](const QVariant &v) { return asDateTime(v).isValid(); });
}

Validator Validator::isBefore(const QDateTime &limit)
{
    return Validator(QStringLiteral("isBefore"), {limit}, [limit](const QVariant &v) {
        const QDateTime dt = asDateTime(v);
        return dt.isValid() && dt < limit;
    });
}

Validator Validator::isAfter(const QDateTime &limit)
{
    return Validator(QStringLiteral("isAfter"), {limit}, [limit](const QVariant &v) {
        const QDateTime dt = asDateTime(v);
        return dt.isValid() && dt > limit;
    });
}

Validator Validator::isIn(const QVariantList &values)
{
    return Validator(QStringLiteral("isIn"), values, [values](const QVariant &v) {
        return std::any_of(values.begin(), values.end(), [&](const QVariant &x) { return text(x) == text(v); });
    });
}

Validator Validator::notIn(const QVariantList &values)
{
    return Validator(QStringLiteral("notIn"), values, [values](const QVariant &v) {
        return std::none_of(values.begin(), values.end(), [&](const QVariant &x) { return text(x) == text(v); });
    });
}

Validator Validator::contains(const QString &needle)
{
    return Validator(QStringLiteral("contains"), {needle},
                     [needle](const QVariant &v) { return text(v).contains(needle); });
}

Validator Validator::notContains(const QString &needle)
{
    return Validator(QStringLiteral("notContains"), {needle},
                     [needle](const QVariant &v) { return !text(v).contains(needle); });
}

Validator Validator::equals(const QVariant &expected)
{
    return Validator(QStringLiteral("equals"), {expected},
                     [expected](const QVariant &v) { return text(v) == text(expected); });
}

Validator Validator::is(const QRegularExpression &pattern)
{
    return Validator(QStringLiteral("is"), {pattern.pattern()},
                     [pattern](const QVariant &v) { return pattern.match(text(v)).hasMatch(); });
}

Validator Validator::notMatching(const QRegularExpression &pattern)
{
    return Validator(QStringLiteral("not"), {pattern.pattern()},
                     [pattern](const QVariant &v) { return !pattern.match(text(v)).hasMatch(); });
}

Validator Validator::custom(const QString &name, const Check &check)
{
    Validator v(name, {}, nullptr);
    v.m_custom = check;
    return v;
}

Validator Validator::withMessage(const QString &message) const
{
    Validator v = *this;
    v.m_message = message;
    return v;
}

QString Validator::check(const QVariant &value, const Instance &instance, const QString &attribute) const
{
    if (m_custom) {
        const QString message = m_custom(value, instance);
        if (message.isEmpty())
            return {};
        return m_message.isEmpty() ? message : m_message;
    }
    if (m_test(value))
        return {};
    return m_message.isEmpty() ? defaultMessage(attribute) : m_message;
}

QString Validator::defaultMessage(const QString &attribute) const
{
    const QString a0 = m_arguments.value(0).toString();
    const QString a1 = m_arguments.value(1).toString();
    if (m_rule == u"notEmpty")
        return QCoreApplication::translate("Orm::Validator", "%1 cannot be empty").arg(attribute);
    if (m_rule == u"len") {
        if (m_arguments.value(1).toInt() < 0)
            return QCoreApplication::translate("Orm::Validator", "%1 must be at least %2 characters long")
                    .arg(attribute, a0);
        return QCoreApplication::translate("Orm::Validator", "%1 must be between %2 and %3 characters long")
                .arg(attribute, a0, a1);
    }
    if (m_rule == u"min")
        return QCoreApplication::translate("Orm::Validator", "%1 must be at least %2").arg(attribute, a0);
    if (m_rule == u"max")
        return QCoreApplication::translate("Orm::Validator", "%1 must be at most %2").arg(attribute, a0);
    if (m_rule == u"isInt")
        return QCoreApplication::translate("Orm::Validator", "%1 must be a whole number").arg(attribute);
    if (m_rule == u"isFloat" || m_rule == u"isDecimal" || m_rule == u"isNumeric")
        return QCoreApplication::translate("Orm::Validator", "%1 must be a number").arg(attribute);
    if (m_rule == u"isAlpha")
        return QCoreApplication::translate("Orm::Validator", "%1 may contain letters only").arg(attribute);
    if (m_rule == u"isAlphanumeric")
        return QCoreApplication::translate("Orm::Validator", "%1 may contain letters and digits only").arg(attribute);
    if (m_rule == u"isLowercase")
        return QCoreApplication::translate("Orm::Validator", "%1 must be in lower case").arg(attribute);
    if (m_rule == u"isUppercase")
        return QCoreApplication::translate("Orm::Validator", "%1 must be in upper case").arg(attribute);
    if (m_rule == u"isEmail")
        return QCoreApplication::translate("Orm::Validator", "%1 must be an e-mail address").arg(attribute);
    if (m_rule == u"isUrl")
        return QCoreApplication::translate("Orm::Validator", "%1 must be a web address (URL)").arg(attribute);
    if (m_rule == u"isIP")
        return QCoreApplication::translate("Orm::Validator", "%1 must be an IP address").arg(attribute);
    if (m_rule == u"isUUID")
        return QCoreApplication::translate("Orm::Validator", "%1 must be a UUID").arg(attribute);
    if (m_rule == u"isDate")
        return QCoreApplication::translate("Orm::Validator", "%1 must be a date").arg(attribute);
    if (m_rule == u"isBefore")
        return QCoreApplication::translate("Orm::Validator", "%1 must be before %2").arg(attribute, a0);
    if (m_rule == u"isAfter")
        return QCoreApplication::translate("Orm::Validator", "%1 must be after %2").arg(attribute, a0);
    if (m_rule == u"isIn")
        return QCoreApplication::translate("Orm::Validator", "%1 must be one of: %2")
                .arg(attribute, QVariant(m_arguments).toStringList().join(QStringLiteral(", ")));
    if (m_rule == u"notIn")
        return QCoreApplication::translate("Orm::Validator", "%1 cannot be any of: %2")
                .arg(attribute, QVariant(m_arguments).toStringList().join(QStringLiteral(", ")));
    if (m_rule == u"contains")
        return QCoreApplication::translate("Orm::Validator", "%1 must contain \"%2\"").arg(attribute, a0);
    if (m_rule == u"notContains")
        return QCoreApplication::translate("Orm::Validator", "%1 cannot contain \"%2\"").arg(attribute, a0);
    if (m_rule == u"equals")
        return QCoreApplication::translate("Orm::Validator", "%1 must be \"%2\"").arg(attribute, a0);
    return QCoreApplication::translate("Orm::Validator", "%1 is not valid").arg(attribute);
}

} // namespace Orm
