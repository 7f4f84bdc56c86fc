#pragma once

#include <orm/error.h>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Catalogue {

// One table of a catalogue as the copy found it: its rows and their digest (SHA-256, hex), the same on both sides
// when the copy is faithful.
struct TableDigest
{
    QString table;
    qint64 rows = 0;
    QString digest;
};

struct CopyOptions
{
    // After each batch of rows written, on the copying thread: the table, the rows copied so far (every table) and
    // the rows to copy in all.
    std::function<void(const QString &table, qint64 copied, qint64 total)> progress;
    // Set (from any thread): the copy stops at the next batch and nothing is written.
    const std::atomic_bool *cancel = nullptr;
    qsizetype batchSize = 500;
};

struct CopyReport
{
    QString from; // the URLs without their passwords
    QString to;
    QList<TableDigest> tables; // each table copied, in the order copied, as checked on the target
    QStringList migrations; // the migration record copied (empty for a file made by the seed's code)
    bool cancelled = false; // nothing was written
    qint64 rows() const;
};

// Copies a whole catalogue into an empty database: SQLite to PostgreSQL, PostgreSQL to SQLite, or either to its
// own kind. Every table of the catalogue (Livres, Auteurs, LivresAuteurs, MouvementsStock, Couvertures,
// Identifiants, and the migration record SequelizeMeta / SequelizeMetaTimes, each when the source has it) with its
// keys as they are; the target's tables are created by the migrations the source records (Livres alone for a file
// made by the seed's code), its search index filled as the rows arrive, and its key sequences set past the keys
// copied. Everything is written in one transaction on the target, then read back and checked before it commits:
// each table's row count and digest must be the source's (see digests()), or nothing is kept.
// Refused, with nothing written: a target that holds any table, view or trigger; a source that is not a catalogue,
// or that holds tables this version does not know or records migrations of a newer version. A SQLite target file
// that did not exist is removed again when the copy fails or is cancelled. The source is only read, inside one
// read transaction (a consistent snapshot while others keep working). Runs on the calling thread, on connections
// of its own that it closes.
class CatalogueCopy
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueCopy)

public:
    [[nodiscard]] static Orm::Result<CopyReport> copy(const QString &fromUrl, const QString &toUrl,
                                                      const CopyOptions &options = {});

    // The row count and digest of each table of the catalogue at url that copy() copies, in that order, read in
    // one read transaction: each row's values are written out by their declared type (integers and reals as
    // numbers, times in UTC to the millisecond, texts in UTF-8, images as their bytes), hashed, and the table's
    // digest is the SHA-256 of its rows' hashes in sorted order, so that it does not depend on the order either
    // database sorts texts in. Opens nothing for writing.
    [[nodiscard]] static Orm::Result<QList<TableDigest>> digests(const QString &url);
};

} // namespace Catalogue
