#include <catalogue/contributeurs.h>
#include <catalogue/csvreader.h>
#include <catalogue/identifiants.h>
#include <catalogue/importer.h>
#include <catalogue/jsonarrayreader.h>
#include <catalogue/livre.h>
#include <catalogue/onixreader.h>
#include <orm/deferredindexes.h>
#include <orm/dialect.h>
#include <orm/modeldefinition.h>
#include <orm/rowbatch.h>
#include <orm/transaction.h>

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <iterator>
#include <memory>
#include <optional>

namespace Catalogue {

using namespace Qt::StringLiterals;

QString formatName(TransferFormat format)
{
    switch (format) {
    case TransferFormat::Auto:
        return u"auto"_s;
    case TransferFormat::Csv:
        return u"csv"_s;
    case TransferFormat::Goodreads:
        return u"goodreads"_s;
    case TransferFormat::Calibre:
        return u"calibre"_s;
    case TransferFormat::Goodbooks:
        return u"goodbooks"_s;
    case TransferFormat::Json:
        return u"json"_s;
    case TransferFormat::Onix:
        return u"onix"_s;
    }
    return {};
}

std::optional<TransferFormat> formatFromName(const QString &name)
{
    for (const TransferFormat f :
         {TransferFormat::Auto, TransferFormat::Csv, TransferFormat::Goodreads, TransferFormat::Calibre,
          TransferFormat::Goodbooks, TransferFormat::Json, TransferFormat::Onix}) {
        if (formatName(f) == name.trimmed().toLower())
            return f;
    }
    return std::nullopt;
}

std::optional<OnDuplicate> onDuplicateFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"skip")
        return OnDuplicate::Skip;
    if (n == u"update")
        return OnDuplicate::Update;
    if (n == u"add")
        return OnDuplicate::Add;
    return std::nullopt;
}

namespace {

// Where a column of a file goes.
enum class Target {
    Ignore,
    Column, // a Livres column (name in Mapping::column)
    Authors, // names separated as splitAuthors() does (goodbooks' ", ", Calibre's " & ")
    AdditionalAuthors, // Goodreads: more authors, after the first
    Isbn, // an ISBN-10 or ISBN-13, stored as ISBN-13
    IsbnFallback, // goodbooks' isbn13 is a float: used only when the ISBN-10 column is empty
    Goodreads, // a Goodreads book id
    CalibreIdentifiers, // "isbn:…,goodreads:…"
    YearOfDate, // a date: its year goes to Annee
    YearFallback, // a year used when Annee is empty (Goodreads' Original Publication Year)
    CoverUrl, // goodbooks' image_url: kept unless a placeholder
    Tags, // Calibre tags: the first is the genre
    Shelf, // Goodreads' Exclusive Shelf: ignored
};

struct Mapping
{
    Target target = Target::Ignore;
    QString column;
};

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

// The columns of Livres in the model's order (Livre::attributes()): a row's values are kept by position, as
// Orm::Model::validateRows() and Orm::RowBatch take them, without a map per row.
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

// The position of a Livres column in livreColumns(), or -1.
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

constexpr quint64 bit(int position)
{
    return quint64(1) << position;
}

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

// One row of a file on its way into the catalogue.
struct BookRow
{
    qint64 line = 0;
    QVariantList values; // Livres columns by position (livreColumns()), as converted; null where not given
    quint64 given = 0; // the positions the file gave (bit()); after prepare(), those an update changes
    QList<Contributor> contributors; // given explicitly (JSON, ONIX): set after the book is written
    bool hasContributors = false;
    QStringList authors; // Authors / AdditionalAuthors columns
    QVariant yearFallback;
    QList<std::pair<QString, QString>> identifiers; // kind, value
    QList<ImportProblem> problems;
    QString isbn; // the ISBN-13, once checked
    QString key; // bookKey(), once the row is checked
    bool refused() const
    {
        return std::any_of(problems.begin(), problems.end(), [](const ImportProblem &p) { return p.refused; });
    }
    // A new row, from that line of the file.
    void start(qint64 from)
    {
        *this = {};
        line = from;
        values.resize(livreColumns().size());
    }
    void set(int position, QVariant value)
    {
        values[position] = std::move(value);
        given |= bit(position);
    }
};

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

// Applies one field of a CSV row (or a JSON member given as text) to the row; position is the mapping's column's
// in livreColumns().
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

// The source of rows: a file in one of the formats.
class RowSource
{
public:
    virtual ~RowSource() = default;
    // The next row; false at the end, or on an error of the file (error()).
    virtual bool next(BookRow &row) = 0;
    virtual QString error() const = 0;
};

class CsvSource : public RowSource
{
public:
    CsvSource(QIODevice *device, TransferFormat format, const ImportOptions &options, ImportReport &report)
        : m_reader(device, options.delimiter),
          m_format(format)
    {
        if (!options.encoding.isEmpty() && !m_reader.setEncoding(options.encoding)) {
            m_error = Importer::tr("unknown encoding: %1").arg(options.encoding.left(40));
            return;
        }
        QStringList header;
        if (!m_reader.next(header)) {
            m_error = m_reader.error().isEmpty() ? Importer::tr("the file is empty") : m_reader.error();
            return;
        }
        report.encoding = m_reader.encodingName();
        report.delimiter = m_reader.delimiter() == u'\t' ? u"tab"_s : QString(m_reader.delimiter());
        if (m_format == TransferFormat::Auto)
            m_format = detectCsvDialect(header);
        report.format = m_format;
        m_header = header;
        auto mappings = chosenMapping(m_format, header, options.mapping);
        if (!mappings) {
            m_error = mappings.error().message();
            return;
        }
        m_mappings = *mappings;
        for (const Mapping &m : std::as_const(m_mappings))
            m_positions << (m.target == Target::Column ? at(m.column) : -1);
    }

