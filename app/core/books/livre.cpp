#include <catalogue/covers.h>
#include <catalogue/livre.h>

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QUrl>

#include <algorithm>
#include <iterator>

namespace Catalogue::Livre {

using Orm::Attribute;
using Orm::DataType;
using Orm::Validator;
using namespace Qt::StringLiterals;

namespace {
// Whether the text after the last '.' of path names an image file, in any case.
bool hasImageSuffix(QStringView path)
{
    static constexpr QLatin1StringView images[] = {"jpg"_L1, "jpeg"_L1, "png"_L1, "gif"_L1,  "webp"_L1,
                                                   "bmp"_L1, "svg"_L1,  "tif"_L1, "tiff"_L1, "avif"_L1};
    const qsizetype dot = path.lastIndexOf(u'.');
    if (dot < 0)
        return false;
    const QStringView suffix = path.sliced(dot + 1);
    if (std::all_of(suffix.begin(), suffix.end(), [](QChar c) { return c.unicode() < 0x80; })) {
        // In ASCII, a case-insensitive comparison is toLower() then equality, without the copy.
        return std::any_of(std::begin(images), std::end(images),
                           [&](QLatin1StringView image) { return suffix.compare(image, Qt::CaseInsensitive) == 0; });
    }
    // Beyond ASCII, toLower()'s Unicode mappings decide, as before (U+0130, capital I with a dot, lowers to
    // two characters; a case-insensitive comparison would fold U+017F, long s, to 's').
    const QString lower = suffix.toString().toLower();
    return std::find(std::begin(images), std::end(images), lower) != std::end(images);
}

// A cover (Couverture, Arriere, Dos): empty (no image), a stored image's reference (catalogue/covers.h), or a
// relative path, an absolute path or a URL of an image
// file. A relative path must stay inside the catalogue's folder: no ".." that climbs out of it.
QString coverProblem(const QVariant &value, const Orm::Instance &, const QString &attribute)
{
    // A text (nearly always) is read where it is: trimming a view copies nothing.
    const bool isText = value.metaType() == QMetaType::fromType<QString>();
    const QString converted = isText ? QString() : value.toString();
    const QStringView trimmed =
            QStringView(isText ? *static_cast<const QString *>(value.constData()) : converted).trimmed();
    if (trimmed.isEmpty() || CoverImage::isReference(trimmed))
        return {};
    // Most covers are plain relative paths ("covers/123.jpg"): without a colon there is no URL to parse, and
    // without ".." nothing to clean.
    // Plain scans: QStringView::contains() sets up a substring search, which costs more than the scan of a path.
    const bool colon = std::ranges::find(trimmed, QChar(u':')) != trimmed.end();
    const bool dots = std::ranges::adjacent_find(trimmed, [](QChar a, QChar b) { return a == u'.' && b == u'.'; })
            != trimmed.end();
    if (!colon && !dots && hasImageSuffix(trimmed))
        return {};
    const QString text = trimmed.toString();
    QString path = text;
    const QUrl url = colon ? QUrl(text, QUrl::StrictMode) : QUrl();
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http" || scheme == u"https" || scheme == u"file") {
        if (!url.isValid() || (scheme != u"file" && url.host().isEmpty()))
            return QCoreApplication::translate("Catalogue::Livre", "%1 is not a valid address").arg(attribute);
        path = url.path();
    } else if (!scheme.isEmpty() && scheme.size() > 1) { // "C:" is a drive, not a scheme
        return QCoreApplication::translate("Catalogue::Livre", "%1 must be a file path or a web address (http, https)")
                .arg(attribute);
    } else if (dots && QDir::isRelativePath(text)) {
        // Cleaning only removes "." segments and slashes, and resolves ".." segments: without "..", a path cannot
        // climb out, and most covers ("covers/123.jpg") are spared cleaning.
        const QString clean = QDir::cleanPath(QDir::fromNativeSeparators(text));
        if (clean == u".." || clean.startsWith(QStringLiteral("../")))
            return QCoreApplication::translate("Catalogue::Livre", "%1 must not point outside the catalogue's folder")
                    .arg(attribute);
    }
    if (!hasImageSuffix(path))
        return QCoreApplication::translate("Catalogue::Livre", "%1 must be an image (JPEG, PNG, GIF, WebP, SVG...)")
                .arg(attribute);
    return {};
}

Validator cover(const QString &attribute)
{
    return Validator::custom(QStringLiteral("isCover"), [attribute](const QVariant &v, const Orm::Instance &i) {
        return coverProblem(v, i, attribute);
    });
}

QString withoutSpaces(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

} // namespace

QList<Attribute> attributes()
{
    const int nextYear = QDate::currentDate().year() + 1;
    return {
            {.name = Id, .type = DataType::integer(), .primaryKey = true, .autoIncrement = true},
            {.name = Nom,
             .type = DataType::string(),
             .validate = {Validator::notEmpty().withMessage(
                     QCoreApplication::translate("Catalogue::Livre", "The title cannot be empty"))}},
            {.name = NomSansEspaces, .type = DataType::string(), .allowNull = false},
            {.name = Presentation, .type = DataType::string(10000), .allowNull = false},
            {.name = Description, .type = DataType::string()},
            {.name = Couverture, .type = DataType::string(), .validate = {cover(Couverture)}},
            {.name = Prix,
             .type = DataType::floating(),
             .validate = {Validator::min(0).withMessage(
                     QCoreApplication::translate("Catalogue::Livre", "The price cannot be negative"))}},
            {.name = Genre, .type = DataType::string()},
            {.name = Accroche, .type = DataType::string()},
            {.name = Lien,
             .type = DataType::string(),
             .validate = {Validator::isUrl().withMessage(
                     QCoreApplication::translate("Catalogue::Livre", "The link must be a web address"))}},
            {.name = Auteur, .type = DataType::string()},
            {.name = Edition, .type = DataType::string()},
            {.name = Quantite,
             .type = DataType::integer(),
             .validate = {Validator::min(0).withMessage(
                     QCoreApplication::translate("Catalogue::Livre", "The stock cannot be negative"))}},
            {.name = Annee,
             .type = DataType::integer(),
             .allowNull = false,
             .validate =
                     {Validator::min(1450).withMessage(
                              QCoreApplication::translate("Catalogue::Livre", "The year must be between 1450 and %1")
                                      .arg(nextYear)),
                      Validator::max(nextYear).withMessage(
                              QCoreApplication::translate("Catalogue::Livre", "The year must be between 1450 and %1")
                                      .arg(nextYear))}},
            {.name = NbPages,
             .type = DataType::integer(),
             .allowNull = false,
             .validate = {Validator::min(1).withMessage(
                     QCoreApplication::translate("Catalogue::Livre", "A book has at least one page"))}},
            {.name = Ventes,
             .type = DataType::floating(),
             .allowNull = false,
             .validate = {Validator::min(0).withMessage(
                     QCoreApplication::translate("Catalogue::Livre", "Sales cannot be negative"))}},
            {.name = Arriere, .type = DataType::string(), .allowNull = false, .validate = {cover(Arriere)}},
            {.name = Dos, .type = DataType::string(), .allowNull = false, .validate = {cover(Dos)}},
    };
}

Orm::ModelOptions options()
{
    // A title is required even though the seed's column allows NULL: a null Nom skips the attribute's rules, so
    // the requirement is a model-wide rule.
    const Orm::ModelValidator titled{QStringLiteral("hasTitle"), [](const Orm::Instance &livre) -> QString {
                                         const QString nom = livre.get(Nom).toString(); // shares the text
                                         if (!QStringView(nom).trimmed().isEmpty()) // trims a view: no copy
                                             return {};
                                         return QCoreApplication::translate("Catalogue::Livre",
                                                                            "The title cannot be empty");
                                     }};
    return {.tableName = tableName, .timestamps = false, .validate = {titled}};
}

Orm::Result<Orm::Model> define(Orm::Database &database)
{
    auto model = database.define(modelName, attributes(), options());
    if (!model)
        return model;
    // NomSansEspaces follows Nom, unless it was set explicitly in the same change.
    model->addHook(
            Orm::HookEvent::BeforeValidate,
            [](Orm::HookContext &context) -> Orm::Status {
                Orm::Instance &livre = *context.instance;
                if (livre.changed(Nom) && !livre.changed(NomSansEspaces))
                    return livre.set(NomSansEspaces, withoutSpaces(livre.get(Nom).toString()));
                return {};
            },
            QStringLiteral("Livre.nomSansEspaces"));
    return model;
}

} // namespace Catalogue::Livre
