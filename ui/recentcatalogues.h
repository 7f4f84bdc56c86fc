#pragma once

#include <QStringList>

namespace Gui {

// The catalogues opened lately, newest first, at most eight, kept in the window's settings (Settings): SQLite files
// as "sqlite:/absolute/path", servers as their postgres:// URL without the password (a password is never written
// to the settings). Also the last catalogue, which the window opens again at start.
class RecentCatalogues
{
public:
    static constexpr int limit = 8;

    QStringList urls() const;
    // Puts url first (once), drops the oldest beyond the limit, and makes it the last catalogue.
    void add(const QString &url);
    void remove(const QString &url);
    void clear();
    QString last() const;
    void setLast(const QString &url);

    // Whether a recent entry can be opened as it is: a SQLite file that exists (a server is always tried).
    static bool isAvailable(const QString &url);
    // What a person reads of it in a menu: the file's path, or the server's URL.
    static QString label(const QString &url);
    // A URL as it may be kept: the password taken out of a postgres:// URL, a SQLite file's path made absolute.
    static QString storable(const QString &url);
};

} // namespace Gui
