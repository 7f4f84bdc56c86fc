#pragma once

//  Not part of the API: one row of an imported file on its way into the catalogue, and how each field of the file
//  sets it (see columnmapping_p.h for the four parts of the import).

#include "import/columnmapping_p.h"

#include <catalogue/contributeurs.h>
#include <catalogue/transfer.h>

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <utility>

namespace Catalogue::Import {

// The bit of a position of livreColumns() in BookRow::given.
constexpr quint64 bit(int position)
{
    return quint64(1) << position;
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

// Sets a Livres column (by its position in livreColumns(), or by name) from a field's text: a number read as
// people write it, a text as it is; a problem for the row when it is not what the column holds.
void setColumn(BookRow &row, int column, const QString &header, const QString &text);
void setColumn(BookRow &row, const QString &column, const QString &header, const QString &text);
// An ISBN-10 or -13, checked and kept as ISBN-13 (the first one given); a problem for the row when invalid.
void addIsbn(BookRow &row, const QString &header, const QString &text);
// An identifier of a kind (an ISBN goes through addIsbn()); the first value of each kind is kept.
void addIdentifier(BookRow &row, const QString &header, const QString &kind, const QString &value);
// Applies one field of a CSV row (or a JSON member given as text) to the row; position is the mapping's column's
// in livreColumns().
void applyField(BookRow &row, const Mapping &mapping, int position, const QString &header, const QString &text);
// The key of a book without an ISBN: its title, author and publisher, folded (case, accents, punctuation).
QString bookKey(const QVariant &nom, const QVariant &auteur, const QVariant &edition);

} // namespace Catalogue::Import
