#include "testdatabase.h"

#include <orm/fulltextindex.h>
#include <orm/model.h>
#include <orm/transaction.h>

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QLineF>
#include <QMutex>
#include <QSet>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <functional>
#include <optional>

using namespace Orm;
using namespace Qt::StringLiterals;

// The ORM's fast paths give the answers of the general ones, on every dialect: bulkCreate's keys read as SQLite
// rowids (in a multi-row INSERT, the rowids before the last one: its rows keep their converted values apart, and it
// is used only where no trigger can take rowids in between), its rows built through the keys of the row before and
// validated as they are built, its ints widened in place; text encoded to UTF-8 eight units at a time, and text
// that no database can hold refused (when it is bound, too); findByPk's kept statement, and the texts that the rows
// of a SQLite result share. Each test fails if its path is wrong, or gone where it is checked to be taken.
class TestFastPaths : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestDatabase> m_db;
    QStringList m_statements; // every statement sent since init() (Database::setLogger)
    Model m_books; // the id is the table's INTEGER PRIMARY KEY AUTOINCREMENT on SQLite
    Model m_genres; // a text primary key

    Database &db() { return m_db->database(); }
    bool isSqlite() { return db().dialect().kind() == Dialect::Kind::Sqlite; }

    Model define(const QString &name, const QList<Attribute> &attributes, const ModelOptions &options)
    {
        return Test::defineAndSync(db(), name, attributes, options);
    }

    // The INSERT statements sent into a table since init().
    QStringList insertsInto(const QString &table) const
    {
        const QString start = u"INSERT INTO \"%1\""_s.arg(table);
        QStringList found;
        for (const QString &sql : m_statements) {
            if (sql.trimmed().startsWith(start, Qt::CaseInsensitive))
                found << sql;
        }
        return found;
    }

    static QList<QVariantMap> titles(const QString &prefix, int count)
    {
        QList<QVariantMap> rows;
        for (int i = 0; i < count; ++i)
            rows << QVariantMap{{u"title"_s, u"%1 %2"_s.arg(prefix).arg(i)}};
        return rows;
    }

    // The id the database holds for each title.
    QHash<QString, qlonglong> storedIds(const Model &model, const QString &text = u"title"_s)
    {
        QHash<QString, qlonglong> ids;
        auto all = model.findAll();
        if (!all)
            qFatal("%s", qPrintable(all.error().toString()));
        for (const Instance &row : std::as_const(*all))
            ids.insert(row.get(text).toString(), row.get(u"id"_s).toLongLong());
        return ids;
    }

    // A value read back against the value written: the same text, NULL as NULL, "" as an empty non-null text.
    static QByteArray textDifference(const QVariant &read, const QVariant &written)
    {
        const bool readNull = !read.isValid() || read.isNull();
        if (!written.isValid())
            return readNull ? QByteArray() : "NULL read back as \"" + read.toString().toUtf8() + '"';
        if (readNull)
            return "\"" + written.toString().toUtf8() + "\" read back as NULL";
        if (read.typeId() != QMetaType::QString)
            return "read back as a " + QByteArray(read.typeName());
        const QString text = read.toString();
        if (text.isNull())
            return "\"" + written.toString().toUtf8() + "\" read back as a null QString";
        if (text != written.toString())
            return "\"" + written.toString().toUtf8() + "\" read back as \"" + text.toUtf8() + '"';
        return {};
    }

    static const void *textData(const Instance &instance, const QString &attribute)
    {
        return instance.get(attribute).toString().constData();
    }

    // --- Texts: numbered rows, with nothing but the text to tell them apart ---

    Model defineTexts()
    {
        return define(u"Text"_s,
                      {{.name = u"n"_s, .type = DataType::integer(), .allowNull = false},
                       {.name = u"text"_s, .type = DataType::text()}},
                      {.tableName = u"Texts"_s, .timestamps = false});
    }

    // ASCII without NUL, starting at seed in a cycle of 36 units: a unit lost, doubled or moved changes the text.
    static QString ascii(qsizetype length, qsizetype seed = 0)
    {
        static constexpr char16_t units[] = u"abcdefghijklmnopqrstuvwxyz0123456789";
        QString text(length, Qt::Uninitialized);
        for (qsizetype i = 0; i < length; ++i)
            text[i] = QChar(units[(seed + i) % 36]);
        return text;
    }

    static QString character(char32_t code) { return QString::fromUcs4(&code, 1); }

    // A text for messages: every unit outside printable ASCII as \uXXXX.
    static QString escaped(const QString &text)
    {
        QString shown;
        for (const QChar c : text) {
            if (c.unicode() >= 0x20 && c.unicode() < 0x7f)
                shown += c;
            else
                shown += u"\\u%1"_s.arg(uint(c.unicode()), 4, 16, QChar(u'0'));
        }
        return shown;
    }

    // The bytes each row of "Texts" holds, in upper-case hexadecimal, by the row's "n" (on SQLite, a value held as
    // anything but TEXT gives its type instead).
    QHash<int, QString> storedUtf8()
    {
        const QString sql = isSqlite()
                ? u"SELECT \"n\", CASE typeof(\"text\") WHEN 'text' THEN hex(\"text\") ELSE typeof(\"text\") END "
                  "FROM \"Texts\""_s
                : u"SELECT \"n\", upper(encode(convert_to(\"text\", 'UTF8'), 'hex')) FROM \"Texts\""_s;
        auto rows = db().query(sql);
        if (!rows)
            qFatal("%s", qPrintable(rows.error().toString()));
        QHash<int, QString> bytes;
        for (const QVariantList &row : std::as_const(rows->rows))
            bytes.insert(row.value(0).toInt(), row.value(1).toString());
        return bytes;
    }

    // Why a write of text that no database can hold was not refused as such; empty when it was. expected is the
    // problem as textProblem() tells it ("a NUL character at position 3").
    template<typename T>
    static QString refusalProblem(const std::expected<T, Error> &result, const QString &expected)
    {
        if (result)
            return u"accepted"_s;
        const Error &e = result.error();
        if (e.kind() != Error::Kind::Validation)
            return u"refused as %1"_s.arg(e.toString());
        if (!e.message().contains(expected))
            return u"refused with \"%1\""_s.arg(e.message());
        if (e.items().isEmpty() || e.items().first().rule != u"storableText"_s)
            return u"refused without a storableText item: %1"_s.arg(e.message());
        return {};
    }

    // --- Items: rows whose maps carry different keys ---

    // Five attribute names of one length, so that a key taken for another of its length shows; "label" is stored
    // in the column "label_text"; "stock", "notes" and "ref" have defaults.
    Model defineItems()
    {
        return define(u"Item"_s,
                      {{.name = u"title"_s, .type = DataType::string()},
                       {.name = u"price"_s, .type = DataType::floating()},
                       {.name = u"stock"_s, .type = DataType::integer(), .defaultValue = 7},
                       {.name = u"label"_s, .type = DataType::string(), .field = u"label_text"_s},
                       {.name = u"notes"_s, .type = DataType::string(), .defaultValue = u"none"_s},
                       {.name = u"ref"_s, .type = DataType::uuid(), .defaultValue = DefaultValue::uuidV4()}},
                      {.tableName = u"Items"_s, .timestamps = false});
    }

    // Row i of a batch: keys missing in some rows and present in others, "label" given by its attribute's name or
    // by its column's, nulls, defaults kept or overridden (by a value or by null). The keys of every third row are
    // texts of their own, made at run time: they compare equal to the row before's keys, never identical.
    static QVariantMap itemRow(int i)
    {
        const bool fresh = i % 3 == 1;
        const auto key = [fresh](const QString &name) { return fresh ? QString::fromUtf8(name.toUtf8()) : name; };
        QVariantMap row{{key(u"title"_s), u"item %1"_s.arg(i)}};
        if (i % 2 == 0)
            row.insert(key(u"price"_s), i % 10 == 4 ? QVariant() : QVariant(i * 1.5));
        if (i % 3 == 0)
            row.insert(key(u"stock"_s), i % 9 == 6 ? QVariant() : QVariant(i));
        if (i % 4 == 0)
            row.insert(key(u"label"_s), u"by attribute %1"_s.arg(i));
        else if (i % 4 == 1)
            row.insert(key(u"label_text"_s), u"by column %1"_s.arg(i));
        if (i % 5 == 0)
            row.insert(key(u"notes"_s), u"note %1"_s.arg(i));
        else if (i % 5 == 3)
            row.insert(key(u"notes"_s), QVariant());
        return row;
    }

    // What row i holds once written (an invalid QVariant for NULL), "ref" aside.
    static QVariantMap itemExpected(int i)
    {
        QVariantMap expected{{u"title"_s, u"item %1"_s.arg(i)}};
        expected.insert(u"price"_s, i % 2 == 0 && i % 10 != 4 ? QVariant(i * 1.5) : QVariant());
        expected.insert(u"stock"_s, i % 3 != 0 ? QVariant(7) : i % 9 == 6 ? QVariant() : QVariant(i));
        QVariant label;
        if (i % 4 == 0)
            label = u"by attribute %1"_s.arg(i);
        else if (i % 4 == 1)
            label = u"by column %1"_s.arg(i);
        expected.insert(u"label"_s, label);
        QVariant notes = u"none"_s;
        if (i % 5 == 0)
            notes = u"note %1"_s.arg(i);
        else if (i % 5 == 3)
            notes = QVariant();
        expected.insert(u"notes"_s, notes);
        return expected;
    }

    // How an item differs from what row i should hold; empty when it does not.
    static QString itemDifference(const Instance &item, int i)
    {
        const QVariantMap expected = itemExpected(i);
        QStringList differences;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const QVariant read = item.get(it.key());
            const bool readNull = !read.isValid() || read.isNull();
            bool same = readNull == !it.value().isValid();
            if (same && !readNull) {
                if (it.key() == u"price"_s)
                    same = read.toDouble() == it.value().toDouble();
                else if (it.key() == u"stock"_s)
                    same = read.toLongLong() == it.value().toLongLong();
                else
                    same = read.typeId() == QMetaType::QString && read.toString() == it.value().toString();
            }
            if (!same)
                differences << u"%1 is %2 instead of %3"_s.arg(it.key(), read.toString(), it.value().toString());
        }
        if (QUuid::fromString(item.get(u"ref"_s).toString()).isNull())
            differences << u"ref is \"%1\", not a uuid"_s.arg(item.get(u"ref"_s).toString());
        return differences.join(u"; "_s);
    }

    // --- Rows validated by bulkCreate ---

    // A title that cannot be null, a stock of at least 0, a price of at most 100.
    Model defineStock()
    {
        return define(u"Stock"_s,
                      {{.name = u"title"_s, .type = DataType::string(), .allowNull = false},
                       {.name = u"stock"_s, .type = DataType::integer(), .validate = {Validator::min(0)}},
                       {.name = u"price"_s, .type = DataType::floating(), .validate = {Validator::max(100)}}},
                      {.tableName = u"Stocks"_s, .timestamps = false});
    }

    // Twelve rows "t 0" to "t 11", of which rows 2, 5, 6, 8 (twice) and 11 fail validation, with the failing
    // numbers as int, qlonglong and double.
    static QList<QVariantMap> stockRows()
    {
        QList<QVariantMap> rows;
        for (int r = 0; r < 12; ++r)
            rows << QVariantMap{{u"title"_s, u"t %1"_s.arg(r)}, {u"stock"_s, r}, {u"price"_s, r * 1.0}};
        rows[2][u"title"_s] = QVariant();
        rows[5][u"stock"_s] = -1;
        rows[6][u"stock"_s] = qlonglong(-3);
        rows[8][u"title"_s] = QVariant();
        rows[8][u"price"_s] = 150.5;
        rows[11][u"price"_s] = 101;
        return rows;
    }

    // The items of a validation error as "row:attribute:rule", sorted.
    static QStringList failures(const Error &error)
    {
        QStringList found;
        for (const ValidationItem &item : error.items())
            found << u"%1:%2:%3"_s.arg(item.row).arg(item.attribute, item.rule);
        found.sort();
        return found;
    }

    // --- Batches: the multi-row INSERTs of bulkCreate on SQLite ---

    // Numbered notes: the id is the table's INTEGER PRIMARY KEY AUTOINCREMENT on SQLite, the title is unique.
    Model defineNotes()
    {
        return define(u"Note"_s,
                      {{.name = u"title"_s, .type = DataType::string(), .allowNull = false, .unique = true},
                       {.name = u"n"_s, .type = DataType::integer()}},
                      {.tableName = u"Notes"_s, .timestamps = false});
    }

    static QList<QVariantMap> noteRows(const QString &prefix, int count)
    {
        QList<QVariantMap> rows;
        for (int i = 0; i < count; ++i)
            rows << QVariantMap{{u"title"_s, u"%1 %2"_s.arg(prefix).arg(i)}, {u"n"_s, i}};
        return rows;
    }

    // The INSERTs into a table since the log was last cleared that write more than one row.
    QStringList multiRowInsertsInto(const QString &table) const
    {
        QStringList found;
        for (const QString &sql : insertsInto(table)) {
            if (sql.contains(u"), ("_s))
                found << sql;
        }
        return found;
    }

    // Why the instances bulkCreate gives for rows, then the stored rows (read in order of the attribute named,
    // each under its created row's id), do not hold what difference() expects of row i; empty when they do. The
    // instances and the stored rows are handed back.
    static QString roundTripProblem(const Model &model, const QList<QVariantMap> &rows, const QString &order,
                                    const std::function<QString(const Instance &, int)> &difference,
                                    QList<Instance> &created, QList<Instance> &stored)
    {
        auto made = model.bulkCreate(rows);
        if (!made)
            return made.error().toString();
        if (made->size() != rows.size())
            return u"%1 instances for %2 rows"_s.arg(made->size()).arg(rows.size());
        for (int i = 0; i < rows.size(); ++i) {
            if (const QString diff = difference(made->at(i), i); !diff.isEmpty())
                return u"created row %1: %2"_s.arg(i).arg(diff);
        }
        auto read = model.findAll({.order = {asc(order)}});
        if (!read)
            return read.error().toString();
        if (read->size() != rows.size())
            return u"%1 rows stored for %2"_s.arg(read->size()).arg(rows.size());
        for (int i = 0; i < rows.size(); ++i) {
            if (const QString diff = difference(read->at(i), i); !diff.isEmpty())
                return u"stored row %1: %2"_s.arg(i).arg(diff);
            if (read->at(i).get(u"id"_s).toLongLong() != made->at(i).get(u"id"_s).toLongLong())
                return u"stored row %1: id %2, created as %3"_s.arg(i).arg(read->at(i).get(u"id"_s).toString(),
                                                                           made->at(i).get(u"id"_s).toString());
        }
        created = *made;
        stored = *read;
        return {};
    }

    // Why the instances that bulkCreate returned are not the rows stored under their ids (every attribute
    // compared, each id a row of its own); empty when they are.
    static QString storedProblem(const Model &model, const QList<Instance> &created)
    {
        QVariantList ids;
        QSet<qlonglong> distinct;
        for (const Instance &row : created) {
            ids << row.get(u"id"_s);
            distinct.insert(row.get(u"id"_s).toLongLong());
        }
        if (distinct.size() != created.size())
            return u"%1 distinct ids for %2 rows"_s.arg(distinct.size()).arg(created.size());
        auto stored = model.findAll({.where = col(u"id"_s).in(ids)});
        if (!stored)
            return stored.error().toString();
        QHash<qlonglong, Instance> byId;
        for (const Instance &row : std::as_const(*stored))
            byId.insert(row.get(u"id"_s).toLongLong(), row);
        for (qsizetype r = 0; r < created.size(); ++r) {
            const qlonglong id = created.at(r).get(u"id"_s).toLongLong();
            if (!byId.contains(id))
                return u"row %1: no row is stored under its id %2"_s.arg(r).arg(id);
            const QVariantMap mine = created.at(r).values();
            const QVariantMap theirs = byId.value(id).values();
            for (auto it = theirs.cbegin(); it != theirs.cend(); ++it) {
                const QVariant own = mine.value(it.key());
                const bool ownNull = !own.isValid() || own.isNull();
                const bool storedNull = !it.value().isValid() || it.value().isNull();
                if (ownNull != storedNull || (!ownNull && own != it.value()))
                    return u"row %1 (id %2): %3 is %4, the stored row's is %5"_s.arg(r).arg(id).arg(
                            it.key(), own.toString(), it.value().toString());
            }
        }
        return {};
    }

    // --- Long batches: many of SQLite's batches of 32 rows, and a remainder ---

    // Rows enough for a hundred batches and a remainder of single rows, stored in well under a second.
    static constexpr int longBatch = 3000;

    // Row i of a batch of books, and how a book differs from it (empty when it does not).
    static QVariantMap bookRow(int i) { return {{u"title"_s, u"Book %1"_s.arg(i)}, {u"price"_s, i * 0.25}}; }

    static QString bookDifference(const Instance &book, int i)
    {
        QStringList differences;
        if (book.get(u"title"_s).toString() != u"Book %1"_s.arg(i))
            differences << u"title is %1"_s.arg(book.get(u"title"_s).toString());
        if (book.get(u"price"_s).toDouble() != i * 0.25)
            differences << u"price is %1"_s.arg(book.get(u"price"_s).toString());
        return differences.join(u"; "_s);
    }

    // Valid rows of defineStock(): row r is "t r", of stock r and price r % 100 (as stockDifference() checks).
    static QList<QVariantMap> longStockRows(int count)
    {
        QList<QVariantMap> rows;
        rows.reserve(count);
        for (int r = 0; r < count; ++r)
            rows << QVariantMap{{u"title"_s, u"t %1"_s.arg(r)}, {u"stock"_s, r}, {u"price"_s, (r % 100) * 1.0}};
        return rows;
    }

    static QString stockDifference(const Instance &stock, int i)
    {
        QStringList differences;
        if (stock.get(u"title"_s).toString() != u"t %1"_s.arg(i))
            differences << u"title is %1"_s.arg(stock.get(u"title"_s).toString());
        if (stock.get(u"stock"_s).toLongLong() != i)
            differences << u"stock is %1"_s.arg(stock.get(u"stock"_s).toString());
        if (stock.get(u"price"_s).toDouble() != (i % 100) * 1.0)
            differences << u"price is %1"_s.arg(stock.get(u"price"_s).toString());
        return differences.join(u"; "_s);
    }

    // Why the rows of a table read in the order of their keys, after the first `before` ones, are not the
    // instances that bulkCreate gave, in their order: each created and each stored row as difference() expects
    // row r to be, under the created instance's key. Empty when they are.
    static QString storedInOrderProblem(const Model &model, const QList<Instance> &created,
                                        const std::function<QString(const Instance &, int)> &difference,
                                        qsizetype before = 0)
    {
        auto read = model.findAll({.order = {asc(u"id"_s)}});
        if (!read)
            return read.error().toString();
        if (read->size() != before + created.size())
            return u"%1 rows stored instead of %2"_s.arg(read->size()).arg(before + created.size());
        for (qsizetype r = 0; r < created.size(); ++r) {
            const Instance &mine = created.at(r);
            const Instance &theirs = read->at(before + r);
            if (const QString diff = difference(mine, int(r)); !diff.isEmpty())
                return u"created row %1: %2"_s.arg(r).arg(diff);
            if (const QString diff = difference(theirs, int(r)); !diff.isEmpty())
                return u"stored row %1: %2"_s.arg(r).arg(diff);
            if (mine.isNewRecord())
                return u"created row %1 is still a new record"_s.arg(r);
            if (mine.get(u"id"_s).toLongLong() != theirs.get(u"id"_s).toLongLong())
                return u"row %1: created as id %2, stored as id %3"_s.arg(r).arg(mine.get(u"id"_s).toString(),
                                                                                 theirs.get(u"id"_s).toString());
        }
        return {};
    }

