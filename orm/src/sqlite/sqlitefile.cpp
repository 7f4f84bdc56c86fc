#include "sqlite/sqlitefile_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace Orm {

namespace {

// Read-only for this process, or marked read-only for everyone. Root may write anything, but a file or a
// directory whose write bits are all cleared was made read-only on purpose, and is treated as such.
bool isMarkedReadOnly(const QFileInfo &info)
{
    constexpr QFileDevice::Permissions anyWrite =
            QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return !info.isWritable() || !(info.permissions() & anyWrite);
}

// The first 20 bytes of a SQLite file's header (empty when the file cannot be read or is not a SQLite file). Bytes
// 18 and 19 are the file format versions SQLite needs to write and to read it: 1 legacy, 2 WAL.
QByteArray sqliteHeader(const QFileInfo &file)
{
    QFile f(file.filePath());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray header = f.read(20);
    if (header.size() != 20 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return {};
    return header;
}

// Whether SQLite reads this file through a WAL index (-shm) it must create: a file in WAL mode (read version 2)
// with no -wal file beside it, so that no connection is at work on it.
bool isIdleWalFile(const QFileInfo &file)
{
    if (QFileInfo::exists(file.filePath() + QStringLiteral("-wal")))
        return false;
    const QByteArray header = sqliteHeader(file);
    return !header.isEmpty() && header.at(19) == 2;
}

// A file whose write version is newer than SQLite knows (over 2) but whose read version it knows: SQLite reads it
// and refuses every write. Decided from the header, so that both SQLite engines (C API or not) say so alike.
bool isNewerWriteFormat(const QFileInfo &file)
{
    const QByteArray header = sqliteHeader(file);
    return !header.isEmpty() && quint8(header.at(18)) > 2 && quint8(header.at(19)) <= 2;
}

QString askedReason(const ConnectionUrl &url, const OpenOptions &options)
{
    if (!options.readOnlyReason.isEmpty())
        return options.readOnlyReason;
    if (url.readOnly)
        return QCoreApplication::translate("Orm::Database", "it was opened read-only (mode=ro)");
    return QCoreApplication::translate("Orm::Database", "it was opened read-only");
}

} // namespace

Result<AccessDecision> decideAccess(const ConnectionUrl &url, const OpenOptions &options)
{
    const bool asked = options.access == Access::ReadOnly || url.readOnly;
    AccessDecision decision{asked, asked ? askedReason(url, options) : QString()};
    if (url.kind != Dialect::Kind::Sqlite || url.isMemory())
        return decision;
    const QFileInfo file(url.path);
    const QFileInfo directory(file.absolutePath());
    if (!directory.isDir() || file.isDir())
        return decision; // the connection reports it
    if (file.exists() && !file.isFile())
        // A device, a pipe or a socket: SQLite would fail on it with "disk I/O error", or wait on a pipe, and
        // leave a journal beside it.
        return fail(Error::Kind::Connection,
                    QCoreApplication::translate("Orm::Database",
                                                "cannot open %1: it is not a regular file (a device, a pipe or a "
                                                "socket)")
                            .arg(url.display()));
    if (!file.exists()) {
        if (asked)
            return fail(
                    Error::Kind::Connection,
                    QCoreApplication::translate("Orm::Database", "cannot open %1 read-only: the file does not exist")
                            .arg(url.display()));
        if (isMarkedReadOnly(directory))
            return fail(Error::Kind::Connection,
                        QCoreApplication::translate("Orm::Database", "cannot create %1: the directory %2 is read-only")
                                .arg(url.display(), QDir::toNativeSeparators(directory.absoluteFilePath())));
        return decision;
    }
    // isWritable(): whether this process may write there, permission bits aside (root may). When it may not, the
    // file is read-only below, whatever was asked.
    if (!asked && isMarkedReadOnly(file))
        decision = AccessDecision{true, QCoreApplication::translate("Orm::Database", "the file is read-only")};
    else if (!asked && isMarkedReadOnly(directory))
        // SQLite creates its journal (or WAL) beside the file: without it, no write can be made safely.
        decision = AccessDecision{
                true,
                QCoreApplication::translate("Orm::Database",
                                            "its directory %1 is read-only (SQLite keeps its journal there)")
                        .arg(QDir::toNativeSeparators(directory.absoluteFilePath()))};
    else if (!asked && isNewerWriteFormat(file))
        decision = AccessDecision{
                true,
                QCoreApplication::translate(
                        "Orm::Database", "SQLite can only read it (no permission to write, or a newer file format)")};
    decision.immutable = decision.readOnly && isIdleWalFile(file);
    return decision;
}

QString immutableUri(const QString &path)
{
    const QByteArray encoded = QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/");
    return QStringLiteral("file:") + QString::fromLatin1(encoded) + QStringLiteral("?immutable=1");
}

} // namespace Orm
