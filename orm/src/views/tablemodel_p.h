#pragma once

//  Not part of the API.

#include "views/tablekeys_p.h"

#include <orm/fulltextindex.h>
#include <orm/model.h>
#include <orm/tablemodel.h>

#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

// How the adapter finds a row, and why.
//
// Measured on a SQLite file of a million books (2 cores, warm cache), a screen of 50 rows read at a random
// position with LIMIT/OFFSET costs what skipping the rows before it costs: 58 ms at the middle, growing with the
// position, against the 5 ms a screen may take. Keyset pagination (WHERE (Nom, ID) > (?, ?)) is as fast as a
// screen gets, but only from a known neighbour: a scroll bar dragged to 73 % has none. So the adapter keeps the
// ordered primary keys of the whole result, read in one query (SELECT ID ... ORDER BY Nom, ID: 90 to 210 ms
// through an index for a million rows, into 8 MB), and reads a page by its keys (WHERE ID IN (...): 0.4 ms for
// 128 rows wherever it is). Opening and the first and last screens need no key list: the count and a LIMIT query
// from either end (1 ms) give them, so the key list is read only when a view reaches past the first or last four
// pages. Ordered by the primary key alone, the keys are read without ORDER BY (SQLite then scans the smallest
// index, 90 ms, instead of the table, 450 ms) and sorted in memory (10 ms). A sort needs no key list either,
// unless a view holds on to rows (its current row, its selection): then the new order's keys tell where they went.
// In primary key order (the usual one), a page past the first four that follows a row already read is read beside
// it (WHERE ID > ? ORDER BY ID LIMIT n: as fast as the first page), so paging down or up needs no key list either;
// reading it whole cost the first scroll past the fourth page 130 ms at a million books. Only a jump far from any
// row read needs it. rowOf() asks the database before reading the key list: a row the result does not hold is one
// indexed lookup, and in a search in key order the index counts the matches before it (at worst what the search's
// count costs), where the key list of "h" took 190 ms after each letter typed.
//
// On PostgreSQL the keys come through the connection a row at a time (a million in about as long as SQLite takes to
// read them and more under load), so a sort that must tell where a view's current row went counts the rows before
// it instead (one indexed count per row held, for up to 8 rows; the catalogue's PostgreSQL indexes end with the
// key for that). See bench/README.md, "The window on the server".
//
// A search with a full-text index and the primary key order asks the index alone: its count (1 to 80 ms for a
// million books, the most for a one-letter prefix that half the rows match) and its first or last keys in order
// (1 ms). In another order, or with a filter, the result is the ordered keys of the unsearched result (read once,
// and kept while the user types) that the index also matches (80 ms for the 543,000 matches of "h", 10 ms for the
// 11,000 of "harry"), which gives the count and every position at once.

namespace Orm {

constexpr qint64 Unknown = KeyCodec::Unknown;
// Rows within this many pages of either end are read by a LIMIT query, without the key list.
constexpr int endPages = 4;

// Where the database's hooks meet an adapter: the hooks hold it weakly, the adapter clears target when it goes.
struct ChangeChannel
{
    QMutex mutex;
    TableModel *target = nullptr;
    QThread *thread = nullptr;
    QString table;
    std::atomic<int> ownWrites{0}; // the adapter's own writes under way (on its thread): their echo is ignored
};

// A change made through the ORM, as the hooks saw it.
struct Change
{
    bool inPlace = false; // an update of a stored row: only these attributes changed
    QVariantList key;
    QStringList attributes;
};

class TableModelPrivate
{
public:
    struct Column
    {
        QString attribute;
        QString header;
        int index = -1; // in owner's attributes
        bool editable = false;
        const ModelDefinition *owner = nullptr; // the model, or the model a belongsTo chain leads to
        QStringList path; // that chain's aliases ("Editeur", "Pays" for "Editeur.Pays.Nom"); empty for the model's
        const Attribute &attribute_() const { return owner->attribute(index); }
        // The value of the column in a row: the included row's when the column comes from an association.
        QVariant valueIn(const Instance &row) const
        {
            if (path.isEmpty())
                return row.get(attribute);
            Instance related = row;
            for (const QString &as : path)
                related = related.relatedOne(as);
            return related.get(owner->attribute(index).name);
        }
    };
    struct Entry
    {
        Instance instance;
        quint64 used = 0;
    };
    // How the rows of the current result are found.
    enum class Source {
        Table, // count, LIMIT queries from either end, the key list when needed
        SearchByKey, // a search in primary key order: the full-text index alone
        KeyList, // every key computed up front (a search in another order, or with a filter)
    };

