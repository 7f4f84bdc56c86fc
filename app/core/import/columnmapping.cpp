#include "import/columnmapping_p.h"

#include <catalogue/importer.h>
#include <catalogue/livre.h>
#include <orm/modeldefinition.h>

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Catalogue::Import {

using namespace Qt::StringLiterals;

QString folded(const QString &text)
{
    // ASCII (most titles, authors and publishers) is its own decomposition: its letters and digits, lowered.
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    QString out;
    if (ascii) {
        out.reserve(text.size());
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
                out += c;
            else if (u >= u'A' && u <= u'Z')
                out += QChar(u - u'A' + u'a');
        }
        return out;
    }
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

const QStringList &livreColumns()
{
    static const QStringList names = [] {
        QStringList n;
        for (const Orm::Attribute &a : Livre::attributes())
            n << a.name;
        return n;
    }();
    return names;
}

int at(const QString &column)
{
    static const QHash<QString, int> positions = [] {
        QHash<QString, int> p;
        for (qsizetype i = 0; i < livreColumns().size(); ++i)
            p.insert(livreColumns().at(i), int(i));
        return p;
    }();
    return positions.value(column, -1);
}

namespace {

// The seed's columns and their English aliases, by folded name.
const QHash<QString, QString> &columnAliases()
{
    static const QHash<QString, QString> aliases = [] {
        QHash<QString, QString> a;
        for (const QString &c :
             {Livre::Id, Livre::Nom, Livre::NomSansEspaces, Livre::Presentation, Livre::Description, Livre::Couverture,
              Livre::Prix, Livre::Genre, Livre::Accroche, Livre::Lien, Livre::Auteur, Livre::Edition, Livre::Quantite,
              Livre::Annee, Livre::NbPages, Livre::Ventes, Livre::Arriere, Livre::Dos})
            a.insert(folded(c), c);
        const QList<std::pair<const char *, QString>> english = {
                {"title", Livre::Nom},
                {"name", Livre::Nom},
                {"author", Livre::Auteur},
                {"authors", Livre::Auteur},
                {"publisher", Livre::Edition},
                {"edition", Livre::Edition},
                {"price", Livre::Prix},
                {"stock", Livre::Quantite},
                {"quantity", Livre::Quantite},
                {"year", Livre::Annee},
                {"pages", Livre::NbPages},
                {"numberofpages", Livre::NbPages},
                {"genre", Livre::Genre},
                {"description", Livre::Description},
                {"presentation", Livre::Presentation},
                {"summary", Livre::Presentation},
                {"tagline", Livre::Accroche},
                {"hook", Livre::Accroche},
                {"link", Livre::Lien},
                {"url", Livre::Lien},
                {"cover", Livre::Couverture},
                {"backcover", Livre::Arriere},
                {"spine", Livre::Dos},
                {"sales", Livre::Ventes},
                {"id", Livre::Id},
                {"auteurs", Livre::Auteur},
                {"titre", Livre::Nom},
                {"editeur", Livre::Edition},
                {"annee", Livre::Annee},
                {"prix", Livre::Prix},
        };
        for (const auto &[name, column] : english)
            a.insert(QString::fromLatin1(name), column);
        return a;
    }();
    return aliases;
}

Mapping goodreadsMapping(const QString &header)
{
    static const QHash<QString, Mapping> m = {
            {u"Book Id"_s, {Target::Goodreads, {}}},
            {u"Title"_s, {Target::Column, Livre::Nom}},
            {u"Author"_s, {Target::Authors, {}}},
            {u"Additional Authors"_s, {Target::AdditionalAuthors, {}}},
            {u"ISBN"_s, {Target::Isbn, {}}},
            {u"ISBN13"_s, {Target::Isbn, {}}},
            {u"Publisher"_s, {Target::Column, Livre::Edition}},
            {u"Number of Pages"_s, {Target::Column, Livre::NbPages}},
            {u"Year Published"_s, {Target::Column, Livre::Annee}},
            {u"Original Publication Year"_s, {Target::YearFallback, {}}},
            {u"Owned Copies"_s, {Target::Column, Livre::Quantite}},
    };
    return m.value(header.trimmed());
}

Mapping calibreMapping(const QString &header)
{
    static const QHash<QString, Mapping> m = {
            {u"title"_s, {Target::Column, Livre::Nom}},
            {u"authors"_s, {Target::Authors, {}}},
            {u"publisher"_s, {Target::Column, Livre::Edition}},
            {u"pubdate"_s, {Target::YearOfDate, {}}},
            {u"isbn"_s, {Target::Isbn, {}}},
            {u"identifiers"_s, {Target::CalibreIdentifiers, {}}},
            {u"tags"_s, {Target::Tags, {}}},
            {u"comments"_s, {Target::Column, Livre::Presentation}},
            {u"cover"_s, {Target::Column, Livre::Couverture}},
    };
    return m.value(header.trimmed());
}

Mapping goodbooksMapping(const QString &header)
{
    static const QHash<QString, Mapping> m = {
            {u"goodreads_book_id"_s, {Target::Goodreads, {}}},
            {u"isbn"_s, {Target::Isbn, {}}},
            {u"isbn13"_s, {Target::IsbnFallback, {}}},
            {u"authors"_s, {Target::Authors, {}}},
            {u"original_publication_year"_s, {Target::Column, Livre::Annee}},
            {u"title"_s, {Target::Column, Livre::Nom}},
            {u"image_url"_s, {Target::CoverUrl, {}}},
    };
    return m.value(header.trimmed());
}

std::optional<Mapping> mappingOf(const QString &name)
{
    if (name.isEmpty())
        return Mapping{};
    for (const auto &[target, n] : targetNames()) {
        if (n == name)
            return Mapping{target, {}};
    }
    for (const Orm::Attribute &a : Livre::attributes()) {
        if (a.name == name && name != Livre::NomSansEspaces)
            return Mapping{Target::Column, name};
    }
    return std::nullopt;
}

} // namespace

Mapping ownMapping(const QString &header)
{
    const QString f = folded(header);
    if (f == u"isbn" || f == u"isbn13" || f == u"isbn10" || f == u"ean")
        return {Target::Isbn, {}};
    if (f == u"goodreads" || f == u"goodreadsid")
        return {Target::Goodreads, {}};
    if (auto it = columnAliases().constFind(f); it != columnAliases().cend())
        return {Target::Column, *it};
    return {};
}

TransferFormat detectCsvDialect(const QStringList &header)
{
    QSet<QString> names;
    for (const QString &h : header)
        names.insert(h.trimmed());
    if (names.contains(u"Book Id"_s) && names.contains(u"Title"_s) && names.contains(u"Author l-f"_s))
        return TransferFormat::Goodreads;
    if (names.contains(u"goodreads_book_id"_s) && names.contains(u"authors"_s)
        && names.contains(u"original_publication_year"_s))
        return TransferFormat::Goodbooks;
    if (names.contains(u"title"_s) && names.contains(u"authors"_s)
        && (names.contains(u"uuid"_s) || names.contains(u"author_sort"_s)))
        return TransferFormat::Calibre;
    return TransferFormat::Csv;
}

const QList<std::pair<Target, QString>> &targetNames()
{
    static const QList<std::pair<Target, QString>> names = {
            {Target::Authors, u"authors"_s},
            {Target::AdditionalAuthors, u"additional-authors"_s},
            {Target::Isbn, u"isbn"_s},
            {Target::IsbnFallback, u"isbn13-number"_s},
            {Target::Goodreads, u"goodreads"_s},
            {Target::CalibreIdentifiers, u"identifiers"_s},
            {Target::YearOfDate, u"year-of-date"_s},
            {Target::YearFallback, u"year-fallback"_s},
            {Target::CoverUrl, u"cover-url"_s},
            {Target::Tags, u"tags"_s},
    };
    return names;
}

QString targetName(const Mapping &mapping)
{
    if (mapping.target == Target::Column)
        return mapping.column;
    for (const auto &[target, name] : targetNames()) {
        if (target == mapping.target)
            return name;
    }
    return {};
}

// The mapping of a CSV dialect's header, column by column.
QList<Mapping> csvMapping(TransferFormat format, const QStringList &header)
{
    QList<Mapping> mappings;
    for (const QString &h : header) {
        switch (format) {
        case TransferFormat::Goodreads:
            mappings << goodreadsMapping(h);
            break;
        case TransferFormat::Calibre:
            mappings << calibreMapping(h);
            break;
        case TransferFormat::Goodbooks:
            mappings << goodbooksMapping(h);
            break;
        default:
            mappings << ownMapping(h);
            break;
        }
    }
    return mappings;
}

// The mapping an import uses: the dialect's, or the one given (a target per column); an error when the one given
// does not fit the header, or when no column gives the title.
Orm::Result<QList<Mapping>> chosenMapping(TransferFormat format, const QStringList &header, const QStringList &given)
{
    QList<Mapping> mappings;
    if (given.isEmpty()) {
        mappings = csvMapping(format, header);
    } else {
        if (given.size() != header.size())
            return Orm::fail(Orm::Error::Kind::InvalidQuery,
                             Importer::tr("the mapping names %1 columns where the file has %2")
                                     .arg(given.size())
                                     .arg(header.size()));
        for (const QString &name : given) {
            const auto m = mappingOf(name);
            if (!m)
                return Orm::fail(Orm::Error::Kind::InvalidQuery,
                                 Importer::tr("%1 is not a column of the catalogue").arg(name.left(60)));
            mappings << *m;
        }
    }
    const bool titled = std::any_of(mappings.begin(), mappings.end(), [](const Mapping &m) {
        return m.target == Target::Column && m.column == Livre::Nom;
    });
    if (!titled)
        return Orm::fail(Orm::Error::Kind::InvalidQuery,
                         Importer::tr("no column gives the title (expected Nom, or title; the columns are: %1)")
                                 .arg(header.join(u", "_s).left(300)));
    return mappings;
}

} // namespace Catalogue::Import
