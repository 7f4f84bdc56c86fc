#include <catalogue/catalogue.h>
#include <catalogue/identifiants.h>
#include <catalogue/livre.h>

#include <QCoreApplication>

namespace Catalogue {

using Orm::Attribute;
using Orm::DataType;
using Orm::References;
using Orm::ReferentialAction;
using Orm::Validator;

namespace Identifiant {

QList<Attribute> attributes()
{
    const Orm::Unique perKind(QStringLiteral("type_valeur")); // a value names one book per kind
    return {
            {.name = Id, .type = DataType::integer(), .primaryKey = true, .autoIncrement = true},
            // A book's identifiers go with it, as its contributions do.
            {.name = LivreId,
             .type = DataType::integer(),
             .allowNull = false,
             .references = References{.table = Livre::tableName,
                                      .key = Livre::Id,
                                      .onDelete = ReferentialAction::Cascade,
                                      .onUpdate = ReferentialAction::Cascade}},
            {.name = Type,
             .type = DataType::string(32),
             .allowNull = false,
             .unique = perKind,
             .validate = {Validator::custom(QStringLiteral("isKind"),
                                            [](const QVariant &v, const Orm::Instance &) -> QString {
                                                if (isKindName(v.toString()))
                                                    return {};
                                                return QCoreApplication::translate(
                                                        "Catalogue::Identifiant",
                                                        "An identifier's kind is 1 to 32 letters, digits, - or _");
                                            })}},
            {.name = Valeur,
             .type = DataType::string(),
             .allowNull = false,
             .unique = perKind,
             .validate = {Validator::notEmpty().withMessage(
                     QCoreApplication::translate("Catalogue::Identifiant", "An identifier needs a value"))}},
    };
}

Orm::ModelOptions options()
{
    return {.tableName = tableName, .timestamps = false};
}

bool isKindName(const QString &kind)
{
    if (kind.isEmpty() || kind.size() > 32)
        return false;
    for (const QChar c : kind) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_'))
            return false;
    }
    return true;
}

} // namespace Identifiant

namespace {

// The digits of text, an 'X' kept as the last character; hyphens, spaces and the ="…" guard dropped. Empty when
// another character is there.
QString isbnCharacters(QStringView text, QString *bad = nullptr)
{
    QStringView t = text.trimmed();
    if (t.startsWith(u"=\"") && t.endsWith(u'"') && t.size() >= 3)
        t = t.sliced(2, t.size() - 3);
    QString out;
    for (const QChar c : t) {
        if (c.unicode() >= u'0' && c.unicode() <= u'9')
            out += c;
        else if (c == u'X' || c == u'x')
            out += u'X';
        else if (c != u'-' && c != u' ') {
            if (bad)
                *bad = c;
            return {};
        }
    }
    return out;
}

bool isbn13CheckOk(const QString &d)
{
    int sum = 0;
    for (int i = 0; i < 13; ++i) {
        if (d[i] == u'X')
            return false;
        sum += (d[i].unicode() - u'0') * (i % 2 == 0 ? 1 : 3);
    }
    return sum % 10 == 0;
}

bool isbn10CheckOk(const QString &d)
{
    int sum = 0;
    for (int i = 0; i < 10; ++i) {
        int v = 0;
        if (d[i] == u'X') {
            if (i != 9)
                return false;
            v = 10;
        } else {
            v = d[i].unicode() - u'0';
        }
        sum += v * (10 - i);
    }
    return sum % 11 == 0;
}

QString isbn10To13(const QString &d)
{
    QString out = QStringLiteral("978") + d.left(9);
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += (out[i].unicode() - u'0') * (i % 2 == 0 ? 1 : 3);
    out += QChar(u'0' + (10 - sum % 10) % 10);
    return out;
}

} // namespace

std::optional<QString> isbn13(QStringView text)
{
    QString d = isbnCharacters(text);
    if (d.size() >= 7 && d.size() < 10 && !d.contains(u'X'))
        d = QString(10 - d.size(), u'0') + d; // an ISBN-10 that a spreadsheet read as a number
    else if (d.size() >= 7 && d.size() < 10 && d.endsWith(u'X') && d.count(u'X') == 1)
        d = QString(10 - d.size(), u'0') + d;
    if (d.size() == 13 && isbn13CheckOk(d) && (d.startsWith(u"978") || d.startsWith(u"979")))
        return d;
    if (d.size() == 10 && isbn10CheckOk(d))
        return isbn10To13(d);
    return std::nullopt;
}

QString isbnProblem(QStringView text)
{
    if (isbn13(text))
        return {};
    QString bad;
    const QString d = isbnCharacters(text, &bad);
    if (!bad.isEmpty())
        return QCoreApplication::translate("Catalogue::Identifiant", "An ISBN has only digits and hyphens, not '%1'")
                .arg(bad);
    if (d.size() == 13 && !d.startsWith(u"978") && !d.startsWith(u"979"))
        return QCoreApplication::translate("Catalogue::Identifiant", "An ISBN-13 starts with 978 or 979");
    if (d.size() == 13 || d.size() == 10 || (d.size() >= 7 && d.size() < 10))
        return QCoreApplication::translate("Catalogue::Identifiant", "The ISBN's check digit is wrong");
    return QCoreApplication::translate("Catalogue::Identifiant", "An ISBN has 10 or 13 digits, not %1").arg(d.size());
}

Orm::Status Catalogue::setUpIdentifiers()
{
    if (m_identifiants.isValid())
        return {};
    auto tables = m_database.tables();
    if (!tables)
        return std::unexpected(tables.error());
    if (!tables->contains(Identifiant::tableName))
        return {};
    auto model = m_database.define(Identifiant::modelName, Identifiant::attributes(), Identifiant::options());
    if (!model)
        return std::unexpected(model.error());
    m_identifiants = *model;
    return {};
}

} // namespace Catalogue
