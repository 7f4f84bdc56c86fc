#pragma once

#include <catalogue/catalogue.h>
#include <catalogue/transfer.h>

#include <QCoreApplication>

namespace Catalogue {

// Writes the books of a catalogue (all, or those matching a search) to a file: CSV (safe to open in a spreadsheet
// unless raw), JSON (every column, contributors in order, identifiers: an import into an empty catalogue gives
// the same books) or ONIX 3.0 (reference tags, valid against EDItEUR's XSD). Streams pages of books in ID order;
// the file is replaced only once complete (QSaveFile). Runs on the calling thread's connection.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    explicit Exporter(const Catalogue &catalogue) : m_catalogue(catalogue) { }

    // What was written; an error (the file cannot be written, a database failure) leaves no file behind.
    [[nodiscard]] Orm::Result<ExportReport> exportFile(const QString &path, const ExportOptions &options = {}) const;

private:
    Catalogue m_catalogue;
};

} // namespace Catalogue