    bool next(BookRow &row) override
    {
        if (!m_error.isEmpty())
            return false;
        if (!m_reader.next(m_fields)) {
            m_error = m_reader.error();
            return false;
        }
        const QStringList &fields = m_fields;
        row.start(m_reader.line());
        if (!m_reader.recordError().isEmpty()) {
            row.problems.append({row.line, {}, {}, m_reader.recordError(), true});
            return true;
        }
        if (fields.size() != m_header.size()) {
            row.problems.append({row.line,
                                 {},
                                 {},
                                 Importer::tr("the row has %1 fields where the header has %2")
                                         .arg(fields.size())
                                         .arg(m_header.size()),
                                 true});
            return true;
        }
        for (qsizetype i = 0; i < fields.size(); ++i)
            applyField(row, m_mappings.at(i), m_positions.at(i), m_header.at(i), fields.at(i));
        return true;
    }
    QString error() const override { return m_error; }

private:
    CsvReader m_reader;
    TransferFormat m_format;
    QStringList m_header;
    QList<Mapping> m_mappings;
    QList<int> m_positions; // each mapping's column in livreColumns(), or -1
    QStringList m_fields; // the record being read (its memory kept from row to row)
    QString m_error;
};

class JsonSource : public RowSource
{
public:
    explicit JsonSource(QIODevice *device) : m_reader(device) { }
    bool next(BookRow &row) override
    {
        QJsonObject object;
        if (!m_reader.next(object))
            return false;
        row.start(m_reader.line());
        if (!m_reader.recordError().isEmpty()) {
            row.problems.append({row.line, {}, {}, m_reader.recordError(), true});
            return true;
        }
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString key = it.key();
            const QJsonValue v = it.value();
            if (key == u"contributors") {
                row.hasContributors = true;
                for (const QJsonValue &c : v.toArray()) {
                    const QJsonObject o = c.toObject();
                    const QString role = o.value(u"role").toString(Contribution::Author);
                    if (role != Contribution::Author && role != Contribution::Translator
                        && role != Contribution::Illustrator)
                        row.problems.append({row.line, key, role.left(200),
                                             Importer::tr("A role is auteur, traducteur or illustrateur"), true});
                    else if (!o.value(u"name").toString().trimmed().isEmpty())
                        row.contributors.append({o.value(u"name").toString().trimmed(), role});
                }
                continue;
            }
            if (key == u"identifiers") {
                const QJsonObject ids = v.toObject();
                for (auto id = ids.constBegin(); id != ids.constEnd(); ++id)
                    addIdentifier(row, key, id.key(), id.value().toString());
                continue;
            }
            const Mapping m = ownMapping(key);
            if (m.target == Target::Ignore)
                continue;
            QString text;
            if (v.isDouble())
                text = QString::number(v.toDouble(), 'g', 17);
            else if (v.isString())
                text = v.toString();
            else if (v.isBool() || v.isArray() || v.isObject()) {
                row.problems.append({row.line, key, {}, Importer::tr("a number or a text was expected"), true});
                continue;
            }
            applyField(row, m, m.target == Target::Column ? at(m.column) : -1, key, text);
        }
        return true;
    }
    QString error() const override { return m_reader.error(); }

private:
    JsonArrayReader m_reader;
};

