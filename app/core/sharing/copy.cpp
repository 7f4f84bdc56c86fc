#include <catalogue/catalogue.h>
#include <catalogue/contributeurs.h>
#include <catalogue/copy.h>
#include <catalogue/covers.h>
#include <catalogue/identifiants.h>
#include <catalogue/livre.h>
#include <catalogue/migrations.h>
#include <catalogue/stock.h>
#include <orm/fulltextindex.h>
#include <orm/model.h>
#include <orm/rowbatch.h>
#include <orm/schema.h>
#include <orm/sequence.h>
#include <orm/transaction.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

namespace Catalogue {

namespace {

const QString metaTable = QStringLiteral("SequelizeMeta");
const QString timesTable = QStringLiteral("SequelizeMetaTimes");

// A table the copy knows, with the columns and types of the model that reads it.
struct TableSpec
{
    QString table;
    QList<Orm::Attribute> columns; // plain: no default, rule, hook or reference; the key marked
};

// The model's columns as the table has them (its timestamps included), stripped of everything but their names and
// types: the copy writes rows as they are, so that nothing (a rule, a default, a hook recording an opening
// balance) changes or refuses what the source holds. Enumerations are texts here: their values are not checked.
TableSpec plain(const QString &model, const QList<Orm::Attribute> &attributes, const Orm::ModelOptions &options)
{
    const Orm::ModelDefinition definition(model, attributes, options);
    TableSpec spec{definition.tableName(), {}};
    for (const Orm::Attribute &a : definition.attributes()) {
        Orm::Attribute column{.name = a.columnName(), .type = a.type, .primaryKey = a.primaryKey};
        column.autoIncrement = a.autoIncrement;
        if (column.type.kind == Orm::DataType::Kind::Enum)
            column.type = Orm::DataType::string();
        spec.columns << column;
    }
    return spec;
}

// Every table the copy knows, parents before the tables that refer to them, the migration record last.
const QList<TableSpec> &knownTables()
{
    static const QList<TableSpec> tables = [] {
        QList<TableSpec> list = {
                plain(Livre::modelName, Livre::attributes(), Livre::options()),
                plain(Auteur::modelName, Auteur::attributes(), Auteur::options()),
                plain(Contribution::modelName, Contribution::attributes(), Contribution::options()),
                plain(MouvementStock::modelName, MouvementStock::attributes(), MouvementStock::options()),
                plain(CoverImage::modelName, CoverImage::attributes(), CoverImage::options()),
                plain(Identifiant::modelName, Identifiant::attributes(), Identifiant::options()),
        };
        // The migrator's record, as sequelize-cli and Orm::Migrator create it.
        list.append(
                {metaTable, {{.name = QStringLiteral("name"), .type = Orm::DataType::string(), .primaryKey = true}}});
        list.append({timesTable,
                     {{.name = QStringLiteral("name"), .type = Orm::DataType::string(), .primaryKey = true},
                      {.name = QStringLiteral("executedAt"), .type = Orm::DataType::string(40)}}});
        return list;
    }();
    return tables;
}

QString keyOf(const TableSpec &spec)
{
    for (const Orm::Attribute &a : spec.columns) {
        if (a.primaryKey)
            return a.name;
    }
    return {};
}

QStringList columnNames(const TableSpec &spec)
{
    QStringList names;
    for (const Orm::Attribute &a : spec.columns)
        names << a.name;
    return names;
}

// A value written out by its declared type, the same whichever database it was read from: SQLite gives a REAL
// that holds a whole number as an integer, PostgreSQL a time with its zone; the length first, so that values
// cannot run into each other.
void addValue(QCryptographicHash &hash, const Orm::DataType &type, const QVariant &value)
{
    QByteArray bytes;
    char tag = 'v';
    if (value.isNull()) {
        tag = 'n';
    } else {
        switch (type.kind) {
        case Orm::DataType::Kind::Integer:
        case Orm::DataType::Kind::BigInt:
            bytes = QByteArray::number(value.toLongLong());
            break;
        case Orm::DataType::Kind::Float:
        case Orm::DataType::Kind::Double:
        case Orm::DataType::Kind::Decimal:
            bytes = QByteArray::number(value.toDouble(), 'g', 17);
            break;
        case Orm::DataType::Kind::Boolean:
            bytes = value.toBool() ? "1" : "0";
            break;
        case Orm::DataType::Kind::Date:
            bytes = value.toDateTime().toUTC().toString(Qt::ISODateWithMs).toUtf8();
            break;
        case Orm::DataType::Kind::Blob:
            bytes = value.toByteArray();
            break;
        default:
            bytes = value.toString().toUtf8();
            break;
        }
    }
    const qint64 size = bytes.size();
    hash.addData(QByteArrayView(&tag, 1));
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
    hash.addData(bytes);
}

using RowHash = std::array<char, 32>;

// The digest of a table from its rows' hashes, in sorted order.
QString tableDigest(std::vector<RowHash> &rows)
{
    std::sort(rows.begin(), rows.end());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const RowHash &row : rows)
        hash.addData(QByteArrayView(row.data(), qsizetype(row.size())));
    return QString::fromLatin1(hash.result().toHex());
}

RowHash rowHash(const TableSpec &spec, const Orm::Instance &row)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const Orm::Attribute &a : spec.columns)
        addValue(hash, a.type, row.get(a.name));
    RowHash result;
    const QByteArray bytes = hash.result();
    std::memcpy(result.data(), bytes.constData(), result.size());
    return result;
}

