#include "import/rowsources_p.h"

#include <catalogue/csvreader.h>
#include <catalogue/importer.h>
#include <catalogue/jsonarrayreader.h>
#include <catalogue/livre.h>
#include <catalogue/onixreader.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cctype>

namespace Catalogue::Import {

using namespace Qt::StringLiterals;

namespace {

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

} // namespace

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

std::unique_ptr<RowSource> rowSource(QFile &file, TransferFormat format, const ImportOptions &options,
                                     ImportReport &report)
{
    if (format == TransferFormat::Json)
        return std::make_unique<JsonSource>(&file);
    if (format == TransferFormat::Onix)
        return std::make_unique<OnixSource>(&file);
    return std::make_unique<CsvSource>(&file, format, options, report);
}

} // namespace Catalogue::Import