class OnixSource : public RowSource
{
public:
    explicit OnixSource(QIODevice *device) : m_reader(device) { }
    bool next(BookRow &row) override
    {
        OnixProduct p;
        if (!m_reader.next(p))
            return false;
        row.start(p.line);
        if (!m_reader.recordError().isEmpty())
            row.problems.append({row.line, {}, {}, m_reader.recordError(), true});
        setColumn(row, Livre::Nom, u"TitleText"_s, p.title);
        for (const auto &[type, value] : std::as_const(p.identifiers)) {
            if (type == u"15" || type == u"03")
                addIsbn(row, u"ProductIdentifier"_s, value);
        }
        row.hasContributors = true;
        for (const OnixProduct::Contributor &c : std::as_const(p.contributors)) {
            QString role = Contribution::Author;
            if (c.role == u"B06")
                role = Contribution::Translator;
            else if (c.role == u"A12")
                role = Contribution::Illustrator;
            if (!c.name.trimmed().isEmpty())
                row.contributors.append({c.name.trimmed(), role});
        }
        if (!p.publisher.isEmpty())
            setColumn(row, Livre::Edition, u"PublisherName"_s, p.publisher);
        if (!p.publicationDate.isEmpty())
            setColumn(row, Livre::Annee, u"PublishingDate"_s, p.publicationDate.left(4));
        if (!p.pages.isEmpty())
            setColumn(row, Livre::NbPages, u"ExtentValue"_s, p.pages);
        for (const auto &[type, text] : std::as_const(p.texts)) {
            if (type == u"03")
                setColumn(row, Livre::Presentation, u"TextContent"_s, text);
            else if (type == u"02")
                setColumn(row, Livre::Description, u"TextContent"_s, text);
            else if (type == u"10")
                setColumn(row, Livre::Accroche, u"TextContent"_s, text);
        }
        if (!p.covers.isEmpty())
            setColumn(row, Livre::Couverture, u"ResourceLink"_s, p.covers.first());
        if (!p.subject.isEmpty())
            setColumn(row, Livre::Genre, u"SubjectHeadingText"_s, p.subject);
        if (!p.price.isEmpty()) {
            if (!p.currency.isEmpty() && p.currency != u"EUR")
                row.problems.append({row.line, u"CurrencyCode"_s, p.currency.left(20),
                                     Importer::tr("only prices in EUR are read"), false});
            else
                setColumn(row, Livre::Prix, u"PriceAmount"_s, p.price);
        }
        if (!p.onHand.isEmpty())
            setColumn(row, Livre::Quantite, u"OnHand"_s, p.onHand);
        return true;
    }
    QString error() const override { return m_reader.error(); }

private:
    OnixReader m_reader;
};

// The key of a book without an ISBN: its title, author and publisher, folded (case, accents, punctuation).
QString bookKey(const QVariant &nom, const QVariant &auteur, const QVariant &edition)
{
    return folded(nom.toString()) + u'\x1f' + folded(auteur.toString()) + u'\x1f' + folded(edition.toString());
}

// Writes new books, checked already (validation and its hooks: Orm::Model::validateRows()), each given by position
// (livreColumns()) and taken. Returns their IDs in order. Rows given with their ID and rows without go in runs of
// their own, in order, so that the IDs given by the database follow the file's order as each row comes.
Orm::Result<QVariantList> writeNewBooks(const Catalogue &catalogue, QList<QVariantList> &rows)
{
    const Orm::Model livres = catalogue.livres();
    const int id = at(Livre::Id);
    Orm::RowBatch batch(livres, livreColumns());
    QVariantList ids;
    ids.reserve(rows.size());
    bool givenIds = false;
    for (qsizetype start = 0; start < rows.size();) {
        const bool withId = !rows.at(start).at(id).isNull();
        givenIds = givenIds || withId;
        qsizetype end = start;
        for (; end < rows.size() && !rows.at(end).at(id).isNull() == withId; ++end)
            batch.addRow(std::move(rows[end]));
        auto written = livres.insertRows(
                batch, {.returning = Orm::Returning::KeysOnly, .bulkCreate = {.validate = Orm::Validate::Skip}});
        if (!written)
            return std::unexpected(written.error());
        ids << written->keys;
        start = end;
    }
    // Rows given with their ID (a JSON export) leave PostgreSQL's sequence behind: it moves past the largest ID,
    // so that the next book created gets a free one.
    if (givenIds && catalogue.database().dialect().kind() == Orm::Dialect::Kind::Postgres) {
        const QString table = Orm::Dialect::quote(Livre::tableName);
        const QString idColumn = Orm::Dialect::quote(Livre::Id);
        auto moved = catalogue.database().query(
                u"SELECT setval(pg_get_serial_sequence(?, ?), (SELECT MAX(%1) FROM %2))"_s.arg(idColumn, table),
                QVariantList{table, Livre::Id});
        if (!moved)
            return std::unexpected(moved.error());
    }
    return ids;
}

class Run
{
public:
    Run(const Catalogue &catalogue, const QString &path, const ImportOptions &options, ImportReport &report)
        : m_catalogue(catalogue),
          m_options(options),
          m_report(report),
          m_folder(QFileInfo(path).absoluteDir().canonicalPath())
    {
    }