// A model of the table on that database, under a name of the copy's own.
Orm::Result<Orm::Model> defineOn(Orm::Database &database, const TableSpec &spec)
{
    return database.define(QStringLiteral("CatalogueCopy_") + spec.table, spec.columns,
                           {.tableName = spec.table, .timestamps = false});
}

// Reads every row of a table in key order, a batch at a time, through the model: each batch to `rows`.
Orm::Status readRows(const Orm::Model &model, const TableSpec &spec, qsizetype batchSize,
                     const std::function<Orm::Status(const QList<Orm::Instance> &rows)> &rows)
{
    const QString key = keyOf(spec);
    QVariant last;
    for (;;) {
        Orm::FindOptions find{.order = {Orm::asc(key)}, .limit = batchSize};
        if (last.isValid())
            find.where = Orm::col(key) > Orm::Expr::fromValue(last);
        auto batch = model.findAll(find);
        if (!batch)
            return std::unexpected(batch.error());
        if (batch->isEmpty())
            return {};
        if (auto r = rows(*batch); !r)
            return r;
        last = batch->constLast().get(key);
        if (batch->size() < batchSize)
            return {};
    }
}

// The digest of one table, read through model.
Orm::Result<TableDigest> digestOf(const Orm::Model &model, const TableSpec &spec)
{
    std::vector<RowHash> hashes;
    auto read = readRows(model, spec, 1000, [&](const QList<Orm::Instance> &rows) -> Orm::Status {
        for (const Orm::Instance &row : rows)
            hashes.push_back(rowHash(spec, row));
        return {};
    });
    if (!read)
        return std::unexpected(read.error());
    const qint64 count = qint64(hashes.size());
    return TableDigest{spec.table, count, tableDigest(hashes)};
}

// The known tables a database holds, in copy order.
QList<TableSpec> presentTables(const QStringList &tables)
{
    QList<TableSpec> present;
    for (const TableSpec &spec : knownTables()) {
        if (tables.contains(spec.table))
            present << spec;
    }
    return present;
}

