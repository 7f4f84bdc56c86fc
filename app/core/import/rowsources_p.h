#pragma once

//  Not part of the API: the files an import reads, row by row (see columnmapping_p.h for the four parts of the
//  import).

#include "import/bookrow_p.h"

#include <catalogue/transfer.h>

#include <QString>

#include <memory>

class QFile;

namespace Catalogue::Import {

// The source of rows: a file in one of the formats.
class RowSource
{
public:
    virtual ~RowSource() = default;
    // The next row; false at the end, or on an error of the file (error()).
    virtual bool next(BookRow &row) = 0;
    virtual QString error() const = 0;
};

// The format of an open file: as given, or JSON and XML by their first character; anything else is CSV (Auto:
// its header then tells the dialect).
TransferFormat fileFormat(QFile &file, TransferFormat given);

// The rows of an open file in a format (fileFormat()'s); a CSV source fills the report's format, encoding and
// delimiter. Its error() tells when the file cannot be read at all.
std::unique_ptr<RowSource> rowSource(QFile &file, TransferFormat format, const ImportOptions &options,
                                     ImportReport &report);

} // namespace Catalogue::Import
