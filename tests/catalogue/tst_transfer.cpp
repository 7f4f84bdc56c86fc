#include "testdatabase.h"

#include <catalogue/catalogue.h>
#include <catalogue/csvreader.h>
#include <catalogue/exporter.h>
#include <catalogue/identifiants.h>
#include <catalogue/importer.h>
#include <catalogue/livre.h>
#include <orm/fulltextindex.h>
#include <orm/model.h>
#include <orm/schema.h>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Orm;
using namespace Qt::StringLiterals;
namespace Livre = Catalogue::Livre;
namespace Contribution = Catalogue::Contribution;
namespace MouvementStock = Catalogue::MouvementStock;
namespace Identifiant = Catalogue::Identifiant;
using Catalogue::Contributor;
using Catalogue::ImportOptions;
using Catalogue::ImportReport;
using Catalogue::OnDuplicate;
using Catalogue::TransferFormat;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(TRANSFER_FIXTURES "/") + name;
}

QString problemsText(const ImportReport &report)
{
    QStringList lines;
    for (const Catalogue::ImportProblem &p : report.problems)
        lines << u"line %1 %2 [%3]: %4"_s.arg(p.line).arg(p.column, p.value, p.message);
    if (!report.fileError.isEmpty())
        lines << u"file: "_s + report.fileError;
    return lines.join(u"; "_s);
}

} // namespace

// Import and export of the catalogue (Catalogue::Importer, Catalogue::Exporter), on both dialects: the formats
// and their dialects, atomicity, dry runs, duplicates, covers, round trips, and hostile files.
class TestTransfer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestDatabase> m_db;
    std::optional<Catalogue::Catalogue> m_catalogue;
    Catalogue::Catalogue &catalogue() { return *m_catalogue; }

    ImportReport import(const QString &path, const ImportOptions &options = {})
    {
        auto report = Catalogue::Importer(catalogue()).importFile(path, options);
        if (!report)
            qWarning("%s", qPrintable(report.error().toString()));
        return report.value_or(ImportReport{.fileError = u"database error"_s});
    }

    qint64 books()
    {
        auto n = catalogue().livres().count();
        return n ? *n : -1;
    }

    Orm::Instance book(const QString &title)
    {
        auto found = catalogue().livres().findOne({.where = col(Livre::Nom) == title});
        return found ? *found : Orm::Instance();
    }

    QString identifier(const QVariant &livreId, const QString &kind)
    {
        auto found = catalogue().identifiants().findOne(
                {.where = col(Identifiant::LivreId) == Expr::fromValue(livreId) && col(Identifiant::Type) == kind});
        return found && !found->isNull() ? found->get(Identifiant::Valeur).toString() : QString();
    }

    QStringList contributorsOf(const QVariant &livreId)
    {
        QStringList list;
        for (const Contributor &c : catalogue().contributors(livreId).value_or(QList<Contributor>()))
            list << c.name + u':' + c.role;
        return list;
    }

