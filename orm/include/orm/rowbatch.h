#pragma once

#include <orm/model.h>

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <type_traits>
#include <utility>

namespace Orm {

// Rows for Model::insertRows(): each row's values given by position, against one list of attribute names, instead
// of a QVariantMap per row. A buffer to fill, insert and fill again: insertRows() takes its rows out and leaves it
// empty, with its columns, ready for the next batch, so that memory stays that of one batch however many rows go
// through it. When insertRows() gives back keys only, the rows' value lists come back to the batch, emptied, and the
// next rows are written into them: the memory of a batch is reused, not released and asked for again. Not shared
// between threads.
class RowBatch
{
    template<typename... Values>
    static constexpr bool IsOneList = sizeof...(Values) == 1
            && (std::is_same_v<std::remove_cvref_t<Values>, QVariantList> && ...);

public:
    // Rows of model carrying these attributes; every other attribute gets its default, as Model::build() gives it.
    // An unknown or repeated name makes the batch refused by insertRows() (see problem()).
    RowBatch(const Model &model, const QStringList &columns);

    const QStringList &columns() const { return m_columns; }
    qsizetype size() const { return m_rows.size(); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    // Why insertRows() will refuse the batch (a bad column list, a row with the wrong number of values); empty
    // when it will not.
    QString problem() const { return m_problem; }

    // Appends a row: one value per column, in the order of columns(). Values given as temporaries are moved in.
    // (A single QVariantList is the row itself: the overload below.)
    template<typename... Values>
    void addRow(Values &&...values) requires(!IsOneList<Values...>)
    {
        QVariant *row = appendRow(sizeof...(Values));
        qsizetype column = 0;
        (setValue(row, column++, QVariant(std::forward<Values>(values))), ...);
    }
    // The same, from a list of the values.
    void addRow(const QVariantList &values);
    // The same, the values taken rather than copied.
    void addRow(QVariantList &&values);
    // Drops the rows (and the problem of a row), keeps the columns and the memory of the row list.
    void clear();

private:
    friend class Model;
    // A new row of nulls, one per attribute of the model, or nullptr when count is not the number of columns (the
    // row is then left out and the batch refused).
    QVariant *appendRow(qsizetype count);
    // Takes back a row's value list once its row is written, for a row to come (see above).
    void reuse(QVariantList &&values);
    void setValue(QVariant *row, qsizetype column, QVariant &&value)
    {
        if (row)
            row[m_indexes.at(column)] = std::move(value);
    }

    Model m_model;
    QStringList m_columns;
    QList<int> m_indexes; // each column's attribute index
    qsizetype m_attributeCount = 0;
    QList<QVariantList> m_rows; // one value per attribute of the model, by attribute index
    QList<QVariantList> m_spare; // value lists given back by reuse(), all null, for the next rows
    QString m_problem;
    bool m_rowProblem = false; // m_problem is a row's, which clear() forgets
};

} // namespace Orm