    // Checks, and writes unless the import is already lost (atomic with refusals) or a dry run.
    Orm::Status batch(QList<BookRow> &rows);
    // From now on, books without an ISBN are matched by title, author and publisher in memory rather than by a
    // query on Nom (whose index a large import sets aside): the key of every book now in the catalogue is read
    // once, and each book written is added. Keeps 16 bytes or so per book, not its texts.
    Orm::Status useKeyLookup();

private:
    // Adds problems to the report, up to maxProblems (so that memory stays bounded); the rest are only counted.
    void keep(const QList<ImportProblem> &problems)
    {
        for (const ImportProblem &p : problems) {
            if (m_report.problems.size() < maxProblems)
                m_report.problems.append(p);
            else
                ++m_report.problemsDropped;
        }
    }
    static constexpr qsizetype maxProblems = 100000;

    void prepare(BookRow &row);
    QString coverOf(BookRow &row, const QString &column, const QString &value);

    const Catalogue &m_catalogue;
    const ImportOptions &m_options;
    ImportReport &m_report;
    QString m_folder;
    QHash<QString, QString> m_storedCovers; // file path -> reference, within this import
    QVariantList m_newBook = newBookWithoutTitle(); // a new book's values (this year's date read once per import)
    bool m_keyLookup = false;
    QMultiHash<size_t, qint64> m_keys; // hash of bookKey() -> ID, with useKeyLookup()

    static size_t keyHash(const QString &key) { return qHash(key, size_t(0x6c69767265)); }
    // The books of the catalogue whose key is one of keys (by their hashes, then checked by their key).
    Orm::Result<QHash<QString, QVariant>> lookUp(const QSet<QString> &keys) const;

    static QVariantList newBookWithoutTitle()
    {
        QVariantMap values = Catalogue::newBookValues(QString());
        values.remove(Livre::Nom);
        QVariantList byPosition(livreColumns().size());
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            byPosition[at(it.key())] = it.value();
        return byPosition;
    }
};

QString Run::coverOf(BookRow &row, const QString &column, const QString &value)
{
    const QString t = value.trimmed();
    if (t.isEmpty())
        return t;
    if (CoverImage::isReference(t)) {
        if (!m_catalogue.coverData(t)) {
            row.problems.append({row.line, column, t, Importer::tr("this cover is not in the catalogue"), false});
            return {};
        }
        return t;
    }
    const QUrl url(t);
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http" || scheme == u"https")
        return t; // the web is never fetched; the address is kept
    if (!m_catalogue.hasCovers())
        return t;
    // A path relative to the file, inside its folder (no "..", no symbolic link leading out).
    const QString relative = scheme == u"file" ? url.toLocalFile() : t;
    const auto refuse = [&](const QString &why) {
        row.problems.append({row.line, column, t, why, false});
        return QString();
    };
    if (QDir::isAbsolutePath(relative) || QDir::cleanPath(relative).startsWith(u".."_s))
        return refuse(Importer::tr("a cover must be a path inside the file's folder"));
    const QFileInfo info(QDir(m_folder).filePath(relative));
    if (!info.exists())
        return refuse(Importer::tr("cover not found"));
    const QString canonical = info.canonicalFilePath();
    if (!canonical.startsWith(m_folder + u'/'))
        return refuse(Importer::tr("a cover must be a path inside the file's folder"));
    if (auto it = m_storedCovers.constFind(canonical); it != m_storedCovers.cend())
        return *it;
    if (info.size() > CoverImage::maxBytes)
        return refuse(Importer::tr("the cover is larger than %1 MB").arg(CoverImage::maxBytes / (1024 * 1024)));
    QFile file(canonical);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(file.errorString());
    auto stored = m_catalogue.storeCover(file.readAll());
    if (!stored)
        return refuse(stored.error().message());
    m_storedCovers.insert(canonical, *stored);
    return *stored;
}

void Run::prepare(BookRow &row)
{
    if (row.refused())
        return;
    static const int nom = at(Livre::Nom), nomSansEspaces = at(Livre::NomSansEspaces), auteur = at(Livre::Auteur),
                     annee = at(Livre::Annee);
    static const int covers[] = {at(Livre::Couverture), at(Livre::Arriere), at(Livre::Dos)};
    const quint64 fileGave = row.given;
    if (!row.authors.isEmpty() || row.hasContributors)
        row.given |= bit(auteur);
    if (fileGave & bit(nom))
        row.given |= bit(nomSansEspaces);
    // Columns the file does not have start as a new book's (this year, one page, no copies...).
    QVariantList &values = row.values;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!(fileGave & bit(int(i))) && !m_newBook.at(i).isNull())
            values[i] = m_newBook.at(i);
    }
    bool hasAuteur = fileGave & bit(auteur);
    if (!row.authors.isEmpty() && !hasAuteur) {
        values[auteur] = joinAuthors(row.authors);
        hasAuteur = true;
    }
    if (row.hasContributors && !hasAuteur) {
        QStringList authors;
        for (const Contributor &c : std::as_const(row.contributors)) {
            if (c.role == Contribution::Author)
                authors << c.name;
        }
        values[auteur] = authors.isEmpty() ? QVariant() : QVariant(joinAuthors(authors));
    }
    if (values.at(nom).toString().isEmpty() && !(fileGave & bit(nomSansEspaces)))
        values[nomSansEspaces] = QString(u""_s); // the missing title is the one problem to report
    if (values.at(annee).isNull() && row.yearFallback.isValid())
        values[annee] = row.yearFallback;
    for (const int column : covers) {
        if (!values.at(column).isNull())
            values[column] = coverOf(row, livreColumns().at(column), values.at(column).toString());
    }
}