private Q_SLOTS:
    void initTestCase_data() { Test::addDialectRows(); }

    void init()
    {
        TEST_OPEN_DATABASE(m_db);
        auto opened = Catalogue::Catalogue::open(m_db->url(), Catalogue::Catalogue::Missing::Create);
        QVERIFY2(opened, Test::why(opened));
        m_catalogue = *opened;
        QVERIFY(catalogue().hasIdentifiers());
    }

    void cleanup()
    {
        m_catalogue.reset();
        m_db.reset();
    }

    void isbnsAreCheckedAndStoredAsIsbn13()
    {
        QCOMPARE(Catalogue::isbn13(u"2-07-040850-7"), std::optional<QString>(u"9782070408504"_s));
        QCOMPARE(Catalogue::isbn13(u"=\"0439023483\""), std::optional<QString>(u"9780439023481"_s));
        QCOMPARE(Catalogue::isbn13(u"439023483"), std::optional<QString>(u"9780439023481"_s)); // lost its 0
        QCOMPARE(Catalogue::isbn13(u"978-0-439-02348-1"), std::optional<QString>(u"9780439023481"_s));
        QVERIFY(!Catalogue::isbn13(u"978-0-439-02348-2"));
        QVERIFY(!Catalogue::isbn13(u"2-07-040850-3"));
        QCOMPARE(Catalogue::isbnProblem(u"978-0-439-02348-2"), u"The ISBN's check digit is wrong"_s);
        QVERIFY(Catalogue::isbnProblem(u"12ab").contains(u"'a'"_s));
    }

    void csvReaderReadsRfc4180()
    {
        QByteArray data = "a;b;c\r\n\"x;1\";\"say \"\"hi\"\"\";\"two\r\nlines\"\r\n\r\nlast;;\n";
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        Catalogue::CsvReader reader(&buffer);
        QStringList fields;
        QVERIFY(reader.next(fields));
        QCOMPARE(reader.delimiter(), QChar(u';'));
        QCOMPARE(fields, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
        QVERIFY(reader.next(fields));
        QCOMPARE(fields, (QStringList{u"x;1"_s, u"say \"hi\""_s, u"two\r\nlines"_s}));
        QVERIFY(reader.next(fields));
        QCOMPARE(reader.line(), 5); // the blank line is skipped, the line break inside a field counted
        QCOMPARE(fields, (QStringList{u"last"_s, QString(), QString()}));
        QVERIFY(!reader.next(fields));
        QVERIFY(reader.error().isEmpty());
    }

    void ownCsvImports()
    {
        const ImportReport report = import(fixture(u"own.csv"_s));
        QVERIFY2(report.written, qPrintable(problemsText(report)));
        QCOMPARE(report.format, TransferFormat::Csv);
        QCOMPARE(report.added, 3);
        QCOMPARE(books(), 3);
        const Orm::Instance prince = book(u"Le Petit Prince"_s);
        QCOMPARE(prince.get(Livre::Presentation).toString(), u"Un conte, poétique"_s);
        QCOMPARE(prince.get(Livre::Prix).toDouble(), 8.9);
        QCOMPARE(prince.get(Livre::Quantite).toInt(), 3);
        QCOMPARE(identifier(prince.get(Livre::Id), Identifiant::Isbn13), u"9782070408504"_s);
        const Orm::Instance asterix = book(u"Astérix le Gaulois"_s);
        QCOMPARE(asterix.get(Livre::Presentation).toString(), u"Il dit \"Par Toutatis\"\r\net part"_s);
        QCOMPARE(contributorsOf(asterix.get(Livre::Id)), (QStringList{u"Goscinny:auteur"_s, u"Uderzo:auteur"_s}));
    }

    // Deleting a book deletes its identifiers (ON DELETE CASCADE); undoing the delete brings them back.
    void identifiersComeBackWithADeletedBook()
    {
        QVERIFY(import(fixture(u"own.csv"_s)).written);
        const QVariant prince = book(u"Le Petit Prince"_s).get(Livre::Id);
        auto record = catalogue().bookRecord(prince);
        QVERIFY2(record, Test::why(record));
        QVERIFY(catalogue().removeBook(prince, Catalogue::Catalogue::History::Delete));
        QCOMPARE(identifier(prince, Identifiant::Isbn13), QString());
        auto restored = catalogue().restoreBook(*record);
        QVERIFY2(restored, Test::why(restored));
        QCOMPARE(identifier(prince, Identifiant::Isbn13), u"9782070408504"_s);
    }

    void encodingsAndDelimitersAreDetected()
    {
        ImportReport report = import(fixture(u"french-excel.csv"_s));
        QVERIFY2(report.written, qPrintable(problemsText(report)));
        QCOMPARE(report.encoding, u"Windows-1252"_s);
        QCOMPARE(report.delimiter, u";"_s);
        QCOMPARE(book(u"L'Étranger"_s).get(Livre::Prix).toDouble(), 6.9);
        QCOMPARE(book(u"L'Étranger"_s).get(Livre::Edition).toString(), u"Gallimard"_s);
        // The same file in UTF-16 with a BOM, tab-separated.
        QFile source(fixture(u"french-excel.csv"_s));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QString text = QStringDecoder(QStringDecoder::Latin1).decode(source.readAll());
        text.replace(u'É', u'Ê').replace(u';', u'\t');
        QTemporaryDir dir;
        QFile utf16(dir.filePath(u"utf16.csv"_s));
        QVERIFY(utf16.open(QIODevice::WriteOnly));
        utf16.write(QStringEncoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom).encode(text));
        utf16.close();
        report = import(utf16.fileName());
        QVERIFY2(report.written, qPrintable(problemsText(report)));
        QCOMPARE(report.encoding, u"UTF-16LE"_s);
        QCOMPARE(report.delimiter, u"tab"_s);
        QVERIFY(!book(u"L'Êtranger"_s).isNull());
    }

    void goodreadsExportsImport_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("24 columns") << u"goodreads-24.csv"_s;
        QTest::newRow("31 columns") << u"goodreads-31.csv"_s;
    }

    void goodreadsExportsImport()
    {
        QFETCH(QString, file);
        const ImportReport report = import(fixture(file));
        QVERIFY2(report.written, qPrintable(problemsText(report)));
        QCOMPARE(report.format, TransferFormat::Goodreads);
        QCOMPARE(report.added, 2);
        const Orm::Instance hunger = book(u"The Hunger Games (The Hunger Games, #1)"_s);
        QCOMPARE(hunger.get(Livre::Edition).toString(), u"Scholastic Press"_s);
        QCOMPARE(hunger.get(Livre::NbPages).toInt(), 374);
        QCOMPARE(identifier(hunger.get(Livre::Id), Identifiant::Isbn13), u"9780439023481"_s);
        QCOMPARE(identifier(hunger.get(Livre::Id), Identifiant::Goodreads), u"2767052"_s);
        const Orm::Instance potter = book(u"Harry Potter and the Sorcerer's Stone"_s);
        QCOMPARE(potter.get(Livre::Annee).toInt(), 1997); // Original Publication Year when Year Published is empty
        QCOMPARE(contributorsOf(potter.get(Livre::Id)),
                 (QStringList{u"J.K. Rowling:auteur"_s, u"Mary GrandPré:auteur"_s}));
    }

    void calibreCatalogueImports()
    {
        const ImportReport report = import(fixture(u"calibre.csv"_s));
        QCOMPARE(report.format, TransferFormat::Calibre);
        // Calibre's "no date" (year 101) is not a year: the second book keeps the default year (this one).
        QVERIFY2(report.written, qPrintable(problemsText(report)));
        const Orm::Instance asterix = book(u"Astérix le Gaulois"_s);
        QCOMPARE(asterix.get(Livre::Annee).toInt(), 1961);
        QCOMPARE(asterix.get(Livre::Genre).toString(), u"BD"_s);
        QCOMPARE(contributorsOf(asterix.get(Livre::Id)),
                 (QStringList{u"René Goscinny:auteur"_s, u"Albert Uderzo:auteur"_s}));
        QCOMPARE(identifier(asterix.get(Livre::Id), Identifiant::Goodreads), u"71292"_s);
        QCOMPARE(identifier(asterix.get(Livre::Id), Identifiant::Isbn13), u"9782012101333"_s);
    }

    void goodbooksImportsAndRefusesItsMess()
    {
        // Book 79 of goodbooks-10k has the year -720 (an ancient work): refused, so nothing is written.
        ImportReport report = import(fixture(u"goodbooks-sample.csv"_s));
        QCOMPARE(report.format, TransferFormat::Goodbooks);
        QVERIFY(!report.written);
        QCOMPARE(report.refused, 1);
        QCOMPARE(report.problems.value(0).line, 14);
        QCOMPARE(report.problems.value(0).column, Livre::Annee);
        QCOMPARE(report.problems.value(0).value, u"-720"_s);
        QCOMPARE(books(), 0);
        report = import(fixture(u"goodbooks-sample.csv"_s), {.skipInvalid = true});
        QVERIFY(report.written);
        QCOMPARE(report.added, 12);
        QCOMPARE(books(), 12);
        const Orm::Instance potter = book(u"Harry Potter and the Sorcerer's Stone (Harry Potter, #1)"_s);
        QCOMPARE(contributorsOf(potter.get(Livre::Id)),
                 (QStringList{u"J.K. Rowling:auteur"_s, u"Mary GrandPré:auteur"_s}));
        QCOMPARE(identifier(potter.get(Livre::Id), Identifiant::Isbn13), u"9780439554930"_s);
        QCOMPARE(potter.get(Livre::Annee).toInt(), 1997);
    }

    void importIsAtomicByDefault()
    {
        const ImportReport report = import(fixture(u"invalid-rows.csv"_s));
        QVERIFY(!report.written);
        QCOMPARE(report.rows, 5);
        QCOMPARE(report.refused, 4);
        QCOMPARE(books(), 0);
        QStringList seen;
        for (const Catalogue::ImportProblem &p : report.problems)
            seen << u"%1:%2:%3"_s.arg(p.line).arg(p.column, p.value);
        QVERIFY2(seen.contains(u"3:Prix:-3"_s), qPrintable(seen.join(u' ')));
        QVERIFY2(seen.contains(u"4:ISBN:978-2-07-040850-3"_s), qPrintable(seen.join(u' ')));
        QVERIFY2(seen.contains(u"6:Annee:1200"_s), qPrintable(seen.join(u' ')));
        QVERIFY2(std::any_of(seen.begin(), seen.end(), [](const QString &s) { return s.startsWith(u"5:"_s); }),
                 qPrintable(seen.join(u' ')));
        const ImportReport skipping = import(fixture(u"invalid-rows.csv"_s), {.skipInvalid = true});
        QVERIFY(skipping.written);
        QCOMPARE(skipping.added, 1);
        QCOMPARE(books(), 1);
    }

    void previewShowsTheFirstRowsAndTheMapping()
    {
        // goodbooks: recognised by its header, 20 rows of 23 fields, and where each goes.
        const Catalogue::ImportPreview p = Catalogue::Importer::preview(fixture(u"goodbooks-sample.csv"_s), {}, 5);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.format, TransferFormat::Goodbooks);
        QCOMPARE(p.encoding, u"UTF-8"_s);
        QCOMPARE(p.delimiter, u","_s);
        QCOMPARE(p.rows.size(), 5);
        QCOMPARE(p.lines.value(0), 2);
        QCOMPARE(p.mapping.size(), p.header.size());
        QCOMPARE(p.mapping.value(p.header.indexOf(u"title"_s)), Livre::Nom);
        QCOMPARE(p.mapping.value(p.header.indexOf(u"authors"_s)), u"authors"_s);
        QCOMPARE(p.mapping.value(p.header.indexOf(u"isbn"_s)), u"isbn"_s);
        QCOMPARE(p.mapping.value(p.header.indexOf(u"ratings_count"_s)), QString());
        QCOMPARE(p.rows.at(0).value(p.header.indexOf(u"title"_s)), u"The Hunger Games (The Hunger Games, #1)"_s);
        // Every name the preview gives is one a person can choose.
        for (const QString &target : p.mapping)
            QVERIFY2(Catalogue::importTargets().contains(target), qPrintable(target));
    }

    void aChosenMappingEncodingAndDelimiterAreUsed()
    {
        // A file whose header says nothing we know: refused, then imported with the mapping a person chose.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"stock.csv"_s);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringEncoder(QStringEncoder::Latin1)
                            .encode(u"Ouvrage|Qui|Combien\nLes Misérables|Victor Hugo|3\nCandide|Voltaire|1\n"_s));
        }
        Catalogue::ImportPreview p = Catalogue::Importer::preview(path);
        QVERIFY(p.error.contains(u"title"_s));
        QCOMPARE(p.header, QStringList{u"Ouvrage|Qui|Combien"_s}); // '|' is not a delimiter we detect
        QVERIFY(!import(path).written);
        ImportOptions options{.delimiter = u'|', .mapping = {Livre::Nom, Livre::Auteur, Livre::Quantite}};
        p = Catalogue::Importer::preview(path, options);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.header.size(), 3);
        QCOMPARE(p.encoding, u"Windows-1252"_s);
        QCOMPARE(p.rows.value(0).value(0), u"Les Misérables"_s);
        options.encoding = u"UTF-8"_s; // chosen wrongly: the é is not read as such
        QVERIFY(Catalogue::Importer::preview(path, options).rows.value(0).value(0) != u"Les Misérables"_s);
        options.encoding = u"Windows-1252"_s;
        const ImportReport report = import(path, options);
        QVERIFY2(report.written, qPrintable(problemsText(report)));
        QCOMPARE(books(), 2);
        QCOMPARE(book(u"Les Misérables"_s).get(Livre::Quantite).toInt(), 3);
        QCOMPARE(book(u"Candide"_s).get(Livre::Auteur).toString(), u"Voltaire"_s);
        // A mapping that does not fit, or names what does not exist, is refused.
        QVERIFY(!import(path, {.delimiter = u'|', .mapping = {Livre::Nom}}).fileError.isEmpty());
        QVERIFY(!import(path, {.delimiter = u'|', .mapping = {Livre::Nom, u"Nope"_s, QString()}}).fileError.isEmpty());
        QVERIFY(!import(path, {.encoding = u"EBCDIC"_s}).fileError.isEmpty());
        QCOMPARE(books(), 2);
    }

    void undoInformationIsKeptWhenAsked()
    {
        QVERIFY(import(fixture(u"own.csv"_s)).written);
        const QVariant prince = book(u"Le Petit Prince"_s).get(Livre::Id);
        QVERIFY(catalogue().updateBook(prince, {{Livre::Prix, 1.0}}));
        const ImportReport plain = import(fixture(u"own.csv"_s), {.onDuplicate = OnDuplicate::Update});
        QVERIFY(plain.addedIds.isEmpty() && plain.updatedBefore.isEmpty()); // not asked: nothing kept
        QVERIFY(catalogue().updateBook(prince, {{Livre::Prix, 1.0}}));
        ImportReport report = import(fixture(u"own.csv"_s), {.onDuplicate = OnDuplicate::Update, .keepUndo = true});
        QVERIFY(report.written);
        QCOMPARE(report.updatedBefore.size(), 3);
        QVERIFY(report.addedIds.isEmpty());
        const auto before =
                std::find_if(report.updatedBefore.begin(), report.updatedBefore.end(),
                             [&](const Catalogue::BookRecord &r) { return r.values.value(Livre::Id) == prince; });
        QVERIFY(before != report.updatedBefore.end());
        QCOMPARE(before->values.value(Livre::Prix).toDouble(), 1.0);
        qint64 lastRead = -1, total = -1;
        report = import(fixture(u"goodbooks-sample.csv"_s),
                        {.skipInvalid = true,
                         .batchSize = 5,
                         .fileProgress = [&](qint64 read, qint64 size) { lastRead = read, total = size; },
                         .keepUndo = true});
        QCOMPARE(total, QFileInfo(fixture(u"goodbooks-sample.csv"_s)).size());
        QCOMPARE(lastRead, total);
        QCOMPARE(report.addedIds.size(), 12);
        for (const QVariant &id : std::as_const(report.addedIds))
            QVERIFY(!catalogue().livres().findByPk(id)->isNull());
    }

    void exportKeepsTheBooksOfAFilter()
    {
        QVERIFY(import(fixture(u"own.csv"_s)).written);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bd.json"_s);
        auto written = Catalogue::Exporter(catalogue()).exportFile(path, {.where = col(Livre::Genre) == u"BD"_s});
        QVERIFY2(written, Test::why(written));
        QCOMPARE(written->books, 1);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("Astérix le Gaulois"));
    }

    void dryRunWritesNothing()
    {
        const ImportReport report = import(fixture(u"own.csv"_s), {.dryRun = true});
        QVERIFY(!report.written);
        QCOMPARE(report.added, 3);
        QCOMPARE(report.refused, 0);
        QCOMPARE(books(), 0);
        auto identifiers = catalogue().identifiants().count();
        QCOMPARE(identifiers.value_or(-1), 0);
    }

    // A file larger than the catalogue: on SQLite the indexes of Livres and its search index are set aside and
    // made again at the end of the same transaction; a refused row leaves them, and the catalogue, as they were.
    // Duplicates are still found: of a book already there, of a book of the first batch, of one written meanwhile.
    void aLargeFileIsWrittenWithItsIndexesSetAside()
    {
        QVariantMap ancien = Catalogue::Catalogue::newBookValues(u"Ancien"_s);
        ancien.insert(Livre::Auteur, u"Vieil Auteur"_s);
        ancien.insert(Livre::Edition, u"Edition"_s);
        QVERIFY(catalogue().livres().create(ancien));
        const auto indexNames = [&](const QString &table = Livre::tableName) {
            Orm::Schema schema(catalogue().database());
            const QList<Orm::IndexInfo> indexes = schema.showIndex(table).value_or(QList<Orm::IndexInfo>());
            QStringList names;
            for (const Orm::IndexInfo &i : indexes)
                names << i.name;
            return names;
        };
        const QStringList indexes = indexNames();
        // The tables the new books' hook writes into (contributions, opening balances) have theirs set aside too.
        const QStringList contributionIndexes = indexNames(Contribution::tableName);
        const QStringList movementIndexes = indexNames(MouvementStock::tableName);
        QVERIFY(contributionIndexes.contains(u"livres_auteurs_auteur"_s));
        QVERIFY(movementIndexes.contains(u"mouvements_stock_livre"_s));
        // Livres' index on Nom: livres_nom, or on PostgreSQL livres_nom_id (migration 20240402000000).
        QVERIFY(indexes.contains(u"livres_nom"_s) || indexes.contains(u"livres_nom_id"_s));
        constexpr int rows = 10500;
        const auto write = [&](const QString &path, bool refused) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Nom,Auteur,Edition,Annee,Quantite,Prix,Presentation\n");
            const QString presentation = u"Un roman de la rentrée par un auteur que les libraires aiment."_s;
            for (int i = 0; i < rows; ++i) {
                QString line =
                        u"Livre %1,Auteur %2,Edition,2000,1,%3,"_s.arg(i).arg(i % 50).arg(refused && i == 3 ? -3 : 5);
                if (i == rows - 3)
                    line = u"Ancien,Vieil Auteur,Edition,2000,1,5,"_s; // a book already there
                else if (i == rows - 2)
                    line = u"LIVRE 10,auteur 10,édition,2001,2,6,"_s; // one of the first batch
                else if (i == rows - 1)
                    line = u"Livre 5000,Auteur 0,Edition,2001,2,6,"_s; // one written meanwhile
                file.write((line + presentation + u'\n').toUtf8());
            }
        };
        QTemporaryDir dir;
        const QString refusedPath = dir.filePath(u"refused.csv"_s);
        write(refusedPath, true);
        const ImportReport refused = import(refusedPath);
        QVERIFY(!refused.written);
        QCOMPARE(refused.refused, 1);
        QCOMPARE(books(), 1);
        QCOMPARE(indexNames(), indexes);

        const QString path = dir.filePath(u"large.csv"_s);
        write(path, false);
        const ImportReport report = import(path);
        QVERIFY2(report.written, qPrintable(problemsText(report)));
        QCOMPARE(report.indexesDeferred, catalogue().database().dialect().kind() == Orm::Dialect::Kind::Sqlite);
        QCOMPARE(report.duplicatesSkipped, 3);
        QCOMPARE(report.added, rows - 3);
        QCOMPARE(books(), 1 + rows - 3);
        QCOMPARE(indexNames(), indexes);
        QCOMPARE(indexNames(Contribution::tableName), contributionIndexes);
        QCOMPARE(indexNames(MouvementStock::tableName), movementIndexes);
        const QVariant id = book(u"Livre 7777"_s).get(Livre::Id);
        QVERIFY(id.isValid());
        auto search = Orm::FullTextIndex::find(catalogue().database(), Livre::tableName);
        QVERIFY(search);
        auto found = search->keys(u"7777"_s);
        QVERIFY(found);
        QCOMPARE(QList<qint64>(found->begin(), found->end()), QList<qint64>{id.toLongLong()});
        QCOMPARE(contributorsOf(id), QStringList{u"Auteur 27:auteur"_s});
        auto opening = catalogue().mouvements().findAll(
                {.where = Orm::col(MouvementStock::LivreId) == Orm::Expr::fromValue(id)});
        QVERIFY2(opening, Test::why(opening));
        QCOMPARE(opening->size(), 1);
        QCOMPARE(opening->first().get(MouvementStock::Quantite).toLongLong(), 1);
        auto integrity = catalogue().database().integrityCheck();
        QVERIFY(integrity);
        QVERIFY2(integrity->isEmpty(), qPrintable(integrity->join(u'\n')));
    }

    void duplicates_data()
    {
        QTest::addColumn<OnDuplicate>("mode");
        QTest::addColumn<qint64>("skipped");
        QTest::addColumn<qint64>("updated");
        QTest::addColumn<qint64>("added");
        QTest::addColumn<qint64>("books");
        QTest::newRow("skip") << OnDuplicate::Skip << qint64(3) << qint64(0) << qint64(0) << qint64(3);
        QTest::newRow("update") << OnDuplicate::Update << qint64(0) << qint64(3) << qint64(0) << qint64(3);
        QTest::newRow("add") << OnDuplicate::Add << qint64(0) << qint64(0) << qint64(3) << qint64(6);
    }

    void duplicates()
    {
        QFETCH(OnDuplicate, mode);
        QFETCH(qint64, skipped);
        QFETCH(qint64, updated);
        QFETCH(qint64, added);
        QFETCH(qint64, books);
        QVERIFY(import(fixture(u"own.csv"_s)).written);
        // Change a book so that "update" has something to restore.
        const QVariant prince = book(u"Le Petit Prince"_s).get(Livre::Id);
        QVERIFY(catalogue().updateBook(prince, {{Livre::Prix, 1.0}}));
        const ImportReport report = import(fixture(u"own.csv"_s), {.onDuplicate = mode});
        QVERIFY2(report.written, qPrintable(problemsText(report)));
        QCOMPARE(report.duplicatesSkipped, skipped);
        QCOMPARE(report.updated, updated);
        QCOMPARE(report.duplicatesAdded, added);
        QCOMPARE(this->books(), books);
        auto found = catalogue().livres().findByPk(prince);
        QCOMPARE(found->get(Livre::Prix).toDouble(), mode == OnDuplicate::Update ? 8.9 : 1.0);
        // An update changes only the columns the file has: ventes, not in own.csv, stay as they were.
        QVERIFY(catalogue().updateBook(prince, {{Livre::Ventes, 7}}));
        QVERIFY(import(fixture(u"own.csv"_s), {.onDuplicate = mode}).written);
        QCOMPARE(catalogue().livres().findByPk(prince)->get(Livre::Ventes).toInt(), 7);
        // The same ISBN from ONIX is the same book.
        const ImportReport onix = import(fixture(u"books.onix.xml"_s));
        QCOMPARE(onix.duplicatesSkipped, 1);
    }

    void coversAreReadInsideTheFilesFolderOnly()
    {
        QTemporaryDir outside;
        QTemporaryDir dir;
        QVERIFY(QFile::copy(fixture(u"covers.csv"_s), dir.filePath(u"covers.csv"_s)));
        QVERIFY(QDir(dir.path()).mkdir(u"covers"_s));
        QVERIFY(QFile::copy(fixture(u"covers/front.png"_s), dir.filePath(u"covers/front.png"_s)));
        // A symbolic link inside the folder that leads out of it.
        QVERIFY(QFile::copy(fixture(u"covers/front.png"_s), outside.filePath(u"secret.png"_s)));
        QVERIFY(QFile::link(outside.filePath(u"secret.png"_s), dir.filePath(u"covers/absente.png"_s)));
        const ImportReport report = import(dir.filePath(u"covers.csv"_s));
        QVERIFY2(report.written, qPrintable(problemsText(report)));
        QCOMPARE(report.added, 4);
        const QString stored = book(u"Avec couverture"_s).get(Livre::Couverture).toString();
        QVERIFY2(Catalogue::CoverImage::isReference(stored), qPrintable(stored));
        QVERIFY(catalogue().coverData(stored));
        for (const QString &title : {u"Hors du dossier"_s, u"Manquante"_s, u"Absolue"_s})
            QCOMPARE(book(title).get(Livre::Couverture).toString(), QString());
        QCOMPARE(report.problems.size(), 3);
        for (const Catalogue::ImportProblem &p : report.problems)
            QVERIFY(!p.refused);
    }

    void jsonRoundTripGivesTheSameCatalogue()
    {
        QFETCH_GLOBAL(QString, dialect);
        QVERIFY(import(fixture(u"books.json"_s)).written);
        QVERIFY(import(fixture(u"own.csv"_s)).written);
        const QVariant rose = book(u"Le Nom de la rose"_s).get(Livre::Id);
        QCOMPARE(contributorsOf(rose), (QStringList{u"Umberto Eco:auteur"_s, u"Jean-Noël Schifano:traducteur"_s}));
        QFile png(fixture(u"covers/front.png"_s));
        QVERIFY(png.open(QIODevice::ReadOnly));
        auto cover = catalogue().storeCover(png.readAll());
        QVERIFY2(cover, Test::why(cover));
        QVERIFY(catalogue().updateBook(rose, {{Livre::Couverture, *cover}}));
        QVERIFY(catalogue().removeBook(book(u"Tintin au Tibet"_s).get(Livre::Id),
                                       Catalogue::Catalogue::History::Delete));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"export.json"_s);
        auto written = Catalogue::Exporter(catalogue()).exportFile(path, {.coversDir = dir.filePath(u"covers"_s)});
        QVERIFY2(written, Test::why(written));
        QCOMPARE(written->books, 4);
        QCOMPARE(written->covers, 1);

        Test::TestDatabase other(dialect);
        QVERIFY2(other.error().isEmpty(), qPrintable(other.error()));
        auto empty = Catalogue::Catalogue::open(other.url(), Catalogue::Catalogue::Missing::Create);
        QVERIFY2(empty, Test::why(empty));
        auto report = Catalogue::Importer(*empty).importFile(path);
        QVERIFY2(report && report->written, report ? qPrintable(problemsText(*report)) : "database error");
        const auto all = [](const Catalogue::Catalogue &c) {
            QStringList rows;
            for (const Orm::Instance &l : c.livres().findAll({.order = {asc(Livre::Id)}}).value_or(QList<Instance>())) {
                QStringList values;
                for (const QString &column : l.values().keys())
                    values << column + u'=' + l.get(column).toString();
                const QVariant id = l.get(Livre::Id);
                for (const Contributor &p : c.contributors(id).value_or(QList<Contributor>()))
                    values << p.name + u':' + p.role;
                for (const Orm::Instance &i :
                     c.identifiants()
                             .findAll({.where = col(Identifiant::LivreId) == Expr::fromValue(id),
             .order = {asc(Identifiant::Type)}})
                             .value_or(QList<Instance>()))
                    values << i.get(Identifiant::Type).toString() + u'=' + i.get(Identifiant::Valeur).toString();
                rows << values.join(u'|');
            }
            return rows;
        };
        QCOMPARE(all(*empty), all(catalogue()));
        // A book created afterwards gets a new ID (PostgreSQL's sequence moved past the imported ones).
        auto created = empty->livres().create(Catalogue::Catalogue::newBookValues(u"Après"_s));
        QVERIFY2(created, Test::why(created));
        QCOMPARE(empty->coverData(*cover).value_or(QByteArray()), catalogue().coverData(*cover).value_or(QByteArray()));
    }

    void onixExportValidatesAndImportsBack()
    {
        QFETCH_GLOBAL(QString, dialect);
        QVERIFY(import(fixture(u"books.json"_s)).written);
        QVERIFY(import(fixture(u"books.onix.xml"_s)).written);
        const QVariant prince = book(u"Le Petit Prince"_s).get(Livre::Id);
        QCOMPARE(contributorsOf(prince),
                 (QStringList{u"Antoine de Saint-Exupéry:auteur"_s, u"Antoine de Saint-Exupéry:illustrateur"_s}));
        QCOMPARE(book(u"Le Petit Prince"_s).get(Livre::Quantite).toInt(), 5);
        QCOMPARE(book(u"Le Petit Prince"_s).get(Livre::Presentation).toString(), u"Un aviateur & un petit prince"_s);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"export.xml"_s);
        auto written = Catalogue::Exporter(catalogue()).exportFile(path);
        QVERIFY2(written, Test::why(written));
        const QString xsd = QStringLiteral(ONIX_XSD_DIR "/ONIX_BookProduct_3.0_reference.xsd");
        if (!QFile::exists(xsd)) {
            if (Test::isCi())
                QFAIL("EDItEUR's ONIX XSD is absent (../shared/data/onix-3.0), and CI requires the export validated");
            QSKIP("EDItEUR's ONIX XSD is absent (../shared/data/onix-3.0): the export is not validated");
        }
        QProcess xmllint;
        xmllint.start(u"xmllint"_s, {u"--noout"_s, u"--schema"_s, xsd, path});
        QVERIFY(xmllint.waitForFinished(120000));
        QVERIFY2(xmllint.exitCode() == 0, xmllint.readAllStandardError().constData());

        Test::TestDatabase other(dialect);
        QVERIFY2(other.error().isEmpty(), qPrintable(other.error()));
        auto empty = Catalogue::Catalogue::open(other.url(), Catalogue::Catalogue::Missing::Create);
        QVERIFY2(empty, Test::why(empty));
        auto report = Catalogue::Importer(*empty).importFile(path);
        QVERIFY2(report && report->written, report ? qPrintable(problemsText(*report)) : "database error");
        QCOMPARE(report->added, 3);
        auto rose = empty->livres().findOne({.where = col(Livre::Nom) == u"Le Nom de la rose"_s});
        QVERIFY(rose && !rose->isNull());
        QCOMPARE(rose->get(Livre::Prix).toDouble(), 9.5);
        QCOMPARE(rose->get(Livre::Quantite).toInt(), 2);
        QCOMPARE(rose->get(Livre::Annee).toInt(), 1982);
        QCOMPARE(rose->get(Livre::Edition).toString(), u"Grasset"_s);
        QCOMPARE(rose->get(Livre::Genre).toString(), u"Roman"_s);
        QCOMPARE(empty->contributors(rose->get(Livre::Id))->size(), 2);
    }

    void csvExportIsSafeForSpreadsheets()
    {
        QVERIFY(catalogue().livres().create(Catalogue::Catalogue::newBookValues(u"=HYPERLINK(\"http://x\")"_s)));
        QVERIFY(catalogue().livres().create(Catalogue::Catalogue::newBookValues(u"@SUM(A1)"_s)));
        QTemporaryDir dir;
        const auto exportText = [&](const Catalogue::ExportOptions &options) {
            const QString path = dir.filePath(u"export.csv"_s);
            auto written = Catalogue::Exporter(catalogue()).exportFile(path, options);
            QFile file(path);
            file.open(QIODevice::ReadOnly);
            return written ? file.readAll() : QByteArray();
        };
        const QByteArray safe = exportText({});
        QVERIFY2(safe.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), safe.constData());
        QVERIFY(safe.contains(",'@SUM(A1),"));
        const QByteArray raw = exportText({.raw = true});
        QVERIFY(raw.contains(",\"=HYPERLINK(\"\"http://x\"\")\","));
        const QByteArray excel = exportText({.excel = true});
        QVERIFY(excel.startsWith("\xEF\xBB\xBFID;Nom;"));
        // A raw export imports back to the same titles.
        QTemporaryDir again;
        const QString path = again.filePath(u"raw.csv"_s);
        QVERIFY(Catalogue::Exporter(catalogue()).exportFile(path, {.raw = true}));
        QVERIFY(catalogue().livres().destroy({.where = col(Livre::Id) > 0}));
        const ImportReport report = import(path);
        QVERIFY2(report.written, qPrintable(problemsText(report)));
        QVERIFY(!book(u"=HYPERLINK(\"http://x\")"_s).isNull());
    }

    void hostileFilesAreRefusedCleanly_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("fileError"); // else: refused rows
        QTest::newRow("billion laughs") << u"hostile/billion-laughs.xml"_s << true;
        QTest::newRow("external entity") << u"hostile/external-entity.xml"_s << true;
        QTest::newRow("10,000-deep XML") << u"hostile/deep.xml"_s << true;
        QTest::newRow("10,000-deep JSON") << u"hostile/deep.json"_s << false;
        QTest::newRow("400-digit number") << u"hostile/big-number.json"_s << false;
        QTest::newRow("JSON not an array") << u"hostile/not-array.json"_s << true;
        QTest::newRow("truncated JSON") << u"hostile/truncated.json"_s << true;
        QTest::newRow("unterminated quote") << u"hostile/unterminated.csv"_s << true;
        QTest::newRow("ragged rows") << u"hostile/ragged.csv"_s << false;
        QTest::newRow("NUL byte") << u"hostile/nul.csv"_s << false;
    }

    void hostileFilesAreRefusedCleanly()
    {
        QFETCH(QString, file);
        QFETCH(bool, fileError);
        QVERIFY(catalogue().livres().create(Catalogue::Catalogue::newBookValues(u"Déjà là"_s)));
        const ImportReport report = import(fixture(file));
        QVERIFY(!report.written);
        QCOMPARE(!report.fileError.isEmpty(), fileError);
        if (!fileError)
            QVERIFY2(report.refused > 0, qPrintable(problemsText(report)));
        QCOMPARE(books(), 1);
    }

    void hugeFieldIsARowError()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"huge.csv"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Nom,Annee,NbPages\n\"");
        file.write(QByteArray(10 * 1024 * 1024, 'x'));
        file.write("\",2000,10\nBon,2000,10\n");
        file.close();
        const ImportReport report = import(file.fileName());
        QCOMPARE(report.refused, 1);
        QVERIFY(report.problems.value(0).message.contains(u"longer than"_s));
        QCOMPARE(report.problems.value(0).line, 2);
        QCOMPARE(books(), 0);
    }

    void invalidUtf8IsReadAsWindows1252()
    {
        const ImportReport report = import(fixture(u"hostile/invalid-utf8.csv"_s));
        QVERIFY2(report.written, qPrintable(problemsText(report)));
        QCOMPARE(report.encoding, u"Windows-1252"_s);
        QVERIFY(!book(u"Café crème"_s).isNull());
    }
};

QTEST_GUILESS_MAIN(TestTransfer)
#include "tst_transfer.moc"