public:
    // A trigger after each insert into "Notes" that inserts an echo of the row into "Notes" (not of an echo). On
    // SQLite, a TEMP trigger or one that names the table in other letters as asked; PostgreSQL has neither TEMP
    // triggers on a table that is not temporary nor names that differ by case only: its plain trigger stands for
    // all three.
    enum class Trigger { Plain, Temp, OtherCase };
    Q_ENUM(Trigger)

private:
    Status createEchoTrigger(Trigger trigger = Trigger::Plain)
    {
        QStringList sql;
        if (isSqlite()) {
            const QString create = trigger == Trigger::Temp ? u"CREATE TEMP TRIGGER"_s : u"CREATE TRIGGER"_s;
            const QString table = trigger == Trigger::OtherCase ? u"nOTES"_s : u"\"Notes\""_s;
            sql << create + u" \"echo\" AFTER INSERT ON "_s + table
                            + u" WHEN NEW.\"title\" NOT LIKE 'echo %' BEGIN INSERT INTO \"Notes\" (\"title\", \"n\") "
                              "VALUES ('echo ' || NEW.\"title\", NEW.\"n\" + 1000); END"_s;
        } else {
            sql << u"CREATE OR REPLACE FUNCTION \"echo\"() RETURNS trigger AS $$ BEGIN IF NEW.\"title\" NOT LIKE "
                   "'echo %' THEN INSERT INTO \"Notes\" (\"title\", \"n\") VALUES ('echo ' || NEW.\"title\", "
                   "NEW.\"n\" + 1000); END IF; RETURN NULL; END $$ LANGUAGE plpgsql"_s
                << u"CREATE TRIGGER \"echo\" AFTER INSERT ON \"Notes\" FOR EACH ROW EXECUTE FUNCTION \"echo\"()"_s;
        }
        return runAll(sql);
    }

    // A trigger on Books that silently skips a row titled "skip".
    Status createSkipTrigger()
    {
        if (isSqlite())
            return runAll({u"CREATE TRIGGER \"skipMarked\" BEFORE INSERT ON \"Books\" WHEN NEW.\"title\" = 'skip' "
                           "BEGIN SELECT RAISE(IGNORE); END"_s});
        return runAll({u"CREATE FUNCTION \"skipMarked\"() RETURNS trigger AS $$ BEGIN IF NEW.\"title\" = 'skip' "
                       "THEN RETURN NULL; END IF; RETURN NEW; END $$ LANGUAGE plpgsql"_s,
                       u"CREATE TRIGGER \"skipMarked\" BEFORE INSERT ON \"Books\" FOR EACH ROW "
                       "EXECUTE FUNCTION \"skipMarked\"()"_s});
    }

    Status runAll(const QStringList &statements)
    {
        for (const QString &statement : statements) {
            if (auto run = db().query(statement); !run)
                return std::unexpected(run.error());
        }
        return {};
    }

    Status dropEchoTrigger()
    {
        auto dropped = db().query(isSqlite() ? u"DROP TRIGGER \"echo\""_s : u"DROP TRIGGER \"echo\" ON \"Notes\""_s);
        if (!dropped)
            return std::unexpected(dropped.error());
        return {};
    }

    // --- Events: a value of every type that is converted before it is bound ---

    Model defineEvents()
    {
        return define(u"Event"_s,
                      {{.name = u"n"_s, .type = DataType::integer(), .allowNull = false},
                       {.name = u"day"_s, .type = DataType::dateOnly()},
                       {.name = u"at"_s, .type = DataType::date()},
                       {.name = u"time"_s, .type = DataType::time()},
                       {.name = u"done"_s, .type = DataType::boolean()},
                       {.name = u"data"_s, .type = DataType::json()},
                       {.name = u"ref"_s, .type = DataType::uuid()},
                       {.name = u"bytes"_s, .type = DataType::blob()}},
                      {.tableName = u"Events"_s, .timestamps = false});
    }

    static QDate eventDay(int i) { return QDate(2024, 1, 1).addDays(i); }
    static QDateTime eventAt(int i) { return QDateTime(QDate(2020, 6, 1), QTime(8, 0), Qt::UTC).addSecs(i * 3661); }
    static QTime eventTime(int i) { return QTime(0, 0).addSecs(i * 61); }
    static bool eventDone(int i) { return i % 3 == 0; }
    static QUuid eventRef(int i)
    {
        return QUuid::createUuidV5(QUuid::fromString(u"6ba7b810-9dad-11d1-80b4-00c04fd430c8"_s), u"event %1"_s.arg(i));
    }
    static QByteArray eventBytes(int i) { return "bytes " + QByteArray::number(i); }

    // Row i: every value its own, given in one of the forms each type converts from.
    static QVariantMap eventRow(int i)
    {
        const bool even = i % 2 == 0;
        return {{u"n"_s, i},
                {u"day"_s, even ? QVariant(eventDay(i)) : QVariant(eventDay(i).toString(Qt::ISODate))},
                {u"at"_s, eventAt(i)},
                {u"time"_s, eventTime(i)},
                {u"done"_s, even ? QVariant(eventDone(i)) : QVariant(eventDone(i) ? 1 : 0)},
                {u"data"_s, QVariantMap{{u"n"_s, i}, {u"tag"_s, u"row %1"_s.arg(i)}}},
                {u"ref"_s, even ? QVariant(eventRef(i)) : QVariant(eventRef(i).toString(QUuid::WithoutBraces))},
                {u"bytes"_s, eventBytes(i)}};
    }

    // How an event differs from what row i should hold; empty when it does not.
    static QString eventDifference(const Instance &event, int i)
    {
        QStringList differences;
        const auto check = [&](const QString &attribute, bool same) {
            if (!same) {
                const QVariant value = event.get(attribute);
                const QString shown = value.typeId() == QMetaType::QVariantMap
                        ? QString::fromUtf8(QJsonDocument::fromVariant(value).toJson(QJsonDocument::Compact))
                        : value.toString();
                differences << u"%1 is %2"_s.arg(attribute, shown);
            }
        };
        check(u"n"_s, event.get(u"n"_s).toLongLong() == i);
        check(u"day"_s, event.get(u"day"_s).toDate() == eventDay(i));
        check(u"at"_s, event.get(u"at"_s).toDateTime() == eventAt(i));
        check(u"time"_s, event.get(u"time"_s).toTime() == eventTime(i));
        check(u"done"_s, event.get(u"done"_s).isValid() && event.get(u"done"_s).toBool() == eventDone(i));
        const QVariantMap data = event.get(u"data"_s).toMap();
        check(u"data"_s, data.value(u"n"_s).toInt() == i && data.value(u"tag"_s).toString() == u"row %1"_s.arg(i));
        check(u"ref"_s, QUuid::fromString(event.get(u"ref"_s).toString()) == eventRef(i));
        check(u"bytes"_s, event.get(u"bytes"_s).toByteArray() == eventBytes(i));
        return differences.join(u"; "_s);
    }

