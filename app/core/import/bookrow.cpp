#include "import/bookrow_p.h"

#include <catalogue/identifiants.h>
#include <catalogue/importer.h>
#include <catalogue/livre.h>

#include <cmath>
#include <iterator>
#include <optional>

namespace Catalogue::Import {

using namespace Qt::StringLiterals;

namespace {

bool isInteger(int position)
{
    static const int integers[] = {at(Livre::Id), at(Livre::Quantite), at(Livre::Annee), at(Livre::NbPages)};
    return std::find(std::begin(integers), std::end(integers), position) != std::end(integers);
}

bool isFloat(int position)
{
    static const int floats[] = {at(Livre::Prix), at(Livre::Ventes)};
    return std::find(std::begin(floats), std::end(floats), position) != std::end(floats);
}

// A number written plainly ("12", "-3", "10.99"), read as QString::toDouble() reads it without its general parser
// (a third of an import's own work): with at most 15 digits, the digits as an integer and the power of ten are exact
// doubles, and their quotient is the correctly rounded value, which toDouble() gives too. Anything else: nothing.
std::optional<double> plainNumber(QStringView text)
{
    static constexpr double powers[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                        1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    const bool negative = text.startsWith(u'-');
    qint64 mantissa = 0;
    int digits = 0;
    int decimals = -1; // no point yet
    for (qsizetype i = negative ? 1 : 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'.' && decimals < 0 && digits > 0) {
            decimals = 0;
            continue;
        }
        if (c < u'0' || c > u'9' || ++digits > 15)
            return std::nullopt;
        mantissa = mantissa * 10 + (c - u'0');
        if (decimals >= 0)
            ++decimals;
    }
    if (digits == 0 || decimals == 0)
        return std::nullopt;
    const double value = decimals > 0 ? double(mantissa) / powers[decimals] : double(mantissa);
    return negative ? -value : value;
}

// A number as people write it: "8.90", "8,90", "8,90 €", "2008.0", "1 200".
std::optional<double> parseNumber(QString text)
{
    text.remove(u'€');
    text.remove(u' ');
    text.remove(QChar(0x00A0));
    text.remove(QChar(0x202F));
    if (text.count(u',') == 1 && !text.contains(u'.'))
        text.replace(u',', u'.');
    if (const auto plain = plainNumber(text))
        return plain;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

void setColumn(BookRow &row, int column, const QString &header, const QString &text)
{
    const QString t = text.trimmed();
    if (isInteger(column) || isFloat(column)) {
        if (t.isEmpty()) {
            row.set(column, QVariant());
            return;
        }
        const auto number = parseNumber(t);
        if (!number) {
            row.problems.append(
                    {row.line, header, text.left(200), Importer::tr("%1 is not a number").arg(text.left(40)), true});
            return;
        }
        if (isInteger(column)) {
            if (*number != std::floor(*number) || std::abs(*number) > 1e15) {
                row.problems.append({row.line, header, text.left(200),
                                     Importer::tr("%1 is not a whole number").arg(text.left(40)), true});
                return;
            }
            row.set(column, qint64(*number));
        } else {
            row.set(column, *number);
        }
        return;
    }
    // Texts: the NOT NULL ones (Presentation, Arriere, Dos, NomSansEspaces) are empty rather than null.
    static const int required[] = {at(Livre::Presentation), at(Livre::Arriere), at(Livre::Dos),
                                   at(Livre::NomSansEspaces)};
    static const int nom = at(Livre::Nom);
    if (text.isEmpty() && std::find(std::begin(required), std::end(required), column) == std::end(required))
        row.set(column, QVariant());
    else if (text.isEmpty())
        row.set(column, QString(u""_s)); // not a null QString: that would be bound as NULL
    else
        row.set(column, column == nom ? t : text);
}

void setColumn(BookRow &row, const QString &column, const QString &header, const QString &text)
{
    setColumn(row, at(column), header, text);
}

void addIsbn(BookRow &row, const QString &header, const QString &text)
{
    QString t = text.trimmed();
    if (t.startsWith(u"=\"") && t.endsWith(u'"'))
        t = t.sliced(2, t.size() - 3).trimmed();
    if (t.isEmpty() || !row.isbn.isEmpty())
        return;
    if (auto isbn = isbn13(t)) {
        row.isbn = *isbn;
        return;
    }
    row.problems.append({row.line, header, text.left(200), isbnProblem(t), true});
}

void addIdentifier(BookRow &row, const QString &header, const QString &kind, const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return;
    if (kind == Identifiant::Isbn13 || kind == u"isbn") {
        addIsbn(row, header, v);
        return;
    }
    if (!Identifiant::isKindName(kind)) {
        row.problems.append({row.line, header, kind.left(200),
                             Importer::tr("An identifier's kind is 1 to 32 letters, digits, - or _"), true});
        return;
    }
    for (const auto &[k, existing] : std::as_const(row.identifiers)) {
        if (k == kind)
            return;
    }
    row.identifiers.append({kind, v.left(255)});
}

void applyField(BookRow &row, const Mapping &mapping, int position, const QString &header, const QString &text)
{
    switch (mapping.target) {
    case Target::Ignore:
    case Target::Shelf:
        return;
    case Target::Column:
        setColumn(row, position, header, text);
        return;
    case Target::Authors:
        row.authors = splitAuthors(text) + row.authors;
        return;
    case Target::AdditionalAuthors:
        row.authors += splitAuthors(text);
        return;
    case Target::Isbn:
        addIsbn(row, header, text);
        return;
    case Target::IsbnFallback:
        if (row.isbn.isEmpty() && !text.trimmed().isEmpty()) {
            // goodbooks writes ISBN-13s as floats (9.78043902348e+12): only an exact one is usable.
            const auto number = parseNumber(text);
            if (number && *number >= 9.78e12 && *number < 9.8e12) {
                const QString digits = QString::number(qint64(*number));
                if (auto isbn = isbn13(digits))
                    row.isbn = *isbn;
            }
        }
        return;
    case Target::Goodreads:
        addIdentifier(row, header, Identifiant::Goodreads, text);
        return;
    case Target::CalibreIdentifiers:
        for (const QString &pair : text.split(u',', Qt::SkipEmptyParts)) {
            const qsizetype colon = pair.indexOf(u':');
            if (colon > 0)
                addIdentifier(row, header, pair.left(colon).trimmed().toLower(), pair.mid(colon + 1));
        }
        return;
    case Target::YearOfDate: {
        const QString t = text.trimmed();
        if (t.size() >= 4 && t.left(4).toInt() > 0 && !t.startsWith(u"0101"))
            row.set(at(Livre::Annee), t.left(4).toInt());
        return;
    }
    case Target::YearFallback: {
        const auto number = parseNumber(text.trimmed());
        if (number)
            row.yearFallback = qint64(*number);
        return;
    }
    case Target::CoverUrl:
        if (!text.contains(u"nophoto"))
            row.set(at(Livre::Couverture), text.trimmed());
        return;
    case Target::Tags: {
        const QString first = text.split(u',').value(0).trimmed();
        row.set(at(Livre::Genre), first.isEmpty() ? QVariant() : QVariant(first));
        return;
    }
    }
}

QString bookKey(const QVariant &nom, const QVariant &auteur, const QVariant &edition)
{
    return folded(nom.toString()) + u'\x1f' + folded(auteur.toString()) + u'\x1f' + folded(edition.toString());
}

} // namespace Catalogue::Import
