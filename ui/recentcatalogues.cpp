#include "recentcatalogues.h"

#include "preferencesdialog.h"

#include <orm/database.h>

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace Gui {

namespace {

const QString recentKey = QStringLiteral("catalogues/recent");
const QString lastKey = QStringLiteral("catalogues/last");

bool isServer(const QString &url)
{
    return url.startsWith(QStringLiteral("postgres://")) || url.startsWith(QStringLiteral("postgresql://"));
}

} // namespace

QStringList RecentCatalogues::urls() const
{
    return Settings().value(recentKey).toStringList().mid(0, limit);
}

void RecentCatalogues::add(const QString &url)
{
    const QString kept = storable(url);
    QStringList list = urls();
    list.removeAll(kept);
    list.prepend(kept);
    Settings settings;
    settings.setValue(recentKey, list.mid(0, limit));
    settings.setValue(lastKey, kept);
}

void RecentCatalogues::remove(const QString &url)
{
    QStringList list = urls();
    list.removeAll(url);
    Settings().setValue(recentKey, list);
}

void RecentCatalogues::clear()
{
    Settings().remove(recentKey);
}

QString RecentCatalogues::last() const
{
    return Settings().value(lastKey).toString();
}

void RecentCatalogues::setLast(const QString &url)
{
    Settings().setValue(lastKey, url.isEmpty() ? QString() : storable(url));
}

bool RecentCatalogues::isAvailable(const QString &url)
{
    if (isServer(url))
        return true;
    auto location = Orm::Database::locate(url);
    return location && QFileInfo(location->filePath).isFile();
}

QString RecentCatalogues::label(const QString &url)
{
    if (isServer(url))
        return url;
    auto location = Orm::Database::locate(url);
    return location ? QDir::toNativeSeparators(location->filePath) : url;
}

QString RecentCatalogues::storable(const QString &url)
{
    if (isServer(url)) {
        QUrl parsed(url, QUrl::StrictMode);
        parsed.setPassword(QString());
        return parsed.toString();
    }
    auto location = Orm::Database::locate(url);
    if (!location || location->filePath.isEmpty())
        return url;
    return QStringLiteral("sqlite:") + QFileInfo(location->filePath).absoluteFilePath();
}

} // namespace Gui