Orm::Status Run::batch(QList<BookRow> &rows)
{
    static const int idAt = at(Livre::Id), nomAt = at(Livre::Nom), auteurAt = at(Livre::Auteur),
                     editionAt = at(Livre::Edition);
    for (BookRow &row : rows)
        prepare(row);
    // Every row checked by the model's rules at once, without an Instance kept per row; each keeps what the
    // validation hooks derive (NomSansEspaces).
    {
        QList<QVariantList> checked;
        QList<BookRow *> of;
        checked.reserve(rows.size());
        of.reserve(rows.size());
        for (BookRow &row : rows) {
            if (!row.refused()) {
                checked << std::move(row.values);
                of << &row;
            }
        }
        auto items = m_catalogue.livres().validateRows(checked);
        for (qsizetype k = 0; k < of.size(); ++k)
            of.at(k)->values = std::move(checked[k]);
        if (!items)
            return std::unexpected(items.error());
        for (const Orm::ValidationItem &item : std::as_const(*items)) {
            BookRow &row = *of.at(item.row);
            row.problems.append({row.line, item.attribute, item.value.toString().left(200), item.message, true});
        }
    }
    // Duplicates: by ID, by ISBN-13, else by title + author + publisher; against the catalogue (the rows of
    // earlier batches included: they are written inside this transaction) and within the batch.
    QVariantList ids, isbns, titles;
    for (BookRow &row : rows) {
        if (row.refused())
            continue;
        row.key = bookKey(row.values.at(nomAt), row.values.at(auteurAt), row.values.at(editionAt));
        if (!row.values.at(idAt).isNull())
            ids << row.values.at(idAt);
        if (!row.isbn.isEmpty())
            isbns << row.isbn;
        else
            titles << row.values.at(nomAt);
    }
    QSet<qint64> existingIds;
    if (!ids.isEmpty()) {
        auto found = m_catalogue.livres().findAll({.where = Orm::col(Livre::Id).in(ids), .attributes = {Livre::Id}});
        if (!found)
            return std::unexpected(found.error());
        for (const Orm::Instance &l : std::as_const(*found))
            existingIds.insert(l.get(Livre::Id).toLongLong());
    }
    QHash<QString, QVariant> byIsbn;
    if (!isbns.isEmpty() && m_catalogue.hasIdentifiers()) {
        auto found = m_catalogue.identifiants().findAll(
                {.where = Orm::col(Identifiant::Type) == Identifiant::Isbn13 && Orm::col(Identifiant::Valeur).in(isbns),
                 .attributes = {Identifiant::LivreId, Identifiant::Valeur}});
        if (!found)
            return std::unexpected(found.error());
        for (const Orm::Instance &i : std::as_const(*found))
            byIsbn.insert(i.get(Identifiant::Valeur).toString(), i.get(Identifiant::LivreId));
    }
    QHash<QString, QVariant> byKey;
    if (!titles.isEmpty() && m_keyLookup) {
        QSet<QString> keys;
        for (const BookRow &row : std::as_const(rows)) {
            if (!row.refused() && row.isbn.isEmpty())
                keys.insert(row.key);
        }
        auto found = lookUp(keys);
        if (!found)
            return std::unexpected(found.error());
        byKey = std::move(*found);
    } else if (!titles.isEmpty()) {
        auto found =
                m_catalogue.livres().findAll({.where = Orm::col(Livre::Nom).in(titles),
                                              .attributes = {Livre::Id, Livre::Nom, Livre::Auteur, Livre::Edition}});
        if (!found)
            return std::unexpected(found.error());
        for (const Orm::Instance &l : std::as_const(*found))
            byKey.insert(bookKey(l.get(Livre::Nom), l.get(Livre::Auteur), l.get(Livre::Edition)), l.get(Livre::Id));
    }
    QList<BookRow *> toAdd;
    QList<std::pair<QVariant, BookRow *>> toUpdate;
    QHash<QString, BookRow *> batchIsbn, batchKey;
    for (BookRow &row : rows) {
        ++m_report.rows;
        if (row.refused()) {
            ++m_report.refused;
            keep(row.problems);
            continue;
        }
        const QString &key = row.key;
        QVariant existing;
        BookRow *earlier = nullptr;
        const QVariant id = row.values.at(idAt);
        if (!id.isNull() && existingIds.contains(id.toLongLong()))
            existing = id;
        else if (!row.isbn.isEmpty())
            existing = byIsbn.value(row.isbn), earlier = batchIsbn.value(row.isbn);
        else
            existing = byKey.value(key), earlier = batchKey.value(key);
        if (existing.isValid() || earlier) {
            if (m_options.onDuplicate == OnDuplicate::Skip) {
                ++m_report.duplicatesSkipped;
                keep(row.problems);
                continue;
            }
            if (m_options.onDuplicate == OnDuplicate::Update) {
                ++m_report.updated;
                keep(row.problems);
                if (earlier) { // a book of this batch, not written yet: its values are replaced
                    QVariantList values = row.values;
                    values[idAt] = earlier->values.at(idAt);
                    earlier->values = values;
                    earlier->key = row.key;
                } else {
                    toUpdate.append({existing, &row});
                }
                continue;
            }
            ++m_report.duplicatesAdded;
            if (!row.isbn.isEmpty()) {
                row.problems.append({row.line, u"ISBN"_s, row.isbn,
                                     Importer::tr("this ISBN belongs to another book: not stored for this one"),
                                     false});
                row.isbn.clear();
            }
            row.identifiers.clear();
        }
        if (!existing.isValid() && !earlier) {
            if (!row.isbn.isEmpty())
                batchIsbn.insert(row.isbn, &row);
            else
                batchKey.insert(key, &row);
        }
        keep(row.problems);
        toAdd << &row;
    }
    m_report.added += toAdd.size();
    const bool lost = m_report.refused > 0 && !m_options.skipInvalid;
    if (lost)
        return {}; // nothing will be kept: no need to write
    // New books: their values are taken (an update of a duplicate reads its own row's, never one of these).
    QList<QVariantList> values;
    values.reserve(toAdd.size());
    for (BookRow *row : std::as_const(toAdd))
        values << std::move(row->values);
    if (!values.isEmpty()) {
        auto written = writeNewBooks(m_catalogue, values);
        if (!written)
            return std::unexpected(written.error());
        if (m_options.keepUndo)
            m_report.addedIds << *written;
        if (m_keyLookup) {
            for (qsizetype i = 0; i < toAdd.size(); ++i)
                m_keys.insert(keyHash(toAdd.at(i)->key), written->value(i).toLongLong());
        }
        QList<QVariantMap> identifiers;
        for (qsizetype i = 0; i < toAdd.size(); ++i) {
            BookRow *row = toAdd.at(i);
            const QVariant id = written->value(i);
            if (!row->isbn.isEmpty())
                identifiers.append({{Identifiant::LivreId, id},
                                    {Identifiant::Type, Identifiant::Isbn13},
                                    {Identifiant::Valeur, row->isbn}});
            for (const auto &[kind, value] : std::as_const(row->identifiers))
                identifiers.append(
                        {{Identifiant::LivreId, id}, {Identifiant::Type, kind}, {Identifiant::Valeur, value}});
            if (row->hasContributors && m_catalogue.hasRelatedTables()) {
                // Contributors given with their roles and order (JSON, ONIX) replace those read from Auteur.
                auto now = m_catalogue.contributors(id);
                if (!now)
                    return std::unexpected(now.error());
                if (*now != row->contributors) {
                    if (auto r = m_catalogue.setContributors(id, row->contributors); !r)
                        return r;
                }
            }
        }
        if (!identifiers.isEmpty() && m_catalogue.hasIdentifiers()) {
            // Ignoring duplicates: a value already held by another book (a Goodreads id shared by two editions).
            auto created = m_catalogue.identifiants().bulkCreate(identifiers, {.ignoreDuplicates = true});
            if (!created)
                return std::unexpected(created.error());
        }
    }
    // Updated books: through the catalogue, one at a time (validation, hooks, stock adjustments).
    for (const auto &[id, row] : std::as_const(toUpdate)) {
        // Only what the file gave: a file without a stock column leaves the stock as it is.
        QVariantMap changes;
        for (int column = 0; column < int(livreColumns().size()); ++column) {
            if ((row->given & bit(column)) && column != idAt)
                changes.insert(livreColumns().at(column), row->values.at(column));
        }
        if (m_options.keepUndo) {
            auto before = m_catalogue.bookRecord(id);
            if (!before)
                return std::unexpected(before.error());
            m_report.updatedBefore << *before;
        }
        auto updated = m_catalogue.updateBook(id, changes);
        if (!updated)
            return std::unexpected(updated.error());
        if (row->hasContributors && m_catalogue.hasRelatedTables()) {
            if (auto r = m_catalogue.setContributors(id, row->contributors); !r)
                return r;
        }
        if (m_catalogue.hasIdentifiers()) {
            QList<std::pair<QString, QString>> ids = row->identifiers;
            if (!row->isbn.isEmpty())
                ids.append({Identifiant::Isbn13, row->isbn});
            for (const auto &[kind, value] : std::as_const(ids)) {
                auto r = m_catalogue.identifiants().upsert(
                        {{Identifiant::LivreId, id}, {Identifiant::Type, kind}, {Identifiant::Valeur, value}},
                        {.conflictFields = {Identifiant::LivreId, Identifiant::Type}});
                if (!r)
                    return std::unexpected(r.error());
            }
        }
    }
    return {};
}

