#include "sqlitefile_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

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
    if (asked)
        return decision;
    if (isMarkedReadOnly(file))
        return AccessDecision{true, QCoreApplication::translate("Orm::Database", "the file is read-only")};
    if (isMarkedReadOnly(directory))
        // SQLite creates its journal (or WAL) beside the file: without it, no write can be made safely.
        return AccessDecision{true,
                              QCoreApplication::translate(
                                      "Orm::Database", "its directory %1 is read-only (SQLite keeps its journal there)")
                                      .arg(QDir::toNativeSeparators(directory.absoluteFilePath()))};
    return decision;
}

} // namespace Orm
