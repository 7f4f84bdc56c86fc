#pragma once

#include <catalogue/catalogue.h>
#include <orm/where.h>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace Catalogue {

// The file formats of import and export. Auto: from the file's header (import) or its suffix (export).
enum class TransferFormat { Auto, Csv, Goodreads, Calibre, Goodbooks, Json, Onix };

// "auto", "csv", "goodreads", "calibre", "goodbooks", "json", "onix", and back (nothing for another name).
QString formatName(TransferFormat format);
std::optional<TransferFormat> formatFromName(const QString &name);

// What an import does with a book already in the catalogue (same ID, same ISBN-13, else the same normalised
// title, author and publisher).
enum class OnDuplicate { Skip, Update, Add };
std::optional<OnDuplicate> onDuplicateFromName(const QString &name);

struct ImportOptions
{
    TransferFormat format = TransferFormat::Auto;
    bool dryRun = false; // everything is checked and nothing is written
    bool skipInvalid = false; // refused rows are reported and the others imported (else: all or nothing)
    OnDuplicate onDuplicate = OnDuplicate::Skip;
    qsizetype batchSize = 1000; // rows read, checked and written at a time
    std::function<void(qint64 rowsRead)> progress; // after each batch
    // After each batch, just before progress, with how far into the file it is (for a progress bar).
    std::function<void(qint64 bytesRead, qint64 bytesTotal)> fileProgress;
    const std::atomic_bool *cancel = nullptr; // set: the import stops and nothing is written
    // CSV, as a person chose them over what was detected: the encoding ("UTF-8", "UTF-16LE", "UTF-16BE",
    // "Windows-1252"; empty: detected), the delimiter (null: detected) and where each column of the file goes, one
    // target name per column of the header (see importTargets(); empty: the format's own mapping).
    QString encoding;
    QChar delimiter;
    QStringList mapping;
    // What an undo of the import needs (ImportReport::addedIds, updatedBefore): kept only when asked.
    bool keepUndo = false;
};

// Where a column of a CSV file can go: "" (ignored), a Livres column's name, or one of "authors" (several names
// in one field), "additional-authors", "isbn" (ISBN-10 or -13, checked, stored as ISBN-13), "isbn13-number"
// (goodbooks' float, used when the ISBN is empty), "goodreads" (a Goodreads id), "identifiers" (Calibre's
// "isbn:…,goodreads:…"), "year-of-date" (a date whose year goes to Annee), "year-fallback" (a year used when
// Annee is empty), "cover-url" (an image address, kept unless a placeholder), "tags" (the first is the genre).
QStringList importTargets();

// The first rows of a file as an import would read them, before anything is written: for a person to check the
// detected format and mapping (and change them: preview() again with ImportOptions::encoding, delimiter, mapping).
struct ImportPreview
{
    TransferFormat format = TransferFormat::Auto; // as detected (or as given)
    QString encoding; // CSV
    QString delimiter; // CSV: "," ";" or "tab"
    QStringList header; // CSV: the file's first row
    QStringList mapping; // CSV: the target of each column (importTargets())
    QList<QStringList> rows; // CSV: the fields of the first rows, as read
    QList<qint64> lines; // the file's line where each of those rows starts
    QString error; // the file cannot be read, or the mapping gives no title (the import would refuse it)
};

// One line of an import's report: a refused row (refused == true) or a remark on a row that was imported anyway
// (a cover that could not be read, say). line is the file's line (CSV, JSON, ONIX) where the row starts; 0 for
// the whole file.
struct ImportProblem
{
    qint64 line = 0;
    QString column;
    QString value;
    QString message;
    bool refused = true;
};

struct ImportReport
{
    TransferFormat format = TransferFormat::Auto; // as detected
    QString encoding; // CSV
    QString delimiter; // CSV
    qint64 rows = 0; // read
    qint64 added = 0;
    qint64 updated = 0;
    qint64 duplicatesSkipped = 0;
    qint64 duplicatesAdded = 0;
    qint64 refused = 0;
    QList<ImportProblem> problems; // the first 100,000
    qint64 problemsDropped = 0; // beyond those
    QString fileError; // the file could not be read to its end: nothing was written
    bool cancelled = false;
    bool written = false; // the changes were committed
    bool indexesDeferred = false; // a large file: the indexes of Livres were made again after its rows (SQLite)
    // With ImportOptions::keepUndo: the IDs of the books added, in order, and each updated book as it was before
    // (in the order of the updates: a book updated twice appears twice, its first record being the original).
    QVariantList addedIds;
    QList<BookRecord> updatedBefore;
};

struct ExportOptions
{
    TransferFormat format = TransferFormat::Auto; // Auto: from the suffix (.csv, .json, .xml/.onix)
    QString search; // only books whose title, author or publisher contains it (any case)
    bool raw = false; // CSV: values exactly as stored (no spreadsheet guard)
    bool excel = false; // CSV: UTF-8 with a BOM, ';' and decimal commas, for French Excel
    QString coversDir; // covers written there and referenced relatively to the file; empty: references kept
    Orm::Where where; // only the books that also meet it (a window's filter); empty: no condition
    std::function<void(qint64 booksWritten)> progress;
};

struct ExportReport
{
    TransferFormat format = TransferFormat::Auto;
    qint64 books = 0;
    qint64 covers = 0; // image files written
    QStringList warnings;
};

} // namespace Catalogue