Orm::Status Run::useKeyLookup()
{
    // Read by pages in the order of the key, so that memory holds one page of texts at a time.
    constexpr qint64 page = 10000;
    QVariant after;
    for (;;) {
        auto found =
                m_catalogue.livres().findAll({.where = after.isValid() ? Orm::col(Livre::Id) > after : Orm::Where(),
                                              .attributes = {Livre::Id, Livre::Nom, Livre::Auteur, Livre::Edition},
                                              .order = {Orm::asc(Livre::Id)},
                                              .limit = page});
        if (!found)
            return std::unexpected(found.error());
        for (const Orm::Instance &l : std::as_const(*found))
            m_keys.insert(keyHash(bookKey(l.get(Livre::Nom), l.get(Livre::Auteur), l.get(Livre::Edition))),
                          l.get(Livre::Id).toLongLong());
        if (found->size() < page)
            break;
        after = found->last().get(Livre::Id);
    }
    m_keyLookup = true;
    return {};
}

Orm::Result<QHash<QString, QVariant>> Run::lookUp(const QSet<QString> &keys) const
{
    QVariantList candidates;
    for (const QString &key : keys) {
        for (auto it = m_keys.constFind(keyHash(key)); it != m_keys.cend() && it.key() == keyHash(key); ++it)
            candidates << it.value();
    }
    QHash<QString, QVariant> byKey;
    if (candidates.isEmpty())
        return byKey;
    auto found = m_catalogue.livres().findAll({.where = Orm::col(Livre::Id).in(candidates),
                                               .attributes = {Livre::Id, Livre::Nom, Livre::Auteur, Livre::Edition}});
    if (!found)
        return std::unexpected(found.error());
    for (const Orm::Instance &l : std::as_const(*found)) {
        const QString key = bookKey(l.get(Livre::Nom), l.get(Livre::Auteur), l.get(Livre::Edition));
        if (keys.contains(key)) // not a book whose key only has the same hash
            byKey.insert(key, l.get(Livre::Id));
    }
    return byKey;
}

