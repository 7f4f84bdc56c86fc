#pragma once

#include <orm/error.h>
#include <orm/findoptions.h>
#include <orm/instance.h>
#include <orm/model.h>

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>
#include <QString>
#include <QVariantMap>

#include <memory>

namespace Orm {

class TableModelPrivate;

// One column of a TableModel: an attribute of the model, under a header.
struct TableColumn
{
    // An attribute of the model, or of a model its belongsTo associations lead to: "Editeur.Nom", nested
    // "Editeur.Pays.Nom". Such a column is joined (it sorts and filters in the database) and read-only.
    QString attribute;
    // What the horizontal header shows; the attribute's name when empty. Give it translated (tr()): it is shown as
    // given.
    QString header;
};

// An editable Qt table model of the rows of an ORM model, for QTableView and QDataWidgetMapper, that stays fast
// and small at a million rows:
// - rowCount() is exact as soon as select() returns. Rows are read a page at a time (pageSize()) when a view
//   asks for them, and at most cacheLimit() of them are kept, wherever the view scrolls. Beyond the first and last
//   pages the ordered primary keys of the whole result are kept in memory (8 bytes a row), so that any row is one
//   short query away; in primary key order, a view paging down or up reads each page beside the rows before it,
//   without them.
// - sort() orders in the database, by the column then by the primary key. setFilter() adds a Where to the base
//   options' one; setSearch() keeps the rows holding every word typed as the start of a word, through the table's
//   FullTextIndex when it has one (accents and case ignored), otherwise through a case-insensitive LIKE on the
//   text columns shown.
// - setData() saves through the ORM (Instance::set then save, with validation and hooks, in a transaction). A
//   refused value leaves the row as it was; editFailed() reports it, and ErrorRole and ToolTipRole show its message
//   on the cell until a value is accepted. insertRows(), insertInstance() and removeRows() also go through the ORM.
// - Changes made elsewhere in this program through the same Database (another adapter, a form, an import) reach
//   the adapter through the database's hooks once committed: a row changed in place is read again, anything else
//   refreshes. refresh() picks up changes made by other programs, keeping each row's identity: persistent indexes
//   (the current row, the selection) follow their primary key. It runs by itself when the database tells of others'
//   commits (PostgreSQL's NOTIFY, see ChangeFeed; SQLite's data_version, polled), unless autoRefresh is off.
// Rows inserted by the adapter stay where they were inserted until the next select(), sort() or refresh().
// Belongs to the thread that created it and reads on that thread's connection. A query it runs by itself (when a
// view asks for rows, or on a refresh) that fails is reported by queryFailed() and lastError().
class TableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        InstanceRole = Qt::UserRole + 1, // the row's Orm::Instance
        ErrorRole, // the message of the value last refused in the cell; invalid when none
        KeyRole, // the row's primary key (a QVariantList for a composite key)
    };
    Q_ENUM(Role)

    // Every attribute of the model as a column, in definition order, under its name. Nothing is read until
    // select().
    explicit TableModel(const Model &model, QObject *parent = nullptr);
    ~TableModel() override;

    Model model() const;

    // The columns, in order. An unknown attribute is an InvalidQuery error and changes nothing. Resets the model.
    [[nodiscard]] Status setColumns(const QList<TableColumn> &columns);
    QList<TableColumn> columns() const;
    // The column that shows the attribute, or -1.
    int columnOf(const QString &attribute) const;

    // What every query starts from: base.where (always applied), base.order (the order while no column is sorted;
    // default: the primary key), base.paranoid and base.include (belongsTo associations only, which the where and
    // order may then name); the other members are ignored. Resets the model.
    [[nodiscard]] Status setBaseOptions(const FindOptions &base);
    // A condition added to the base one (a filter bar's). Resets the model.
    [[nodiscard]] Status setFilter(const Where &where);
    Where filter() const;
    // Keeps the rows that hold every word of text as the start of a word; an empty text (or one without any
    // word) searches nothing. Resets the model.
    [[nodiscard]] Status setSearch(const QString &text);
    QString search() const;
    // Sorts by the column (-1: the base order) in the database. Persistent indexes follow their rows.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;

    // Counts the rows and resets the model: the first read, or a fresh start.
    [[nodiscard]] Status select();
    // Reads the result anew for changes made by others: rows that left it are removed, new ones inserted, moved
    // ones moved, and persistent indexes follow their primary key; then every row is read again as views ask.
    [[nodiscard]] Status refresh();
    void setAutoRefresh(bool enabled);
    bool autoRefresh() const;

    // The row's instance, read if needed; a null Instance when the row is out of range or cannot be read.
    Instance instance(int row) const;
    // The row showing the instance with that primary key (a QVariantList for a composite key), or -1. May read
    // the key list (not when the row is not in the result, nor in a search in key order).
    int rowOf(const QVariant &key) const;
    // Saves the instance through the ORM (validation, hooks; an unchanged stored instance is not written) and
    // shows it at row (-1: after the last row). Returns its row, or the error that refused it (nothing changes).
    [[nodiscard]] Result<int> insertInstance(Instance instance, int row = -1);
    // The values new rows of insertRows() start with, beyond the attributes' defaults.
    void setDefaultValues(const QVariantMap &values);
    QVariantMap defaultValues() const;

    // How many rows one query reads (default 128); changing it empties the cache.
    void setPageSize(int rows);
    int pageSize() const;
    // The most rows kept in memory (default 8192, at least two pages); the least recently used go first.
    void setCacheLimit(int rows);
    int cacheLimit() const;
    // How many rows are kept now.
    int cachedRows() const;
    // Whether the ordered primary keys of the whole result are in memory.
    bool hasAllKeys() const;

    // The locale numbers and dates are shown (DisplayRole) and read (setData() of text) in; default QLocale().
    void setLocale(const QLocale &locale);
    QLocale locale() const;

    // The error of the last operation of the adapter that failed.
    Error lastError() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setHeaderData(int section, Qt::Orientation orientation, const QVariant &value,
                       int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Creates count rows through the ORM (the defaults and defaultValues(), validated, with hooks) in one
    // transaction, shown from row on; false when one is refused (editFailed() says why) and nothing is created.
    bool insertRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    // Destroys the rows' instances through the ORM (hooks; soft delete on a paranoid model) in one transaction;
    // false when one is refused, and then none is destroyed.
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // A value, a new row or a removal was refused: the cell (column -1 when no column shows the attribute, row -1
    // for rows not shown yet), the attribute (empty when the error names none) and the message for a person.
    void editFailed(int row, int column, const QString &attribute, const QString &message);
    // A query the adapter ran by itself failed.
    void queryFailed(const Orm::Error &error);

private:
    friend class TableModelPrivate;
    std::unique_ptr<TableModelPrivate> d;
};

} // namespace Orm