// Removes a SQLite file this copy created, with what SQLite keeps beside it.
void removeFile(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace

qint64 CopyReport::rows() const
{
    qint64 total = 0;
    for (const TableDigest &t : tables)
        total += t.rows;
    return total;
}

Orm::Result<QList<TableDigest>> CatalogueCopy::digests(const QString &url)
{
    auto database = Orm::Database::open(url, {.access = Orm::Access::ReadOnly});
    if (!database)
        return std::unexpected(database.error());
    auto tables = database->tables();
    if (!tables)
        return std::unexpected(tables.error());
    QList<TableDigest> list;
    {
        auto snapshot = Orm::Transaction::begin(
                *database, {.isolation = Orm::IsolationLevel::RepeatableRead, .sqliteLock = Orm::SqliteLock::Deferred});
        if (!snapshot)
            return std::unexpected(snapshot.error());
        for (const TableSpec &spec : presentTables(*tables)) {
            auto model = defineOn(*database, spec);
            if (!model)
                return std::unexpected(model.error());
            auto digest = digestOf(*model, spec);
            if (!digest)
                return std::unexpected(digest.error());
            list << *digest;
        }
    }
    database->close();
    return list;
}

namespace {

// Refuses a source that records migrations this version does not know (a newer version wrote it). The source is
// checked as any catalogue is when it opens (a damaged file, another application's database).
Orm::Status refuseNewerSource(const QString &fromUrl)
{
    auto checked = Catalogue::open(fromUrl, Catalogue::Missing::Refuse, Catalogue::Pending::ReadOnly);
    if (!checked)
        return std::unexpected(checked.error());
    const Orm::Database checkedDatabase = checked->database();
    auto states = checked->migrationStates();
    if (!states)
        return std::unexpected(states.error());
    const QList<Orm::Migration> known = migrations();
    QStringList newer;
    for (const Orm::MigrationState &state : std::as_const(*states)) {
        const bool isKnown =
                std::any_of(known.begin(), known.end(), [&](const Orm::Migration &m) { return m.name == state.name; });
        if (!isKnown && state.executed && !state.recordedByOtherTool)
            newer << state.name;
    }
    if (!newer.isEmpty())
        return Orm::fail(
                Orm::Error::Kind::Database,
                CatalogueCopy::tr("%1 cannot be copied: it was written by a newer version of the catalogue (it records "
                                  "migrations this version does not know: %2)")
                        .arg(checkedDatabase.displayUrl(), newer.join(QStringLiteral(", "))));
    Orm::Database(checkedDatabase).close();
    return {};
}

std::unexpected<Orm::Error> notEmpty(const QString &targetName, const QStringList &what)
{
    return Orm::fail(
            Orm::Error::Kind::InvalidQuery,
            CatalogueCopy::tr("%1 is not empty (it holds %2): a catalogue is copied only into an empty database or a "
                              "new file; nothing was written")
                    .arg(targetName, what.mid(0, 5).join(QStringLiteral(", "))));
}

// Refuses a target that holds any table, trigger or view.
Orm::Status refuseNotEmpty(Orm::Database &target)
{
    auto tables = target.tables();
    if (!tables)
        return std::unexpected(tables.error());
    if (!tables->isEmpty())
        return notEmpty(target.displayUrl(), *tables);
    auto code = Orm::Schema(target).showTriggersAndViews();
    if (!code)
        return std::unexpected(code.error());
    QStringList names;
    for (const Orm::CodeObjectInfo &object : std::as_const(*code))
        names << object.name;
    if (!names.isEmpty())
        return notEmpty(target.displayUrl(), names);
    return {};
}

// The migrations the source's record says were run: they make the target's schema. A file made by the seed's code
// records none and has Livres alone, which the first migration creates.
Orm::Result<QStringList> executedMigrations(Orm::Database &source, bool hasRecord)
{
    QStringList executed;
    if (!hasRecord)
        return executed;
    auto states = Orm::Migrator(source, migrations()).status();
    if (!states)
        return std::unexpected(states.error());
    for (const Orm::MigrationState &state : std::as_const(*states)) {
        if (state.executed)
            executed << state.name;
    }
    return executed;
}

// The target's tables, made by the migrations the source ran (the first one always), and the record's tables.
Orm::Status createTargetSchema(Orm::Database &target, const QStringList &executed, bool hasRecord)
{
    Orm::Schema schema(target);
    for (const Orm::Migration &m : migrations()) {
        if (m.name != migrations().constFirst().name && !executed.contains(m.name))
            continue;
        if (auto r = m.up(schema); !r)
            return std::unexpected(Orm::Error(r.error().kind(),
                                              CatalogueCopy::tr("cannot create the tables of %1 (migration %2): %3")
                                                      .arg(target.displayUrl(), m.name, r.error().message()),
                                              r.error().sql()));
    }
    if (hasRecord) { // the record's tables, as the migrator makes them; their rows are copied later
        if (auto r = Orm::Migrator(target, {}).status(); !r)
            return std::unexpected(r.error());
    }
    return {};
}

// Refuses a source that holds tables the target's migrations did not make. What the migrations made besides the
// known tables (the search index's) is filled by their triggers; what the source holds beyond them is not the
// catalogue's, and is refused rather than left behind unsaid. The source's own search index (an FTS5 table and
// its shadow tables on SQLite, a side table on PostgreSQL) is derived from Livres: the target's is filled anew.
Orm::Status refuseUnknownTables(Orm::Database &source, const QList<TableSpec> &tables, const QStringList &sourceTables,
                                Orm::Database &target)
{
    auto targetTables = target.tables();
    if (!targetTables)
        return std::unexpected(targetTables.error());
    QStringList derived;
    for (const TableSpec &spec : tables) {
        auto index = Orm::FullTextIndex::find(source, spec.table);
        if (!index)
            return std::unexpected(index.error());
        if (!index->isNull())
            derived << index->name();
    }
    QStringList unknown;
    for (const QString &table : sourceTables) {
        const bool isDerived = std::any_of(derived.begin(), derived.end(), [&](const QString &index) {
            return table == index || table.startsWith(index + u'_');
        });
        if (!isDerived && !targetTables->contains(table))
            unknown << table;
    }
    if (!unknown.isEmpty())
        return Orm::fail(
                Orm::Error::Kind::Database,
                CatalogueCopy::tr("%1 holds tables that are not the catalogue's or that its migration record does not "
                                  "explain (%2): it was not copied, and nothing was written")
                        .arg(source.displayUrl(), unknown.join(QStringLiteral(", "))));
    return {};
}

// The rows copied so far against all of them, told to the options' progress; and whether the copy was cancelled.
struct CopyProgress
{
    const CopyOptions &options;
    qsizetype batchSize;
    qint64 total = 0;
    qint64 copied = 0;

    bool cancelled() const { return options.cancel && options.cancel->load(); }
};

// Copies the rows of one table, a batch at a time, as they are (no rule, default or hook); the hash of each row
// read goes to hashes.
Orm::Status copyTable(const Orm::Model &from, Orm::Model &to, const TableSpec &spec, CopyProgress &progress,
                      std::vector<RowHash> &hashes)
{
    const QStringList columns = columnNames(spec);
    Orm::RowBatch batch(to, columns);
    auto read = readRows(from, spec, progress.batchSize, [&](const QList<Orm::Instance> &rows) -> Orm::Status {
        if (progress.cancelled())
            return Orm::fail(Orm::Error::Kind::Timeout, QStringLiteral("cancelled"));
        for (const Orm::Instance &row : rows) {
            QVariantList values;
            values.reserve(columns.size());
            for (const QString &column : columns)
                values << row.get(column);
            batch.addRow(values);
            hashes.push_back(rowHash(spec, row));
        }
        auto inserted = to.insertRows(
                batch, {.returning = Orm::Returning::KeysOnly, .bulkCreate = {.validate = Orm::Validate::Skip}});
        if (!inserted)
            return std::unexpected(inserted.error());
        progress.copied += rows.size();
        if (progress.options.progress)
            progress.options.progress(spec.table, progress.copied, progress.total);
        return {};
    });
    return read;
}

// Copies every table in order (targetModels gets the model of each, sourceHashes the hashes of the rows read);
// false when the copy was cancelled.
Orm::Result<bool> copyTables(const QList<TableSpec> &tables, const QList<Orm::Model> &sourceModels,
                             Orm::Database &target, CopyProgress &progress, QList<Orm::Model> &targetModels,
                             QList<std::vector<RowHash>> &sourceHashes)
{
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const TableSpec &spec = tables.at(i);
        auto model = defineOn(target, spec);
        if (!model)
            return std::unexpected(model.error());
        targetModels << *model;
        std::vector<RowHash> hashes;
        if (auto r = copyTable(sourceModels.at(i), *model, spec, progress, hashes); !r) {
            if (progress.cancelled())
                return false;
            return std::unexpected(Orm::Error(r.error().kind(),
                                              CatalogueCopy::tr("cannot copy the table %1 into %2: %3")
                                                      .arg(spec.table, target.displayUrl(), r.error().message()),
                                              r.error().sql()));
        }
        sourceHashes << std::move(hashes);
        if (spec.columns.constFirst().autoIncrement) {
            if (auto r = Orm::Sequence::setPastMax(target, spec.table, keyOf(spec)); !r)
                return std::unexpected(r.error());
        }
    }
    return !progress.cancelled();
}

// Reads back what was written, inside the transaction, and compares it with what was read: each table's digest,
// or the error that says which table does not match.
Orm::Result<QList<TableDigest>> verifyCopy(const QList<TableSpec> &tables, QList<std::vector<RowHash>> &sourceHashes,
                                           const QList<Orm::Model> &targetModels, const QString &targetName)
{
    QList<TableDigest> digests;
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const TableSpec &spec = tables.at(i);
        const qint64 expectedRows = qint64(sourceHashes[i].size());
        const QString expected = tableDigest(sourceHashes[i]);
        auto found = digestOf(targetModels.at(i), spec);
        if (!found)
            return std::unexpected(found.error());
        if (found->rows != expectedRows || found->digest != expected)
            return Orm::fail(
                    Orm::Error::Kind::Database,
                    CatalogueCopy::tr("the copy of %1 into %2 does not match its source (%3 rows read back, %4 copied; "
                                      "digest %5, expected %6): nothing was written")
                            .arg(spec.table, targetName)
                            .arg(found->rows)
                            .arg(expectedRows)
                            .arg(found->digest.left(12), expected.left(12)));
        digests << *found;
    }
    return digests;
}

} // namespace