// The fewest rows a file must seem to hold for the indexes of Livres to be set aside (see importFile()).
constexpr qint64 deferIndexesFrom = 5000;

// The format of an open file: as given, or JSON and XML by their first character; anything else is CSV (Auto:
// its header then tells the dialect).
TransferFormat fileFormat(QFile &file, TransferFormat given)
{
    if (given != TransferFormat::Auto)
        return given;
    const QByteArray head = file.peek(4096);
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i])))
        ++i;
    if (i < head.size() && head[i] == '[')
        return TransferFormat::Json;
    if (i < head.size() && head[i] == '<')
        return TransferFormat::Onix;
    return TransferFormat::Auto;
}

} // namespace

QStringList importTargets()
{
    QStringList names{QString()};
    for (const Orm::Attribute &a : Livre::attributes()) {
        if (a.name != Livre::NomSansEspaces)
            names << a.name;
    }
    for (const auto &[target, name] : targetNames())
        names << name;
    return names;
}

ImportPreview Importer::preview(const QString &path, const ImportOptions &options, int rows)
{
    ImportPreview preview;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.error = tr("cannot read %1: %2").arg(path, file.errorString());
        return preview;
    }
    preview.format = fileFormat(file, options.format);
    if (preview.format == TransferFormat::Json || preview.format == TransferFormat::Onix)
        return preview; // their fields are named by the format: nothing to map
    CsvReader reader(&file, options.delimiter);
    if (!options.encoding.isEmpty() && !reader.setEncoding(options.encoding)) {
        preview.error = tr("unknown encoding: %1").arg(options.encoding.left(40));
        return preview;
    }
    if (!reader.next(preview.header)) {
        preview.error = reader.error().isEmpty() ? tr("the file is empty") : reader.error();
        return preview;
    }
    preview.encoding = reader.encodingName();
    preview.delimiter = reader.delimiter() == u'\t' ? u"tab"_s : QString(reader.delimiter());
    if (preview.format == TransferFormat::Auto)
        preview.format = detectCsvDialect(preview.header);
    QList<Mapping> mappings = csvMapping(preview.format, preview.header);
    if (auto chosen = chosenMapping(preview.format, preview.header, options.mapping))
        mappings = *chosen;
    else
        preview.error = chosen.error().message();
    if (options.mapping.size() == preview.header.size()) // kept as given, even when it misses the title
        preview.mapping = options.mapping;
    else
        for (const Mapping &m : std::as_const(mappings))
            preview.mapping << targetName(m);
    QStringList fields;
    while (preview.rows.size() < rows && reader.next(fields)) {
        preview.rows << fields;
        preview.lines << reader.line();
    }
    if (preview.error.isEmpty() && !reader.error().isEmpty())
        preview.error = reader.error();
    return preview;
}