    TableModelPrivate(TableModel *q, const Model &model);

    const ModelDefinition &definition() const { return model.definition(); }
    Status setColumns(const QList<TableColumn> &list);
    Where where() const;
    bool isPlain() const;
    QList<Order> order(bool reverse = false) const;
    std::optional<bool> keyOrderDescending() const;
    bool usesIndex() const;
    Status findIndex();
    QSet<QString> layoutAttributes() const;

    // Reading.
    // Count and source of the current options; no signal. A count known for the same rows (a sort) is not asked
    // again.
    Status prepare(std::optional<qint64> knownCount = std::nullopt);
    Result<std::vector<qint64>> tableKeys(const Where &condition);
    Result<std::vector<qint64>> readAllKeys();
    Status loadAllKeys();
    Status readEnd(bool tail, qsizetype from, qsizetype to);
    qsizetype knownBeside(qsizetype pageStart, qsizetype pageEnd) const;
    Status readBeside(qsizetype known, qsizetype to);
    Result<std::optional<qsizetype>> locate(qint64 code);
    Result<std::optional<qsizetype>> countPosition(qint64 code);
    Result<bool> placeByCount(const std::vector<qint64> &followed, QHash<qint64, qsizetype> &places);
    bool ensureKnown(qsizetype row);
    Status readPage(qsizetype page);
    const Instance *row(qsizetype row);
    void evict();
    void cache(const Instance &instance);
    qint64 keyOf(const Instance &instance) { return codec.encode(instance.primaryKey()); }
    Where keysWhere(const std::vector<qint64> &codes) const;
    Result<Column> includedColumn(const TableColumn &column) const;
    QList<Include> includes() const;
    void reportError(const Error &error);

    // Showing.
    QVariant display(const QVariant &value, const Attribute &attribute) const;
    QVariant input(const QVariant &value, const Attribute &attribute) const;

    // A model reset to the current options, reading what they need (the unsearched keys kept while typing stay).
    Status reset();

    // Changes.
    void connectHooks();
    void disconnectHooks();
    void onChange(const Change &change);
    void scheduleRefresh();
    void watch();
    void onReconnected();
    static void queueToAdapter(const std::weak_ptr<ChangeChannel> &weak,
                               const std::function<void(TableModelPrivate *)> &work);
    void onNotification(const QString &payload);
    void poll();
    Status applyRefresh(std::vector<qint64> fresh);
    void reportEditError(int row, const Error &error, const QString &fallbackAttribute);

    TableModel *q;
    Model model;
    Database database;
    KeyCodec codec;
    QList<Column> columns;
    FindOptions base;
    Where filter;
    QString search;
    int sortColumn = -1;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    QVariantMap defaults;
    QLocale locale;
    bool selected = false;

    Source source = Source::Table;
    FullTextIndex index;
    bool indexLooked = false;
    std::vector<qint64> keys; // one per row; Unknown until read
    bool allKeys = false;
    std::optional<std::vector<qint64>> baseKeys; // the unsearched result of a KeyList search, kept while typing

    QHash<qint64, Entry> entries;
    quint64 clock = 0;
    int pageSize = 128;
    int cacheLimit = 8192;
    QHash<std::pair<qint64, int>, QString> errors; // refused values by (key, column)

    Error lastError;
    std::shared_ptr<ChangeChannel> channel;
    QString hookName;
    int connectionObserver = 0;
    QTimer refreshTimer;
    QTimer pollTimer;
    qint64 dataVersion = -1;
    bool autoRefresh = true;
    bool listening = false;
};

} // namespace Orm
