#pragma once

#include <catalogue/catalogue.h>
#include <catalogue/transfer.h>

#include <QCoreApplication>

namespace Catalogue {

// Imports books from a file (CSV and its known dialects, JSON, ONIX 3.0) into a catalogue, streaming: rows are
// read, checked and written in batches, so memory does not grow with the file. Atomic unless skipInvalid: every
// row valid, or nothing written; the report lists each refused row (line, column, value, the rule's message).
// Covers named in the file are read relative to the file's folder, never outside it. The whole import is one
// transaction (a dry run rolls it back). Runs on the calling thread's connection.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    explicit Importer(const Catalogue &catalogue) : m_catalogue(catalogue) { }

    // The report, whether or not anything was written (see ImportReport::written); a file that cannot be read is
    // ImportReport::fileError. An error is a database failure, and then nothing was written either.
    [[nodiscard]] Orm::Result<ImportReport> importFile(const QString &path, const ImportOptions &options = {}) const;

    // The first rows of the file, read as importFile() would read them with these options (format, encoding,
    // delimiter, mapping), and the mapping it would use; nothing is written and the database is not asked.
    static ImportPreview preview(const QString &path, const ImportOptions &options = {}, int rows = 20);

private:
    Catalogue m_catalogue;
};

} // namespace Catalogue
