#pragma once

//  Not part of the API.

#include <orm/error.h>

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

namespace Orm {

// Receives the rows of a statement one at a time, as they are read, in a list that the next row overwrites: it may
// move values or the whole list out of it. Returning an error stops the statement. It must not run SQL itself.
using RowVisitor = std::function<Status(QVariantList &row)>;
// Gives the bindings of one row, as pointers to values that stay as they are until the next call (the list is
// reused from one row to the next).
using BindingSource = std::function<Status(qsizetype row, QList<const QVariant *> &bindings)>;
// The INSERTs of insertEach(): one of a single row, and one of perBatch rows (empty when rows go one by one).
struct InsertStatements
{
    QString table; // where they insert
    QString row;
    QString batch;
    qsizetype perBatch = 1;
    // Whether insertEach() gives each row's rowid (a batch's told from its last one, and made sure of); false when
    // the caller does not want the keys: each is given as 0, and a trigger may insert into the table meanwhile.
    bool rowids = true;
};

} // namespace Orm
