#pragma once

#include <QDateTime>
#include <QRegularExpression>
#include <QString>
#include <QVariant>

#include <functional>

namespace Orm {

class Instance;

// One rule an attribute's value must satisfy, as Sequelize's `validate: {...}` entries. Built with the static
// functions (Validator::len(1, 255)); withMessage() replaces the default message. Rules other than notNull are
// skipped for a null value; allowNull decides about null alone.
class Validator
{
public:
    // A custom check: returns an empty string when the value is valid, otherwise the message.
    using Check = std::function<QString(const QVariant &value, const Instance &instance)>;

    // Not a check of its own (allowNull decides about null): it carries the message of a null that allowNull
    // false refuses, as Sequelize's `validate: { notNull: { msg } }`: Validator::notNull().withMessage(...).
    static Validator notNull();
    static Validator notEmpty();
    static Validator len(int min, int max = -1);
    static Validator min(double minimum);
    static Validator max(double maximum);
    static Validator isInt();
    static Validator isFloat();
    static Validator isDecimal();
    static Validator isNumeric(); // a plain decimal number ("-1.5"), as validator.js
    // Letters of the locale's alphabet, as validator.js's isAlpha(str, locale): en-US (the default) is A to Z only;
    // "fr-FR" takes "Éléphant". A locale validator.js does not know refuses every value.
    static Validator isAlpha(const QString &locale = QStringLiteral("en-US"));
    static Validator isAlphanumeric(const QString &locale = QStringLiteral("en-US"));
    static Validator isLowercase();
    static Validator isUppercase();
    // isEmail, isUrl, isIP, isInt, isFloat, isAlpha and isAlphanumeric follow validator.js 13 with its default
    // options (isDecimal, Sequelize's own rule): see orm/src/model/validatorjs_p.h.
    static Validator isEmail();
    static Validator isUrl(); // http, https or ftp (or none), a host with a top-level domain or an IP address
    static Validator isIP(int version = 0); // 0: 4 or 6
    static Validator isUUID(int version = 0); // 0: any version
    static Validator isDate();
    static Validator isBefore(const QDateTime &limit);
    static Validator isAfter(const QDateTime &limit);
    static Validator isIn(const QVariantList &values);
    static Validator notIn(const QVariantList &values);
    static Validator contains(const QString &text);
    static Validator notContains(const QString &text);
    static Validator equals(const QVariant &value);
    static Validator is(const QRegularExpression &pattern); // must match
    static Validator notMatching(const QRegularExpression &pattern); // Sequelize's `not`: must not match
    static Validator custom(const QString &name, const Check &check);

    Validator withMessage(const QString &message) const;

    QString rule() const { return m_rule; }
    QVariantList arguments() const { return m_arguments; }
    bool isCustom() const { return m_custom != nullptr; }
    // The message given by withMessage(); empty when the rule's default is used.
    QString message() const { return m_message; }
    // Empty when value passes; otherwise the message (the custom one, or the rule's translated default).
    QString check(const QVariant &value, const Instance &instance, const QString &attribute) const;

private:
    Validator(const QString &rule, const QVariantList &arguments, std::function<bool(const QVariant &)> test);
    QString defaultMessage(const QString &attribute) const;

    QString m_rule;
    QVariantList m_arguments;
    QString m_message;
    std::function<bool(const QVariant &)> m_test;
    Check m_custom;
};

// A model-wide rule that sees the whole instance (cross-field checks), as Sequelize's model `validate` option.
struct ModelValidator
{
    QString name;
    std::function<QString(const Instance &instance)> check; // empty string: valid
};

} // namespace Orm
