// The rules of a model's attributes checked on an instance: each value's type and length, the attribute's
// validators, then the model-wide rules.

#include "core/storabletext_p.h"
#include "core/textchecks_p.h"
#include "core/values_p.h"
#include "model/modelprivate_p.h"
#include "model/validation_p.h"

#include <orm/model.h>

#include <QCoreApplication>

#include <cmath>
#include <optional>

namespace Orm {

namespace {

// Whether a value's text has at most length characters.
bool fitsLength(const QVariant &value, int type, int length)
{
    QString spare;
    if (type != QMetaType::QString)
        spare = value.toString();
    const QStringView text = type == QMetaType::QString ? *static_cast<const QString *>(value.constData()) : spare;
    return text.size() <= length || (text.size() <= 2 * qsizetype(length) && characterCount(text) <= length);
}

// The check of a value against its attribute's type, done before any SQL so that both databases refuse the same
// values with the same message (SQLite would store "abc" in an INTEGER column, PostgreSQL would refuse it).
std::optional<ValidationItem> typeProblem(const Attribute &a, const QVariant &value)
{
    const auto item = [&](const QString &rule, const QString &message) {
        ValidationItem i;
        i.attribute = a.name;
        i.rule = rule;
        i.message = message;
        i.value = value;
        return std::optional<ValidationItem>(i);
    };
    const int type = value.typeId();
    bool ok = false;
    switch (a.type.kind) {
    case DataType::Kind::Integer:
    case DataType::Kind::BigInt: {
        if (type == QMetaType::Int || (type == QMetaType::LongLong && a.type.kind == DataType::Kind::BigInt))
            return std::nullopt; // the common cases, in range by their type
        if (type == QMetaType::Bool)
            return item(QStringLiteral("isInt"),
                        QCoreApplication::translate("Orm::Validator", "%1 must be a whole number").arg(a.name));
        const QVariant n = Values::toInteger(value);
        if (n.typeId() != QMetaType::LongLong)
            return item(QStringLiteral("isInt"),
                        QCoreApplication::translate("Orm::Validator", "%1 must be a whole number").arg(a.name));
        if (a.type.kind == DataType::Kind::Integer && (n.toLongLong() > 2147483647LL || n.toLongLong() < -2147483648LL))
            return item(QStringLiteral("isInt"),
                        QCoreApplication::translate("Orm::Validator", "%1 is too large for an INTEGER").arg(a.name));
        return std::nullopt;
    }
    case DataType::Kind::Float:
    case DataType::Kind::Double:
    case DataType::Kind::Decimal:
        if (type == QMetaType::Double) {
            if (!std::isfinite(*static_cast<const double *>(value.constData())))
                return item(QStringLiteral("isFloat"),
                            QCoreApplication::translate("Orm::Validator", "%1 must be a finite number").arg(a.name));
            return std::nullopt;
        }
        ok = type == QMetaType::Int || type == QMetaType::LongLong;
        if (!ok)
            value.toString().toDouble(&ok);
        if (!ok)
            return item(QStringLiteral("isFloat"),
                        QCoreApplication::translate("Orm::Validator", "%1 must be a number").arg(a.name));
        if (!std::isfinite(value.toDouble()))
            return item(QStringLiteral("isFloat"),
                        QCoreApplication::translate("Orm::Validator", "%1 must be a finite number").arg(a.name));
        return std::nullopt;
    case DataType::Kind::Boolean: {
        static const QStringList accepted = {QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("1"),
                                             QStringLiteral("0")};
        if (type != QMetaType::Bool && !accepted.contains(value.toString().toLower()))
            return item(QStringLiteral("isBoolean"),
                        QCoreApplication::translate("Orm::Validator", "%1 must be true or false").arg(a.name));
        return std::nullopt;
    }
    case DataType::Kind::Date:
        if (!Values::toDateTime(value).isValid())
            return item(QStringLiteral("isDate"),
                        QCoreApplication::translate("Orm::Validator", "%1 must be a date").arg(a.name));
        return std::nullopt;
    case DataType::Kind::DateOnly:
        if (!Values::toDate(value).isValid())
            return item(QStringLiteral("isDate"),
                        QCoreApplication::translate("Orm::Validator", "%1 must be a date").arg(a.name));
        return std::nullopt;
    case DataType::Kind::Time:
        if (!Values::toTime(value).isValid())
            return item(QStringLiteral("isTime"),
                        QCoreApplication::translate("Orm::Validator", "%1 must be a time of day").arg(a.name));
        return std::nullopt;
    case DataType::Kind::Enum:
        if (!a.type.values.contains(value.toString()))
            return item(QStringLiteral("isIn"),
                        QCoreApplication::translate("Orm::Validator", "%1 must be one of: %2")
                                .arg(a.name, a.type.values.join(QStringLiteral(", "))));
        return std::nullopt;
    case DataType::Kind::Uuid:
        if (QUuid::fromString(value.toString()).isNull())
            return item(QStringLiteral("isUUID"),
                        QCoreApplication::translate("Orm::Validator", "%1 must be a UUID").arg(a.name));
        return std::nullopt;
    case DataType::Kind::String:
    case DataType::Kind::Char:
        // VARCHAR(n) is enforced by PostgreSQL and not by SQLite: checked here so that both refuse the same text.
        // n counts characters: a text of no more UTF-16 units than that is within it, and is not counted.
        if (a.type.length > 0 && !fitsLength(value, type, a.type.length))
            return item(QStringLiteral("len"),
                        QCoreApplication::translate("Orm::Validator", "%1 is longer than %2 characters")
                                .arg(a.name)
                                .arg(a.type.length));
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

} // namespace

QList<ValidationItem> ModelPrivate::validationItems(const Instance &instance, const QList<int> &fields,
                                                    ModelRules modelRules) const
{
    QList<ValidationItem> items;
    for (int i : fields) {
        const Attribute &a = definition.attribute(i);
        const QVariant &value = instance.m_values.at(i);
        if (value.isNull()) {
            // Filled in by the database or by save(): an auto-incremented key, the timestamps and the version.
            const bool filledLater = a.autoIncrement || i == definition.createdAtIndex()
                    || i == definition.updatedAtIndex() || i == definition.versionIndex();
            if (!a.allowNull && !filledLater) {
                ValidationItem item;
                item.attribute = a.name;
                item.rule = QStringLiteral("notNull");
                // Sequelize's message names the model too, unless the attribute's notNull rule gives one.
                const auto rule = std::find_if(a.validate.cbegin(), a.validate.cend(),
                                               [](const Validator &v) { return v.rule() == u"notNull"; });
                item.message = rule != a.validate.cend() && !rule->message().isEmpty()
                        ? rule->message()
                        : QCoreApplication::translate("Orm::Validator", "%1.%2 cannot be null")
                                  .arg(definition.name(), a.name);
                items << item;
            }
            continue;
        }
        const QString problem = textProblem(value);
        if (!problem.isEmpty()) {
            ValidationItem item;
            item.attribute = a.name;
            item.rule = QStringLiteral("storableText");
            item.message = QCoreApplication::translate("Orm::Validator", "%1 cannot be stored: it contains %2")
                                   .arg(a.name, problem);
            item.value = value.toString().left(200);
            items << item;
            continue;
        }
        if (auto typed = typeProblem(a, value)) {
            items << *typed;
            continue;
        }
        for (const Validator &v : a.validate) {
            const QString message = v.check(value, instance, a.name);
            if (message.isEmpty())
                continue;
            ValidationItem item;
            item.attribute = a.name;
            item.rule = v.rule();
            item.arguments = v.arguments();
            item.message = message;
            item.value = value;
            item.origin = v.isCustom() ? ValidationItem::Origin::Function : ValidationItem::Origin::Core;
            items << item;
        }
    }
    if (modelRules == ModelRules::Skip)
        return items;
    for (const ModelValidator &v : definition.options().validate) {
        const QString message = v.check ? v.check(instance) : QString();
        if (message.isEmpty())
            continue;
        ValidationItem item;
        item.rule = v.name;
        item.message = message;
        item.origin = ValidationItem::Origin::Function;
        items << item;
    }
    return items;
}

Error validationError(const QList<ValidationItem> &items)
{
    QStringList messages;
    for (const ValidationItem &item : items)
        messages << (item.row >= 0 ? QStringLiteral("row %1: ").arg(item.row + 1) : QString()) + item.message;
    return Error(Error::Kind::Validation, messages.join(QStringLiteral("; "))).setItems(items);
}

} // namespace Orm
