#pragma once

//  Not part of the API: where each column of an imported file goes. The import is in four parts: the columns
//  (columnmapping.cpp), the values of a row (bookrow.cpp), the files read row by row (rowsources.cpp), and the
//  checks and writes (importer.cpp).

#include <catalogue/transfer.h>
#include <orm/error.h>

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Catalogue::Import {

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

// The columns of Livres in the model's order (Livre::attributes()): a row's values are kept by position, as
// Orm::Model::validateRows() and Orm::RowBatch take them, without a map per row.
const QStringList &livreColumns();
// The position of a Livres column in livreColumns(), or -1.
int at(const QString &column);

// The letters and digits of a text, lowered, without their accents: how headers and duplicates are compared.
QString folded(const QString &text);

// Our own header (the seed's columns, their English aliases, ISBN, Goodreads id) column by column.
Mapping ownMapping(const QString &header);
// The CSV dialect a header shows (Goodreads, goodbooks, Calibre), or Csv.
TransferFormat detectCsvDialect(const QStringList &header);
// The names of the targets that are not a Livres column, as ImportOptions::mapping gives them.
const QList<std::pair<Target, QString>> &targetNames();
QString targetName(const Mapping &mapping);
QList<Mapping> csvMapping(TransferFormat format, const QStringList &header);
Orm::Result<QList<Mapping>> chosenMapping(TransferFormat format, const QStringList &header, const QStringList &given);

} // namespace Catalogue::Import
