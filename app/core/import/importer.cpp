#include "import/bookrow_p.h"
#include "import/columnmapping_p.h"
#include "import/rowsources_p.h"

#include <catalogue/contributeurs.h>
#include <catalogue/csvreader.h>
#include <catalogue/identifiants.h>
#include <catalogue/importer.h>
#include <catalogue/livre.h>
#include <orm/deferredindexes.h>
#include <orm/modeldefinition.h>
#include <orm/rowbatch.h>
#include <orm/sequence.h>
#include <orm/transaction.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QUrl>

#include <algorithm>
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

using namespace Import;

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
    if (givenIds) {
        if (auto moved = Orm::Sequence::setPastMax(catalogue.database(), Livre::tableName, Livre::Id); !moved)
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

    // The steps of batch(), in order.
    void prepare(BookRow &row); // a new book's values where the file gives none, the authors, the covers
    Orm::Status validate(QList<BookRow> &rows); // the model's rules
    struct Existing // the books of the catalogue the rows may be
    {
        QSet<qint64> ids;
        QHash<QString, QVariant> byIsbn; // ISBN-13 -> ID
        QHash<QString, QVariant> byKey; // bookKey() -> ID, of the rows without an ISBN
    };
    Orm::Result<Existing> findExisting(QList<BookRow> &rows) const; // also sets each row's key
    struct Destinations
    {
        QList<BookRow *> add;
        QList<std::pair<QVariant, BookRow *>> update; // the ID of the book each row updates
    };
    // Counts each row in the report, and sends it where the duplicates option says (or nowhere when refused).
    Destinations sort(QList<BookRow> &rows, const Existing &existing);
    Orm::Status add(const QList<BookRow *> &rows);
    Orm::Status update(const QList<std::pair<QVariant, BookRow *>> &rows);

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
    for (BookRow &row : rows)
        prepare(row);
    if (auto r = validate(rows); !r)
        return r;
    auto existing = findExisting(rows);
    if (!existing)
        return std::unexpected(existing.error());
    Destinations to = sort(rows, *existing);
    if (m_report.refused > 0 && !m_options.skipInvalid)
        return {}; // nothing will be kept: no need to write
    if (auto r = add(to.add); !r)
        return r;
    return update(to.update);
}

Orm::Status Run::validate(QList<BookRow> &rows)
{
    // Every row checked by the model's rules at once, without an Instance kept per row; each keeps what the
    // validation hooks derive (NomSansEspaces).
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
    return {};
}

Orm::Result<Run::Existing> Run::findExisting(QList<BookRow> &rows) const
{
    static const int idAt = at(Livre::Id), nomAt = at(Livre::Nom), auteurAt = at(Livre::Auteur),
                     editionAt = at(Livre::Edition);
    QVariantList ids, isbns, titles;
    QSet<QString> keys;
    for (BookRow &row : rows) {
        if (row.refused())
            continue;
        row.key = bookKey(row.values.at(nomAt), row.values.at(auteurAt), row.values.at(editionAt));
        if (!row.values.at(idAt).isNull())
            ids << row.values.at(idAt);
        if (!row.isbn.isEmpty()) {
            isbns << row.isbn;
        } else {
            titles << row.values.at(nomAt);
            if (m_keyLookup)
                keys.insert(row.key);
        }
    }
    Existing existing;
    if (!ids.isEmpty()) {
        auto found = m_catalogue.livres().findAll({.where = Orm::col(Livre::Id).in(ids), .attributes = {Livre::Id}});
        if (!found)
            return std::unexpected(found.error());
        for (const Orm::Instance &l : std::as_const(*found))
            existing.ids.insert(l.get(Livre::Id).toLongLong());
    }
    if (!isbns.isEmpty() && m_catalogue.hasIdentifiers()) {
        auto found = m_catalogue.identifiants().findAll(
                {.where = Orm::col(Identifiant::Type) == Identifiant::Isbn13 && Orm::col(Identifiant::Valeur).in(isbns),
                 .attributes = {Identifiant::LivreId, Identifiant::Valeur}});
        if (!found)
            return std::unexpected(found.error());
        for (const Orm::Instance &i : std::as_const(*found))
            existing.byIsbn.insert(i.get(Identifiant::Valeur).toString(), i.get(Identifiant::LivreId));
    }
    if (!titles.isEmpty() && m_keyLookup) {
        auto found = lookUp(keys);
        if (!found)
            return std::unexpected(found.error());
        existing.byKey = std::move(*found);
    } else if (!titles.isEmpty()) {
        auto found =
                m_catalogue.livres().findAll({.where = Orm::col(Livre::Nom).in(titles),
                                              .attributes = {Livre::Id, Livre::Nom, Livre::Auteur, Livre::Edition}});
        if (!found)
            return std::unexpected(found.error());
        for (const Orm::Instance &l : std::as_const(*found))
            existing.byKey.insert(bookKey(l.get(Livre::Nom), l.get(Livre::Auteur), l.get(Livre::Edition)),
                                  l.get(Livre::Id));
    }
    return existing;
}