Orm::Result<CopyReport> CatalogueCopy::copy(const QString &fromUrl, const QString &toUrl, const CopyOptions &options)
{
    // The source, checked, then read on a read-only connection of its own.
    if (auto r = refuseNewerSource(fromUrl); !r)
        return std::unexpected(r.error());
    auto source = Orm::Database::open(fromUrl, {.access = Orm::Access::ReadOnly});
    if (!source)
        return std::unexpected(source.error());
    auto closeSource = qScopeGuard([&] { source->close(); });

    // The target: an empty database, or a SQLite file that does not exist yet (created here, removed on failure).
    auto location = Orm::Database::locate(toUrl);
    if (!location)
        return std::unexpected(location.error());
    const QString targetFile = location->filePath;
    if (!targetFile.isEmpty() && QFileInfo(targetFile) == QFileInfo(source->filePath()))
        return Orm::fail(Orm::Error::Kind::InvalidQuery, tr("the source and the target are the same file"));
    const bool newFile = !targetFile.isEmpty() && !QFileInfo::exists(targetFile) && !QFileInfo(targetFile).isSymLink();
    auto target = Orm::Database::open(toUrl);
    if (!target)
        return std::unexpected(target.error());
    bool committed = false;
    auto cleanUp = qScopeGuard([&] {
        target->close();
        if (newFile && !committed)
            removeFile(targetFile);
    });
    const QString targetName = target->displayUrl();
    if (auto r = refuseNotEmpty(*target); !r)
        return std::unexpected(r.error());
    // Empty, it holds no SQL of anyone else's: the search index's triggers that the migrations write may run.
    if (auto r = target->reopen({.trustedSchema = true}); !r)
        return std::unexpected(r.error());

    CopyReport report;
    report.from = source->displayUrl();
    report.to = targetName;

    // One snapshot of the source for the whole copy: others may keep working on it meanwhile.
    auto snapshot = Orm::Transaction::begin(
            *source, {.isolation = Orm::IsolationLevel::RepeatableRead, .sqliteLock = Orm::SqliteLock::Deferred});
    if (!snapshot)
        return std::unexpected(snapshot.error());
    auto sourceTables = source->tables();
    if (!sourceTables)
        return std::unexpected(sourceTables.error());
    const QList<TableSpec> tables = presentTables(*sourceTables);
    const bool hasRecord = sourceTables->contains(metaTable);
    auto executed = executedMigrations(*source, hasRecord);
    if (!executed)
        return std::unexpected(executed.error());
    CopyProgress progress{options, std::max<qsizetype>(1, options.batchSize)};
    QList<Orm::Model> sourceModels;
    for (const TableSpec &spec : tables) {
        auto model = defineOn(*source, spec);
        if (!model)
            return std::unexpected(model.error());
        auto count = model->count();
        if (!count)
            return std::unexpected(count.error());
        progress.total += *count;
        sourceModels << *model;
    }

    auto written = Orm::Transaction::begin(*target);
    if (!written)
        return std::unexpected(written.error());
    // Under the target's write lock (its transaction), look again: another copy may have begun meanwhile.
    if (auto again = target->tables(); !again || !again->isEmpty())
        return again ? notEmpty(targetName, *again) : std::unexpected(again.error());
    if (auto r = createTargetSchema(*target, *executed, hasRecord); !r)
        return std::unexpected(r.error());
    if (auto r = refuseUnknownTables(*source, tables, *sourceTables, *target); !r)
        return std::unexpected(r.error());

    QList<Orm::Model> targetModels;
    QList<std::vector<RowHash>> sourceHashes;
    auto finished = copyTables(tables, sourceModels, *target, progress, targetModels, sourceHashes);
    if (!finished)
        return std::unexpected(finished.error());
    if (!*finished) {
        report.cancelled = true;
        return report;
    }
    if (progress.cancelled()) {
        report.cancelled = true;
        return report;
    }
    auto digests = verifyCopy(tables, sourceHashes, targetModels, targetName);
    if (!digests)
        return std::unexpected(digests.error());
    report.tables = *digests;
    if (auto r = written->commit(); !r)
        return std::unexpected(r.error());
    committed = true;
    for (const QString &name : std::as_const(*executed))
        report.migrations << name;
    return report;
}

} // namespace Catalogue
