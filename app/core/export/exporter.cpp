#include <catalogue/contributeurs.h>
#include <catalogue/exporter.h>
#include <catalogue/identifiants.h>
#include <catalogue/livre.h>

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QStringEncoder>
#include <QUrl>
#include <QXmlStreamWriter>

#include <charconv>
#include <cmath>
#include <iterator>

namespace Catalogue {

using namespace Qt::StringLiterals;

namespace {

// The columns of a CSV export, in this order: the seed's, with the ID first, and the ISBN-13 last.
const QStringList &csvColumns()
{
    static const QStringList columns = {
            Livre::Id,           Livre::Nom,         Livre::Auteur,         Livre::Edition,  Livre::Genre,
            Livre::Annee,        Livre::NbPages,     Livre::Prix,           Livre::Quantite, Livre::Ventes,
            Livre::Presentation, Livre::Description, Livre::Accroche,       Livre::Lien,     Livre::Couverture,
            Livre::Arriere,      Livre::Dos,         Livre::NomSansEspaces, u"ISBN"_s};
    return columns;
}

// A page of books with what goes with them.
struct Page
{
    QList<QVariantMap> books; // JSON and ONIX
    QList<Orm::Instance> rows; // CSV: read where they are, without a map per book
    QHash<qint64, QList<Contributor>> contributors;
    QHash<qint64, QList<std::pair<QString, QString>>> identifiers;
};

// QString::number(value, 'g', 15) for a price or a sales figure (between 1e-4 and 1e15, written without an
// exponent): std::to_chars() gives the same correctly rounded 15 digits, trailing zeros dropped, for a tenth of
// the cost of Qt's locale-aware formatting, which was a third of a CSV export's own work.
QString doubleText(double value)
{
    const double magnitude = std::abs(value);
    if (!(magnitude >= 1e-4 && magnitude < 1e15))
        return QString::number(value, 'g', 15);
    char buffer[32];
    const auto written = std::to_chars(std::begin(buffer), std::end(buffer), value, std::chars_format::general, 15);
    if (written.ec != std::errc())
        return QString::number(value, 'g', 15);
    return QString::fromLatin1(buffer, written.ptr - buffer);
}

QString numberText(const QVariant &value, bool decimalComma)
{
    if (value.isNull())
        return {};
    QString text = value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float
            ? doubleText(value.toDouble())
            : value.toString();
    if (decimalComma)
        text.replace(u'.', u',');
    return text;
}

// A CSV field: quoted when it holds the delimiter, a quote or a line break; a text a spreadsheet would run as a
// formula (starting with = + - @, tab or CR) is prefixed with a quote unless raw.
QString csvField(QString text, QChar delimiter, bool isText, bool raw)
{
    if (isText && !raw && !text.isEmpty()) {
        const QChar c = text.front();
        if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r')
            text.prepend(u'\'');
    }
    if (text.contains(delimiter) || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')
        || text.startsWith(u' ') || text.endsWith(u' ')) {
        text.replace(u"\""_s, u"\"\""_s);
        return u'"' + text + u'"';
    }
    return text;
}

// csvField() appended to out, without a copy of the text unless it must change.
void appendCsvField(QString &out, const QString &text, QChar delimiter, bool isText, bool raw)
{
    bool guarded = false;
    if (isText && !raw && !text.isEmpty()) {
        const QChar c = text.front();
        guarded = c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
    }
    bool quoted = !text.isEmpty() && ((!guarded && text.front() == u' ') || text.back() == u' ');
    for (qsizetype i = 0; !quoted && i < text.size(); ++i) {
        const QChar c = text.at(i);
        quoted = c == delimiter || c == u'"' || c == u'\n' || c == u'\r';
    }
    if (!quoted) {
        if (guarded)
            out += u'\'';
        out += text;
        return;
    }
    out += u'"';
    if (guarded)
        out += u'\'';
    for (const QChar c : text) {
        if (c == u'"')
            out += u'"';
        out += c;
    }
    out += u'"';
}

class Writer
{
public:
    Writer(const Catalogue &catalogue, const QString &path, const ExportOptions &options, ExportReport &report)
        : m_catalogue(catalogue),
          m_options(options),
          m_report(report),
          m_fileDir(QFileInfo(path).absoluteDir())
    {
    }