Run::Destinations Run::sort(QList<BookRow> &rows, const Existing &existing)
{
    static const int idAt = at(Livre::Id);
    Destinations to;
    QHash<QString, BookRow *> batchIsbn, batchKey; // the books of this batch to add, by ISBN or else by key
    for (BookRow &row : rows) {
        ++m_report.rows;
        if (row.refused()) {
            ++m_report.refused;
            keep(row.problems);
            continue;
        }
        QVariant found;
        BookRow *earlier = nullptr;
        const QVariant id = row.values.at(idAt);
        if (!id.isNull() && existing.ids.contains(id.toLongLong()))
            found = id;
        else if (!row.isbn.isEmpty())
            found = existing.byIsbn.value(row.isbn), earlier = batchIsbn.value(row.isbn);
        else
            found = existing.byKey.value(row.key), earlier = batchKey.value(row.key);
        if (found.isValid() || earlier) {
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
                    to.update.append({found, &row});
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
        } else if (!row.isbn.isEmpty()) {
            batchIsbn.insert(row.isbn, &row);
        } else {
            batchKey.insert(row.key, &row);
        }
        keep(row.problems);
        to.add << &row;
    }
    m_report.added += to.add.size();
    return to;
}

Orm::Status Run::add(const QList<BookRow *> &rows)
{
    if (rows.isEmpty())
        return {};
    // Their values are taken (an update of a duplicate reads its own row's, never one of these).
    QList<QVariantList> values;
    values.reserve(rows.size());
    for (BookRow *row : rows)
        values << std::move(row->values);
    auto written = writeNewBooks(m_catalogue, values);
    if (!written)
        return std::unexpected(written.error());
    if (m_options.keepUndo)
        m_report.addedIds << *written;
    if (m_keyLookup) {
        for (qsizetype i = 0; i < rows.size(); ++i)
            m_keys.insert(keyHash(rows.at(i)->key), written->value(i).toLongLong());
    }
    QList<QVariantMap> identifiers;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const BookRow *row = rows.at(i);
        const QVariant id = written->value(i);
        if (!row->isbn.isEmpty())
            identifiers.append({{Identifiant::LivreId, id},
                                {Identifiant::Type, Identifiant::Isbn13},
                                {Identifiant::Valeur, row->isbn}});
        for (const auto &[kind, value] : std::as_const(row->identifiers))
            identifiers.append({{Identifiant::LivreId, id}, {Identifiant::Type, kind}, {Identifiant::Valeur, value}});
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
    return {};
}

Orm::Status Run::update(const QList<std::pair<QVariant, BookRow *>> &rows)
{
    static const int idAt = at(Livre::Id);
    // Through the catalogue, one at a time (validation, hooks, stock adjustments).
    for (const auto &[id, row] : rows) {
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
    const std::unique_ptr<RowSource> source = rowSource(file, format, options, report);
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