private Q_SLOTS:
    void initTestCase_data() { Test::addDialectRows(); }

    void init()
    {
        TEST_OPEN_DATABASE(m_db);
        m_statements.clear();
        db().setLogger([this](const QString &sql) { m_statements << sql; });
        m_books = define(u"Book"_s,
                         {{.name = u"title"_s, .type = DataType::string(), .allowNull = false, .unique = true},
                          {.name = u"price"_s, .type = DataType::floating()}},
                         {.tableName = u"Books"_s});
        m_genres = define(u"Genre"_s,
                          {{.name = u"code"_s, .type = DataType::string(20), .primaryKey = true},
                           {.name = u"title"_s, .type = DataType::string(), .allowNull = false, .unique = true}},
                          {.tableName = u"Genres"_s});
    }

    void cleanup()
    {
        if (m_db)
            db().setLogger({});
        m_books = Model();
        m_genres = Model();
        m_db.reset();
    }

    // --- bulkCreate: the keys of an INTEGER PRIMARY KEY AUTOINCREMENT read as rowids ---

    void bulkCreateKeysAreTheStoredKeys()
    {
        // Keys that do not start at 1: three rows, the last one deleted (AUTOINCREMENT never gives its key again).
        QVERIFY(m_books.bulkCreate(titles(u"Before"_s, 3)));
        QCOMPARE(*m_books.destroy({.where = col(u"title"_s) == u"Before 2"_s}), 1);
        m_statements.clear();

        auto created = m_books.bulkCreate(titles(u"Book"_s, 500));
        QVERIFY2(created, Test::why(created));
        QCOMPARE(created->size(), 500);
        auto stored = m_books.findAll({.where = col(u"title"_s).startsWith(u"Book "_s), .order = {asc(u"id"_s)}});
        QVERIFY2(stored, Test::why(stored));
        QCOMPARE(stored->size(), 500);
        QSet<qlonglong> keys;
        for (qsizetype i = 0; i < created->size(); ++i) {
            const Instance &mine = created->at(i);
            const Instance &theirs = stored->at(i);
            QCOMPARE(mine.get(u"title"_s).toString(), u"Book %1"_s.arg(i));
            QCOMPARE(theirs.get(u"title"_s).toString(), mine.get(u"title"_s).toString());
            QCOMPARE(mine.get(u"id"_s).toLongLong(), theirs.get(u"id"_s).toLongLong());
            QVERIFY(!mine.isNewRecord());
            keys.insert(mine.get(u"id"_s).toLongLong());
        }
        QCOMPARE(keys.size(), 500);
        QVERIFY(!keys.contains(3)); // the deleted row's key

        // The keys come back without RETURNING on SQLite only: the test fails if that path silently disappears.
        const QStringList inserts = insertsInto(u"Books"_s);
        QVERIFY(!inserts.isEmpty());
        for (const QString &sql : inserts) {
            if (isSqlite())
                QVERIFY2(!sql.contains(u"RETURNING"_s, Qt::CaseInsensitive), qPrintable(sql));
            else
                QVERIFY2(sql.contains(u"RETURNING"_s, Qt::CaseInsensitive), qPrintable(sql));
        }
    }

    void bulkCreateMixesGivenAndMissingKeys()
    {
        auto created = m_books.bulkCreate({{{u"title"_s, u"a"_s}},
                                           {{u"id"_s, 1000}, {u"title"_s, u"b"_s}},
                                           {{u"title"_s, u"c"_s}},
                                           {{u"id"_s, 5}, {u"title"_s, u"d"_s}},
                                           {{u"title"_s, u"e"_s}, {u"price"_s, 2.5}}});
        QVERIFY2(created, Test::why(created));
        QCOMPARE(created->size(), 5);
        const QHash<QString, qlonglong> stored = storedIds(m_books);
        QCOMPARE(stored.size(), 5);
        const QStringList order{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s};
        for (qsizetype i = 0; i < created->size(); ++i) {
            const Instance &row = created->at(i);
            const QString title = row.get(u"title"_s).toString();
            QCOMPARE(title, order.at(i));
            QVERIFY2(stored.contains(title), qPrintable(title));
            QCOMPARE(row.get(u"id"_s).toLongLong(), stored.value(title));
        }
        QCOMPARE(stored.value(u"b"_s), 1000);
        QCOMPARE(stored.value(u"d"_s), 5);
        QCOMPARE(created->at(4).get(u"price"_s).toDouble(), 2.5);

        // The instances are stored ones: a change saves as an UPDATE of the right row.
        Instance c = created->at(2);
        QVERIFY(c.set(u"price"_s, 7.0));
        QVERIFY(c.save());
        QCOMPARE(*m_books.count(), 5);
        auto reread = m_books.findOne({.where = col(u"title"_s) == u"c"_s});
        QVERIFY2(reread, Test::why(reread));
        QCOMPARE(reread->get(u"price"_s).toDouble(), 7.0);
    }

    void bulkCreateKeysOfOtherTables()
    {
        // A text key: the keys are the given ones, sent back by RETURNING.
        QList<QVariantMap> genres;
        for (int i = 0; i < 50; ++i)
            genres << QVariantMap{{u"code"_s, u"g%1"_s.arg(i, 3, 10, QChar(u'0'))}, {u"title"_s, u"Genre %1"_s.arg(i)}};
        auto created = m_genres.bulkCreate(genres);
        QVERIFY2(created, Test::why(created));
        QCOMPARE(created->size(), 50);
        for (qsizetype i = 0; i < created->size(); ++i) {
            QCOMPARE(created->at(i).get(u"code"_s).toString(), genres.at(i).value(u"code"_s).toString());
            auto found = m_genres.findByPk(genres.at(i).value(u"code"_s));
            QVERIFY2(found, Test::why(found));
            QVERIFY(!found->isNull());
            QCOMPARE(found->get(u"title"_s).toString(), u"Genre %1"_s.arg(i));
        }
        const QStringList inserts = insertsInto(u"Genres"_s);
        QVERIFY(!inserts.isEmpty());
        for (const QString &sql : inserts)
            QVERIFY2(sql.contains(u"RETURNING"_s, Qt::CaseInsensitive), qPrintable(sql));

        // A table made by hand whose integer key the model declares auto-incremented, but which is not SQLite's
        // AUTOINCREMENT: its keys are not taken as rowids (without AUTOINCREMENT, SQLite gives a deleted
        // key again).
        if (isSqlite()) // SQLite's own syntax
            QVERIFY(db().query(u"CREATE TABLE \"Plain\" (\"id\" INTEGER PRIMARY KEY, \"name\" TEXT)"_s));
        else // its PostgreSQL equivalent: a key from a sequence
            QVERIFY(db().query(u"CREATE TABLE \"Plain\" (\"id\" SERIAL PRIMARY KEY, \"name\" TEXT)"_s));
        auto plain =
                db().define(u"Plain"_s,
                            {{.name = u"id"_s, .type = DataType::integer(), .primaryKey = true, .autoIncrement = true},
                             {.name = u"name"_s, .type = DataType::string()}},
                            {.tableName = u"Plain"_s, .timestamps = false});
        QVERIFY2(plain, Test::why(plain));
        QVERIFY(db().query(u"INSERT INTO \"Plain\" (\"name\") VALUES ('first')"_s));
        QList<QVariantMap> names;
        for (int i = 0; i < 40; ++i)
            names << QVariantMap{{u"name"_s, u"p%1"_s.arg(i)}};
        auto first = plain->bulkCreate(names);
        QVERIFY2(first, Test::why(first));
        QCOMPARE(*plain->destroy({.where = col(u"name"_s).startsWith(u"p3"_s)}), 11); // p3, p30 to p39: the last keys
        QList<QVariantMap> more;
        for (int i = 0; i < 20; ++i)
            more << QVariantMap{{u"name"_s, u"q%1"_s.arg(i)}};
        auto second = plain->bulkCreate(more);
        QVERIFY2(second, Test::why(second));
        const QHash<QString, qlonglong> stored = storedIds(*plain, u"name"_s);
        QCOMPARE(stored.size(), 1 + 40 - 11 + 20);
        QSet<qlonglong> keys;
        for (const QList<Instance> *batch : {&*first, &*second}) {
            for (const Instance &row : *batch) {
                const QString name = row.get(u"name"_s).toString();
                if (name.startsWith(u"p3"_s))
                    continue; // deleted since
                QVERIFY2(stored.contains(name), qPrintable(name));
                QCOMPARE(row.get(u"id"_s).toLongLong(), stored.value(name));
                keys.insert(row.get(u"id"_s).toLongLong());
            }
        }
        QCOMPARE(keys.size(), 40 - 11 + 20);
    }

    void bulkCreateRefusesRowsATriggerSkips()
    {
        // A trigger that silently skips a row leaves no key to give it: the batch is refused and nothing of it is
        // stored (a rowid read after a skipped insert would be the previous row's).
        const Status skipping = createSkipTrigger();
        QVERIFY2(skipping, Test::why(skipping));
        const qint64 before = *m_books.count();
        QList<QVariantMap> rows = titles(u"kept"_s, 5);
        rows.insert(2, QVariantMap{{u"title"_s, u"skip"_s}});
        auto created = m_books.bulkCreate(rows);
        QVERIFY(!created);
        QCOMPARE(created.error().kind(), Error::Kind::Database);
        QCOMPARE(*m_books.count(), before);
    }

    // --- bulkCreate's batches: up to 32 rows per INSERT on SQLite, their keys the rowids before the last one ---

    void bulkCreateBatchesAndRemainders_data()
    {
        QTest::addColumn<int>("count");
        for (const int count : {1, 31, 32, 33, 64, 100, 257})
            QTest::addRow("%d rows", count) << count;
    }

    void bulkCreateBatchesAndRemainders()
    {
        // Whole batches, then the rows left over one by one: every key is its own row's. Keys that do not start
        // at 1: three rows, the last one deleted.
        QFETCH(int, count);
        QVERIFY(m_books.bulkCreate(titles(u"Before"_s, 3)));
        QCOMPARE(*m_books.destroy({.where = col(u"title"_s) == u"Before 2"_s}), 1);
        m_statements.clear();

        QList<QVariantMap> rows;
        for (int i = 0; i < count; ++i)
            rows << QVariantMap{{u"title"_s, u"Book %1"_s.arg(i)}, {u"price"_s, i * 0.25}};
        auto created = m_books.bulkCreate(rows);
        QVERIFY2(created, Test::why(created));
        QCOMPARE(created->size(), count);
        for (int i = 0; i < count; ++i) {
            QCOMPARE(created->at(i).get(u"title"_s).toString(), u"Book %1"_s.arg(i));
            QCOMPARE(created->at(i).get(u"price"_s).toDouble(), i * 0.25);
            QVERIFY(!created->at(i).isNewRecord());
        }
        const QString problem = storedProblem(m_books, *created);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(*m_books.count(), count + 2);

        if (isSqlite()) {
            const QStringList inserts = insertsInto(u"Books"_s);
            QVERIFY(!inserts.isEmpty());
            for (const QString &sql : inserts)
                QVERIFY2(!sql.contains(u"RETURNING"_s, Qt::CaseInsensitive), qPrintable(sql));
            if (count >= 32) // the batches must not silently disappear
                QVERIFY2(!multiRowInsertsInto(u"Books"_s).isEmpty(), qPrintable(inserts.join(u'\n')));
            if (count % 32 != 0) // nor the single-row INSERT of the rows after the last batch
                QVERIFY2(inserts.size() > multiRowInsertsInto(u"Books"_s).size(), qPrintable(inserts.join(u'\n')));
        }
    }

    void bulkCreateConvertsEachRowOfABatch()
    {
        // Values converted before they are bound (dates, times, booleans, JSON, UUIDs, bytes) are kept for each row
        // of a batch until its statement has run: a copy shared by the rows of a batch would store one row's
        // values in all of them.
        Model events = defineEvents();
        QList<QVariantMap> rows;
        for (int i = 0; i < 70; ++i)
            rows << eventRow(i);
        QList<Instance> created;
        QList<Instance> stored;
        const QString problem = roundTripProblem(events, rows, u"n"_s, eventDifference, created, stored);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        if (isSqlite())
            QVERIFY(!multiRowInsertsInto(u"Events"_s).isEmpty());
    }

    void bulkCreateKeysStayRightWithATrigger_data()
    {
        QTest::addColumn<Trigger>("trigger");
        QTest::addRow("trigger") << Trigger::Plain;
        QTest::addRow("temp trigger") << Trigger::Temp;
        QTest::addRow("trigger naming the table in other letters") << Trigger::OtherCase;
    }

    void bulkCreateKeysStayRightWithATrigger()
    {
        // A trigger that inserts into the table while a statement does would take rowids in the middle of a
        // batch's: with a trigger on the table, wherever it is defined and however it names the table, rows go
        // one by one and each gets its own key.
        QFETCH(Trigger, trigger);
        Model notes = defineNotes();
        const Status created = createEchoTrigger(trigger);
        QVERIFY2(created, Test::why(created));
        m_statements.clear();
        auto inserted = notes.bulkCreate(noteRows(u"note"_s, 70));
        QVERIFY2(inserted, Test::why(inserted));
        QCOMPARE(inserted->size(), 70);
        const QString problem = storedProblem(notes, *inserted);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(*notes.count(), 140); // the trigger ran for every row
        QCOMPARE(*notes.count({.where = col(u"title"_s).startsWith(u"echo note "_s)}), 70);
        if (isSqlite())
            QVERIFY2(multiRowInsertsInto(u"Notes"_s).isEmpty(),
                     qPrintable(multiRowInsertsInto(u"Notes"_s).join(u'\n')));
    }

    void bulkCreateSeesTriggersComeAndGo()
    {
        // Whether the table has a trigger is asked at every bulkCreate of a model: one created since the last
        // call turns batches off, and they come back once it is dropped.
        Model notes = defineNotes();
        const auto round = [&](const QString &prefix, bool batches) {
            m_statements.clear();
            auto inserted = notes.bulkCreate(noteRows(prefix, 40));
            QVERIFY2(inserted, Test::why(inserted));
            const QString problem = storedProblem(notes, *inserted);
            QVERIFY2(problem.isEmpty(), qPrintable(prefix + u": "_s + problem));
            if (isSqlite())
                QVERIFY2(multiRowInsertsInto(u"Notes"_s).isEmpty() != batches, qPrintable(prefix));
        };
        round(u"first"_s, true);
        if (QTest::currentTestFailed())
            return;
        const Status created = createEchoTrigger();
        QVERIFY2(created, Test::why(created));
        round(u"with the trigger"_s, false);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(*notes.count({.where = col(u"title"_s).startsWith(u"echo "_s)}), 40);
        const Status dropped = dropEchoTrigger();
        QVERIFY2(dropped, Test::why(dropped));
        round(u"once dropped"_s, true);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(*notes.count(), 160);
    }

    void bulkCreateRefusesABatchATriggerSkips()
    {
        // As bulkCreateRefusesRowsATriggerSkips, with enough rows for batches: a skipped row refuses the whole
        // bulkCreate, and nothing of it stays. (With a trigger on the table, SQLite's rows go one by one: a row
        // skipped inside a batch is bulkCreateRefusesABatchAConstraintSkips.)
        const Status skipping = createSkipTrigger();
        QVERIFY2(skipping, Test::why(skipping));
        QVERIFY(m_books.bulkCreate(titles(u"before"_s, 2)));
        QList<QVariantMap> rows = titles(u"kept"_s, 70);
        rows[40][u"title"_s] = u"skip"_s;
        auto created = m_books.bulkCreate(rows);
        QVERIFY(!created);
        QCOMPARE(created.error().kind(), Error::Kind::Database);
        QCOMPARE(*m_books.count(), 2);
    }

    void bulkCreateRefusesABatchAConstraintSkips()
    {
        // Without a trigger, a row can still be skipped silently: by a UNIQUE ... ON CONFLICT IGNORE column on
        // SQLite (a batch then changes fewer rows than it holds), or on PostgreSQL by a trigger that skips a title
        // already stored. Wherever the skipped row is (an earlier batch's, its own batch's, the rows after the last
        // batch), the bulkCreate is refused and nothing of it stays.
        if (isSqlite()) {
            QVERIFY(db().query(u"CREATE TABLE \"Quiet\" (\"id\" INTEGER PRIMARY KEY AUTOINCREMENT, "
                               "\"title\" TEXT NOT NULL UNIQUE ON CONFLICT IGNORE, \"n\" INTEGER)"_s));
        } else {
            QVERIFY(db().query(u"CREATE TABLE \"Quiet\" (\"id\" SERIAL PRIMARY KEY, \"title\" TEXT NOT NULL, "
                               "\"n\" INTEGER)"_s));
            QVERIFY(db().query(u"CREATE FUNCTION \"quiet\"() RETURNS trigger AS $$ BEGIN IF EXISTS (SELECT 1 FROM "
                               "\"Quiet\" WHERE \"title\" = NEW.\"title\") THEN RETURN NULL; END IF; RETURN NEW; "
                               "END $$ LANGUAGE plpgsql"_s));
            QVERIFY(db().query(u"CREATE TRIGGER \"quiet\" BEFORE INSERT ON \"Quiet\" FOR EACH ROW "
                               "EXECUTE FUNCTION \"quiet\"()"_s));
        }
        auto quiet =
                db().define(u"Quiet"_s,
                            {{.name = u"id"_s, .type = DataType::integer(), .primaryKey = true, .autoIncrement = true},
                             {.name = u"title"_s, .type = DataType::string(), .allowNull = false},
                             {.name = u"n"_s, .type = DataType::integer()}},
                            {.tableName = u"Quiet"_s, .timestamps = false});
        QVERIFY2(quiet, Test::why(quiet));
        auto before = quiet->bulkCreate(noteRows(u"stored"_s, 3));
        QVERIFY2(before, Test::why(before));

        struct Case
        {
            QString what;
            int row; // the row given an earlier title
            QString title;
        };
        const QList<Case> cases{{u"a stored title, in the first batch"_s, 5, u"stored 1"_s},
                                {u"a title of the batch before"_s, 40, u"note 3"_s},
                                {u"a title of its own batch"_s, 20, u"note 3"_s},
                                {u"a title of a batch, in the rows after the last batch"_s, 66, u"note 3"_s}};
        for (const Case &c : cases) {
            QList<QVariantMap> rows = noteRows(u"note"_s, 70);
            rows[c.row][u"title"_s] = c.title;
            auto created = quiet->bulkCreate(rows);
            QVERIFY2(!created, qPrintable(c.what));
            QVERIFY2(created.error().kind() == Error::Kind::Database,
                     qPrintable(c.what + u": "_s + created.error().toString()));
            QVERIFY2(*quiet->count() == 3, qPrintable(c.what));
        }

        // The same rows without a title twice are stored, in batches on SQLite.
        m_statements.clear();
        auto created = quiet->bulkCreate(noteRows(u"note"_s, 70));
        QVERIFY2(created, Test::why(created));
        const QString problem = storedProblem(*quiet, *created);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(*quiet->count(), 73);
        if (isSqlite())
            QVERIFY(!multiRowInsertsInto(u"Quiet"_s).isEmpty());
    }

    void bulkCreateKeysStayRightWhenAReplaceSetsOffATrigger()
    {
        // A row that replaces a stored one deletes it; a foreign-key action on that deletion can set off a trigger
        // on another table, which inserts into this one in the middle of the bulkCreate. Each key must still be
        // its own row's. SQLite: a UNIQUE ... ON CONFLICT REPLACE column (the trigger names the table, so its rows go
        // one by one); PostgreSQL has no REPLACE clause, and a BEFORE INSERT trigger that deletes the row in the way
        // stands for it.
        if (isSqlite()) {
            QVERIFY(db().query(u"CREATE TABLE \"Parents\" (\"id\" INTEGER PRIMARY KEY AUTOINCREMENT, "
                               "\"title\" TEXT UNIQUE ON CONFLICT REPLACE, \"n\" INTEGER)"_s));
            QVERIFY(db().query(u"CREATE TABLE \"Children\" (\"id\" INTEGER PRIMARY KEY, \"parentId\" INTEGER "
                               "REFERENCES \"Parents\" (\"id\") ON DELETE CASCADE)"_s));
            QVERIFY(db().query(u"CREATE TRIGGER \"reborn\" AFTER DELETE ON \"Children\" BEGIN INSERT INTO "
                               "\"Parents\" (\"title\", \"n\") VALUES ('reborn ' || OLD.\"id\", -1); END"_s));
        } else {
            QVERIFY(db().query(u"CREATE TABLE \"Parents\" (\"id\" SERIAL PRIMARY KEY, \"title\" TEXT UNIQUE, "
                               "\"n\" INTEGER)"_s));
            QVERIFY(db().query(u"CREATE TABLE \"Children\" (\"id\" INTEGER PRIMARY KEY, \"parentId\" INTEGER "
                               "REFERENCES \"Parents\" (\"id\") ON DELETE CASCADE)"_s));
            QVERIFY(db().query(u"CREATE FUNCTION \"replacing\"() RETURNS trigger AS $$ BEGIN DELETE FROM \"Parents\" "
                               "WHERE \"title\" = NEW.\"title\"; RETURN NEW; END $$ LANGUAGE plpgsql"_s));
            QVERIFY(db().query(u"CREATE TRIGGER \"replacing\" BEFORE INSERT ON \"Parents\" FOR EACH ROW "
                               "EXECUTE FUNCTION \"replacing\"()"_s));
            QVERIFY(db().query(u"CREATE FUNCTION \"reborn\"() RETURNS trigger AS $$ BEGIN INSERT INTO \"Parents\" "
                               "(\"title\", \"n\") VALUES ('reborn ' || OLD.\"id\", -1); RETURN OLD; END $$ "
                               "LANGUAGE plpgsql"_s));
            QVERIFY(db().query(u"CREATE TRIGGER \"reborn\" AFTER DELETE ON \"Children\" FOR EACH ROW "
                               "EXECUTE FUNCTION \"reborn\"()"_s));
        }
        auto parents =
                db().define(u"Parents"_s,
                            {{.name = u"id"_s, .type = DataType::integer(), .primaryKey = true, .autoIncrement = true},
                             {.name = u"title"_s, .type = DataType::string()},
                             {.name = u"n"_s, .type = DataType::integer()}},
                            {.tableName = u"Parents"_s, .timestamps = false});
        QVERIFY2(parents, Test::why(parents));
        auto old = parents->create({{u"title"_s, u"old"_s}, {u"n"_s, 0}});
        QVERIFY2(old, Test::why(old));
        QVERIFY(db().query(u"INSERT INTO \"Children\" (\"id\", \"parentId\") VALUES (7, ?)"_s, {old->get(u"id"_s)}));

        QList<QVariantMap> rows = noteRows(u"p"_s, 40);
        rows[5][u"title"_s] = u"old"_s;
        auto created = parents->bulkCreate(rows);
        QVERIFY2(created, Test::why(created));
        const QString problem = storedProblem(*parents, *created);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // The old row gave way to row 5, and the child's trigger added a row of its own.
        auto reborn = parents->count({.where = col(u"title"_s) == u"reborn 7"_s});
        QVERIFY2(reborn, Test::why(reborn));
        QCOMPARE(*reborn, 1);
        QCOMPARE(*parents->count(), 41);
    }

    void bulkCreateBatchesBesideAFullTextIndex()
    {
        // The triggers of a full-text index write to the index, never to the table: the table's rows still go in
        // batches on SQLite, and the index finds each of them under its own key. A trigger that names the table in
        // its body turns the batches off again.
        auto index = FullTextIndex::create(db(), u"Books"_s, u"id"_s, {u"title"_s});
        QVERIFY2(index, Test::why(index));
        m_statements.clear();
        QList<QVariantMap> rows;
        for (int i = 0; i < 70; ++i)
            rows << QVariantMap{{u"title"_s, u"Volume%1 of the set"_s.arg(i)}, {u"price"_s, i * 1.5}};
        auto created = m_books.bulkCreate(rows);
        QVERIFY2(created, Test::why(created));
        const QString problem = storedProblem(m_books, *created);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        if (isSqlite())
            QVERIFY(!multiRowInsertsInto(u"Books"_s).isEmpty());
        for (int i : {0, 31, 32, 69}) {
            auto keys = index->keys(u"Volume%1"_s.arg(i));
            QVERIFY2(keys, Test::why(keys));
            QCOMPARE(keys->size(), size_t(1));
            QCOMPARE(qlonglong(keys->front()), created->at(i).get(u"id"_s).toLongLong());
        }

        if (!isSqlite())
            return; // the rest is about SQLite's batches
        QVERIFY(db().query(u"CREATE TABLE \"Audit\" (\"n\" INTEGER)"_s));
        QVERIFY(db().query(u"CREATE TRIGGER \"audit\" AFTER INSERT ON \"Audit\" BEGIN INSERT INTO books (\"title\") "
                           "VALUES ('audited ' || NEW.\"n\"); END"_s));
        m_statements.clear();
        auto again = m_books.bulkCreate(titles(u"again"_s, 40));
        QVERIFY2(again, Test::why(again));
        QVERIFY(multiRowInsertsInto(u"Books"_s).isEmpty());
        const QString problemAgain = storedProblem(m_books, *again);
        QVERIFY2(problemAgain.isEmpty(), qPrintable(problemAgain));
    }

    void bulkCreateMixesGivenAndMissingKeysAcrossBatches()
    {
        // A hundred rows, every tenth with a key far above the others: the rows without one go in batches, and
        // every key is its own row's. Once with a given key first, so that the batches come after those rows.
        Model notes = defineNotes();
        for (const int first : {9, 0}) {
            QList<QVariantMap> rows = noteRows(u"from %1"_s.arg(first), 100);
            for (int i = first; i < rows.size(); i += 10)
                rows[i].insert(u"id"_s, 100000 * (first + 1) + i);
            m_statements.clear();
            auto created = notes.bulkCreate(rows);
            QVERIFY2(created, Test::why(created));
            QCOMPARE(created->size(), 100);
            for (int i = first; i < rows.size(); i += 10)
                QCOMPARE(created->at(i).get(u"id"_s).toLongLong(), 100000 * (first + 1) + i);
            for (int i = 0; i < rows.size(); ++i)
                QCOMPARE(created->at(i).get(u"title"_s).toString(), u"from %1 %2"_s.arg(first).arg(i));
            const QString problem = storedProblem(notes, *created);
            QVERIFY2(problem.isEmpty(), qPrintable(u"given keys from row %1: "_s.arg(first) + problem));
            if (isSqlite())
                QVERIFY(!multiRowInsertsInto(u"Notes"_s).isEmpty());
        }
        QCOMPARE(*notes.count(), 200);
    }

    void bulkCreateBatchesRollBack()
    {
        // Batches written inside a transaction that rolls back leave nothing; a batch that fails on a constraint
        // takes the batches before it away, and inside an outer transaction leaves what was written before it.
        {
            auto transaction = Transaction::begin(db());
            QVERIFY2(transaction, Test::why(transaction));
            m_statements.clear();
            auto created = m_books.bulkCreate(titles(u"rolled back"_s, 70));
            QVERIFY2(created, Test::why(created));
            QCOMPARE(*m_books.count(), 70);
            if (isSqlite())
                QVERIFY(!multiRowInsertsInto(u"Books"_s).isEmpty());
            QVERIFY(transaction->rollback());
        }
        QCOMPARE(*m_books.count(), 0);
        auto kept = m_books.bulkCreate(titles(u"kept"_s, 70));
        QVERIFY2(kept, Test::why(kept));
        const QString problem = storedProblem(m_books, *kept);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // Row 40 of 70 takes a title already taken: by row 3 (the batch before), by a stored row, by row 35 (its
        // own batch).
        for (const QString &title : {u"dup 3"_s, u"kept 5"_s, u"dup 35"_s}) {
            for (const bool outer : {false, true}) {
                const QString where = u"row 40 as \"%1\"%2"_s.arg(title, outer ? u", in a transaction"_s : QString());
                std::optional<Transaction> transaction;
                if (outer) {
                    auto begun = Transaction::begin(db());
                    QVERIFY2(begun, Test::why(begun));
                    transaction.emplace(std::move(*begun));
                    QVERIFY(m_books.create({{u"title"_s, u"outer"_s}}));
                }
                QList<QVariantMap> rows = titles(u"dup"_s, 70);
                rows[40][u"title"_s] = title;
                auto created = m_books.bulkCreate(rows);
                QVERIFY2(!created, qPrintable(where));
                QVERIFY2(created.error().kind() == Error::Kind::UniqueConstraint,
                         qPrintable(where + u": "_s + created.error().toString()));
                if (outer) {
                    QVERIFY2(transaction->commit(), qPrintable(where));
                    QCOMPARE(*m_books.destroy({.where = col(u"title"_s) == u"outer"_s}), 1);
                }
                QVERIFY2(*m_books.count() == 70, qPrintable(where));
            }
        }
    }

    // --- bulkCreate's rows: keys resolved through the row before, validated as they are built ---

    void bulkCreateTakesRowsOfDifferentKeys()
    {
        // A hundred rows whose keys change from row to row; every third row's keys are texts of their own, so a
        // key is found by comparing texts, not by the identity of shared ones.
        Model items = defineItems();
        constexpr int count = 100;
        QList<QVariantMap> rows;
        for (int i = 0; i < count; ++i)
            rows << itemRow(i);
        QList<Instance> created;
        QList<Instance> stored;
        const QString problem = roundTripProblem(items, rows, u"id"_s, itemDifference, created, stored);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QSet<QString> refs;
        for (int i = 0; i < count; ++i) {
            QCOMPARE(stored.at(i).get(u"ref"_s).toString(), created.at(i).get(u"ref"_s).toString());
            refs.insert(stored.at(i).get(u"ref"_s).toString());
        }
        QCOMPARE(refs.size(), count); // a default generated for each row

        // build() makes instances the same way: a value given is a change, unless it is null; a default is none.
        for (int i = 0; i < count; ++i) {
            auto built = items.build(rows.at(i));
            QVERIFY2(built, Test::why(built));
            QVERIFY(built->isNewRecord());
            const QString diff = itemDifference(*built, i);
            QVERIFY2(diff.isEmpty(), qPrintable(u"built row %1: %2"_s.arg(i).arg(diff)));
            QStringList changed;
            for (auto it = rows.at(i).cbegin(); it != rows.at(i).cend(); ++it) {
                if (it.value().isValid())
                    changed << (it.key() == u"label_text"_s ? u"label"_s : it.key());
            }
            changed.sort();
            QStringList found = built->changedAttributes();
            found.sort();
            QVERIFY2(found == changed,
                     qPrintable(u"row %1: changed %2 instead of %3"_s.arg(i).arg(found.join(u", "_s),
                                                                                 changed.join(u", "_s))));
            for (const QString &attribute : {u"price"_s, u"stock"_s, u"label"_s, u"notes"_s, u"ref"_s})
                QCOMPARE(built->changed(attribute), changed.contains(attribute));
        }
    }

    void bulkCreateRefusesAnUnknownKeyInALateRow()
    {
        // A key that is no attribute, in a row after many alike, refuses the whole batch with its row's number
        // before anything is written. The cases share one database.
        enum class Keys {
            Shared, // the same texts in every row
            Fresh, // every key a text of its own, equal to the row before's
            Prefixed, // "stock" is the first five units of the text of "stocks" (QString::fromRawData)
        };
        struct Case
        {
            QString what;
            int row; // counted from 1, as the error does
            QString key;
            Keys keys;
            bool added; // a key more, rather than in the place of "stock"
        };
        const QList<Case> cases{
                {u"in the place of a key of its length"_s, 70, u"stuck"_s, Keys::Shared, false},
                {u"in the place of a key of its length, keys of their own"_s, 70, u"stuck"_s, Keys::Fresh, false},
                {u"in the place of a shorter key"_s, 70, u"stocks"_s, Keys::Shared, false},
                {u"in the place of a key that starts its text"_s, 70, u"stocks"_s, Keys::Prefixed, false},
                {u"a column's name, of another model"_s, 70, u"label_text"_s, Keys::Fresh, false},
                {u"a key more"_s, 70, u"zzz"_s, Keys::Shared, true},
                {u"a key more, keys of their own"_s, 70, u"zzz"_s, Keys::Fresh, true},
                {u"in the last row"_s, 100, u"stuck"_s, Keys::Shared, false},
                {u"in the first row"_s, 1, u"stuck"_s, Keys::Shared, false},
        };
        static constexpr char16_t stocks[] = u"stocks";
        Model books = define(u"Shelved"_s,
                             {{.name = u"title"_s, .type = DataType::string()},
                              {.name = u"price"_s, .type = DataType::floating()},
                              {.name = u"stock"_s, .type = DataType::integer()}},
                             {.tableName = u"Shelved"_s, .timestamps = false});
        for (qsizetype k = 0; k < cases.size(); ++k) {
            const Case &c = cases.at(k);
            const QString where = u"'%1' in row %2, %3"_s.arg(c.key).arg(c.row).arg(c.what);
            const auto name = [&](const QString &text) {
                if (c.keys == Keys::Fresh)
                    return QString::fromUtf8(text.toUtf8());
                if (c.keys == Keys::Prefixed && QStringView(stocks).startsWith(text))
                    return QString::fromRawData(reinterpret_cast<const QChar *>(stocks), text.size());
                return text;
            };
            QList<QVariantMap> rows;
            for (int r = 1; r <= 100; ++r) {
                QVariantMap values{{name(u"title"_s), u"book %1 %2"_s.arg(k).arg(r)}, {name(u"price"_s), r * 0.5}};
                if (r != c.row || c.added)
                    values.insert(name(u"stock"_s), r);
                if (r == c.row)
                    values.insert(name(c.key), r);
                rows << values;
            }
            const qint64 before = *books.count();
            m_statements.clear();
            auto created = books.bulkCreate(rows);
            QVERIFY2(!created, qPrintable(where));
            QVERIFY2(created.error().kind() == Error::Kind::InvalidQuery,
                     qPrintable(where + u": "_s + created.error().toString()));
            QVERIFY2(created.error().message().startsWith(u"row %1: "_s.arg(c.row)),
                     qPrintable(where + u": "_s + created.error().message()));
            QVERIFY2(created.error().message().contains(u"'%1'"_s.arg(c.key)),
                     qPrintable(where + u": "_s + created.error().message()));
            QCOMPARE(*books.count(), before);
            QVERIFY2(insertsInto(u"Shelved"_s).isEmpty(), qPrintable(where));

            // Without the unknown key, the same rows are stored.
            rows[c.row - 1].remove(name(c.key));
            rows[c.row - 1].insert(u"stock"_s, c.row);
            auto fixed = books.bulkCreate(rows);
            QVERIFY2(fixed, qPrintable(where + u": "_s + QString::fromUtf8(Test::why(fixed))));
            QCOMPARE(*books.count(), before + 100);
            auto found = books.findOne({.where = col(u"title"_s) == u"book %1 %2"_s.arg(k).arg(c.row)});
            QVERIFY2(found, Test::why(found));
            QCOMPARE(found->get(u"stock"_s).toLongLong(), c.row);
            QCOMPARE(found->get(u"price"_s).toDouble(), c.row * 0.5);
        }
    }

    void bulkCreateValidatesEveryRow()
    {
        // Every row is validated once, after a beforeBulkCreate hook has seen them all (and changed some), or as
        // it is built when there is none; the failures of every row are reported with their rows, and nothing is
        // written. The cases share one database.
        struct Case
        {
            bool bulkHook; // beforeBulkCreate: it repairs row 2 and spoils row 3
            bool validateHook; // beforeValidate: the rows are validated through Instance::validate()
            bool global; // the hooks are the database's, not the model's
        };
        const QList<Case> cases{{false, false, false}, {false, true, false}, {true, false, false},
                                {true, true, false},   {true, true, true},   {false, true, true}};
        Model stock = defineStock();
        QStringList validated; // the titles beforeValidate saw, in order
        qsizetype bulkSaw = -1; // how many rows beforeBulkCreate saw
        qsizetype validatedBeforeBulk = -1; // how many rows beforeValidate had seen then
        const Hook beforeValidate = [&](HookContext &context) -> Status {
            validated << context.instance->get(u"title"_s).toString();
            return {};
        };
        const Hook beforeBulkCreate = [&](HookContext &context) -> Status {
            bulkSaw = context.instances->size();
            validatedBeforeBulk = validated.size();
            for (Instance &instance : *context.instances) {
                if (instance.get(u"title"_s).isNull() && instance.get(u"stock"_s).toInt() == 2)
                    (void)instance.set(u"title"_s, u"repaired"_s);
                if (instance.get(u"title"_s).toString() == u"t 3"_s)
                    (void)instance.set(u"stock"_s, -9);
            }
            return {};
        };
        for (const Case &c : cases) {
            const QString where = u"%1%2%3"_s.arg(c.bulkHook ? u"beforeBulkCreate "_s : QString(),
                                                  c.validateHook ? u"beforeValidate "_s : QString(),
                                                  c.global ? u"(global)"_s : u"(the model's)"_s);
            const auto addHook = [&](HookEvent event, const Hook &hook) {
                if (c.global)
                    db().addHook(event, hook, u"test"_s);
                else
                    stock.addHook(event, hook, u"test"_s);
            };
            if (c.validateHook)
                addHook(HookEvent::BeforeValidate, beforeValidate);
            if (c.bulkHook)
                addHook(HookEvent::BeforeBulkCreate, beforeBulkCreate);
            validated.clear();
            bulkSaw = validatedBeforeBulk = -1;
            const qint64 before = *stock.count();
            m_statements.clear();
            auto created = stock.bulkCreate(stockRows());
            QVERIFY2(!created, qPrintable(where));
            QVERIFY2(created.error().kind() == Error::Kind::Validation,
                     qPrintable(where + u": "_s + created.error().toString()));
            QStringList expected{u"5:stock:min"_s, u"6:stock:min"_s, u"8:title:notNull"_s, u"8:price:max"_s,
                                 u"11:price:max"_s};
            expected << (c.bulkHook ? u"3:stock:min"_s : u"2:title:notNull"_s);
            expected.sort();
            QVERIFY2(failures(created.error()) == expected,
                     qPrintable(where + u": "_s + failures(created.error()).join(u", "_s)));
            for (int row : {c.bulkHook ? 3 : 2, 5, 6, 8, 11})
                QVERIFY2(created.error().message().contains(u"row %1: "_s.arg(row + 1)),
                         qPrintable(where + u": "_s + created.error().message()));
            QCOMPARE(*stock.count(), before);
            QVERIFY2(insertsInto(u"Stocks"_s).isEmpty(), qPrintable(where));
            if (c.bulkHook) {
                QVERIFY2(bulkSaw == 12, qPrintable(where + u": beforeBulkCreate saw %1 rows"_s.arg(bulkSaw)));
                QVERIFY2(validatedBeforeBulk == 0,
                         qPrintable(where + u": %1 rows validated before beforeBulkCreate"_s.arg(validatedBeforeBulk)));
            }
            if (c.validateHook) {
                QStringList titles;
                for (const QVariantMap &row : stockRows())
                    titles << row.value(u"title"_s).toString();
                if (c.bulkHook)
                    titles[2] = u"repaired"_s;
                QVERIFY2(validated == titles, qPrintable(where + u": validated "_s + validated.join(u", "_s)));
            }

            // Valid rows go through the same hooks, and are stored.
            validated.clear();
            auto valid = stock.bulkCreate({{{u"title"_s, u"a"_s}, {u"stock"_s, 0}, {u"price"_s, 100}},
                                           {{u"title"_s, u"b"_s}, {u"stock"_s, qlonglong(5)}, {u"price"_s, -1.5}}});
            QVERIFY2(valid, qPrintable(where + u": "_s + QString::fromUtf8(Test::why(valid))));
            QCOMPARE(*stock.count(), before + 2);
            if (c.validateHook)
                QCOMPARE(validated, (QStringList{u"a"_s, u"b"_s}));
            if (c.bulkHook)
                QCOMPARE(bulkSaw, 2);
            for (HookEvent event : {HookEvent::BeforeValidate, HookEvent::BeforeBulkCreate}) {
                if (c.global)
                    db().removeHook(event, u"test"_s);
                else
                    stock.removeHook(event, u"test"_s);
            }
        }
    }

    void bulkCreateStopsAtAHookError()
    {
        // A beforeValidate hook that fails otherwise than by validation stops the batch at its row, even after a
        // row that failed validation; nothing is written. With or without a beforeBulkCreate hook.
        Model stock = defineStock();
        QStringList validated;
        stock.addHook(HookEvent::BeforeValidate, [&](HookContext &context) -> Status {
            const QString title = context.instance->get(u"title"_s).toString();
            validated << title;
            if (title == u"t 4"_s)
                return fail(Error::Kind::Database, u"no t 4 today"_s);
            return {};
        });
        for (const bool bulkHook : {false, true}) {
            if (bulkHook)
                stock.addHook(HookEvent::BeforeBulkCreate, [](HookContext &) -> Status { return {}; });
            validated.clear();
            m_statements.clear();
            auto created = stock.bulkCreate(stockRows()); // row 2 fails validation
            QVERIFY(!created);
            QCOMPARE(created.error().kind(), Error::Kind::Database);
            QCOMPARE(created.error().message(), u"no t 4 today"_s);
            QCOMPARE(validated, (QStringList{u"t 0"_s, u"t 1"_s, QString(), u"t 3"_s, u"t 4"_s}));
            QCOMPARE(*stock.count(), 0);
            QVERIFY(insertsInto(u"Stocks"_s).isEmpty());
        }
    }

    // --- bulkCreate's long batches: every row built, validated (hooks and rules on the calling thread) and
    // written, or none ---

    void bulkCreateStoresALongBatch()
    {
        // Every row of a long batch is stored with its own values, and the keys bulkCreate gives are the stored
        // ones: the rows read back in the order of their keys are the batch's, in its order. Keys that do not start
        // at 1: the table emptied, three rows stored, then destroyed. The cases share one database.
        struct Case
        {
            QString what;
            Model model;
            QString table;
            std::function<QVariantMap(int)> rowOf;
            std::function<QString(const Instance &, int)> difference;
            int count;
        };
        const QList<Case> cases{
                {u"books"_s, m_books, u"Books"_s, bookRow, bookDifference, longBatch},
                {u"items: keys that change from row to row, defaults"_s, defineItems(), u"Items"_s, itemRow,
                 itemDifference, longBatch},
                {u"events: values converted before they are bound"_s, defineEvents(), u"Events"_s, eventRow,
                 eventDifference, 2500},
                {u"books, 1,024 rows (32 whole batches)"_s, m_books, u"Books"_s, bookRow, bookDifference, 1024},
        };
        for (const Case &c : cases) {
            QVERIFY2(c.model.destroy({.where = col(u"id"_s) > 0}), qPrintable(c.what));
            QVERIFY2(c.model.bulkCreate({c.rowOf(c.count), c.rowOf(c.count + 1), c.rowOf(c.count + 2)}),
                     qPrintable(c.what));
            QVERIFY2(c.model.destroy({.where = col(u"id"_s) > 0}), qPrintable(c.what));
            m_statements.clear();

            QList<QVariantMap> rows;
            rows.reserve(c.count);
            for (int i = 0; i < c.count; ++i)
                rows << c.rowOf(i);
            QList<Instance> created;
            QList<Instance> stored;
            const QString problem = roundTripProblem(c.model, rows, u"id"_s, c.difference, created, stored);
            QVERIFY2(problem.isEmpty(), qPrintable(c.what + u": "_s + problem));
            QSet<qlonglong> keys;
            for (const Instance &row : std::as_const(created)) {
                QVERIFY2(!row.isNewRecord(), qPrintable(c.what));
                keys.insert(row.get(u"id"_s).toLongLong());
            }
            QVERIFY2(keys.size() == c.count, qPrintable(c.what + u": %1 keys"_s.arg(keys.size())));
            QVERIFY2(created.first().get(u"id"_s).toLongLong() > 3,
                     qPrintable(c.what + u": the first key is "_s + created.first().get(u"id"_s).toString()));
            if (isSqlite()) { // the keys read as rowids, of multi-row INSERTs: the paths this test is about
                QVERIFY2(!multiRowInsertsInto(c.table).isEmpty(), qPrintable(c.what));
                for (const QString &sql : insertsInto(c.table))
                    QVERIFY2(!sql.contains(u"RETURNING"_s, Qt::CaseInsensitive), qPrintable(c.what + u": "_s + sql));
            }
        }
    }

    void bulkCreateRefusesAnUnknownKeyInALongBatch()
    {
        // A key that is no attribute, in row 3, 2,600 or 3,000 of 3,000, refuses the whole batch with its row's
        // number before anything is written, early or late in the batch. Only rows before it were validated, each
        // on the calling thread. The cases share one database.
        QThread *const here = QThread::currentThread();
        std::atomic<int> validated = 0;
        std::atomic<int> elsewhere = 0; // hooks run on another thread than the caller's
        m_books.addHook(HookEvent::BeforeValidate, [&](HookContext &) -> Status {
            ++validated;
            if (QThread::currentThread() != here)
                ++elsewhere;
            return {};
        });
        QList<QVariantMap> rows;
        rows.reserve(longBatch);
        for (int i = 0; i < longBatch; ++i)
            rows << bookRow(i);
        for (const int row : {3, 2600, longBatch}) { // counted from 1, as the error does
            const QString where = u"row %1"_s.arg(row);
            rows[row - 1].insert(u"stuck"_s, row);
            validated = 0;
            m_statements.clear();
            auto created = m_books.bulkCreate(rows);
            rows[row - 1].remove(u"stuck"_s);
            QVERIFY2(!created, qPrintable(where));
            QVERIFY2(created.error().kind() == Error::Kind::InvalidQuery,
                     qPrintable(where + u": "_s + created.error().toString()));
            QVERIFY2(created.error().message().startsWith(u"row %1: "_s.arg(row)),
                     qPrintable(where + u": "_s + created.error().message()));
            QVERIFY2(created.error().message().contains(u"'stuck'"_s),
                     qPrintable(where + u": "_s + created.error().message()));
            QVERIFY2(validated.load() <= row - 1, qPrintable(where + u": %1 rows validated"_s.arg(validated.load())));
            QCOMPARE(elsewhere.load(), 0);
            QCOMPARE(*m_books.count(), 0);
            QVERIFY2(insertsInto(u"Books"_s).isEmpty(), qPrintable(where));
        }

        // Without the unknown key, the same rows are stored, each under its key.
        validated = 0;
        auto fixed = m_books.bulkCreate(rows);
        QVERIFY2(fixed, Test::why(fixed));
        QCOMPARE(validated.load(), longBatch);
        QCOMPARE(elsewhere.load(), 0);
        const QString problem = storedInOrderProblem(m_books, *fixed, bookDifference);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void bulkCreateValidatesEveryRowOfALongBatch()
    {
        // Rows 2 (early), 2,700 and 2,999 (late) of a long batch fail validation: every failure is reported with
        // its row, each rule ran once per row, in order, on the calling thread, and nothing is written. Validated
        // as the rows are built, through beforeValidate, or once a beforeBulkCreate hook has seen them all; the
        // cases share one database. Repaired, the same rows are stored.
        struct Case
        {
            QString what;
            bool validateHook; // beforeValidate: the rows are validated through Instance::validate()
            bool bulkHook; // beforeBulkCreate: the rows are all built before any is validated
        };
        const QList<Case> cases{{u"validated as they are built"_s, false, false},
                                {u"validated through beforeValidate"_s, true, false},
                                {u"validated after beforeBulkCreate"_s, false, true}};
        QThread *const here = QThread::currentThread();
        std::atomic<int> checked = 0; // the custom rule's calls
        std::atomic<int> elsewhere = 0; // rules and hooks run on another thread than the caller's
        QMutex mutex;
        QStringList validated; // the titles beforeValidate saw, in order; under mutex
        int bulkSaw = -1; // how many rows beforeBulkCreate saw; under mutex
        int checkedBeforeBulk = -1; // how many rows the custom rule had checked then; under mutex
        Model stock = define(u"Checked"_s,
                             {{.name = u"title"_s,
                               .type = DataType::string(),
                               .allowNull = false,
                               .validate = {Validator::custom(u"seen"_s,
                                                              [&](const QVariant &, const Instance &) {
                                                                  ++checked;
                                                                  if (QThread::currentThread() != here)
                                                                      ++elsewhere;
                                                                  return QString();
                                                              })}},
                              {.name = u"stock"_s, .type = DataType::integer(), .validate = {Validator::min(0)}},
                              {.name = u"price"_s, .type = DataType::floating(), .validate = {Validator::max(100)}}},
                             {.tableName = u"Checked"_s, .timestamps = false});
        const Hook beforeValidate = [&](HookContext &context) -> Status {
            const QMutexLocker lock(&mutex);
            validated << context.instance->get(u"title"_s).toString();
            if (QThread::currentThread() != here)
                ++elsewhere;
            return {};
        };
        const Hook beforeBulkCreate = [&](HookContext &context) -> Status {
            const QMutexLocker lock(&mutex);
            bulkSaw = int(context.instances->size());
            checkedBeforeBulk = checked.load();
            return {};
        };
        QList<QVariantMap> rows = longStockRows(longBatch);
        rows[2][u"title"_s] = QVariant();
        rows[2700][u"stock"_s] = -1;
        rows[2999][u"price"_s] = 150.5;
        QStringList titles;
        for (const QVariantMap &row : std::as_const(rows))
            titles << row.value(u"title"_s).toString();
        QStringList expected{u"2:title:notNull"_s, u"2700:stock:min"_s, u"2999:price:max"_s};
        expected.sort();
        for (const Case &c : cases) {
            if (c.validateHook)
                stock.addHook(HookEvent::BeforeValidate, beforeValidate, u"test"_s);
            if (c.bulkHook)
                stock.addHook(HookEvent::BeforeBulkCreate, beforeBulkCreate, u"test"_s);
            checked = 0;
            {
                const QMutexLocker lock(&mutex);
                validated.clear();
                bulkSaw = checkedBeforeBulk = -1;
            }
            m_statements.clear();
            auto created = stock.bulkCreate(rows);
            QVERIFY2(!created, qPrintable(c.what));
            QVERIFY2(created.error().kind() == Error::Kind::Validation,
                     qPrintable(c.what + u": "_s + created.error().toString()));
            QVERIFY2(failures(created.error()) == expected,
                     qPrintable(c.what + u": "_s + failures(created.error()).join(u", "_s)));
            for (int row : {2, 2700, 2999})
                QVERIFY2(created.error().message().contains(u"row %1: "_s.arg(row + 1)),
                         qPrintable(c.what + u": "_s + created.error().message()));
            QVERIFY2(checked.load() == longBatch - 1, // not for the null title
                     qPrintable(c.what + u": the rule checked %1 rows"_s.arg(checked.load())));
            QCOMPARE(elsewhere.load(), 0);
            QCOMPARE(*stock.count(), 0);
            QVERIFY2(insertsInto(u"Checked"_s).isEmpty(), qPrintable(c.what));
            {
                const QMutexLocker lock(&mutex);
                if (c.validateHook)
                    QVERIFY2(validated == titles, qPrintable(c.what + u": validated %1 rows"_s.arg(validated.size())));
                if (c.bulkHook) {
                    QCOMPARE(bulkSaw, longBatch);
                    QCOMPARE(checkedBeforeBulk, 0);
                }
            }
            for (HookEvent event : {HookEvent::BeforeValidate, HookEvent::BeforeBulkCreate})
                stock.removeHook(event, u"test"_s);
        }

        // Repaired, the rows are stored.
        rows[2][u"title"_s] = u"t 2"_s;
        rows[2700][u"stock"_s] = 2700;
        rows[2999][u"price"_s] = 99.0;
        checked = 0;
        auto stored = stock.bulkCreate(rows);
        QVERIFY2(stored, Test::why(stored));
        QCOMPARE(checked.load(), longBatch);
        QCOMPARE(elsewhere.load(), 0);
        const QString problem = storedInOrderProblem(stock, *stored, stockDifference);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void bulkCreateStopsAtAHookErrorInALongBatch()
    {
        // A beforeValidate hook that fails otherwise than by validation, at the 1,500th row of 3,000 (after row 5
        // failed validation): the batch stops there with the hook's error; the hook saw the rows up to it only, in
        // order, on the calling thread; nothing is written. With or without a beforeBulkCreate hook. The connection
        // goes on: the next batch is stored.
        Model stock = defineStock();
        QThread *const here = QThread::currentThread();
        QMutex mutex;
        QStringList validated; // under mutex
        int elsewhere = 0; // hooks run on another thread than the caller's; under mutex
        bool failing = true; // under mutex
        stock.addHook(HookEvent::BeforeValidate, [&](HookContext &context) -> Status {
            const QMutexLocker lock(&mutex);
            const QString title = context.instance->get(u"title"_s).toString();
            validated << title;
            if (QThread::currentThread() != here)
                ++elsewhere;
            if (failing && title == u"t 1499"_s)
                return fail(Error::Kind::Database, u"no t 1499 today"_s);
            return {};
        });
        QList<QVariantMap> rows = longStockRows(longBatch);
        rows[5][u"stock"_s] = -1;
        for (const bool bulkHook : {false, true}) {
            if (bulkHook)
                stock.addHook(HookEvent::BeforeBulkCreate, [](HookContext &) -> Status { return {}; });
            {
                const QMutexLocker lock(&mutex);
                validated.clear();
            }
            m_statements.clear();
            auto created = stock.bulkCreate(rows);
            const QString where = bulkHook ? u"with beforeBulkCreate"_s : u"without beforeBulkCreate"_s;
            QVERIFY2(!created, qPrintable(where));
            QVERIFY2(created.error().kind() == Error::Kind::Database,
                     qPrintable(where + u": "_s + created.error().toString()));
            QCOMPARE(created.error().message(), u"no t 1499 today"_s);
            {
                const QMutexLocker lock(&mutex);
                QCOMPARE(validated.size(), 1500);
                for (int i = 0; i < validated.size(); ++i)
                    QCOMPARE(validated.at(i), u"t %1"_s.arg(i));
                QCOMPARE(elsewhere, 0);
            }
            QCOMPARE(*stock.count(), 0);
            QVERIFY(insertsInto(u"Stocks"_s).isEmpty());
        }

        // The same rows, the hook letting them through and row 5 repaired, are stored.
        {
            const QMutexLocker lock(&mutex);
            failing = false;
            validated.clear();
        }
        rows[5][u"stock"_s] = 5;
        auto stored = stock.bulkCreate(rows);
        QVERIFY2(stored, Test::why(stored));
        const QString problem = storedInOrderProblem(stock, *stored, stockDifference);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QMutexLocker lock(&mutex);
        QCOMPARE(validated.size(), longBatch);
        QCOMPARE(elsewhere, 0);
    }

    void bulkCreateRollsBackALongBatchAtAConstraint()
    {
        // A row of a long batch that breaks a unique constraint, in the second batch or in the rows after the last
        // batch: the batch is refused, and nothing of it stays. The next batch is stored.
        QList<QVariantMap> rows;
        rows.reserve(longBatch);
        for (int i = 0; i < longBatch; ++i)
            rows << bookRow(i);
        for (const int row : {40, 2990}) {
            rows[row][u"title"_s] = u"Book 10"_s;
            auto created = m_books.bulkCreate(rows);
            rows[row][u"title"_s] = u"Book %1"_s.arg(row);
            const QString where = u"row %1"_s.arg(row);
            QVERIFY2(!created, qPrintable(where));
            QVERIFY2(created.error().kind() == Error::Kind::UniqueConstraint,
                     qPrintable(where + u": "_s + created.error().toString()));
            QCOMPARE(*m_books.count(), 0);
        }
        auto stored = m_books.bulkCreate(rows);
        QVERIFY2(stored, Test::why(stored));
        const QString problem = storedInOrderProblem(m_books, *stored, bookDifference);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void bulkCreateKeysStayRightWithATriggerInALongBatch()
    {
        // As bulkCreateKeysStayRightWithATrigger, with a long batch: SQLite's rows go one per statement, and each
        // gets its own key.
        constexpr int count = 2500;
        Model notes = defineNotes();
        const Status made = createEchoTrigger();
        QVERIFY2(made, Test::why(made));
        m_statements.clear();
        auto inserted = notes.bulkCreate(noteRows(u"note"_s, count));
        QVERIFY2(inserted, Test::why(inserted));
        QCOMPARE(inserted->size(), count);
        QCOMPARE(*notes.count(), 2 * count); // the trigger ran for every row
        auto stored = notes.findAll({.where = col(u"title"_s).startsWith(u"note "_s), .order = {asc(u"id"_s)}});
        QVERIFY2(stored, Test::why(stored));
        QCOMPARE(stored->size(), count);
        QSet<qlonglong> keys;
        for (int i = 0; i < count; ++i) {
            const QString where = u"row %1"_s.arg(i);
            QVERIFY2(inserted->at(i).get(u"title"_s).toString() == u"note %1"_s.arg(i), qPrintable(where));
            QVERIFY2(stored->at(i).get(u"title"_s).toString() == u"note %1"_s.arg(i), qPrintable(where));
            QVERIFY2(stored->at(i).get(u"n"_s).toLongLong() == i, qPrintable(where));
            QVERIFY2(inserted->at(i).get(u"id"_s).toLongLong() == stored->at(i).get(u"id"_s).toLongLong(),
                     qPrintable(where
                                + u": created as %1, stored as %2"_s.arg(inserted->at(i).get(u"id"_s).toString(),
                                                                         stored->at(i).get(u"id"_s).toString())));
            keys.insert(stored->at(i).get(u"id"_s).toLongLong());
        }
        QCOMPARE(keys.size(), count);
        QCOMPARE(*notes.count({.where = col(u"title"_s).startsWith(u"echo note "_s)}), count);
        if (isSqlite())
            QVERIFY2(multiRowInsertsInto(u"Notes"_s).isEmpty(),
                     qPrintable(multiRowInsertsInto(u"Notes"_s).join(u'\n')));
    }

    void bulkCreateWidensIntValues()
    {
        // Numbers given as int come back from bulkCreate() as what a find reads: qlonglong for an integer column,
        // double for a floating one.
        Model measures = define(u"Measure"_s,
                                {{.name = u"k"_s, .type = DataType::integer()},
                                 {.name = u"i"_s, .type = DataType::integer()},
                                 {.name = u"b"_s, .type = DataType::bigInt()},
                                 {.name = u"f"_s, .type = DataType::floating()},
                                 {.name = u"d"_s, .type = DataType::doublePrecision()},
                                 {.name = u"m"_s, .type = DataType::decimal(12, 2)},
                                 {.name = u"s"_s, .type = DataType::string()}},
                                {.tableName = u"Measures"_s, .timestamps = false});
        const QList<int> numbers{
                0, 1, -1, 42, 16777217, -123456789, std::numeric_limits<int>::max(), std::numeric_limits<int>::min()};
        const QStringList integral{u"k"_s, u"i"_s, u"b"_s};
        const QStringList floating{u"f"_s, u"d"_s, u"m"_s};
        QList<QVariantMap> rows;
        for (int number : numbers) {
            QVariantMap row{{u"k"_s, int(rows.size())}, {u"s"_s, number}};
            for (const QString &a : integral.mid(1) + floating)
                row.insert(a, number);
            rows << row;
        }
        // Values already in their stored form, and nulls, beside them.
        rows << QVariantMap{{u"k"_s, int(rows.size())},
                            {u"i"_s, qlonglong(5)},
                            {u"b"_s, qlonglong(1) << 40},
                            {u"f"_s, 0.5},
                            {u"d"_s, -2.25},
                            {u"m"_s, 3.0},
                            {u"s"_s, u"5"_s}};
        rows << QVariantMap{{u"k"_s, int(rows.size())}, {u"i"_s, QVariant()}, {u"f"_s, QVariant()}};
        // Typed null ints (their storage holds 0) are nulls, as create() takes them.
        const QVariant nullInt(QMetaType::fromType<int>());
        rows << QVariantMap{{u"k"_s, int(rows.size())}, {u"i"_s, nullInt}, {u"b"_s, nullInt}, {u"f"_s, nullInt},
                            {u"d"_s, nullInt},          {u"m"_s, nullInt}, {u"s"_s, nullInt}};
        auto created = measures.bulkCreate(rows);
        QVERIFY2(created, Test::why(created));
        QCOMPARE(created->size(), rows.size());
        auto found = measures.findAll({.order = {asc(u"k"_s)}});
        QVERIFY2(found, Test::why(found));
        QCOMPARE(found->size(), rows.size());
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const Instance &mine = created->at(r);
            const Instance &theirs = found->at(r);
            for (const QString &a : integral + floating + QStringList{u"s"_s}) {
                const QVariant given = rows.at(r).value(a);
                const QVariant value = mine.get(a);
                const QString where = u"row %1, %2 given %3"_s.arg(r).arg(a, QString::fromLatin1(given.typeName()));
                if (given.isNull()) {
                    QVERIFY2(!value.isValid() || value.isNull(), qPrintable(where));
                } else if (integral.contains(a)) {
                    QVERIFY2(value.typeId() == QMetaType::LongLong,
                             qPrintable(where + u": "_s + QString::fromLatin1(value.typeName())));
                    QCOMPARE(value.toLongLong(), given.toLongLong());
                } else if (floating.contains(a)) {
                    QVERIFY2(value.typeId() == QMetaType::Double,
                             qPrintable(where + u": "_s + QString::fromLatin1(value.typeName())));
                    QCOMPARE(value.toDouble(), given.toDouble());
                } else {
                    QVERIFY2(value.typeId() == QMetaType::QString,
                             qPrintable(where + u": "_s + QString::fromLatin1(value.typeName())));
                    QCOMPARE(value.toString(), given.toString());
                }
                QVERIFY2(theirs.get(a).typeId() == value.typeId(),
                         qPrintable(where + u": found as "_s + QString::fromLatin1(theirs.get(a).typeName())));
                QVERIFY2(theirs.get(a) == value, qPrintable(where));
            }
        }
    }

    void buildKeepsEachKindOfValueAsGiven()
    {
        // build() copies numbers by their bytes and texts by a reference: every other kind, and every null,
        // through QVariant. Each comes out as it went in: same type, same value, same nullness.
        Model notes = define(u"Note"_s,
                             {{.name = u"a"_s, .type = DataType::json()},
                              {.name = u"b"_s, .type = DataType::json()},
                              {.name = u"c"_s, .type = DataType::json()},
                              {.name = u"d"_s, .type = DataType::json()},
                              {.name = u"e"_s, .type = DataType::json()},
                              {.name = u"f"_s, .type = DataType::json()},
                              {.name = u"g"_s, .type = DataType::json()},
                              {.name = u"h"_s, .type = DataType::json()}},
                             {.tableName = u"Notes"_s, .timestamps = false});
        const QList<QVariant> kinds{true,
                                    -7,
                                    qlonglong(1) << 50,
                                    -0.125,
                                    u"a text"_s,
                                    QString(),
                                    QString(u""_s),
                                    QVariant(QMetaType::fromType<QString>()), // a typed null
                                    QVariant(QMetaType::fromType<int>()),
                                    QByteArray("\0bytes", 6),
                                    QStringList{u"x"_s, u"y"_s},
                                    QLineF(1, 2, 3, 4), // kept outside the QVariant (shared)
                                    QVariant(QMetaType::fromType<QLineF>()),
                                    QVariant()};
        for (qsizetype k = 0; k < kinds.size(); k += 8) {
            QVariantMap values;
            const QStringList names{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s, u"g"_s, u"h"_s};
            for (qsizetype n = 0; n < names.size() && k + n < kinds.size(); ++n)
                values.insert(names[n], kinds[k + n]);
            auto built = notes.build(values);
            QVERIFY2(built, Test::why(built));
            for (auto it = values.cbegin(); it != values.cend(); ++it) {
                const QVariant &given = it.value();
                const QVariant copy = built->get(it.key());
                const QString what = u"%1 (%2)"_s.arg(it.key(), QString::fromLatin1(given.typeName()));
                QVERIFY2(copy.typeId() == given.typeId(), qPrintable(what));
                QVERIFY2(copy.isNull() == given.isNull(), qPrintable(what));
                QVERIFY2(copy == given, qPrintable(what));
                QVERIFY2(built->changed(it.key()) == !given.isNull(), qPrintable(what));
            }
        }
        // The instance holds a reference of its own to a text: once the caller's map is gone, changing the
        // caller's text copies it, and leaves the instance's as it was.
        QString text = QString::fromUtf8("a text shared with the caller"); // on the heap, counted
        QVariantMap one{{u"a"_s, text}};
        auto built = notes.build(one);
        QVERIFY2(built, Test::why(built));
        one.clear();
        text[0] = u'A';
        QCOMPARE(built->get(u"a"_s).toString(), u"a text shared with the caller"_s);
    }

    // --- save(): one UPDATE per set of attributes, kept and given new values ---

    void saveWritesWhatChangedWhateverSavedBefore()
    {
        // Saves that change different attributes, in turns, on rows of several kinds of key: each writes exactly
        // its changes to exactly its row, and a version moves only on the row saved.
        Model items = define(u"Item"_s,
                             {{.name = u"ref"_s, .type = DataType::uuid(), .primaryKey = true},
                              {.name = u"a"_s, .type = DataType::string()},
                              {.name = u"b"_s, .type = DataType::integer()},
                              {.name = u"c"_s, .type = DataType::date()}},
                             {.tableName = u"Items"_s, .timestamps = false, .version = true});
        Model pairs = define(u"Pair"_s,
                             {{.name = u"x"_s, .type = DataType::integer(), .primaryKey = true},
                              {.name = u"y"_s, .type = DataType::string(20), .primaryKey = true},
                              {.name = u"v"_s, .type = DataType::string()}},
                             {.tableName = u"Pairs"_s, .timestamps = false});
        const QDateTime day(QDate(2024, 5, 1), QTime(12, 30), Qt::UTC);
        QList<Instance> rows;
        for (int i = 0; i < 4; ++i) {
            auto made = items.create(
                    {{u"ref"_s, QUuid::createUuid()}, {u"a"_s, u"a%1"_s.arg(i)}, {u"b"_s, i}, {u"c"_s, day}});
            QVERIFY2(made, Test::why(made));
            rows << *made;
        }
        QList<QVariantMap> expected;
        for (const Instance &row : std::as_const(rows))
            expected << row.values();
        const QList<QStringList> changes{{u"a"_s}, {u"b"_s}, {u"a"_s, u"b"_s}, {u"c"_s}, {u"b"_s}, {u"a"_s, u"c"_s}};
        for (int turn = 0; turn < 12; ++turn) {
            const qsizetype r = turn % rows.size();
            Instance &row = rows[r];
            for (const QString &attribute : changes.at(turn % changes.size())) {
                const QVariant value = attribute == u"a"_s ? QVariant(u"turn %1"_s.arg(turn))
                        : attribute == u"b"_s              ? QVariant(100 + turn)
                                                           : QVariant(day.addDays(turn));
                QVERIFY(row.set(attribute, value));
                expected[r][attribute] = value;
            }
            auto saved = row.save();
            QVERIFY2(saved, Test::why(saved));
            expected[r][u"version"_s] = expected[r][u"version"_s].toLongLong() + 1;
            for (qsizetype k = 0; k < rows.size(); ++k) {
                auto found = items.findByPk(rows[k].get(u"ref"_s));
                QVERIFY2(found && !found->isNull(), Test::why(found));
                const QString where = u"turn %1, row %2"_s.arg(turn).arg(k);
                QVERIFY2(found->get(u"a"_s).toString() == expected[k][u"a"_s].toString(), qPrintable(where));
                QVERIFY2(found->get(u"b"_s).toLongLong() == expected[k][u"b"_s].toLongLong(), qPrintable(where));
                QVERIFY2(found->get(u"c"_s).toDateTime() == expected[k][u"c"_s].toDateTime(), qPrintable(where));
                QVERIFY2(found->get(u"version"_s).toLongLong() == expected[k][u"version"_s].toLongLong(),
                         qPrintable(where));
            }
        }
        // A copy saved after the row moved on is refused, by the same statement as the saves before.
        Instance stale = rows[0];
        QVERIFY(rows[0].set(u"a"_s, u"fresh"_s));
        QVERIFY(rows[0].save());
        QVERIFY(stale.set(u"a"_s, u"stale"_s));
        auto refused = stale.save();
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind(), Error::Kind::OptimisticLock);
        QCOMPARE(items.findByPk(rows[0].get(u"ref"_s))->get(u"a"_s).toString(), u"fresh"_s);

        // A composite key: each save reaches its own row only.
        QVERIFY(pairs.bulkCreate({{{u"x"_s, 1}, {u"y"_s, u"p"_s}, {u"v"_s, u"1p"_s}},
                                  {{u"x"_s, 1}, {u"y"_s, u"q"_s}, {u"v"_s, u"1q"_s}},
                                  {{u"x"_s, 2}, {u"y"_s, u"p"_s}, {u"v"_s, u"2p"_s}}}));
        auto all = pairs.findAll({.order = {asc(u"x"_s), asc(u"y"_s)}});
        QVERIFY2(all && all->size() == 3, Test::why(all));
        for (Instance &pair : *all) {
            QVERIFY(pair.set(u"v"_s, QString(pair.get(u"v"_s).toString() + u"!"_s)));
            QVERIFY(pair.save());
        }
        auto after = pairs.findAll({.order = {asc(u"x"_s), asc(u"y"_s)}});
        QVERIFY2(after, Test::why(after));
        QStringList values;
        for (const Instance &pair : std::as_const(*after))
            values << pair.get(u"v"_s).toString();
        QCOMPARE(values, (QStringList{u"1p!"_s, u"1q!"_s, u"2p!"_s}));
    }

    void saveByAFractionalKey()
    {
        // A fraction compared with a column may be cast: such a key's UPDATE is built for it, not shared, and
        // each save still reaches its own row only.
        Model readings = define(u"Reading"_s,
                                {{.name = u"at"_s, .type = DataType::doublePrecision(), .primaryKey = true},
                                 {.name = u"value"_s, .type = DataType::integer()}},
                                {.tableName = u"Readings"_s, .timestamps = false});
        QVERIFY(readings.bulkCreate({{{u"at"_s, 1.5}, {u"value"_s, 1}},
                                     {{u"at"_s, 2.0}, {u"value"_s, 2}},
                                     {{u"at"_s, 2.25}, {u"value"_s, 3}}}));
        auto all = readings.findAll({.order = {asc(u"at"_s)}});
        QVERIFY2(all && all->size() == 3, Test::why(all));
        for (Instance &reading : *all) {
            QVERIFY(reading.set(u"value"_s, reading.get(u"value"_s).toLongLong() * 10));
            auto saved = reading.save();
            QVERIFY2(saved, Test::why(saved));
        }
        auto after = readings.findAll({.order = {asc(u"at"_s)}});
        QVERIFY2(after && after->size() == 3, Test::why(after));
        QList<qlonglong> values;
        for (const Instance &reading : std::as_const(*after))
            values << reading.get(u"value"_s).toLongLong();
        QCOMPARE(values, (QList<qlonglong>{10, 20, 30}));
    }

    // --- Text that no database can hold, set by a hook after validation: refused when it is bound ---

    void unstorableTextFromAHookIsRefused_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("problem");
        QTest::newRow("NUL character") << u"avant"_s + QChar(0) + u"après"_s << u"NUL"_s;
        QTest::newRow("lone high surrogate") << u"a"_s + QChar(0xD800) + u"b"_s << u"surrogate"_s;
        QTest::newRow("lone low surrogate") << QString(QChar(0xDC00)) << u"surrogate"_s;
        QTest::newRow("high surrogate at the end") << u"fin "_s + QChar(0xD83D) << u"surrogate"_s;
        QTest::newRow("surrogates in reverse order") << QString(QChar(0xDE00)) + QChar(0xD83D) << u"surrogate"_s;
    }

    void unstorableTextFromAHookIsRefused()
    {
        QFETCH(QString, value);
        QFETCH(QString, problem);
        const QString hookName = u"poison"_s;
        for (const Model &model : {m_books, m_genres}) {
            for (const Validate validate : {Validate::Run, Validate::Skip}) {
                const QString where =
                        u"%1, %2"_s.arg(model.name(), validate == Validate::Run ? u"validated"_s : u"not validated"_s);
                const qint64 before = *model.count();
                const bool keyed = model.name() == m_genres.name(); // the genres are given their key
                const auto row = [&](const QString &title, const QString &code) {
                    QVariantMap values{{u"title"_s, title}};
                    if (keyed)
                        values.insert(u"code"_s, code);
                    return values;
                };
                // The hook changes the third row only, once validation has passed.
                int seen = 0;
                model.addHook(
                        HookEvent::BeforeCreate,
                        [&](HookContext &context) -> Status {
                            ++seen;
                            if (context.instance->get(u"title"_s).toString().endsWith(u" 2"_s))
                                return context.instance->set(u"title"_s, value);
                            return {};
                        },
                        hookName);
                QList<QVariantMap> rows;
                for (int i = 0; i < 5; ++i)
                    rows << row(u"%1 %2"_s.arg(int(validate)).arg(i), u"c%1-%2"_s.arg(int(validate)).arg(i));
                auto created = model.bulkCreate(rows, {.validate = validate, .individualHooks = IndividualHooks::On});
                QCOMPARE(model.removeHook(HookEvent::BeforeCreate, hookName), 1);
                QVERIFY2(seen >= 3, qPrintable(where));
                QVERIFY2(!created, qPrintable(where));
                QVERIFY2(created.error().kind() == Error::Kind::Validation,
                         qPrintable(where + u": "_s + created.error().toString()));
                QVERIFY2(created.error().message().contains(problem),
                         qPrintable(where + u": "_s + created.error().message()));
                QVERIFY2(!created.error().items().isEmpty(), qPrintable(where));
                QCOMPARE(created.error().items().first().rule, u"storableText"_s);
                // Told as validation tells it: the attribute and the row (the third).
                QCOMPARE(created.error().items().first().attribute, u"title"_s);
                QCOMPARE(created.error().items().first().row, 2);
                QVERIFY2(created.error().message().startsWith(u"row 3: "_s), qPrintable(created.error().message()));
                QCOMPARE(*model.count(), before); // nothing of the batch, not even the two rows before

                // The connection goes on: the next batch, whose first text starts with a surrogate pair, is
                // stored and read back exactly.
                const QString clef = u"\U0001D11E clef %1"_s.arg(int(validate));
                auto next = model.bulkCreate({row(clef, u"k%1"_s.arg(int(validate)))},
                                             {.validate = validate, .individualHooks = IndividualHooks::On});
                QVERIFY2(next, qPrintable(where + u": "_s + QString::fromUtf8(Test::why(next))));
                QCOMPARE(*model.count(), before + 1);
                auto reread = model.findOne({.where = col(u"title"_s) == clef});
                QVERIFY2(reread, Test::why(reread));
                QVERIFY2(!reread->isNull(), qPrintable(where));
                QCOMPARE(reread->get(u"title"_s).toString(), clef);
            }
        }
    }

    void unstorableTextFromAHookIsRefusedInALongBatch_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<int>("row"); // the row the hook changes, counted from 0
        QTest::newRow("NUL character, a late row") << u"avant"_s + QChar(0) + u"après"_s << u"NUL"_s << 2600;
        QTest::newRow("lone low surrogate, one of the rows after the last batch")
                << u"a"_s + QChar(0xDC00) + u"b"_s << u"surrogate"_s << 2990;
    }

    void unstorableTextFromAHookIsRefusedInALongBatch()
    {
        // As unstorableTextFromAHookIsRefused, with a long batch: the text a beforeCreate hook sets in a late row,
        // once validation has passed, is refused with its attribute and row, and nothing of the batch is written,
        // not even the batches before it. The connection goes on: the next long batch is stored.
        QFETCH(QString, value);
        QFETCH(QString, problem);
        QFETCH(int, row);
        const QString hookName = u"poison"_s;
        for (const Validate validate : {Validate::Run, Validate::Skip}) {
            const QString where = validate == Validate::Run ? u"validated"_s : u"not validated"_s;
            const qint64 before = *m_books.count();
            const QString poisoned = u"%1 %2"_s.arg(int(validate)).arg(row);
            std::atomic<int> seen = 0;
            m_books.addHook(
                    HookEvent::BeforeCreate,
                    [&](HookContext &context) -> Status {
                        ++seen;
                        if (context.instance->get(u"title"_s).toString() == poisoned)
                            return context.instance->set(u"title"_s, value);
                        return {};
                    },
                    hookName);
            QList<QVariantMap> rows;
            rows.reserve(longBatch);
            for (int i = 0; i < longBatch; ++i)
                rows << QVariantMap{{u"title"_s, u"%1 %2"_s.arg(int(validate)).arg(i)}};
            auto created = m_books.bulkCreate(rows, {.validate = validate, .individualHooks = IndividualHooks::On});
            QCOMPARE(m_books.removeHook(HookEvent::BeforeCreate, hookName), 1);
            QVERIFY2(seen.load() > row, qPrintable(where + u": the hook saw %1 rows"_s.arg(seen.load())));
            QVERIFY2(!created, qPrintable(where));
            QVERIFY2(created.error().kind() == Error::Kind::Validation,
                     qPrintable(where + u": "_s + created.error().toString()));
            QVERIFY2(created.error().message().contains(problem),
                     qPrintable(where + u": "_s + created.error().message()));
            QVERIFY2(!created.error().items().isEmpty(), qPrintable(where));
            QCOMPARE(created.error().items().first().rule, u"storableText"_s);
            QCOMPARE(created.error().items().first().value.toString(), value); // the hook's text, refused
            QCOMPARE(created.error().items().first().attribute, u"title"_s);
            QCOMPARE(created.error().items().first().row, qsizetype(row));
            QCOMPARE(*m_books.count(), before); // nothing of the batch

            // The connection goes on: the next long batch, with a surrogate pair in the same row, is stored and
            // read back exactly.
            const QString clef = u"\U0001D11E clef %1"_s.arg(int(validate));
            QList<QVariantMap> next;
            next.reserve(longBatch);
            for (int i = 0; i < longBatch; ++i)
                next << QVariantMap{{u"title"_s, i == row ? clef : u"next %1 %2"_s.arg(int(validate)).arg(i)}};
            auto stored = m_books.bulkCreate(next, {.validate = validate, .individualHooks = IndividualHooks::On});
            QVERIFY2(stored, qPrintable(where + u": "_s + QString::fromUtf8(Test::why(stored))));
            QCOMPARE(*m_books.count(), before + longBatch);
            const QString storedProblemText = storedInOrderProblem(
                    m_books, *stored,
                    [&](const Instance &book, int i) -> QString {
                        const QString title = i == row ? clef : u"next %1 %2"_s.arg(int(validate)).arg(i);
                        if (book.get(u"title"_s).toString() != title)
                            return u"title is \"%1\""_s.arg(escaped(book.get(u"title"_s).toString()));
                        return {};
                    },
                    before);
            QVERIFY2(storedProblemText.isEmpty(), qPrintable(where + u": "_s + storedProblemText));
        }
    }

    // --- Text encoded to UTF-8 by our own function (SQLite's binding), and scanned by our own function ---

    void textsAreStoredAsTheirUtf8()
    {
        // The encoder takes ASCII eight UTF-16 units at a time, then one unit after another: the texts cross the
        // blocks' boundaries with characters of every width, at every place (about 4,000 texts, in one database:
        // a database per case would cost more than the cases). Each is written by bulkCreate(), a share of them
        // by create() too: each reads back as written, and the database holds its exact UTF-8.
        QStringList texts;
        for (int length = 0; length <= 40; ++length)
            texts << ascii(length, length);
        const QString pair = character(0x1f600);
        for (const char32_t code :
             {0x7fU, 0x80U, 0xe9U, 0x7ffU, 0x800U, 0x20acU, 0xd7ffU, 0xe000U, 0xffffU, 0x10000U, 0x1f600U, 0x10ffffU}) {
            // Among ASCII, at every place of every length to 24 units: three blocks, and every tail.
            const QString c = character(code);
            for (qsizetype length = c.size(); length <= 24; ++length) {
                for (qsizetype at = 0; at + c.size() <= length; ++at)
                    texts << ascii(at, length) + c + ascii(length - at - c.size(), length + at);
            }
            // Alone, repeated up to 40 units (120 bytes for 40 units of 3 bytes: the most the buffer takes).
            for (qsizetype times = 1; times * c.size() <= 40; ++times)
                texts << c.repeated(times);
        }
        for (qsizetype at : {7, 15, 23, 31}) { // a high surrogate that ends a block, its low one starting the next
            texts << ascii(at) + pair + ascii(38 - at, at);
            texts << ascii(at - 1) + pair + pair + ascii(37 - at, at); // a pair on either side of the boundary
            texts << ascii(at) + pair + pair + ascii(36 - at, at);
        }
        texts << u"a"_s + pair.repeated(19) + u"b"_s; // every pair straddles
        const QStringList widths{
                u"a"_s,          u"é"_s,          u"€"_s, pair, character(0x7ff), character(0x800), character(0xffff),
                character(0x7f), character(0x80), u"z"_s};
        for (qsizetype start = 0; start < widths.size(); ++start) {
            QString text;
            for (qsizetype k = 0; text.size() < 40; ++k) {
                text += widths.at((start + k) % widths.size());
                texts << text;
            }
        }

        Model model = defineTexts();
        const int count = int(texts.size());
        QList<QVariantMap> rows;
        for (int i = 0; i < count; ++i)
            rows << QVariantMap{{u"n"_s, i}, {u"text"_s, texts.at(i)}};
        auto created = model.bulkCreate(rows);
        QVERIFY2(created, Test::why(created));
        QCOMPARE(created->size(), count);
        for (int i = 0; i < count; ++i) {
            const QByteArray diff = textDifference(created->at(i).get(u"text"_s), texts.at(i));
            QVERIFY2(diff.isEmpty(),
                     qPrintable(u"bulkCreate() gives %1 for %2"_s.arg(QString::fromUtf8(diff), escaped(texts.at(i)))));
        }
        // create(): every character at every place of 17 units (two blocks and a tail), and a sample of the rest.
        QList<int> oneByOne;
        for (int i = 0; i < count; ++i) {
            if (texts.at(i).size() == 17 || i % 16 == 0)
                oneByOne << i;
        }
        for (int i : std::as_const(oneByOne)) {
            auto one = model.create({{u"n"_s, count + i}, {u"text"_s, texts.at(i)}});
            QVERIFY2(one, Test::why(one));
            const QByteArray diff = textDifference(one->get(u"text"_s), texts.at(i));
            QVERIFY2(diff.isEmpty(),
                     qPrintable(u"create() gives %1 for %2"_s.arg(QString::fromUtf8(diff), escaped(texts.at(i)))));
        }

        auto all = model.findAll({.order = {asc(u"n"_s)}});
        QVERIFY2(all, Test::why(all));
        QCOMPARE(all->size(), count + oneByOne.size());
        const QHash<int, QString> bytes = storedUtf8();
        QCOMPARE(bytes.size(), count + oneByOne.size());
        for (const Instance &row : std::as_const(*all)) {
            const int n = row.get(u"n"_s).toInt();
            const QString &text = texts.at(n % count);
            const QString way = n < count ? u"bulkCreate()"_s : u"create()"_s;
            const QByteArray diff = textDifference(row.get(u"text"_s), text);
            QVERIFY2(diff.isEmpty(), qPrintable(u"%1, %2: %3"_s.arg(way, escaped(text), QString::fromUtf8(diff))));
            const QString utf8 = QString::fromLatin1(text.toUtf8().toHex().toUpper());
            QVERIFY2(bytes.value(n) == utf8,
                     qPrintable(u"%1, %2: stored as %3 instead of %4"_s.arg(way, escaped(text), bytes.value(n), utf8)));
        }
    }

    void unstorableTextIsRefusedEverywhere()
    {
        // A NUL or an unpaired surrogate, in the first block of eight units, across blocks or in the tail, is
        // refused as a Validation error that tells it, and nothing is written: given to create() or bulkCreate(),
        // set by a hook once validation has passed (refused by the write, or while it is bound), or bound to raw
        // SQL. The cases share one database.
        struct Case
        {
            QString name;
            QString value;
            QString problem; // as the error tells it
        };
        const QChar nul(0);
        const QString nulAt = u"a NUL character at position %1"_s;
        const QChar high(0xd83d);
        const QChar low(0xde00);
        const QString pair = character(0x1f600);
        const QString unpairedAt = u"an unpaired surrogate at position %1"_s;
        const QList<Case> cases{
                {u"NUL alone"_s, QString(nul), nulAt.arg(0)},
                {u"NUL first, two blocks and a tail after it"_s, nul + ascii(20), nulAt.arg(0)},
                {u"NUL inside the first block"_s, ascii(5) + nul + ascii(15), nulAt.arg(5)},
                {u"NUL last of the first block"_s, ascii(7) + nul + ascii(13), nulAt.arg(7)},
                {u"NUL first of the second block"_s, ascii(8) + nul + ascii(12), nulAt.arg(8)},
                {u"NUL inside the second block"_s, ascii(12) + nul + ascii(8), nulAt.arg(12)},
                {u"NUL last of 16 units (a block)"_s, ascii(15) + nul, nulAt.arg(15)},
                {u"NUL in the tail"_s, ascii(17) + nul + ascii(3), nulAt.arg(17)},
                {u"NUL last of 21 units (the tail)"_s, ascii(20) + nul, nulAt.arg(20)},
                {u"NUL last of 3 units (no block)"_s, ascii(2) + nul, nulAt.arg(2)},
                {u"NUL after é in its block"_s, u"aé"_s + nul + ascii(12), nulAt.arg(2)},
                {u"NUL after a pair"_s, ascii(3) + pair + nul + ascii(12), nulAt.arg(5)},
                {u"high surrogate alone"_s, QString(high), unpairedAt.arg(0)},
                {u"high surrogate at the end of 13 units (the tail)"_s, ascii(12) + high, unpairedAt.arg(12)},
                {u"high surrogate at the end of 16 units (a block)"_s, ascii(15) + high, unpairedAt.arg(15)},
                {u"high surrogate at the end, after a pair"_s, ascii(4) + pair + high, unpairedAt.arg(6)},
                {u"high surrogate then ASCII, in a block"_s, ascii(3) + high + ascii(12), unpairedAt.arg(3)},
                {u"high surrogate then ASCII, across blocks"_s, ascii(7) + high + ascii(12), unpairedAt.arg(7)},
                {u"high surrogate then ASCII, in the tail"_s, ascii(17) + high + u"x"_s, unpairedAt.arg(17)},
                {u"two high surrogates"_s, ascii(2) + high + high + ascii(2), unpairedAt.arg(2)},
                {u"high surrogate then é"_s, ascii(10) + high + u"é"_s + ascii(3), unpairedAt.arg(10)},
                {u"high surrogate then NUL"_s, ascii(10) + high + nul, unpairedAt.arg(10)},
                {u"high and low surrogates apart"_s, high + u"a"_s + low, unpairedAt.arg(0)},
                {u"low surrogate alone"_s, QString(low), unpairedAt.arg(0)},
                {u"low surrogate first"_s, low + ascii(20), unpairedAt.arg(0)},
                {u"low surrogate inside a block"_s, ascii(10) + low + ascii(10), unpairedAt.arg(10)},
                {u"low surrogate last of 16 units (a block)"_s, ascii(15) + low, unpairedAt.arg(15)},
                {u"low surrogate in the tail"_s, ascii(18) + low + ascii(2), unpairedAt.arg(18)},
                {u"low surrogate after a pair"_s, ascii(2) + pair + low + ascii(9), unpairedAt.arg(4)},
                {u"surrogates in reverse order"_s, ascii(6) + low + high + ascii(9), unpairedAt.arg(6)},
                {u"two low surrogates"_s, ascii(3) + low + low + ascii(3), unpairedAt.arg(3)},
        };
        Model model = defineTexts();
        QVERIFY(model.create({{u"n"_s, -1}, {u"text"_s, u"kept"_s}}));
        const auto fiveRows = [] {
            QList<QVariantMap> rows;
            for (int i = 0; i < 5; ++i)
                rows << QVariantMap{{u"n"_s, i}, {u"text"_s, ascii(i + 9, i)}};
            return rows;
        };
        QString value; // the text the hook sets
        const QString poison = u"poison"_s;
        const Hook setValue = [&](HookContext &context) -> Status {
            if (context.instance->get(u"n"_s).toInt() == 2)
                return context.instance->set(u"text"_s, value);
            return {};
        };
        for (const Case &c : cases) {
            const auto why = [&](const QString &way, const QString &problem) {
                return QString(c.name + u", "_s + way + u": "_s + problem);
            };
            value = c.value;
            const qint64 before = *model.count();

            auto created = model.create({{u"n"_s, 0}, {u"text"_s, c.value}});
            QVERIFY2(refusalProblem(created, c.problem).isEmpty(),
                     qPrintable(why(u"create()"_s, refusalProblem(created, c.problem))));
            QCOMPARE(created.error().items().first().attribute, u"text"_s);
            QCOMPARE(*model.count(), before);
            for (const Validate validate : {Validate::Run, Validate::Skip}) {
                const QString way = validate == Validate::Run ? u"bulkCreate()"_s : u"bulkCreate(), not validated"_s;
                QList<QVariantMap> rows = fiveRows();
                rows[3][u"text"_s] = c.value;
                auto bulk = model.bulkCreate(rows, {.validate = validate});
                QVERIFY2(refusalProblem(bulk, c.problem).isEmpty(),
                         qPrintable(why(way, refusalProblem(bulk, c.problem))));
                QCOMPARE(bulk.error().items().size(), 1);
                QCOMPARE(bulk.error().items().first().row, 3);
                QCOMPARE(bulk.error().items().first().attribute, u"text"_s);
                QCOMPARE(*model.count(), before);
            }

            // A beforeCreate hook sets the text of n = 2 once validation has passed: create() refuses it before it
            // writes; bulkCreate() binds rows 0 and 1 before it meets it, and refuses it while it binds it.
            model.addHook(HookEvent::BeforeCreate, setValue, poison);
            auto hooked = model.create({{u"n"_s, 2}, {u"text"_s, u"fine"_s}});
            QVERIFY2(refusalProblem(hooked, c.problem).isEmpty(),
                     qPrintable(why(u"create(), set by a hook"_s, refusalProblem(hooked, c.problem))));
            QCOMPARE(*model.count(), before);
            for (const Validate validate : {Validate::Run, Validate::Skip}) {
                auto bulk =
                        model.bulkCreate(fiveRows(), {.validate = validate, .individualHooks = IndividualHooks::On});
                QVERIFY2(refusalProblem(bulk, c.problem).isEmpty(),
                         qPrintable(why(u"bulkCreate(), set by a hook"_s, refusalProblem(bulk, c.problem))));
                QCOMPARE(*model.count(), before);
            }
            QCOMPARE(model.removeHook(HookEvent::BeforeCreate, poison), 1);

            auto raw = db().query(u"INSERT INTO \"Texts\" (\"n\", \"text\") VALUES (?, ?)"_s, {7, c.value});
            QVERIFY2(refusalProblem(raw, c.problem).isEmpty(),
                     qPrintable(why(u"raw SQL"_s, refusalProblem(raw, c.problem))));
            QCOMPARE(*model.count(), before);

            // The connection goes on: good texts are stored, through the same statements.
            auto next = model.bulkCreate(fiveRows(), {.individualHooks = IndividualHooks::On});
            QVERIFY2(next, qPrintable(why(u"the next batch"_s, QString::fromUtf8(Test::why(next)))));
            QCOMPARE(*model.count(), before + 5);
        }
        auto kept = model.findOne({.where = col(u"n"_s) == -1});
        QVERIFY2(kept, Test::why(kept));
        QCOMPARE(kept->get(u"text"_s).toString(), u"kept"_s);
    }

    // --- findByPk: the statement kept for a lookup by key ---

    void findByPkFindsMissesAndRejects()
    {
        auto created = m_books.bulkCreate({{{u"title"_s, u"Alpha"_s}}, {{u"title"_s, u"Beta"_s}, {u"price"_s, 3.5}}});
        QVERIFY2(created, Test::why(created));
        const QVariant alpha = created->at(0).get(u"id"_s);
        const QVariant beta = created->at(1).get(u"id"_s);
        for (int round = 0; round < 3; ++round) { // the first builds the statement, the others reuse it
            auto a = m_books.findByPk(alpha);
            QVERIFY2(a, Test::why(a));
            QVERIFY(!a->isNull());
            QCOMPARE(a->get(u"title"_s).toString(), u"Alpha"_s);
            QVERIFY(!a->isNewRecord());
            QVERIFY(!a->changed());
            auto b = m_books.findByPk(int(beta.toLongLong())); // an int, not the qlonglong of the key
            QVERIFY2(b, Test::why(b));
            QVERIFY(!b->isNull());
            QCOMPARE(b->get(u"title"_s).toString(), u"Beta"_s);
            QCOMPARE(b->get(u"price"_s).toDouble(), 3.5);
            QVERIFY(b->get(u"createdAt"_s).toDateTime().isValid());
            auto missing = m_books.findByPk(beta.toLongLong() + 1000);
            QVERIFY2(missing, Test::why(missing));
            QVERIFY(missing->isNull());
            auto rejected = m_books.findByPk(beta.toLongLong() + 1000, {.onEmpty = OnEmpty::Reject});
            QVERIFY(!rejected);
            QCOMPARE(rejected.error().kind(), Error::Kind::EmptyResult);
            auto nullKey = m_books.findByPk(QVariant());
            QVERIFY2(nullKey, Test::why(nullKey));
            QVERIFY(nullKey->isNull());
        }
        // A found instance saves as any other.
        Instance a = *m_books.findByPk(alpha);
        QVERIFY(a.set(u"price"_s, 1.25));
        QVERIFY(a.changed(u"price"_s));
        QVERIFY(a.save());
        QCOMPARE(m_books.findByPk(alpha)->get(u"price"_s).toDouble(), 1.25);

        // Paranoid: a soft-deleted row is found only when asked. Each mode has its statement: asking for the
        // deleted rows first must not make the default see them, nor the reverse.
        Model notes = define(u"Note"_s, {{.name = u"text"_s, .type = DataType::text()}}, {.paranoid = true});
        auto gone = notes.create({{u"text"_s, u"gone"_s}});
        auto kept = notes.create({{u"text"_s, u"kept"_s}});
        QVERIFY(gone && kept);
        const QVariant goneId = gone->get(u"id"_s);
        QVERIFY(gone->destroy());
        for (int round = 0; round < 2; ++round) {
            auto included = notes.findByPk(goneId, {.paranoid = Paranoid::IncludeDeleted});
            QVERIFY2(included, Test::why(included));
            QVERIFY(!included->isNull());
            QCOMPARE(included->get(u"text"_s).toString(), u"gone"_s);
            QVERIFY(included->get(u"deletedAt"_s).toDateTime().isValid());
            auto excluded = notes.findByPk(goneId);
            QVERIFY2(excluded, Test::why(excluded));
            QVERIFY(excluded->isNull());
            auto rejected = notes.findByPk(goneId, {.onEmpty = OnEmpty::Reject});
            QVERIFY(!rejected);
            QCOMPARE(rejected.error().kind(), Error::Kind::EmptyResult);
            QCOMPARE(notes.findByPk(kept->get(u"id"_s))->get(u"text"_s).toString(), u"kept"_s);
        }
        QVERIFY(gone->restore());
        QCOMPARE(notes.findByPk(goneId)->get(u"text"_s).toString(), u"gone"_s);

        // A composite key.
        Model editions = define(u"Edition"_s,
                                {{.name = u"isbn"_s, .type = DataType::string(20), .primaryKey = true},
                                 {.name = u"number"_s, .type = DataType::integer(), .primaryKey = true},
                                 {.name = u"title"_s, .type = DataType::string()}},
                                {.tableName = u"Editions"_s});
        QVERIFY(editions.bulkCreate({{{u"isbn"_s, u"111"_s}, {u"number"_s, 1}, {u"title"_s, u"first"_s}},
                                     {{u"isbn"_s, u"111"_s}, {u"number"_s, 2}, {u"title"_s, u"second"_s}},
                                     {{u"isbn"_s, u"222"_s}, {u"number"_s, 1}, {u"title"_s, u"other"_s}}}));
        for (int round = 0; round < 2; ++round) {
            auto second = editions.findByPk(QVariantList{u"111"_s, 2});
            QVERIFY2(second, Test::why(second));
            QVERIFY(!second->isNull());
            QCOMPARE(second->get(u"title"_s).toString(), u"second"_s);
            QCOMPARE(editions.findByPk(QVariantList{u"222"_s, 1})->get(u"title"_s).toString(), u"other"_s);
            auto missing = editions.findByPk(QVariantList{u"222"_s, 2});
            QVERIFY2(missing, Test::why(missing));
            QVERIFY(missing->isNull());
            auto rejected = editions.findByPk(QVariantList{u"222"_s, 2}, {.onEmpty = OnEmpty::Reject});
            QVERIFY(!rejected);
            QCOMPARE(rejected.error().kind(), Error::Kind::EmptyResult);
            auto halfKey = editions.findByPk(QVariantList{u"111"_s});
            QVERIFY(!halfKey);
            QCOMPARE(halfKey.error().kind(), Error::Kind::InvalidQuery);
        }
    }

    void findByPkSeesAttributesAddedByAnAssociation()
    {
        Model authors = define(u"Author"_s, {{.name = u"name"_s, .type = DataType::string()}}, {});
        auto hugo = authors.create({{u"name"_s, u"Hugo"_s}});
        QVERIFY2(hugo, Test::why(hugo));
        auto book = m_books.create({{u"title"_s, u"Les Misérables"_s}});
        QVERIFY2(book, Test::why(book));
        const QVariant id = book->get(u"id"_s);
        // Both kept statements are built before the model changes.
        QVERIFY(!m_books.findByPk(id)->isNull());
        QVERIFY(!m_books.findByPk(id, {.paranoid = Paranoid::IncludeDeleted})->isNull());

        auto written = m_books.belongsTo(authors, {.as = u"Author"_s, .foreignKey = u"authorId"_s});
        QVERIFY2(written, Test::why(written));
        QVERIFY(m_books.definition().indexOf(u"authorId"_s) >= 0);
        auto altered = m_books.sync(SyncMode::Alter);
        QVERIFY2(altered, Test::why(altered));

        auto found = m_books.findByPk(id);
        QVERIFY2(found, Test::why(found));
        QVERIFY(!found->isNull());
        QVERIFY(found->values().contains(u"authorId"_s));
        QVERIFY(found->set(u"authorId"_s, hugo->get(u"id"_s)));
        QVERIFY(found->save());
        for (const Paranoid paranoid : {Paranoid::ExcludeDeleted, Paranoid::IncludeDeleted}) {
            auto reread = m_books.findByPk(id, {.paranoid = paranoid});
            QVERIFY2(reread, Test::why(reread));
            QVERIFY(!reread->isNull());
            QVERIFY(reread->get(u"authorId"_s).isValid());
            QCOMPARE(reread->get(u"authorId"_s).toLongLong(), hugo->get(u"id"_s).toLongLong());
            QCOMPARE(reread->get(u"title"_s).toString(), u"Les Misérables"_s);
            auto author = written->getOne(*reread);
            QVERIFY2(author, Test::why(author));
            QCOMPARE(author->get(u"name"_s).toString(), u"Hugo"_s);
        }
    }

    void findByPkRunsTheFindHooks()
    {
        auto created = m_books.bulkCreate({{{u"title"_s, u"Alpha"_s}}, {{u"title"_s, u"Beta"_s}}});
        QVERIFY2(created, Test::why(created));
        const QVariant alpha = created->at(0).get(u"id"_s);
        const QVariant beta = created->at(1).get(u"id"_s);
        QVERIFY(!m_books.findByPk(beta)->isNull()); // the kept statement exists before any hook
        const auto withoutBeta = [](HookContext &context) -> Status {
            context.find->where = context.find->where && col(u"title"_s) != u"Beta"_s;
            return {};
        };

        // A model's beforeFind.
        m_books.addHook(HookEvent::BeforeFind, withoutBeta, u"noBeta"_s);
        auto hidden = m_books.findByPk(beta);
        QVERIFY2(hidden, Test::why(hidden));
        QVERIFY(hidden->isNull());
        auto rejected = m_books.findByPk(beta, {.onEmpty = OnEmpty::Reject});
        QVERIFY(!rejected);
        QCOMPARE(rejected.error().kind(), Error::Kind::EmptyResult);
        QCOMPARE(m_books.findByPk(alpha)->get(u"title"_s).toString(), u"Alpha"_s);
        QCOMPARE(m_books.removeHook(HookEvent::BeforeFind, u"noBeta"_s), 1);
        QCOMPARE(m_books.findByPk(beta)->get(u"title"_s).toString(), u"Beta"_s);

        // The database's global beforeFind.
        db().addHook(HookEvent::BeforeFind, withoutBeta, u"noBeta"_s);
        QVERIFY(m_books.findByPk(beta)->isNull());
        QVERIFY(!m_books.findByPk(alpha)->isNull());
        QCOMPARE(db().removeHook(HookEvent::BeforeFind, u"noBeta"_s), 1);
        QVERIFY(!m_books.findByPk(beta)->isNull());

        // An afterFind sees the instance found, and may change it.
        int seen = 0;
        m_books.addHook(
                HookEvent::AfterFind,
                [&](HookContext &context) -> Status {
                    seen += int(context.instances->size());
                    for (Instance &instance : *context.instances) {
                        if (auto r = instance.set(u"price"_s, 99.0); !r)
                            return r;
                    }
                    return {};
                },
                u"price"_s);
        auto priced = m_books.findByPk(alpha);
        QVERIFY2(priced, Test::why(priced));
        QCOMPARE(seen, 1);
        QCOMPARE(priced->get(u"price"_s).toDouble(), 99.0);
        QCOMPARE(m_books.removeHook(HookEvent::AfterFind, u"price"_s), 1);
        QVERIFY(m_books.findByPk(alpha)->get(u"price"_s).isNull());
        QCOMPARE(seen, 1);
    }

    void findByPkConvertsTheKeyAsFindOneDoes()
    {
        // The kept statement is given the key as the caller wrote it: it must find what findOne() finds with an
        // equality on the key, which converts the value to the column's stored form.
        struct Case
        {
            QString name;
            DataType type;
            QVariant stored; // the key as created
            QVariant given; // the key as given to findByPk
        };
        const QUuid uuid = QUuid::fromString(u"0f8fad5b-d9cb-469f-a165-70867728950e"_s);
        const QDateTime when(QDate(2024, 5, 17), QTime(10, 30, 15), Qt::UTC);
        const QList<Case> cases{
                {u"an integer key given as an int"_s, DataType::integer(), 42, 42},
                {u"an integer key given as text"_s, DataType::integer(), 42, u"42"_s},
                {u"a uuid key given as a QUuid"_s, DataType::uuid(), uuid.toString(QUuid::WithoutBraces), uuid},
                {u"a uuid key given as text"_s, DataType::uuid(), uuid, uuid.toString(QUuid::WithoutBraces)},
                {u"a date key given as a QDate"_s, DataType::dateOnly(), QDate(2024, 5, 17), QDate(2024, 5, 17)},
                {u"a timestamp key given as a QDateTime"_s, DataType::date(), when, when},
        };
        QStringList misses;
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const Case &c = cases.at(i);
            Model model = define(u"Keyed%1"_s.arg(i),
                                 {{.name = u"k"_s, .type = c.type, .primaryKey = true},
                                  {.name = u"label"_s, .type = DataType::string()}},
                                 {.timestamps = false});
            auto created = model.create({{u"k"_s, c.stored}, {u"label"_s, c.name}});
            QVERIFY2(created, qPrintable(c.name + u": "_s + QString::fromUtf8(Test::why(created))));
            auto one = model.findOne({.where = col(u"k"_s) == c.given});
            QVERIFY2(one, qPrintable(c.name + u": "_s + QString::fromUtf8(Test::why(one))));
            QVERIFY2(!one->isNull(), qPrintable(c.name + u": findOne finds nothing"_s));
            auto byKey = model.findByPk(c.given);
            QVERIFY2(byKey, qPrintable(c.name + u": "_s + QString::fromUtf8(Test::why(byKey))));
            if (byKey->isNull()) { // every case is tried before the test fails
                misses << c.name;
                continue;
            }
            QCOMPARE(byKey->get(u"label"_s).toString(), c.name);
            QCOMPARE(byKey->get(u"k"_s), one->get(u"k"_s));
        }
        QVERIFY2(misses.isEmpty(),
                 qPrintable(u"findByPk finds nothing where findOne finds the row: "_s + misses.join(u"; "_s)));
    }

    // --- Texts repeated down a column, shared between the rows of a SQLite result ---

    void repeatedTextsReadBackExactly()
    {
        Model entries = define(u"Entry"_s,
                               {{.name = u"code"_s, .type = DataType::string(), .allowNull = false, .unique = true},
                                {.name = u"genre"_s, .type = DataType::string()},
                                {.name = u"blurb"_s, .type = DataType::text()},
                                {.name = u"shelf"_s, .type = DataType::string()}},
                               {.tableName = u"Entries"_s, .timestamps = false});
        QStringList genres{u""_s, u"é"_s, u"日本"_s, u"📚"_s, u"Roman"_s, u"roman"_s, u"Roman "_s};
        while (genres.size() < 40)
            genres << u"genre %1"_s.arg(genres.size());
        // Around the length beyond which texts are not shared, with a multi-byte character across it.
        const QStringList blurbs{QString(255, u'a'), QString(256, u'b'), QString(257, u'c'),
                                 QString(255, u'd') + u"é"_s, u"short"_s};
        constexpr int count = 3000;
        QList<QVariantMap> rows;
        rows.reserve(count);
        for (int i = 0; i < count; ++i) {
            rows << QVariantMap{{u"code"_s, u"row %1"_s.arg(i)},
                                {u"genre"_s, i % 50 == 49 ? QVariant() : QVariant(genres.at(i % genres.size()))},
                                {u"blurb"_s, blurbs.at(i % blurbs.size())},
                                {u"shelf"_s, i % 7 == 3 ? QVariant() : QVariant(u"Étagère 📚"_s)}};
        }
        QVERIFY2(entries.bulkCreate(rows), "bulkCreate");

        auto all = entries.findAll({.order = {asc(u"id"_s)}});
        QVERIFY2(all, Test::why(all));
        QCOMPARE(all->size(), count);
        auto some = entries.findAll({.attributes = {u"shelf"_s, u"genre"_s, u"code"_s}, .order = {asc(u"id"_s)}});
        QVERIFY2(some, Test::why(some));
        QCOMPARE(some->size(), count);
        for (const QList<Instance> *result : {&*all, &*some}) {
            for (int i = 0; i < count; ++i) {
                const Instance &row = result->at(i);
                for (const QString &attribute : {u"code"_s, u"genre"_s, u"blurb"_s, u"shelf"_s}) {
                    if (result == &*some && attribute == u"blurb"_s)
                        continue;
                    const QByteArray diff = textDifference(row.get(attribute), rows.at(i).value(attribute));
                    QVERIFY2(diff.isEmpty(),
                             qPrintable(u"row %1, %2: %3"_s.arg(i).arg(attribute, QString::fromUtf8(diff))));
                }
            }
        }

        if (isSqlite()) {
            // SQLite shares a text read again in a column from the 64th row of a result. The shelf repeats one
            // text: every row far enough holds that one text. Each genre takes a slot of a hashed table, which
            // another genre of the cycle may share and take in turn (then neither is shared): at least half of
            // them are asked to share their text ("" aside, which every empty QString shares anyway).
            for (const QList<Instance> *result : {&*all, &*some}) {
                const void *shelf = nullptr;
                for (int i = 200; i < count; ++i) {
                    if (!result->at(i).get(u"shelf"_s).isValid())
                        continue;
                    if (!shelf)
                        shelf = textData(result->at(i), u"shelf"_s);
                    QVERIFY2(textData(result->at(i), u"shelf"_s) == shelf, qPrintable(u"row %1"_s.arg(i)));
                }
                QVERIFY(shelf);

                QHash<QString, QSet<const void *>> pointers;
                for (int i = 200; i < count; ++i) {
                    const QVariant genre = result->at(i).get(u"genre"_s);
                    if (genre.isValid() && !genre.toString().isEmpty())
                        pointers[genre.toString()].insert(textData(result->at(i), u"genre"_s));
                }
                QCOMPARE(pointers.size(), genres.size() - 1);
                qsizetype shared = 0;
                for (auto it = pointers.cbegin(); it != pointers.cend(); ++it)
                    shared += it.value().size() == 1 ? 1 : 0;
                QVERIFY2(shared >= pointers.size() / 2,
                         qPrintable(u"%1 of %2 genres share their text"_s.arg(shared).arg(pointers.size())));

                // Texts that do not repeat share nothing.
                QSet<const void *> codes;
                for (int i = 64; i < count; ++i)
                    codes.insert(textData(result->at(i), u"code"_s));
                QCOMPARE(codes.size(), count - 64);
            }
        }
    }

    void manyDistinctTextsReadBackExactly()
    {
        // 2,000 texts of one length, each twice, in one column: they fill the hashed table of a column in turn,
        // collide in it, and are never taken for one another. In the other column a frequent text keeps the
        // sharing on while distinct texts of its length keep taking its slot.
        Model entries = define(
                u"Entry"_s,
                {{.name = u"genre"_s, .type = DataType::string()}, {.name = u"note"_s, .type = DataType::string()}},
                {.tableName = u"Entries"_s, .timestamps = false});
        constexpr int count = 4000;
        QList<QVariantMap> rows;
        rows.reserve(count);
        for (int i = 0; i < count; ++i) {
            QVariant note =
                    i % 2 == 0 ? QVariant(u"xcommon"_s) : QVariant(u"x%1"_s.arg(i / 2 % 1000, 6, 10, QChar(u'0')));
            if (i % 97 == 0)
                note = QVariant();
            else if (i % 89 == 0)
                note = u""_s;
            rows << QVariantMap{{u"genre"_s, u"g%1"_s.arg(i % 2000, 4, 10, QChar(u'0'))}, {u"note"_s, note}};
        }
        QVERIFY2(entries.bulkCreate(rows), "bulkCreate");
        auto all = entries.findAll({.order = {asc(u"id"_s)}});
        QVERIFY2(all, Test::why(all));
        QCOMPARE(all->size(), count);
        QSet<QString> genres;
        for (int i = 0; i < count; ++i) {
            for (const QString &attribute : {u"genre"_s, u"note"_s}) {
                const QByteArray diff = textDifference(all->at(i).get(attribute), rows.at(i).value(attribute));
                QVERIFY2(diff.isEmpty(),
                         qPrintable(u"row %1, %2: %3"_s.arg(i).arg(attribute, QString::fromUtf8(diff))));
            }
            genres.insert(all->at(i).get(u"genre"_s).toString());
        }
        QCOMPARE(genres.size(), 2000);
    }
};

QTEST_GUILESS_MAIN(TestFastPaths)
#include "tst_fastpaths.moc"