    // The books after that ID; for a CSV file only its columns and no contributors (it has none of them).
    Orm::Result<Page> page(const QVariant &after, bool csv) const;
    // The value to write for a cover column: a relative path to the image written in coversDir, or the value.
    QString cover(const QString &value);

    const Catalogue &m_catalogue;
    const ExportOptions &m_options;
    ExportReport &m_report;
    QDir m_fileDir;
    QHash<QString, QString> m_written; // reference -> relative path
};

Orm::Result<Page> Writer::page(const QVariant &after, bool csv) const
{
    Orm::Where where = Orm::col(Livre::Id) > Orm::Expr::fromValue(after);
    if (!m_options.search.trimmed().isEmpty()) {
        QString pattern = m_options.search.trimmed();
        pattern.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
        pattern = u'%' + pattern + u'%';
        where = where
                && (Orm::col(Livre::Nom).iLike(pattern) || Orm::col(Livre::Auteur).iLike(pattern)
                    || Orm::col(Livre::Edition).iLike(pattern));
    }
    if (!m_options.where.isEmpty())
        where = where && m_options.where;
    QList<Orm::SelectItem> attributes;
    if (csv) {
        for (const QString &c : csvColumns()) {
            if (c != u"ISBN")
                attributes << c;
        }
    }
    // A CSV page is large (its rows are written as they are read, a few megabytes of text); the other formats'
    // books each come as a map, with their contributors.
    auto books = m_catalogue.livres().findAll(
            {.where = where, .attributes = attributes, .order = {Orm::asc(Livre::Id)}, .limit = csv ? 10000 : 1000});
    if (!books)
        return std::unexpected(books.error());
    Page page;
    QVariantList ids;
    ids.reserve(books->size());
    for (const Orm::Instance &b : std::as_const(*books)) {
        if (!csv)
            page.books << b.values();
        ids << b.get(Livre::Id);
    }
    if (csv)
        page.rows = std::move(*books);
    if (ids.isEmpty())
        return page;
    if (m_catalogue.hasIdentifiers()) {
        // The page's books are every book of their range of IDs unless a filter chose them: their identifiers are
        // then read as one range of the (LivreId, Type) index, not looked up ID by ID. A CSV file has only the
        // ISBN-13.
        const bool everyBook = m_options.search.trimmed().isEmpty() && m_options.where.isEmpty();
        Orm::Where ofPage = everyBook ? Orm::col(Identifiant::LivreId) > Orm::Expr::fromValue(after)
                        && Orm::col(Identifiant::LivreId) <= Orm::Expr::fromValue(ids.last())
                                      : Orm::col(Identifiant::LivreId).in(ids);
        if (csv)
            ofPage = ofPage && Orm::col(Identifiant::Type) == Identifiant::Isbn13;
        auto found = m_catalogue.identifiants().findAll({.where = ofPage, .order = {Orm::asc(Identifiant::Id)}});
        if (!found)
            return std::unexpected(found.error());
        for (const Orm::Instance &i : std::as_const(*found))
            page.identifiers[i.get(Identifiant::LivreId).toLongLong()].append(
                    {i.get(Identifiant::Type).toString(), i.get(Identifiant::Valeur).toString()});
    }
    if (!csv && m_catalogue.hasRelatedTables()) {
        auto links = m_catalogue.contributions().findAll(
                {.where = Orm::col(Contribution::LivreId).in(ids),
                 .order = {Orm::asc(Contribution::LivreId), Orm::asc(Contribution::Ordre),
                           Orm::asc(Contribution::Id)}});
        if (!links)
            return std::unexpected(links.error());
        QVariantList people;
        for (const Orm::Instance &l : std::as_const(*links))
            people << l.get(Contribution::AuteurId);
        QHash<qint64, QString> names;
        if (!people.isEmpty()) {
            auto found = m_catalogue.auteurs().findAll(
                    {.where = Orm::col(Auteur::Id).in(people), .attributes = {Auteur::Id, Auteur::Nom}});
            if (!found)
                return std::unexpected(found.error());
            for (const Orm::Instance &p : std::as_const(*found))
                names.insert(p.get(Auteur::Id).toLongLong(), p.get(Auteur::Nom).toString());
        }
        for (const Orm::Instance &l : std::as_const(*links))
            page.contributors[l.get(Contribution::LivreId).toLongLong()].append(
                    {names.value(l.get(Contribution::AuteurId).toLongLong()), l.get(Contribution::Role).toString()});
    }
    return page;
}

QString Writer::cover(const QString &value)
{
    if (m_options.coversDir.isEmpty() || value.trimmed().isEmpty())
        return value;
    const QString scheme = QUrl(value).scheme().toLower();
    if (scheme == u"http" || scheme == u"https")
        return value;
    if (auto it = m_written.constFind(value); it != m_written.cend())
        return *it;
    auto bytes = m_catalogue.coverData(value);
    if (!bytes) {
        m_report.warnings << Exporter::tr("cover %1: %2").arg(value, bytes.error().message());
        return value;
    }
    QBuffer buffer(&*bytes);
    buffer.open(QIODevice::ReadOnly);
    QString suffix = QString::fromLatin1(QImageReader::imageFormat(&buffer));
    if (suffix.isEmpty())
        suffix = u"img"_s;
    const QString name =
            QString::fromLatin1(QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex()) + u'.' + suffix;
    const QDir dir(m_options.coversDir);
    const QString target = dir.absoluteFilePath(name);
    if (!QFileInfo::exists(target)) {
        QSaveFile file(target);
        if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
            m_report.warnings << Exporter::tr("cover %1: cannot write %2").arg(value, target);
            return value;
        }
        ++m_report.covers;
    }
    const QString relative = m_fileDir.relativeFilePath(target);
    m_written.insert(value, relative);
    return relative;
}

QJsonValue jsonValue(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return QJsonValue::Null;
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QJsonValue(v.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return QJsonValue(v.toDouble());
    default:
        return QJsonValue(v.toString());
    }
}

// The ONIX message's start: its header, naming this program as the sender.
void writeOnixHeader(QXmlStreamWriter &xml)
{
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(u"http://ns.editeur.org/onix/3.0/reference"_s);
    xml.writeStartElement(u"ONIXMessage"_s);
    xml.writeAttribute(u"release"_s, u"3.0"_s);
    xml.writeStartElement(u"Header"_s);
    xml.writeStartElement(u"Sender"_s);
    xml.writeTextElement(u"SenderName"_s, u"Catalogue"_s);
    xml.writeEndElement();
    xml.writeTextElement(u"SentDateTime"_s, QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmm'Z'"_s));
    xml.writeEndElement();
}

// A CSV page's rows as one text (csvColumns(), the ISBN-13 last), numbers as Excel reads them with excel.
QString csvPage(const Page &page, Writer &writer, QChar delimiter, const ExportOptions &options)
{
    QString text;
    text.reserve(page.rows.size() * 256);
    for (const Orm::Instance &book : page.rows) {
        const qint64 id = book.get(Livre::Id).toLongLong();
        bool firstField = true;
        for (const QString &c : csvColumns()) {
            if (!firstField)
                text += delimiter;
            firstField = false;
            if (c == u"ISBN") {
                QString isbn;
                for (const auto &[kind, value] : page.identifiers.value(id)) {
                    if (kind == Identifiant::Isbn13)
                        isbn = value;
                }
                text += isbn;
                continue;
            }
            QVariant v = book.get(c);
            if ((c == Livre::Couverture || c == Livre::Arriere || c == Livre::Dos) && !v.isNull())
                v = writer.cover(v.toString());
            const bool number = v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Int
                    || v.typeId() == QMetaType::LongLong;
            appendCsvField(text, number ? numberText(v, options.excel) : v.toString(), delimiter, !number, options.raw);
        }
        text += u"\r\n"_s;
    }
    return text;
}

// A book as a compact JSON object: its columns, its contributors and its identifiers.
QByteArray jsonBook(const QVariantMap &book, const QList<Contributor> &bookContributors,
                    const QList<std::pair<QString, QString>> &ids)
{
    QJsonObject o;
    for (auto it = book.cbegin(); it != book.cend(); ++it)
        o.insert(it.key(), jsonValue(it.value()));
    QJsonArray contributors;
    for (const Contributor &c : bookContributors)
        contributors.append(QJsonObject{{u"name"_s, c.name}, {u"role"_s, c.role}});
    o.insert(u"contributors"_s, contributors);
    QJsonObject identifiers;
    for (const auto &[kind, value] : ids)
        identifiers.insert(kind, value);
    o.insert(u"identifiers"_s, identifiers);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// ONIX's DescriptiveDetail: the title, the contributors (or NoContributor), the pages and the genre.
void writeDescriptiveDetail(QXmlStreamWriter &xml, const QVariantMap &book, const QList<Contributor> &contributors)
{
    xml.writeStartElement(u"DescriptiveDetail"_s);
    xml.writeTextElement(u"ProductComposition"_s, u"00"_s);
    xml.writeTextElement(u"ProductForm"_s, u"BA"_s);
    xml.writeStartElement(u"TitleDetail"_s);
    xml.writeTextElement(u"TitleType"_s, u"01"_s);
    xml.writeStartElement(u"TitleElement"_s);
    xml.writeTextElement(u"TitleElementLevel"_s, u"01"_s);
    xml.writeTextElement(u"TitleText"_s, book.value(Livre::Nom).toString());
    xml.writeEndElement();
    xml.writeEndElement();
    int sequence = 0;
    for (const Contributor &c : contributors) {
        xml.writeStartElement(u"Contributor"_s);
        xml.writeTextElement(u"SequenceNumber"_s, QString::number(++sequence));
        xml.writeTextElement(u"ContributorRole"_s,
                             c.role == Contribution::Translator            ? u"B06"_s
                                     : c.role == Contribution::Illustrator ? u"A12"_s
                                                                           : u"A01"_s);
        xml.writeTextElement(u"PersonName"_s, c.name);
        xml.writeEndElement();
    }
    if (contributors.isEmpty())
        xml.writeEmptyElement(u"NoContributor"_s);
    xml.writeStartElement(u"Extent"_s);
    xml.writeTextElement(u"ExtentType"_s, u"00"_s);
    xml.writeTextElement(u"ExtentValue"_s, book.value(Livre::NbPages).toString());
    xml.writeTextElement(u"ExtentUnit"_s, u"03"_s);
    xml.writeEndElement();
    if (!book.value(Livre::Genre).toString().isEmpty()) {
        xml.writeStartElement(u"Subject"_s);
        xml.writeTextElement(u"SubjectSchemeIdentifier"_s, u"20"_s);
        xml.writeTextElement(u"SubjectHeadingText"_s, book.value(Livre::Genre).toString());
        xml.writeEndElement();
    }
    xml.writeEndElement(); // DescriptiveDetail
}

// ONIX's CollateralDetail: the presentation, description and blurb, and the front cover's link; nothing when the
// book has none of them.
void writeCollateralDetail(QXmlStreamWriter &xml, const QVariantMap &book)
{
    const QList<std::pair<QString, QString>> texts = {{u"03"_s, book.value(Livre::Presentation).toString()},
                                                      {u"02"_s, book.value(Livre::Description).toString()},
                                                      {u"10"_s, book.value(Livre::Accroche).toString()}};
    const QString front = book.value(Livre::Couverture).toString();
    const bool hasText = std::any_of(texts.begin(), texts.end(), [](const auto &t) { return !t.second.isEmpty(); });
    if (hasText || !front.isEmpty()) {
        xml.writeStartElement(u"CollateralDetail"_s);
        for (const auto &[type, text] : texts) {
            if (text.isEmpty())
                continue;
            xml.writeStartElement(u"TextContent"_s);
            xml.writeTextElement(u"TextType"_s, type);
            xml.writeTextElement(u"ContentAudience"_s, u"00"_s);
            xml.writeTextElement(u"Text"_s, text);
            xml.writeEndElement();
        }
        if (!front.isEmpty()) {
            xml.writeStartElement(u"SupportingResource"_s);
            xml.writeTextElement(u"ResourceContentType"_s, u"01"_s);
            xml.writeTextElement(u"ContentAudience"_s, u"00"_s);
            xml.writeTextElement(u"ResourceMode"_s, u"03"_s);
            xml.writeStartElement(u"ResourceVersion"_s);
            xml.writeTextElement(u"ResourceForm"_s, u"02"_s);
            xml.writeTextElement(u"ResourceLink"_s, front);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}

// ONIX's PublishingDetail: the publisher and the year. ONIX requires a publisher in it: without one, the block (and
// its date) is left out.
void writePublishingDetail(QXmlStreamWriter &xml, const QVariantMap &book)
{
    if (!book.value(Livre::Edition).toString().isEmpty()) {
        xml.writeStartElement(u"PublishingDetail"_s);
        xml.writeStartElement(u"Publisher"_s);
        xml.writeTextElement(u"PublishingRole"_s, u"01"_s);
        xml.writeTextElement(u"PublisherName"_s, book.value(Livre::Edition).toString());
        xml.writeEndElement();
        xml.writeStartElement(u"PublishingDate"_s);
        xml.writeTextElement(u"PublishingDateRole"_s, u"01"_s);
        xml.writeStartElement(u"Date"_s);
        xml.writeAttribute(u"dateformat"_s, u"05"_s);
        xml.writeCharacters(u"%1"_s.arg(book.value(Livre::Annee).toLongLong(), 4, 10, QChar(u'0')));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement(); // PublishingDetail
    }
}

// ONIX's ProductSupply: the stock on hand and the price in euros (or unpriced).
void writeProductSupply(QXmlStreamWriter &xml, const QVariantMap &book)
{
    xml.writeStartElement(u"ProductSupply"_s);
    xml.writeStartElement(u"SupplyDetail"_s);
    xml.writeStartElement(u"Supplier"_s);
    xml.writeTextElement(u"SupplierRole"_s, u"00"_s);
    xml.writeTextElement(u"SupplierName"_s, u"Catalogue"_s);
    xml.writeEndElement();
    const qint64 onHand = book.value(Livre::Quantite).toLongLong();
    xml.writeTextElement(u"ProductAvailability"_s, onHand > 0 ? u"21"_s : u"31"_s);
    xml.writeStartElement(u"Stock"_s);
    xml.writeTextElement(u"OnHand"_s, QString::number(onHand));
    xml.writeEndElement();
    if (book.value(Livre::Prix).isNull()) {
        xml.writeTextElement(u"UnpricedItemType"_s, u"04"_s);
    } else {
        xml.writeStartElement(u"Price"_s);
        xml.writeTextElement(u"PriceType"_s, u"02"_s);
        xml.writeTextElement(u"PriceAmount"_s, QString::number(book.value(Livre::Prix).toDouble(), 'f', 2));
        xml.writeTextElement(u"CurrencyCode"_s, u"EUR"_s);
        xml.writeEndElement();
    }
    xml.writeEndElement(); // SupplyDetail
    xml.writeEndElement(); // ProductSupply
}

// A book as an ONIX 3.0 Product.
void writeOnixProduct(QXmlStreamWriter &xml, const QVariantMap &book, qint64 id, const QString &isbn,
                      const QList<Contributor> &contributors)
{
    xml.writeStartElement(u"Product"_s);
    xml.writeTextElement(u"RecordReference"_s, u"catalogue-livre-%1"_s.arg(id));
    xml.writeTextElement(u"NotificationType"_s, u"03"_s);
    xml.writeStartElement(u"ProductIdentifier"_s);
    xml.writeTextElement(u"ProductIDType"_s, u"01"_s);
    xml.writeTextElement(u"IDTypeName"_s, u"Catalogue ID"_s);
    xml.writeTextElement(u"IDValue"_s, QString::number(id));
    xml.writeEndElement();
    if (!isbn.isEmpty()) {
        xml.writeStartElement(u"ProductIdentifier"_s);
        xml.writeTextElement(u"ProductIDType"_s, u"15"_s);
        xml.writeTextElement(u"IDValue"_s, isbn);
        xml.writeEndElement();
    }
    writeDescriptiveDetail(xml, book, contributors);
    writeCollateralDetail(xml, book);
    writePublishingDetail(xml, book);
    writeProductSupply(xml, book);
    xml.writeEndElement(); // Product
}

} // namespace

Orm::Result<ExportReport> Exporter::exportFile(const QString &path, const ExportOptions &options) const
{
    ExportReport report;
    TransferFormat format = options.format;
    if (format == TransferFormat::Auto) {
        const QString suffix = QFileInfo(path).suffix().toLower();
        format = suffix == u"json"                      ? TransferFormat::Json
                : suffix == u"xml" || suffix == u"onix" ? TransferFormat::Onix
                                                        : TransferFormat::Csv;
    }
    if (format != TransferFormat::Csv && format != TransferFormat::Json && format != TransferFormat::Onix)
        return Orm::fail(Orm::Error::Kind::InvalidQuery,
                         tr("books are exported as csv, json or onix, not %1").arg(formatName(format)));
    report.format = format;
    if (!options.coversDir.isEmpty() && !QDir().mkpath(options.coversDir))
        return Orm::fail(Orm::Error::Kind::Connection, tr("cannot create the folder %1").arg(options.coversDir));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Orm::fail(Orm::Error::Kind::Connection, tr("cannot write %1: %2").arg(path, file.errorString()));
    Writer writer(m_catalogue, path, options, report);
    const QChar delimiter = options.excel ? u';' : u',';
    QStringEncoder utf8(QStringEncoder::Utf8);
    QXmlStreamWriter xml(&file);
    const auto writeText = [&](const QString &text) { file.write(utf8.encode(text)); };
    if (format == TransferFormat::Csv) {
        if (options.excel)
            file.write("\xEF\xBB\xBF");
        QStringList header;
        for (const QString &c : csvColumns())
            header << csvField(c, delimiter, false, true);
        writeText(header.join(delimiter) + u"\r\n"_s);
    } else if (format == TransferFormat::Json) {
        file.write("[");
    } else {
        writeOnixHeader(xml);
    }
    QVariant last = 0;
    bool first = true;
    for (;;) {
        auto page = writer.page(last, format == TransferFormat::Csv);
        if (!page)
            return std::unexpected(page.error());
        if (page->books.isEmpty() && page->rows.isEmpty())
            break;
        if (format == TransferFormat::Csv) {
            // Each page's rows into one text, encoded and written at once.
            writeText(csvPage(*page, writer, delimiter, options));
            report.books += page->rows.size();
            last = page->rows.last().get(Livre::Id);
            if (options.progress)
                options.progress(report.books);
            continue;
        }
        for (QVariantMap book : std::as_const(page->books)) {
            const qint64 id = book.value(Livre::Id).toLongLong();
            for (const QString &c : {Livre::Couverture, Livre::Arriere, Livre::Dos}) {
                if (!book.value(c).isNull())
                    book.insert(c, writer.cover(book.value(c).toString()));
            }
            const auto &ids = page->identifiers.value(id);
            QString isbn;
            for (const auto &[kind, value] : ids) {
                if (kind == Identifiant::Isbn13)
                    isbn = value;
            }
            if (format == TransferFormat::Json) {
                file.write(first ? "\n" : ",\n");
                file.write(jsonBook(book, page->contributors.value(id), ids));
            } else {
                writeOnixProduct(xml, book, id, isbn, page->contributors.value(id));
            }
            first = false;
            ++report.books;
            last = book.value(Livre::Id);
        }
        if (options.progress)
            options.progress(report.books);
    }
    if (format == TransferFormat::Json) {
        file.write(first ? "]\n" : "\n]\n");
    } else if (format == TransferFormat::Onix) {
        xml.writeEndElement();
        xml.writeEndDocument();
    }
    if (!file.commit())
        return Orm::fail(Orm::Error::Kind::Connection, tr("cannot write %1: %2").arg(path, file.errorString()));
    return report;
}

} // namespace Catalogue