Orm::Result<ImportReport> Importer::importFile(const QString &path, const ImportOptions &options) const
{
    ImportReport report;
    report.format = options.format;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.fileError = tr("cannot read %1: %2").arg(path, file.errorString());
        return report;
    }
    const TransferFormat format = fileFormat(file, options.format);
    std::unique_ptr<RowSource> source;
    if (format == TransferFormat::Json)
        source = std::make_unique<JsonSource>(&file);
    else if (format == TransferFormat::Onix)
        source = std::make_unique<OnixSource>(&file);
    else
        source = std::make_unique<CsvSource>(&file, format, options, report);
    if (format == TransferFormat::Json || format == TransferFormat::Onix)
        report.format = format;
    if (!source->error().isEmpty()) {
        report.fileError = source->error();
        return report;
    }
    auto transaction = Orm::Transaction::begin(m_catalogue.database());
    if (!transaction)
        return std::unexpected(transaction.error());
    Run run(m_catalogue, path, options, report);
    // A file larger than the catalogue is written with the indexes of Livres set aside and made again at the end,
    // in this transaction (see Orm::DeferredIndexes): decided after the first batch, by the rows the file seems to
    // hold. A small import into a large catalogue keeps them (making them again would cost the whole catalogue).
    auto booksBefore = m_catalogue.livres().count();
    if (!booksBefore)
        return std::unexpected(booksBefore.error());
    QList<Orm::DeferredIndexes> deferred;
    bool decided = false;
    const qsizetype batchSize = std::max<qsizetype>(1, options.batchSize);
    QList<BookRow> rows;
    rows.reserve(batchSize);
    bool more = true;
    while (more) {
        BookRow row;
        more = source->next(row);
        if (more)
            rows.append(std::move(row));
        if (rows.size() >= batchSize || (!more && !rows.isEmpty())) {
            if (auto r = run.batch(rows); !r)
                return std::unexpected(r.error()); // the transaction rolls back
            rows.clear();
            if (!decided && more) {
                decided = true;
                const double estimated =
                        double(report.rows) * double(file.size()) / double(std::max<qint64>(1, file.pos()));
                const double toCome = estimated - double(report.rows);
                if (estimated >= double(deferIndexesFrom) && toCome > double(*booksBefore)) {
                    // Livres', and those of the tables its new books' hook writes into (their contributions and
                    // opening balances), each when the file brings more rows than it holds.
                    QList<Orm::Model> tables{m_catalogue.livres()};
                    if (m_catalogue.hasRelatedTables())
                        tables << m_catalogue.contributions() << m_catalogue.mouvements();
                    for (const Orm::Model &table : std::as_const(tables)) {
                        if (table.name() != m_catalogue.livres().name()) {
                            auto held = table.count();
                            if (!held)
                                return std::unexpected(held.error());
                            if (double(*held) >= toCome)
                                continue;
                        }
                        auto suspended = Orm::DeferredIndexes::suspend(m_catalogue.database(), table.tableName());
                        if (!suspended)
                            return std::unexpected(suspended.error());
                        deferred << std::move(*suspended);
                    }
                    report.indexesDeferred = deferred.first().isActive();
                    if (auto r = run.useKeyLookup(); !r)
                        return std::unexpected(r.error());
                }
            }
            if (options.fileProgress)
                options.fileProgress(file.pos(), file.size());
            if (options.progress)
                options.progress(report.rows);
        }
        if (options.cancel && options.cancel->load()) {
            report.cancelled = true;
            return report;
        }
    }
    if (!source->error().isEmpty()) {
        report.fileError = source->error();
        return report;
    }
    const bool complete = report.refused == 0 || options.skipInvalid;
    if (!complete || options.dryRun)
        return report; // rolled back
    for (Orm::DeferredIndexes &d : deferred) {
        if (auto r = d.restore(); !r)
            return std::unexpected(r.error()); // the transaction rolls back: the indexes stay as they were
    }
    if (auto r = transaction->commit(); !r)
        return std::unexpected(r.error());
    report.written = true;
    return report;
}

} // namespace Catalogue
